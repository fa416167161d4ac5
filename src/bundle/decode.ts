import { isAscii, isUtf8 } from 'buffer';
import iconv from 'iconv-lite';

/** How a file's bytes were turned into text. */
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | `cp${number}` | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** True when the decoder had to replace bytes it could not read (mis-encoded or truncated input). */
  lossy: boolean;
}

/**
 * Decodes one captured file. Byte order marks decide first (UTF-8, UTF-16LE as PowerShell `>` and wmic
 * write, UTF-16BE); then UTF-16LE without a BOM (NUL in every other byte); then strict UTF-8; the rest is
 * the OEM code page that cmd tools write (`chcp.txt` of the folder when known, CP850 otherwise, which reads
 * German and English alike), or Windows-1252 when the high bytes are ANSI letters that no OEM text holds.
 */
export function decodeCapture(bytes: Uint8Array, oemCodePage?: number): DecodedText {
  // A bundle's files are read into Buffers already: a second view of the same bytes would cost a Buffer
  // construction per file (0.4–4 µs, the upper end in the baseline code of a fleet scan's first bundles).
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    return finish(buf.subarray(3).toString('utf8'), 'utf-8-bom');
  }
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) {
    return finish(decodeUtf16le(buf.subarray(2)), 'utf-16le');
  }
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    return finish(iconv.decode(buf.subarray(2), 'utf-16be'), 'utf-16be');
  }
  if (looksLikeUtf16le(buf)) return finish(decodeUtf16le(buf), 'utf-16le');
  if (isAscii(buf)) return finish(buf.toString('latin1'), 'utf-8');
  if (isStrictUtf8(buf)) return finish(buf.toString('utf8'), 'utf-8');
  if (oemCodePage !== undefined && iconv.encodingExists(`cp${oemCodePage}`)) {
    return finish(iconv.decode(buf, `cp${oemCodePage}`), `cp${oemCodePage}`);
  }
  if (looksLikeAnsi(buf)) return finish(iconv.decode(buf, 'windows-1252'), 'windows-1252');
  return finish(iconv.decode(buf, 'cp850'), 'cp850');
}

function finish(text: string, encoding: TextEncoding): DecodedText {
  return { text, encoding, lossy: text.includes('\uFFFD') };
}

function decodeUtf16le(buf: Buffer): string {
  // A truncated capture may end in half a code unit: drop it rather than fail.
  const even = buf.length % 2 === 0 ? buf : buf.subarray(0, buf.length - 1);
  const text = even.toString('utf16le');
  return buf.length % 2 === 0 ? text : text + '\uFFFD';
}

function looksLikeUtf16le(buf: Buffer): boolean {
  const n = Math.min(buf.length, 512);
  if (n < 4) return false;
  let zeroOdd = 0;
  for (let i = 1; i < n; i += 2) if (buf[i] === 0) zeroOdd++;
  return zeroOdd / Math.floor(n / 2) > 0.6;
}

// Node's own checks (buffer.isAscii, buffer.isUtf8: strict UTF-8 as a fatal TextDecoder reads it) rather than
// a loop over the bytes and a decoder that throws for every OEM file: every file of a bundle passes here.
function isStrictUtf8(buf: Buffer): boolean {
  return isUtf8(buf);
}

/** ANSI German letters (ä ö ü ß Ä Ö Ü at 0xC4–0xFC) and no OEM letters (0x80–0x9F, where ANSI has few). */
function looksLikeAnsi(buf: Buffer): boolean {
  let ansi = 0;
  let oem = 0;
  for (const b of buf) {
    if (b === 0xe4 || b === 0xf6 || b === 0xfc || b === 0xdf || b === 0xc4 || b === 0xd6 || b === 0xdc) ansi++;
    else if (b >= 0x80 && b <= 0x9f) oem++;
  }
  return ansi > 0 && oem === 0;
}
