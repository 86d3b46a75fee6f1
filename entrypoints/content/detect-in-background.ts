/**
 * The pipeline's `readElsewhere`: hands the article text to the background (Caveat's own
 * service worker or event page, inside the browser) and takes its reading, so topic, sentence
 * and claim detection do not run on the page's main thread. Anything unexpected (no answer in
 * time, a reload, packs that changed a moment ago) resolves undefined and the page reads by
 * itself, with the same result.
 */
import type { ReadReply, ReadRequest } from '@/lib/protocol';
import type { Pack } from '@/lib/pack/schema';
import type { ArticleMeta } from '@/lib/types';
import type { PackReading } from './pipeline';

/** A background that has not answered by then is asleep or busy: read here instead. */
export const READ_TIMEOUT_MS = 5000;

function isReply(value: unknown): value is ReadReply & { ok: true } {
  const r = value as Partial<ReadReply & { ok: true }> | null;
  return (
    r?.ok === true &&
    typeof r.topic === 'object' &&
    r.topic !== null &&
    Array.isArray(r.claims) &&
    Array.isArray(r.caveats)
  );
}

/**
 * `readElsewhere` over `send` (`runtime.sendMessage` in the page UI): the request carries the
 * text, the headline and language, and the packs' ids and versions; the reply's pack id is
 * turned back into the caller's own pack object.
 */
export function detectInBackground(
  send: (request: ReadRequest) => Promise<unknown>,
  timeoutMs = READ_TIMEOUT_MS,
): (text: string, meta: ArticleMeta, packs: Pack[]) => Promise<PackReading | undefined> {
  return async (text, meta, packs) => {
    const request: ReadRequest = {
      type: 'caveat:read',
      text,
      // What reading uses, and nothing more (no site name, date or address).
      meta: {
        ...(meta.headline !== undefined ? { headline: meta.headline } : {}),
        ...(meta.lang !== undefined ? { lang: meta.lang } : {}),
      },
      packs: packs.map((p) => ({ id: p.id, version: p.version })),
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), timeoutMs);
    });
    try {
      const reply = await Promise.race([send(request).catch(() => undefined), late]);
      if (!isReply(reply)) return undefined;
      const { topic, claims, caveats, packId } = reply;
      const reading = { topic, claims, caveats };
      if (packId === undefined) return reading;
      const pack = packs.find((p) => p.id === packId);
      return pack ? { ...reading, pack } : undefined;
    } finally {
      clearTimeout(timer);
    }
  };
}
