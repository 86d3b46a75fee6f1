import { useState } from 'preact/hooks';
import { siteKey } from '@/lib/settings';
import type { T } from './i18n';

export interface DisabledSitesProps {
  /** Host names where Caveat is off. */
  sites: string[];
  onRemove: (host: string) => void;
  onAdd: (host: string) => void;
  t: T;
}

/** The sites where Caveat is off, each with a button to turn it back on, and a way to add one. */
export function DisabledSites({ sites, onRemove, onAdd, t }: DisabledSitesProps) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const submit = (event: Event) => {
    event.preventDefault();
    const host = siteKey(draft);
    if (!host) {
      setError(t('siteInvalid', [draft.trim()]));
      return;
    }
    setError('');
    setDraft('');
    onAdd(host);
  };
  return (
    <div class="disabled-sites" data-testid="disabled-sites">
      {sites.length === 0 ? (
        <p class="muted">{t('sitesEmpty')}</p>
      ) : (
        <ul class="site-list">
          {sites.map((host) => (
            <li key={host}>
              <span class="site-host">{host}</span>
              <button
                type="button"
                class="button"
                aria-label={t('siteRemoveLabel', [host])}
                onClick={() => onRemove(host)}
              >
                {t('siteRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="site-add" onSubmit={submit}>
        <label for="site-add-input">{t('siteAddLabel')}</label>
        <div class="row">
          <input
            id="site-add-input"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            value={draft}
            aria-describedby="site-add-error"
            aria-invalid={error ? true : undefined}
            onInput={(e) => setDraft(e.currentTarget.value)}
          />
          <button type="submit" class="button">
            {t('siteAdd')}
          </button>
        </div>
        <p id="site-add-error" class="error" aria-live="polite">
          {error}
        </p>
      </form>
    </div>
  );
}
