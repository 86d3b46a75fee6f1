// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { englishT } from '@/components/ui-strings';
import { createCardView } from '@/entrypoints/content/card-view';
import { makeClaim, makeContext } from '../../fixtures/claim-context';

const rect = { top: 100, left: 50, width: 120, height: 18 };

describe('card view', () => {
  it('creates the shadow host only on first show, renders the dialog, and removes it', async () => {
    document.body.replaceChildren();
    const ctx = new ContentScriptContext('test');
    const onClose = vi.fn();
    const view = createCardView({
      ctx,
      doc: document,
      win: window,
      getData: (id) => (id === 'c1' ? { claim: makeClaim(), context: makeContext() } : undefined),
      t: englishT,
      locale: 'en',
      onClose,
      onDisableCards: vi.fn(),
      onOpenSettings: vi.fn(),
      claimElement: () => undefined,
    });
    expect(document.querySelector('caveat-card')).toBeNull();

    view.show('c1', rect, true);
    await vi.waitFor(() => expect(document.querySelector('caveat-card')).not.toBeNull());
    const host = document.querySelector('caveat-card')!;
    const dialog = host.shadowRoot?.querySelector('[role="dialog"]');
    expect(dialog?.getAttribute('aria-labelledby')).toBe('caveat-card-title');
    expect(view.contains(host)).toBe(true);
    expect(view.contains(document.body)).toBe(false);
    const frame = host.shadowRoot?.querySelector<HTMLElement>('.caveat-frame');
    expect(frame?.style.top).toBe(`${100 + 18 + 8}px`);
    expect(host.shadowRoot?.activeElement?.id).toBe('caveat-card-title');

    view.hide();
    expect(host.shadowRoot?.querySelector('[role="dialog"]')).toBeNull();
    view.destroy();
    expect(document.querySelector('caveat-card')).toBeNull();
    ctx.abort();
  });
});
