/**
 * Whether a build still holds the lib the working tree has: the dev-as-pages check compares a
 * build's highlights with `npm run eval` run from the working tree, which is only fair while no
 * file of the lib changed after the build was made.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../e2e/helpers/paths.mjs';

/** What the reading is made of, in the build and in the eval alike. */
const LIB_DIR = path.join(ROOT, 'lib');

/**
 * When `buildDir` was built: its manifest's modification time (ms). A copy of a build keeps it
 * only when copied with its times (`cp -a`).
 * @param {string} buildDir
 */
export function builtAt(buildDir) {
  return statSync(path.join(buildDir, 'manifest.json')).mtimeMs;
}

/**
 * Files of the lib modified after `time` (ms), relative to the project root.
 * @param {number} time
 * @returns {string[]}
 */
export function libChangedSince(time) {
  /** @type {string[]} */
  const changed = [];
  /** @param {string} dir */
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (statSync(full).mtimeMs > time) changed.push(path.relative(ROOT, full));
    }
  };
  walk(LIB_DIR);
  return changed;
}
