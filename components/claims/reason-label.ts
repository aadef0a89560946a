import { parseReason } from "@/lib/domain/claims/reason-parts";

/** A translator for the "claims" namespace, as next-intl's useTranslations/getTranslations return it. */
type Translate = (key: string, values?: Record<string, string>) => string;

const ARROWS = { up: " ↑", down: " ↓" } as const;

/**
 * A stored reason in the reader's language: "number: 45 per cent ↑" → "Zahl: 45 per cent ↑". The
 * article's words stay as written; a reason of a kind this version does not know is shown as stored.
 */
export function reasonLabel(reason: string, t: Translate): string {
  const { kind, evidence, direction } = parseReason(reason);
  if (!kind) return reason;
  const name = t(`reasonKinds.${kind}`);
  const detail =
    kind === "length" && /^(?:short|medium|long)$/.test(evidence)
      ? t(`reasonLengths.${evidence}`)
      : kind === "rules" && evidence === "opinion"
        ? t(`reasonRules.${evidence}`)
        : evidence;
  const text = detail ? `${name}: ${detail}` : name;
  if (direction === "up" || direction === "down") return `${text}${ARROWS[direction]}`;
  if (direction) return `${text} (${t(`reasonDirections.${direction}`)})`;
  return text;
}

/** The direction in words, for screen readers and tooltips ("raises the check-worthiness"). */
export function reasonDirectionTitle(reason: string, t: Translate): string | undefined {
  const { direction } = parseReason(reason);
  return direction ? t(`reasonDirectionTitles.${direction}`) : undefined;
}
