// Turns the browser's selection inside the rendered article into body offsets. Every rendered piece
// of text carries `data-offset` (its start in the body), so a DOM position maps back exactly.

export type TextPick = { kind: "range"; start: number; end: number } | { kind: "caret"; at: number; claimId: string };

function bodyOffset(node: Node, offset: number): number | null {
  const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  const base = element?.closest<HTMLElement>("[data-offset]")?.dataset.offset;
  return base === undefined ? null : Number(base) + (node.nodeType === Node.TEXT_NODE ? offset : 0);
}

/** The current selection within `container` as body offsets, or null. */
export function readTextPick(container: HTMLElement): TextPick | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.commonAncestorContainer)) return null;
  const start = bodyOffset(range.startContainer, range.startOffset);
  const end = bodyOffset(range.endContainer, range.endOffset);
  if (start === null || end === null) return null;
  if (!range.collapsed) return end > start ? { kind: "range", start, end } : null;
  const claimId = (range.startContainer.parentElement?.closest("[data-claim-id]") as HTMLElement | null)?.dataset.claimId;
  return claimId ? { kind: "caret", at: start, claimId } : null;
}
