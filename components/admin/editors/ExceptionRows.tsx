'use client';
import { useTranslations } from 'next-intl';
import type { ExceptionRowValues } from '@/lib/validation/admin/service';
import { ErrorList } from '../forms/Field';

// Dates on which the weekly hours do not apply. Two spare rows for adding without JavaScript.

type Props = { rows: ExceptionRowValues[]; places: { id: string; name: string }[]; errors: Record<string, string[]> };
const input = 'rounded border border-gray-600 bg-white px-2 py-1 focus:outline-2 focus:outline-offset-2 focus:outline-blue-700 aria-[invalid=true]:border-red-700';
const blank: ExceptionRowValues = { date: '', closed: true, opensAt: null, closesAt: null, note: '', locationId: '' };

export function ExceptionRows({ rows, places, errors }: Props) {
  const t = useTranslations('EditorService');
  const list = [...rows, blank, blank];
  return (
    <table className="w-full text-start">
      <caption className="sr-only">{t('exceptionsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col" className="text-start">{t('date')}</th>
          <th scope="col" className="text-start">{t('exceptionKind')}</th>
          <th scope="col" className="text-start">{t('opensAt')}</th>
          <th scope="col" className="text-start">{t('closesAt')}</th>
          <th scope="col" className="text-start">{t('note')}</th>
          <th scope="col" className="text-start">{t('place')}</th>
        </tr>
      </thead>
      <tbody>
        {list.map((row, i) => {
          const all = ['date', 'opensAt', 'closesAt', 'note', 'locationId'].flatMap((f) => errors[`exceptions.${i}.${f}`] ?? []);
          const errorId = all.length ? `exc-${i}-error` : undefined;
          const aria = { 'aria-invalid': all.length ? true : undefined, 'aria-describedby': errorId };
          return (
            <tr key={i} className="align-top">
              <td><input type="date" name="excDate" defaultValue={row.date} aria-label={t('rowDate', { n: i + 1 })} className={input} {...aria} /></td>
              <td>
                <select name="excKind" defaultValue={row.closed ? 'closed' : 'open'} aria-label={t('rowKind', { n: i + 1 })} className={input}>
                  <option value="closed">{t('closedAllDay')}</option>
                  <option value="open">{t('openOtherHours')}</option>
                </select>
              </td>
              <td><input type="time" name="excOpens" defaultValue={row.opensAt ?? ''} aria-label={t('rowExcOpens', { n: i + 1 })} className={input} {...aria} /></td>
              <td><input type="time" name="excCloses" defaultValue={row.closesAt ?? ''} aria-label={t('rowExcCloses', { n: i + 1 })} className={input} {...aria} /></td>
              <td><input type="text" name="excNote" defaultValue={row.note} maxLength={200} dir="auto" aria-label={t('rowNote', { n: i + 1 })} className={input} {...aria} /></td>
              <td>
                <select name="excLocation" defaultValue={row.locationId} aria-label={t('rowExcPlace', { n: i + 1 })} className={input}>
                  <option value="">{t('allPlaces')}</option>
                  {places.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
                </select>
                <ErrorList id={errorId} errors={all} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
