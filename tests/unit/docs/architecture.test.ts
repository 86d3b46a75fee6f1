/**
 * docs/architecture.md is the newcomer's map: it names every source file exactly once, and every
 * file it names exists. A file added, moved or removed without the map fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const SOURCE_DIRS = ['lib', 'entrypoints', 'components', 'scripts'];
const SOURCE = /\.(ts|tsx|mjs|html)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(rel);
    return SOURCE.test(entry.name) ? [rel] : [];
  });
}

const doc = readFileSync(path.join(ROOT, 'docs/architecture.md'), 'utf8');
const named = [...doc.matchAll(/`((?:lib|entrypoints|components|scripts)\/[^`\s]+)`/g)]
  .map((m) => m[1] as string)
  .filter((p) => SOURCE.test(p));

describe('docs/architecture.md', () => {
  it('names every source file exactly once', () => {
    const counts = new Map<string, number>();
    for (const p of named) counts.set(p, (counts.get(p) ?? 0) + 1);
    const files = SOURCE_DIRS.flatMap(sourceFiles).sort();
    expect(files.filter((f) => counts.get(f) !== 1)).toEqual([]);
  });

  it('names no file that does not exist', () => {
    const files = new Set(SOURCE_DIRS.flatMap(sourceFiles));
    expect(named.filter((p) => !files.has(p))).toEqual([]);
  });
});
