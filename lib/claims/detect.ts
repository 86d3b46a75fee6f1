/**
 * Claim detection: which sentences of an on-topic article are unverified claims, of which kind,
 * and which sentences are caveats. The definition is the labelling guide
 * (corpus/claims/LABELING.md and DEV-NOTES.md): a statement of fact about the topic, attributed
 * to a party or marked as unconfirmed. Everything language-specific is cue data
 * (`./languages`); everything topic-specific is pack data (`pack.detection`).
 *
 * The article's cues are found once (`./text-cues.ts`); then each sentence goes through named
 * steps, each in its own file, and records why it is or is not a claim:
 * 1. `attributionOnly` (`./continuation.ts`): "This was reported by KCNA." attributes the
 *    sentence before it and is no claim itself;
 * 2. `mainAttribution` (`./attribution.ts`): who says so, by the attribution grammar;
 * 3. `decideKind` (`./kind.ts`): the kind follows the main clause; denials and hedges;
 * 4. `excludedBecause` (`./exclusions.ts`): caveats, hypotheses, reference figures, refusals,
 *    opinions, depictions, rhetoric;
 * 5. anchoring: a topical anchor in the sentence or in one of the two claims before it;
 * 6. `continuation` and `moodSpeaker` (`./continuation.ts`): a sentence with no attribution of
 *    its own continues the report before it.
 * After the last sentence, `quotationsAttributedNext` gives a quotation the speaker named in the
 * sentence after it.
 */
import { perObjectAndName } from '../memo';
import type { Pack } from '../pack/schema';
import type { ArticleCaveat, Claim, Sentence, SentenceDecision } from '../types';
import { mainAttribution } from './attribution';
import { createIdMaker } from './claim-id';
import {
  attributionOnly,
  continuation,
  intendsInMood,
  moodSpeaker,
  quotationsAttributedNext,
} from './continuation';
import {
  createDetectState,
  outside,
  PEOPLE_UNITS,
  speakerCue,
  type Analysis,
  type DetectState,
} from './detect-state';
import { excludedBecause, SPEAKER_EXCLUSIONS } from './exclusions';
import { linkFamilies } from './family';
import { decideKind, hedgesAttributedAhead } from './kind';
import { cuesFor } from './languages/registry';
import { insideSpans } from './quotation-spans';
import { rememberAppositives, rememberedMentions } from './speaker-memory';
import { anyIn, byStart, inSpan } from './span-index';
import { namesOwnMatter } from './subject-matter';
import { findTextCues } from './text-cues';

/** The detector's output: claims, the article's own caveat sentences, and why of each sentence. */
export interface DetectedClaims {
  claims: Claim[];
  caveats: ArticleCaveat[];
  /** One per sentence read, in order: flagged or not, and why (`npm run eval -- --explain`);
   * only when asked for, as the extension never shows them. */
  decisions?: SentenceDecision[];
}

/** The adjectives of every party but the subject's own state, lower case, per pack and language. */
const otherAdjectivesFor = perObjectAndName((pack: Pack, lang): string[] =>
  pack.detection.claimants
    .filter((c) => c.kind !== 'state-media')
    .flatMap((c) => c.adjectives?.[lang] ?? [])
    .map((a) => a.toLowerCase()),
);

/** How many claims back a sentence may take its topical anchor from. */
const ANCHOR_REACH = 2;

/** Detects claims and caveats in `sentences` of `text` (an on-topic article) for `pack`. */
export function detectClaims(
  text: string,
  sentences: readonly Sentence[],
  pack: Pack,
  lang: string,
  options: { explain?: boolean } = {},
): DetectedClaims {
  const cues = cuesFor(lang);
  const st = createDetectState(
    text,
    cues,
    findTextCues(text, pack, cues),
    otherAdjectivesFor(pack, cues.lang),
  );
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    if (s) st.analyses.push(analyse(st, i, s));
  }
  quotationsAttributedNext(st);
  hedgesAttributedAhead(st);

  const makeId = createIdMaker();
  const claims: Claim[] = [];
  for (const a of st.analyses) {
    if (!a.kind) continue;
    claims.push({
      id: makeId(a.sentence.text),
      kind: a.kind,
      start: a.sentence.start,
      end: a.sentence.end,
      text: a.sentence.text,
      ...(a.speaker
        ? { claimant: { name: a.speaker.name, ...(a.speaker.id ? { id: a.speaker.id } : {}) } }
        : {}),
      cues: [...new Set(a.cues)],
      figures: a.figures,
    });
  }
  return {
    claims: linkFamilies(text, claims, pack, cues.lang),
    caveats: st.caveats,
    ...(options.explain && { decisions: st.analyses.map(decisionOf) }),
  };
}

