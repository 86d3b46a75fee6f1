import { describe, expect, it } from 'vitest';
import { detectInBackground } from '@/entrypoints/content/detect-in-background';
import type { ReadReply, ReadRequest } from '@/lib/protocol';
import type { Pack } from '@/lib/pack/schema';
import type { Reading } from '@/lib/types';
import { testPack } from '../../fixtures/fake-pipeline';

const meta = { headline: 'A headline', lang: 'en' };
const otherPack: Pack = { ...testPack, id: 'other', version: '2' };
const reading: Reading = {
  topic: { onTopic: true, score: 9, threshold: 6, reasons: ['subject'], lang: 'en' },
  claims: [
    {
      id: 'c1',
      kind: 'state-media',
      text: 'KCNA said so.',
      start: 0,
      end: 13,
      cues: [],
      figures: [],
    },
  ],
  caveats: [],
};

describe('detectInBackground', () => {
  it('sends the text, meta and pack ids and versions, and returns the reading with its pack', async () => {
    const sent: ReadRequest[] = [];
    const read = detectInBackground(async (request) => {
      sent.push(request);
      return { ok: true, ...reading, packId: 'other' } satisfies ReadReply;
    });
    const result = await read(
      'KCNA said so.',
      { ...meta, siteName: 'News', published: '2024-10-16' },
      [testPack, otherPack],
    );
    expect(sent).toEqual([
      {
        type: 'caveat:read',
        text: 'KCNA said so.',
        meta,
        packs: [
          { id: testPack.id, version: testPack.version },
          { id: 'other', version: '2' },
        ],
      },
    ]);
    expect(result).toEqual({ ...reading, pack: otherPack });
    expect(result?.pack).toBe(otherPack);
  });

  it('returns an off-topic reading without a pack', async () => {
    const offTopic = { ...reading, topic: { ...reading.topic, onTopic: false }, claims: [] };
    const read = detectInBackground(async () => ({ ok: true, ...offTopic }));
    expect(await read('text', meta, [testPack])).toEqual(offTopic);
  });

  it.each([
    ['a refusal', () => Promise.resolve({ ok: false, reason: 'packs' })],
    ['an unknown pack', () => Promise.resolve({ ok: true, ...reading, packId: 'gone' })],
    ['a malformed reply', () => Promise.resolve({ ok: true, claims: 'no' })],
    ['no reply', () => Promise.resolve(undefined)],
    ['a failed send', () => Promise.reject(new Error('Extension context invalidated.'))],
  ])('resolves undefined (the page reads itself) on %s', async (_, send) => {
    const read = detectInBackground(send);
    expect(await read('text', meta, [testPack])).toBeUndefined();
  });

  it('gives up on a background that does not answer in time', async () => {
    const read = detectInBackground(() => new Promise(() => undefined), 20);
    const started = Date.now();
    expect(await read('text', meta, [testPack])).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
