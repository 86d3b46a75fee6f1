import { describe, expect, it, vi } from 'vitest';
import { answersInEnglish, createTranslate } from '@/components/ui-strings';

describe('createTranslate', () => {
  it("asks the browser's lookup once per key and substitutions", () => {
    const lookup = vi.fn((key: string, subs?: string[]) =>
      key === 'kindDenial' ? 'Dementi' : `${key}:${(subs ?? []).join(',')}`,
    );
    const t = createTranslate(lookup);
    expect(t('kindDenial')).toBe('Dementi');
    expect(t('kindDenial')).toBe('Dementi');
    expect(t('markDescription', ['KCNA'])).toBe('markDescription:KCNA');
    expect(t('markDescription', ['KCNA'])).toBe('markDescription:KCNA');
    expect(t('markDescription', ['Yonhap'])).toBe('markDescription:Yonhap');
    expect(lookup).toHaveBeenCalledTimes(3);
  });

  it('falls back to English when the lookup has no answer, and asks again after it threw', () => {
    let calls = 0;
    const t = createTranslate(() => {
      calls += 1;
      if (calls === 1) throw new Error('Extension context invalidated.');
      return '';
    });
    expect(t('kindDenial')).toBe('Denial');
    expect(t('kindDenial')).toBe('Denial');
    expect(t('kindDenial')).toBe('Denial');
    expect(calls).toBe(2);
  });
});

describe('answersInEnglish', () => {
  it('is true for English and for UI languages Caveat is not translated into', () => {
    for (const lang of ['en', 'en-US', 'en_GB', 'es', 'pt-BR', 'ja']) {
      expect(answersInEnglish(lang), lang).toBe(true);
    }
  });

  it('is false for the translated locales, and when the language is unknown', () => {
    for (const lang of ['de', 'de-AT', 'DE_ch', 'fr', 'fr-CA', 'ko', 'ko-KR', '', undefined]) {
      expect(answersInEnglish(lang), String(lang)).toBe(false);
    }
  });
});
