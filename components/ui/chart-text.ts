/** The drawing widths of the charts: phones get the narrow one, so their text stays legible when scaled. */
export const CHART_WIDTHS = { narrow: 360, wide: 640 } as const;

/** About how wide text at font size 10 is, in the drawing's units (digits and most letters are narrower). */
const textWidth = (text: string) => text.length * 5.5;

/** True when `text` fits in `room` units with a little space on both sides. */
export const fitsText = (text: string, room: number) => textWidth(text) + 2 <= room;

/** Name every n-th period so that neighbouring names do not run into each other. */
export function labelStep(periods: string[], slot: number): number {
  const widest = Math.max(0, ...periods.map(textWidth));
  return Math.max(1, Math.ceil((widest + 8) / slot));
}
