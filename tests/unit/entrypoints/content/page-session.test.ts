// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  capText,
  highlightBatches,
  MAX_ROOTS,
  PageSession,
} from '@/entrypoints/content/page-session';
import type { Pipeline } from '@/entrypoints/content/pipeline';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { highlightClaims } from '@/lib/highlight/highlighter';
import { buildTextMap } from '@/lib/text/text-map';
import type { Claim } from '@/lib/types';
import { buildArticlePage, makePipeline, testPack } from '../../fixtures/fake-pipeline';

/** The document as a string, without innerHTML: tags, attributes and text. */
function snapshot(node: Node = document.documentElement): string {
  return new XMLSerializer().serializeToString(node);
}

/** A session whose pauses are microtasks, so tests run without timers. */
const newSession = (pipeline: Pipeline) =>
  new PageSession({ doc: document, pipeline, pause: () => Promise.resolve() });

const settings = (patch: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...patch });

describe('PageSession', () => {
  beforeEach(() => {
    document.head.replaceChildren();
    document.documentElement.removeAttribute('data-caveat-style');
    document.documentElement.removeAttribute('data-caveat');
  });

  it('stops after the gate on an off-topic page and touches nothing', async () => {
    document.body.replaceChildren(
      Object.assign(document.createElement('p'), { textContent: 'Weather news.' }),
    );
    const before = snapshot();
    const calls: string[] = [];
    const session = newSession(makePipeline(calls));
    expect(await session.run(settings(), [testPack])).toBe('off-topic');
    expect(session.gateFailed).toBe(true);
    expect(calls).toEqual(['gate']);
    expect(snapshot()).toBe(before);
  });

  it('does not run without packs', async () => {
    buildArticlePage(document);
    const calls: string[] = [];
    const session = newSession(makePipeline(calls));
    expect(await session.run(settings(), [])).toBe('off-topic');
    expect(calls).toEqual([]);
  });

  it('reports no-article when the gate passes but no article is found', async () => {
    document.body.replaceChildren(
      Object.assign(document.createElement('div'), { textContent: 'Pyongyang' }),
    );
    const session = newSession(makePipeline());
    expect(await session.run(settings(), [testPack])).toBe('no-article');
  });

  it('highlights claims with one keyboard stop each, announced as claims', async () => {
    buildArticlePage(document);
    const session = newSession(makePipeline());
    expect(await session.run(settings(), [testPack])).toBe('on-topic');
    expect(session.count).toBe(2);
    const marks = Array.from(document.querySelectorAll('caveat-mark'));
    // The first claim spans a link, so it has three fragments; only the first is focusable.
    const first = marks.filter((m) => m.getAttribute('data-claim-kind') === 'state-media');
    expect(first).toHaveLength(3);
    expect(first.map((m) => m.getAttribute('tabindex'))).toEqual(['0', null, null]);
    expect(first[0]?.getAttribute('role')).toBe('button');
    expect(first[0]?.getAttribute('aria-haspopup')).toBe('dialog');
    expect(first[0]?.getAttribute('aria-expanded')).toBe('false');
    expect(first[0]?.getAttribute('aria-description')).toBe(
      'Unverified claim (State media: KCNA). Press Enter for context.',
    );
    expect(first[0]?.hasAttribute('aria-label')).toBe(false);
    expect(first.slice(1).some((m) => m.hasAttribute('role'))).toBe(false);
    expect(document.querySelector('a caveat-mark')).not.toBeNull();
    expect(document.head.querySelectorAll('style[data-caveat-styles]')).toHaveLength(1);
    expect(document.documentElement.getAttribute('data-caveat-style')).toBe('underline');
  });

  it('takes the reading from readElsewhere when it has one, and never reads on the page', async () => {
    // The same claims, produced elsewhere: the page's own read is not called.
    const calls: string[] = [];
    const elsewhere: string[] = [];
    const pipeline: Pipeline = {
      ...makePipeline(calls),
      readElsewhere: async (text, meta, packs) => {
        elsewhere.push(text);
        const steps = await makePipeline().read(text, meta, packs);
        for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
      },
    };
    buildArticlePage(document);
    const session = newSession(pipeline);
    expect(await session.run(settings(), [testPack])).toBe('on-topic');
    expect(elsewhere).toHaveLength(1);
    expect(calls.some((c) => c.startsWith('read'))).toBe(false);
    expect(session.count).toBe(2);
    expect(document.querySelectorAll('caveat-mark[tabindex]')).toHaveLength(2);
  });

  it('reads on the page when readElsewhere has no reading', async () => {
    buildArticlePage(document);
    const calls: string[] = [];
    const pipeline: Pipeline = {
      ...makePipeline(calls),
      readElsewhere: () => Promise.resolve(undefined),
    };
    const session = newSession(pipeline);
    expect(await session.run(settings(), [testPack])).toBe('on-topic');
    expect(calls.some((c) => c.startsWith('read'))).toBe(true);
    expect(session.count).toBe(2);
  });

  it('passes the headline to the reader only when the article text lacks it', async () => {
    buildArticlePage(document);
    const calls: string[] = [];
    await newSession(makePipeline(calls)).run(settings(), [testPack]);
    expect(calls).toContain('read headline=-');
    document.querySelector('h1')?.remove();
    const h1 = document.createElement('h1');
    h1.textContent = 'Pyongyang headline outside';
    document.body.prepend(h1);
    const calls2: string[] = [];
    const session = newSession(makePipeline(calls2));
    session.clear();
    await session.run(settings(), [testPack]);
    expect(calls2).toContain('read headline=Pyongyang headline outside');
  });

  it('restores the DOM and the text exactly on clear', async () => {
    buildArticlePage(document);
    const before = snapshot();
    const text = document.body.textContent;
    const session = newSession(makePipeline());
    await session.run(settings({ highlightStyle: 'tint' }), [testPack]);
    expect(snapshot()).not.toBe(before);
    expect(document.body.textContent).toBe(text);
    session.clear();
    expect(snapshot()).toBe(before);
    expect(session.count).toBe(0);
    // And again: run, clear, run, clear leaves no residue.
    await session.run(settings(), [testPack]);
    await session.run(settings(), [testPack]);
    expect(document.querySelectorAll('caveat-mark[tabindex]')).toHaveLength(2);
    session.clear();
    expect(snapshot()).toBe(before);
  });

  it('highlights only kinds that are on, but reports every claim', async () => {
    buildArticlePage(document);
    const session = newSession(makePipeline());
    const s = settings({ kinds: { ...DEFAULT_SETTINGS.kinds, 'state-media': false } });
    await session.run(s, [testPack]);
    expect(document.querySelectorAll('caveat-mark[data-claim-kind="state-media"]')).toHaveLength(0);
    expect(document.querySelectorAll('caveat-mark[data-claim-kind="unnamed-source"]')).toHaveLength(
      1,
    );
    const report = session.report('news.example', s);
    expect(report.status).toBe('on-topic');
    expect(report.topic).toBe('Test pack');
    expect(report.claims.map((c) => [c.kind, c.shown])).toEqual([
      ['state-media', false],
      ['unnamed-source', true],
    ]);
    expect(report.mainContext?.pack.id).toBe('test-pack');
  });

  it('gives the card its claim, context and claimant description', async () => {
    buildArticlePage(document);
    const session = newSession(makePipeline());
    await session.run(settings(), [testPack]);
    const id = document.querySelector('caveat-mark')?.getAttribute('data-claim-id') ?? '';
    const data = session.cardData(id);
    expect(data?.claim.kind).toBe('state-media');
    expect(data?.claimantDescription).toBe('North Korean state media');
    expect(session.cardData('nope')).toBeUndefined();
  });

  it('changes highlight style live and drops the Enter hint when cards are off', async () => {
    buildArticlePage(document);
    const session = newSession(makePipeline());
    await session.run(settings(), [testPack]);
    session.setHighlightStyle('outline');
    expect(document.documentElement.getAttribute('data-caveat-style')).toBe('outline');
    session.decorate(false);
    const first = document.querySelector('caveat-mark[tabindex]');
    expect(first?.getAttribute('aria-description')).toBe('Unverified claim (State media: KCNA).');
    expect(first?.hasAttribute('aria-expanded')).toBe(false);
  });

  it('notices when the page replaced marked nodes', async () => {
    const article = buildArticlePage(document);
    const session = newSession(makePipeline());
    await session.run(settings(), [testPack]);
    expect(session.marksLost()).toBe(false);
    const p = article.querySelectorAll('p')[1]!;
    const fresh = document.createElement('p');
    fresh.textContent = p.textContent;
    p.replaceWith(fresh);
    expect(session.marksLost()).toBe(true);
    expect(() => session.clear()).not.toThrow();
  });

  it('gives the page its main thread back between the gate, the article, reading and marks', async () => {
    buildArticlePage(document);
    const calls: string[] = [];
    const session = new PageSession({
      doc: document,
      pipeline: makePipeline(calls),
      pause: () => {
        calls.push('pause');
        return Promise.resolve();
      },
    });
    await session.run(settings(), [testPack]);
    expect(calls.join(' ')).toBe('gate pause find pause read headline=- pause pause highlight 2');
  });

  it('stops a run in progress when cleared, leaving the page untouched', async () => {
    buildArticlePage(document);
    const before = snapshot();
    const calls: string[] = [];
    const session = newSession(makePipeline(calls));
    const running = session.run(settings(), [testPack]);
    session.clear();
    await running;
    expect(calls).not.toContain('highlight 2');
    expect(snapshot()).toBe(before);
    expect(session.count).toBe(0);
  });

  it('reads only the newest of two quick runs', async () => {
    buildArticlePage(document);
    const calls: string[] = [];
    const session = newSession(makePipeline(calls));
    const first = session.run(settings(), [testPack]);
    const second = session.run(settings(), [testPack]);
    await Promise.all([first, second]);
    expect(calls.filter((c) => c.startsWith('highlight'))).toEqual(['highlight 2']);
    expect(document.querySelectorAll('caveat-mark[tabindex]')).toHaveLength(2);
  });

  it('reads a story added later on its own, keeps the first one, and undoes both', async () => {
    const first = buildArticlePage(document);
    const before = snapshot();
    const calls: string[] = [];
    const session = newSession(makePipeline(calls));
    await session.run(settings(), [testPack]);
    const firstMarks = Array.from(first.querySelectorAll('caveat-mark'));
    const next = first.cloneNode(true) as HTMLElement;
    for (const mark of next.querySelectorAll('caveat-mark')) mark.replaceWith(...mark.childNodes);
    next.id = 'next';
    const filler = document.createElement('p');
    filler.textContent = 'The harbour board met about the ferry timetable again today. '.repeat(4);
    next.append(filler);
    document.body.append(next);
    calls.length = 0;
    const roots = session.planLater([next]);
    expect(roots).toEqual([next]);
    // Planned roots are not planned again.
    expect(session.planLater([next])).toEqual([]);
    await session.readLater(roots as Element[], settings(), [testPack]);
    expect(calls).toEqual(['article-at', 'read headline=-', 'highlight 2']);
    expect(Array.from(first.querySelectorAll('caveat-mark'))).toEqual(firstMarks);
    expect(next.querySelectorAll('caveat-mark[tabindex]')).toHaveLength(2);
    expect(session.count).toBe(4);
    // The same sentences in both stories: ids stay unique on the page.
    const report = session.report('example.org', settings());
    const ids = report.claims.map((c) => c.id);
    expect(ids).toHaveLength(4);
    expect(new Set(ids).size).toBe(4);
    const secondId = ids[2] as string;
    expect(session.marksOf(secondId)[0]?.closest('#next')).toBe(next);
    expect(session.cardData(secondId)?.claim.id).toBe(secondId);
    next.remove();
    session.clear();
    expect(snapshot()).toBe(before);
  });

  it('reads the page again when a read story grows, and before anything was read', async () => {
    const article = buildArticlePage(document);
    const session = newSession(makePipeline());
    expect(session.planLater([article])).toBe('rerun');
    await session.run(settings(), [testPack]);
    const more = document.createElement('p');
    more.textContent = 'The rest of the story arrived later, with enough text to matter. '.repeat(
      4,
    );
    article.append(more);
    expect(session.planLater([more])).toBe('rerun');
  });

  it(`reads at most ${MAX_ROOTS} stories on a page`, async () => {
    buildArticlePage(document);
    const session = newSession(makePipeline());
    await session.run(settings(), [testPack]);
    const stories = Array.from({ length: MAX_ROOTS + 3 }, (_, i) => {
      const story = document.createElement('article');
      story.id = `s${i}`;
      for (let j = 0; j < 4; j++) {
        const p = document.createElement('p');
        p.textContent = `Story ${i}, part ${j}: the harbour board met about the ferry timetable again today.`;
        story.append(p);
      }
      document.body.append(story);
      return story;
    });
    const planned = session.planLater(stories);
    expect(planned).toHaveLength(MAX_ROOTS - 1);
    expect(session.planLater(stories)).toEqual([]);
  });
});

