import { describe, expect, it } from 'vitest';
import { createT, formatMessage } from '@/components/i18n';

describe('formatMessage', () => {
  it('fills numbered substitutions in order', () => {
    expect(formatMessage({ message: '$1 of $2' }, ['3', '5'])).toBe('3 of 5');
  });

  it('fills named placeholders from their content', () => {
    const entry = {
      message: 'Hello $WHO$, $$5',
      placeholders: { who: { content: '$1', example: 'Ana' } },
    };
    expect(formatMessage(entry, ['Ana'])).toBe('Hello Ana, $5');
  });

  it('drops missing substitutions as the browsers do', () => {
    expect(formatMessage({ message: 'a $1 b' })).toBe('a  b');
  });
});

describe('createT', () => {
  it('looks keys up and returns the key itself when it is missing', () => {
    const t = createT({ pageClaimsMany: { message: '$1 claims' } });
    expect(t('pageClaimsMany', ['4'])).toBe('4 claims');
    expect(t('pageNoClaims')).toBe('pageNoClaims');
  });
});
