import { getHsdsServiceAtLocation } from '@/lib/data/hsds/read';
import { itemHandler } from '@/lib/hsds/api';

export const dynamic = 'force-dynamic';

export const GET = (request: Request, { params }: { params: Promise<{ id: string }> }) =>
  itemHandler(request, params, (id, locale) => getHsdsServiceAtLocation(id, locale));
