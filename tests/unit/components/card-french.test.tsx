// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { Card } from '@/components/Card';
import { createTranslate } from '@/components/ui-strings';
import { createT, type MessageKey, type MessagesFile } from '@/components/i18n';
import { makeClaim, makeContext } from '../fixtures/claim-context';

const fr = JSON.parse(
  readFileSync(resolve(__dirname, '../../../assets/public/_locales/fr/messages.json'), 'utf8'),
) as MessagesFile;
const french = createT(fr);
const frenchT = createTranslate((key, subs) => french(key as MessageKey, subs));

describe('Card in French', () => {
  it('speaks French, numbers and dates included, with nothing left in English', () => {
    render(
      <Card
        claim={makeClaim()}
        context={makeContext()}
        claimantDescription="médias d'État nord-coréens"
        t={frenchT}
        locale="fr"
        onClose={() => {}}
        onDisableCards={() => {}}
        onOpenSettings={() => {}}
        onCopy={async () => true}
      />,
    );
    expect(screen.getByRole('dialog', { name: 'Affirmation non vérifiée' })).toBeTruthy();
    expect(screen.getByTestId('essential-reference').textContent).toBe(
      'Chiffre indépendant1,09× IISS : 1,28 million, active armed forces (2024)',
    );
    expect(screen.getByTestId('essential-earlier').textContent).toContain('18 mars 2023');
    expect(screen.getByRole('button', { name: 'Copier avec les sources' })).toBeTruthy();
    const text = screen.getByRole('dialog').textContent ?? '';
    for (const english of ['Claimed before', 'Independent figure', 'Turn off cards', 'Caveats']) {
      expect(text).not.toContain(english);
    }
  });
});
