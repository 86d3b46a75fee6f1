import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { northKoreaPack } from '@/lib/bundled-packs/north-korea/pack';
import { readArticle } from '@/lib/read-article';
import { evaluate, parseJsonl, summaryLine } from '../../../../scripts/eval-lib';

/** Our own labelled articles (tests/fixtures/claims/README.md): always present. */
const OWN = path.resolve(process.cwd(), 'tests/fixtures/claims/own.jsonl');
const DEV = path.resolve(process.cwd(), '../shared/corpus/claims/dev.jsonl');
const items = parseJsonl(readFileSync(OWN, 'utf8'));

describe('the own labelled set', () => {
  it('is balanced: on and off items in en, de, fr and ko, at least 12 in all', () => {
    expect(items.length).toBeGreaterThanOrEqual(12);
    for (const lang of ['en', 'de', 'fr', 'ko']) {
      expect(items.some((i) => i.lang === lang && i.topic === 'on')).toBe(true);
      expect(items.some((i) => i.lang === lang && i.topic === 'off')).toBe(true);
    }
    for (const item of items) {
      for (const c of item.claims) expect(item.text).toContain(c.quote);
      if (item.topic === 'off') expect(item.claims).toEqual([]);
    }
  });

  it('meets the topic, claim and kind targets', () => {
    const summary = evaluate(items, [northKoreaPack]);
    console.log(`own set: ${summaryLine(summary)}`);
    expect(summary.topicPrecision).toBe(1);
    expect(summary.topicRecall).toBe(1);
    expect(summary.claimPrecision).toBeGreaterThanOrEqual(0.9);
    expect(summary.claimRecall).toBeGreaterThanOrEqual(0.85);
    expect(summary.kindAccuracy).toBeGreaterThanOrEqual(0.85);
    const offTopicFlags = summary.items
      .filter((i) => !i.topicLabel)
      .reduce((n, i) => n + i.predicted, 0);
    expect(offTopicFlags).toBe(0);
  });

  it('links nearly every claim it finds to a family, in the context of its article', () => {
    let found = 0;
    let linked = 0;
    for (const item of items.filter((i) => i.topic === 'on')) {
      const meta = { headline: item.title, lang: item.lang };
      const { claims } = readArticle(item.text, meta, [northKoreaPack]);
      found += claims.length;
      linked += claims.filter((c) => c.familyId !== undefined).length;
    }
    console.log(`own set: claims linked to a family ${linked}/${found}`);
    expect(linked / found).toBeGreaterThanOrEqual(0.9);
  });

  it.skipIf(!existsSync(DEV))('copies no 12-word run from the dev set', () => {
    const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    const runs = new Set<string>();
    for (const dev of parseJsonl(readFileSync(DEV, 'utf8'))) {
      const w = words(dev.text);
      for (let i = 0; i + 12 <= w.length; i++) runs.add(w.slice(i, i + 12).join(' '));
    }
    const copied: string[] = [];
    for (const item of items) {
      const w = words(item.text);
      for (let i = 0; i + 12 <= w.length; i++) {
        const run = w.slice(i, i + 12).join(' ');
        if (runs.has(run)) copied.push(`${item.id}: ${run}`);
      }
    }
    expect(copied).toEqual([]);
  });
});

if (!existsSync(DEV)) console.log(`own set: dev-set copy check skipped: ${DEV} not found`);
