// @vitest-environment happy-dom
import { render } from '@testing-library/preact';
import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import { OptionsPage } from '@/components/OptionsPage';
import { Popup } from '@/components/Popup';
import type { PackEntry } from '@/entrypoints/shared/pack-store';
import { makeReport, makeSettings, t } from './ui-helpers';

// happy-dom has no layout or computed colours: rules that need them cannot run here and are
// left to the real-browser E2E check. Everything structural (names, roles, labels, ids,
// headings, list structure, ARIA validity) runs.
const LAYOUT_RULES = ['color-contrast', 'region', 'target-size', 'scrollable-region-focusable'];

async function violations(container: Element) {
  const result = await axe.run(container, {
    rules: Object.fromEntries(LAYOUT_RULES.map((id) => [id, { enabled: false }])),
    resultTypes: ['violations'],
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

const pack: PackEntry = {
  id: 'north-korea-military',
  title: 'North Korean military claims',
  version: '0.1.0',
  updated: '2026-11-27',
  languages: ['en'],
  families: 1,
  bundled: true,
  enabled: true,
};

describe('accessibility (axe-core, structural rules)', () => {
  it('finds no violations in the popup with claims and context', async () => {
    const { container } = render(
      <Popup
        settings={makeSettings()}
        onChange={vi.fn()}
        host="news.example"
        onSiteChange={vi.fn()}
        page={{ state: 'report', report: makeReport() }}
        onFocusClaim={vi.fn()}
        shortcut="Alt+Shift+C"
        onOpenOptions={vi.fn()}
        t={t}
      />,
    );
    expect(await violations(container)).toEqual([]);
  });

  it('finds no violations in the options page', async () => {
    const { container } = render(
      <OptionsPage
        settings={makeSettings({ disabledSites: ['a.example'] })}
        onChange={vi.fn()}
        onSiteRemove={vi.fn()}
        onSiteAdd={vi.fn()}
        packs={{
          packs: [pack, { ...pack, id: 'mine', title: 'Mine', bundled: false }],
          maxBytes: 100,
          onImport: vi.fn(),
          onExport: vi.fn(),
          onRemove: vi.fn(),
          onToggle: vi.fn(),
          confirm: vi.fn(),
        }}
        t={t}
      />,
    );
    expect(await violations(container)).toEqual([]);
  });

  it('would catch an unlabelled control (the check can fail)', async () => {
    const { container } = render(
      <div>
        <input type="checkbox" />
        <button type="button" />
      </div>,
    );
    const found = await violations(container);
    expect(found.some((v) => v.startsWith('label:'))).toBe(true);
    expect(found.some((v) => v.startsWith('button-name:'))).toBe(true);
  });
});
