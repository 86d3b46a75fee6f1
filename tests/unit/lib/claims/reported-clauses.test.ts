import { describe, expect, it } from 'vitest';
import { prospective } from '@/lib/claims/reported-clauses';

describe('prospective: a Korean verb of what is still to come', () => {
  it.each(['할', '발사할', '있을', '보낼', '않을', '터뜨릴'])('%s is prospective', (w) => {
    expect(prospective(w)).toBe(true);
  });
  // The past conjecture ("may have done"), the copula ("may be") and nouns speak of what is.
  it.each(['했을', '투입됐을', '보냈을', '화성-18형일', '발사', '가능성'])('%s is not', (w) => {
    expect(prospective(w)).toBe(false);
  });
});
