import { getTranslations } from 'next-intl/server';
import type { ImportPreview } from '@/lib/data/hsds/import-staff';

const KINDS = ['organization', 'service', 'location', 'service_at_location', 'taxonomy_term'] as const;

/** What an import will create and update, and every problem by file and row. */
export async function ImportPreviewView({ preview }: { preview: ImportPreview }) {
  const t = await getTranslations('AdminImport');
  const counts = preview.summary ?? preview.counts;
  return (
    <div>
      <h2 className="mb-2 text-xl font-semibold">{t('previewHeading', { file: preview.fileName })}</h2>
      <table className="mb-4 border-collapse text-start">
        <caption className="mb-1 text-start font-semibold">{t('tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="border border-gray-400 px-2 py-1 text-start">{t('kind')}</th>
            <th scope="col" className="border border-gray-400 px-2 py-1 text-end">{t('create')}</th>
            <th scope="col" className="border border-gray-400 px-2 py-1 text-end">{t('update')}</th>
          </tr>
        </thead>
        <tbody>
          {KINDS.map((kind) => (
            <tr key={kind}>
              <th scope="row" className="border border-gray-400 px-2 py-1 text-start font-normal">{t(`kinds.${kind}`)}</th>
              <td className="border border-gray-400 px-2 py-1 text-end">{counts[kind].create}</td>
              <td className="border border-gray-400 px-2 py-1 text-end">{counts[kind].update}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {preview.ignoredFiles.length > 0 ? <p className="mb-4">{t('ignoredFiles', { files: preview.ignoredFiles.join(', ') })}</p> : null}
      {preview.problems.length === 0 ? (
        <p className="mb-4">{t('noProblems')}</p>
      ) : (
        <>
          <h3 className="mb-2 text-lg font-semibold">{t('problemsHeading', { count: preview.problems.length })}</h3>
          <ul className="mb-4 list-disc ps-6" dir="auto">
            {preview.problems.slice(0, 500).map((p, i) => {
              const message = t(`problems.${p.code as 'required'}`, { field: '', value: '', id: '', column: '', ...p.params });
              return <li key={i}>{p.row ? t('problemAt', { file: p.file, row: p.row, message }) : t('problemFile', { file: p.file, message })}</li>;
            })}
          </ul>
        </>
      )}
    </div>
  );
}
