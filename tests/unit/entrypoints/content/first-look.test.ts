// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { firstLook, type HandOverReason } from '@/entrypoints/content/first-look';
import importedPacks from '@/entrypoints/imported-packs';
import { LOOK_GLOBAL, PACKS_FLAG_GLOBAL } from '@/entrypoints/shared/chunk-api';
import { BUNDLED_SUBJECTS } from '@/lib/bundled-packs/bundled-subjects';
import { enabledGateTerms, fullGate, gatePattern, quickGate } from '@/lib/gate';
import { compactGatePattern } from '@/scripts/compact-gate-pattern';

/** The bundled packs' terms and pattern, as wxt.config.ts builds them into the content script. */
const TERMS = enabledGateTerms(BUNDLED_SUBJECTS, []) as string[];
const PATTERN = compactGatePattern(gatePattern(TERMS)!);

/** The content script's global, as the look and the imported packs' script share it. */
const world = globalThis as unknown as Record<string, unknown>;

/** Calls the look's handle as the popup's and the background's one-line script do. */
function callLook(reason: string) {
  const look = world[LOOK_GLOBAL];
  if (typeof look === 'function') (look as (reason: string) => void)(reason);
}

function setup(html: string, { title = 'A page', packs = false } = {}) {
  document.title = title;
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceChildren(...Array.from(parsed.body.childNodes));
  history.replaceState(null, '', '/');
  delete world[LOOK_GLOBAL];
  delete world[PACKS_FLAG_GLOBAL];
  // The imported packs' content script, when it runs before the look.
  if (packs) importedPacks.main();
  const reasons: HandOverReason[] = [];
  const stop = firstLook({
    doc: document,
    pattern: PATTERN,
    world,
    names: { packs: PACKS_FLAG_GLOBAL, look: LOOK_GLOBAL },
    handOver: (reason) => reasons.push(reason),
    idle: (work) => work(),
  });
  const add = (text: string) => {
    const p = document.createElement('p');
    p.textContent = text;
    document.body.append(p);
  };
  return { reasons, add, stop };
}

const filler = (n: number) => 'Bread is baked at dawn in the old town. '.repeat(n);

describe('firstLook', () => {
  beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: true }));
  afterEach(() => vi.useRealTimers());

  it('hands over at once when the title, main heading or lede names a subject', () => {
    expect(setup('<p>x</p>', { title: 'North Korea fires missiles' }).reasons).toEqual(['named']);
    expect(setup('<h1>Pyongyang parade</h1><p>x</p>').reasons).toEqual(['named']);
    expect(setup(`<p>${filler(5)} The DPRK said so.</p>`).reasons).toEqual(['named']);
    expect(setup('<div>Kim Jong Un in a page without paragraphs</div>').reasons).toEqual(['named']);
  });

  it('does nothing more on a page off the topic: no hand-over, its handle left waiting', async () => {
    const page = setup(`<h1>Bread</h1><p>${filler(20)}</p><script>var k = "North Korea";</script>`);
    await vi.advanceTimersByTimeAsync(2000);
    expect(page.reasons).toEqual([]);
    expect(typeof world[LOOK_GLOBAL]).toBe('function');
  });

  it('hands over exactly where the gate passes on the bundled terms', () => {
    const pages = [
      `<h1>Bread</h1><p>${filler(10)}</p><p>Seoul and Pyongyang talked.</p>`,
      `<p>${filler(200)}</p><p>North Korea said.</p>`,
      `<div><span>${filler(3)}</span><span>the Nordkorea-Krise</span></div>`,
      `<p>short</p><div>${filler(2)} north korean troops</div>`,
      `<p>short</p><style>.dprk{}</style><div>${filler(2)}</div>`,
      `<p>${filler(10)}</p><p>북한은 밝혔다</p>`,
      `<p>${filler(10)}</p><aside>KPA units</aside>`,
      `<h2>The backpack review</h2><p>${filler(10)}</p>`,
      `<h1>North Carolina votes</h1><p>${filler(10)} Nord-Pas-de-Calais. Jonggak station.</p>`,
      `<p>short</p><div>${filler(2)} The Northern Lights, Nordic skiing</div>`,
      // Readable text read up to 50,000 characters, line breaks between nodes not counted.
      `<p>short</p>${'<span>breadloaf</span>'.repeat(5200)}<span>Pyongyang</span>`,
    ];
    for (const html of pages) {
      const look = setup(html).reasons.includes('named');
      expect({ html, look }).toEqual({ html, look: quickGate(document, TERMS) });
    }
  });

  it("hands over at once when the imported packs' script ran first", () => {
    const page = setup(`<h1>Bread</h1><p>${filler(20)}</p>`, { packs: true });
    expect(page.reasons).toEqual(['packs']);
    expect(world[LOOK_GLOBAL]).toBeUndefined();
  });

  it("hands over when the imported packs' script runs after it", () => {
    const page = setup(`<h1>Bread</h1><p>${filler(20)}</p>`);
    expect(page.reasons).toEqual([]);
    importedPacks.main();
    expect(page.reasons).toEqual(['packs']);
    expect(world[PACKS_FLAG_GLOBAL]).toBe(true);
  });

  it('hands over when the popup asks, or when packs are imported, once', () => {
    const asked = setup('<p>x</p>');
    callLook('asked');
    callLook('packs');
    expect(asked.reasons).toEqual(['asked']);
    // Handed over: the handle is gone, and a later call finds nothing.
    expect(world[LOOK_GLOBAL]).toBeUndefined();

    const packs = setup('<p>x</p>');
    callLook('packs');
    expect(packs.reasons).toEqual(['packs']);
  });

  it('leaves no handle on a page that names a subject (the page gate listens there)', () => {
    const page = setup('<h1>Pyongyang parade</h1><p>x</p>');
    expect(page.reasons).toEqual(['named']);
    expect(world[LOOK_GLOBAL]).toBeUndefined();
  });

  it('hands over when enough text arrives later that names a subject', async () => {
    const page = setup('<p>Loading…</p>');
    await vi.advanceTimersByTimeAsync(10);
    page.add('North Korea'); // too little text by itself
    await vi.advanceTimersByTimeAsync(1000);
    expect(page.reasons).toEqual([]);
    page.add(filler(10));
    await vi.advanceTimersByTimeAsync(1000);
    expect(page.reasons).toEqual(['later']);
    expect(fullGate(document, TERMS)).toBe(true);
  });

  it('looks at later content at most ten times per address of a single-page site', async () => {
    const page = setup('<p>Loading…</p>');
    await vi.advanceTimersByTimeAsync(10);
    for (let i = 0; i < 10; i++) {
      page.add(`Story ${i}. ${filler(10)}`);
      await vi.advanceTimersByTimeAsync(1000);
    }
    page.add(`Pyongyang. ${filler(10)}`);
    await vi.advanceTimersByTimeAsync(1000);
    expect(page.reasons).toEqual([]);
    history.pushState(null, '', '/next-story');
    page.add(filler(10));
    await vi.advanceTimersByTimeAsync(1000);
    expect(page.reasons).toEqual(['later']);
  });

  it('stops waiting and watching when stopped', async () => {
    const page = setup('<p>x</p>');
    await vi.advanceTimersByTimeAsync(10);
    page.stop();
    expect(world[LOOK_GLOBAL]).toBeUndefined();
    callLook('asked');
    page.add(`North Korea. ${filler(10)}`);
    await vi.advanceTimersByTimeAsync(1000);
    expect(page.reasons).toEqual([]);
  });
});
