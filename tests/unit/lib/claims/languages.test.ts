import { describe, expect, it } from 'vitest';
import { cuesFor, LANGUAGES } from '@/lib/claims/languages/registry';

describe('cuesFor', () => {
  it('picks the cues of the primary language of a tag', () => {
    expect(cuesFor('de-AT')).toBe(LANGUAGES.de);
    expect(cuesFor('KO')).toBe(LANGUAGES.ko);
    expect(cuesFor('fr_CA')).toBe(LANGUAGES.fr);
    expect(cuesFor(' de, en')).toBe(LANGUAGES.de);
  });

  it('falls back to English for no tag, a language without cues, or no tag at all', () => {
    expect(cuesFor(undefined)).toBe(LANGUAGES.en);
    expect(cuesFor('pt-BR')).toBe(LANGUAGES.en);
    expect(cuesFor('deutsch')).toBe(LANGUAGES.en);
    expect(cuesFor('')).toBe(LANGUAGES.en);
  });
});

describe('attribution-only phrases', () => {
  it('fit in the sentence opening the detector searches', async () => {
    const { ATTRIBUTION_ONLY_LONGEST } = await import('@/lib/claims/continuation');
    for (const cues of Object.values(LANGUAGES))
      for (const p of cues.attributionOnly)
        expect(p.length).toBeLessThanOrEqual(ATTRIBUTION_ONLY_LONGEST);
  });
});
