/**
 * The evaluation core behind `npm run eval` and the dev-set regression test: runs `readArticle`
 * on labelled JSONL items and scores topic decisions and claims against the labels
 * (format: /work/shared/corpus/claims/LABELING.md).
 */
import { readArticle } from '../lib/read';
import type { Pack } from '../lib/pack/types';
import type { Claim, ClaimKind } from '../lib/types';

/** One labelled article. */
export interface LabelledItem {
  id: string;
  title: string;
  date: string | null;
  lang: string;
  topic: 'on' | 'off';
  text: string;
  claims: Array<{ quote: string; kind: ClaimKind; source?: string }>;
}

export interface ItemResult {
  id: string;
  lang: string;
  topicLabel: boolean;
  topicPredicted: boolean;
  misses: Array<{ quote: string; kind: ClaimKind }>;
  falseFlags: Claim[];
  kindErrors: Array<{ quote: string; expected: ClaimKind; got: ClaimKind }>;
  matched: number;
  labelled: number;
  predicted: number;
}

export interface EvalSummary {
  items: ItemResult[];
  topicPrecision: number;
  topicRecall: number;
  claimPrecision: number;
  claimRecall: number;
  kindAccuracy: number;
  /** Per language: matched and labelled claims. */
  byLanguage: Record<string, { matched: number; labelled: number }>;
}

/** Parses JSONL text into items (blank lines skipped). */
export function parseJsonl(content: string): LabelledItem[] {
  return content
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as LabelledItem);
}

function normalise(s: string): string {
  return s
    .replace(/[“”„«»]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Characters shared by two spans of the same text, over the longer span. */
function spanOverlap(a: [number, number], b: [number, number]): number {
  const inter = Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
  return inter / Math.max(a[1] - a[0], b[1] - b[0]);
}

/**
 * Whether a predicted claim matches a labelled quote: one contains the other, or they overlap by
 * at least 80% of the longer, measured on their positions in the article text.
 */
export function matchScore(text: string, claim: Claim, quote: string): number {
  const p = normalise(claim.text);
  const q = normalise(quote);
  if (p === q) return 1;
  const at = text.indexOf(quote);
  if (at >= 0) {
    const o = spanOverlap([claim.start, claim.end], [at, at + quote.length]);
    if (o >= 0.8) return o;
  }
  if (p.includes(q) || q.includes(p))
    return Math.min(p.length, q.length) / Math.max(p.length, q.length) + 0.5;
  return 0;
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

/** What scoring needs of one item's reading: the topic decision and the claims found. */
export interface Prediction {
  topic: { onTopic: boolean };
  /** Offsets (`start`, `end`) refer to `item.text`. */
  claims: Claim[];
}

/** The pipeline's own prediction: `readArticle` on the item's text with its headline as meta. */
function readItem(item: LabelledItem, packs: readonly Pack[]): Prediction {
  return readArticle(
    item.text,
    { headline: item.title, published: item.date ?? undefined, lang: item.lang },
    packs,
  );
}

/**
 * Runs the pipeline on every item and scores it. `predict` replaces the pipeline run, so
 * predictions made elsewhere (e.g. the highlights of the items rendered as pages in a browser)
 * are scored by exactly the same rules.
 */
export function evaluate(
  items: readonly LabelledItem[],
  packs: readonly Pack[],
  predict: (item: LabelledItem) => Prediction = (item) => readItem(item, packs),
): EvalSummary {
  const results: ItemResult[] = [];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let matched = 0;
  let sameKind = 0;
  let predicted = 0;
  let labelled = 0;
  const byLanguage: EvalSummary['byLanguage'] = {};
  for (const item of items) {
    const reading = predict(item);
    const on = item.topic === 'on';
    const predictedOn = reading.topic.onTopic;
    if (predictedOn && on) tp++;
    else if (predictedOn) fp++;
    else if (on) fn++;
    const labels = on ? item.claims : [];
    const pairs: Array<{ c: number; l: number; score: number }> = [];
    reading.claims.forEach((claim, c) =>
      labels.forEach((label, l) => {
        const score = matchScore(item.text, claim, label.quote);
        if (score > 0) pairs.push({ c, l, score });
      }),
    );
    pairs.sort((a, b) => b.score - a.score);
    const usedC = new Set<number>();
    const usedL = new Set<number>();
    const result: ItemResult = {
      id: item.id,
      lang: item.lang,
      topicLabel: on,
      topicPredicted: predictedOn,
      misses: [],
      falseFlags: [],
      kindErrors: [],
      matched: 0,
      labelled: labels.length,
      predicted: reading.claims.length,
    };
    for (const p of pairs) {
      if (usedC.has(p.c) || usedL.has(p.l)) continue;
      usedC.add(p.c);
      usedL.add(p.l);
      result.matched++;
      const claim = reading.claims[p.c];
      const label = labels[p.l];
      if (!claim || !label) continue;
      if (claim.kind === label.kind) sameKind++;
      else result.kindErrors.push({ quote: label.quote, expected: label.kind, got: claim.kind });
    }
    labels.forEach((l, i) => {
      if (!usedL.has(i)) result.misses.push({ quote: l.quote, kind: l.kind });
    });
    reading.claims.forEach((c, i) => {
      if (!usedC.has(i)) result.falseFlags.push(c);
    });
    matched += result.matched;
    predicted += reading.claims.length;
    labelled += labels.length;
    const lang = (byLanguage[item.lang] ??= { matched: 0, labelled: 0 });
    lang.matched += result.matched;
    lang.labelled += labels.length;
    results.push(result);
  }
  return {
    items: results,
    topicPrecision: ratio(tp, tp + fp),
    topicRecall: ratio(tp, tp + fn),
    claimPrecision: ratio(matched, predicted),
    claimRecall: ratio(matched, labelled),
    kindAccuracy: ratio(sameKind, matched),
    byLanguage,
  };
}

/** The one-line summary `npm run eval` ends with. */
export function summaryLine(s: EvalSummary): string {
  const f = (n: number): string => n.toFixed(2);
  return `eval: topic_precision=${f(s.topicPrecision)} topic_recall=${f(s.topicRecall)} claim_precision=${f(s.claimPrecision)} claim_recall=${f(s.claimRecall)} kind_accuracy=${f(s.kindAccuracy)}`;
}

/** The per-article and per-language report lines, ending with the summary line. */
export function reportLines(s: EvalSummary): string[] {
  const lines: string[] = [];
  const cut = (t: string): string => (t.length > 110 ? `${t.slice(0, 107)}...` : t);
  for (const r of s.items) {
    const topic =
      r.topicPredicted === r.topicLabel
        ? ''
        : ` TOPIC WRONG (predicted ${r.topicPredicted ? 'on' : 'off'})`;
    lines.push(
      `${r.id} [${r.lang}, ${r.topicLabel ? 'on' : 'off'}] matched ${r.matched}/${r.labelled}, flagged ${r.predicted}${topic}`,
    );
    for (const m of r.misses) lines.push(`  miss (${m.kind}): ${cut(m.quote)}`);
    for (const f of r.falseFlags) lines.push(`  false flag (${f.kind}): ${cut(f.text)}`);
    for (const k of r.kindErrors)
      lines.push(`  kind ${k.got}, expected ${k.expected}: ${cut(k.quote)}`);
  }
  for (const [lang, v] of Object.entries(s.byLanguage).sort()) {
    lines.push(
      `recall[${lang}]=${ratio(v.matched, v.labelled).toFixed(2)} (${v.matched}/${v.labelled})`,
    );
  }
  lines.push(summaryLine(s));
  return lines;
}
