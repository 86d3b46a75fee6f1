/**
 * The page-level part of Caveat's look: one `<style>` with the highlight rules (marks live in the
 * page DOM, so their CSS cannot live in the card's shadow root) and the highlight-style switch on
 * `<html>`. Added only on pages with highlights; `remove()` takes both away again.
 */
import highlightsCss from '@/assets/highlights.css?inline';
import type { HighlightStyle } from '@/lib/settings';

const STYLE_ATTR = 'data-caveat-styles';
/** Attribute on `<html>` selecting underline, tint or outline marks. */
export const STYLE_SWITCH = 'data-caveat-style';
/** Attribute on `<html>` with the page status, while Caveat shows highlights (a test hook). */
export const STATUS_ATTR = 'data-caveat';

export interface PageStyle {
  setStyle(style: HighlightStyle): void;
  remove(): void;
}

/** Installs the highlight CSS into `doc` (once) and returns its handle. */
export function installPageStyle(doc: Document, style: HighlightStyle): PageStyle {
  let el = doc.querySelector<HTMLStyleElement>(`style[${STYLE_ATTR}]`);
  if (!el) {
    el = doc.createElement('style');
    el.setAttribute(STYLE_ATTR, '');
    el.textContent = highlightsCss;
    (doc.head ?? doc.documentElement).append(el);
  }
  const html = doc.documentElement;
  html.setAttribute(STYLE_SWITCH, style);
  html.setAttribute(STATUS_ATTR, 'on-topic');
  const styleEl = el;
  return {
    setStyle: (next) => html.setAttribute(STYLE_SWITCH, next),
    remove: () => {
      styleEl.remove();
      html.removeAttribute(STYLE_SWITCH);
      html.removeAttribute(STATUS_ATTR);
    },
  };
}
