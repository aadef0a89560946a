"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useState } from "react";
import { changeMemberRoleAction, setMemberDisabledAction } from "@/app/(app)/members/actions";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ButtonForm } from "@/components/ui/button-form";
import { Table, TableHead, Td, WIDE_ONLY } from "@/components/ui/table";
import { useFocusAfter } from "@/components/ui/use-focus-after";
import type { MemberRow } from "@/lib/server/member/list-members";
import { RoleOptions } from "./role-options";
import { EmailAddress } from "@/components/ui/email-address";

export function MemberTable({ members }: { members: MemberRow[] }) {
  const t = useTranslations("members");
  const roles = useTranslations("roles");
  const [roleState, changeRole] = useActionState(changeMemberRoleAction, null);
  // Whose role was changed last, for the message (walk of stop 37: "Role saved." did not say whose).
  const [changed, setChanged] = useState<{ name: string; role: string } | null>(null);
  const [disabledState, setDisabled] = useActionState(setMemberDisabledAction, null);
  const failure = [roleState, disabledState].find((state) => state && !state.ok);
  // The focus goes to what happened (saved, or why not): the button it was on is disabled again (walk of stop 41).
  const outcome = useFocusAfter<HTMLDivElement>([roleState, disabledState]);

  return (
    <div className="space-y-3">
      <div ref={outcome} tabIndex={-1} role="status" className="space-y-3 outline-none">
        {failure && !failure.ok && <Alert tone="error">{failure.message}</Alert>}
        {roleState?.ok && !failure && changed && (
          <Alert tone="success">
            {t("roleSavedFor", { name: changed.name, role: roles(changed.role as "viewer") })}
            {roleState.data.releasedAssignments > 0 && ` ${t("assignmentsReleased", { count: roleState.data.releasedAssignments })}`}
          </Alert>
        )}
      </div>
      <Table caption={t("title")}>
        <TableHead
          // On a phone the address and status go under the name and the action under the role, so the
          // role select and the button are in view without scrolling the table sideways.
          columns={[
            { label: t("name") },
            { label: t("email"), className: WIDE_ONLY },
            { label: t("role") },
            { label: t("status"), className: WIDE_ONLY },
            { label: t("actions"), className: WIDE_ONLY },
          ]}
        />
        <tbody className="divide-y divide-slate-100">
          {members.map((member) => (
            <tr key={member.id} data-testid={`member-${member.user.email}`}>
              <Td className="[overflow-wrap:anywhere]">
                {member.user.name} {member.isYou && <span className="text-slate-500">({t("you")})</span>}
                <EmailAddress email={member.user.email} className="mt-1 block text-xs text-slate-600 md:hidden" />
                <span className="mt-1 block md:hidden">
                  <MemberStatus member={member} />
                </span>
              </Td>
              <Td className={WIDE_ONLY}><EmailAddress email={member.user.email} /></Td>
              <Td>
                {/* Keyed by the role: React resets a form after its action, which put the old role back in the select
                    until a reload although the new one was saved (walk of stop 34); the saved role remounts it. */}
                <RoleForm key={member.role} member={member} action={changeRole} onChange={setChanged} />
                <div className="mt-2 md:hidden">
                  <DisableControl member={member} action={setDisabled} />
                </div>
              </Td>
              <Td className={WIDE_ONLY}>
                <MemberStatus member={member} />
              </Td>
              <Td className={WIDE_ONLY}>
                <DisableControl member={member} action={setDisabled} />
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}

/**
 * A member's role, changed on its button: the select saved on every change, so a keyboard user arrowing through the
 * roles changed it at each step (walk of stop 40), and without JavaScript it could not be sent at all.
 */
function RoleForm({ member, action, onChange }: { member: MemberRow; action: (form: FormData) => void; onChange: (change: { name: string; role: string }) => void }) {
  const t = useTranslations("members");
  const [chosen, setChosen] = useState(member.role);
  return (
    <form
      className="flex flex-wrap gap-2"
      onSubmit={(event) => {
        // Sent by hand, not as the form's action: React resets a form after its action, which put the saved role back
        // in the select while the choice stayed, so a second "Save" announced a role nobody had saved (walk of stop 41).
        event.preventDefault();
        // Making someone an admin hands over the team: one mis-tap on a phone must not do it (walk of stop 37).
        // Making someone a viewer hands their open assignments back to the team (walk of stop 38: it happened unasked).
        const question = chosen === "admin" ? "confirmAdmin" : chosen === "viewer" ? "confirmViewer" : null;
        if (question && !window.confirm(t(question, { name: member.user.name }))) {
          setChosen(member.role);
          return;
        }
        onChange({ name: member.user.name, role: chosen });
        const form = new FormData(event.currentTarget);
        startTransition(() => action(form));
      }}
    >
      <input type="hidden" name="membershipId" value={member.id} />
      <select
        name="role"
        value={chosen}
        aria-label={t("changeRole", { name: member.user.name })}
        className="rounded-md border border-slate-300 bg-white px-2 py-1"
        onChange={(event) => setChosen(event.currentTarget.value as MemberRow["role"])}
      >
        <RoleOptions />
      </select>
      <Button type="submit" variant="secondary" disabled={chosen === member.role} aria-label={t("saveRoleFor", { name: member.user.name })}>
        {t("saveRole")}
      </Button>
    </form>
  );
}

function MemberStatus({ member }: { member: MemberRow }) {
  const t = useTranslations("members");
  if (member.disabled) return <Badge tone="red" nowrap>{t("disabled")}</Badge>;
  if (member.invitationPending) return <Badge tone="amber" nowrap>{t("pending")}</Badge>;
  return <Badge tone="green" nowrap>{t("active")}</Badge>;
}

/** Disable or enable a member (never oneself); rendered once per layout, only one of which is shown. */
function DisableControl({ member, action }: { member: MemberRow; action: (form: FormData) => void }) {
  const t = useTranslations("members");
  if (member.isYou) return null;
  return (
    <ButtonForm
      action={action}
      fields={{ membershipId: member.id, disabled: member.disabled ? "false" : "true" }}
      variant={member.disabled ? "secondary" : "danger"}
      confirm={member.disabled ? undefined : t("confirmDisable", { name: member.user.name })}
      label={t(member.disabled ? "enableFor" : "disableFor", { name: member.user.name })}
    >
      {member.disabled ? t("enable") : t("disable")}
    </ButtonForm>
  );
}
