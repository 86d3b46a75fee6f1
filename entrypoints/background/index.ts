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
import { packsScriptSyncer } from './imported-packs-script';
import { PACK_INDEX_KEY } from '../shared/pack-index';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener(onMessage);
  // Settings (disabled packs) and imported packs live in storage: re-read them when it changes.
  browser.storage.onChanged.addListener(forgetPacks);
  // The imported packs' content script runs exactly while packs are imported: checked at every
  // start of the background (install, update, browser start) and at every change of the packs,
  // which open tabs hear at once.
  const syncPacksScript = packsScriptSyncer();
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && PACK_INDEX_KEY in changes) void syncPacksScript(true);
  });
  browser.runtime.onInstalled.addListener(() => void syncPacksScript(false));
  browser.runtime.onStartup.addListener(() => void syncPacksScript(false));
  void syncPacksScript(false);
  browser.tabs.onUpdated.addListener((tabId, change, tab) => void onTabUpdated(tabId, change, tab));
  browser.tabs.onRemoved.addListener(onTabRemoved);
  browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab));
});
