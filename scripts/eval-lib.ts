/**
 * The evaluation core behind `npm run eval` and the dev-set regression test: runs `readArticle`
 * on labelled JSONL items and scores topic decisions and claims against the labels
 * (format: /work/shared/corpus/claims/LABELING.md).
 */
import { readArticle } from '../lib/read-article';
import type { Pack } from '../lib/pack/schema';
import type { Claim, ClaimKind, SentenceDecision, TopicDecision } from '../lib/types';

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
  misses: Array<{ quote: string; kind: ClaimKind; why?: string }>;
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
  /** Per language: matched, labelled and flagged claims (flags on off-topic articles count). */
  byLanguage: Record<string, { matched: number; labelled: number; predicted: number }>;
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
  topic: Pick<TopicDecision, 'onTopic'> & Partial<TopicDecision>;
  /** Offsets (`start`, `end`) refer to `item.text`. */
  claims: Claim[];
  /** Why each sentence read was flagged or not, when the reader was asked to explain. */
  decisions?: SentenceDecision[];
}

/**
 * The pipeline's own prediction: `readArticle` on the item's text with its headline, date and
 * language as metadata. The corpus check reads the items as pages against this same reading.
 */
export function readItem(item: LabelledItem, packs: readonly Pack[]): Prediction {
  return readArticle(
    item.text,
    { headline: item.title, published: item.date ?? undefined, lang: item.lang },
    packs,
    { explain: true },
  );
}

/**
 * Why a labelled claim was missed: the topic decision when the article was judged off the topic,
 * else the reader's decision on the sentence that overlaps the quote most (or that no sentence
 * near a topical anchor held it, when the focus left it out).
 */
function whyMissed(item: LabelledItem, reading: Prediction, quote: string): string {
  if (!reading.topic.onTopic) {
    const reasons = reading.topic.reasons ?? [];
    return `article judged off the topic: ${reasons[reasons.length - 1] ?? 'no reason given'}`;
  }
  const at = item.text.indexOf(quote);
  if (at < 0 || !reading.decisions) return 'no explanation';
  let best: SentenceDecision | undefined;
  let bestOverlap = 0;
  for (const d of reading.decisions) {
    const o = Math.min(d.end, at + quote.length) - Math.max(d.start, at);
    if (o > bestOverlap) {
      bestOverlap = o;
      best = d;
    }
  }
  if (!best) return 'not read: no topical anchor in the lines around it';
  const cut = best.start > at || best.end < at + quote.length ? ' [sentence cut differently]' : '';
  const kind = best.kind ? `flagged as ${best.kind} in another span` : best.reason;
  const cues = best.cues.length ? ` {${best.cues.join('; ')}}` : '';
  return `${kind}${cut}${cues}`;
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
  return summarise(items.map((item) => scoreItem(item, predict(item))));
}

/** One item's prediction against its labels: the best one-to-one pairing of claims and quotes. */
export function scoreItem(item: LabelledItem, reading: Prediction): ItemResult {
  const on = item.topic === 'on';
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
    topicPredicted: reading.topic.onTopic,
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
    if (!claim || !label || claim.kind === label.kind) continue;
    result.kindErrors.push({ quote: label.quote, expected: label.kind, got: claim.kind });
  }
  labels.forEach((l, i) => {
    if (!usedL.has(i))
      result.misses.push({ quote: l.quote, kind: l.kind, why: whyMissed(item, reading, l.quote) });
  });
  reading.claims.forEach((c, i) => {
    if (!usedC.has(i)) result.falseFlags.push(c);
  });
  return result;
}

/** The figures over scored items (all of a run, or a part of it). */
export function summarise(results: readonly ItemResult[]): EvalSummary {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let matched = 0;
  let sameKind = 0;
  let predicted = 0;
  let labelled = 0;
  const byLanguage: EvalSummary['byLanguage'] = {};
  for (const r of results) {
    if (r.topicPredicted && r.topicLabel) tp++;
    else if (r.topicPredicted) fp++;
    else if (r.topicLabel) fn++;
    matched += r.matched;
    sameKind += r.matched - r.kindErrors.length;
    predicted += r.predicted;
    labelled += r.labelled;
    const lang = (byLanguage[r.lang] ??= { matched: 0, labelled: 0, predicted: 0 });
    lang.matched += r.matched;
    lang.labelled += r.labelled;
    lang.predicted += r.predicted;
  }
  return {
    items: [...results],
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

/** The per-article lines: what was missed, flagged wrongly or given the wrong kind. */
export function itemLines(s: EvalSummary, options: { explain?: boolean } = {}): string[] {
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
    for (const m of r.misses) {
      lines.push(`  miss (${m.kind}): ${cut(m.quote)}`);
      if (options.explain) lines.push(`    why: ${m.why ?? 'no explanation'}`);
    }
    for (const f of r.falseFlags) {
      lines.push(`  false flag (${f.kind}): ${cut(f.text)}`);
      if (options.explain) lines.push(`    why: ${f.cues.join('; ') || 'no cues recorded'}`);
    }
    for (const k of r.kindErrors)
      lines.push(`  kind ${k.got}, expected ${k.expected}: ${cut(k.quote)}`);
  }
  return lines;
}

/**
 * One line per language: recall (matched/labelled) as the public contract prints it, then
 * precision (matched/flagged).
 */
export function languageLines(s: EvalSummary): string[] {
  return Object.entries(s.byLanguage)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(
      ([lang, v]) =>
        `recall[${lang}]=${ratio(v.matched, v.labelled).toFixed(2)} (${v.matched}/${v.labelled}) ` +
        `precision[${lang}]=${ratio(v.matched, v.predicted).toFixed(2)} (${v.matched}/${v.predicted})`,
    );
}

/** The per-article and per-language report lines, ending with the summary line. */
export function reportLines(s: EvalSummary, options: { explain?: boolean } = {}): string[] {
  return [...itemLines(s, options), ...languageLines(s), summaryLine(s)];
}
