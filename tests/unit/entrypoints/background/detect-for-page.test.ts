import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background/index';
import { onMessage } from '@/entrypoints/background/content-requests';
import { forgetPacks, detectForPage } from '@/entrypoints/background/detect-for-page';
import { saveSettings } from '@/entrypoints/shared/settings-store';
import type { ReadRequest } from '@/lib/protocol';
import { northKoreaPack } from '@/lib/bundled-packs/north-korea/pack';
import { readArticleSliced, runToEnd } from '@/lib/read-article-in-steps';

// Our own labelled article (tests/fixtures/claims/own.jsonl): an on-topic news story.
const item = JSON.parse(
  readFileSync(path.resolve('tests/fixtures/claims/own.jsonl'), 'utf8').split('\n')[0] ?? '{}',
) as { text: string; title: string; lang: string; date: string };
const meta = { headline: item.title, lang: item.lang, published: item.date };
const request = (packs = [{ id: northKoreaPack.id, version: northKoreaPack.version }]) =>
  ({ type: 'caveat:read', text: item.text, meta, packs }) satisfies ReadRequest;

beforeEach(() => {
  fakeBrowser.reset();
  forgetPacks();
});

describe('background reading', () => {
  it('reads exactly as the content script would, naming the pack', async () => {
    const local = runToEnd(readArticleSliced(item.text, meta, [northKoreaPack]));
    expect(local.claims.length).toBeGreaterThan(0);
    const reply = await detectForPage(request());
    expect(reply).toEqual({
      ok: true,
      topic: local.topic,
      claims: local.claims,
      caveats: local.caveats,
      packId: northKoreaPack.id,
    });
    // Replies cross a structured clone (Firefox) or JSON (Chrome): plain data only.
    expect(JSON.parse(JSON.stringify(reply))).toEqual(reply);
  });

  it('refuses packs it does not have, or in another version, so the page reads itself', async () => {
    expect(await detectForPage(request([{ id: 'nope', version: '1' }]))).toEqual({
      ok: false,
      reason: 'packs',
    });
    expect(await detectForPage(request([{ id: northKoreaPack.id, version: '0.0.0' }]))).toEqual({
      ok: false,
      reason: 'packs',
    });
  });

  it('re-reads settings when storage changes: a pack disabled since is refused', async () => {
    // fake-browser leaves commands unimplemented; the background registers its listener there too.
    Object.assign(fakeBrowser.commands, { onCommand: { addListener: () => undefined } });
    background.main(); // registers the storage.onChanged listener
    expect((await detectForPage(request())).ok).toBe(true);
    await saveSettings({ disabledPacks: [northKoreaPack.id] });
    expect(await detectForPage(request())).toEqual({ ok: false, reason: 'packs' });
  });

  it('answers content scripts in tabs only', async () => {
    expect(onMessage(request(), {})).toBeUndefined();
    const reply = await onMessage(request(), { tab: { id: 3 } });
    expect(reply).toMatchObject({ ok: true, packId: northKoreaPack.id });
  });
});
