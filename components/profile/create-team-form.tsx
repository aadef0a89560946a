"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { switchTeam } from "@/app/actions/switch-team";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input } from "@/components/ui/field";
import { useApiAction } from "@/lib/client/use-api-action";
import { MAX_TEAM_NAME } from "@/lib/validations/team";

/** Starts a new, empty team with the person as its admin, then switches to it. */
export function CreateTeamForm() {
  const t = useTranslations("teams");
  const router = useRouter();
  const { run, pending, problem } = useApiAction();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const created = await run<{ id: string }>("/api/v1/teams", "POST", { name: String(new FormData(event.currentTarget).get("name") ?? "") });
    if (!created) return;
    await switchTeam(created.id);
    router.push("/settings");
    router.refresh();
  }

  const error = problem?.fields.name ?? (problem ? problem.message : undefined);
  return (
    <form onSubmit={submit} className="space-y-3" noValidate data-testid="create-team-form">
      <Field id="team-name" label={t("name")} hint={t("hint")} error={error}>
        <Input id="team-name" name="name" maxLength={MAX_TEAM_NAME} required invalid={Boolean(error)} aria-describedby={describedBy("team-name", error, true)} />
      </Field>
      <Button type="submit" disabled={pending}>{t("create")}</Button>
    </form>
  );
}
