/**
 * Reads article text for content scripts, so the costly part of reading (topic, sentences,
 * claims) runs here and not on the page's main thread, where it would delay the page's own work.
 * In a fresh page that part costs tens of milliseconds before the code warms up; here the code
 * stays warm from one article to the next while the background lives.
 *
 * The reading is exactly the content script's (`readArticleSliced`, run to its end) with the
 * same packs: the request names them by id and version, and anything that does not match
 * (a pack changed a moment ago) is answered with `ok: false`, so the page reads by itself.
 */
import { loadEnabledPacks } from '@/entrypoints/shared/pack-store';
import type { ReadReply, ReadRequest } from '@/lib/protocol';
import type { Pack } from '@/lib/pack/schema';
import { readArticleSliced, runToEnd } from '@/lib/read-article-in-steps';

let packs: Promise<Pack[]> | undefined;

/** Drops the loaded packs (storage changed: settings or packs may differ now). */
export function forgetPacks(): void {
  packs = undefined;
}

function loadPacks(): Promise<Pack[]> {
  packs ??= loadEnabledPacks().catch((error: unknown) => {
    packs = undefined;
    throw error;
  });
  return packs;
}

/** The request's packs, in its order, or undefined when one is not (or no longer) enabled. */
async function packsFor(request: ReadRequest, reload: boolean): Promise<Pack[] | undefined> {
  if (reload) forgetPacks();
  const loaded = await loadPacks();
  const chosen: Pack[] = [];
  for (const ref of request.packs) {
    const pack = loaded.find((p) => p.id === ref.id && p.version === ref.version);
    if (!pack) return undefined;
    chosen.push(pack);
  }
  return chosen;
}

/** Answers a `caveat:read` request. */
export async function detectForPage(request: ReadRequest): Promise<ReadReply> {
  try {
    const chosen = (await packsFor(request, false)) ?? (await packsFor(request, true));
    if (!chosen) return { ok: false, reason: 'packs' };
    const { pack, ...reading } = runToEnd(readArticleSliced(request.text, request.meta, chosen));
    return { ok: true, ...reading, ...(pack ? { packId: pack.id } : {}) };
  } catch {
    return { ok: false, reason: 'error' };
  }
}
