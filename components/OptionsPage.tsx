import type { Settings } from '@/lib/settings';
import { DisabledSites } from './DisabledSites';
import type { T } from './i18n';
import { PackManager, type PackManagerProps } from './PackManager';
import { SettingsControls } from './SettingsControls';
import { Switch } from './Switch';

export interface OptionsPageProps {
  /** Undefined while settings load. */
  settings: Settings | undefined;
  onChange: (patch: Partial<Settings>) => void;
  onSiteRemove: (host: string) => void;
  onSiteAdd: (host: string) => void;
  /** Everything the pack section needs (its `t` and `locale` come from here). */
  packs: Omit<PackManagerProps, 't' | 'locale'>;
  t: T;
  locale?: string;
}

/** The options page: every setting, the sites where Caveat is off, and the knowledge packs. */
export function OptionsPage({
  settings,
  onChange,
  onSiteRemove,
  onSiteAdd,
  packs,
  t,
  locale,
}: OptionsPageProps) {
  return (
    <main class="options" data-testid="options">
      <h1>{t('optionsTitle')}</h1>
      <p class="muted">{t('optionsIntro')}</p>

      {settings && (
        <>
          <section aria-labelledby="general-h">
            <h2 id="general-h">{t('sectionGeneral')}</h2>
            <Switch
              label={t('settingEnable')}
              checked={settings.enabled}
              onChange={(enabled) => onChange({ enabled })}
              testId="enable-switch"
            />
          </section>

          <section aria-labelledby="reading-h">
            <h2 id="reading-h">{t('sectionReading')}</h2>
            <SettingsControls settings={settings} onChange={onChange} t={t} idPrefix="options" />
          </section>

          <section aria-labelledby="sites-h">
            <h2 id="sites-h">{t('sectionSites')}</h2>
            <DisabledSites
              sites={settings.disabledSites}
              onRemove={onSiteRemove}
              onAdd={onSiteAdd}
              t={t}
            />
          </section>
        </>
      )}

      <section aria-labelledby="packs-h">
        <h2 id="packs-h">{t('sectionPacks')}</h2>
        <p class="muted">{t('packsIntro')}</p>
        <PackManager {...packs} t={t} locale={locale} />
      </section>
    </main>
  );
}
