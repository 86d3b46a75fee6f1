/**
 * Asking a page's content script, the way the real popup does: from an extension page, send
 * the request to the active tab. Works with both E2E handles (Playwright pages in Chromium,
 * puppeteer pages in Firefox), since it only uses `bringToFront` and `evaluate`.
 */

/**
 * A function that sends `message` to `page`'s content script from `extPage` (popup.html),
 * retrying while no content script listens yet.
 * @param {any} extPage an extension page (popup.html) of the same browser
 * @returns {(page: any, message: object, timeoutMs?: number) => Promise<any>} the answer, or
 *   undefined when nothing answered in time
 */
export function contentAsker(extPage) {
  return async (page, message, timeoutMs = 5000) => {
    const deadline = Date.now() + timeoutMs;
    await page.bringToFront();
    for (let tries = 0; ; tries++) {
      const result = await extPage.evaluate(
        async (/** @type {{ msg: object, tellToListen: boolean }} */ { msg, tellToListen }) => {
          const api =
            /** @type {any} */ (globalThis).browser ?? /** @type {any} */ (globalThis).chrome;
          const [tab] = await api.tabs.query({ active: true, currentWindow: true });
          // As the popup does: a page off the topic keeps no message listener until told that
          // somebody asks: a waiting first look through its handle (LOOK_GLOBAL, called in the
          // content script's world), a page gate through local storage (REPORT_ASK_KEY).
          if (tellToListen) {
            await api.storage.local.set({ reportAsk: `${Date.now()}:${Math.random()}` });
            await api.scripting
              .executeScript({
                target: { tabId: tab.id },
                func: (/** @type {string} */ name) =>
                  /** @type {any} */ (globalThis)[name]?.('asked'),
                args: ['__caveatLook'],
              })
              .catch(() => undefined);
          }
          try {
            return { ok: true, answer: await api.tabs.sendMessage(tab.id, msg) };
          } catch (error) {
            return { ok: false, error: String(error) };
          }
        },
        { msg: message, tellToListen: tries === 1 },
      );
      if (result.ok && result.answer !== undefined) return result.answer;
      if (Date.now() > deadline) return undefined;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
}
