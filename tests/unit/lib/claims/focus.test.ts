import { describe, expect, it } from 'vitest';
import { detectClaims } from '@/lib/claims/detect';
import { focusOnAnchors, inArticle, LINES_AFTER } from '@/lib/claims/focus';
import { northKoreaPack } from '@/lib/bundled-packs/north-korea/pack';
import { readArticle } from '@/lib/read-article';
import { readArticleSliced, runToEnd } from '@/lib/read-article-in-steps';
import { splitSentences } from '@/lib/text/sentences';

/** Our own on-topic story: every line holds an anchor or follows one closely. */
const STORY = [
  'North Korea says 1.4 million youths volunteered for the army',
  'North Korea said on Wednesday that about 1.4 million young people had applied to join the army.',
  'The KCNA news agency said the volunteers signed petitions at rallies across the country.',
  'The claim could not be independently verified.',
];

/** Unrelated paragraphs of a roundup page, one with a figure of people and an attribution. */
const OTHER_STORIES = [
  'In other news, the city council met on Tuesday to discuss the new tram line.',
  'The mayor said the line would open next spring after years of delays.',
  'A bakery on the high street won a regional prize for its rye bread.',
  'Local shops expect a busy weekend as the new shopping centre opens.',
  'The library will extend its opening hours during the exam season.',
  'The labour ministry said on Monday that 2,000 workers would lose their jobs.',
  'Tickets for the new season at the city theatre go on sale next week.',
];

describe('focusOnAnchors', () => {
  it('keeps an on-topic story whole', () => {
    const text = STORY.join('\n');
    const focus = focusOnAnchors(text, northKoreaPack, 'en');
    expect(focus.text).toBe(text);
    expect(focus.runs).toEqual([{ at: 0, from: 0 }]);
  });

  it('drops lines far from every anchor and maps claims back to the article', () => {
    const text = [...STORY, ...OTHER_STORIES].join('\n');
    const focus = focusOnAnchors(text, northKoreaPack, 'en');
    // The story and the lines right after its last anchor are read; the rest is not.
    expect(focus.text).toBe([...STORY, ...OTHER_STORIES.slice(0, LINES_AFTER - 1)].join('\n'));
    const whole = detectClaims(text, splitSentences(text, 'en'), northKoreaPack, 'en');
    // Read whole, the layoffs sentence counts as anchored by its figure of people.
    expect(whole.claims.some((c) => c.text.includes('2,000 workers'))).toBe(true);
    const r = readArticle(text, { lang: 'en' }, [northKoreaPack]);
    expect(r.claims.map((c) => c.text)).toEqual(
      whole.claims.filter((c) => !c.text.includes('2,000 workers')).map((c) => c.text),
    );
  });

  it('counts paragraphs, not the blank lines between them', () => {
    const text = [STORY[1], ...OTHER_STORIES].join('\n\n');
    const focus = focusOnAnchors(text, northKoreaPack, 'en');
    expect(focus.text.split('\n').filter((l) => l !== '')).toHaveLength(1 + LINES_AFTER);
  });

  it('places claims of a later run at their offsets in the article', () => {
    const text = [...OTHER_STORIES, ...OTHER_STORIES, ...STORY].join('\n');
    const focus = focusOnAnchors(text, northKoreaPack, 'en');
    expect(focus.runs).toHaveLength(1);
    expect(focus.runs[0]?.from).toBeGreaterThan(0);
    const found = inArticle(
      focus,
      detectClaims(focus.text, splitSentences(focus.text, 'en'), northKoreaPack, 'en'),
    );
    expect(found.claims.length).toBeGreaterThan(1);
    for (const c of found.claims) {
      expect(text.slice(c.start, c.end)).toBe(c.text);
      for (const f of c.figures) expect(f.start >= c.start && f.end <= c.end).toBe(true);
    }
    for (const c of found.caveats) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  it('reads two separate runs and the sliced reader agrees with readArticle', () => {
    const text = [...STORY, ...OTHER_STORIES, ...OTHER_STORIES, ...STORY].join('\n');
    const focus = focusOnAnchors(text, northKoreaPack, 'en');
    expect(focus.runs).toHaveLength(2);
    const meta = { lang: 'en' };
    const whole = readArticle(text, meta, [northKoreaPack]);
    const sliced = runToEnd(readArticleSliced(text, meta, [northKoreaPack], { sliceChars: 300 }));
    const spans = (claims: { start: number; end: number; text: string }[]) =>
      claims.map((c) => [c.start, c.end, c.text]);
    expect(spans(sliced.claims)).toEqual(spans(whole.claims));
    for (const c of whole.claims) expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(whole.claims.filter((c) => c.start > text.length / 2).length).toBeGreaterThan(0);
  });

  it('keeps nothing when no line holds an anchor', () => {
    const focus = focusOnAnchors(OTHER_STORIES.join('\n'), northKoreaPack, 'en');
    expect(focus.text).toBe('');
  });
});
