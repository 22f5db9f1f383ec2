import { jsonLdScriptText } from '@/lib/seo/json-ld';

/** schema.org data for search engines (PRODUCT I4), escaped so listing text cannot end the element. */
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScriptText({ '@context': 'https://schema.org', ...data }) }} />;
}
