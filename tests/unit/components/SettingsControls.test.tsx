// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { SettingsControls } from '@/components/SettingsControls';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { makeSettings, t } from './ui-helpers';

function setup(settings = makeSettings()) {
  const onChange = vi.fn();
  render(<SettingsControls settings={settings} onChange={onChange} t={t} />);
  return onChange;
}

describe('SettingsControls', () => {
  it('offers the five card modes in a labelled select', () => {
    const onChange = setup();
    const select = screen.getByLabelText('Show the context card') as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).toEqual([
      'fast',
      'normal',
      'slow',
      'click',
      'off',
    ]);
    expect(select.value).toBe('normal');
    fireEvent.change(select, { target: { value: 'click' } });
    expect(onChange).toHaveBeenCalledWith({ cardMode: 'click' });
  });

  it('has a labelled checkbox per claim kind with a visual sample', () => {
    const onChange = setup(makeSettings({ highlightStyle: 'tint' }));
    const box = screen.getByRole('checkbox', { name: /Denial/ }) as HTMLInputElement;
    expect(box.checked).toBe(true);
    expect(screen.getAllByRole('checkbox')).toHaveLength(5);
    const sample = box.parentElement!.querySelector('.kind-sample')!;
    expect(sample.getAttribute('data-kind')).toBe('denial');
    expect(sample.getAttribute('data-style')).toBe('tint');
    fireEvent.click(box);
    expect(onChange).toHaveBeenCalledWith({ kinds: { ...DEFAULT_SETTINGS.kinds, denial: false } });
  });

  it('chooses the highlight style from a radio group', () => {
    const onChange = setup();
    expect((screen.getByRole('radio', { name: 'Underline' }) as HTMLInputElement).checked).toBe(
      true,
    );
    fireEvent.click(screen.getByRole('radio', { name: 'Outline' }));
    expect(onChange).toHaveBeenCalledWith({ highlightStyle: 'outline' });
  });

  it('switches the in-article summary', () => {
    const onChange = setup();
    fireEvent.click(screen.getByRole('switch', { name: 'Summary box above the article' }));
    expect(onChange).toHaveBeenCalledWith({ summary: true });
  });
});
