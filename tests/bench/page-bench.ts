/**
 * The benchmark's page side, bundled by `scripts/bench.mjs` into one IIFE and evaluated in each
 * page. It exposes `globalThis.caveatBench`, which times, in the page's own main thread:
 *
 * - the floor: one TreeWalker pass reading every text node of the body;
 * - Readability's `isProbablyReaderable(document)` and `new Readability(clone).parse()`;
 * - Caveat's gate exactly as the content script runs it first (`quickGate` with the enabled
 *   packs' subject terms);
 * - Caveat's whole pipeline as `PageSession.run` does it: findArticle, the reading the content
 *   script and the background run (`readArticleSliced`, here without pauses; the headline passed
 *   only when the article text lacks it), highlightClaims, then `remove()`.
 *
 * `performance.now()` is coarsened in pages (0.1 ms), so each figure is a batch of repeated calls
 * lasting at least `minBatchMs`, divided by the count. Single runs (for the longest-task figure)
 * each get their own task, with a longtask observer watching.
 */
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { findArticle, type ArticleCandidate } from '@/lib/article/find-article';
import { quickGate, subjectTermsOf } from '@/lib/gate';
import { highlightClaims } from '@/lib/highlight/highlighter';
import { northKoreaPack } from '@/lib/bundled-packs/north-korea/pack';
import { readArticleSliced, runToEnd } from '@/lib/read-article-in-steps';
import type { Claim } from '@/lib/types';

const packs = [northKoreaPack];
const terms = subjectTermsOf(packs);

/**
 * The extension's own reading of a found article (its warm-up step on long texts included), run
 * to its end; the headline is passed only when the article text lacks it, as the session does.
 */
function read(article: ArticleCandidate) {
  const { map, meta } = article;
  const headline = meta.headline?.trim();
  const inText = article.headlineInText ?? (!!headline && map.text.includes(headline));
  return runToEnd(
    readArticleSliced(map.text, inText ? { ...meta, headline: undefined } : meta, packs),
  );
}

/** Per-call time of `fn`, from batches of at least `minBatchMs`. */
function timeBatch(fn: () => unknown, minBatchMs: number): { ms: number; calls: number } {
  fn(); // warm-up: compiled regexps, JIT, style resolution
  let calls = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    fn();
    calls += 1;
    elapsed = performance.now() - start;
  } while (elapsed < minBatchMs);
  return { ms: elapsed / calls, calls };
}

/** The floor: read every text node of the body once. */
function floor(doc: Document): number {
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, NodeFilter.SHOW_TEXT);
  let chars = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += (n as Text).data.length;
  return chars;
}

function gate(doc: Document): boolean {
  return quickGate(doc, terms);
}

/** Diagnostic: the first subject term found in the title or readable text (what passed the gate). */
function gateMatch(doc: Document): string | undefined {
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, NodeFilter.SHOW_TEXT);
  const parts = [doc.title];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentNode as Element | null;
    if (!['script', 'style', 'noscript'].includes(parent?.localName ?? ''))
      parts.push((n as Text).data);
  }
  const text = parts.join('');
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const term of terms) {
    const re = new RegExp(
      term
        .split(/[\s\-\u2010\u2011]+/)
        .map(escape)
        .join('[\\s\\-]+'),
      'i',
    );
    const found = re.exec(text);
    if (found)
      return `${term} in "${text.slice(Math.max(0, found.index - 25), found.index + 35).replace(/\s+/g, ' ')}"`;
  }
  return undefined;
}

interface PipelineResult {
  onTopic: boolean;
  claims: number;
  marks: number;
}

/** What the content script does on a page that passed the gate, then undone. */
function pipeline(doc: Document): PipelineResult {
  const article = findArticle(doc);
  if (!article) return { onTopic: false, claims: 0, marks: 0 };
  const reading = read(article);
  if (!reading.topic.onTopic || reading.claims.length === 0) {
    return { onTopic: reading.topic.onTopic, claims: 0, marks: 0 };
  }
  const handle = highlightClaims(article.map, reading.claims);
  let marks = 0;
  for (const list of handle.marks.values()) marks += list.length;
  handle.remove();
  return { onTopic: true, claims: reading.claims.length, marks };
}

/**
 * What the page's main thread does when the background reads the text (the extension's normal
 * path): find the article, then highlight the claims the background sends back (precomputed
 * here), then remove them.
 */
function pageSide(doc: Document, claims: Claim[]): number {
  const article = findArticle(doc);
  if (!article) return 0;
  const handle = highlightClaims(article.map, claims);
  handle.remove();
  return handle.marks.size;
}

function parse(doc: Document): number {
  const result = new Readability(doc.cloneNode(true) as Document).parse();
  return result?.textContent?.length ?? 0;
}

