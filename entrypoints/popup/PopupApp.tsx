import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Popup } from '@/components/Popup';
import type { PageState } from '@/components/PopupPage';
import type { Settings } from '@/lib/settings';
import { t, uiLocale } from '../shared/browser-i18n';
import {
  loadSettings,
  saveSettings,
  updateSettings,
  watchSettings,
} from '../shared/settings-store';
import {
  focusClaim,
  getActiveTab,
  pageHost,
  readShortcut,
  requestReport,
  type ActiveTab,
} from './active-tab';

// After a settings change the page re-reads itself; ask for its report again after that.
const REPORT_REFRESH_MS = 300;

/** The popup's state and its wiring to storage, the active tab and the browser. */
export function App() {
  const [settings, setSettings] = useState<Settings>();
  const [tab, setTab] = useState<ActiveTab>({});
  const [page, setPage] = useState<PageState>({ state: 'loading' });
  const [shortcut, setShortcut] = useState<string>();
  const tabRef = useRef<ActiveTab>({});
  const refreshTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    void loadSettings().then(setSettings);
    void readShortcut().then(setShortcut);
    void getActiveTab().then(async (active) => {
      tabRef.current = active;
      setTab(active);
      setPage(await requestReport(active));
    });
    const unwatch = watchSettings((next) => {
      setSettings(next);
      clearTimeout(refreshTimer.current);
      refreshTimer.current = setTimeout(() => {
        void requestReport(tabRef.current).then(setPage);
      }, REPORT_REFRESH_MS);
    });
    return () => {
      unwatch();
      clearTimeout(refreshTimer.current);
    };
  }, []);

  const onChange = useCallback((patch: Partial<Settings>) => {
    setSettings((current) => current && { ...current, ...patch });
    void saveSettings(patch);
  }, []);

  const host = pageHost(tab, page);

  const onSiteChange = useCallback(
    (enabled: boolean) => {
      if (!host) return;
      const apply = (s: Settings) => ({
        disabledSites: enabled
          ? s.disabledSites.filter((h) => h !== host)
          : [...s.disabledSites.filter((h) => h !== host), host],
      });
      setSettings((current) => current && { ...current, ...apply(current) });
      void updateSettings(apply);
    },
    [host],
  );

  const onFocusClaim = useCallback((id: string) => {
    const tabId = tabRef.current.id;
    if (tabId === undefined) return;
    void focusClaim(tabId, id).then(() => window.close());
  }, []);

  const onOpenOptions = useCallback(() => {
    void browser.runtime.openOptionsPage().then(() => window.close());
  }, []);

  return (
    <Popup
      settings={settings}
      onChange={onChange}
      host={host}
      onSiteChange={onSiteChange}
      page={page}
      onFocusClaim={onFocusClaim}
      shortcut={shortcut}
      onOpenOptions={onOpenOptions}
      t={t}
      locale={uiLocale()}
    />
  );
}
