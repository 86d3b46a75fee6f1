/**
 * Puts the card's "Copy with sources" text on the clipboard. The async Clipboard API first (it
 * needs the click's user activation and, in Chromium, a secure page); where it is missing (an
 * http page) or refused, a hidden textarea inside the card's own shadow root and
 * `execCommand('copy')`, which both browsers still allow during a click. Nothing of the page's
 * DOM is touched, and focus goes back to where it was.
 */
export async function copyToClipboard(
  text: string,
  win: Window,
  root: ShadowRoot | undefined,
): Promise<boolean> {
  try {
    if (win.navigator.clipboard?.writeText) {
      await win.navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (no focus, a permissions policy): the textarea route may still work.
  }
  if (!root) return false;
  const doc = root.ownerDocument;
  const back = root.activeElement as HTMLElement | null;
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.tabIndex = -1;
  // Off-screen and fixed, so the copy never scrolls the page or shifts its layout.
  area.style.cssText = 'position:fixed;top:0;left:-9999px;width:1px;height:1px;opacity:0;';
  root.append(area);
  try {
    area.select();
    return doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    back?.focus({ preventScroll: true });
  }
}
