'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { HoursRowValues } from '@/lib/validation/admin/service';
import { ErrorList, buttonClass } from '../forms/Field';

// Weekly hours as rows (several per day allowed). Without JavaScript the form already has
// spare empty rows; with it, "Add a row" adds more. Empty rows are ignored on save.

type Props = { rows: HoursRowValues[]; weekdays: string[]; places: { id: string; name: string }[]; errors: Record<string, string[]> };
const blank = (): HoursRowValues => ({ weekday: '', opensAt: '', closesAt: '', locationId: '' });
const input = 'rounded border border-gray-600 bg-white px-2 py-1 focus:outline-2 focus:outline-offset-2 focus:outline-blue-700 aria-[invalid=true]:border-red-700';

export function HoursRows({ rows, weekdays, places, errors }: Props) {
  const t = useTranslations('EditorService');
  const [list, setList] = useState(() => [...rows, blank(), blank(), blank()].map((row, key) => ({ key, row })));
  const [next, setNext] = useState(list.length);
  return (
    <div>
      <table className="w-full text-start">
        <caption className="sr-only">{t('hoursCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="text-start">{t('weekday')}</th>
            <th scope="col" className="text-start">{t('opensAt')}</th>
            <th scope="col" className="text-start">{t('closesAt')}</th>
            <th scope="col" className="text-start">{t('place')}</th>
            <th scope="col"><span className="sr-only">{t('removeRow')}</span></th>
          </tr>
        </thead>
        <tbody>
          {list.map(({ key, row }, i) => {
            const err = (f: string) => errors[`hours.${i}.${f}`];
            const all = ['weekday', 'opensAt', 'closesAt', 'locationId'].flatMap((f) => err(f) ?? []);
            const errorId = all.length ? `hours-${i}-error` : undefined;
            const aria = (f: string) => ({ 'aria-invalid': err(f) ? true : undefined, 'aria-describedby': err(f) ? errorId : undefined });
            return (
              <tr key={key} className="align-top">
                <td>
                  <select name="hoursWeekday" defaultValue={row.weekday} aria-label={t('rowWeekday', { n: i + 1 })} className={input} {...aria('weekday')}>
                    <option value="">—</option>
                    {weekdays.map((d, k) => <option key={d} value={String(k + 1)}>{d}</option>)}
                  </select>
                </td>
                <td><input type="time" name="hoursOpens" defaultValue={row.opensAt} aria-label={t('rowOpens', { n: i + 1 })} className={input} {...aria('opensAt')} /></td>
                <td><input type="time" name="hoursCloses" defaultValue={row.closesAt} aria-label={t('rowCloses', { n: i + 1 })} className={input} {...aria('closesAt')} /></td>
                <td>
                  <select name="hoursLocation" defaultValue={row.locationId} aria-label={t('rowPlace', { n: i + 1 })} className={input} {...aria('locationId')}>
                    <option value="">{t('allPlaces')}</option>
                    {places.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
                  </select>
                  <ErrorList id={errorId} errors={all} />
                </td>
                <td>
                  <button type="button" className={buttonClass.secondary} onClick={() => setList((l) => l.filter((_, k) => k !== i))} aria-label={t('removeRowN', { n: i + 1 })}>×</button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="mt-1 text-sm text-gray-700">{t('hoursHint')}</p>
      <button type="button" className={`${buttonClass.secondary} mt-2`} onClick={() => { setList((l) => [...l, { key: next, row: blank() }]); setNext(next + 1); }}>{t('addRow')}</button>
    </div>
  );
}
