import 'server-only';
import { notFound } from 'next/navigation';
import type { Actor } from '@/lib/auth/actor';
import { NotFoundError } from '@/lib/data/admin/errors';
import { getEventForEditOrThrow } from '@/lib/data/admin/events';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The event of the URL, or the 404 page. */
export async function loadEventOr404(actor: Actor, id: string) {
  if (!UUID.test(id)) notFound();
  try {
    return await getEventForEditOrThrow(actor, id);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
