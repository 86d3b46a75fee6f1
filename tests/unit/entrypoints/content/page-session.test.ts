// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { PageSession } from '@/entrypoints/content/page-session';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { buildArticlePage, makePipeline, testPack } from '../../fixtures/fake-pipeline';

/** The document as a string, without innerHTML: tags, attributes and text. */
function snapshot(node: Node = document.documentElement): string {
  return new XMLSerializer().serializeToString(node);
}

const settings = (patch: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...patch });

describe('PageSession', () => {
  beforeEach(() => {
    document.head.replaceChildren();
    document.documentElement.removeAttribute('data-caveat-style');
    document.documentElement.removeAttribute('data-caveat');
  });

  it('stops after the gate on an off-topic page and touches nothing', () => {
    document.body.replaceChildren(
      Object.assign(document.createElement('p'), { textContent: 'Weather news.' }),
    );
    const before = snapshot();
    const calls: string[] = [];
    const session = new PageSession({ doc: document, pipeline: makePipeline(calls) });
    expect(session.run(settings(), [testPack])).toBe('off-topic');
    expect(session.gateFailed).toBe(true);
    expect(calls).toEqual(['gate']);
    expect(snapshot()).toBe(before);
  });

  it('does not run without packs', () => {
    buildArticlePage(document);
    const calls: string[] = [];
    const session = new PageSession({ doc: document, pipeline: makePipeline(calls) });
    expect(session.run(settings(), [])).toBe('off-topic');
    expect(calls).toEqual([]);
  });

  it('reports no-article when the gate passes but no article is found', () => {
    document.body.replaceChildren(
      Object.assign(document.createElement('div'), { textContent: 'Pyongyang' }),
    );
    const session = new PageSession({ doc: document, pipeline: makePipeline() });
    expect(session.run(settings(), [testPack])).toBe('no-article');
  });

  it('highlights claims with one keyboard stop each, announced as claims', () => {
    buildArticlePage(document);
    const session = new PageSession({ doc: document, pipeline: makePipeline() });
    expect(session.run(settings(), [testPack])).toBe('on-topic');
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

  it('passes the headline to the reader only when the article text lacks it', () => {
    buildArticlePage(document);
    const calls: string[] = [];
    new PageSession({ doc: document, pipeline: makePipeline(calls) }).run(settings(), [testPack]);
    expect(calls).toContain('read headline=-');
    document.querySelector('h1')?.remove();
    const h1 = document.createElement('h1');
    h1.textContent = 'Pyongyang headline outside';
    document.body.prepend(h1);
    const calls2: string[] = [];
    const session = new PageSession({ doc: document, pipeline: makePipeline(calls2) });
    session.clear();
    session.run(settings(), [testPack]);
    expect(calls2).toContain('read headline=Pyongyang headline outside');
  });

  it('restores the DOM and the text exactly on clear', () => {
    buildArticlePage(document);
    const before = snapshot();
    const text = document.body.textContent;
    const session = new PageSession({ doc: document, pipeline: makePipeline() });
    session.run(settings({ highlightStyle: 'tint' }), [testPack]);
    expect(snapshot()).not.toBe(before);
    expect(document.body.textContent).toBe(text);
    session.clear();
    expect(snapshot()).toBe(before);
    expect(session.count).toBe(0);
    // And again: run, clear, run, clear leaves no residue.
    session.run(settings(), [testPack]);
    session.run(settings(), [testPack]);
    expect(document.querySelectorAll('caveat-mark[tabindex]')).toHaveLength(2);
    session.clear();
    expect(snapshot()).toBe(before);
  });

  it('highlights only kinds that are on, but reports every claim', () => {
    buildArticlePage(document);
    const session = new PageSession({ doc: document, pipeline: makePipeline() });
    const s = settings({ kinds: { ...DEFAULT_SETTINGS.kinds, 'state-media': false } });
    session.run(s, [testPack]);
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

  it('gives the card its claim, context and claimant description', () => {
    buildArticlePage(document);
    const session = new PageSession({ doc: document, pipeline: makePipeline() });
    session.run(settings(), [testPack]);
    const id = document.querySelector('caveat-mark')?.getAttribute('data-claim-id') ?? '';
    const data = session.cardData(id);
    expect(data?.claim.kind).toBe('state-media');
    expect(data?.claimantDescription).toBe('North Korean state media');
    expect(session.cardData('nope')).toBeUndefined();
  });

  it('changes highlight style live and drops the Enter hint when cards are off', () => {
    buildArticlePage(document);
    const session = new PageSession({ doc: document, pipeline: makePipeline() });
    session.run(settings(), [testPack]);
    session.setHighlightStyle('outline');
    expect(document.documentElement.getAttribute('data-caveat-style')).toBe('outline');
    session.decorate(false);
    const first = document.querySelector('caveat-mark[tabindex]');
    expect(first?.getAttribute('aria-description')).toBe('Unverified claim (State media: KCNA).');
    expect(first?.hasAttribute('aria-expanded')).toBe(false);
  });

  it('notices when the page replaced marked nodes', () => {
    const article = buildArticlePage(document);
    const session = new PageSession({ doc: document, pipeline: makePipeline() });
    session.run(settings(), [testPack]);
    expect(session.marksLost()).toBe(false);
    const p = article.querySelectorAll('p')[1]!;
    const fresh = document.createElement('p');
    fresh.textContent = p.textContent;
    p.replaceWith(fresh);
    expect(session.marksLost()).toBe(true);
    expect(() => session.clear()).not.toThrow();
  });
});
