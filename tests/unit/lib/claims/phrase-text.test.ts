import { afterEach, describe, expect, it } from 'vitest';
import { forgetTexts, phraseText, prepareFrom } from '@/lib/claims/phrase-text';

afterEach(() => forgetTexts());

/** What a text's preparation holds, for comparing two of them. */
function contents(text: string) {
  const p = phraseText(text);
  const { starts, keys } = p.tokens();
  return { folded: p.folded, starts, keys };
}

/** The same, prepared on its own (not remembered, never derived). */
function fresh(text: string) {
  const p = phraseText(text, false);
  const { starts, keys } = p.tokens();
  return { folded: p.folded, starts, keys };
}

const ARTICLE = [
  'Seoul, Monday — KCNA said the drill went ahead.',
  'An unrelated line about the Weather’s turn.',
  '  KCNA’s report named ΣΟΦΊΑ and ɓaɗa as witnesses.',
  '',
  'The last line, with KCNA again.',
].join('\n');

/** [from, to) of line `n` of ARTICLE. */
function line(n: number): [number, number] {
  const lines = ARTICLE.split('\n');
  const from = lines.slice(0, n).reduce((sum, l) => sum + l.length + 1, 0);
  return [from, from + (lines[n] ?? '').length];
}

describe('prepareFrom', () => {
  it('prepares lines of a prepared text as the text itself would be prepared', () => {
    phraseText(ARTICLE);
    const parts = [line(0), line(2), line(4)];
    const joined = parts.map(([from, to]) => ARTICLE.slice(from, to)).join('\n');
    prepareFrom(ARTICLE, joined, parts);
    expect(contents(joined)).toEqual(fresh(joined));
    const slice = ARTICLE.slice(...line(2));
    prepareFrom(ARTICLE, slice, [line(2)]);
    expect(contents(slice)).toEqual(fresh(slice));
  });

  it('prepares nothing when a part cuts a word, or the source was not prepared', () => {
    phraseText(ARTICLE);
    const cut = ARTICLE.slice(3, 20);
    prepareFrom(ARTICLE, cut, [[3, 20]]);
    const unprepared = 'Another text entirely.';
    prepareFrom(unprepared, 'Another', [[0, 7]]);
    // Asked for, each is prepared on its own and is right either way.
    expect(contents(cut)).toEqual(fresh(cut));
    expect(contents('Another')).toEqual(fresh('Another'));
  });
});
