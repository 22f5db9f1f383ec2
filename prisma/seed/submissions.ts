import type { Prisma } from '../../lib/generated/prisma/client';
import { minutesToClock } from '../../lib/validation/admin/common';

// Two pending proposals from the demo partner, so the moderation queue (A7) has something to
// show: an edit of one of their services (a new phone number and a French summary) and a
// new service. Values are the editor form's, as a partner's browser would send them.

const date = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : '');
const on = (b: boolean) => (b ? 'on' : '');
const HOUR = 3_600_000;

export async function seedDemoSubmissions(tx: Prisma.TransactionClient, now: Date) {
  const partner = await tx.user.findFirst({ where: { role: 'partner', email: 'partner@demo.welcome-desk.example' }, select: { id: true, organizationId: true } });
  if (!partner?.organizationId) return;
  const s = await tx.service.findFirst({
    where: { organizationId: partner.organizationId, status: 'published' }, orderBy: { slug: 'asc' },
    include: { categories: true, locations: true, hours: true, exceptions: true },
  });
  if (!s) return;
  const locationOf = new Map(s.locations.map((l) => [l.id, l.locationId]));
  const values = {
    slug: s.slug, organizationId: s.organizationId, name: s.name, alternateName: s.alternateName ?? '', summary: s.summary, description: s.description,
    eligibility: s.eligibility, howToApply: s.howToApply, documentsToBring: s.documentsToBring, feesDescription: s.feesDescription,
    alertMessage: s.alertMessage ?? '', alertUntil: date(s.alertUntil), website: s.website ?? '', email: s.email ?? '', phone: '(555) 010-4477',
    asksImmigrationStatus: s.asksImmigrationStatus, sharesDataWithGovernment: s.sharesDataWithGovernment, statusSafetyConfirmedAt: date(s.statusSafetyConfirmedAt),
    legalAuthorization: s.legalAuthorization, legalAuthorizationReference: s.legalAuthorizationReference ?? '', legalAuthorizationCheckedAt: date(s.legalAuthorizationCheckedAt),
    idsConfirmedAt: date(s.idsConfirmedAt), primaryCategoryId: s.categories.find((c) => c.isPrimary)?.categoryId ?? '',
    isFree: on(s.isFree), acceptsWalkIns: on(s.acceptsWalkIns), appointmentNeeded: on(s.appointmentNeeded), interpreterAvailable: on(s.interpreterAvailable),
    offeredOnline: on(s.offeredOnline), offeredByPhone: on(s.offeredByPhone), servesRegardlessOfStatus: on(s.servesRegardlessOfStatus),
    languages: s.languages, idsAccepted: s.idsAccepted, categoryIds: s.categories.map((c) => c.categoryId), locationIds: s.locations.map((l) => l.locationId),
    hours: s.hours.map((h) => ({ weekday: String(h.weekday), opensAt: minutesToClock(h.opensAt), closesAt: minutesToClock(h.closesAt), locationId: h.serviceAtLocationId ? locationOf.get(h.serviceAtLocationId)! : '' })),
    exceptions: s.exceptions.map((e) => ({
      date: date(e.date), closed: e.closed, opensAt: e.opensAt === null ? null : minutesToClock(e.opensAt), closesAt: e.closesAt === null ? null : minutesToClock(e.closesAt),
      note: e.note, locationId: e.serviceAtLocationId ? locationOf.get(e.serviceAtLocationId)! : '',
    })),
  };
  const common = { source: 'partner' as const, status: 'pending' as const, submittedById: partner.id, organizationId: partner.organizationId, locale: 'en' };
  await tx.submission.create({
    data: {
      ...common, kind: 'edit_service', targetType: 'service', targetId: s.id, targetVersion: s.version, idempotencyKey: 'demo-submission-edit', createdAt: new Date(now.getTime() - 50 * HOUR),
      message: 'Our phone number changed last month. (demo)',
      payload: { values, translations: [{ locale: 'fr', field: 'summary', value: 'Résumé en français proposé par le partenaire (démo).' }] } as Prisma.InputJsonValue,
    },
  });
  await tx.submission.create({
    data: {
      ...common, kind: 'new_service', idempotencyKey: 'demo-submission-new', createdAt: new Date(now.getTime() - 5 * HOUR), message: '',
      payload: {
        values: {
          ...values, slug: `${s.slug}-saturday-tax-help`, name: 'Saturday tax help (demo)', alternateName: '', summary: 'Free help filing taxes, with or without an SSN.',
          description: 'Volunteers help you file your tax return, including with an ITIN. Bring last year’s return if you have it.', phone: s.phone ?? '(555) 010-4477',
          hours: [{ weekday: '6', opensAt: '10:00', closesAt: '14:00', locationId: '' }], exceptions: [], alertMessage: '', alertUntil: '',
        },
        translations: [{ locale: 'es', field: 'name', value: 'Ayuda con impuestos los sábados (demo)' }],
      } as Prisma.InputJsonValue,
    },
  });
}
