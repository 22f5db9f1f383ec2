import 'server-only';
import { eventState, namesOf, serviceState } from '@/components/admin/editors/proposal-values';
import type { Actor } from '@/lib/auth/actor';
import { NotFoundError } from '@/lib/data/admin/errors';
import { getEventForEditOrThrow, getEventFormOptions } from '@/lib/data/admin/events';
import { getServiceForEditOrThrow, getServiceFormOptions } from '@/lib/data/admin/services';

/** The listing a proposal is about, as it is now (null for a new one or one deleted since), and the form's choices. */
export async function loadReviewContext(actor: Actor, type: 'service' | 'event', targetId: string | null, organizationId: string | null) {
  const orNull = <T,>(p: Promise<T>) => p.catch((error) => { if (error instanceof NotFoundError) return null; throw error; });
  if (type === 'service') {
    const [current, options] = await Promise.all([targetId ? orNull(getServiceForEditOrThrow(actor, targetId)) : null, getServiceFormOptions(actor, organizationId)]);
    return { current: current ? { state: serviceState(current), sourceLocale: current.sourceLocale, version: current.version, status: current.status } : null, options: { ...options, cityZone: '' }, names: namesOf(options.organizations, options.categories, options.locations) };
  }
  const [current, options] = await Promise.all([targetId ? orNull(getEventForEditOrThrow(actor, targetId)) : null, getEventFormOptions(actor)]);
  return { current: current ? { state: eventState(current), sourceLocale: current.sourceLocale, version: current.version, status: current.status } : null, options, names: namesOf(options.organizations, options.categories, options.locations) };
}
