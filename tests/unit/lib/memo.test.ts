import { describe, expect, it } from 'vitest';
import { perObject, perObjectAndName } from '@/lib/memo';
import { northKoreaPack } from '@/lib/bundled-packs/north-korea/pack';

describe('perObject', () => {
  it('derives once per object, null results included, and hands back the same value', () => {
    const calls: string[][] = [];
    const derive = perObject((list: string[]) => {
      calls.push(list);
      return list.length ? new Set(list) : null;
    });
    const a = ['x'];
    const empty: string[] = [];
    const set = derive(a);
    expect(derive(a)).toBe(set);
    expect(derive(empty)).toBeNull();
    expect(derive(empty)).toBeNull();
    expect(calls).toEqual([a, empty]);
  });
});

describe('perObjectAndName', () => {
  it('derives a value once per pack and language and hands back the same one', () => {
    const calls: string[] = [];
    const derive = perObjectAndName((pack: typeof northKoreaPack, lang) => {
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
