import { describe, expect, it } from 'vitest';
import { oversizedPostProblem, PUBLIC_FORM_BODY_LIMIT_BYTES } from './body-limit';
import { isPublicFormPage } from './security-headers';

// The public suggestion forms (issue 6): a smaller body limit, and same-origin referrers so
// that a post without JavaScript carries our Origin. Nothing else public changes.
describe('public suggestion forms', () => {
  it('are recognized by path, and only they', () => {
    for (const path of ['/en/suggest', '/ar/services/free-legal-help/report', '/es/suggest/']) expect(isPublicFormPage(path), path).toBe(true);
    for (const path of ['/en/suggest/thanks', '/en/services/free-legal-help', '/en/privacy', '/en/admin/suggestions', '/en/services/a/b/report']) expect(isPublicFormPage(path), path).toBe(false);
  });

  it('take at most 64 KB', () => {
    const post = (bytes: number) => oversizedPostProblem('POST', new Headers({ 'content-length': String(bytes) }), PUBLIC_FORM_BODY_LIMIT_BYTES);
    expect(post(PUBLIC_FORM_BODY_LIMIT_BYTES)).toBeNull();
    expect(post(PUBLIC_FORM_BODY_LIMIT_BYTES + 1)).toBe(413);
  });
});
