// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  enabledGateTerms,
  fullGate,
  GATE_LEDE_CHARS,
  gatePattern,
  quickGate,
  seedGatePattern,
  subjectTermsOf,
} from '@/lib/gate';
import type { Pack } from '@/lib/pack/schema';
import { northKoreaPack } from '@/lib/bundled-packs/north-korea/pack';

const TERMS = [
  'North Korea',
  'Pyongyang',
  'KCNA',
  'DPRK',
  'Kim Jong Un',
  '북한',
  'Nordkorea',
  'Corée du Nord',
];

function page(title: string, body: string): Document {
  // happy-dom's createHTMLDocument ignores its title argument.
  const doc = new DOMParser().parseFromString('<title></title><body></body>', 'text/html');
  (doc.querySelector('title') as HTMLTitleElement).textContent = title;
  const p = doc.createElement('p');
  p.textContent = body;
  doc.body.append(p);
  return doc;
}

describe('quickGate', () => {
  it('passes pages that name the subject in the body', () => {
    expect(quickGate(page('News', 'Officials in Pyongyang said nothing.'), TERMS)).toBe(true);
  });

  it('passes pages that name the subject only in the title', () => {
    expect(quickGate(page('DPRK army claims', 'A story with no names.'), TERMS)).toBe(true);
  });

  it('rejects pages that never name the subject', () => {
    expect(quickGate(page('Bread prize', 'A harbour bakery won a sourdough prize.'), TERMS)).toBe(
      false,
    );
    expect(
      quickGate(page('South Korea', 'Seoul and Busan are cities in South Korea.'), TERMS),
    ).toBe(false);
  });

  it('ignores case, including accented letters', () => {
    expect(quickGate(page('x', 'NORTH KOREA'), TERMS)).toBe(true);
    expect(quickGate(page('x', 'la CORÉE DU NORD a dit'), TERMS)).toBe(true);
    expect(quickGate(page('x', 'kcna reported'), TERMS)).toBe(true);
  });

  it('matches terms across line wraps, extra spaces and hyphens', () => {
    expect(quickGate(page('x', 'said North\n   Korea on'), TERMS)).toBe(true);
    expect(quickGate(page('x', 'Kim Jong-un visited'), TERMS)).toBe(true);
  });

  it('matches Korean terms with attached particles and German compounds', () => {
    expect(quickGate(page('x', '북한은 발표했다'), TERMS)).toBe(true);
    expect(quickGate(page('x', 'Nordkoreas Armee'), TERMS)).toBe(true);
  });

  it('treats regex characters in terms literally', () => {
    expect(quickGate(page('x', 'a+b? (c)'), ['a+b? (c)'])).toBe(true);
    expect(quickGate(page('x', 'aab c'), ['a+b? (c)'])).toBe(false);
  });

  it('is false for an empty terms list and tolerates a page without a body', () => {
    expect(quickGate(page('North Korea', 'North Korea'), [])).toBe(false);
    expect(quickGate(page('x', 'x'), ['  '])).toBe(false);
    const doc = page('', '');
    doc.body.remove();
    expect(quickGate(doc, TERMS)).toBe(false);
  });

  // How long the gate takes is the bench's business (`npm run bench`: gate_vs_readerable, in
  // real Chromium); here, that it reads the whole of a long page.
  it('reads a long page to its end: a term in its last line is found', () => {
    const filler = 'The harbour council met on Tuesday to discuss the ferry timetable. '.repeat(
      300,
    );
    expect(quickGate(page('Local news', filler), TERMS)).toBe(false);
    expect(quickGate(page('Local news', `${filler} North Korea said so.`), TERMS)).toBe(true);
  });

  it('ignores script, style and noscript text, but reads text split across elements', () => {
    const doc = page('Local news', 'The ferry timetable changes next month.');
    const script = doc.createElement('script');
    script.textContent = 'var related = ["North Korea", "Pyongyang"];';
    const style = doc.createElement('style');
    style.textContent = '.kcna-banner { color: red }';
    const noscript = doc.createElement('noscript');
    noscript.textContent = 'Kim Jong Un';
    doc.body.append(script, style, noscript);
    expect(quickGate(doc, TERMS)).toBe(false);

    const split = page('Local news', 'Talks with North ');
    const b = doc.createElement('b');
    b.textContent = 'Korea';
    split.body.querySelector('p')?.append(b);
    expect(quickGate(split, TERMS)).toBe(true);
  });
});

