import { getTranslations } from 'next-intl/server';

const STYLE = {
  pending: 'bg-amber-100 text-amber-950',
  approved: 'bg-green-100 text-green-900',
  rejected: 'bg-red-100 text-red-900',
  changes_requested: 'bg-blue-100 text-blue-950',
  withdrawn: 'bg-gray-200 text-gray-900',
} as const;

/** A submission's status in words (never colour alone). */
export async function StatusBadge({ status }: { status: keyof typeof STYLE }) {
  const t = await getTranslations('PartnerArea');
  return <span className={`inline-block rounded px-2 py-0.5 text-sm font-medium ${STYLE[status]}`}>{t(`statuses.${status}`)}</span>;
}
