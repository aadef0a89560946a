import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { can, type Role } from "@/lib/domain/permissions";
import { LanguageSwitch } from "./language-switch";
import { NavLinks } from "./nav-links";
import { SignOutButton } from "./sign-out-button";
import { TeamSwitch } from "./team-switch";

interface Props {
  actor: { name: string; role: Role };
  teams: { id: string; name: string; active: boolean }[];
  children: ReactNode;
}

export async function AppShell({ actor, teams, children }: Props) {
  const t = await getTranslations("nav");
  const tRoles = await getTranslations("roles");
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
      <a href="#content" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:p-2">
        {t("skipToContent")}
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/articles" className="text-lg font-bold text-blue-800">
            Factdesk
          </Link>
          <NavLinks links={links} label={t("main")} />
          <div className="ml-auto flex flex-wrap items-center gap-3 text-sm">
            <TeamSwitch teams={teams} label={t("team")} />
            {/* The person's own page (notification mails) hangs off their name. */}
            <Link href="/profile" className="text-slate-600 underline-offset-2 hover:underline" data-testid="signed-in-as" title={t("profile")}>
              {t("signedInAs", { name: actor.name, role: tRoles(actor.role) })}
            </Link>
            <LanguageSwitch />
            <SignOutButton label={t("signOut")} />
          </div>
        </div>
      </header>
      <main id="content" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}
