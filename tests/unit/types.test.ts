import { describe, expect, it } from 'vitest';
import { CLAIM_KINDS } from '@/lib/types';

describe('claim kinds', () => {
  it('are the five public kinds, in display order', () => {
    expect(CLAIM_KINDS).toEqual([
      'state-media',
      'official-estimate',
      'unnamed-source',
      'accusation',
      'denial',
    ]);
  });
});
