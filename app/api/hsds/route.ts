import { HSDS_VERSION } from '@/lib/data/hsds/ids';
import { jsonResponse } from '@/lib/hsds/api';
import { LOCALES } from '@/lib/i18n/locales';

// The API's root, as HSDS 3.0 asks: which version and profile it speaks, where its OpenAPI is.
export const dynamic = 'force-static';

export const GET = () =>
  jsonResponse({
    version: HSDS_VERSION,
    profile: 'https://docs.openreferral.org/en/v3.0/',
    openapi_url: '/api/hsds/openapi.json',
    x_welcome_desk: {
      description: 'Welcome Desk directory. Extension fields are in x_welcome_desk objects; see the OpenAPI document.',
      locales: LOCALES,
    },
  });
