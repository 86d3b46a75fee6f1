/**
 * Compares a labelled file read as pages in a browser with `npm run eval` on the same items and
 * the same build of the lib. Reads the page predictions (JSON on stdin:
 * `{ [itemId]: { onTopic, status, claims: [{ id, kind, text }] } }`, a claim's text being the
 * concatenated text of its marks), and prints one JSON object:
 *
 * - `lib`, `pages`: the eval's summary line for the lib's reading and for the pages' highlights,
 *   scored by the same rules (`evaluate` in scripts/eval-lib.ts);
 * - `items`, `agree`: how many items, and on how many the page's topic decision and claim set
 *   (kind and text of every highlighted claim) equal the lib's;
 * - `differences`: every item that does not agree, with both claim sets and what only one has;
 * - `short`: the same counts for the short briefs (text under `--short=N` characters), with the
 *   on-topic ones the lib reads and the page does not.
 *
 * Run with tsx by scripts/corpus.mjs: `tsx score-pages.ts FILE.jsonl --short=N [--subset] <
 * predictions.json` (`--subset`: score only the items that have a prediction).
 */
import { readFileSync } from 'node:fs';
import { northKoreaPack } from '../../lib/bundled-packs/north-korea/pack';
import type { Claim, ClaimKind } from '../../lib/types';
import {
  evaluate,
  parseJsonl,
  readItem,
  summaryLine,
  type LabelledItem,
  type Prediction,
} from '../../scripts/eval-lib';

interface PageClaim {
  id: string;
  kind: ClaimKind;
  text: string;
}
type PagePredictions = Record<string, { onTopic: boolean; status?: string; claims: PageClaim[] }>;

/** `text` with whitespace runs collapsed, and each kept character's index in `text`. */
function collapse(text: string): { text: string; at: number[] } {
  let out = '';
  const at: number[] = [];
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      space = out !== '';
      continue;
    }
    if (space) {
      out += ' ';
      at.push(i - 1);
      space = false;
    }
    out += c;
    at.push(i);
  }
  return { text: out, at };
}

/** Where `needle` (whitespace-insensitive) sits in `hay`, searching from `from`; else null. */
function locate(hay: string, needle: string, from: number): [number, number] | null {
  const h = collapse(hay);
  const n = collapse(needle).text;
  if (n === '') return null;
  const fromC = h.at.findIndex((i) => i >= from);
  let found = h.text.indexOf(n, Math.max(0, fromC));
  if (found < 0) found = h.text.indexOf(n);
  if (found < 0) return null;
  return [h.at[found]!, h.at[found + n.length - 1]! + 1];
}

/**
 * A claim as the comparison sees it: its kind and its text without any whitespace (the page's
 * marks hold the DOM's text, in which the reader text's paragraph breaks are not characters).
 */
function claimKey(kind: string, text: string): string {
  return `${kind}: ${text.replace(/\s+/g, '')}`;
}

/** The elements of `a` not in `b`, as a multiset. */
function without(a: readonly string[], b: readonly string[]): string[] {
  const left = [...b];
  return a.filter((x) => {
    const i = left.indexOf(x);
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
}

/** The lib's reading of an item, exactly as `npm run eval` reads it. */
function libReading(item: LabelledItem): Prediction {
  return readItem(item, [northKoreaPack]);
}

function main(): void {
  const [devFile, ...flags] = process.argv.slice(2);
  const shortChars = Number(flags.find((f) => f.startsWith('--short='))?.slice(8));
  if (!devFile || !(shortChars > 0)) {
    throw new Error('usage: tsx score-pages.ts DEV.jsonl --short=N [--subset] < predictions.json');
  }
  const pages = JSON.parse(readFileSync(0, 'utf8')) as PagePredictions;
  // --subset: only the items read as pages (e.g. the briefs in the plain layout) are scored.
  const items = parseJsonl(readFileSync(devFile, 'utf8')).filter(
    (item) => !flags.includes('--subset') || item.id in pages,
  );
  const packs = [northKoreaPack];

  const libReadings = new Map(items.map((item) => [item.id, libReading(item)]));
  const lib = evaluate(items, packs, (item) => libReadings.get(item.id)!);
  const page = evaluate(items, packs, (item) => {
    const predicted = pages[item.id];
    if (!predicted) throw new Error(`no page prediction for ${item.id}`);
    let cursor = 0;
    const claims = predicted.claims.map((c): Claim => {
      const span = locate(item.text, c.text, cursor);
      if (span) cursor = span[1];
      const [start, end] = span ?? [-1, -1];
      return { id: c.id, kind: c.kind, text: c.text, start, end, cues: [], figures: [] };
    });
    return { topic: { onTopic: predicted.onTopic }, claims };
  });

  const differences = [];
  const short = { items: 0, onTopicLib: 0, onTopicPage: 0, agree: 0, unread: [] as string[] };
  for (const item of items) {
    const reading = libReadings.get(item.id)!;
    const predicted = pages[item.id]!;
    const libClaims = reading.claims.map((c) => claimKey(c.kind, c.text));
    const pageClaims = predicted.claims.map((c) => claimKey(c.kind, c.text));
    const onlyLib = without(libClaims, pageClaims);
    const onlyPage = without(pageClaims, libClaims);
    const same =
      reading.topic.onTopic === predicted.onTopic && onlyLib.length === 0 && !onlyPage.length;
    if (item.text.length < shortChars) {
      short.items++;
      if (reading.topic.onTopic) short.onTopicLib++;
      if (predicted.onTopic) short.onTopicPage++;
      if (same) short.agree++;
      if (reading.topic.onTopic && !predicted.onTopic) {
        short.unread.push(`${item.id} (${item.text.length} chars, page ${predicted.status})`);
      }
    }
    if (same) continue;
    differences.push({
      id: item.id,
      chars: item.text.length,
      lib: { onTopic: reading.topic.onTopic, claims: libClaims.length },
      page: { onTopic: predicted.onTopic, status: predicted.status, claims: pageClaims.length },
      onlyLib: onlyLib.map((c) => c.slice(0, 100)),
      onlyPage: onlyPage.map((c) => c.slice(0, 100)),
    });
  }
  console.log(
    JSON.stringify({
      lib: summaryLine(lib),
      pages: summaryLine(page),
      items: items.length,
      agree: items.length - differences.length,
      differences,
      short,
    }),
  );
}

main();
