/**
 * Reader settings: typed defaults are the source of truth; stored values pass through
 * `normalizeSettings` so corrupt or unknown values fall back per field.
 */
import { CLAIM_KINDS, type ClaimKind } from './types';

/** When the card opens: after the pointer rests (fast/normal/slow), on click only, or never. */
export const CARD_MODES = ['fast', 'normal', 'slow', 'click', 'off'] as const;
export type CardMode = (typeof CARD_MODES)[number];

/** Hover delays in ms for the pointer-rest modes. */
export const CARD_DELAYS: Record<'fast' | 'normal' | 'slow', number> = {
  fast: 250,
  normal: 500,
  slow: 900,
};

export const HIGHLIGHT_STYLES = ['underline', 'tint', 'outline'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

export const SETTINGS_VERSION = 1;

export interface Settings {
  enabled: boolean;
  /** Host names where Caveat is off. */
  disabledSites: string[];
  cardMode: CardMode;
  kinds: Record<ClaimKind, boolean>;
  highlightStyle: HighlightStyle;
  /** A short in-article summary box above the article text. */
  summary: boolean;
  /** Ids of packs the reader turned off. */
  disabledPacks: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  disabledSites: [],
  cardMode: 'normal',
  kinds: Object.fromEntries(CLAIM_KINDS.map((k) => [k, true])) as Record<ClaimKind, boolean>,
  highlightStyle: 'underline',
  summary: false,
  disabledPacks: [],
};
