import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { phraseText } from '@/lib/claims/phrase-text';
import type { Pack } from '@/lib/pack/schema';
import { northKoreaPack } from '@/lib/bundled-packs/north-korea/pack';
import { readArticle } from '@/lib/read-article';
import { evaluate, parseJsonl, summarise, summaryLine } from '../../../scripts/eval-lib';
import { splitParts } from '../../../scripts/eval-split';

/** A short article written for this test (figures from the project's fact base). */
const ARTICLE = [
  'North Korea claims 1.4 million youths applied to join the army',
  'SEOUL, Oct 16 (Reuters) - North Korea said on Wednesday that about 1.4 million young people had applied to join or rejoin the army in two days.',
  'The KCNA news agency said the volunteers signed petitions at rallies across the country.',
  'The claim could not be independently verified.',
  'The IISS estimates that the North has 1.28 million active troops.',
  '"If a war breaks out, the enemy will be wiped off the map," the agency said.',
  "South Korea's spy agency said on Thursday that about 11,000 North Korean soldiers had been sent to Russia.",
  'The Kremlin denied that North Korean troops were fighting in Ukraine.',
  'An analyst in Seoul said the drive was aimed at a domestic audience.',
].join('\n');

describe('readArticle', () => {
  it('reads an on-topic article: topic, claims of each kind, caveats', () => {
    const r = readArticle(
      ARTICLE,
      { headline: 'North Korea claims 1.4 million youths applied to join the army' },
      [northKoreaPack],
    );
    expect(r.topic.onTopic).toBe(true);
    expect(r.pack?.id).toBe(northKoreaPack.id);
    expect(r.claims.map((c) => [c.kind, c.text.slice(0, 24)])).toEqual([
      ['state-media', 'North Korea claims 1.4 m'],
      ['state-media', 'SEOUL, Oct 16 (Reuters) '],
      ['state-media', 'The KCNA news agency sai'],
      ['official-estimate', "South Korea's spy agency"],
      ['denial', 'The Kremlin denied that '],
    ]);
    expect(r.caveats.map((c) => c.text)).toEqual([
      'The claim could not be independently verified.',
    ]);
    const first = r.claims[1];
    expect(first?.figures[0]).toMatchObject({ value: 1_400_000, hedge: 'about', unit: 'youths' });
    expect(first && ARTICLE.slice(first.start, first.end)).toBe(first?.text);
  });

  it('returns no claims for an off-topic article, without reading its sentences', () => {
    const text = 'The football club signed a new striker. "We are happy," the coach said.';
    const r = readArticle(text, { headline: 'Transfer news' }, [northKoreaPack]);
    expect(r.topic.onTopic).toBe(false);
    expect(r.claims).toEqual([]);
    expect(r.caveats).toEqual([]);
    expect(r.pack).toBeUndefined();
  });

  it('keeps nothing of a text once its reading ends', () => {
    // Prepared before the reading, the text is the one the reading reuses; afterwards it is
    // gone, so reading the same text again costs a whole reading (and no page text lingers).
    const before = phraseText(ARTICLE);
    const first = readArticle(ARTICLE, {}, [northKoreaPack]);
    expect(phraseText(ARTICLE)).not.toBe(before);
    expect(readArticle(ARTICLE, {}, [northKoreaPack])).toEqual(first);
  });

  it('reads with the on-topic pack whatever the pack order', () => {
    const other: Pack = {
      ...northKoreaPack,
      id: 'other-topic',
      detection: {
        ...northKoreaPack.detection,
        subject: { en: [{ term: 'Atlantis', weight: 3 }] },
      },
    };
    expect(readArticle(ARTICLE, {}, [other, northKoreaPack]).pack?.id).toBe(northKoreaPack.id);
    expect(readArticle(ARTICLE, {}, [northKoreaPack, other]).pack?.id).toBe(northKoreaPack.id);
    expect(readArticle('Nothing here.', {}, []).topic.onTopic).toBe(false);
  });
});

const SHARED = path.resolve(process.cwd(), '../shared/corpus/claims');
const DEV = path.join(SHARED, 'dev.jsonl');
const DEV_2 = path.join(SHARED, 'dev-2.jsonl');
const labelled = () =>
  [DEV, DEV_2].filter(existsSync).flatMap((file) => parseJsonl(readFileSync(file, 'utf8')));

describe.skipIf(!existsSync(DEV))('the labelled sets (regression floors)', () => {
  it('meets the topic, claim and kind floors on dev.jsonl', () => {
    const summary = evaluate(parseJsonl(readFileSync(DEV, 'utf8')), [northKoreaPack]);
    console.log(`dev.jsonl: ${summaryLine(summary)}`);
    expect(summary.topicPrecision).toBe(1);
    expect(summary.topicRecall).toBe(1);
    expect(summary.claimPrecision).toBeGreaterThanOrEqual(0.9);
    expect(summary.claimRecall).toBeGreaterThanOrEqual(0.85);
    expect(summary.kindAccuracy).toBeGreaterThanOrEqual(0.85);
  });

  // Floors a little under the figures of 2026-12-08, seventh session (tune 1.00 1.00 0.93 0.90
  // 0.92, check 1.00 1.00 0.79 0.86 0.84): a change that loses ground on either part fails here. The
  // targets of issue 22 are higher; these only stop a regression.
  it.skipIf(!existsSync(DEV_2))('holds its ground on both parts of dev.jsonl + dev-2.jsonl', () => {
    const items = labelled();
    const parts = splitParts(items);
    const summary = evaluate(items, [northKoreaPack]);
    const part = (p: string) => summarise(summary.items.filter((r) => parts.get(r.id) === p));
    const tune = part('tune');
    const check = part('check');
    console.log(`tune: ${summaryLine(tune)}\ncheck: ${summaryLine(check)}`);
    for (const s of [tune, check]) {
      expect(s.topicPrecision).toBe(1);
      expect(s.topicRecall).toBe(1);
    }
    expect(tune.claimPrecision).toBeGreaterThanOrEqual(0.92);
    expect(tune.claimRecall).toBeGreaterThanOrEqual(0.89);
    expect(tune.kindAccuracy).toBeGreaterThanOrEqual(0.91);
    expect(check.claimPrecision).toBeGreaterThanOrEqual(0.78);
    expect(check.claimRecall).toBeGreaterThanOrEqual(0.85);
    expect(check.kindAccuracy).toBeGreaterThanOrEqual(0.83);
    const offTopicFlags = summary.items
      .filter((i) => !i.topicLabel)
      .reduce((n, i) => n + i.predicted, 0);
    expect(offTopicFlags).toBe(0);
  });

  it('explains every miss and every false flag', () => {
    const summary = evaluate(labelled(), [northKoreaPack]);
    for (const r of summary.items) {
      for (const m of r.misses) expect(m.why ?? '').not.toBe('');
      for (const m of r.misses) expect(m.why).not.toBe('no explanation');
      for (const f of r.falseFlags) expect(f.cues.length).toBeGreaterThan(0);
    }
  });
});

if (!existsSync(DEV))
  console.log(`labelled-set regression skipped: ${DEV} not found (shared corpus absent)`);
