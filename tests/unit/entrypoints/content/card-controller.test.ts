// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startCardController, type CardView } from '@/entrypoints/content/card-controller';
import type { CardMode } from '@/lib/settings';

function setup(mode: CardMode = 'normal') {
  document.body.replaceChildren();
  const p = document.createElement('p');
  const mark = (id: string, text: string) => {
    const m = document.createElement('caveat-mark');
    m.dataset.claimId = id;
    m.dataset.claimKind = 'state-media';
    m.setAttribute('tabindex', '0');
    m.setAttribute('aria-expanded', 'false');
    m.textContent = text;
    return m;
  };
  const a = mark('a', 'Claim A.');
  const b = mark('b', 'Claim B.');
  const outside = document.createElement('span');
  outside.textContent = 'Plain text.';
  const host = document.createElement('caveat-card');
  p.append(a, ' ', b, ' ', outside);
  document.body.append(p, host);

  const calls: string[] = [];
  const view: CardView = {
    show: (id, _rect, focus) => calls.push(`show ${id}${focus ? ' focus' : ''}`),
    move: () => calls.push('move'),
    hide: () => calls.push('hide'),
    contains: (t) => t === host,
  };
  const abort = new AbortController();
  let currentMode = mode;
  const controller = startCardController({
    doc: document,
    win: window,
    signal: abort.signal,
    view,
    mode: () => currentMode,
    marksOf: (id) => Array.from(document.querySelectorAll<HTMLElement>(`[data-claim-id="${id}"]`)),
  });
  return {
    a,
    b,
    outside,
    host,
    calls,
    controller,
    abort,
    setMode: (m: CardMode) => (currentMode = m),
  };
}

const over = (el: Element, from: Element | null = null) =>
  el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, relatedTarget: from }));
const out = (el: Element, to: Element | null) =>
  el.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, relatedTarget: to }));
const key = (el: Element, k: string) =>
  el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));