/** One sentence through the steps, in order; each step may settle it. */
function analyse(st: DetectState, i: number, s: Sentence): Analysis {
  const { all, quotes } = st;
  rememberAppositives(st, i, s);
  const mentions = byStart([...inSpan(all.mentions, s), ...rememberedMentions(st, s)]).filter((m) =>
    outside(st, m),
  );
  const figures = inSpan(all.figures, s);
  const hasPeopleFigure = figures.some((f) => f.unit !== undefined && PEOPLE_UNITS.has(f.unit));
  const quoteAtStart = /^["“„«]/u.test(s.text);
  const a: Analysis = {
    sentence: s,
    cues: [],
    anchored: hasPeopleFigure || anyIn(all.anchors, s),
    attributed: false,
    opensQuote: quoteAtStart && insideSpans(quotes, s.start) && insideSpans(quotes, s.end),
    figures,
  };

  // 1. Whole-sentence attribution: the fact is in the sentence before.
  if (attributionOnly(st, i, a, mentions)) return a;

  // 2-3. Who says so, and so of which kind.
  const { main, pronounExcluded } = mainAttribution(st, i, s, a, mentions);
  const { kind, speaker, denials } = decideKind(st, i, s, a, main, pronounExcluded, mentions);

  // 4. Exclusions: context and non-facts. Caveats are kept for the card.
  const exclusion = excludedBecause(
    st,
    s,
    hasPeopleFigure,
    speaker !== undefined && main?.type === 'named',
    denials.length > 0,
    kind ? Math.min(main?.pos ?? s.end, denials[0]?.start ?? s.end) : undefined,
    kind === 'state-media' && main?.type === 'named' ? main.verb : undefined,
    speaker !== undefined && speaker.kind !== 'state-media'
      ? mentions.filter((m) => m.speaker.kind === 'state-media' && m !== main?.mention)
      : [],
    speaker !== undefined && speaker.kind !== 'state-media' && main?.type === 'named' && main.verb
      ? { verb: main.verb, ...(main.mention ? { speaker: main.mention } : {}) }
      : undefined,
    // An outlet's report, unnamed sources or a bare hedge, though the report before lends it a
    // speaker ("The move is believed to be part of …" after a KCNA report).
    kind === 'unnamed-source' || (main === undefined && denials.length === 0),
  );
  if (exclusion === 'caveat') st.caveats.push({ start: s.start, end: s.end, text: s.text });
  if (exclusion) a.excluded = exclusion;
  if (a.excluded) {
    // A pronoun after an analyst's words is the analyst again; after a threat or a
    // hypothesis it is the same official, whose next statement may well be a claim.
    a.boundExcluded = !exclusion || SPEAKER_EXCLUSIONS.has(exclusion);
    return a;
  }

  // 5. Anchoring: the sentence, or a claim right before it, is about the topic.
  if (kind) {
    // A sentence on a matter of its own ("…제재에 대해서는") takes no anchor from before, and
    // the sentences after it take none from beyond it.
    a.otherMatter = !a.anchored && namesOwnMatter(st, s);
    const before = st.analyses.slice(Math.max(0, i - ANCHOR_REACH), i);
    const anchored =
      a.anchored ||
      (!a.otherMatter &&
        before
          .slice(before.map((p) => p.otherMatter === true).lastIndexOf(true) + 1)
          .some((p) => p.kind !== undefined && p.anchored));
    if (!anchored) return a;
    a.anchored = true;
    a.kind = kind;
    if (speaker) a.speaker = speaker;
    return a;
  }

  // 6. No attribution of its own: the report before it may go on.
  const mood = inSpan(all.reportedMood, s).filter((m) => outside(st, m));
  if (intendsInMood(st, s, mood)) {
    a.excluded = 'intention';
    return a;
  }
  const continued = continuation(st, i, s, a, hasPeopleFigure, mood) ?? moodSpeaker(st, i, a, mood);
  if (continued) {
    a.kind = continued.kind;
    if (continued.speaker) a.speaker = continued.speaker;
    a.anchored = true;
    a.cues.push(continued.cue, ...(continued.speaker ? [speakerCue(continued.speaker)] : []));
  }
  return a;
}

/** Why a sentence was or was not flagged, from its analysis. */
function decisionOf(a: Analysis): SentenceDecision {
  const { start, end } = a.sentence;
  const cues = [...new Set(a.cues)];
  if (a.kind) return { start, end, kind: a.kind, reason: cues[0] ?? 'claim', cues };
  let reason: string;
  if (a.excluded) reason = `excluded: ${a.excluded}`;
  else if (!a.attributed) reason = 'no attribution or hedge';
  else if (!a.anchored) reason = 'attributed, but no topical anchor here or in the claim before';
  else reason = 'attribution cue bound to no speaker';
  return { start, end, reason, cues };
}
