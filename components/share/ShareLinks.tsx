import { getTranslations } from 'next-intl/server';
import { CopyLinkButton } from './CopyLinkButton';
import { PrintButton } from './PrintButton';
import { WithoutScript } from './WithoutScript';

/**
 * P10: print and share a page. Every link is built here, in the HTML: an SMS, a WhatsApp
 * message or a copied link leave only when the visitor chooses to send them, and nothing
 * goes through our server. Works without JavaScript (the link is shown as text).
 */
export async function ShareLinks({ url, title }: { url: string; title: string }) {
  const t = await getTranslations('Share');
  const message = encodeURIComponent(`${title} ${url}`);
  return (
    <section aria-labelledby="share-title" className="no-print space-y-3 rounded-lg border border-gray-300 bg-white p-4">
      <h2 id="share-title" className="text-xl font-bold">{t('heading')}</h2>
      <p><PrintButton label={t('print')} /></p>
      <WithoutScript><p>{t('printNoScript')}</p></WithoutScript>
      <div>
        <label htmlFor="share-url" className="block font-semibold">{t('linkLabel')}</label>
        <input id="share-url" readOnly value={url} dir="ltr" className="mt-1 w-full rounded border border-gray-600 bg-gray-50 px-2 py-1 text-sm" />
      </div>
      <CopyLinkButton url={url} labels={{ copy: t('copy'), copied: t('copied'), failed: t('copyFailed') }} />
      <ul className="flex flex-wrap gap-3">
        <li><a href={`sms:?&body=${message}`} className="inline-block min-h-11 py-2 underline">{t('sms')}</a></li>
        <li><a href={`https://wa.me/?text=${message}`} rel="noreferrer noopener" className="inline-block min-h-11 py-2 underline">{t('whatsapp')}</a></li>
      </ul>
      <p className="text-sm text-muted">{t('privacyNote')}</p>
    </section>
  );
}
