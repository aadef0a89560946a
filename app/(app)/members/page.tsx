import { pageTitle } from "@/lib/i18n/page-title";
import { getTranslations } from "next-intl/server";
import { InviteMemberForm } from "@/components/members/invite-member-form";
import { MemberTable } from "@/components/members/member-table";
import { PendingInvitations } from "@/components/members/pending-invitations";
import { mailEnabled } from "@/lib/server/notify/mailer";
import { Card, PageHeader } from "@/components/ui/card";
import { ForbiddenNotice } from "@/components/ui/forbidden-notice";
import { can } from "@/lib/domain/permissions";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { listMembers } from "@/lib/server/member/list-members";
import { listTeamInvitations } from "@/lib/server/member/list-team-invitations";

export const generateMetadata = pageTitle("pageTitles.members");

export default async function MembersPage() {
  const actor = await requirePageActor("/members");
  if (!can(actor.role, "member.read")) return <ForbiddenNotice />;
  const t = await getTranslations("members");
  const [members, invitations] = await Promise.all([listMembers({ actor }), listTeamInvitations({ actor })]);
  return (
    <>
      <PageHeader title={t("title")} />
      <div className="space-y-6">
        <MemberTable members={members} />
        <Card>
          <h2 className="mb-4 font-semibold">{t("invitations")}</h2>
          <PendingInvitations invitations={invitations} />
        </Card>
        <Card>
          <h2 className="mb-4 font-semibold">{t("invite")}</h2>
          <InviteMemberForm mailEnabled={mailEnabled()} openIds={invitations.map((invitation) => invitation.id)} />
        </Card>
      </div>
    </>
  );
}
