import { useCallback, useEffect, useState } from 'preact/hooks';
import { OptionsPage } from '@/components/OptionsPage';
import { MAX_PACK_BYTES } from '@/lib/pack/validate';
import type { Settings } from '@/lib/settings';
import { t, uiLocale } from '../shared/browser-i18n';
import {
  exportPack,
  importPack,
  listPacks,
  removePack,
  setPackEnabled,
  watchPacks,
  type PackEntry,
} from '../shared/pack-store';
import {
  loadSettings,
  saveSettings,
  updateSettings,
  watchSettings,
} from '../shared/settings-store';
import { downloadText } from './download';

const confirmWithReader = (message: string) => window.confirm(message);

/** The options page's state and its wiring to storage. */
export function App() {
  const [settings, setSettings] = useState<Settings>();
  const [packs, setPacks] = useState<PackEntry[]>();

  useEffect(() => {
    void loadSettings().then(setSettings);
    void listPacks().then(setPacks);
    const unwatchSettings = watchSettings(setSettings);
    const unwatchPacks = watchPacks(setPacks);
    return () => {
      unwatchSettings();
      unwatchPacks();
    };
  }, []);

  const onChange = useCallback((patch: Partial<Settings>) => {
    setSettings((current) => current && { ...current, ...patch });
    void saveSettings(patch);
  }, []);

  const editSites = useCallback((edit: (sites: string[]) => string[]) => {
    setSettings((current) => current && { ...current, disabledSites: edit(current.disabledSites) });
    void updateSettings((s) => ({ disabledSites: edit(s.disabledSites) }));
  }, []);

  const onExport = useCallback((id: string) => {
    void exportPack(id).then((text) => downloadText(`${id}.json`, text));
  }, []);

  return (
    <OptionsPage
      settings={settings}
      onChange={onChange}
      onSiteRemove={(host) => editSites((sites) => sites.filter((h) => h !== host))}
      onSiteAdd={(host) => editSites((sites) => [...sites.filter((h) => h !== host), host])}
      packs={{
        packs,
        maxBytes: MAX_PACK_BYTES,
        onImport: importPack,
        onExport,
        onRemove: removePack,
        onToggle: (id, on) => void setPackEnabled(id, on),
        confirm: confirmWithReader,
      }}
      t={t}
      locale={uiLocale()}
    />
  );
}
