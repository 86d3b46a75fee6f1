import { useState } from 'preact/hooks';
import type { ImportResult, PackEntry } from '@/entrypoints/shared/pack-store';
import type { PackError } from '@/lib/pack/validate';
import { formatDate } from './format';
import type { T } from './i18n';
import { Switch } from './Switch';

export interface PackManagerProps {
  /** Undefined while loading. */
  packs: PackEntry[] | undefined;
  /** Largest file accepted, in bytes; larger files are refused before they are read. */
  maxBytes: number;
  onImport: (text: string, bytes: number, options: { replace?: boolean }) => Promise<ImportResult>;
  onExport: (id: string) => void;
  onRemove: (id: string) => Promise<boolean>;
  onToggle: (id: string, enabled: boolean) => void;
  /** Asks the reader to confirm (window.confirm in the page; a stub in tests). */
  confirm: (message: string) => boolean;
  t: T;
  locale?: string;
}

/** What the import area says: nothing yet, progress, success, or every problem found. */
type Outcome =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'message'; text: string }
  | { kind: 'errors'; errors: PackError[] };

/**
 * The pack list (bundled and imported, each with an on/off switch, export, and remove for
 * imported ones) and the importer. Every import problem is listed with its path, in a live
 * region, and nothing is stored unless the whole file is valid.
 */
export function PackManager({
  packs,
  maxBytes,
  onImport,
  onExport,
  onRemove,
  onToggle,
  confirm,
  t,
  locale,
}: PackManagerProps) {
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    input.value = '';
    if (file.size > maxBytes) {
      setOutcome({
        kind: 'message',
        text: t('packImportTooBig', [String(Math.round(maxBytes / (1024 * 1024)))]),
      });
      return;
    }
    setOutcome({ kind: 'busy' });
    let result: ImportResult;
    try {
      const text = await file.text();
      result = await onImport(text, file.size, {});
      if (!result.ok && result.conflict) {
        const { title, installedVersion, version } = result.conflict;
        if (!confirm(t('packReplaceConfirm', [title, installedVersion, version]))) {
          setOutcome({ kind: 'message', text: t('packImportCancelled') });
          return;
        }
        result = await onImport(text, file.size, { replace: true });
      }
    } catch (err) {
      result = { ok: false, errors: [{ path: '', message: String(err) }] };
    }
    setOutcome(
      result.ok
        ? { kind: 'message', text: t('packImportOk', [result.pack.title, result.pack.version]) }
        : { kind: 'errors', errors: result.errors },
    );
  };

  const remove = async (pack: PackEntry) => {
    if (!confirm(t('packRemoveConfirm', [pack.title]))) return;
    if (await onRemove(pack.id))
      setOutcome({ kind: 'message', text: t('packRemoved', [pack.title]) });
  };

  return (
    <div class="pack-manager" data-testid="pack-manager">
      {packs === undefined ? (
        <p class="muted">{t('packsLoading')}</p>
      ) : (
        <ul class="pack-list">
          {packs.map((pack) => (
            <li key={pack.id} class="pack" data-pack-id={pack.id}>
              <div class="pack-info">
                <strong class="pack-title">{pack.title}</strong>{' '}
                <span class="tag">{pack.bundled ? t('packBundled') : t('packUser')}</span>
                <p class="muted small">
                  {t('packMeta', [pack.version, formatDate(pack.updated, locale)])}
                </p>
              </div>
              <div class="pack-actions">
                <Switch
                  label={t('packEnableLabel', [pack.title])}
                  checked={pack.enabled}
                  onChange={(on) => onToggle(pack.id, on)}
                  testId={`pack-switch-${pack.id}`}
                />
                <button
                  type="button"
                  class="button"
                  aria-label={t('packExportLabel', [pack.title])}
                  onClick={() => onExport(pack.id)}
                >
                  {t('packExport')}
                </button>
                {!pack.bundled && (
                  <button
                    type="button"
                    class="button"
                    aria-label={t('packRemoveLabel', [pack.title])}
                    onClick={() => void remove(pack)}
                  >
                    {t('packRemove')}
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}

      <div class="pack-import">
        <label for="pack-import-input">{t('packImportLabel')}</label>
        <input
          id="pack-import-input"
          type="file"
          accept=".json,application/json"
          data-testid="pack-import"
          onChange={(e) => void importFile(e.currentTarget)}
        />
      </div>
      <div class="import-outcome" aria-live="polite" data-testid="import-outcome">
        {outcome.kind === 'busy' && <p>{t('packImportReading')}</p>}
        {outcome.kind === 'message' && <p>{outcome.text}</p>}
        {outcome.kind === 'errors' && (
          <div class="error">
            <p>{t('packImportFailed')}</p>
            <ul data-testid="import-errors">
              {outcome.errors.map((e, i) => (
                <li key={`${e.path}-${i}`}>
                  {e.path ? (
                    <>
                      <code>{e.path}</code>: {e.message}
                    </>
                  ) : (
                    e.message
                  )}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </div>
  );
}
