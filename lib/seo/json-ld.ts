// JSON-LD inside <script type="application/ld+json">. JSON.stringify alone is not safe
// there: a title containing "</script>" would end the element and turn the rest into
// markup. Escaping <, > and & as \u003c... keeps the JSON identical for parsers and
// leaves the HTML parser nothing to see; U+2028/2029 are escaped for old JS parsers.
export function jsonLdScriptText(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
