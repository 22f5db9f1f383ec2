import { randomUUID } from 'node:crypto';
import { getTranslations } from 'next-intl/server';
import { submitEventProposalAction, submitServiceProposalAction } from '@/app/[locale]/admin/proposals/actions';
import { EditorIntl } from '@/components/admin/editors/EditorIntl';
import { EventEditorForm } from '@/components/admin/editors/EventEditorForm';
import { ServiceEditorForm } from '@/components/admin/editors/ServiceEditorForm';
import { translationChoices } from '@/components/admin/editors/proposal-values';
import { weekdayNames } from '@/components/admin/editors/weekdays';
import type { EventFormValues } from '@/lib/validation/admin/event';
import type { ServiceFormValues } from '@/lib/validation/admin/service';
import type { PartnerKind } from '@/lib/validation/partner-submission';

type Option = { id: string; name: string };
type Props = {
  kind: PartnerKind;
  locale: string;
  values: ServiceFormValues | EventFormValues;
  target: { id: string; version: number } | null;
  resubmitOf?: string;
  sourceLocale: string;
  options: { organizations: Option[]; categories: Option[]; locations: Option[]; cityZone: string };
};

/**
 * R2–R3: the staff editor's own form, posting a proposal instead of a save. A fresh
 * idempotency key per page view makes a double click or a replayed post one submission.
 */
export async function ProposalForm({ kind, locale, values, target, resubmitOf, sourceLocale, options }: Props) {
  const type = kind.endsWith('service') ? 'service' : 'event';
  const [t, tf] = await Promise.all([getTranslations('EditorProposal'), getTranslations(type === 'service' ? 'EditorService' : 'EditorEvent')]);
  const proposal = {
    hidden: { kind, targetId: target?.id ?? '', targetVersion: target ? String(target.version) : '', idempotencyKey: randomUUID(), ...(resubmitOf ? { resubmitOf } : {}) },
    submitLabel: resubmitOf ? t('resubmit') : t('submit'),
    withMessage: true,
    ...translationChoices(type, sourceLocale, (f) => tf(`fields.${f}` as 'fields.name')),
  };
  const initial = { ok: true, fieldErrors: {}, version: target?.version ?? 1 };
  return (
    <EditorIntl>
      {type === 'service' ? (
        <ServiceEditorForm action={submitServiceProposalAction} id={null} locale={locale} weekdays={weekdayNames(locale)} options={options} proposal={proposal}
          initial={{ ...initial, values: values as ServiceFormValues }} />
      ) : (
        <EventEditorForm action={submitEventProposalAction} id={null} locale={locale} weekdays={weekdayNames(locale)} options={options} proposal={proposal}
          initial={{ ...initial, values: values as EventFormValues }} />
      )}
    </EditorIntl>
  );
}
