import { getTranslations } from 'next-intl/server';
import { decideSubmissionAction } from '@/app/[locale]/admin/moderation/actions';
import { buttonClass, TextArea } from '@/components/admin/forms/Field';

/** Approve as proposed; or request changes / reject with a note the partner will read. Plain form posts. */
export async function DecisionForms({ submissionId, locale }: { submissionId: string; locale: string }) {
  const t = await getTranslations('Moderation');
  const hidden = (decision: string) => (
    <>
      <input type="hidden" name="submissionId" value={submissionId} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="decision" value={decision} />
    </>
  );
  return (
    <section aria-labelledby="decide-title" className="mt-8">
      <h2 id="decide-title" className="mb-3 text-xl font-semibold">{t('decideTitle')}</h2>
      <form action={decideSubmissionAction} className="mb-6">
        {hidden('approve')}
        <button type="submit" className={buttonClass.primary}>{t('approve')}</button>
      </form>
      <form action={decideSubmissionAction} className="max-w-2xl rounded border border-gray-300 p-4">
        <input type="hidden" name="submissionId" value={submissionId} />
        <input type="hidden" name="locale" value={locale} />
        <TextArea name="note" label={t('noteLabel')} hint={t('noteHint')} rows={4} maxLength={2_000} />
        <div className="flex flex-wrap gap-3">
          <button type="submit" name="decision" value="request_changes" className={buttonClass.secondary}>{t('requestChanges')}</button>
          <button type="submit" name="decision" value="reject" className={buttonClass.danger}>{t('reject')}</button>
        </div>
      </form>
    </section>
  );
}
