'use client';
import { useTranslations } from 'next-intl';
import type { OverrideRowValues } from '@/lib/validation/admin/event';
import { ErrorList } from '../forms/Field';

// Single-date changes of a repeating event (cancel one class, move one session). Two spare
// rows let staff add changes without JavaScript; blank rows are ignored on save.

type Props = { rows: OverrideRowValues[]; errors: Record<string, string[]> };
const input = 'rounded border border-gray-600 bg-white px-2 py-1 focus:outline-2 focus:outline-offset-2 focus:outline-blue-700 aria-[invalid=true]:border-red-700';
const blank: OverrideRowValues = { date: '', action: 'cancel', newDate: '', newStart: '', newEnd: '', note: '' };

export function EventOverrideRows({ rows, errors }: Props) {
  const t = useTranslations('EditorEvent');
  const list = [...rows, blank, blank];
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-start">
        <caption className="sr-only">{t('overridesCaption')}</caption>
        <thead>
          <tr>
            {(['plannedDate', 'change', 'newDate', 'newStart', 'newEnd', 'note'] as const).map((h) => <th key={h} scope="col" className="text-start">{t(h)}</th>)}
          </tr>
        </thead>
        <tbody>
          {list.map((row, i) => {
            const all = ['date', 'action', 'newDate', 'newStart', 'newEnd', 'note'].flatMap((f) => errors[`overrides.${i}.${f}`] ?? []);
            const errorId = all.length ? `ov-${i}-error` : undefined;
            const aria = { 'aria-invalid': all.length ? true : undefined, 'aria-describedby': errorId };
            return (
              <tr key={i} className="align-top">
                <td><input type="date" name="ovDate" defaultValue={row.date} aria-label={t('overrideDate', { n: i + 1 })} className={input} {...aria} /></td>
                <td>
                  <select name="ovAction" defaultValue={row.action} aria-label={t('overrideAction', { n: i + 1 })} className={input}>
                    <option value="cancel">{t('cancelOption')}</option>
                    <option value="move">{t('moveOption')}</option>
                  </select>
                </td>
                <td><input type="date" name="ovNewDate" defaultValue={row.newDate} aria-label={t('overrideNewDate', { n: i + 1 })} className={input} {...aria} /></td>
                <td><input type="time" name="ovNewStart" defaultValue={row.newStart} aria-label={t('overrideNewStart', { n: i + 1 })} className={input} {...aria} /></td>
                <td><input type="time" name="ovNewEnd" defaultValue={row.newEnd} aria-label={t('overrideNewEnd', { n: i + 1 })} className={input} {...aria} /></td>
                <td>
                  <input type="text" name="ovNote" defaultValue={row.note} maxLength={300} dir="auto" aria-label={t('overrideNote', { n: i + 1 })} className={input} {...aria} />
                  <ErrorList id={errorId} errors={all} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