describe('capText', () => {
  it('keeps short text and cuts long text at a paragraph break', () => {
    expect(capText('short', 10)).toBe('short');
    const text = `${'a'.repeat(60)}\n${'b'.repeat(60)}`;
    expect(capText(text, 100)).toBe('a'.repeat(60));
    expect(capText('c'.repeat(150), 100)).toBe('c'.repeat(100));
  });
});

describe('highlightBatches', () => {
  const claim = (id: string, start: number, end: number): Claim => ({
    id,
    kind: 'state-media',
    start,
    end,
    text: '',
    cues: [],
    figures: [],
  });

  it('never puts claims that share a text node into different batches', () => {
    const root = document.createElement('article');
    const one = document.createElement('p');
    one.textContent = 'Alpha said one. Beta said two. Gamma said three.';
    const two = document.createElement('p');
    two.textContent = 'Delta said four.';
    root.append(one, two);
    document.body.replaceChildren(root);
    const map = buildTextMap(root);
    const claims = [claim('a', 0, 15), claim('b', 16, 30), claim('c', 31, 48), claim('d', 49, 65)];
    const batches = highlightBatches(map, claims, 1);
    expect(batches.map((b) => b.map((c) => c.id))).toEqual([['a', 'b', 'c'], ['d']]);
    // Highlighting batch by batch gives the marks all at once would.
    const handles = batches.map((b) => highlightClaims(map, b));
    const texts = Array.from(root.querySelectorAll('caveat-mark'), (m) => m.textContent);
    expect(texts).toEqual([
      'Alpha said one.',
      'Beta said two.',
      'Gamma said three.',
      'Delta said four.',
    ]);
    handles.reverse().forEach((h) => h.remove());
    expect(root.querySelectorAll('caveat-mark')).toHaveLength(0);
  });
});
