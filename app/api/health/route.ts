import { isDatabaseReachable } from '@/lib/data/health';

// Liveness and readiness in one: 200 when the database answers, 503 when it does not.
export const dynamic = 'force-dynamic';

export async function GET() {
  const ok = await isDatabaseReachable();
  return Response.json(ok ? { status: 'ok' } : { status: 'unavailable', database: 'unreachable' }, {
    status: ok ? 200 : 503,
    headers: { 'Cache-Control': 'no-store' },
  });
}
