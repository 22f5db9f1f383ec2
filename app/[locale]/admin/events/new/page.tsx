import { getTranslations, setRequestLocale } from 'next-intl/server';
import { EditorIntl } from '@/components/admin/editors/EditorIntl';
import { EventEditorForm } from '@/components/admin/editors/EventEditorForm';
import { emptyEventValues } from '@/components/admin/editors/event-values';
import { weekdayNames } from '@/components/admin/editors/weekdays';
import { requireActor } from '@/lib/auth/session';
import { getEventFormOptions } from '@/lib/data/admin/events';
import { saveEventAction } from '../actions';

export default async function NewEventPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor('admin', 'staff');
  const [t, options] = await Promise.all([getTranslations('EditorEvent'), getEventFormOptions(actor)]);
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">{t('newTitle')}</h1>
      <EditorIntl>
        <EventEditorForm action={saveEventAction} id={null} locale={locale} weekdays={weekdayNames(locale)} options={options}
          initial={{ ok: true, fieldErrors: {}, values: emptyEventValues(options.cityZone), version: 1 }} />
      </EditorIntl>
    </div>
  );
}
