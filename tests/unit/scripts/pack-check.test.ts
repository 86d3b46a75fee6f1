import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runPackCheck } from '@/scripts/pack-check';

const FIXTURES = fileURLToPath(new URL('../../fixtures/packs/', import.meta.url));

function run(files: string[]): { code: number; lines: string[] } {
  const lines: string[] = [];
  const code = runPackCheck(files, (line) => lines.push(line));
  return { code, lines };
}

describe('pack:check', () => {
  it('passes the bundled pack and the invented pack', () => {
    const { code, lines } = run([`${FIXTURES}invented.json`]);
    expect(code).toBe(0);
    expect(lines[0]).toMatch(/^ok {4}bundled pack .*north-korea-military/);
    expect(lines[1]).toMatch(/^ok {4}.*invented\.json — veloria-navy 1\.0\.0: 2 families/);
    expect(lines.at(-1)).toMatch(/2 pack\(s\) checked, 0 failed, 0 error\(s\)/);
  });

  it('exits 1 on every broken fixture and prints path: message lines', () => {
    const files = readdirSync(`${FIXTURES}broken`).map((f) => `${FIXTURES}broken/${f}`);
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const file of files) {
      const { code, lines } = run([file]);
      expect(code, file).toBe(1);
      expect(lines).toContain(`FAIL  ${file}`);
    }
    const { lines } = run([`${FIXTURES}broken/http-url.json`]);
    expect(lines).toContain('  families[0].history[0].sources[0].url: must use https:, got http:');
  });

  it('reports unreadable and non-JSON files instead of throwing', () => {
    const { code, lines } = run([
      `${FIXTURES}does-not-exist.json`,
      `${FIXTURES}invented-article.txt`,
    ]);
    expect(code).toBe(1);
    expect(lines.some((l) => /\(root\): cannot read file/.test(l))).toBe(true);
    expect(lines.some((l) => /\(root\): not valid JSON/.test(l))).toBe(true);
  });
});
