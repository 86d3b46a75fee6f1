/** Shared helpers for the popup and options component tests. */
import enMessages from '@/assets/public/_locales/en/messages.json';
import { createT } from '@/components/i18n';
import type { PageReport } from '@/lib/protocol';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { makeContext } from '../fixtures/claim-context';

/** The real English strings, so tests read like the UI. */
export const t = createT(enMessages);

export function makeSettings(overrides: Partial<Settings> = {}): Settings {
  return {
    ...DEFAULT_SETTINGS,
    kinds: { ...DEFAULT_SETTINGS.kinds },
    disabledSites: [],
    disabledPacks: [],
    ...overrides,
  };
}

export function makeReport(overrides: Partial<PageReport> = {}): PageReport {
  return {
    status: 'on-topic',
    host: 'news.example',
    topic: 'North Korean military claims',
    claims: [
      {
        id: 'c1',
        kind: 'state-media',
        claimant: 'KCNA',
        excerpt: 'State media said 1.4 million young people',
        shown: true,
      },
      {
        id: 'c2',
        kind: 'official-estimate',
        claimant: 'South Korea’s spy agency',
        excerpt: 'The agency estimated that about 3,000',
        shown: true,
      },
      {
        id: 'c3',
        kind: 'denial',
        excerpt: 'Officials in Pyongyang rejected the report',
        shown: false,
      },
    ],
    mainContext: makeContext(),
    ...overrides,
  };
}
