import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { can, type Role } from "@/lib/domain/permissions";
import { FocusOnNavigation } from "./focus-on-navigation";
import { HeaderMenu } from "./header-menu";
import { LanguageSwitch } from "./language-switch";
import { LeaveGuard } from "./leave-guard";
import { NavLinks } from "./nav-links";
import { SignOutButton } from "./sign-out-button";
import { TeamSwitch } from "./team-switch";

interface Props {
  actor: { name: string; role: Role };
  teams: { id: string; name: string; active: boolean }[];
  unreadMentions: { count: number; countedAt: number };
  children: ReactNode;
}

export async function AppShell({ actor, teams, unreadMentions, children }: Props) {
  const t = await getTranslations("nav");
  const tRoles = await getTranslations("roles");
  const signedInAs = t("signedInAs", { name: actor.name, role: tRoles(actor.role) });
  const links = [
    { href: "/articles", label: t("articles") },
    ...(can(actor.role, "claim.edit") ? [{ href: "/queue", label: t("queue") }] : []),
    { href: "/search", label: t("search") },
    { href: "/outlets", label: t("outlets") },
    { href: "/dashboard", label: t("dashboard") },
    { href: "/inbox", label: t("inbox") },
    ...(can(actor.role, "article.create") ? [{ href: "/articles/new", label: t("newArticle") }, { href: "/import", label: t("import") }] : []),
    ...(can(actor.role, "member.read") ? [{ href: "/members", label: t("members") }] : []),
    ...(can(actor.role, "scale.manage") ? [{ href: "/settings", label: t("settings") }] : []),
    ...(can(actor.role, "api-token.manage") ? [{ href: "/api-tokens", label: t("apiTokens") }] : []),
  ];
  return (
    <div className="min-h-screen">
      <LeaveGuard />
      <FocusOnNavigation />
      <a href="#content" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:p-2">
        {t("skipToContent")}
      </a>
      <header className="border-b border-slate-200 bg-white">
        {/* Wider than the page so that an admin's full navigation fits on one row at 1440 px, in German too. */}
        {/* At the top when the navigation takes two rows (walk of stop 47: the name sat between them, below the links). */}
        <div className="mx-auto flex max-w-screen-2xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2 md:items-start">
          <Link href="/articles" className="text-lg font-bold text-blue-800 md:pt-0.5">
            Factdesk
          </Link>
          <HeaderMenu label={t("menu")} closeLabel={t("closeMenu")} unread={unreadMentions.count > 0 ? { count: unreadMentions.count, label: t("unreadMentions", { count: unreadMentions.count }) } : null}>
            <NavLinks links={links} label={t("main")} unreadMentions={unreadMentions} />
            <div className="flex flex-wrap items-center gap-2 text-sm md:ml-auto">
              <TeamSwitch teams={teams} label={t("team")} />
              {/* The person's own page (notification mails) hangs off their name. An admin's navigation in
                  German needs the room at 1440 px: the name shows on wider screens, an icon below that; the
                  whole sentence is always there for screen readers and as the sign-out button's tooltip. */}
              <Link href="/profile" className="text-slate-600 underline-offset-2 hover:underline" data-testid="signed-in-as" title={t("profile")}>
                <span className="sr-only">{signedInAs}</span>
                <svg aria-hidden viewBox="0 0 20 20" className="h-5 w-5 fill-current 2xl:hidden">
                  <path d="M10 10a4 4 0 1 0 0-8 4 4 0 0 0 0 8Zm-7 8a7 7 0 0 1 14 0H3Z" />
                </svg>
                <span aria-hidden className="hidden 2xl:inline">
                  {actor.name}
                </span>
              </Link>
              <LanguageSwitch />
              <SignOutButton label={t("signOut")} title={signedInAs} />
            </div>
          </HeaderMenu>
        </div>
      </header>
      <main id="content" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}
