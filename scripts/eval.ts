/**
 * `npm run eval [-- FILE.jsonl ...] [--part=tune|check] [--explain]`: scores the string pipeline
 * on labelled sets (by default ../shared's dev.jsonl and dev-2.jsonl together) and ends with one
 * summary line. Before it, the tuning part's and the check part's summaries (the fixed split of
 * `./eval-split.ts`), so every run shows what articles nobody tuned on get. `--part` keeps one
 * part's articles only; `--explain` prints the reader's reason beside each miss and false flag.
 * It reports; it does not judge (exit 0). A missing file exits 2.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { northKoreaPack } from '../lib/bundled-packs/north-korea/pack';
import {
  evaluate,
  itemLines,
  languageLines,
  parseJsonl,
  summarise,
  summaryLine,
  type LabelledItem,
} from './eval-lib';
import { splitParts, type Part } from './eval-split';

const SHARED = path.resolve(process.cwd(), '../shared/corpus/claims');
const DEFAULTS = ['dev.jsonl', 'dev-2.jsonl'].map((f) => path.join(SHARED, f));

const args = process.argv.slice(2);
const explain = args.includes('--explain');
const partArg = args.find((a) => a.startsWith('--part='))?.slice('--part='.length);
if (partArg !== undefined && partArg !== 'tune' && partArg !== 'check') {
  console.error(`eval: --part takes tune or check, not ${partArg}`);
  process.exit(2);
}
const files = args.filter((a) => !a.startsWith('--'));
const chosen = files.length ? files : DEFAULTS;
for (const file of chosen) {
  if (!existsSync(file)) {
    console.error(`eval: no labelled file at ${file} (pass one: npm run eval -- FILE.jsonl)`);
    process.exit(2);
  }
}

const all: LabelledItem[] = chosen.flatMap((file) => parseJsonl(readFileSync(file, 'utf8')));
const parts = splitParts(all);
const items = partArg ? all.filter((item) => parts.get(item.id) === partArg) : all;
const summary = evaluate(items, [northKoreaPack]);

for (const line of itemLines(summary, { explain })) console.log(line);
if (!partArg) {
  for (const part of ['tune', 'check'] as Part[]) {
    const ids = new Set(all.filter((i) => parts.get(i.id) === part).map((i) => i.id));
    const sub = summarise(summary.items.filter((r) => ids.has(r.id)));
    console.log(`part ${part} (${ids.size} articles): ${summaryLine(sub)}`);
    for (const line of languageLines(sub)) console.log(`  ${line}`);
  }
}
for (const line of languageLines(summary)) console.log(line);
console.log(summaryLine(summary));
