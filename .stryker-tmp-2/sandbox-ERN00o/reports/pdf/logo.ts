// @ts-nocheck
import { inflateSync } from 'zlib';
import PDFDocument from 'pdfkit';

/** The largest logo bpa embeds: a logo, not a photograph; it travels base64 in every findings file. */
export const LOGO_MAX_BYTES = 1024 * 1024;

export type LogoType = 'image/png' | 'image/jpeg';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * The media type of a logo both reports can show, or why not: PNG or JPEG by their signatures, small
 * enough, its pixel data intact (pdfkit inflates a PNG with transparency later, where a damaged stream
 * would be an uncatchable error), and readable by pdfkit.
 */
export function checkLogo(bytes: Buffer): { mediaType: LogoType } | { problem: string } {
  const mediaType = signature(bytes);
  if (!mediaType) return { problem: 'not a PNG or JPEG image' };
  if (bytes.length > LOGO_MAX_BYTES) {
    return { problem: `too large (${(bytes.length / 1048576).toFixed(1)} MB; at most ${LOGO_MAX_BYTES / 1048576} MB)` };
  }
  const kind = mediaType === 'image/png' ? 'PNG' : 'JPEG';
  try {
    if (mediaType === 'image/png') inflateSync(pngImageData(bytes));
    new PDFDocument().image(bytes, 0, 0, { width: 10 });
  } catch (e) {
    return { problem: `damaged ${kind} image (${(e as Error).message || 'unreadable'})` };
  }
  return { mediaType };
}

function signature(bytes: Buffer): LogoType | undefined {
  if (bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return undefined;
}

/** The concatenated IDAT chunks of a PNG: its compressed pixel data. */
function pngImageData(bytes: Buffer): Buffer {
  const parts: Buffer[] = [];
  let pos = 8;
  while (pos + 8 <= bytes.length) {
    const length = bytes.readUInt32BE(pos);
    const type = bytes.toString('latin1', pos + 4, pos + 8);
    if (pos + 12 + length > bytes.length) throw new Error(`truncated ${type} chunk`);
    if (type === 'IDAT') parts.push(bytes.subarray(pos + 8, pos + 8 + length));
    if (type === 'IEND') break;
    pos += 12 + length;
  }
  if (parts.length === 0) throw new Error('no image data');
  return Buffer.concat(parts);
}
