// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { laterRoots, paragraphWeight } from '@/entrypoints/content/later-roots';

/** An element with paragraphs of invented filler text, about `chars` characters each. */
function story(tag: string, paragraphs: number, chars = 120, attrs: Record<string, string> = {}) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (let i = 0; i < paragraphs; i++) {
    const p = document.createElement('p');
    p.textContent = 'The harbour board met again about the ferry timetable. '
      .repeat(Math.ceil(chars / 55))
      .slice(0, chars);
    el.append(p);
  }
  return el;
}

const opts = { minParagraphChars: 250 };

describe('laterRoots', () => {
  let feed: HTMLElement;
  let first: HTMLElement;

  beforeEach(() => {
    feed = document.createElement('main');
    first = story('article', 4);
    feed.append(first);
    document.body.replaceChildren(feed);
  });

  it('finds an <article> appended next to the known root', () => {
    const next = story('article', 3);
    feed.append(next);
    expect(laterRoots([next], [first], opts)).toEqual({ grownText: 0, roots: [next] });
  });

  it('takes the added paragraph up to its own story, never a container of the known root', () => {
    const wrapper = document.createElement('div');
    const next = story('section', 3);
    wrapper.append(next);
    feed.append(wrapper);
    const added = next.querySelector('p') as HTMLElement;
    expect(laterRoots([added], [first], opts).roots).toEqual([wrapper]);
  });

  it('reads the articles inside an added wrapper one by one', () => {
    const wrapper = document.createElement('div');
    const a = story('article', 3);
    const b = story('article', 3);
    wrapper.append(a, b);
    feed.append(wrapper);
    expect(laterRoots([wrapper], [first], opts).roots).toEqual([a, b]);
  });

  it('counts text added inside a known root as growth', () => {
    const more = story('div', 2);
    first.append(more);
    const found = laterRoots([more], [first], opts);
    expect(found.roots).toEqual([]);
    expect(found.grownText).toBe((more.textContent ?? '').length);
  });

  it('skips short stories, furniture and nodes no longer in the page', () => {
    const short = story('article', 1, 100);
    const comments = story('div', 5, 120, { class: 'comments' });
    const gone = story('article', 5);
    feed.append(short, comments, gone);
    gone.remove();
    expect(laterRoots([short, comments, gone], [first], opts).roots).toEqual([]);
  });

  it('returns each new root once however many of its nodes were added', () => {
    const next = story('article', 3);
    feed.append(next);
    const nodes = [next, ...next.querySelectorAll('p')];
    expect(laterRoots(nodes, [first], opts).roots).toEqual([next]);
  });
});

describe('paragraphWeight', () => {
  it('discounts links and leaves out short paragraphs', () => {
    const el = document.createElement('div');
    const p = document.createElement('p');
    p.append('Forty characters of plain words in here ', document.createElement('a'));
    (p.lastChild as HTMLElement).textContent = 'and forty more inside one link, like so.';
    const dateline = document.createElement('p');
    dateline.textContent = 'Seoul, Monday';
    el.append(p, dateline);
    const length = (p.textContent ?? '').trim().length;
    expect(paragraphWeight(el)).toBeCloseTo(length * 0.5, 0);
  });
});
