"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useActionState } from "react";
import { revokeApiTokenAction } from "@/app/(app)/api-tokens/actions";
import { Badge } from "@/components/ui/badge";
import { ButtonForm } from "@/components/ui/button-form";
import { Table, TableHead, Td, WIDE_ONLY } from "@/components/ui/table";
import { ActionOutcome } from "@/components/ui/action-outcome";

interface TokenRow {
  id: string;
  name: string;
  role: string;
  prefix: string;
  createdAt: Date;
  createdBy: { name: string };
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  /** What it can do now: its creator's current role may be weaker; null when the creator lost access. */
  effectiveRole: string | null;
}

export function ApiTokenTable({ tokens }: { tokens: TokenRow[] }) {
  const t = useTranslations("apiTokens");
  const roles = useTranslations("roles");
  const format = useFormatter();
  const [state, revoke] = useActionState(revokeApiTokenAction, null);
  const lastUsed = (token: TokenRow) => (token.lastUsedAt ? format.dateTime(token.lastUsedAt, { dateStyle: "medium", timeStyle: "short" }) : t("never"));
  return (
    <div className="space-y-3">
      <ActionOutcome state={state} success={t("revokedNotice")} />
      <Table caption={t("title")}>
        <TableHead
          columns={[
            { label: t("name") },
            { label: t("role") },
            { label: t("prefix"), className: WIDE_ONLY },
            { label: t("lastUsed"), className: WIDE_ONLY },
            { label: t("revoke"), hidden: true, className: WIDE_ONLY },
          ]}
        />
        <tbody className="divide-y divide-slate-100">
          {tokens.map((token) => (
            <tr key={token.id} className={token.revokedAt ? "text-slate-500" : undefined}>
              <Td className="min-w-[8rem] max-w-[16rem] [overflow-wrap:anywhere]">
                {token.name}
                {/* Who made it and when: a desk with several admins could not tell its tokens apart (walk of stop 46). */}
                <span className="mt-1 block text-xs text-slate-600">{t("createdByOn", { name: token.createdBy.name, date: format.dateTime(token.createdAt, { dateStyle: "medium" }) })}</span>
                <span className="mt-1 block text-xs text-slate-600 md:hidden">
                  <code>{token.prefix}…</code> · {t("lastUsed")}: {lastUsed(token)}
                </span>
              </Td>
              <Td>
                {roles(token.role as "admin")}
                {!token.revokedAt && token.effectiveRole === null && (
                  <span className="mt-1 block">
                    <Badge tone="amber">{t("inactive")}</Badge>
                  </span>
                )}
                {!token.revokedAt && token.effectiveRole !== null && token.effectiveRole !== token.role && (
                  <span className="mt-1 block text-xs text-slate-600">{t("actsAs", { role: roles(token.effectiveRole as "admin") })}</span>
                )}
                {/* On a phone the revoke control sits here, so the table keeps two columns and fits. */}
                <div className="mt-2 md:hidden">
                  <RevokeControl token={token} revoke={revoke} />
                </div>
              </Td>
              <Td className={WIDE_ONLY}>
                <code>{token.prefix}…</code>
              </Td>
              <Td className={WIDE_ONLY}>{lastUsed(token)}</Td>
              <Td className={WIDE_ONLY}>
                <RevokeControl token={token} revoke={revoke} />
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}

/** Revoke (asking first), or the badge of a revoked token; rendered once per layout, only one of which is shown. */
function RevokeControl({ token, revoke }: { token: TokenRow; revoke: (form: FormData) => void }) {
  const t = useTranslations("apiTokens");
  const format = useFormatter();
  // A status with its date, not a lone word: German "Widerrufen" read like the "Token widerrufen" buttons beside it (walk of stop 44).
  if (token.revokedAt) return <span className="text-xs text-slate-600">{t("revokedOn", { date: format.dateTime(token.revokedAt, { dateStyle: "medium" }) })}</span>;
  return (
    <ButtonForm action={revoke} fields={{ tokenId: token.id }} confirm={t("confirmRevoke", { name: token.name })} label={t("revokeNamed", { name: token.name })}>
      {t("revoke")}
    </ButtonForm>
  );
}
