/**
 * The pipeline's `read` for the page: the reading's code lives in its own file (see
 * `entrypoints/reading.ts`), loaded the first time the page has to read by itself.
 */
import type { ReadingApi } from '@/entrypoints/shared/reader-api';
import type { Pipeline } from './pipeline';

/** `read` over `load`, which is called once; a load that failed is tried again next time. */
export function readOnDemand(load: () => Promise<ReadingApi>): Pipeline['read'] {
  let loading: Promise<ReadingApi> | undefined;
  return async (text, meta, packs) => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    const api = await loading;
    return api.read(text, meta, packs);
  };
}
