import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { linkFamily } from '@/lib/claims/family';
import { lintPackText } from '@/lib/pack/lint';
import type { Family } from '@/lib/pack/schema';
import { validatePack } from '@/lib/pack/validate';
import { northKoreaPack as pack } from '@/lib/bundled-packs/north-korea/pack';

const DEV_SET = '/work/shared/corpus/claims/dev.jsonl';
const haveShared = existsSync(DEV_SET);
if (!haveShared)
  console.info(`skipping dev-set checks: ${DEV_SET} not found (shared material is optional)`);

function family(id: string): Family {
  const found = pack.families.find((f) => f.id === id);
  if (!found) throw new Error(`no family ${id}`);
  return found;
}

describe('the bundled North Korea pack', () => {
  it('passes the validator and the editorial lint', () => {
    const result = validatePack(pack);
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(lintPackText(pack)).toEqual([]);
  });

  it('has the families the card needs, each with history and sources', () => {
    const ids = pack.families.map((f) => f.id);
    for (const id of [
      'enlistment-drives',
      'armed-forces-size',
      'troops-in-russia',
      'casualties',
      'desertion',
      'russia-dprk-treaty',
      'drone-leaflet-accusation',
      'inter-korean-roads',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it('has cues in all four pack languages for every family', () => {
    for (const f of pack.families) {
      for (const lang of pack.languages)
        expect(f.cues[lang]?.length, `${f.id} ${lang}`).toBeGreaterThan(0);
    }
  });

  it('holds the sourced state-media enlistment figures, and no unsourced 2013 figure', () => {
    const history = family('enlistment-drives').history;
    const figures = history.flatMap((e) => (e.figure ? [`${e.date} ${e.figure.value}`] : []));
    expect(figures).toEqual([
      '2015-08 1000000',
      '2017-08-12 3475000',
      '2017-09-28 4700000',
      '2023-03-18 800000',
      '2023-03-20 1400000',
      '2024-10-16 1400000',
    ]);
    // The "more than a million" of 18 March has no sourced year (basis B): it must not appear.
    expect(history.some((e) => e.date.startsWith('2013-03'))).toBe(false);
  });

  it('compares enlistment claims with IISS figures that exist', () => {
    const enlist = family('enlistment-drives');
    expect(enlist.compareWith).toContain('iiss-active-forces');
    const iiss = enlist.references.find((r) => r.id === 'iiss-active-forces');
    expect(iiss?.figure.value).toBe(1_280_000);
  });

  it('records the April 2025 acknowledgements as corroborating developments', () => {
    const devs = family('troops-in-russia').developments;
    const acks = devs.filter((d) => d.date.startsWith('2025-04') && d.status === 'corroborated');
    expect(acks.map((d) => d.date)).toEqual(['2025-04-26', '2025-04-28']);
  });

  it('records the November 2025 indictment as later corroboration of the drone claim', () => {
    const dev = family('drone-leaflet-accusation').developments.find(
      (d) => d.date === '2025-11-10',
    );
    expect(dev?.status).toBe('corroborated');
    expect(dev?.affects).toContain('drone-accusation-2024-10-11');
  });

  it('names a speaker for every quotation', () => {
    for (const f of pack.families) {
      for (const c of f.caveats) if (c.quote) expect(c.speaker, c.id).toBeTruthy();
    }
  });

  // Our own sentences, linked by the pipeline's own family linker: each reaches its family.
  it.each([
    [
      'State media said 1.4 million youths had volunteered to join the army.',
      'en',
      'enlistment-drives',
    ],
    ['The spy agency said 1,500 special forces had been sent to Russia.', 'en', 'troops-in-russia'],
    ['Seoul estimated that 300 soldiers had been killed and 2,700 wounded.', 'en', 'casualties'],
    [
      'Pyongyang accused the South of sending drones with leaflets.',
      'en',
      'drone-leaflet-accusation',
    ],
    ['The army blew up parts of the Gyeongui and Donghae roads.', 'en', 'inter-korean-roads'],
    ['Kyiv said it had captured two soldiers.', 'en', 'prisoners-of-war'],
    ['Laut KCNA haben sich 1,4 Millionen Freiwillige gemeldet.', 'de', 'enlistment-drives'],
    ['Selon Séoul, des soldats ont été envoyés à Koursk.', 'fr', 'troops-in-russia'],
    ['북한 청년 140만 명이 입대를 탄원했다고 주장했다.', 'ko', 'enlistment-drives'],
  ])('links "%s" (%s) to %s', (text, lang, expected) => {
    expect(linkFamily(text, pack, lang)).toBe(expected);
  });

  it.skipIf(!haveShared)('links most labelled dev-set claims to some family', () => {
    const articles = readFileSync(DEV_SET, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { lang: string; claims: { quote: string }[] });
    const claims = articles.flatMap((a) => a.claims.map((c) => ({ lang: a.lang, quote: c.quote })));
    const linked = claims.filter((c) => linkFamily(c.quote, pack, c.lang) !== undefined);
    console.info(`dev-set claims linked to a family: ${linked.length}/${claims.length}`);
    expect(linked.length / claims.length).toBeGreaterThanOrEqual(0.75);
  });

  it.skipIf(!haveShared)('copies no 12-word run from the dev-set articles', () => {
    const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    const runs = new Set<string>();
    for (const line of readFileSync(DEV_SET, 'utf8').trim().split('\n')) {
      const w = words((JSON.parse(line) as { text: string }).text);
      for (let i = 0; i + 12 <= w.length; i++) runs.add(w.slice(i, i + 12).join(' '));
    }
    const strings: string[] = [];
    const collect = (v: unknown): void => {
      if (typeof v === 'string') strings.push(v);
      else if (v && typeof v === 'object') Object.values(v).forEach(collect);
    };
    collect(pack);
    const copied = strings.filter((s) => {
      const w = words(s);
      for (let i = 0; i + 12 <= w.length; i++)
        if (runs.has(w.slice(i, i + 12).join(' '))) return true;
      return false;
    });
    expect(copied).toEqual([]);
  });
});
