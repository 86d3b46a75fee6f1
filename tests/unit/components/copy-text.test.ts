import { describe, expect, it } from 'vitest';
import { englishT } from '@/components/ui-strings';
import { cardPlainText } from '@/components/copy-text';
import { buildContext } from '@/lib/pack/context';
import { northKoreaPack } from '@/lib/bundled-packs/north-korea/pack';
import { makeClaim, makeContext } from '../fixtures/claim-context';

describe('cardPlainText', () => {
  const text = cardPlainText({
    claim: makeClaim(),
    context: makeContext(),
    claimantLine: 'KCNA, North Korean state media: not independently verified',
    t: englishT,
    locale: 'en',
  });
  const lines = text.split('\n');

  it('starts with the claim, who made it, its figure and the article date', () => {
    expect(lines.slice(0, 4)).toEqual([
      'Claim: “State media said 1.4 million young people volunteered.”',
      'KCNA, North Korean state media: not independently verified',
      'Claimed figure: 1,400,000 young people',
      'Article date: Mar 10, 2024',
    ]);
  });

  it('gives every fact numbered source marks and lists each address once at the end', () => {
    expect(text).toContain(
      '- Sep 2017, KCNA: nearly 3,500,000 people. A claimed wave of volunteers after a UN speech. [1]',
    );
    expect(text).toContain('- IISS: about 1,280,000 troops (Active armed forces), as of 2024 [3]');
    expect(text).toContain('- 1.09 times the IISS active force.');
    expect(text).toContain(
      '- Figures from state media are routinely inflated. (Example Agency) [5]',
    );
    const sources = lines.slice(lines.indexOf('Sources') + 1, lines.indexOf('Sources') + 6);
    expect(sources).toEqual([
      '[1] Example Wire: https://example.org/a',
      '[2] Unsafe Link',
      '[3] IISS: https://example.org/iiss',
      '[4] Plain Http',
      '[5] Example Agency: https://example.org/agency',
    ]);
    expect(lines.at(-1)).toBe('From Caveat, Test pack 1.2.3, facts as of Jun 1, 2025');
  });

  it('is plain text: no markup, one address per source', () => {
    expect(text).not.toMatch(/<[a-z]/i);
    const claim = makeClaim({
      familyId: 'enlistment-drives',
      figures: [
        { start: 0, end: 1, value: 1_400_000, unit: 'youths', hedge: 'about', text: '1.4 million' },
      ],
    });
    const real = cardPlainText({
      claim,
      context: buildContext(claim, northKoreaPack, '2024-10-16', []),
      claimantLine: 'KCNA: not independently verified',
      t: englishT,
      locale: 'en',
    });
    const urls = real.split('\n').filter((l) => /^\[\d+\] /.test(l));
    expect(new Set(urls.map((l) => l.split(': ').at(-1))).size).toBe(urls.length);
    expect(real).toContain(
      "Reuters: “it is extremely difficult to verify North Korea's claims”, Oct 16, 2024",
    );
    expect(real).toMatch(
      /\[\d+\] Reuters, via The Japan Times, Oct 16, 2024: https:\/\/www\.japantimes/,
    );
    expect(real).not.toMatch(/\(([^,()]+), \1\)/);
  });
});
