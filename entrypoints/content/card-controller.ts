/**
 * When the context card opens and closes: pointer rest, click, keyboard, Esc, click outside,
 * grace period, scroll. It owns no pixels: a `CardView` draws, this decides. Timing follows
 * WCAG 1.4.13 (dismissible, hoverable, persistent) and Page Previews' measured delays.
 */
import { CARD_DELAYS, type CardMode } from '@/lib/settings';
import { unionRect, type AnchorRect } from '@/lib/placement';

/** The drawing side of the card. */
export interface CardView {
  /** Shows the card for `id` next to `anchor`; with `focus`, moves focus into it. */
  show(id: string, anchor: AnchorRect, focus: boolean): void;
  /** Moves the open card to a new anchor position (scroll, resize). */
  move(anchor: AnchorRect): void;
  hide(): void;
  /** Whether an event target is the card (its shadow host) or inside it. */
  contains(target: EventTarget | null): boolean;
}

export interface CardControllerOptions {
  doc: Document;
  win: Window;
  /** Aborting removes every listener and timer. */
  signal: AbortSignal;
  view: CardView;
  /** Read on every event, so settings changes apply live. */
  mode: () => CardMode;
  /** The marks of a claim, first (focusable) fragment first. */
  marksOf: (id: string) => HTMLElement[];
}

/** How long the pointer may be outside both claim and card before a hover card closes. */
export const GRACE_MS = 300;

type OpenedBy = 'hover' | 'click' | 'key' | 'popup';

export interface CardController {
  /** Opens the card for a claim (the popup's "show me", Enter, click). */
  open(id: string, options: { focus: boolean; by?: OpenedBy; anchor?: HTMLElement }): void;
  /** Closes the card; `explicit` closes keep the same claim from reopening on hover. */
  close(options?: { returnFocus?: boolean; explicit?: boolean }): void;
  readonly openId: string | undefined;
}

const MARK_SELECTOR = 'caveat-mark[data-claim-id]';

