/**
 * Light or dark card: follow the page's own background when it paints one, so a dark news site
 * gets a dark card even when the system is light (and the other way round).
 */

/** Parses `rgb()` / `rgba()` (what getComputedStyle returns) into [r, g, b, alpha]. */
export function parseRgb(css: string): [number, number, number, number] | undefined {
  const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(
    css.trim(),
  );
  if (!m) return undefined;
  const alphaText = m[4];
  const alpha =
    alphaText === undefined
      ? 1
      : alphaText.endsWith('%')
        ? Number(alphaText.slice(0, -1)) / 100
        : Number(alphaText);
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

/** WCAG relative luminance of an sRGB colour, 0 (black) to 1 (white). */
export function luminance([r, g, b]: readonly number[]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r ?? 0) + 0.7152 * lin(g ?? 0) + 0.0722 * lin(b ?? 0);
}

/**
 * 'dark' or 'light' from the first mostly opaque background of body or html; undefined when the
 * page paints none, and the card's CSS falls back to `prefers-color-scheme`.
 */
export function pageTheme(doc: Document, win: Window): 'dark' | 'light' | undefined {
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const rgb = parseRgb(win.getComputedStyle(el).backgroundColor);
    if (rgb && rgb[3] >= 0.5) return luminance(rgb) < 0.2 ? 'dark' : 'light';
  }
  return undefined;
}
