import 'server-only';
import { getTranslations } from 'next-intl/server';

/** Error codes to messages: the event editor's own (EditorEvent.errors), else the shared EditorErrors. */
export async function translateEventErrors(locale: string, errors: Record<string, string[]>) {
  const [own, shared] = await Promise.all([getTranslations({ locale, namespace: 'EditorEvent.errors' }), getTranslations({ locale, namespace: 'EditorErrors' })]);
  const one = (code: string) => (own.has(code as 'timezone') ? own(code as 'timezone') : shared.has(code as 'invalid') ? shared(code as 'invalid') : shared('invalid'));
  return Object.fromEntries(Object.entries(errors).map(([k, codes]) => [k, [...new Set(codes.map(one))]]));
}
