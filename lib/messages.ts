/**
 * Messages between the popup, the background and the content script. Types only: each side
 * sends and answers them through `wxt/browser` in its entrypoint.
 */
import type { ClaimContext } from './pack/types';
import type { ClaimKind } from './types';

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
  | { type: 'caveat:open-options' };
