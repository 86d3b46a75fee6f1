// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { Switch } from '@/components/Switch';

describe('Switch', () => {
  it('is a switch named by its label, reporting its state', () => {
    render(<Switch label="Enable Caveat" checked={true} onChange={() => undefined} />);
    const sw = screen.getByRole('switch', { name: 'Enable Caveat' });
    expect(sw.getAttribute('aria-checked')).toBe('true');
  });

  it('asks for the opposite state when clicked', () => {
    const onChange = vi.fn();
    render(<Switch label="Summary" checked={false} onChange={onChange} />);
    fireEvent.click(screen.getByRole('switch', { name: 'Summary' }));
    expect(onChange).toHaveBeenCalledWith(true);
  });

  it('does nothing when disabled', () => {
    const onChange = vi.fn();
    render(<Switch label="Site" checked={false} onChange={onChange} disabled />);
    const sw = screen.getByRole('switch', { name: 'Site' }) as HTMLButtonElement;
    expect(sw.disabled).toBe(true);
    fireEvent.click(sw);
    expect(onChange).not.toHaveBeenCalled();
  });
});
