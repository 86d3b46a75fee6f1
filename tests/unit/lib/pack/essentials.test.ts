import { describe, expect, it } from 'vitest';
import { buildContext } from '@/lib/pack/context';
import { pickEssentials } from '@/lib/pack/essentials';
import { northKoreaPack } from '@/lib/bundled-packs/north-korea/pack';
import type { Claim } from '@/lib/types';

function claim(overrides: Partial<Claim> = {}): Claim {
  return {
    id: 'c',
    kind: 'state-media',
    start: 0,
    end: 1,
    text: 'KCNA said about 1.4 million youths applied to join the army.',
    claimant: { name: 'KCNA' },
    cues: [],
    figures: [
      { start: 0, end: 1, value: 1_400_000, unit: 'youths', hedge: 'about', text: '1.4 million' },
    ],
    familyId: 'enlistment-drives',
    ...overrides,
  };
}

describe('pickEssentials on the bundled pack', () => {
  it('October 2024: the three nearest earlier drives, IISS with its ratio, Reuters quoted', () => {
    const e = pickEssentials(buildContext(claim(), northKoreaPack, '2024-10-16', []));
    expect(e.earlier.map((h) => h.id)).toEqual([
      'enlist-2023-03-20',
      'enlist-2023-03-18',
      'enlist-2017-09-28',
    ]);
    expect(e.reference?.reference.publisher).toBe('IISS');
    expect(e.reference?.reference.figure.value).toBe(1_280_000);
    expect(e.reference?.ratio).toBeCloseTo(1.09375, 5);
    expect(e.caveat?.publisher).toBe('Reuters');
    expect(e.caveat?.quote).toBe(true);
  });

  it('September 2017: the caveat nearest the claim wins among quotations', () => {
    const e = pickEssentials(
      buildContext(
        claim({
          figures: [
            { start: 0, end: 1, value: 4_700_000, unit: 'people', hedge: 'more-than', text: '' },
          ],
        }),
        northKoreaPack,
        '2017-09-29',
        [],
      ),
    );
    expect(e.earlier[0]?.id).toBe('enlist-2017-08-12');
    expect(e.reference?.ratio).toBeCloseTo(4_700_000 / 1_280_000, 5);
    expect(e.caveat?.publisher).toBe('Scripps News');
    expect(e.caveat?.quote).toBe(true);
  });

  it('a family without references has none to show, and says so through undefined', () => {
    const e = pickEssentials(
      buildContext(
        claim({ familyId: 'casualties', kind: 'official-estimate' }),
        northKoreaPack,
        '2025-01-13',
        [],
      ),
    );
    expect(e.reference).toBeUndefined();
    expect(e.earlier.length).toBeGreaterThan(0);
  });
});
