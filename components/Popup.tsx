import type { Settings } from '@/lib/settings';
import type { T } from './i18n';
import { PopupPage, type PageState } from './PopupPage';
import { SettingsControls } from './SettingsControls';
import { Switch } from './Switch';

export interface PopupProps {
  /** Undefined while settings load (the first frame). */
  settings: Settings | undefined;
  /** Saves the changed fields at once; every tab applies them through storage events. */
  onChange: (patch: Partial<Settings>) => void;
  /** Host of the active tab, when it is an http(s) page; undefined on other pages. */
  host?: string;
  /** Turns Caveat on or off for `host`. */
  onSiteChange: (enabled: boolean) => void;
  page: PageState;
  onFocusClaim: (id: string) => void;
  /** The toggle shortcut ("Alt+Shift+C"), "" when unset, undefined when unknown. */
  shortcut?: string;
  onOpenOptions: () => void;
  t: T;
  locale?: string;
}

// Splits the translated sentence at its $1 so the keys can sit in a <kbd> in any word order.
const MARK = '\u0000';
function ShortcutText({ keys, t }: { keys: string; t: T }) {
  const [before = '', after = ''] = t('shortcutToggle', [MARK]).split(MARK);
  return (
    <>
      {before}
      <kbd>{keys}</kbd>
      {after}
    </>
  );
}

/** The toolbar popup: master and site switches, this page's claims, reading settings. */
export function Popup({
  settings,
  onChange,
  host,
  onSiteChange,
  page,
  onFocusClaim,
  shortcut,
  onOpenOptions,
  t,
  locale,
}: PopupProps) {
  return (
    <main class="popup" data-testid="popup">
      <header class="popup-head">
        <h1>{t('extName')}</h1>
      </header>

      {settings && (
        <div class="popup-switches">
          <Switch
            label={t('settingEnable')}
            checked={settings.enabled}
            onChange={(enabled) => onChange({ enabled })}
            testId="enable-switch"
          />
          <Switch
            label={t('settingEnableSite')}
            checked={host !== undefined && !settings.disabledSites.includes(host)}
            onChange={onSiteChange}
            disabled={host === undefined || !settings.enabled}
            describedBy="site-note"
            testId="site-switch"
          />
          <p id="site-note" class="muted small" data-testid="site-note">
            {host === undefined
              ? t('settingSiteUnavailable')
              : settings.enabled
                ? host
                : t('settingOffWhileDisabled')}
          </p>
        </div>
      )}

      <PopupPage page={page} onFocusClaim={onFocusClaim} t={t} locale={locale} />

      {settings && (
        <section class="popup-settings" aria-labelledby="settings-h">
          <h2 id="settings-h">{t('popupSettings')}</h2>
          <SettingsControls settings={settings} onChange={onChange} t={t} idPrefix="popup" />
        </section>
      )}

      <footer class="popup-foot">
        {shortcut !== undefined && (
          <p class="small" data-testid="shortcut">
            <span class="muted">{t('shortcutLabel')}: </span>
            {shortcut ? <ShortcutText keys={shortcut} t={t} /> : t('shortcutUnset')}
          </p>
        )}
        <button
          type="button"
          class="link-button"
          onClick={onOpenOptions}
          data-testid="open-options"
        >
          {t('openOptions')}
        </button>
      </footer>
    </main>
  );
}
