import { describe, expect, it } from 'vitest';
import type { SearchParams } from '../validation/search-params';
import { activeFilters, searchHref, searchQueryString, withoutAllFilters, withoutFilter } from './url';

const base: SearchParams = { q: 'clases de inglés', page: 3, category: 'english-classes', lang: 'es', near: 'frog-hollow', within: 2, sort: 'distance', flags: ['free', 'opennow'] };

describe('search URLs', () => {
  it('write every value in a fixed order and keep the page', () => {
    expect(searchQueryString(base)).toBe('q=clases+de+ingl%C3%A9s&category=english-classes&lang=es&free=1&opennow=1&near=frog-hollow&within=2&sort=distance&page=3');
  });

  it('start again at page 1 when a filter changes', () => {
    expect(searchHref('es', base, withoutFilter(base, 'free'))).not.toContain('page=');
    expect(searchHref('es', base, withoutFilter(base, 'free'))).not.toContain('free=');
    expect(searchHref('es', base, withoutFilter(base, 'free'))).toContain('opennow=1');
  });

  it('drop the distance and its sort together with the place', () => {
    const href = searchHref('en', base, withoutFilter(base, 'near'));
    expect(href).not.toMatch(/near=|within=|sort=/);
    expect(href).toContain('category=english-classes');
  });

  it('remove every filter but keep the words', () => {
    expect(searchHref('ar', base, withoutAllFilters())).toBe('/ar/search?q=clases+de+ingl%C3%A9s');
    expect(searchHref('ar', { ...base, q: '' }, withoutAllFilters())).toBe('/ar/search');
  });

  it('list the filters in use', () => {
    expect(activeFilters(base)).toEqual(['category', 'lang', 'free', 'opennow', 'near', 'within']);
    expect(activeFilters({ ...base, near: null })).toEqual(['category', 'lang', 'free', 'opennow']);
  });
});
