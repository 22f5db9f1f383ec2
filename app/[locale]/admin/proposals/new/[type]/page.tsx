import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { emptyEventValues } from '@/components/admin/editors/event-values';
import { emptyServiceValues } from '@/components/admin/editors/service-values';
import { ProposalForm } from '@/components/partners/ProposalForm';
import { requireActor } from '@/lib/auth/session';
import { getPartnerFormOptions } from '@/lib/data/partner-submissions';

type Props = { params: Promise<{ locale: string; type: string }> };

/** R2: a partner proposes a new service or event for their organization. */
export default async function NewProposalPage({ params }: Props) {
  const { locale, type } = await params;
  setRequestLocale(locale);
  if (type !== 'service' && type !== 'event') notFound();
  const actor = await requireActor('partner');
  const [t, options] = await Promise.all([getTranslations('PartnerArea'), getPartnerFormOptions(actor)]);
  const org = options.organizations[0]!.id;
  const values = type === 'service' ? emptyServiceValues(org) : { ...emptyEventValues(options.cityZone), organizationId: org };
  return (
    <div>
      <h1 className="mb-2 text-2xl font-bold">{type === 'service' ? t('newServiceTitle') : t('newEventTitle')}</h1>
      <p className="mb-6 text-gray-800">{t('reviewedFirst')}</p>
      <ProposalForm kind={type === 'service' ? 'new_service' : 'new_event'} locale={locale} values={values} target={null} sourceLocale="en" options={options} />
    </div>
  );
}
