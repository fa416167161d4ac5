import type * as Fflate from 'fflate';

/** fflate (≈ 25 ms of CPU to load) only when a bundle is a zip: a fleet scan of bundle folders never needs it. */
let loaded: typeof Fflate | undefined;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fflate = () => (loaded ??= require('fflate') as typeof Fflate);

/**
 * The entries of a zip file, read from its central directory, and each entry's bytes inflated by fflate
 * into a buffer no larger than the entry says it is (plus one byte): an entry that inflates past its declared
 * size, or past the limit, is told apart instead of filling memory. (fflate's unzipSync inflates into the
 * declared size and silently cuts what lies beyond.) Zip64 archives are read like fflate reads them.
 */
export interface ZipEntry {
  /** The name as stored, `/`-separated by the format (Windows tools may write `\`). */
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  /** The size the entry declares once inflated. */
  size: number;
  /** Where the entry's local header starts. */
  headerOffset: number;
}

const b2 = (d: Uint8Array, i: number) => d[i]! | (d[i + 1]! << 8);
const b4 = (d: Uint8Array, i: number) => (d[i]! | (d[i + 1]! << 8) | (d[i + 2]! << 16) | (d[i + 3]! << 24)) >>> 0;
const b8 = (d: Uint8Array, i: number) => b4(d, i) + b4(d, i + 4) * 4294967296;

/** The entries of the central directory. Throws an Error when the data is no zip file. */
export function zipEntries(data: Uint8Array): ZipEntry[] {
  let end = data.length - 22;
  while (end >= 0 && b4(data, end) !== 0x06054b50) {
    if (data.length - end > 65558) break;
    end--;
  }
  if (end < 0 || b4(data, end) !== 0x06054b50) throw new Error('no zip end of central directory record');
  let count = b2(data, end + 10);
  let offset = b4(data, end + 16);
  const zip64 = end >= 20 && b4(data, end - 20) === 0x07064b50 && b4(data, b4(data, end - 12)) === 0x06064b50;
  if (zip64) {
    const at = b4(data, end - 12);
    count = b8(data, at + 32);
    offset = b8(data, at + 48);
  }
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > data.length || b4(data, offset) !== 0x02014b50) throw new Error('a central directory entry is damaged');
    const nameLength = b2(data, offset + 28);
    const extraLength = b2(data, offset + 30);
    const nameStart = offset + 46;
    const utf8 = (b2(data, offset + 8) & 0x800) !== 0;
    const name = fflate().strFromU8(data.subarray(nameStart, nameStart + nameLength), !utf8);
    let compressedSize = b4(data, offset + 20);
    let size = b4(data, offset + 24);
    let headerOffset = b4(data, offset + 42);
    if (zip64)
      [compressedSize, size, headerOffset] = zip64Sizes(data, nameStart + nameLength, extraLength, [
        compressedSize,
        size,
        headerOffset,
      ]);
    entries.push({ name, method: b2(data, offset + 10), compressedSize, size, headerOffset });
    offset = nameStart + nameLength + extraLength + b2(data, offset + 32);
  }
  return entries;
}

/** Sizes and offset that do not fit 32 bits are in the zip64 extra field (id 1), in this order. */
function zip64Sizes(data: Uint8Array, start: number, length: number, values: [number, number, number]): [number, number, number] {
  const [compressed, size, offset] = values;
  const FULL = 0xffffffff;
  for (let at = start; at + 4 <= start + length; at += 4 + b2(data, at + 2)) {
    if (b2(data, at) !== 1) continue;
    let read = at + 4;
    const next = () => {
      const v = b8(data, read);
      read += 8;
      return v;
    };
    const s = size === FULL ? next() : size;
    const c = compressed === FULL ? next() : compressed;
    const o = offset === FULL ? next() : offset;
    return [c, s, o];
  }
  return values;
}

/**
 * The entry's bytes, or why they are not given: a compression method other than stored or deflated, damaged
 * data, or data that inflates past the declared size.
 */
export function inflateEntry(data: Uint8Array, entry: ZipEntry): { bytes: Uint8Array } | { problem: string } {
  const header = entry.headerOffset;
  if (header + 30 > data.length || b4(data, header) !== 0x04034b50) return { problem: 'its local header is damaged' };
  const start = header + 30 + b2(data, header + 26) + b2(data, header + 28);
  const compressed = data.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) return { problem: 'its stored size differs from its declared size' };
    return { bytes: compressed };
  }
  if (entry.method !== 8) return { problem: `compression method ${entry.method} is not supported (only stored and deflated)` };
  let bytes: Uint8Array;
  try {
    bytes = fflate().inflateSync(compressed, { out: new Uint8Array(entry.size + 1) });
  } catch (e) {
    return { problem: `its data is damaged (${(e as Error).message})` };
  }
  if (bytes.length > entry.size) return { problem: `it inflates past its declared size (${entry.size} bytes)` };
  return { bytes };
}
