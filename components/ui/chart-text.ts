/** The drawing widths of the charts: phones get the narrow one, so their text stays legible when scaled. */
export const CHART_WIDTHS = { narrow: 360, wide: 640 } as const;
/** The font size in the drawing's units: the wide drawing is shown at about 560 px, so it gets more. */
export const chartFontSize = (width: number) => (width > CHART_WIDTHS.narrow ? 12 : 10);

/** About how wide text at font size 10 is, in the drawing's units (digits and most letters are narrower). */
const textWidth = (text: string) => text.length * 5.5;

/**
 * Where to put a label centred on `x` so that it stays inside the drawing: "14. Sept." under the
 * first column was cut to "4. Sept." at a phone's width.
 */
export function labelX(text: string, x: number, width: number, fontSize: number): number {
  const half = (textWidth(text) * fontSize) / 20;
  return Math.min(width - half, Math.max(half, x));
}

/** True when `text` fits in `room` units with a little space on both sides. */
export const fitsText = (text: string, room: number, fontSize: number) => (textWidth(text) * fontSize) / 10 + 2 <= room;

/** Name every n-th period so that neighbouring names do not run into each other. */
export function labelStep(periods: string[], slot: number, fontSize: number): number {
  const widest = (Math.max(0, ...periods.map(textWidth)) * fontSize) / 10;
  return Math.max(1, Math.ceil((widest + 8) / slot));
}

/** Whether the period at `index` of `count` is named, every `step`-th counted back from the newest: the current week always has its name. */
export const isNamedPeriod = (index: number, count: number, step: number) => (count - 1 - index) % step === 0;