/** Starts the controller; everything it adds goes away when `signal` aborts. */
export function startCardController(options: CardControllerOptions): CardController {
  const { doc, win, signal, view, mode, marksOf } = options;
  let openId: string | undefined;
  let openedBy: OpenedBy | undefined;
  let anchorEl: HTMLElement | undefined;
  let pointer: { x: number; y: number } | undefined;
  /** Which line box of the anchor the pointer opened the card on (-1: none, use the claim). */
  let pointerLine = -1;
  let pendingId: string | undefined;
  let pendingEl: HTMLElement | undefined;
  let pendingTimer: ReturnType<typeof setTimeout> | undefined;
  let graceTimer: ReturnType<typeof setTimeout> | undefined;
  let suppressedId: string | undefined;
  let buttonHeld = false;
  let frame = 0;

  const hoverDelay = (): number | undefined => {
    const m = mode();
    return m === 'fast' || m === 'normal' || m === 'slow' ? CARD_DELAYS[m] : undefined;
  };

  const selecting = () => buttonHeld || win.getSelection()?.isCollapsed === false;

  const markOf = (target: EventTarget | null): HTMLElement | undefined => {
    if (!target || !(target as Node).nodeType) return undefined;
    const el =
      (target as Node).nodeType === 1 ? (target as Element) : (target as Node).parentElement;
    return el?.closest<HTMLElement>(MARK_SELECTOR) ?? undefined;
  };

  const cancelPending = () => {
    if (pendingTimer !== undefined) clearTimeout(pendingTimer);
    pendingTimer = undefined;
    pendingId = undefined;
    pendingEl = undefined;
  };
  const cancelGrace = () => {
    if (graceTimer !== undefined) clearTimeout(graceTimer);
    graceTimer = undefined;
  };

  /**
   * The box around the whole claim (every mark, every line it wraps over), so the card never
   * covers the claim it explains. Pointer: the card lines up with the line under the pointer.
   */
  const anchorRect = (el: HTMLElement, id: string, opening = false): AnchorRect => {
    const lines = Array.from(el.getClientRects());
    if (opening && pointer) {
      const p = pointer;
      pointerLine = lines.findIndex(
        (r) => p.x >= r.left && p.x <= r.right && p.y >= r.top && p.y <= r.bottom,
      );
      pointer = undefined;
    }
    const marks = marksOf(id).length > 0 ? marksOf(id) : [el];
    const box = unionRect(marks.flatMap((m) => Array.from(m.getClientRects()))) ??
      unionRect([el.getBoundingClientRect()]) ?? { top: 0, left: 0, width: 0, height: 0 };
    const line = pointerLine >= 0 ? lines[pointerLine] : undefined;
    return line ? { ...box, alignLeft: line.left } : box;
  };

  const setExpanded = (id: string | undefined, value: boolean) => {
    const first = id ? marksOf(id)[0] : undefined;
    if (first?.hasAttribute('aria-expanded')) first.setAttribute('aria-expanded', String(value));
  };

  const open: CardController['open'] = (id, { focus, by = 'click', anchor }) => {
    cancelPending();
    cancelGrace();
    const el = anchor ?? marksOf(id)[0];
    if (!el) return;
    if (openId && openId !== id) setExpanded(openId, false);
    if (by !== 'hover') suppressedId = undefined;
    pointerLine = -1;
    if (by === 'key' || by === 'popup') pointer = undefined;
    openId = id;
    openedBy = by;
    anchorEl = el;
    setExpanded(id, true);
    view.show(id, anchorRect(el, id, true), focus);
  };

  const close: CardController['close'] = ({ returnFocus = false, explicit = false } = {}) => {
    cancelPending();
    cancelGrace();
    if (!openId) return;
    const id = openId;
    openId = undefined;
    openedBy = undefined;
    anchorEl = undefined;
    setExpanded(id, false);
    view.hide();
    if (explicit) suppressedId = id;
    if (returnFocus) marksOf(id)[0]?.focus({ preventScroll: true });
  };

  const startGrace = () => {
    if (graceTimer !== undefined || openedBy !== 'hover') return;
    graceTimer = setTimeout(() => {
      graceTimer = undefined;
      close();
    }, GRACE_MS);
  };

  const schedule = (id: string, el: HTMLElement) => {
    const delay = hoverDelay();
    if (delay === undefined || id === suppressedId || id === openId || selecting()) return;
    cancelPending();
    pendingId = id;
    pendingEl = el;
    pendingTimer = setTimeout(() => {
      const target = pendingEl;
      pendingTimer = undefined;
      pendingId = undefined;
      pendingEl = undefined;
      if (target && !selecting() && hoverDelay() !== undefined) {
        open(id, { focus: false, by: 'hover', anchor: target });
      }
    }, delay);
  };

  const listen = <K extends keyof DocumentEventMap>(
    type: K,
    handler: (event: DocumentEventMap[K]) => void,
    capture = false,
  ) => doc.addEventListener(type, handler, { signal, capture, passive: type !== 'keydown' });

  listen('mouseover', (event) => {
    pointer = { x: event.clientX, y: event.clientY };
    if (view.contains(event.target)) {
      cancelGrace();
      return;
    }
    const mark = markOf(event.target);
    const id = mark?.dataset.claimId;
    if (!mark || !id) return;
    if (id === openId) cancelGrace();
    else schedule(id, mark);
  });

  listen('mousemove', (event) => {
    pointer = { x: event.clientX, y: event.clientY };
    // The card opens when the pointer rests: movement restarts the wait.
    if (pendingId && pendingEl) schedule(pendingId, pendingEl);
  });

  listen('mouseout', (event) => {
    const fromMark = markOf(event.target);
    const fromId = fromMark?.dataset.claimId;
    const toId = markOf(event.relatedTarget)?.dataset.claimId;
    const toCard = view.contains(event.relatedTarget);
    if (fromId && fromId !== toId) {
      if (fromId === pendingId) cancelPending();
      if (fromId === suppressedId) suppressedId = undefined;
      if (fromId === openId && !toCard) startGrace();
    } else if (view.contains(event.target) && !toCard && toId !== openId) {
      startGrace();
    }
  });

  listen(
    'pointerdown',
    (event) => {
      buttonHeld = true;
      cancelPending();
      if (!openId || view.contains(event.target)) return;
      if (markOf(event.target)?.dataset.claimId === openId) return;
      close({ explicit: true });
    },
    true,
  );
  listen('pointerup', () => (buttonHeld = false), true);
  listen('pointercancel', () => (buttonHeld = false), true);

  listen('click', (event) => {
    const mark = markOf(event.target);
    const id = mark?.dataset.claimId;
    if (!mark || !id || mode() === 'off' || selecting()) return;
    // A claim inside a link: the link wins, the page navigates as usual.
    if (mark.closest('a[href]')) return;
    if (id === openId) {
      // Clicking the claim of a hover card pins it: it no longer closes when the pointer leaves.
      openedBy = 'click';
      cancelGrace();
      return;
    }
    pointer = { x: event.clientX, y: event.clientY };
    open(id, { focus: false, by: 'click', anchor: mark });
  });

  listen('keydown', (event) => {
    if (event.key === 'Escape' && openId) {
      close({ returnFocus: true, explicit: true });
      return;
    }
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const mark = markOf(event.target);
    const id = mark?.dataset.claimId;
    if (!mark || !id || event.target !== mark || !mark.hasAttribute('tabindex')) return;
    if (mode() === 'off') return;
    event.preventDefault();
    pointer = undefined;
    open(id, { focus: true, by: 'key', anchor: mark });
  });

  // Reposition at most once a frame while the page scrolls or resizes; a claim scrolled far
  // away takes its card with it.
  const onViewportChange = () => {
    if (!openId || frame) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      if (!openId || !anchorEl) return;
      if (!anchorEl.isConnected) return close();
      const rect = anchorRect(anchorEl, openId);
      const h = win.innerHeight;
      if (rect.top + rect.height < -h / 2 || rect.top > h * 1.5) return close();
      view.move(rect);
    });
  };
  win.addEventListener('scroll', onViewportChange, { signal, capture: true, passive: true });
  win.addEventListener('resize', onViewportChange, { signal, passive: true });

  signal.addEventListener('abort', () => {
    cancelPending();
    cancelGrace();
    if (frame) win.cancelAnimationFrame(frame);
    if (openId) setExpanded(openId, false);
    openId = undefined;
  });

  return {
    open,
    close,
    get openId() {
      return openId;
    },
  };
}
