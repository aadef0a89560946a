"use client";

import { useTranslations } from "next-intl";
import { ROLES } from "@/lib/domain/permissions";

export function RoleOptions() {
  const t = useTranslations("roles");
  return ROLES.map((role) => (
    <option key={role} value={role}>
      {t(role)}
    </option>
  ));
}
