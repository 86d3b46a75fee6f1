import { describe, expect, it } from 'vitest';
import { buildContext, familyOf, mainFamily } from '@/lib/pack/context';
import { northKoreaPack as pack } from '@/lib/bundled-packs/north-korea/pack';
import type { Claim, ClaimKind, Hedge, ParsedFigure } from '@/lib/types';

/** A claim as the pipeline would produce it; figures are located in our own sentence. */
function claim(
  text: string,
  kind: ClaimKind,
  figures: [written: string, value: number, unit?: string, hedge?: Hedge][],
  familyId = 'enlistment-drives',
): Claim {
  const parsed: ParsedFigure[] = figures.map(([written, value, unit, hedge = 'exact']) => {
    const start = text.indexOf(written);
    if (start < 0) throw new Error(`"${written}" is not in "${text}"`);
    return { start, end: start + written.length, value, unit, hedge, text: written };
  });
  return {
    id: 'c1',
    start: 0,
    end: text.length,
    kind,
    text,
    cues: ['said'],
    figures: parsed,
    familyId,
  };
}

const ids = (entries: { id: string }[]): string[] => entries.map((e) => e.id);
const NO_CAVEATS: string[] = [];

describe('buildContext: the enlistment drives', () => {
  it('August 2017: earlier drives with years and sources, later claims, references, comparisons', () => {
    const c = claim(
      'The party newspaper said nearly 3.5 million workers and students had applied to join the army.',
      'state-media',
      [['3.5 million workers', 3_500_000, 'workers', 'nearly']],
    );
    const ctx = buildContext(c, pack, '2017-08-12', NO_CAVEATS);

    expect(ctx.articleDate).toBe('2017-08-12');
    expect(ctx.family).toEqual({ id: 'enlistment-drives', title: expect.any(String) });
    expect(ctx.current?.id).toBe('enlist-2017-08-12');
    expect(ids(ctx.earlier)).toEqual(['enlist-1993', 'enlist-2013-01', 'enlist-2015-08']);
    expect(ctx.earlier.map((e) => e.date.slice(0, 4))).toEqual(['1993', '2013', '2015']);
    for (const entry of ctx.earlier) expect(entry.sources[0]?.url).toMatch(/^https:\/\//);
    expect(ids(ctx.laterClaims)).toEqual([
      'enlist-2017-09-28',
      'enlist-2023-03-18',
      'enlist-2023-03-20',
      'enlist-2024-10-16',
    ]);
    expect(ids(ctx.developments)).toEqual([
      'dev-daily-nk-2023',
      'dev-petitions-not-enlistment-2024',
    ]);

    // No figure of either series existed yet in 2017: each shows its earliest, labelled by date.
    expect(ids(ctx.references)).toEqual([
      'mnd-active-forces-2020',
      'iiss-active-forces',
      'iiss-reservists',
      'iiss-red-guard',
    ]);
    expect(ctx.comparisons.map((x) => x.text)).toEqual([
      "2.73 times IISS's estimate of active armed forces (1.28 million, as of 2024)",
      "0.61 times IISS's estimate of Worker-Peasant Red Guard militia (5.7 million, as of 2024)",
      '3.5 times the 1 million claimed in August 2015',
    ]);
    expect(ctx.comparisons[0]?.ratio).toBeCloseTo(3.5 / 1.28, 5);
    expect(ctx.agencyCaveats.some((a) => a.publisher === 'Scripps News')).toBe(true);
  });

  it('18 March 2023: 800,000 against the September 2017 claim; the white paper of 2022', () => {
    const c = claim(
      'State media reported that about 800,000 students signed up in a single day.',
      'state-media',
      [['800,000 students', 800_000, 'students', 'about']],
    );
    const ctx = buildContext(c, pack, '2023-03-18', ['Pyongyang gave no evidence for the figure.']);

    expect(ctx.current?.id).toBe('enlist-2023-03-18');
    expect(ids(ctx.earlier)).toContain('enlist-2017-09-28');
    expect(ids(ctx.earlier)).not.toContain('enlist-2023-03-20');
    expect(ids(ctx.laterClaims)).toEqual(['enlist-2023-03-20', 'enlist-2024-10-16']);
    // The Daily NK report came five days later and contradicts the "voluntary" framing.
    expect(ctx.developments[0]).toMatchObject({ id: 'dev-daily-nk-2023', status: 'contradicted' });
    expect(ids(ctx.references)).toContain('mnd-active-forces-2022');
    expect(ids(ctx.references)).not.toContain('mnd-active-forces-2020');
    expect(ctx.comparisons.at(-1)).toMatchObject({
      against: 'enlist-2017-09-28',
      text: '0.17 times the 4.7 million claimed in September 2017',
    });
    expect(ctx.articleCaveats).toEqual(['Pyongyang gave no evidence for the figure.']);
    expect(ctx.agencyCaveats.length).toBeGreaterThan(0);
  });

  it('20 March 2023: 1.4 million restates the running total, compared with 800,000', () => {
    const c = claim(
      'KCNA said about 1.4 million young people had volunteered so far.',
      'state-media',
      [['1.4 million young people', 1_400_000, 'people', 'about']],
    );
    const ctx = buildContext(c, pack, '2023-03-20', NO_CAVEATS);
    expect(ctx.current?.id).toBe('enlist-2023-03-20');
    expect(ctx.comparisons.at(-1)?.text).toBe('1.75 times the 800,000 claimed in March 2023');
  });

  it('October 2024: the same 1.4 million as in March 2023, 1.09 times IISS', () => {
    const c = claim(
      'KCNA reported that 1.4 million youths had petitioned to join or return to the army in two days.',
      'state-media',
      [['1.4 million youths', 1_400_000, 'youths', 'exact']],
    );
    const ctx = buildContext(c, pack, '2024-10-16', NO_CAVEATS);

    expect(ctx.current?.id).toBe('enlist-2024-10-16');
    expect(ctx.earlier.at(-1)).toMatchObject({ id: 'enlist-2023-03-20', date: '2023-03-20' });
    expect(ctx.laterClaims).toEqual([]);
    // Only the fact-check of October 2024; the Daily NK report of 2023 came before the article.
    expect(ids(ctx.developments)).toEqual(['dev-petitions-not-enlistment-2024']);
    expect(ctx.comparisons.map((x) => x.text)).toContain(
      "1.09 times IISS's estimate of active armed forces (1.28 million, as of 2024)",
    );
    expect(ctx.comparisons.at(-1)?.text).toBe('the same as the March 2023 claim of 1.4 million');
    const reuters = ctx.agencyCaveats.find((a) => a.id === 'caveat-reuters-2024');
    expect(reuters).toMatchObject({ quote: true, speaker: 'Reuters' });
  });

  it('accepts a full timestamp and a month-only date', () => {
    const c = claim('KCNA said 1.4 million youths applied.', 'state-media', [
      ['1.4 million youths', 1_400_000, 'youths'],
    ]);
    expect(buildContext(c, pack, '2024-10-16T08:00:00+09:00', NO_CAVEATS).articleDate).toBe(
      '2024-10-16',
    );
    const monthOnly = buildContext(c, pack, '2024-10', NO_CAVEATS);
    expect(monthOnly.current?.id).toBe('enlist-2024-10-16');
    expect(buildContext(c, pack, 'yesterday', NO_CAVEATS).articleDate).toBeUndefined();
  });

  it('ignores a figure match from another claimant kind or far from the date', () => {
    const other = claim('Analysts said 1.4 million people were mentioned.', 'unnamed-source', [
      ['1.4 million people', 1_400_000, 'people'],
    ]);
    expect(buildContext(other, pack, '2024-10-16', NO_CAVEATS).current).toBeUndefined();
    const late = claim('KCNA said 1.4 million youths applied.', 'state-media', [
      ['1.4 million youths', 1_400_000, 'youths'],
    ]);
    expect(buildContext(late, pack, '2024-12-01', NO_CAVEATS).current).toBeUndefined();
  });
});

describe('buildContext without an article date', () => {
  it('shows the whole history and all developments, and the latest references', () => {
    const c = claim('KCNA said in 2024 that 1.4 million youths had applied.', 'state-media', [
      ['1.4 million youths', 1_400_000, 'youths'],
    ]);
    const ctx = buildContext(c, pack, undefined, NO_CAVEATS);
    expect(ctx.articleDate).toBeUndefined();
    expect(ctx.current?.id).toBe('enlist-2024-10-16'); // the year in the sentence decides
    expect(ctx.earlier).toHaveLength(7);
    expect(ctx.earlier.map((e) => e.date)).toEqual([...ctx.earlier.map((e) => e.date)].sort());
    expect(ctx.laterClaims).toEqual([]);
    expect(ids(ctx.developments)).toEqual([
      'dev-daily-nk-2023',
      'dev-petitions-not-enlistment-2024',
    ]);
    expect(ids(ctx.references)).toContain('mnd-active-forces-2022');
    expect(ids(ctx.references)).not.toContain('mnd-active-forces-2020');
  });

  it('does not guess between two equal figures when nothing dates the claim', () => {
    const c = claim('KCNA said 1.4 million youths had applied.', 'state-media', [
      ['1.4 million youths', 1_400_000, 'youths'],
    ]);
    const ctx = buildContext(c, pack, undefined, NO_CAVEATS);
    expect(ctx.current).toBeUndefined();
    expect(ctx.earlier).toHaveLength(8);
    // Reference comparisons still work; the "previous claim" needs a date to mean anything.
    expect(ctx.comparisons.map((x) => x.against)).toEqual(['iiss-active-forces', 'iiss-red-guard']);
  });
});

describe('buildContext for other families', () => {
  it('links an accusation to the drone claim and shows its later corroboration', () => {
    const c = claim(
      'Pyongyang accused Seoul of flying drones over the capital to drop leaflets.',
      'accusation',
      [],
      'drone-leaflet-accusation',
    );
    const ctx = buildContext(c, pack, '2024-10-11', NO_CAVEATS);
    expect(ctx.current?.id).toBe('drone-accusation-2024-10-11');
    expect(ctx.comparisons).toEqual([]);
    expect(ctx.developments.at(-1)).toMatchObject({
      id: 'dev-yoon-indicted-2025-11-10',
      status: 'corroborated',
    });
  });

  it('compares a troop estimate with the same kind of earlier estimate', () => {
    const c = claim(
      'The Pentagon said about 10,000 troops had gone to train in eastern Russia.',
      'official-estimate',
      [['10,000 troops', 10_000, 'troops', 'about']],
      'troops-in-russia',
    );
    const ctx = buildContext(c, pack, '2024-10-28', NO_CAVEATS);
    expect(ctx.current?.id).toBe('pentagon-2024-10-28');
    // The latest earlier estimate of the same kind is HUR's 12,000 of 24 October.
    expect(ctx.comparisons.at(-1)).toMatchObject({
      against: 'hur-kursk-2024-10-24',
      text: '0.83 times the 12,000 claimed in October 2024',
    });
    expect(ids(ctx.developments)).toContain('dev-russia-acknowledges-2025-04-26');
    expect(ids(ctx.developments)).toContain('dev-us-nato-confirm-2024-10-28');
  });

  it('returns only the article caveats for a claim without a family', () => {
    const c: Claim = {
      ...claim('Officials said something.', 'official-estimate', []),
      familyId: undefined,
    };
    const ctx = buildContext(c, pack, '2024-10-16', ['Nobody could confirm this.']);
    expect(ctx.family).toBeUndefined();
    expect(ctx.earlier).toEqual([]);
    expect(ctx.agencyCaveats).toEqual([]);
    expect(ctx.articleCaveats).toEqual(['Nobody could confirm this.']);
    expect(ctx.pack).toEqual({
      id: pack.id,
      title: pack.title,
      version: pack.version,
      updated: pack.updated,
    });
  });
});

describe('familyOf and mainFamily', () => {
  it('finds a family by id', () => {
    expect(familyOf(pack, 'casualties')?.title).toMatch(/casualties/i);
    expect(familyOf(pack, 'nope')).toBeUndefined();
    expect(familyOf(pack, undefined)).toBeUndefined();
  });

  it('picks the family with the most claims, first seen on a tie', () => {
    expect(mainFamily([{ familyId: 'a' }, { familyId: 'b' }, { familyId: 'b' }, {}])).toBe('b');
    expect(mainFamily([{ familyId: 'a' }, { familyId: 'b' }])).toBe('a');
    expect(mainFamily([{}])).toBeUndefined();
  });
});
