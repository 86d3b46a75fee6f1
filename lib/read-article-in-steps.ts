/**
 * `readArticle` in steps, so a caller can give the page's main thread back between them: the
 * topic decision, the sentence split, then claim detection one slice of paragraphs at a time.
 * Pure: a generator that does one step per `next()`; the caller decides how to wait in between
 * (the content script yields to the page, tests just run it to the end).
 *
 * An article no longer than one slice reads exactly as `readArticle` reads it. A longer one is
 * cut at paragraph breaks; each slice is detected on its own, so a speaker named in one slice
 * is not remembered in the next (claims are sentences attributed in their own paragraph or the
 * one before, so little is lost), and repeated sentences across slices get distinct ids.
 */
import { detectClaims } from './claims/detect';
import { inArticle } from './claims/focus';
import { forgetTexts, prepareFrom } from './claims/phrase-text';
import { shiftClaim, shiftSpan } from './claims/shift';
import { perObject } from './memo';
import type { Pack } from './pack/schema';
import { splitSentences } from './text/sentences';
import { chooseTopic, focusOn } from './read-article';
import type { ArticleMeta, Claim, Reading, Sentence } from './types';

/** Characters of text per detection slice: a long news story (about 1,300 words) is one slice. */
export const SLICE_CHARS = 8000;

/**
 * Text longer than this gets a warm-up step when the detector has not run yet: its first use
 * compiles its patterns and code (tens of milliseconds in a fresh page), so that happens on the
 * opening sentences, in a step of its own, and no later step carries it on top of a whole slice.
 */
export const WARM_UP_ABOVE = 3000;

/** How much of the opening text the warm-up reads (its result is thrown away). */
const WARM_UP_CHARS = 1000;

/**
 * The languages each pack's claims were already detected in, in this realm: once is enough for
 * the warm-up's purpose, so a page read again (infinite scroll, a single-page app) and the
 * background, which reads page after page, skip it.
 */
const detectedIn = perObject((_pack: Pack): Set<string> => new Set());

export interface SlicedReadOptions {
  /** Characters per slice (cut at the next paragraph break after this many). */
  sliceChars?: number;
}

/** What `readArticle` returns. */
export type PackReading = Reading & { pack?: Pack };

/** Sentences grouped into slices of about `sliceChars`, each ending at a paragraph break. */
export function sliceSentences(
  text: string,
  sentences: readonly Sentence[],
  sliceChars: number,
): Sentence[][] {
  const slices: Sentence[][] = [];
  let current: Sentence[] = [];
  let from = 0;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i] as Sentence;
    if (current.length === 0) from = s.start;
    current.push(s);
    const next = sentences[i + 1];
    const paragraphEnds = next === undefined || text.slice(s.end, next.start).includes('\n');
    if (paragraphEnds && s.end - from >= sliceChars) {
      slices.push(current);
      current = [];
    }
  }
  if (current.length > 0) slices.push(current);
  return slices;
}

/** [from, to) pieces of `text` of about `size` characters, each ending at a line break. */
export function lineChunks(text: string, size: number): [number, number][] {
  const chunks: [number, number][] = [];
  let from = 0;
  while (from < text.length) {
    const cut = from + size >= text.length ? -1 : text.indexOf('\n', from + size);
    const to = cut === -1 ? text.length : cut + 1;
    chunks.push([from, to]);
    from = to;
  }
  return chunks;
}

/** Renames `id` until it is unused, as the claim-id maker does for repeated sentences. */
function uniqueId(id: string, used: Set<string>): string {
  if (!used.has(id)) return id;
  let n = 2;
  while (used.has(`${id}-${n}`)) n++;
  return `${id}-${n}`;
}

/**
 * Reads `text` like `readArticle`, one step per `next()`: after the topic decision, after the
 * sentence split and after each slice's claims. The return value is the reading. Like
 * `readArticle`, it keeps nothing of the text once it ends (or is abandoned with `return()`).
 */
export function* readArticleSliced(
  text: string,
  meta: ArticleMeta,
  packs: readonly Pack[],
  options: SlicedReadOptions = {},
): Generator<void, PackReading, void> {
  try {
    return yield* readSteps(text, meta, packs, options);
  } finally {
    forgetTexts();
  }
}

function* readSteps(
  article: string,
  meta: ArticleMeta,
  packs: readonly Pack[],
  options: SlicedReadOptions,
): Generator<void, PackReading, void> {
  const { topic, pack } = chooseTopic(article, meta, packs);
  if (!pack) return { topic, claims: [], caveats: [] };
  // Only the lines near the topic's anchors are read, as `readArticle` reads them.
  const focus = focusOn(article, pack, topic.lang);
  const found = yield* detectSteps(focus.text, pack, topic.lang, options);
  return { topic, ...inArticle(focus, found), pack };
}

/** Sentences and claims of `text`, a slice per step. */
function* detectSteps(
  text: string,
  pack: Pack,
  lang: string,
  options: SlicedReadOptions,
): Generator<void, Omit<Reading, 'topic'>, void> {
  const sliceChars = options.sliceChars ?? SLICE_CHARS;
  // Sentences never cross a line break, so the text is split a slice at a time, each in a step
  // of its own.
  const sentences: Sentence[] = [];
  for (const [from, to] of lineChunks(text, sliceChars)) {
    yield;
    for (const sentence of splitSentences(text.slice(from, to), lang)) {
      sentences.push(shiftSpan(sentence, from));
    }
  }
  const slices = sliceSentences(text, sentences, sliceChars);
  const warm = detectedIn(pack);
  /** Claims of `text[from, to)`, whose sentences are `local`. */
  const detect = (from: number, to: number, local: readonly Sentence[]) => {
    const part = from === 0 && to === text.length ? text : text.slice(from, to);
    // A slice is prepared for phrase matching from the whole text's preparation.
    if (part !== text) prepareFrom(text, part, [[from, to]]);
    const found = detectClaims(part, local, pack, lang);
    warm.add(lang);
    return found;
  };
  if (text.length > WARM_UP_ABOVE && !warm.has(lang)) {
    const opening = sentences.filter((s) => s.end <= WARM_UP_CHARS);
    const end = opening[opening.length - 1]?.end;
    if (end !== undefined) {
      yield;
      detect(0, end, opening);
    }
  }
  if (slices.length <= 1) {
    yield;
    const { claims, caveats } = detect(0, text.length, sentences);
    return { claims, caveats };
  }
  const claims: Claim[] = [];
  const caveats: Reading['caveats'] = [];
  const used = new Set<string>();
  for (const slice of slices) {
    yield;
    const base = (slice[0] as Sentence).start;
    const end = (slice[slice.length - 1] as Sentence).end;
    const local = slice.map((s) => shiftSpan(s, -base));
    const found = detect(base, end, local);
    for (const claim of found.claims) {
      const id = uniqueId(claim.id, used);
      used.add(id);
      claims.push({ ...shiftClaim(claim, base), id });
    }
    for (const caveat of found.caveats) caveats.push(shiftSpan(caveat, base));
  }
  return { claims, caveats };
}

/** Runs `steps` to the end without pausing (tests, scripts). */
export function runToEnd<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
