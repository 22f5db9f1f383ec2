import { ForbiddenError } from '@/lib/auth/actor';
import { getCurrentActor } from '@/lib/auth/session';
import { exportHsdsZipForStaff } from '@/lib/data/hsds/export-staff';

// The staff download of /admin/data. The data function checks the role itself.
export const dynamic = 'force-dynamic';

export async function GET() {
  const actor = await getCurrentActor();
  if (!actor) return Response.json({ status: 401, error: 'unauthorized' }, { status: 401 });
  try {
    const zip = await exportHsdsZipForStaff(actor);
    const day = new Date().toISOString().slice(0, 10);
    return new Response(zip as BodyInit, {
      headers: {
        'Content-Type': 'application/zip',
        'Content-Disposition': `attachment; filename="welcome-desk-hsds-${day}.zip"`,
        'Cache-Control': 'no-store',
      },
    });
  } catch (error) {
    if (error instanceof ForbiddenError) return Response.json({ status: 403, error: 'forbidden' }, { status: 403 });
    throw error;
  }
}
