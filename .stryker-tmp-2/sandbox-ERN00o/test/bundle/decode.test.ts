// @ts-nocheck
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
