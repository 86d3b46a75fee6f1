/**
 * A second content script that runs only while packs are imported: the background registers it
 * then (`background/imported-packs-script.ts`) and removes it when the last pack is removed. It
 * tells the first look (`content/first-look.ts`, which binds no extension API and so cannot read
 * the pack index) that packs exist, whichever of the two runs first: a flag on the content
 * script's global for a look still to come, the look's handle for one already waiting.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { LOOK_GLOBAL, PACKS_FLAG_GLOBAL } from '@/entrypoints/shared/chunk-api';

export default defineUnlistedScript(() => {
  const world = globalThis as unknown as Record<string, unknown>;
  world[PACKS_FLAG_GLOBAL] = true;
  const look = world[LOOK_GLOBAL];
  if (typeof look === 'function') look('packs');
});
