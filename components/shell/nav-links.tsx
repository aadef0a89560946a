"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";
import { UnreadMentions } from "./unread-mentions";

export function NavLinks({ links, label, unreadMentions }: { links: { href: string; label: string }[]; label: string; unreadMentions: { count: number; countedAt: number } }) {
  const pathname = usePathname();
  // The most specific matching link is the current one ("/articles/new" over "/articles").
  const current = links
    .filter((link) => pathname === link.href || pathname.startsWith(`${link.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-0.5">
        {links.map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              aria-current={link.href === current ? "page" : undefined}
              className={cn(
                "block whitespace-nowrap rounded-md px-1.5 py-2 text-sm font-medium",
                link.href === current ? "bg-blue-50 text-blue-800" : "text-slate-700 hover:bg-slate-100",
              )}
            >
              {link.label}
              {link.href === "/inbox" && <UnreadMentions initialCount={unreadMentions.count} countedAt={unreadMentions.countedAt} />}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
