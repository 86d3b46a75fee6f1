/**
 * Bundles a benchmark entry (TypeScript under tests/bench) with the project's `@/` alias into
 * one minified IIFE in `.bench/`, for evaluating in a page or in Node.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { ROOT } from '../e2e/helpers/paths.mjs';

/** Where benchmark bundles and results are written (git-ignored). */
export const BENCH_DIR = path.join(ROOT, '.bench');

/**
 * Bundles `entry` (relative to the project root) into `.bench/<fileName>`; returns its path.
 * @param {string} entry @param {string} fileName @param {string} name the IIFE's global name
 */
export async function bundleBenchEntry(entry, fileName, name) {
  mkdirSync(BENCH_DIR, { recursive: true });
  await build({
    configFile: false,
    logLevel: 'warn',
    root: ROOT,
    resolve: { alias: { '@': ROOT } },
    build: {
      outDir: BENCH_DIR,
      emptyOutDir: false,
      minify: true,
      reportCompressedSize: false,
      lib: { entry: path.join(ROOT, entry), formats: ['iife'], name, fileName: () => fileName },
    },
  });
  return path.join(BENCH_DIR, fileName);
}
