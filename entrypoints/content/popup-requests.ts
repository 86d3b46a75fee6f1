/**
 * Answers the popup's and background's requests to this page. Pure routing: the app passes in
 * what each request does, so the router is testable without a browser.
 */
import type { ContentRequest, PageReport } from '@/lib/protocol';

export interface ContentActions {
  report(): PageReport;
  /** Scrolls to, focuses and opens the claim; false when it is not highlighted. */
  focusClaim(id: string): boolean;
  /** Pauses or resumes highlights on this page; returns whether they are now on. */
  togglePage(): boolean;
}

function isContentRequest(message: unknown): message is ContentRequest {
  const type = (message as { type?: unknown } | null)?.type;
  return (
    type === 'caveat:get-report' || type === 'caveat:focus-claim' || type === 'caveat:toggle-page'
  );
}

/**
 * A promise with the answer for Caveat's content requests, `undefined` for any other message
 * (so other listeners, if any, can answer it).
 */
export function answerContentRequest(
  message: unknown,
  actions: ContentActions,
): Promise<unknown> | undefined {
  if (!isContentRequest(message)) return undefined;
  switch (message.type) {
    case 'caveat:get-report':
      return Promise.resolve(actions.report());
    case 'caveat:focus-claim':
      return Promise.resolve({ ok: actions.focusClaim(String(message.id)) });
    case 'caveat:toggle-page':
      return Promise.resolve({ on: actions.togglePage() });
  }
}
