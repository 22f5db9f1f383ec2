// A10: the only form in which a search's words may be kept (and only when they found
// nothing, at least 3 times in a day). Lower case, letters and digits only, single spaces.
// Words that look like contact details or ID numbers are never kept: someone may type their
// own phone number, email or case number into the box.

export const MAX_KEPT_QUERY_LENGTH = 80;

export function normalizeQueryForInsights(query: string): string | null {
  if (/@/.test(query)) return null;
  const text = query
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!text || text.length > MAX_KEPT_QUERY_LENGTH) return null;
  // Six digits or more (ignoring spaces) is a phone, A-number or case number, not a need.
  if ((text.match(/\p{N}/gu)?.length ?? 0) >= 6) return null;
  return text;
}
