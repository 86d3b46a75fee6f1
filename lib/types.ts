/**
 * Shared types: the one vocabulary every stage of the pipeline speaks.
 * Data flows one way: page -> article text -> topic -> claims -> context -> highlights and card.
 */

/** The five kinds of unverified claim (see the labelling guide). Order is the display order. */
export const CLAIM_KINDS = [
  'state-media',
  'official-estimate',
  'unnamed-source',
  'accusation',
  'denial',
] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/** How far a figure is from exact: "nearly 3.5 million" is `nearly`, "up to 3,000" is `up-to`. */
export type Hedge = 'exact' | 'about' | 'nearly' | 'more-than' | 'at-least' | 'up-to' | 'range';

/** Verification status of a claim in a pack's history or after a development. */
export type Status = 'unverifiable' | 'estimate' | 'corroborated' | 'contradicted';

/** A text span in the article's text (UTF-16 offsets into `ArticleText.text`). */
export interface Span {
  start: number;
  end: number;
}

/** A number found in text, with its unit and hedge. */
export interface ParsedFigure extends Span {
  /** The value; for ranges the lower bound. */
  value: number;
  /** Upper bound of a range ("1,000 to 2,000"). */
  max?: number;
  /** Normalised unit noun as written ("troops", "youths", "people"), lower case, or undefined. */
  unit?: string;
  hedge: Hedge;
  /** The matched text as it appears. */
  text: string;
}

/** One sentence of the article text. */
export interface Sentence extends Span {
  text: string;
}

/** Article metadata found on the page (all optional: pages omit them). */
export interface ArticleMeta {
  headline?: string;
  /** ISO date (YYYY-MM-DD) or partial (YYYY-MM, YYYY). */
  published?: string;
  /** BCP 47 primary language, lower case ("en", "de", "ko"). */
  lang?: string;
  siteName?: string;
}

/** Why the topic was (or was not) decided on. */
export interface TopicDecision {
  onTopic: boolean;
  score: number;
  threshold: number;
  /** Human-readable reasons, e.g. `term "KCNA" x2 (+6)`. */
  reasons: string[];
  lang: string;
}

/** A detected unverified claim. */
export interface Claim extends Span {
  /** Stable within a page: derived from the sentence text, so re-runs give the same id. */
  id: string;
  kind: ClaimKind;
  text: string;
  /** Who makes the claim, as named in the text ("KCNA", "South Korea's spy agency"). */
  claimant?: { name: string; id?: string };
  /** The cues that made this a claim, for "why was this highlighted". */
  cues: string[];
  figures: ParsedFigure[];
  /** The pack family this claim belongs to, when one matches. */
  familyId?: string;
}

/** Why one sentence was flagged as a claim, or why not: the reader's explanation. */
export interface SentenceDecision extends Span {
  /** Set when the sentence is a claim. */
  kind?: ClaimKind;
  /** The deciding rule or cue ("attribution: \"said\"", "excluded: rhetoric", ...). */
  reason: string;
  /** Every cue the sentence held. */
  cues: string[];
}

/** A sentence in the article that qualifies claims ("such claims are hard to verify"). */
export interface ArticleCaveat extends Span {
  text: string;
}

/** The result of reading one article's text. */
export interface Reading {
  topic: TopicDecision;
  claims: Claim[];
  caveats: ArticleCaveat[];
  /** Per sentence read, why it was flagged or not (only when asked for: `readArticle`'s explain). */
  decisions?: SentenceDecision[];
}
