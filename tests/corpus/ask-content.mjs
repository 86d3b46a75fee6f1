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
    for (;;) {
      const result = await extPage.evaluate(async (/** @type {object} */ msg) => {
        const api =
          /** @type {any} */ (globalThis).browser ?? /** @type {any} */ (globalThis).chrome;
        const [tab] = await api.tabs.query({ active: true, currentWindow: true });
        try {
          return { ok: true, answer: await api.tabs.sendMessage(tab.id, msg) };
        } catch (error) {
          return { ok: false, error: String(error) };
        }
      }, message);
      if (result.ok && result.answer !== undefined) return result.answer;
      if (Date.now() > deadline) return undefined;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
}
