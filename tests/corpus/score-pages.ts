/**
 * Scores the dev set as rendered pages by exactly the rules of `npm run eval`: reads the page
 * predictions (JSON on stdin: `{ [itemId]: { onTopic, claims: [{ id, kind, text }] } }`, the
 * claim text being the concatenated text of a claim's marks), locates each claim in the item's
 * text, and prints the lib's summary line, the pages' summary line and a JSON line with the
 * items whose page result differs from the lib's. Run with tsx by scripts/corpus.mjs.
 */
import { readFileSync } from 'node:fs';
import { northKoreaPack } from '../../lib/packs/north-korea/index';
import type { Claim, ClaimKind } from '../../lib/types';
import { evaluate, parseJsonl, summaryLine, type ItemResult } from '../../scripts/eval-lib';

interface PageClaim {
  id: string;
  kind: ClaimKind;
  text: string;
}
type PagePredictions = Record<string, { onTopic: boolean; claims: PageClaim[] }>;

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

function main(): void {
  const [devFile] = process.argv.slice(2);
  if (!devFile) throw new Error('usage: tsx score-pages.ts DEV.jsonl < predictions.json');
  const items = parseJsonl(readFileSync(devFile, 'utf8'));
  const pages = JSON.parse(readFileSync(0, 'utf8')) as PagePredictions;
  const packs = [northKoreaPack];

  const lib = evaluate(items, packs);
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

  const key = (r: ItemResult) =>
    JSON.stringify([r.topicPredicted, r.matched, r.predicted, r.kindErrors.length]);
  const differences = lib.items.flatMap((r, i) => {
    const p = page.items[i]!;
    return key(r) === key(p)
      ? []
      : [
          {
            id: r.id,
            lib: { onTopic: r.topicPredicted, matched: r.matched, flagged: r.predicted },
            page: { onTopic: p.topicPredicted, matched: p.matched, flagged: p.predicted },
            pageFalseFlags: p.falseFlags.map((f) => f.text.slice(0, 80)),
            pageMisses: p.misses.map((m) => m.quote.slice(0, 80)),
          },
        ];
  });
  console.log(`lib   ${summaryLine(lib)}`);
  console.log(`pages ${summaryLine(page)}`);
  console.log(JSON.stringify({ differences }));
}

main();
