import { describe, expect, it } from 'vitest';
import { ko } from '@/lib/claims/languages/ko';
import { modifiesNoun } from '@/lib/claims/noun-modifiers';

/** Whether `cue`, found in `text`, ends a verb that qualifies the noun after it. */
function modifies(text: string, cue: string): boolean {
  const start = text.indexOf(cue);
  return modifiesNoun(ko, text, { start, end: start + cue.length });
}

describe('modifiesNoun: a Korean verb in the adnominal form before a noun', () => {
  it('qualifies the noun after it', () => {
    expect(modifies("'화성-17형'으로 추정되는 미사일을 쐈다", '추정되')).toBe(true);
    expect(modifies('위성이라고 주장하는 만리경 1호', '주장하는')).toBe(true);
  });
  it('belongs to the predicate before a bound noun or as a final verb', () => {
    expect(modifies('침투했다고 주장한 바 있다', '주장')).toBe(false);
    expect(modifies('미사일을 쏜 것으로 추정된다.', '추정된')).toBe(false);
    expect(modifies('북한이 보냈다고 주장하며 경고했다', '주장하')).toBe(false);
  });
});
