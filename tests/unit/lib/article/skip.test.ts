// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { linkDensity } from '@/lib/article/skip';

const element = (html: string): Element => {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  return doc.body.firstElementChild as Element;
};

describe('linkDensity', () => {
  it('is the share of text (whitespace aside) inside links', () => {
    const p = element('<p>Ferry news <a href="/a">timetable</a> here</p>');
    // "Ferrynewstimetablehere": 22 characters, 9 of them linked.
    expect(linkDensity(p)).toBeCloseTo(9 / 22);
  });

  it('is 0 without links or without text', () => {
    expect(linkDensity(element('<p>No links at all.</p>'))).toBe(0);
    expect(linkDensity(element('<p><a href="/a"> </a></p>'))).toBe(0);
  });

  it('gives the same share from the text the caller already read', () => {
    const p = element(
      '<p>\n  The council <a href="/x">met</a>, <em>then <a href="/y">voted</a></em>.\n</p>',
    );
    expect(linkDensity(p, p.textContent ?? '')).toBe(linkDensity(p));
    expect(linkDensity(p, p.textContent ?? '')).toBeGreaterThan(0);
  });
});
