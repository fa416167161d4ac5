/**
 * Test helpers for parsers: the damaged and re-laid-out copies of a capture that every parser must cope with,
 * and a reader for the real captures under `test/fixtures/`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { decodeCapture } from '../../src/bundle/decode';
import { binaryString } from './binary-string';
import type { Parser } from '../../collectors/types';

const FIXTURES = join(__dirname, '..', 'fixtures');

/** A fixture file's bytes decoded as a collector would get them (`corpus/qfe/…` is UTF-16LE, and so on). */
export function readFixture(relativePath: string, oemCodePage?: number): string {
  return decodeCapture(readFileSync(join(FIXTURES, relativePath)), oemCodePage).text;
}

export const toCrlf = (text: string): string => text.replace(/\r?\n/g, '\r\n');
export const toLf = (text: string): string => text.replace(/\r\n?/g, '\n');
/** Blanks and TABs after every line, as console copies and some editors leave them. */
export const withTrailingBlanks = (text: string): string => text.replace(/(\r?\n)/g, '   \t$1');

/** The text cut inside a line: at `fraction` of its length, moved forward to the middle of a non-blank line. */
export function truncateMidLine(text: string, fraction = 0.6): string {
  let at = Math.floor(text.length * fraction);
  while (at < text.length && /[\r\n]/.test(text[at - 1] ?? '\n')) at++;
  const lineEnd = text.slice(at).search(/[\r\n]/);
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const cut = lineEnd > 0 ? at + Math.floor(lineEnd / 2) : at;
  return text.slice(0, Math.max(cut, lineStart + 1));
}

/** What a console copy of the text looks like: every line longer than `width` continues at column 0. */
export function wrapAsConsole(text: string, width = 80): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return text
    .split(/\r?\n/)
    .flatMap((line) => {
      if (line.length <= width) return [line];
      const parts: string[] = [];
      for (let i = 0; i < line.length; i += width) parts.push(line.slice(i, i + width));
      return parts.map((p, i) => (i < parts.length - 1 ? p.trimEnd() : p));
    })
    .join(eol);
}

/** Bytes no command writes, decoded the way a collector would decode them. */
export function binaryJunk(): string {
  const bytes = new Uint8Array(2048);
  let seed = 7;
  for (let i = 0; i < bytes.length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    bytes[i] = seed & 0xff;
  }
  return decodeCapture(bytes).text;
}

/** Runs the parser on arbitrary strings (and on slices of a real sample) and fails if it ever throws. */
export function assertNeverThrows<T>(parser: Parser<T>, sample: string, runs = 200): void {
  fc.assert(
    fc.property(binaryString({ maxLength: 400 }), (text) => {
      parser({ text, file: 'fuzz.txt' });
    }),
    { numRuns: runs, seed: 42 },
  );
  fc.assert(
    fc.property(fc.nat(sample.length), fc.nat(sample.length), fc.string({ maxLength: 20 }), (a, b, junk) => {
      const [from, to] = a < b ? [a, b] : [b, a];
      parser({ text: sample.slice(from, to) + junk + sample.slice(to), file: 'fuzz.txt' });
      parser({ text: sample.slice(0, from) + junk, file: 'fuzz.txt' });
    }),
    { numRuns: runs, seed: 42 },
  );
}

/**
 * The checks every parser's test runs on a realistic sample: empty and binary input give no facts and one
 * diagnostic; a copy cut inside a line says it is truncated; LF and trailing blanks read like the CRLF
 * original; random and spliced input never makes it throw.
 */
export function describeDamagedInput<T>(parser: Parser<T>, sample: string, file: string): void {
  describe(`${file}: damaged and re-laid-out input`, () => {
    it('gives no facts and a warning for an empty file', () => {
      for (const text of ['', '\r\n\r\n', '   ']) {
        const result = parser({ text, file });
        expect(result.facts).toEqual({});
        expect(result.diagnostics).toEqual([{ file, severity: 'warning', message: 'empty file: the command wrote nothing' }]);
      }
    });

    it('gives no facts and an error for binary junk', () => {
      const result = parser({ text: binaryJunk(), file });
      expect(result.facts).toEqual({});
      expect(result.diagnostics).toEqual([
        { file, severity: 'error', message: 'not command output: the file holds binary data' },
      ]);
    });

    it('says so when the file is cut inside a line', () => {
      const result = parser({ text: truncateMidLine(toCrlf(sample)), file });
      expect(result.diagnostics.map((d) => d.message).join('\n')).toMatch(/truncated/);
    });

    it('reads LF line ends and trailing blanks like the CRLF original', () => {
      const original = parser({ text: toCrlf(sample), file });
      expect(parser({ text: toLf(sample), file }).facts).toEqual(original.facts);
      expect(parser({ text: withTrailingBlanks(toCrlf(sample)), file }).facts).toEqual(original.facts);
    });

    it('never throws, whatever the text', () => {
      assertNeverThrows(parser, sample);
    });
  });
}
