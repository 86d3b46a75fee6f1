/**
 * The background: wiring only. The toolbar badge counts the claims highlighted in each tab, the
 * keyboard command toggles highlights on the active tab, and the card's settings button opens the
 * options page. Handlers live in the sibling modules, where tests call them directly.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { onTabRemoved, onTabUpdated } from './badge';
import { onCommand } from './commands';
import { onMessage } from './messages';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener(onMessage);
  browser.tabs.onUpdated.addListener((tabId, change, tab) => void onTabUpdated(tabId, change, tab));
  browser.tabs.onRemoved.addListener(onTabRemoved);
  browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab));
});
