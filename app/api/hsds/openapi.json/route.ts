import { jsonResponse } from '@/lib/hsds/api';
import { hsdsOpenApi } from '@/lib/hsds/openapi';

export const dynamic = 'force-static';

export const GET = () => jsonResponse(hsdsOpenApi);
