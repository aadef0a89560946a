import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";

/**
 * Shown where a claim's published content could be edited: a claim with a final verdict is frozen on
 * the server (lib/server/claim/frozen-claim.ts) until an editor reopens the verdict.
 */
export function FrozenClaimNote() {
  const t = useTranslations("claims");
  return (
    <div data-testid="frozen-claim-note">
      <Alert tone="info">{t("frozen")}</Alert>
    </div>
  );
}
