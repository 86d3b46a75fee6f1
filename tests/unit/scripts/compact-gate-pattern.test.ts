import { describe, expect, it } from 'vitest';
import { BUNDLED_SUBJECTS } from '@/lib/bundled-packs/bundled-subjects';
import { enabledGateTerms, gatePattern } from '@/lib/gate';
import { compactGatePattern } from '@/scripts/compact-gate-pattern';

describe('compactGatePattern', () => {
  it("gives back the gate's own pattern once its joiner is put back", () => {
    const pattern = gatePattern(enabledGateTerms(BUNDLED_SUBJECTS, []) as string[])!;
    const compact = compactGatePattern(pattern);
    expect(compact.source.length).toBeLessThan(pattern.source.length * 0.7);
    expect(compact.source.split(' ').join(compact.joiner)).toBe(pattern.source);
    expect(compact.stems).toEqual(pattern.stems);
  });

  it('refuses a pattern that holds a space', () => {
    expect(() => compactGatePattern({ source: 'a b', stems: ['A'] })).toThrow(/spaces/);
  });
});
