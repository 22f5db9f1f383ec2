import 'server-only';
import { notFound } from 'next/navigation';
import type { Actor } from '@/lib/auth/actor';
import { NotFoundError } from '@/lib/data/admin/errors';
import { getServiceForEditOrThrow } from '@/lib/data/admin/services';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The service of the URL, or the 404 page. */
export async function loadServiceOr404(actor: Actor, id: string) {
  if (!UUID.test(id)) notFound();
  try {
    return await getServiceForEditOrThrow(actor, id);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