describe('card controller', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    window.getSelection()?.removeAllRanges();
  });

  it('opens after the pointer rests for the mode delay, not before', () => {
    const s = setup('normal');
    over(s.a);
    vi.advanceTimersByTime(499);
    expect(s.calls).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(s.calls).toEqual(['show a']);
    expect(s.a.getAttribute('aria-expanded')).toBe('true');
  });

  it('uses the fast and slow delays', () => {
    const fast = setup('fast');
    over(fast.a);
    vi.advanceTimersByTime(250);
    expect(fast.calls).toEqual(['show a']);
    fast.abort.abort();
    const slow = setup('slow');
    over(slow.a);
    vi.advanceTimersByTime(899);
    expect(slow.calls).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(slow.calls).toEqual(['show a']);
  });

  it('restarts the wait while the pointer moves, and cancels when it leaves first', () => {
    const s = setup('normal');
    over(s.a);
    vi.advanceTimersByTime(400);
    s.a.dispatchEvent(new MouseEvent('mousemove', { bubbles: true }));
    vi.advanceTimersByTime(400);
    expect(s.calls).toEqual([]);
    out(s.a, s.outside);
    vi.advanceTimersByTime(2000);
    expect(s.calls).toEqual([]);
  });

  it('keeps a hover card open while the pointer moves onto it within the grace period', () => {
    const s = setup('fast');
    over(s.a);
    vi.advanceTimersByTime(250);
    out(s.a, s.outside);
    vi.advanceTimersByTime(200);
    over(s.host, s.outside);
    vi.advanceTimersByTime(10_000);
    expect(s.calls).toEqual(['show a']);
    // Leaving the card starts the grace period; 300 ms later it closes.
    out(s.host, s.outside);
    vi.advanceTimersByTime(299);
    expect(s.calls).toEqual(['show a']);
    vi.advanceTimersByTime(1);
    expect(s.calls).toEqual(['show a', 'hide']);
    expect(s.a.getAttribute('aria-expanded')).toBe('false');
  });

  it('closes a hover card 300 ms after the pointer leaves claim and card', () => {
    const s = setup('fast');
    over(s.a);
    vi.advanceTimersByTime(250);
    out(s.a, s.outside);
    vi.advanceTimersByTime(300);
    expect(s.calls).toEqual(['show a', 'hide']);
  });

  it('never auto-hides a card opened from the keyboard; Esc closes it and returns focus', () => {
    const s = setup('normal');
    s.a.focus();
    key(s.a, 'Enter');
    expect(s.calls).toEqual(['show a focus']);
    vi.advanceTimersByTime(20_000);
    out(s.a, s.outside);
    vi.advanceTimersByTime(20_000);
    expect(s.calls).toEqual(['show a focus']);
    s.outside.focus();
    key(document.body, 'Escape');
    expect(s.calls).toEqual(['show a focus', 'hide']);
    expect(document.activeElement).toBe(s.a);
  });

  it('opens with Space too, and prevents the page from scrolling', () => {
    const s = setup('normal');
    const event = new KeyboardEvent('keydown', { key: ' ', bubbles: true, cancelable: true });
    s.b.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(s.calls).toEqual(['show b focus']);
  });

  it('does not reopen the same claim on hover right after an explicit close', () => {
    const s = setup('fast');
    over(s.a);
    vi.advanceTimersByTime(250);
    key(document.body, 'Escape');
    over(s.a);
    vi.advanceTimersByTime(1000);
    expect(s.calls).toEqual(['show a', 'hide']);
    // Once the pointer has left the claim, hovering it again works.
    out(s.a, s.outside);
    over(s.a, s.outside);
    vi.advanceTimersByTime(250);
    expect(s.calls).toEqual(['show a', 'hide', 'show a']);
  });

  it('in click mode opens only on click', () => {
    const s = setup('click');
    over(s.a);
    vi.advanceTimersByTime(5000);
    expect(s.calls).toEqual([]);
    s.a.click();
    expect(s.calls).toEqual(['show a']);
  });

  it('in off mode opens on nothing but an explicit open (the popup)', () => {
    const s = setup('off');
    over(s.a);
    vi.advanceTimersByTime(5000);
    s.a.click();
    key(s.a, 'Enter');
    expect(s.calls).toEqual([]);
    s.controller.open('a', { focus: true, by: 'popup' });
    expect(s.calls).toEqual(['show a focus']);
  });

  it('does not open while the reader is selecting text or holding a button', () => {
    const s = setup('fast');
    const range = document.createRange();
    range.selectNodeContents(s.outside);
    window.getSelection()?.addRange(range);
    over(s.a);
    vi.advanceTimersByTime(1000);
    s.a.click();
    expect(s.calls).toEqual([]);
    window.getSelection()?.removeAllRanges();
    s.b.dispatchEvent(new MouseEvent('pointerdown', { bubbles: true }));
    over(s.b);
    vi.advanceTimersByTime(1000);
    expect(s.calls).toEqual([]);
  });

  it('closes on a click outside the card, not on a click inside it', () => {
    const s = setup('click');
    s.a.click();
    s.host.dispatchEvent(new MouseEvent('pointerdown', { bubbles: true }));
    expect(s.calls).toEqual(['show a']);
    s.outside.dispatchEvent(new MouseEvent('pointerdown', { bubbles: true }));
    expect(s.calls).toEqual(['show a', 'hide']);
  });

  it('lets links inside claims navigate: no card, no preventDefault', () => {
    const s = setup('click');
    const link = document.createElement('a');
    link.href = '#elsewhere';
    s.b.replaceWith(link);
    link.append(s.b);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    s.b.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(false);
    expect(s.calls).toEqual([]);
  });

  it('removes its listeners and timers when the signal aborts', () => {
    const s = setup('fast');
    over(s.a);
    s.abort.abort();
    vi.advanceTimersByTime(1000);
    s.b.click();
    key(s.b, 'Enter');
    expect(s.calls).toEqual([]);
  });
});
