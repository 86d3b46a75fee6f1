// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { luminance, pageTheme, parseRgb } from '@/entrypoints/content/page-theme';

describe('page theme', () => {
  afterEach(() => {
    document.body.style.backgroundColor = '';
    document.documentElement.style.backgroundColor = '';
  });

  it('parses computed colours', () => {
    expect(parseRgb('rgb(10, 20, 30)')).toEqual([10, 20, 30, 1]);
    expect(parseRgb('rgba(0, 0, 0, 0)')).toEqual([0, 0, 0, 0]);
    expect(parseRgb('rgb(1 2 3 / 50%)')).toEqual([1, 2, 3, 0.5]);
    expect(parseRgb('transparent')).toBeUndefined();
  });

  it('computes relative luminance', () => {
    expect(luminance([255, 255, 255])).toBeCloseTo(1);
    expect(luminance([0, 0, 0])).toBe(0);
  });

  it('follows a dark or light page background, and defers when there is none', () => {
    expect(pageTheme(document, window)).toBeUndefined();
    document.body.style.backgroundColor = 'rgb(20, 22, 28)';
    expect(pageTheme(document, window)).toBe('dark');
    document.body.style.backgroundColor = '';
    document.documentElement.style.backgroundColor = 'rgb(250, 250, 245)';
    expect(pageTheme(document, window)).toBe('light');
  });
});
