import { getTranslations, setRequestLocale } from 'next-intl/server';
import Link from 'next/link';
import { formValuesOf } from '@/components/admin/editors/proposal-values';
import { ProposalForm } from '@/components/partners/ProposalForm';
import { requireActor } from '@/lib/auth/session';
import { getPartnerFormOptions } from '@/lib/data/partner-submissions';
import type { ServiceFormValues } from '@/lib/validation/admin/service';
import { loadOwnListing } from '../../../load';

type Props = { params: Promise<{ locale: string; type: string; id: string }> };

/** R3: a partner proposes changes to one of their organization's listings, starting from what is published. */
export default async function EditProposalPage({ params }: Props) {
  const { locale, type, id } = await params;
  setRequestLocale(locale);
  const actor = await requireActor('partner');
  const [t, listing, options] = await Promise.all([getTranslations('PartnerArea'), loadOwnListing(actor, type, id), getPartnerFormOptions(actor)]);
  if (!listing) {
    return (
      <div>
        <h1 className="mb-2 text-2xl font-bold">{t('archivedTitle')}</h1>
        <p role="alert" className="mb-4">{t('archivedText')}</p>
        <Link href={`/${locale}/admin`} className="text-blue-800 underline">{t('backToDashboard')}</Link>
      </div>
    );
  }
  return (
    <div>
      <h1 className="mb-2 text-2xl font-bold" dir="auto">{t('editTitle', { name: listing.name })}</h1>
      <p className="mb-6 text-gray-800">{t('reviewedFirst')}</p>
      <ProposalForm kind={listing.type === 'service' ? 'edit_service' : 'edit_event'} locale={locale} values={formValuesOf(listing.state as { values: ServiceFormValues; translations: [] })}
        target={{ id: listing.id, version: listing.version }} sourceLocale={listing.sourceLocale} options={options} />
    </div>
  );
}
