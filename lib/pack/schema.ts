/**
 * The knowledge-pack schema. A pack is data only: everything topic-specific (terms, claimants,
 * families of claims, their history and context) lives here, never in code.
 */
import type { ClaimKind, Hedge, Status } from '../types';

/** Per-language lists, keyed by BCP 47 primary language ("en", "de", "fr", "ko"). */
export type PerLanguage<T> = Record<string, T[]>;

export interface Source {
  publisher: string;
  /** https only. */
  url: string;
  /** ISO date of the source page, when known. */
  date?: string;
  /** The original agency when the link is a copy ("Reuters"). */
  via?: string;
}

export interface PackFigure {
  value: number;
  max?: number;
  unit: string;
  hedge: Hedge;
}

export interface HistoryEntry {
  id: string;
  /** ISO date: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  claimant: string;
  claimantKind: ClaimKind;
  figure?: PackFigure;
  /** Our own words. */
  summary: string;
  status: Status;
  sources: Source[];
}

export interface ReferenceFigure {
  id: string;
  /** What is measured: "Active armed forces". */
  label: string;
  publisher: string;
  figure: PackFigure;
  /** The date the figure describes. */
  asOf: string;
  note?: string;
  sources: Source[];
}

export interface AgencyCaveat {
  id: string;
  publisher: string;
  /** A paraphrase, or a quotation (under 15 words) when `quote` is true. */
  text: string;
  quote?: boolean;
  /** Who said it, required for quotations. */
  speaker?: string;
  date?: string;
  sources: Source[];
}

export interface Development {
  id: string;
  date: string;
  summary: string;
  status: Status;
  /** History entries this development changes. */
  affects?: string[];
  sources: Source[];
}

export interface Family {
  id: string;
  title: string;
  /** Phrases (case-insensitive, word-bounded) that tie a claim sentence to this family. */
  cues: PerLanguage<string>;
  /** Reference figures the claimed figure is compared against (ids in `references`). */
  compareWith?: string[];
  history: HistoryEntry[];
  references: ReferenceFigure[];
  caveats: AgencyCaveat[];
  developments: Development[];
}

export interface WeightedTerm {
  term: string;
  weight: number;
}

/** A party whose statements are claims of a given kind. */
export interface Claimant {
  id: string;
  name: string;
  /** `state-media` for the subject's own state, `official-estimate` for other governments. */
  kind: ClaimKind;
  /** How the card names them: "North Korean state media". */
  description: string;
  patterns: PerLanguage<string>;
  /** Adjectives naming the party's own things ("South Korean" drones): a reported clause whose
   * subject they qualify tells of the party's act. */
  adjectives?: PerLanguage<string>;
}

export interface Detection {
  /** Score at or above which an article is on the topic. */
  threshold: number;
  /** Terms naming the subject (country, leader, army); at least one must occur. */
  subject: PerLanguage<WeightedTerm>;
  /** Terms naming the subject matter (enlistment, troops, casualties ...). */
  matter: PerLanguage<WeightedTerm>;
  /** Words that anchor a claim sentence to the topic. */
  anchors: PerLanguage<string>;
  claimants: Claimant[];
}

export interface Pack {
  id: string;
  title: string;
  /** Semver. */
  version: string;
  /** ISO date the pack's facts were last checked. */
  updated: string;
  languages: string[];
  detection: Detection;
  families: Family[];
}

/** A computed comparison between a claimed figure and a reference or earlier figure. */
export interface Comparison {
  /** What the claim is compared against: a reference id or a history entry id. */
  against: string;
  /** claimed / other. */
  ratio: number;
  /** Our sentence: "1.09 times IISS's active force (1.28 million, as of 2024)". */
  text: string;
}

/** Everything the card and popup show about one claim; plain data, serialisable. */
export interface ClaimContext {
  pack: { id: string; title: string; version: string; updated: string };
  family?: { id: string; title: string };
  /** The article's publication date, when known; without it everything is shown, by date. */
  articleDate?: string;
  /** Earlier claims of the family (before the article's date; all when undated), oldest first. */
  earlier: HistoryEntry[];
  /** The history entry this claim restates, when one matches by date and figure. */
  current?: HistoryEntry;
  /** Claims and developments after the article's date (all when undated), oldest first. */
  laterClaims: HistoryEntry[];
  developments: Development[];
  /** Reference figures as of the article's date (the latest not after it). */
  references: ReferenceFigure[];
  comparisons: Comparison[];
  /** Caveat sentences found in the article itself, shown first. */
  articleCaveats: string[];
  agencyCaveats: AgencyCaveat[];
}
