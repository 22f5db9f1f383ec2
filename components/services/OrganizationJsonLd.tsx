import { JsonLd } from '@/components/seo/JsonLd';
import type { getPublicOrganization } from '@/lib/data/organizations';

type PublicOrganization = NonNullable<Awaited<ReturnType<typeof getPublicOrganization>>>;

/** schema.org Organization: who runs the services, and how to reach them. */
export function OrganizationJsonLd({ organization, url }: { organization: PublicOrganization; url: string }) {
  return (
    <JsonLd
      data={{
        '@type': 'Organization',
        name: organization.name,
        ...(organization.alternateName ? { alternateName: organization.alternateName } : {}),
        description: organization.description.text,
        url,
        ...(organization.website ? { sameAs: organization.website } : {}),
        ...(organization.phone ? { telephone: organization.phone } : {}),
        ...(organization.email ? { email: organization.email } : {}),
      }}
    />
  );
}
