// @ts-nocheck
import { crc32, deflateSync } from 'zlib';

/** A small solid-colour PNG (8-bit RGB, or RGBA with `alpha`), for logo tests: no image files in the repository. */
export function solidPng(width: number, height: number, rgb: [number, number, number], alpha?: number): Buffer {
  const channels = alpha === undefined ? 3 : 4;
  const row = Buffer.alloc(1 + width * channels);
  for (let x = 0; x < width; x++) {
    row.set(alpha === undefined ? rgb : [...rgb, alpha], 1 + x * channels);
  }
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, alpha === undefined ? 2 : 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}
