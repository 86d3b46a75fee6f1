import { describe, expect, it } from 'vitest';
import { subjectTermsOf } from '@/lib/gate';
import { BUNDLED_SUBJECTS } from '@/lib/bundled-packs/bundled-subjects';
import { northKoreaPack } from '@/lib/bundled-packs/north-korea/pack';

describe('bundled subjects', () => {
  it('are the full packs’ subject terms, under the same ids', () => {
    expect(BUNDLED_SUBJECTS).toEqual([
      { id: northKoreaPack.id, terms: subjectTermsOf([northKoreaPack]) },
    ]);
    expect(BUNDLED_SUBJECTS[0]!.terms.length).toBeGreaterThan(5);
  });
});
