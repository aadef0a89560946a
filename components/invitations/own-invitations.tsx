"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { answerInvitationAction } from "@/app/(app)/inbox/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { OwnInvitationRow } from "@/lib/server/member/list-own-invitations";
import { ActionAlert } from "@/components/ui/action-alert";

/** Invitations to other teams wait here for the person's answer; nobody joins a team without it. */
export function OwnInvitations({ invitations }: { invitations: OwnInvitationRow[] }) {
  const t = useTranslations("invitations");
  const roles = useTranslations("roles");
  const [state, answer, pending] = useActionState(answerInvitationAction, null);
  if (invitations.length === 0 && !state) return null;
  return (
    <section aria-labelledby="invitations-heading" className="mb-6 space-y-3" data-testid="own-invitations">
      <h2 id="invitations-heading" className="font-semibold">
        {t("title")}
      </h2>
      <ActionAlert state={state} />
      {state?.ok && (
        <Alert tone="success">{state.data.accepted ? t("joined", { team: state.data.team }) : t("declined", { team: state.data.team })}</Alert>
      )}
      {invitations.map((invitation) => (
        <Card key={invitation.id} className="border-amber-300">
          <p className="text-sm">{t("invitedBy", { name: invitation.invitedBy, email: invitation.invitedByEmail, team: invitation.team, role: roles(invitation.role) })}</p>
          <form action={answer} className="mt-3 flex gap-2">
            <input type="hidden" name="invitationId" value={invitation.id} />
            <Button type="submit" name="accept" value="true" disabled={pending}>
              {t("accept")}
            </Button>
            <Button type="submit" name="accept" value="false" variant="secondary" disabled={pending}>
              {t("decline")}
            </Button>
          </form>
        </Card>
      ))}
    </section>
  );
}
