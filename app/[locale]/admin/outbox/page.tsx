import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { requireActor } from '@/lib/auth/session';
import { listOutboxMessages } from '@/lib/data/outbox';

export default async function OutboxPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor('admin', 'staff');
  const [t, format, messages] = await Promise.all([getTranslations('AdminOutbox'), getFormatter(), listOutboxMessages(actor)]);
  return (
    <section>
      <h1 className="mb-2 text-2xl font-bold">{t('title')}</h1>
      <p className="mb-4">{t('intro')}</p>
      {messages.length === 0 ? <p>{t('empty')}</p> : null}
      <ul className="space-y-4">
        {messages.map((m) => (
          <li key={m.id}>
            <article aria-labelledby={`mail-${m.id}`} className="rounded border border-gray-300 p-3">
              <h2 id={`mail-${m.id}`} className="font-semibold">{m.subject}</h2>
              <dl className="my-2 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
                <dt>{t('to')}</dt>
                <dd dir="ltr">{m.to}</dd>
                <dt>{t('date')}</dt>
                <dd>{format.dateTime(new Date(m.date), { dateStyle: 'medium', timeStyle: 'short' })}</dd>
              </dl>
              <pre className="whitespace-pre-wrap break-words font-sans text-sm">{m.text}</pre>
            </article>
          </li>
        ))}
      </ul>
    </section>
  );
}
