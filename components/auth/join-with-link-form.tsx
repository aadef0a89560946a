"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { joinWithLinkAction } from "@/app/(auth)/invite/[token]/actions";
import { ActionAlert } from "@/components/ui/action-alert";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useFocusAfter } from "@/components/ui/use-focus-after";

/** The invitation page for the invited account, signed in: one button joins the team. */
export function JoinWithLinkForm({ token, team }: { token: string; team: string }) {
  const t = useTranslations("invite");
  const [state, action, pending] = useActionState(joinWithLinkAction, null);
  // The sentence takes the focus the vanished button had (re-walk of stop 45: it fell to the page).
  const done = useFocusAfter<HTMLDivElement>([state?.ok ? state : null]);
  if (state?.ok) {
    return (
      <div ref={done} tabIndex={-1} className="space-y-4 outline-none" data-testid="joined">
        <Alert tone="success">{t("joined", { team })}</Alert>
        <Link className="inline-block text-blue-800 underline" href="/">
          {t("toApp")}
        </Link>
      </div>
    );
  }
  return (
    <form action={action} className="space-y-4">
      <ActionAlert state={state} />
      <input type="hidden" name="token" value={token} />
      <Button type="submit" disabled={pending} className="w-full">
        {t("joinTeam", { team })}
      </Button>
    </form>
  );
}
