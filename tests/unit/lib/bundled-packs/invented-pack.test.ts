/**
 * The invented Veloria pack runs through the same code as the North Korea pack: if anything in
 * the pipeline or the context were North-Korea-specific, this would fail.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildContext } from '@/lib/pack/context';
import { lintPackText } from '@/lib/pack/lint';
import type { Pack } from '@/lib/pack/schema';
import { validatePack } from '@/lib/pack/validate';
import { northKoreaPack } from '@/lib/bundled-packs/north-korea/pack';
import { readArticle } from '@/lib/read-article';
import { CLAIM_KINDS } from '@/lib/types';

const FIXTURES = new URL('../../../fixtures/packs/', import.meta.url);
const raw: unknown = JSON.parse(readFileSync(new URL('invented.json', FIXTURES), 'utf8'));
const article = readFileSync(new URL('invented-article.txt', FIXTURES), 'utf8');
const meta = { headline: article.split('\n')[0], published: '2024-09-03', lang: 'en' };

function inventedPack(): Pack {
  const result = validatePack(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.pack;
}

describe('the invented Veloria pack', () => {
  it('is a valid pack with clean text', () => {
    expect(validatePack(raw).ok).toBe(true);
    expect(lintPackText(raw)).toEqual([]);
  });

  it('puts its own article on topic and finds claims of several kinds', () => {
    const pack = inventedPack();
    const reading = readArticle(article, meta, [pack]);
    expect(reading.topic.onTopic).toBe(true);
    expect(reading.pack?.id).toBe('veloria-navy');
    expect(reading.claims.length).toBeGreaterThanOrEqual(3);
    for (const claim of reading.claims) expect(CLAIM_KINDS).toContain(claim.kind);
    const kinds = new Set(reading.claims.map((c) => c.kind));
    expect(kinds).toContain('state-media');
    expect(kinds).toContain('official-estimate');
    expect(reading.claims.some((c) => c.claimant?.id === 'vbs')).toBe(true);
    // The article's own caveat is found, and the parade sentence is not a claim.
    expect(reading.caveats.map((c) => c.text)).toEqual([
      'Such figures from Veloria are difficult to verify independently.',
    ]);
    expect(reading.claims.some((c) => c.text.includes('parade'))).toBe(false);
  });

  it('links the claims to its family and builds their context from its history', () => {
    const pack = inventedPack();
    const reading = readArticle(article, meta, [pack]);
    const vbs = reading.claims.find((c) => c.claimant?.id === 'vbs' && c.text.includes('310'));
    expect(vbs?.familyId).toBe('navy-size');
    if (!vbs) return;
    const ctx = buildContext(
      vbs,
      pack,
      meta.published,
      reading.caveats.map((c) => c.text),
    );
    expect(ctx.pack.id).toBe('veloria-navy');
    expect(ctx.current?.id).toBe('vbs-warships-2024');
    expect(ctx.earlier.map((e) => e.id)).toEqual(['vbs-warships-2019', 'vbs-warships-2022']);
    expect(ctx.references.map((r) => r.id)).toEqual(['harbour-warships']);
    expect(ctx.comparisons.map((c) => c.text)).toEqual([
      "3.26 times Harbour Institute's estimate of commissioned warships (95, as of 2024)",
      '1.55 times the 200 claimed in July 2022',
    ]);
    expect(ctx.developments.map((d) => d.id)).toEqual(['dev-satellite-count-2025']);
    expect(ctx.articleCaveats).toHaveLength(1);
    expect(ctx.agencyCaveats.map((c) => c.id)).toEqual(['caveat-example-wire']);
  });

  it('is not read as North Korea news, and North Korea news is not read as Veloria news', () => {
    const pack = inventedPack();
    expect(readArticle(article, meta, [northKoreaPack]).topic.onTopic).toBe(false);
    const nk =
      'KCNA said on Wednesday that 1.4 million young North Koreans had volunteered to join the army.';
    expect(readArticle(nk, { lang: 'en' }, [pack]).topic.onTopic).toBe(false);
    // With both packs, each article goes to its own pack.
    expect(readArticle(article, meta, [northKoreaPack, pack]).pack?.id).toBe('veloria-navy');
  });
});
