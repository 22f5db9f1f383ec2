import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from '../../lib/validation/admin/common';
import { serviceFormToValues, serviceInputSchema } from '../../lib/validation/admin/service';
import { settingsInputSchema } from '../../lib/validation/admin/settings';

function form(entries: [string, string][]) {
  const fd = new FormData();
  for (const [k, v] of entries) fd.append(k, v);
  return fd;
}

const ORG = '11111111-1111-4111-8111-111111111111';

describe('service form validation', () => {
  it('reports every bad field at once, by path', () => {
    const fd = form([
      ['slug', 'Not A Slug!'], ['organizationId', ORG], ['name', ''], ['website', 'javascript:alert(1)'], ['email', 'nobody'],
      ['phone', 'call me'], ['summary', 'x'.repeat(501)], ['asksImmigrationStatus', 'maybe'], ['sharesDataWithGovernment', 'no'],
      ['legalAuthorization', 'none'], ['languages', 'es, <b>'],
      ['hoursWeekday', '8'], ['hoursOpens', '25:00'], ['hoursCloses', '10:00'], ['hoursLocation', ''],
      ['hoursWeekday', '2'], ['hoursOpens', '09:00'], ['hoursCloses', '09:00'], ['hoursLocation', ''],
      ['hoursWeekday', ''], ['hoursOpens', ''], ['hoursCloses', ''], ['hoursLocation', ''],
      ['excDate', '2026-02-30'], ['excKind', 'open'], ['excOpens', ''], ['excCloses', ''], ['excNote', ''], ['excLocation', ''],
    ]);
    const values = serviceFormToValues(fd);
    expect((values.hours as unknown[]).length).toBe(2);
    const result = serviceInputSchema.safeParse(values);
    expect(result.success).toBe(false);
    const errors = fieldErrorsOf(result.error!);
    expect(errors).toMatchObject({
      slug: ['slug'], name: ['required'], website: ['url'], email: ['email'], phone: ['phone'], summary: ['tooLong'],
      asksImmigrationStatus: ['invalid'], 'languages.1': ['language'],
      'hours.0.weekday': ['weekday'], 'hours.0.opensAt': ['time'], 'hours.1.closesAt': ['hoursEmpty'],
      'exceptions.0.date': ['date'], 'exceptions.0.opensAt': ['exceptionHours'],
    });
  });

  it('accepts a complete form, keeps HTML as text, and reads multi-valued fields', () => {
    const fd = form([
      ['slug', 'legal-clinic'], ['organizationId', ORG], ['name', '<b>Clinic</b>'], ['website', 'https://a.example.org/x?y=1'],
      ['email', 'a@b.example'], ['phone', '+1 555-010-0100'], ['asksImmigrationStatus', 'never'], ['sharesDataWithGovernment', 'no'],
      ['legalAuthorization', 'doj_accredited_representative'], ['idsAccepted', 'municipal_id'], ['idsAccepted', 'consular_id'],
      ['categoryIds', ORG], ['isFree', 'on'], ['languages', 'es ar prs'],
      ['hoursWeekday', '5'], ['hoursOpens', '22:00'], ['hoursCloses', '02:00'], ['hoursLocation', ''],
    ]);
    const parsed = serviceInputSchema.parse(serviceFormToValues(fd));
    expect(parsed.name).toBe('<b>Clinic</b>');
    expect(parsed.idsAccepted).toEqual(['municipal_id', 'consular_id']);
    expect(parsed.languages).toEqual(['es', 'ar', 'prs']);
    expect(parsed.isFree).toBe(true);
    expect(parsed.acceptsWalkIns).toBe(false);
    expect(parsed.hours).toEqual([{ weekday: 5, opensAt: 1320, closesAt: 120, locationId: null }]);
    expect(parsed.alternateName).toBeNull();
  });

  it('refuses hours at a place the service is not offered at', () => {
    const fd = form([['slug', 'x'], ['organizationId', ORG], ['name', 'X'], ['asksImmigrationStatus', 'never'], ['sharesDataWithGovernment', 'no'], ['legalAuthorization', 'none'],
      ['hoursWeekday', '1'], ['hoursOpens', '09:00'], ['hoursCloses', '10:00'], ['hoursLocation', ORG]]);
    const result = serviceInputSchema.safeParse(serviceFormToValues(fd));
    expect(fieldErrorsOf(result.error!)).toEqual({ 'hours.0.locationId': ['locationNotSelected'] });
  });
});

describe('settings validation', () => {
  const ok = { cityName: 'Riverton', stateCode: 'CT', timezone: 'America/New_York', defaultLocale: 'en', enabledLocales: ['en', 'es'], emergencyPhone: '911', cityServicesPhone: '311', liaisonName: '', liaisonPhone: '', liaisonEmail: '', logoPath: '', verifyFlagAfterDays: '182', verifyHideAfterDays: '365' };
  it('accepts sane settings', () => {
    expect(settingsInputSchema.parse(ok)).toMatchObject({ verifyFlagAfterDays: 182, verifyHideAfterDays: 365, logoPath: null });
  });
  it('refuses a hide threshold before the flag threshold, unknown zones and locales', () => {
    const result = settingsInputSchema.safeParse({ ...ok, verifyHideAfterDays: '100', timezone: 'Mars/Base', enabledLocales: ['en', 'xx'], logoPath: 'javascript:x' });
    expect(fieldErrorsOf(result.error!)).toMatchObject({ timezone: ['timezone'], 'enabledLocales.1': ['invalid'], logoPath: ['path'] });
    const order = settingsInputSchema.safeParse({ ...ok, verifyHideAfterDays: '100' });
    expect(fieldErrorsOf(order.error!)).toEqual({ verifyHideAfterDays: ['hideAfterFlag'] });
  });
});
