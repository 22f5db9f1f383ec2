import 'server-only';
import { forbidden, notFound } from 'next/navigation';
import { eventState, serviceState } from '@/components/admin/editors/proposal-values';
import { ForbiddenError, type Actor } from '@/lib/auth/actor';
import { NotFoundError } from '@/lib/data/admin/errors';
import { getOwnEventForProposalOrThrow, getOwnServiceForProposalOrThrow } from '@/lib/data/partner-submissions';
import { ArchivedListingError } from '@/lib/data/submission-errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * One of the partner's own listings as the proposal form starts from it. Another
 * organization's: 403; unknown: 404; archived: null (the page says it takes no proposals).
 */
export async function loadOwnListing(actor: Actor, type: string, id: string) {
  if (!UUID.test(id) || (type !== 'service' && type !== 'event')) notFound();
  try {
    if (type === 'service') {
      const s = await getOwnServiceForProposalOrThrow(actor, id);
      return { type, id, name: s.name, version: s.version, sourceLocale: s.sourceLocale, state: serviceState(s) } as const;
    }
    const e = await getOwnEventForProposalOrThrow(actor, id);
    return { type, id, name: e.title, version: e.version, sourceLocale: e.sourceLocale, state: eventState(e) } as const;
  } catch (error) {
    if (error instanceof ArchivedListingError) return null;
    if (error instanceof ForbiddenError) forbidden();
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
