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
    const verdicts = lines.filter((l) => /^(ok|FAIL) /.test(l));
    expect(verdicts[0]).toMatch(/^ok {4}bundled pack .*north-korea-military/);
    expect(verdicts[1]).toMatch(/^ok {4}.*invented\.json — veloria-navy 1\.0\.0: 2 families/);
    expect(lines.at(-1)).toMatch(
      /2 pack\(s\) checked, 0 failed, 0 error\(s\), 0 source warning\(s\), 0 aggregator link\(s\) — all good/,
    );
  });

  it("counts the bundled pack's links and finds no aggregator copy among them", () => {
    const { lines } = run([]);
    expect(lines[1]).toMatch(
      /^ {6}sources: \d{3} links, 0 aggregator link\(s\), 0 source warning\(s\)$/,
    );
  });

  it("warns on an aggregator link and on an outlet that is not the link's host, without failing", () => {
    const { code, lines } = run([`${FIXTURES}aggregator-sources.json`]);
    expect(code).toBe(0);
    expect(lines).toContain('      sources: 3 links, 1 aggregator link(s), 2 source warning(s)');
    expect(
      lines.some((l) => /warn .*sources\[0\]\.url: links an aggregator copy \(voi\.id\)/.test(l)),
    ).toBe(true);
    expect(
      lines.some((l) =>
        /warn .*sources\[1\]\.url: outlet "Reuters" does not match the link's host \(japantimes\.co\.jp\)/.test(
          l,
        ),
      ),
    ).toBe(true);
    expect(lines.at(-1)).toMatch(/2 source warning\(s\), 1 aggregator link\(s\)$/);
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
