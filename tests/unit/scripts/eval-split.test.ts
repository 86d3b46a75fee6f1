import { describe, expect, it } from 'vitest';
import { idHash, splitParts } from '../../../scripts/eval-split';

const item = (id: string, lang: string, topic = 'on') => ({ id, lang, topic });

describe('the tuning/check split', () => {
  it('hashes ids stably (FNV-1a)', () => {
    expect(idHash('')).toBe(0x811c9dc5);
    expect(idHash('dev-001')).toBe(idHash('dev-001'));
    expect(idHash('dev-001')).not.toBe(idHash('dev-002'));
  });

  it('puts one item in four of each language and label in the check part', () => {
    const items = [
      ...Array.from({ length: 8 }, (_, i) => item(`en-${i}`, 'en')),
      ...Array.from({ length: 3 }, (_, i) => item(`fr-${i}`, 'fr', 'off')),
    ];
    const parts = splitParts(items);
    const checked = (prefix: string) =>
      items.filter((i) => i.id.startsWith(prefix) && parts.get(i.id) === 'check').length;
    expect(checked('en-')).toBe(2);
    expect(checked('fr-')).toBe(1);
  });

  it('does not move an item when another stratum grows', () => {
    const base = [item('a', 'en'), item('b', 'en'), item('c', 'en'), item('d', 'en')];
    const before = splitParts(base);
    const after = splitParts([...base, item('x', 'ko'), item('y', 'ko')]);
    for (const i of base) expect(after.get(i.id)).toBe(before.get(i.id));
  });
});
