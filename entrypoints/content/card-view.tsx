/**
 * The card's pixels: a shadow-root host (`caveat-card`) created on first use only, a Preact
 * render of `Card`, and placement through `placeCard`. Pages without an opened card never get
 * the host. Focus: keyboard opening focuses the heading; Tab past the last control (or Shift+Tab
 * before the first) returns to the claim, so the page's tab order goes on from there.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  createShadowRootUi,
  type ShadowRootContentScriptUi,
} from 'wxt/utils/content-script-ui/shadow-root';
import cardCss from '@/assets/card.css?inline';
import contextCss from '@/assets/context.css?inline';
import disclosureCss from '@/assets/disclosure.css?inline';
import themeCss from '@/assets/theme.css?inline';
import { Card } from '@/components/Card';
import type { Translate } from '@/components/ui-strings';
import { CARD_MAX_WIDTH, placeCard, type AnchorRect } from '@/lib/placement';
import type { CardView } from './card-controller';
import { copyToClipboard } from './card-copy';
import type { CardData } from './page-session';
import { pageTheme } from './page-theme';

export interface CardViewOptions {
  ctx: ContentScriptContext;
  doc: Document;
  win: Window;
  getData: (id: string) => CardData | undefined;
  t: Translate;
  locale?: string;
  /** The card asked to close (Esc, close button): focus goes back to the claim. */
  onClose: () => void;
  onDisableCards: () => void;
  onOpenSettings: () => void;
  /** The claim's focusable mark. */
  claimElement: (id: string) => HTMLElement | undefined;
}

/** A `CardView` that can also take its host out of the page entirely. */
export interface ShadowCardView extends CardView {
  destroy(): void;
}

const FOCUSABLE = 'a[href], button:not([disabled]), [tabindex="0"]';
const MARGIN = 8;

export function createCardView(options: CardViewOptions): ShadowCardView {
  const { ctx, doc, win, getData, t, locale } = options;
  let ui: ShadowRootContentScriptUi<HTMLElement> | undefined;
  let creating: Promise<ShadowRootContentScriptUi<HTMLElement>> | undefined;
  let state: { id: string; anchor: AnchorRect; focus: boolean } | undefined;
  // Bumped by destroy(), so a host still being created after a teardown is never mounted.
  let generation = 0;

  const ensureUi = () => {
    const gen = generation;
    creating ??= createShadowRootUi<HTMLElement>(ctx, {
      name: 'caveat-card',
      position: 'inline',
      anchor: () => doc.body,
      append: 'last',
      mode: 'open',
      // The reader is loaded lazily, outside WXT's CSS injection: the card brings its own CSS.
      css: `${cardCss}\n${contextCss}\n${disclosureCss}\n${themeCss}`,
      // Keys typed in the card stay in the card: page shortcuts must not fire.
      isolateEvents: true,
      onMount: (container) => {
        const root = doc.createElement('div');
        container.append(root);
        return root;
      },
      onRemove: (root) => {
        if (root) render(null, root);
      },
    }).then((created) => {
      if (gen !== generation) return created;
      ui = created;
      ui.mount();
      return created;
    });
    return creating;
  };

  const frameEl = () => ui?.mounted?.querySelector<HTMLElement>('.caveat-frame') ?? undefined;

  const onFrameKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Tab' || !state || !ui) return;
    const frame = frameEl();
    const claim = options.claimElement(state.id);
    if (!frame || !claim) return;
    const items = Array.from(frame.querySelectorAll<HTMLElement>(FOCUSABLE));
    const active = ui.shadow.activeElement;
    const first = items[0];
    const last = items[items.length - 1];
    if (event.shiftKey && (active === first || active?.tagName === 'H2')) {
      event.preventDefault();
      claim.focus({ preventScroll: true });
    } else if (!event.shiftKey && active === last) {
      // Focus the claim and let the browser's Tab go on from it to the page's next stop.
      claim.focus({ preventScroll: true });
    }
  };

  const place = () => {
    const frame = frameEl();
    if (!frame || !state) return;
    const viewport = { width: win.innerWidth, height: win.innerHeight };
    const width = Math.max(0, Math.min(CARD_MAX_WIDTH, viewport.width - 2 * MARGIN));
    frame.style.width = `${width}px`;
    // Measure the card's natural height: the room left from the last placement must not cap it.
    frame.style.removeProperty('--caveat-room');
    const height = frame.getBoundingClientRect().height;
    const p = placeCard(state.anchor, { width, height }, viewport, MARGIN);
    frame.style.top = `${p.top}px`;
    frame.style.left = `${p.left}px`;
    frame.style.setProperty('--caveat-room', `${p.maxHeight}px`);
    frame.dataset.side = p.side;
    frame.style.visibility = '';
  };

  const paint = () => {
    const root = ui?.mounted;
    if (!root) return;
    const data = state && getData(state.id);
    if (!state || !data) {
      render(null, root);
      return;
    }
    const theme = pageTheme(doc, win);
    render(
      // eslint-disable-next-line jsx-a11y/no-static-element-interactions -- Tab bookkeeping only; the dialog inside has the role.
      <div class="caveat-frame" data-theme={theme} onKeyDown={onFrameKeyDown}>
        <Card
          // A new claim is a new card: the copy status of the last one does not carry over.
          key={data.claim.id}
          claim={data.claim}
          context={data.context}
          claimantDescription={data.claimantDescription}
          t={t}
          locale={locale}
          onClose={options.onClose}
          onDisableCards={options.onDisableCards}
          onOpenSettings={options.onOpenSettings}
          onCopy={(text) => copyToClipboard(text, win, ui?.shadow)}
        />
      </div>,
      root,
    );
    const frame = frameEl();
    if (frame) frame.style.visibility = 'hidden';
    place();
    if (state.focus) {
      state.focus = false;
      frame?.querySelector<HTMLElement>('[data-autofocus]')?.focus({ preventScroll: true });
    }
  };

  return {
    show(id, anchor, focus) {
      state = { id, anchor, focus };
      if (ui) paint();
      else void ensureUi().then(paint);
    },
    move(anchor) {
      if (!state) return;
      state.anchor = anchor;
      place();
    },
    hide() {
      state = undefined;
      paint();
    },
    contains(target) {
      const host = ui?.shadowHost;
      return !!host && !!target && (target === host || host.contains(target as Node));
    },
    destroy() {
      generation += 1;
      state = undefined;
      ui?.remove();
      ui = undefined;
      creating = undefined;
    },
  };
}
