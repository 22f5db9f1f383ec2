import { listHsdsTaxonomyTerms } from '@/lib/data/hsds/read';
import { listHandler } from '@/lib/hsds/api';

export const dynamic = 'force-dynamic';

export const GET = (request: Request) => listHandler(request, listHsdsTaxonomyTerms);
