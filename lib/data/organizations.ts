import 'server-only';
import { db } from '../db';
import { localize, translationsIn } from './localize';
import { cachedPublicRead } from './public-cache';
import { publicOrganizationWhere } from './visibility';

/** A published organization for its public page. Null when unknown or not public. */
export async function getPublicOrganization(slug: string, locale: string) {
  const row = await cachedPublicRead(`organization:${slug}:${locale}`, () => db.organization.findFirst({
    where: { ...publicOrganizationWhere, slug },
    select: {
      id: true, slug: true, name: true, alternateName: true, description: true, sourceLocale: true,
      website: true, email: true, phone: true, legalStatus: true, verifiedAt: true,
      translations: translationsIn(locale),
    },
  }));
  if (!row) return null;
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    alternateName: row.alternateName,
    description: localize(row, 'description', row.description, locale),
    website: row.website,
    email: row.email,
    phone: row.phone,
    legalStatus: row.legalStatus,
    verifiedAt: row.verifiedAt,
  };
}
