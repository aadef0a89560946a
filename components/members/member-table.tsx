"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { changeMemberRoleAction, setMemberDisabledAction } from "@/app/(app)/members/actions";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { ButtonForm } from "@/components/ui/button-form";
import { Table, TableHead, Td } from "@/components/ui/table";
import type { MemberRow } from "@/lib/server/member/list-members";
import { RoleOptions } from "./role-options";

export function MemberTable({ members }: { members: MemberRow[] }) {
  const t = useTranslations("members");
  const [roleState, changeRole] = useActionState(changeMemberRoleAction, null);
  const [disabledState, setDisabled] = useActionState(setMemberDisabledAction, null);
  const failure = [roleState, disabledState].find((state) => state && !state.ok);

  return (
    <div className="space-y-3">
      {failure && !failure.ok && <Alert tone="error">{failure.message}</Alert>}
      <Table caption={t("title")}>
        <TableHead
          columns={[t("name"), t("email"), t("role"), t("status"), t("actions")].map((label) => ({ label }))}
        />
        <tbody className="divide-y divide-slate-100">
          {members.map((member) => (
            <tr key={member.id} data-testid={`member-${member.user.email}`}>
              <Td>
                {member.user.name} {member.isYou && <span className="text-slate-500">({t("you")})</span>}
              </Td>
              <Td>{member.user.email}</Td>
              <Td>
                <form action={changeRole} className="flex gap-2">
                  <input type="hidden" name="membershipId" value={member.id} />
                  <select
                    name="role"
                    defaultValue={member.role}
                    aria-label={t("changeRole", { name: member.user.name })}
                    className="rounded-md border border-slate-300 bg-white px-2 py-1"
                    onChange={(event) => event.currentTarget.form?.requestSubmit()}
                  >
                    <RoleOptions />
                  </select>
                </form>
              </Td>
              <Td>
                {member.disabled ? (
                  <Badge tone="red">{t("disabled")}</Badge>
                ) : member.invitationPending ? (
                  <Badge tone="amber">{t("pending")}</Badge>
                ) : (
                  <Badge tone="green">{t("active")}</Badge>
                )}
              </Td>
              <Td>
                {!member.isYou && (
                  <ButtonForm
                    action={setDisabled}
                    fields={{ membershipId: member.id, disabled: member.disabled ? "false" : "true" }}
                    variant={member.disabled ? "secondary" : "danger"}
                  >
                    {member.disabled ? t("enable") : t("disable")}
                  </ButtonForm>
                )}
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
