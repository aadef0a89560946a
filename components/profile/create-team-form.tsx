"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { switchTeam } from "@/app/actions/switch-team";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input } from "@/components/ui/field";
import { sendJson, type Problem } from "@/lib/client/send-json";
import { MAX_TEAM_NAME } from "@/lib/validations/team";

/** Starts a new, empty team with the person as its admin, then switches to it. */
export function CreateTeamForm() {
  const t = useTranslations("teams");
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setProblem(null);
    const name = String(new FormData(event.currentTarget).get("name") ?? "");
    const result = await sendJson<{ id: string }>("/api/v1/teams", "POST", { name });
    if (!result.ok) {
      setProblem(result.problem);
      setPending(false);
      return;
    }
    await switchTeam(result.data.id);
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
