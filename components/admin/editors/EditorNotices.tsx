import { getTranslations } from 'next-intl/server';
import { translationOutcome, type TranslationOutcome } from './TranslationEntryForm';

export type Notices = { saved?: boolean; restored?: boolean; reviewed?: boolean; stale?: boolean; translation?: TranslationOutcome };

/** Reads the outcome flags editors redirect with (?saved=1, ?restored=1, ?reviewed=1, ?stale=1, ?translated=1). */
export function noticesFrom(sp: Record<string, string | string[] | undefined>): Notices {
  return { saved: sp.saved === '1', restored: sp.restored === '1', reviewed: sp.reviewed === '1', stale: sp.stale === '1', translation: translationOutcome(sp) };
}

/** The message after a save, restore or review, so that nobody wonders whether it worked. */
export async function EditorNotices({ notices }: { notices: Notices }) {
  const [c, s] = await Promise.all([getTranslations('EditorCommon'), getTranslations('EditorService')]);
  const ok = notices.saved ? c('saved') : notices.restored ? s('restoredNotice') : notices.reviewed ? s('reviewedNotice') : null;
  return (
    <>
      {ok ? <p role="status" className="mb-4 rounded bg-green-100 p-3 text-green-900">{ok}</p> : null}
      {notices.stale ? <p role="alert" className="mb-4 rounded bg-red-100 p-3 text-red-900">{c('staleAction')}</p> : null}
    </>
  );
}