/** The pipeline's stages timed apart, to see where its time goes. */
function stages(doc: Document, minBatchMs: number): Record<string, number> | undefined {
  const article = findArticle(doc);
  if (!article) return undefined;
  const { map } = article;
  const reading = read(article);
  return {
    findArticleMs: timeBatch(() => findArticle(doc), minBatchMs).ms,
    readArticleMs: timeBatch(() => read(article), minBatchMs).ms,
    highlightAndRemoveMs: timeBatch(() => highlightClaims(map, reading.claims).remove(), minBatchMs)
      .ms,
    textChars: map.text.length,
  };
}

/** Runs `fn` once in a task of its own; resolves with when it started and how long it took. */
function singleTask(fn: () => unknown): Promise<{ start: number; ms: number }> {
  return new Promise((resolve) => {
    setTimeout(() => {
      const start = performance.now();
      fn();
      resolve({ start, ms: performance.now() - start });
    }, 0);
  });
}

export interface PageFigures {
  nodes: number;
  textChars: number;
  floorMs: number;
  readerableMs: number;
  parseMs: number;
  gateMs: number;
  gatePassed: boolean;
  gateMatch?: string;
  pipelineMs?: number;
  /** The pipeline after 200 ms more of calls: its steady cost, once optimised (diagnostic). */
  pipelineWarmMs?: number;
  /** Readability's `parse()` the same way, so the steady costs compare like with like. */
  parseWarmMs?: number;
  /** Page-thread part of the pipeline when the background reads (findArticle + highlight). */
  pageSideMs?: number;
  pipeline?: PipelineResult;
  stages?: Record<string, number>;
  /** Gate plus pipeline, each run alone in its own task (what one content-script run costs). */
  singleRunsMs: number[];
  /** Long tasks (over 50 ms) that overlapped a single run (the page's own tasks left out). */
  longTasksMs: number[];
}

/** Measures one page; `withPipeline` on on-topic pages. */
async function measure(options: {
  withPipeline: boolean;
  minBatchMs?: number;
  singleRuns?: number;
}): Promise<PageFigures> {
  const doc = document;
  const minBatchMs = options.minBatchMs ?? 20;
  const floorMs = timeBatch(() => floor(doc), minBatchMs).ms;
  const readerableMs = timeBatch(() => isProbablyReaderable(doc), minBatchMs).ms;
  const parseMs = timeBatch(() => parse(doc), minBatchMs).ms;
  const gateMs = timeBatch(() => gate(doc), minBatchMs).ms;
  const figures: PageFigures = {
    nodes: doc.getElementsByTagName('*').length,
    textChars: floor(doc),
    floorMs,
    readerableMs,
    parseMs,
    gateMs,
    gatePassed: gate(doc),
    gateMatch: gateMatch(doc),
    singleRunsMs: [],
    longTasksMs: [],
  };
  if (options.withPipeline) {
    figures.pipeline = pipeline(doc);
    figures.pipelineMs = timeBatch(() => pipeline(doc), minBatchMs).ms;
    const found = findArticle(doc);
    if (found) {
      const claims = read(found).claims;
      figures.pageSideMs = timeBatch(() => pageSide(doc, claims), minBatchMs).ms;
    }
    figures.stages = stages(doc, minBatchMs);
  }

  const longTasks: PerformanceEntry[] = [];
  const observer =
    typeof PerformanceObserver === 'function' &&
    PerformanceObserver.supportedEntryTypes?.includes('longtask')
      ? new PerformanceObserver((list) => {
          longTasks.push(...list.getEntries());
        })
      : undefined;
  observer?.observe({ type: 'longtask' });
  const runs = options.singleRuns ?? 3;
  const windows: Array<{ start: number; ms: number }> = [];
  for (let i = 0; i < runs; i++) {
    const run = await singleTask(() =>
      gate(doc) && options.withPipeline ? pipeline(doc) : undefined,
    );
    windows.push(run);
    figures.singleRunsMs.push(run.ms);
  }
  // Long-task entries are delivered after the task ends.
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer?.disconnect();
  figures.longTasksMs = longTasks
    .filter((t) =>
      windows.some((w) => t.startTime <= w.start && t.startTime + t.duration >= w.start + w.ms),
    )
    .map((t) => t.duration);
  if (options.withPipeline && figures.pipeline?.onTopic) {
    // Diagnostic, after everything else: the same pipeline and Readability's parse once the
    // engine has optimised them (after a further 200 ms of calls each), to tell first-run cost
    // from steady cost. The budget uses the first batches (`pipelineMs`, `parseMs`).
    timeBatch(() => pipeline(doc), 200);
    figures.pipelineWarmMs = timeBatch(() => pipeline(doc), minBatchMs).ms;
    timeBatch(() => parse(doc), 200);
    figures.parseWarmMs = timeBatch(() => parse(doc), minBatchMs).ms;
  }
  return figures;
}

declare global {
  var caveatBench: {
    measure: typeof measure;
    pipeline: typeof pipeline;
    gate: typeof gate;
    timeBatch: typeof timeBatch;
  };
}

globalThis.caveatBench = { measure, pipeline, gate, timeBatch };
