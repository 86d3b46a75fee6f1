/**
 * The whole string pipeline: topic, then sentences and claims for the first on-topic pack.
 * `npm run eval` and the tests read with it; the extension reads with `readArticleSliced`
 * (`./read-article-in-steps.ts`), the same steps with pauses between them and the same result for a story
 * of ordinary length.
 */
import { detectClaims } from './claims/detect';
import { focusOnAnchors, inArticle, type Focus } from './claims/focus';
import { forgetTexts, prepareFrom } from './claims/phrase-text';
import type { Pack } from './pack/schema';
import { splitSentences } from './text/sentences';
import { decideTopic } from './topic';
import type { ArticleMeta, Reading, TopicDecision } from './types';

/**
 * The topic decision against each pack: the best-scoring on-topic pack and its decision, or the
 * first pack's (off-topic) decision when none matches.
 */
export function chooseTopic(
  text: string,
  meta: ArticleMeta,
  packs: readonly Pack[],
): { topic: TopicDecision; pack?: Pack } {
  let best: { pack: Pack; topic: TopicDecision } | undefined;
  let first: TopicDecision | undefined;
  for (const pack of packs) {
    const topic = decideTopic(text, meta, pack);
    first ??= topic;
    if (topic.onTopic && (!best || topic.score > best.topic.score)) best = { pack, topic };
  }
  if (best) return best;
  const topic: TopicDecision = first ?? {
    onTopic: false,
    score: 0,
    threshold: 0,
    reasons: ['no packs'],
    lang: meta.lang ?? 'en',
  };
  return { topic };
}

/**
 * `focusOnAnchors(text, pack, lang)`, with its text prepared for phrase matching from the
 * article's own preparation (the topic decision's) when it keeps only some lines.
 */
export function focusOn(text: string, pack: Pack, lang: string): Focus {
  const focus = focusOnAnchors(text, pack, lang);
  if (focus.text === text) return focus;
  const { runs } = focus;
  const parts: Array<[number, number]> = [];
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r] as { at: number; from: number };
    // Runs are joined by one "\n": the next run starts one character after this one ends.
    const end = r + 1 < runs.length ? (runs[r + 1] as { at: number }).at - 1 : focus.text.length;
    parts.push([run.from, run.from + end - run.at]);
  }
  prepareFrom(text, focus.text, parts);
  return focus;
}

/**
 * Reads `text`: decides the topic against each pack (the best-scoring on-topic pack wins) and,
 * only when one matches, splits sentences and detects claims in the lines near the topic's
 * anchors (`./claims/focus.ts`). Off-topic text costs a topic decision and nothing more. Each
 * reading starts afresh: nothing of one text is kept for the next.
 */
export function readArticle(
  text: string,
  meta: ArticleMeta,
  packs: readonly Pack[],
  options: { explain?: boolean } = {},
): Reading & { pack?: Pack } {
  try {
    const { topic, pack } = chooseTopic(text, meta, packs);
    if (!pack) return { topic, claims: [], caveats: [] };
    const focus = focusOn(text, pack, topic.lang);
    const sentences = splitSentences(focus.text, topic.lang);
    const { decisions, ...found } = inArticle(
      focus,
      detectClaims(focus.text, sentences, pack, topic.lang, options),
    );
    return { topic, ...found, ...(options.explain && { decisions }), pack };
  } finally {
    forgetTexts();
  }
}
