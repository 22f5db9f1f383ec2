// Issue 10 point 7: the hostile values every route parameter, query parameter and form field
// is tried with. Each class names what it probes; RAW_* are already percent-encoded bytes that
// no well-behaved client would send (invalid UTF-8, NUL, dot segments).

export const HOSTILE_VALUES: Record<string, string> = {
  sql: `' OR 1=1; DROP TABLE "Service"; --`,
  sqlUnion: `1 UNION SELECT password FROM "Account"--`,
  tsquery: `a & !b | c:* <-> (d`,
  xssScript: '<script>alert(1)</script>',
  xssAttribute: '"><img src=x onerror=alert(1)>',
  javascriptUrl: 'javascript:alert(1)',
  bidi: '\u202Eevil\u202C\u2066x\u2069\u200F',
  zeroWidth: 'a\u200B\u200C\u200D\u2060\uFEFFb',
  tenThousand: 'x'.repeat(10_000),
  hugeNumber: '99999999999999999999',
  overflowFloat: '1e309',
  negative: '-1',
  nul: 'a\u0000b',
  loneSurrogate: 'a\uD800b',
  templateAndPath: '{{7*7}}${7*7}../../etc/passwd',
};

/** Sent as they are, after encodeURIComponent would have refused or changed them. */
export const RAW_ENCODED = ['%C3%28', '%FF', '%ED%A0%80', '%00', '%E2%80%AE%3Cscript%3Ealert(1)%3C%2Fscript%3E', '..%2F..%2Fetc%2Fpasswd', '%'];

/** Percent-encodes like a browser would, except that a lone surrogate becomes its WTF-8 bytes. */
export function encodeValue(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    // encodeURIComponent refuses lone surrogates; send their (invalid) bytes instead.
    return value.split('').map((c) => (/[\uD800-\uDFFF]/.test(c) ? '%ED%A0%80' : encodeURIComponent(c))).join('');
  }
}

/** Every hostile value ready to put in a query string: the classes plus raw byte sequences. */
export function encodedHostileValues(): string[] {
  return [...Object.values(HOSTILE_VALUES).map(encodeValue), ...RAW_ENCODED];
}

/**
 * For path segments, the classes that take a different road there (a slug or id is matched
 * against a pattern first, so the many text classes all end at the same check).
 */
export function encodedPathValues(): string[] {
  const { sql, xssScript, xssAttribute, bidi, zeroWidth, tenThousand, hugeNumber, nul } = HOSTILE_VALUES;
  return [...[sql, xssScript, xssAttribute, bidi, zeroWidth, tenThousand, hugeNumber, nul].map((v) => encodeValue(v!)), '%C3%28', '%FF', '%ED%A0%80', '%', '..%2F..%2Fetc%2Fpasswd'];
}

/** Payloads that must never come back unescaped in HTML. */
const REFLECTED = [/<script>alert\(/i, /"><img src=x onerror=/i, /href\s*=\s*["']?\s*javascript:/i, /<img src=x onerror=alert/i];

export function reflectedPayload(html: string): string | null {
  for (const pattern of REFLECTED) {
    const match = pattern.exec(html);
    if (match) return html.slice(Math.max(0, match.index - 60), match.index + 60);
  }
  return null;
}
