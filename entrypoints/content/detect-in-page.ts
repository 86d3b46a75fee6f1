/**
 * The pipeline's `read` for the page: the detector's code lives in its own file (see
 * `entrypoints/detector.ts`), loaded the first time the page has to read by itself.
 */
import type { DetectorApi } from '@/entrypoints/shared/chunk-api';
import type { Pipeline } from './pipeline';

/** `read` over `load`, which is called once; a load that failed is tried again next time. */
export function detectInPage(load: () => Promise<DetectorApi>): Pipeline['read'] {
  let loading: Promise<DetectorApi> | undefined;
  return async (text, meta, packs) => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    const api = await loading;
    return api.read(text, meta, packs);
  };
}
