"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useActionState } from "react";
import { revokeInvitationAction } from "@/app/(app)/members/actions";
import { ButtonForm } from "@/components/ui/button-form";
import { Table, TableHead, Td, WIDE_ONLY } from "@/components/ui/table";
import type { TeamInvitationRow } from "@/lib/server/member/list-team-invitations";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { EmailAddress } from "@/components/ui/email-address";

export function PendingInvitations({ invitations }: { invitations: TeamInvitationRow[] }) {
  const t = useTranslations("members");
  const roles = useTranslations("roles");
  const format = useFormatter();
  const [state, revoke, pending] = useActionState(revokeInvitationAction, null);
  return (
    <div className="space-y-3">
      {/* Above the list, which may be empty now: the last invitation's sentence stays in view. */}
      <ActionOutcome state={state} success={t("invitationRevoked")} />
      {invitations.length === 0 ? <p className="text-sm text-slate-600">{t("noInvitations")}</p> : <Table caption={t("invitations")}>
        <TableHead
          columns={[{ label: t("name") }, { label: t("email"), className: WIDE_ONLY }, { label: t("role"), className: WIDE_ONLY }, { label: t("expires"), className: WIDE_ONLY }, { label: t("actions") }]}
        />
        <tbody className="divide-y divide-slate-100">
          {invitations.map((invitation) => (
            <tr key={invitation.id} data-testid={`invitation-${invitation.email}`}>
              <Td className="[overflow-wrap:anywhere]">
                {invitation.name}
                {/* On a phone the other columns are hidden: their values under the name. */}
                <p className="mt-1 text-xs text-slate-600 md:hidden">
                  {[invitation.email, roles(invitation.role), t("expiresOn", { date: format.dateTime(invitation.expiresAt, { dateStyle: "medium" }) })].join(" · ")}
                </p>
              </Td>
              <Td className={WIDE_ONLY}><EmailAddress email={invitation.email} /></Td>
              <Td className={WIDE_ONLY}>{roles(invitation.role)}</Td>
              <Td className={WIDE_ONLY}>{format.dateTime(invitation.expiresAt, { dateStyle: "medium" })}</Td>
              <Td>
                <ButtonForm action={revoke} fields={{ invitationId: invitation.id }} disabled={pending} confirm={t("confirmRevoke", { email: invitation.email })} label={t("revokeNamed", { email: invitation.email })}>
                  {t("revoke")}
                </ButtonForm>
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>}
    </div>
  );
}
