/**
 * Messages between the popup, the background and the content script. Types only: each side
 * sends and answers them through `wxt/browser` in its entrypoint.
 */
import type { ClaimContext } from './pack/schema';
import type { ArticleMeta, ClaimKind, Reading } from './types';

/** What Caveat did on a page; "not checked" and "checked, nothing found" are different. */
export type PageStatus =
  | 'disabled' // Caveat is off
  | 'site-disabled' // off on this site
  | 'no-article' // no article found: nothing checked
  | 'off-topic' // an article, not on any enabled pack's topic: nothing checked
  | 'on-topic'; // checked; claims may be empty

export interface ClaimSummary {
  id: string;
  kind: ClaimKind;
  claimant?: string;
  /** The opening words of the claim sentence. */
  excerpt: string;
  /** False when the reader's kind filter hides it. */
  shown: boolean;
}

export interface PageReport {
  status: PageStatus;
  host: string;
  /** Title of the pack whose topic matched. */
  topic?: string;
  claims: ClaimSummary[];
  /** Context of the page's main claim family (the family with the most claims). */
  mainContext?: ClaimContext;
}

export type ContentRequest =
  | { type: 'caveat:get-report' }
  | { type: 'caveat:focus-claim'; id: string }
  | { type: 'caveat:toggle-page' };

export type BackgroundRequest =
  | { type: 'caveat:report'; count: number }
  // The card's settings button: content scripts cannot open the options page themselves.
  | { type: 'caveat:open-options' }
  | ReadRequest;

/** A pack as the content script has it: the background reads with the very same one. */
export interface PackRef {
  id: string;
  version: string;
}

/**
 * The article text, for the background to read it (topic, sentences, claims) off the page's
 * main thread. The text stays inside the browser: it goes to Caveat's own background only.
 */
export interface ReadRequest {
  type: 'caveat:read';
  text: string;
  meta: ArticleMeta;
  packs: PackRef[];
}

/** The background's reading, or why it has none (the content script then reads by itself). */
export type ReadReply =
  ({ ok: true; packId?: string } & Reading) | { ok: false; reason: 'packs' | 'error' };
