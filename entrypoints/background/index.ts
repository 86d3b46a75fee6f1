/**
 * The background: wiring only. The toolbar badge counts the claims highlighted in each tab, the
 * keyboard command toggles highlights on the active tab, the card's settings button opens the
 * options page, and content scripts hand it article text to read off the page's main thread. Handlers live in the sibling modules, where tests call them directly.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { onTabRemoved, onTabUpdated } from './badge';
import { onCommand } from './commands';
import { onMessage } from './content-requests';
import { forgetPacks } from './detect-for-page';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener(onMessage);
  // Settings (disabled packs) and imported packs live in storage: re-read them when it changes.
  browser.storage.onChanged.addListener(forgetPacks);
  browser.tabs.onUpdated.addListener((tabId, change, tab) => void onTabUpdated(tabId, change, tab));
  browser.tabs.onRemoved.addListener(onTabRemoved);
  browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab));
});
