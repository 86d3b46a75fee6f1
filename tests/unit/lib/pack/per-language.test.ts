import { describe, expect, it } from 'vitest';
import { perPackLanguage } from '@/lib/pack/per-language';
import { northKoreaPack } from '@/lib/packs/north-korea';

describe('perPackLanguage', () => {
  it('derives a value once per pack and language and hands back the same one', () => {
    const calls: string[] = [];
    const derive = perPackLanguage((pack, lang) => {
      calls.push(`${pack.id}:${lang}`);
      return [pack.id, lang];
    });
    const other = { ...northKoreaPack, id: 'other' };
    const en = derive(northKoreaPack, 'en');
    expect(derive(northKoreaPack, 'en')).toBe(en);
    expect(derive(northKoreaPack, 'de')).toEqual([northKoreaPack.id, 'de']);
    expect(derive(other, 'en')).toEqual(['other', 'en']);
    expect(calls).toEqual([`${northKoreaPack.id}:en`, `${northKoreaPack.id}:de`, 'other:en']);
  });
});