describe('where the gate looks', () => {
  it('matches Latin terms as whole words only', () => {
    expect(quickGate(page('x', 'A new backpack for hikers.'), ['KPA'])).toBe(false);
    expect(quickGate(page('x', 'The KPA said so.'), ['KPA'])).toBe(true);
    expect(quickGate(page('x', 'Pyongyang-based staff'), ['Pyongyang'])).toBe(true);
  });

  it('reads the title, the main heading and the lede, not the rest of a long page', () => {
    const doc = page('Harbour news', 'The ferry timetable changes next month. '.repeat(10));
    for (let i = 0; i < 20; i++) {
      const p = doc.createElement('p');
      p.textContent = 'More harbour news about boats and tides. '.repeat(10);
      doc.body.append(p);
    }
    const late = doc.createElement('p');
    late.textContent = 'In other news, North Korea said its army had grown.';
    doc.body.append(late);
    expect(doc.body.textContent!.length).toBeGreaterThan(GATE_LEDE_CHARS);
    expect(quickGate(doc, TERMS)).toBe(false);
    // Content added after load is tested in full.
    expect(fullGate(doc, TERMS)).toBe(true);

    const h1 = doc.createElement('h1');
    h1.textContent = 'Pyongyang claims a million volunteers';
    doc.body.prepend(h1);
    expect(quickGate(doc, TERMS)).toBe(true);
  });

  it('reads the text of pages without paragraphs', () => {
    const doc = new DOMParser().parseFromString('<body><div>x</div></body>', 'text/html');
    doc.querySelector('div')!.textContent = 'Divs only. Officials in Pyongyang said nothing.';
    expect(quickGate(doc, TERMS)).toBe(true);
  });
});

describe('a pattern built ahead', () => {
  it('is the pattern the gate builds itself, and the gate uses it', () => {
    const terms = ['Veloria', 'VNA', 'Velorian navy'];
    const pattern = gatePattern(terms);
    expect(pattern?.stems).toEqual(['VELORIA', 'VNA']);
    const built = new RegExp(pattern!.source, 'i');
    for (const text of ['the velorian  navy', 'VNA said', 'vnas', 'VELORIA-based', 'nothing']) {
      expect(quickGate(page(text, ''), terms)).toBe(built.test(text));
    }
    // Seeded, a pattern stands for its terms: here one that finds something else entirely.
    const seededTerms = ['Veloria', 'VNA'];
    seedGatePattern(seededTerms, { source: 'Ruritania', stems: ['RURITANIA'] });
    expect(quickGate(page('Ruritania', ''), seededTerms)).toBe(true);
    expect(quickGate(page('Veloria', ''), seededTerms)).toBe(false);
    expect(gatePattern([' ', ''])).toBeNull();
  });
});

describe('the stems in front of the pattern', () => {
  const terms = subjectTermsOf([northKoreaPack]);
  const pattern = gatePattern(terms)!;
  const re = new RegExp(pattern.source, 'i');

  it('are a few words, not every term', () => {
    expect(pattern.stems.length).toBeLessThan(terms.length / 2);
  });

  it('never turn away a text the pattern matches', () => {
    // Terms in any case, with any separators, among other text, including letters whose
    // upper and lower cases differ in length or have more than one lower case (ß, ς, İ, K).
    const noise = fc.constantFrom('', ' ', 'ß', 'ς', 'σ', 'İ', 'ı', '\u212a', 'k', '-', '\n', 'x');
    const term = fc
      .constantFrom(...terms)
      .chain((t) =>
        fc
          .array(fc.boolean(), { minLength: t.length, maxLength: t.length })
          .map((upper) =>
            [...t].map((c, i) => (upper[i] ? c.toUpperCase() : c.toLowerCase())).join(''),
          ),
      );
    const text = fc.array(fc.oneof(term, noise), { maxLength: 8 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const upper = t.toUpperCase();
        if (re.test(t)) expect(pattern.stems.some((s) => upper.includes(s))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('subjectTermsOf', () => {
  it('leaves weak terms ("the North") to the topic decision', () => {
    const terms = subjectTermsOf([northKoreaPack]);
    expect(terms).not.toContain('the North');
    expect(terms).toContain('Pyongyang');
  });

  it('collects subject terms across packs and languages without duplicates', () => {
    const base = northKoreaPack;
    const other: Pack = {
      ...base,
      id: 'other',
      detection: {
        ...base.detection,
        subject: {
          de: [{ term: 'Nordkorea', weight: 3 }],
          en: [{ term: 'North Korea', weight: 3 }],
        },
      },
    };
    const terms = subjectTermsOf([base, other]);
    expect(terms).toContain('North Korea');
    expect(terms).toContain('KCNA');
    expect(terms).toContain('Nordkorea');
    expect(terms.filter((t) => t === 'North Korea')).toHaveLength(1);
    expect(subjectTermsOf([])).toEqual([]);
  });
});

describe('enabledGateTerms', () => {
  const packs = [
    { id: 'nk', terms: ['North Korea', 'Pyongyang'] },
    { id: 'veloria', terms: ['Veloria', 'Pyongyang'] },
  ];

  it('joins the terms of enabled packs without duplicates, in pack order', () => {
    expect(enabledGateTerms(packs, [])).toEqual(['North Korea', 'Pyongyang', 'Veloria']);
    expect(enabledGateTerms(packs, ['nk'])).toEqual(['Veloria', 'Pyongyang']);
    expect(enabledGateTerms(packs, ['nk', 'veloria'])).toEqual([]);
  });

  it("asks for every page when an enabled pack's terms are unknown", () => {
    expect(enabledGateTerms([...packs, { id: 'old' }], [])).toBe('all');
    expect(enabledGateTerms([...packs, { id: 'old' }], ['old'])).toEqual([
      'North Korea',
      'Pyongyang',
      'Veloria',
    ]);
  });
});
