/**
 * The in-article summary's pixels: one `caveat-summary` host placed just before the article root
 * (never inside it), with an open shadow root holding its own CSS and a Preact render of
 * `ArticleSummary`. Plain `attachShadow`, created synchronously: inserting and removing one
 * element next to the article leaves the article's DOM, and the body once removed, exactly as
 * they were.
 */
import { render } from 'preact';
import summaryCss from '@/assets/summary.css?inline';
import themeCss from '@/assets/theme.css?inline';
import { ArticleSummary, type SummaryData } from '@/components/ArticleSummary';
import type { Translate } from '@/components/ui-strings';
import { pageTheme } from './page-theme';

/** The host element's name; the mutation observer treats it as ours. */
export const SUMMARY_TAG = 'caveat-summary';

export interface SummaryViewOptions {
  doc: Document;
  win: Window;
  t: Translate;
  locale?: string;
  onGoToFirst: () => void;
  onClose: () => void;
}

export interface SummaryView {
  /** Shows (or updates) the box with `data`, placed right before `articleRoot`. */
  show(data: SummaryData, articleRoot: Element): void;
  /** Takes the host out of the page; `show` creates it again. */
  remove(): void;
  /** The host while it is in the page. */
  readonly host: HTMLElement | undefined;
}

/** Attributes by which pages switch their theme (not ours: those never change the background). */
const THEME_ATTRIBUTES = ['class', 'style', 'data-theme', 'data-color-scheme', 'data-mode'];
const THEME_CHECK_MS = 250;

// Keys pressed on the box's buttons stay in the box: page shortcuts must not fire (as the card's
// `isolateEvents`).
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

/** Creates the view; nothing touches the page before the first `show`. */
export function createSummaryView(options: SummaryViewOptions): SummaryView {
  const { doc, win, t, locale } = options;
  let host: HTMLElement | undefined;
  let mount: HTMLElement | undefined;
  let shown: SummaryData | undefined;
  /** The theme the box was last drawn in. */
  let theme: ReturnType<typeof pageTheme>;
  let stopWatching: (() => void) | undefined;

  const draw = (next = pageTheme(doc, win)) => {
    if (!mount || !shown) return;
    theme = next;
    render(
      <ArticleSummary
        data={shown}
        t={t}
        locale={locale}
        theme={theme}
        onGoToFirst={options.onGoToFirst}
        onClose={options.onClose}
      />,
      mount,
    );
  };

  /**
   * While the box is shown, a page or system switch to dark mode (or back) redraws it in the
   * new theme: sites switch by a class or attribute on <html> or <body>.
   */
  const watchTheme = () => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Pages toggle classes on <body> often (scroll states): look at most once per quarter second.
    const check = () => {
      timer ??= setTimeout(() => {
        timer = undefined;
        const next = pageTheme(doc, win);
        if (next !== theme) draw(next);
      }, THEME_CHECK_MS);
    };
    const observer = new MutationObserver(check);
    for (const el of [doc.documentElement, doc.body]) {
      if (el) observer.observe(el, { attributes: true, attributeFilter: THEME_ATTRIBUTES });
    }
    const scheme = win.matchMedia?.('(prefers-color-scheme: dark)');
    scheme?.addEventListener?.('change', check);
    return () => {
      observer.disconnect();
      scheme?.removeEventListener?.('change', check);
      clearTimeout(timer);
    };
  };

  const create = () => {
    const el = doc.createElement(SUMMARY_TAG);
    const shadow = el.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = `${summaryCss}\n${themeCss}`;
    const root = doc.createElement('div');
    for (const type of ISOLATED_EVENTS) {
      root.addEventListener(type, (event) => event.stopPropagation());
    }
    shadow.append(style, root);
    host = el;
    mount = root;
    return el;
  };

  /** Right before the article root; a whole-body "article" gets the box as the body's first child. */
  const place = (el: HTMLElement, articleRoot: Element) => {
    const body = doc.body;
    if (articleRoot === body || articleRoot === doc.documentElement || !articleRoot.parentNode) {
      if (body && body.firstChild !== el) body.prepend(el);
      return;
    }
    if (el.nextSibling !== articleRoot || el.parentNode !== articleRoot.parentNode) {
      articleRoot.parentNode.insertBefore(el, articleRoot);
    }
  };

  return {
    show(data, articleRoot) {
      const el = host ?? create();
      place(el, articleRoot);
      shown = data;
      draw();
      stopWatching ??= watchTheme();
    },
    remove() {
      stopWatching?.();
      stopWatching = undefined;
      shown = undefined;
      if (mount) render(null, mount);
      host?.remove();
      host = undefined;
      mount = undefined;
    },
    get host() {
      return host;
    },
  };
}
