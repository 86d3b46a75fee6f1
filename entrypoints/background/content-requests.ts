/** Answers messages from content scripts (see `BackgroundRequest` in `lib/protocol.ts`). */
import { browser } from 'wxt/browser';
import type { BackgroundRequest, ReadReply } from '@/lib/protocol';
import { showClaimCount } from './badge';
import { detectForPage } from './detect-for-page';

interface Sender {
  tab?: { id?: number; url?: string };
  url?: string;
}

function isRequest(message: unknown): message is BackgroundRequest {
  const type = (message as { type?: unknown } | null)?.type;
  return type === 'caveat:report' || type === 'caveat:open-options' || type === 'caveat:read';
}

/**
 * `runtime.onMessage` handler. Returns a promise only for messages it handles, so it never
 * swallows a reply another listener owes.
 */
export function onMessage(
  message: unknown,
  sender: Sender,
): Promise<void> | Promise<ReadReply> | undefined {
  if (!isRequest(message)) return undefined;
  switch (message.type) {
    case 'caveat:report': {
      const tabId = sender.tab?.id;
      if (tabId === undefined || tabId < 0) return undefined;
      return showClaimCount(tabId, message.count, sender.tab?.url ?? sender.url);
    }
    case 'caveat:open-options':
      return browser.runtime.openOptionsPage();
    case 'caveat:read':
      // Only from a tab's content script: extension pages read nothing.
      if (sender.tab?.id === undefined) return undefined;
      return detectForPage(message);
  }
}
