// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyToClipboard } from '@/entrypoints/content/card-copy';

/** A window whose navigator has (or lacks) the async Clipboard API. */
function fakeWindow(clipboard?: { writeText: (text: string) => Promise<void> }): Window {
  return { navigator: { clipboard } } as unknown as Window;
}

function shadowRoot(): ShadowRoot {
  const host = document.createElement('div');
  document.body.append(host);
  return host.attachShadow({ mode: 'open' });
}

describe('copyToClipboard', () => {
  afterEach(() => {
    document.body.replaceChildren();
    vi.restoreAllMocks();
  });

  it('uses the Clipboard API when the page has it', async () => {
    const writeText = vi.fn(async () => {});
    expect(await copyToClipboard('notes', fakeWindow({ writeText }), shadowRoot())).toBe(true);
    expect(writeText).toHaveBeenCalledWith('notes');
  });

  it("falls back to a textarea in the card's shadow root, leaving nothing behind", async () => {
    const root = shadowRoot();
    const button = document.createElement('button');
    root.append(button);
    button.focus();
    let selected = '';
    const exec = vi.fn((command: string) => {
      const area = root.querySelector('textarea');
      selected = command === 'copy' && area ? area.value : '';
      return true;
    });
    Object.defineProperty(document, 'execCommand', { value: exec, configurable: true });
    const refused = { writeText: vi.fn(async () => Promise.reject(new Error('denied'))) };
    expect(await copyToClipboard('claim and sources', fakeWindow(refused), root)).toBe(true);
    expect(selected).toBe('claim and sources');
    expect(root.querySelector('textarea')).toBeNull();
    expect(document.body.querySelector('textarea')).toBeNull();
    expect(root.activeElement).toBe(button);
  });

  it('says so when neither way works', async () => {
    Object.defineProperty(document, 'execCommand', { value: () => false, configurable: true });
    expect(await copyToClipboard('x', fakeWindow(undefined), shadowRoot())).toBe(false);
    expect(await copyToClipboard('x', fakeWindow(undefined), undefined)).toBe(false);
  });
});
