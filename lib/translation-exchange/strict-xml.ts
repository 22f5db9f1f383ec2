// A deliberately small XML reader for translators' XLIFF files. It refuses what an XLIFF
// file never needs and what makes XML dangerous: a DOCTYPE (and so every DTD and entity
// definition: no XXE, no "billion laughs"), entity references other than the five built-in
// ones and character references, and processing instructions. Errors carry line numbers.

export type XmlElement = { name: string; attrs: Record<string, string>; children: XmlNode[]; line: number };
export type XmlNode = XmlElement | string;

export class XmlError extends Error {
  constructor(public code: 'malformed' | 'doctype', public line: number) {
    super(`${code} at line ${line}`);
    this.name = 'XmlError';
  }
}

const NAME = /^[A-Za-z_][\w.:-]*/;
const BUILT_IN: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeText(raw: string, line: number): string {
  return raw.replace(/&([^;&\s]*);|&/g, (whole, ref: string | undefined) => {
    if (ref === undefined) throw new XmlError('malformed', line);
    if (ref in BUILT_IN) return BUILT_IN[ref]!;
    const code = /^#x[0-9a-fA-F]{1,6}$/.test(ref) ? parseInt(ref.slice(2), 16) : /^#[0-9]{1,7}$/.test(ref) ? parseInt(ref.slice(1), 10) : NaN;
    // Any other name would be an entity defined in a DTD, which we never read.
    if (!Number.isFinite(code) || code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) throw new XmlError(ref.startsWith('#') ? 'malformed' : 'doctype', line);
    return String.fromCodePoint(code);
  });
}

/** Parses a whole document into its root element. */
export function parseStrictXml(xml: string): XmlElement {
  let pos = 0;
  let line = 1;
  const advance = (to: number) => {
    for (let i = pos; i < to; i++) if (xml.charCodeAt(i) === 10) line++;
    pos = to;
  };
  const fail = (code: 'malformed' | 'doctype' = 'malformed'): never => {
    throw new XmlError(code, line);
  };
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  if (xml.startsWith('<?xml')) {
    const end = xml.indexOf('?>');
    if (end < 0) fail();
    const encoding = /encoding\s*=\s*["']([^"']+)["']/.exec(xml.slice(0, end))?.[1];
    if (encoding && !/^utf-?8$/i.test(encoding)) fail();
    advance(end + 2);
  }
  while (pos < xml.length) {
    const lt = xml.indexOf('<', pos);
    const textEnd = lt < 0 ? xml.length : lt;
    if (textEnd > pos) {
      const raw = xml.slice(pos, textEnd);
      if (stack.length === 0) {
        if (raw.trim() !== '') fail();
      } else stack.at(-1)!.children.push(decodeText(raw, line));
      advance(textEnd);
      continue;
    }
    if (xml.startsWith('<!--', pos)) {
      const end = xml.indexOf('-->', pos + 4);
      if (end < 0) fail();
      advance(end + 3);
    } else if (xml.startsWith('<![CDATA[', pos)) {
      const end = xml.indexOf(']]>', pos);
      if (end < 0 || stack.length === 0) fail();
      stack.at(-1)!.children.push(xml.slice(pos + 9, end));
      advance(end + 3);
    } else if (xml.startsWith('<!', pos)) {
      fail('doctype'); // <!DOCTYPE, <!ENTITY, <!ELEMENT …
    } else if (xml.startsWith('<?', pos)) {
      fail();
    } else if (xml.startsWith('</', pos)) {
      const m = /^<\/([A-Za-z_][\w.:-]*)\s*>/.exec(xml.slice(pos, pos + 200));
      const open = stack.pop();
      if (!m || !open || open.name !== m[1]) fail();
      advance(pos + m![0].length);
    } else {
      advance(pos + 1);
      const name = NAME.exec(xml.slice(pos, pos + 200))?.[0] ?? fail();
      const element: XmlElement = { name, attrs: {}, children: [], line };
      advance(pos + name.length);
      for (;;) {
        const ws = /^\s*/.exec(xml.slice(pos, pos + 1000))![0];
        advance(pos + ws.length);
        if (xml.startsWith('/>', pos) || xml.startsWith('>', pos)) break;
        if (!ws) fail();
        const attr = /^([A-Za-z_][\w.:-]*)\s*=\s*("([^"<]*)"|'([^'<]*)')/.exec(xml.slice(pos, pos + 100_000));
        if (!attr || Object.hasOwn(element.attrs, attr[1]!)) fail();
        element.attrs[attr![1]!] = decodeText(attr![3] ?? attr![4] ?? '', line);
        advance(pos + attr![0].length);
      }
      const selfClosing = xml.startsWith('/>', pos);
      advance(pos + (selfClosing ? 2 : 1));
      if (stack.length) stack.at(-1)!.children.push(element);
      else if (root) fail();
      else root = element;
      if (!selfClosing) stack.push(element);
    }
  }
  if (!root || stack.length) fail();
  return root!;
}

/** Escapes text for an XML element or a double-quoted attribute. */
export const escapeXml = (text: string) =>
  text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);
