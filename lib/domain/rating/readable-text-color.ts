// Rating levels come with any colour a team picks; text on it must stay readable (WCAG 2 contrast).

const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};

const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

export const DARK_TEXT = "#0f172a";

/** White or near-black, whichever contrasts more with the background (#rrggbb). */
export function readableTextColor(background: string): "#ffffff" | typeof DARK_TEXT {
  if (!/^#[0-9a-f]{6}$/i.test(background)) return DARK_TEXT;
  const shade = luminance(background);
  return contrast(shade, 1) >= contrast(shade, luminance(DARK_TEXT)) ? "#ffffff" : DARK_TEXT;
}

export { contrast as contrastRatio, luminance as relativeLuminance };
