import { CARD_MODES, HIGHLIGHT_STYLES, type CardMode, type HighlightStyle } from '@/lib/settings';
import type { Settings } from '@/lib/settings';
import { CLAIM_KINDS, type ClaimKind } from '@/lib/types';
import { kindLabel } from './format';
import type { MessageKey, T } from './i18n';
import { Switch } from './Switch';

export interface SettingsControlsProps {
  settings: Settings;
  /** Called with the changed fields only; the caller saves them at once. */
  onChange: (patch: Partial<Settings>) => void;
  t: T;
  /** Prefix for element ids, unique per page. */
  idPrefix?: string;
}

const CARD_MODE_KEYS: Record<CardMode, MessageKey> = {
  fast: 'cardModeFast',
  normal: 'cardModeNormal',
  slow: 'cardModeSlow',
  click: 'cardModeClick',
  off: 'cardModeOff',
};

const STYLE_KEYS: Record<HighlightStyle, MessageKey> = {
  underline: 'styleUnderline',
  tint: 'styleTint',
  outline: 'styleOutline',
};

/** A word drawn the way highlights of `kind` look in `style`, so the choice is visible. */
function KindSample({ kind, style, t }: { kind: ClaimKind; style: HighlightStyle; t: T }) {
  return (
    <span class="kind-sample" data-kind={kind} data-style={style} aria-hidden="true">
      {t('kindSample')}
    </span>
  );
}

/**
 * The reading settings shared by the popup and the options page: when the card opens, which
 * claim kinds are highlighted, the highlight style and the in-article summary. Native controls
 * with labels, so every one works from the keyboard.
 */
export function SettingsControls({
  settings,
  onChange,
  t,
  idPrefix = 'settings',
}: SettingsControlsProps) {
  const cardModeId = `${idPrefix}-card-mode`;
  return (
    <div class="settings-controls">
      <div class="field">
        <label for={cardModeId}>{t('settingCardMode')}</label>
        <select
          id={cardModeId}
          value={settings.cardMode}
          data-testid="card-mode"
          onChange={(e) => onChange({ cardMode: e.currentTarget.value as CardMode })}
        >
          {CARD_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {t(CARD_MODE_KEYS[mode])}
            </option>
          ))}
        </select>
      </div>

      <fieldset class="field" data-testid="kinds">
        <legend>{t('settingKinds')}</legend>
        {CLAIM_KINDS.map((kind) => (
          <label key={kind} class="check">
            <input
              type="checkbox"
              checked={settings.kinds[kind]}
              onChange={(e) =>
                onChange({ kinds: { ...settings.kinds, [kind]: e.currentTarget.checked } })
              }
            />
            <span>{kindLabel(kind, t)}</span>
            <KindSample kind={kind} style={settings.highlightStyle} t={t} />
          </label>
        ))}
      </fieldset>

      <fieldset class="field" data-testid="highlight-style">
        <legend>{t('settingHighlightStyle')}</legend>
        <div class="radios">
          {HIGHLIGHT_STYLES.map((style) => (
            <label key={style} class="radio">
              <input
                type="radio"
                name={`${idPrefix}-highlight-style`}
                value={style}
                checked={settings.highlightStyle === style}
                onChange={() => onChange({ highlightStyle: style })}
              />
              <span>{t(STYLE_KEYS[style])}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <Switch
        label={t('settingSummary')}
        checked={settings.summary}
        onChange={(summary) => onChange({ summary })}
        testId="summary-switch"
      />
    </div>
  );
}
