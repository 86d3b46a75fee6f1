/**
 * The stand-in the off-topic traces of `npm run bench` alternate with: an extension whose content
 * script is empty, declared as Caveat's is (every web page, top frame, at document_idle). What a
 * page's main thread spends on it is what the platform charges any content script, the floor
 * under Caveat's own cost, measured in the same run and under the same load.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BENCH_DIR } from './bundle.mjs';

/** Where the stand-in is written (under `.bench/`, rebuilt by every run). */
export const FLOOR_EXTENSION_DIR = path.join(BENCH_DIR, 'floor-extension');

/** The stand-in's content script: a file with nothing to run. */
export const FLOOR_SCRIPT = 'empty.js';

/**
 * Writes the stand-in and returns its directory. It has an empty service worker too, because the
 * browser helper finds an extension by its worker.
 * @param {{ run_at?: string, all_frames?: boolean }} declared how Caveat declares its script
 */
export function writeFloorExtension(declared = {}) {
  mkdirSync(FLOOR_EXTENSION_DIR, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: 'Caveat bench floor',
    version: '0.0.0',
    background: { service_worker: 'worker.js' },
    content_scripts: [
      {
        matches: ['http://*/*', 'https://*/*'],
        js: [FLOOR_SCRIPT],
        run_at: declared.run_at ?? 'document_idle',
        all_frames: declared.all_frames ?? false,
      },
    ],
  };
  writeFileSync(path.join(FLOOR_EXTENSION_DIR, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(path.join(FLOOR_EXTENSION_DIR, FLOOR_SCRIPT), '// Nothing to run.\n');
  writeFileSync(path.join(FLOOR_EXTENSION_DIR, 'worker.js'), '// Nothing to run.\n');
  return FLOOR_EXTENSION_DIR;
}
