// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { SummaryData } from '@/components/ArticleSummary';
import { englishT } from '@/components/ui-strings';
import { createSummaryView } from '@/entrypoints/content/summary-view';

const data: SummaryData = { total: 2, kinds: { denial: 2 }, packTitle: 'Invented pack' };
const markup = () => new XMLSerializer().serializeToString(document.body);

function setup() {
  const view = createSummaryView({
    doc: document,
    win: window,
    t: englishT,
    onGoToFirst: vi.fn(),
    onClose: vi.fn(),
  });
  return view;
}

describe('summary view', () => {
  it('touches nothing before show; show places one host before the root; remove restores', () => {
    document.body.replaceChildren();
    const wrap = document.body.appendChild(document.createElement('main'));
    wrap.append('lead text');
    const root = wrap.appendChild(document.createElement('article'));
    root.textContent = 'Body of the article.';
    const before = markup();
    const view = setup();
    expect(view.host).toBeUndefined();
    expect(markup()).toBe(before);

    view.show(data, root);
    view.show({ ...data, total: 3 }, root);
    expect(document.querySelectorAll('caveat-summary')).toHaveLength(1);
    expect(root.previousSibling).toBe(view.host);
    expect(view.host?.shadowRoot?.textContent).toContain('Caveat highlighted 3 unverified claims');

    view.remove();
    expect(view.host).toBeUndefined();
    // The text nodes around the host are not merged or split: the markup is byte for byte the same.
    expect(markup()).toBe(before);
    expect(wrap.childNodes).toHaveLength(2);
  });

  it('follows the article root when a re-run finds another one', () => {
    document.body.replaceChildren();
    const a = document.body.appendChild(document.createElement('article'));
    const b = document.body.appendChild(document.createElement('section'));
    const view = setup();
    view.show(data, a);
    view.show(data, b);
    expect(document.querySelectorAll('caveat-summary')).toHaveLength(1);
    expect(b.previousElementSibling).toBe(view.host);
  });

  it('a whole-body article gets the box as the first child of body, not around it', () => {
    document.body.replaceChildren(document.createElement('p'));
    const view = setup();
    view.show(data, document.body);
    expect(document.body.firstChild).toBe(view.host);
    view.show(data, document.documentElement);
    expect(document.querySelectorAll('caveat-summary')).toHaveLength(1);
  });

  it('keeps key presses on its buttons away from page shortcuts', () => {
    document.body.replaceChildren(document.createElement('article'));
    const view = setup();
    view.show(data, document.querySelector('article')!);
    const pageKeys = vi.fn();
    document.addEventListener('keydown', pageKeys);
    const button = view.host!.shadowRoot!.querySelector('button')!;
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true, composed: true }));
    document.removeEventListener('keydown', pageKeys);
    expect(pageKeys).not.toHaveBeenCalled();
  });
});

describe('summary view theme', () => {
  it('redraws in the dark theme when the page switches to dark after it is shown', async () => {
    document.body.replaceChildren();
    document.body.removeAttribute('style');
    const root = document.body.appendChild(document.createElement('article'));
    const view = setup();
    document.body.style.backgroundColor = 'rgb(255, 255, 255)';
    view.show(data, root);
    const box = () => view.host?.shadowRoot?.querySelector('.caveat-summary');
    expect(box()?.getAttribute('data-theme')).toBe('light');
    // The page's dark-mode switch: a class that paints a dark background.
    document.body.style.backgroundColor = 'rgb(18, 18, 18)';
    document.body.className = 'dark';
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(box()?.getAttribute('data-theme')).toBe('dark');
    // Removed: no more watching, and the page's attributes are left alone.
    view.remove();
    document.body.style.backgroundColor = 'rgb(255, 255, 255)';
    document.body.className = '';
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(view.host).toBeUndefined();
    document.body.removeAttribute('style');
    document.body.removeAttribute('class');
  });
});
