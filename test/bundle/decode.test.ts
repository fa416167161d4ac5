import iconv from 'iconv-lite';
import { decodeCapture } from '../../src/bundle/decode';

const german = 'Kennwort läuft ab                   15.12.2008 10:15\r\nÖffentliche Ordner\r\n';

test.each([
  ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(german)]), undefined, 'utf-8-bom'],
  ['UTF-8 without BOM', Buffer.from(german), undefined, 'utf-8'],
  [
    'UTF-16LE with BOM (PowerShell >, wmic)',
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(german, 'utf16le')]),
    undefined,
    'utf-16le',
  ],
  ['UTF-16LE without BOM', Buffer.from(german, 'utf16le'), undefined, 'utf-16le'],
  [
    'UTF-16BE with BOM',
    Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(german, 'utf16le').swap16()]),
    undefined,
    'utf-16be',
  ],
  ['CP850 from chcp.txt', iconv.encode(german, 'cp850'), 850, 'cp850'],
  ['CP850 without chcp.txt', iconv.encode(german, 'cp850'), undefined, 'cp850'],
  ['CP437 from chcp.txt', iconv.encode(german, 'cp437'), 437, 'cp437'],
  ['Windows-1252 (ANSI) without chcp.txt', iconv.encode(german, 'windows-1252'), undefined, 'windows-1252'],
] as [string, Buffer, number | undefined, string][])('%s', (_name, bytes, codePage, encoding) => {
  const decoded = decodeCapture(bytes, codePage);
  expect(decoded.encoding).toBe(encoding);
  expect(decoded.text).toBe(german);
  expect(decoded.lossy).toBe(false);
});

test('an undecoded German net user line shows why decoding matters', () => {
  expect(iconv.encode('läuft', 'cp850').toString('latin1')).toBe('l\x84uft');
  expect(decodeCapture(iconv.encode('Kennwort läuft ab', 'cp850'), 850).text).toBe('Kennwort läuft ab');
});

test('UTF-16 cut in the middle of a code unit is read, and marked lossy', () => {
  const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Host Name: EX1', 'utf16le').subarray(0, 27)]);
  const decoded = decodeCapture(bytes);
  expect(decoded.text.startsWith('Host Name: EX')).toBe(true);
  expect(decoded.lossy).toBe(true);
});

describe('ASCII and strict UTF-8 as Node reads them (buffer.isAscii, buffer.isUtf8)', () => {
  // Bytes that are not UTF-16 (no NUL) and have no byte order mark: what decides is whether they are UTF-8.
  const fatalUtf8 = (bytes: Buffer) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      return true;
    } catch {
      return false;
    }
  };
  test.each<[string, number[]]>([
    ['plain ASCII', [0x41, 0x42, 0x0d, 0x0a]],
    ['a 7-bit DEL', [0x41, 0x7f]],
    ['two-byte ü', [0x41, 0xc3, 0xbc]],
    ['a lone continuation byte', [0x41, 0x80, 0x42]],
    ['an overlong slash', [0x41, 0xc0, 0xaf]],
    ['an encoded surrogate', [0x41, 0xed, 0xa0, 0x80]],
    ['a sequence cut at the end', [0x41, 0xe2, 0x82]],
    ['past U+10FFFF', [0x41, 0xf4, 0x90, 0x80, 0x80]],
    ['a four-byte emoji', [0x41, 0xf0, 0x9f, 0x98, 0x80]],
    ['CP850 ü', [0x41, 0x81, 0x42]],
  ])('%s: UTF-8 exactly when a fatal TextDecoder reads it', (_, list) => {
    const bytes = Buffer.from(list);
    expect(decodeCapture(bytes).encoding === 'utf-8').toBe(fatalUtf8(bytes));
  });
});
