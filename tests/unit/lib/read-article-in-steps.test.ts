import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { phraseText } from '@/lib/claims/phrase-text';
import { northKoreaPack } from '@/lib/bundled-packs/north-korea/pack';
import { readArticle } from '@/lib/read-article';
import {
  lineChunks,
  readArticleSliced,
  runToEnd,
  sliceSentences,
  WARM_UP_ABOVE,
} from '@/lib/read-article-in-steps';
import { splitSentences } from '@/lib/text/sentences';

/** Our own on-topic English articles (tests/fixtures/claims/own.jsonl) as one long story. */
const OWN = path.resolve(process.cwd(), 'tests/fixtures/claims/own.jsonl');
const own = readFileSync(OWN, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as { lang: string; topic: string; text: string });
const longText = own
  .filter((item) => item.lang === 'en' && item.topic === 'on')
  .map((item) => item.text)
  .join('\n');

const packs = [northKoreaPack];
const meta = { published: '2024-11-01', lang: 'en' };

/** Number of pauses the generator asks for, and its result. */
function drive<T>(steps: Generator<void, T, void>): { pauses: number; value: T } {
  let pauses = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { pauses, value: step.value };
    pauses += 1;
  }
}

describe('readArticleSliced', () => {
  it('reads an article of one slice exactly as readArticle does, warming up on its opening first', () => {
    // The first sliced reading in this file: the detector has not run in the realm before.
    const whole = readArticle(longText, meta, packs);
    const { pauses, value } = drive(
      readArticleSliced(longText, meta, packs, { sliceChars: 1_000_000 }),
    );
    expect(whole.claims.length).toBeGreaterThan(10);
    expect(value).toEqual(whole);
    // After the topic, after the sentences and the warm-up on the opening sentences.
    expect(pauses).toBe(3);
    const short = longText.slice(0, longText.indexOf('\n', 2000));
    expect(short.length).toBeLessThan(WARM_UP_ABOVE);
    expect(drive(readArticleSliced(short, meta, packs)).pauses).toBe(2);
    // Once the detector has run in this realm, a long text needs no warm-up either.
    const again = drive(readArticleSliced(longText, meta, packs, { sliceChars: 1_000_000 }));
    expect(again.pauses).toBe(2);
    expect(again.value).toEqual(whole);
  });

  it('reads a long article slice by slice with valid offsets and unique ids', () => {
    const whole = readArticle(longText, meta, packs);
    const { pauses, value } = drive(readArticleSliced(longText, meta, packs, { sliceChars: 3000 }));
    expect(pauses).toBeGreaterThanOrEqual(4);
    expect(value.topic).toEqual(whole.topic);
    expect(value.pack).toBe(northKoreaPack);
    for (const claim of value.claims) {
      expect(longText.slice(claim.start, claim.end)).toContain(claim.text.slice(0, 20));
      for (const f of claim.figures) expect(longText.slice(f.start, f.end)).toBe(f.text);
    }
    for (const caveat of value.caveats) {
      expect(longText.slice(caveat.start, caveat.end)).toBe(caveat.text);
    }
    const ids = value.claims.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Slices lose little: nearly every claim of the whole reading is found at the same place.
    const spans = new Set(value.claims.map((c) => `${c.start}:${c.kind}`));
    const kept = whole.claims.filter((c) => spans.has(`${c.start}:${c.kind}`)).length;
    expect(kept / whole.claims.length).toBeGreaterThanOrEqual(0.85);
  });

  it('keeps nothing of the text once it ends or is abandoned', () => {
    const done = phraseText(longText);
    runToEnd(readArticleSliced(longText, meta, packs));
    expect(phraseText(longText)).not.toBe(done);
    // Left after its first step (the page went away): `return()` still lets the text go.
    const steps = readArticleSliced(longText, meta, packs);
    steps.next();
    const during = phraseText(longText);
    steps.return(undefined as never);
    expect(phraseText(longText)).not.toBe(during);
  });

  it('stops after the topic decision on off-topic text', () => {
    const text = 'The ferry timetable changes next month.\nSeason tickets can be refunded.';
    const { pauses, value } = drive(readArticleSliced(text, { lang: 'en' }, packs));
    expect(pauses).toBe(0);
    expect(value.topic.onTopic).toBe(false);
    expect(value.claims).toEqual([]);
  });

  it('runToEnd returns the reading; a news story of ordinary length is one slice', () => {
    const story = longText.slice(0, longText.indexOf('\n', 6000));
    expect(runToEnd(readArticleSliced(story, meta, packs))).toEqual(
      readArticle(story, meta, packs),
    );
  });
});

describe('sliceSentences', () => {
  it('cuts only at paragraph breaks, once a slice is long enough', () => {
    const text = 'One a. One b.\nTwo a.\nThree a. Three b.';
    const sentences = splitSentences(text, 'en');
    const slices = sliceSentences(text, sentences, 5);
    expect(slices.map((s) => s.map((x) => x.text))).toEqual([
      ['One a.', 'One b.'],
      ['Two a.'],
      ['Three a.', 'Three b.'],
    ]);
    expect(sliceSentences(text, sentences, 1000)).toHaveLength(1);
  });
});

describe('lineChunks', () => {
  it('splits at line breaks into pieces whose sentences are the whole text’s sentences', () => {
    const text = Array.from(
      { length: 40 },
      (_, i) =>
        `SEOUL, Oct. ${i + 1} (Reuters) - Paragraph ${i} says the U.S. had doubts. It also said "more".`,
    ).join('\n');
    const chunks = lineChunks(text, 300);
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks[0]![0]).toBe(0);
    expect(chunks[chunks.length - 1]![1]).toBe(text.length);
    for (const [, to] of chunks.slice(0, -1)) expect(text[to - 1]).toBe('\n');
    const pieced = chunks.flatMap(([from, to]) =>
      splitSentences(text.slice(from, to), 'en').map((s) => [s.start + from, s.end + from]),
    );
    expect(pieced).toEqual(splitSentences(text, 'en').map((s) => [s.start, s.end]));
  });
});
