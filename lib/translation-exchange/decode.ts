import type { ExchangeProblem } from './units';

// Exchange files are UTF-8 (a byte order mark is fine). Anything else is refused with a
// clear message rather than guessed at: a Windows-1252 or UTF-16 file read as UTF-8 would
// put garbled text on public pages.

export const MAX_EXCHANGE_UPLOAD_BYTES = 900 * 1024;

export function decodeUtf8(bytes: Uint8Array): { text: string } | { problem: ExchangeProblem } {
  if (bytes.byteLength === 0) return { problem: { code: 'empty' } };
  if (bytes.byteLength > MAX_EXCHANGE_UPLOAD_BYTES) return { problem: { code: 'tooLarge', values: { kilobytes: MAX_EXCHANGE_UPLOAD_BYTES / 1024 } } };
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16) return { problem: { code: 'encoding', values: { encoding: 'UTF-16' } } };
  try {
    // fatal: invalid UTF-8 throws instead of becoming U+FFFD; the BOM is dropped.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (text.includes('\u0000')) return { problem: { code: 'encoding', values: { encoding: '?' } } };
    // XML and spreadsheets on Windows end lines with CR LF; the database keeps LF.
    return { text: text.replace(/\r\n?/g, '\n') };
  } catch {
    return { problem: { code: 'encoding', values: { encoding: '?' } } };
  }
}

/** An HTML or XML tag: listing texts are plain text, and pages show them as typed. */
export const hasMarkup = (text: string) => /<\s*\/?\s*[A-Za-z!?][^<>]*>/.test(text);
