// "Unemployment fell to 4.1 percent" and "… fell to 5.1 percent" are worded almost alike but are two
// claims a fact-checker rates apart: claims count as repeated only when they state the same figures.

const FIGURE = /\d+/g;

/** True when both texts hold the same numbers, in the same order (digits only: "4,1" and "4.1" agree). */
export function sameFigures(a: string, b: string): boolean {
  const left = a.match(FIGURE) ?? [];
  const right = b.match(FIGURE) ?? [];
  return left.length === right.length && left.every((figure, i) => Number(figure) === Number(right[i]));
}
