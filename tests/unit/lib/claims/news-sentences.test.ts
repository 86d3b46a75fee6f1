/**
 * The reader on the common shapes of news attribution, in each language: sentences and short
 * passages of our own (tests/fixtures/claims/news-*.txt), each with the kind the labelling guide
 * gives it. They are written the way agencies write, not taken from the labelled articles, so a
 * rule fitted to one article's sentence that breaks a common shape fails here.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { northKoreaPack } from '@/lib/bundled-packs/north-korea/pack';
import { detectClaims } from '@/lib/claims/public-api';
import { splitSentences } from '@/lib/text/sentences';

const HEADLINES: Record<string, string> = {
  en: 'Tensions on the peninsula',
  de: 'Spannungen auf der Halbinsel',
  fr: 'Tensions sur la péninsule',
  ko: '한반도 긴장',
};

function lines(name: string): Array<[string, string, string]> {
  const url = new URL(`../../../fixtures/claims/${name}`, import.meta.url);
  return readFileSync(fileURLToPath(url), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => {
      const [lang = '', kinds = '', ...text] = l.split('|');
      return [lang, kinds, text.join('|')];
    });
}

/** The kind (or '-') of each sentence of `body` read after a neutral headline. */
function kindsOf(lang: string, body: string): string[] {
  const headline = HEADLINES[lang] ?? '';
  const text = `${headline}\n${body}`;
  const { decisions } = detectClaims(text, splitSentences(text, lang), northKoreaPack, lang, {
    explain: true,
  });
  return (decisions ?? []).filter((d) => d.start > headline.length).map((d) => d.kind ?? '-');
}

describe('common shapes of attribution, sentence by sentence', () => {
  const cases = lines('news-sentences.txt');
  it('has cases in every language', () => {
    for (const lang of Object.keys(HEADLINES))
      expect(cases.filter(([l]) => l === lang).length).toBeGreaterThanOrEqual(20);
  });
  it.each(cases)('%s %s: %s', (lang, kind, sentence) => {
    const got = kindsOf(lang, sentence);
    expect(got[got.length - 1]).toBe(kind === 'none' ? '-' : kind);
  });
});

describe('reports that go on over a passage', () => {
  it.each(lines('news-passages.txt'))('%s %s: %s', (lang, kinds, passage) => {
    expect(kindsOf(lang, passage)).toEqual(kinds.split(','));
  });
});

/** A neutral sentence after each headline: the headline is the article's first line. */
const BODIES: Record<string, string> = {
  en: 'The launch was the latest in a series of weapons tests this year.',
  de: 'Der Start war der jüngste in einer Reihe von Waffentests in diesem Jahr.',
  fr: 'Ce tir est le dernier d’une série d’essais d’armes cette année.',
  ko: '이번 발사는 올해 들어 잇따른 무기 시험의 하나다.',
};

describe('headlines that attribute or hedge', () => {
  it.each(lines('news-headlines.txt'))('%s %s: %s', (lang, kind, headline) => {
    const text = `${headline}\n${BODIES[lang] ?? ''}`;
    const { decisions } = detectClaims(text, splitSentences(text, lang), northKoreaPack, lang, {
      explain: true,
    });
    expect(decisions?.[0]?.kind ?? '-').toBe(kind === 'none' ? '-' : kind);
  });
});
