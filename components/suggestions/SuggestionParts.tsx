import { getFormatter, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import type { SuggestionDetail } from '@/lib/data/admin/suggestions';

const PROPOSAL_FIELDS = ['name', 'organization', 'offers', 'category', 'area', 'phone', 'website', 'languages'] as const;

/** The suggested service as typed (React escapes it: stored text never becomes markup). */
export async function ProposalList({ proposal }: { proposal: Record<string, string> }) {
  const t = await getTranslations('SuggestForm');
  const labels = { name: t('nameLabel'), organization: t('organizationLabel'), offers: t('offersLabel'), category: t('categoryLabel'), area: t('areaLabel'), phone: t('phoneLabel'), website: t('websiteLabel'), languages: t('languagesLabel') };
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
      {PROPOSAL_FIELDS.filter((f) => proposal[f]).map((f) => (
        <div key={f} className="contents">
          <dt className="font-semibold">{labels[f]}</dt>
          <dd className="whitespace-pre-wrap" dir="auto">{String(proposal[f])}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The reported listing as it is now, with a link to its editor. */
export async function ListingBeside({ listing, locale }: { listing: SuggestionDetail['listing']; locale: string }) {
  const [t, format] = await Promise.all([getTranslations('SuggestionsAdmin'), getFormatter()]);
  if (!listing) return <p>{t('listingGone')}</p>;
  const places = listing.locations.map((l) => l.location);
  return (
    <div className="space-y-2">
      <p className="font-semibold" dir="auto">{listing.name} · <span className="font-normal">{listing.organization.name}</span></p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">{t('listingStatus')}</dt><dd>{listing.status}</dd>
        <dt className="font-semibold">{t('phone')}</dt><dd dir="ltr">{listing.phone ?? '—'}</dd>
        <dt className="font-semibold">{t('website')}</dt><dd dir="ltr">{listing.website ?? '—'}</dd>
        <dt className="font-semibold">{t('places')}</dt>
        <dd>{places.length ? places.map((p) => `${p.name}${p.address1 ? `, ${p.address1}` : ''}${p.city ? `, ${p.city}` : ''}`).join(' · ') : '—'}</dd>
        <dt className="font-semibold">{t('lastVerified')}</dt><dd>{listing.verifiedAt ? format.dateTime(listing.verifiedAt, { dateStyle: 'medium' }) : '—'}</dd>
      </dl>
      <p className="flex flex-wrap gap-4">
        <Link href={`/${locale}/admin/services/${listing.id}`} className="font-semibold text-blue-800 underline">{t('openEditor')}</Link>
        <a href={`/${locale}/services/${listing.slug}`} className="text-blue-800 underline">{t('openPublic')}</a>
      </p>
    </div>
  );
}
