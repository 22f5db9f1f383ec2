import { describe, expect, it } from 'vitest';
import { proposalDiff } from './proposal-diff';

describe('proposalDiff', () => {
  const current = { values: { name: 'Food pantry', phone: '555-0100', categoryIds: ['11111111-1111-4111-8111-111111111111'] }, translations: [{ locale: 'es', field: 'name', value: 'Despensa' }] };

  it('lists only changed fields, translations included, ids by name', () => {
    const rows = proposalDiff(current, {
      values: { name: 'Food pantry', phone: '555-0199', categoryIds: ['11111111-1111-4111-8111-111111111111'] } as never,
      translations: [{ locale: 'fr', field: 'name', value: 'Banque alimentaire' }],
    }, new Map([['11111111-1111-4111-8111-111111111111', 'Food']]));
    expect(rows).toEqual([
      { field: 'phone', before: '555-0100', after: '555-0199' },
      { field: 'translations.fr.name', before: null, after: 'Banque alimentaire' },
    ]);
  });

  it('shows every filled field of a new listing as an addition, HTML kept as text', () => {
    const rows = proposalDiff(null, { values: { name: '<script>alert(1)</script>', phone: '', categoryIds: ['11111111-1111-4111-8111-111111111111'] } as never, translations: [] }, new Map([['11111111-1111-4111-8111-111111111111', 'Food']]));
    expect(rows).toEqual([
      { field: 'name', before: null, after: '<script>alert(1)</script>' },
      { field: 'categoryIds', before: null, after: 'Food' },
    ]);
  });
});
