/**
 * `npm run bench:pipeline`: times `readArticle` on a generated ~2,000-word on-topic article
 * (our own text, built from templates) and prints the median and p95. Target: under 5 ms median
 * in Node. Also times an off-topic article of the same length, which should cost almost nothing.
 */
import { northKoreaPack } from '../lib/bundled-packs/north-korea/pack';
import { readArticle } from '../lib/read-article';

const TEMPLATES = [
  'KCNA said on {day} that about {n} young people had volunteered to join the army.',
  "South Korea's spy agency said {n} North Korean soldiers had been sent to the Kursk region.",
  'The figures could not be independently verified, and similar claims have been made before.',
  'Officials in Seoul met on {day} to discuss the budget for the coming year and the roads plan.',
  'A spokesman for the Pentagon said there were signs that more troops were moving to the front.',
  '"We will answer any provocation," the statement said, without giving details.',
  'The markets in the capital were busy as farmers brought the autumn harvest into town.',
  'Sources familiar with the matter said {n} engineers were also sent to help rebuild bridges.',
  'An analyst in Seoul said the drive was meant mostly for a domestic audience.',
  'The Kremlin denied that North Korean troops were taking part in the fighting.',
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

/** A ~2,000-word article: paragraphs of templated sentences with varying figures. */
export function buildArticle(words = 2000, templates = TEMPLATES): string {
  const paragraphs: string[] = [];
  let count = 0;
  let i = 0;
  while (count < words) {
    const sentences: string[] = [];
    for (let k = 0; k < 4; k++, i++) {
      const t = templates[i % templates.length] ?? '';
      const s = t
        .replace('{n}', (1000 + ((i * 7919) % 90000)).toLocaleString('en-US'))
        .replace('{day}', DAYS[i % DAYS.length] ?? 'Monday');
      sentences.push(s);
      count += s.split(/\s+/).length;
    }
    paragraphs.push(sentences.join(' '));
  }
  return paragraphs.join('\n\n');
}

function time(text: string, headline: string, iterations: number): { median: number; p95: number } {
  const meta = { headline, lang: 'en' };
  for (let i = 0; i < 30; i++) readArticle(text, meta, [northKoreaPack]); // warm up (regex compile, JIT)
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    readArticle(text, meta, [northKoreaPack]);
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number): number =>
    samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0;
  return { median: at(0.5), p95: at(0.95) };
}

const iterations = Number(process.argv[2] ?? 300);
const onTopic = buildArticle();
const reading = readArticle(onTopic, { headline: 'North Korea says youths volunteer' }, [
  northKoreaPack,
]);
const offTopic = buildArticle(2000, [
  'The football club signed a new striker on {day} for a fee of {n} pounds.',
  'Fans gathered outside the stadium as the coach spoke about the season ahead.',
  'The weather stayed cold and clear through the weekend across the region.',
]);
const on = time(onTopic, 'North Korea says youths volunteer', iterations);
const off = time(offTopic, 'Club signs striker', iterations);
const words = onTopic.split(/\s+/).length;
console.log(
  `on-topic: ${words} words, ${reading.claims.length} claims, ${reading.caveats.length} caveats`,
);
console.log(
  `bench: readArticle on-topic median=${on.median.toFixed(2)}ms p95=${on.p95.toFixed(2)}ms (${iterations} runs)`,
);
console.log(
  `bench: readArticle off-topic median=${off.median.toFixed(3)}ms p95=${off.p95.toFixed(3)}ms`,
);
