/**
 * The cases every parser of an Exchange Management Shell source (`Format-List` output) must pass on its own
 * fixtures, beyond the damaged-input checks every parser runs (`describeDamagedInput`): the same facts from
 * every encoding and layout a capture of the same output can have, a truncation diagnostic wherever the
 * file is cut, and an error with the message when the command failed.
 */
// @ts-nocheck

import { decodeCapture } from '../../src/bundle/decode';
import type { Parser } from '../../collectors/types';
import { describeDamagedInput, readFixture, toLf, withTrailingBlanks, wrapAsConsole } from './parser-robustness';
import { utf16le } from './powershell-format-list';

/** A fixture of `test/fixtures/sources/<stem>/`, decoded from its bytes as the bundle reader would. */
export function readSourceFixture(stem: string, name: string): string {
  return readFixture(`sources/${stem}/${name}`);
}

export interface FormatListSourceCases<T> {
  parser: Parser<T>;
  /** The source file name, e.g. `ex-server.txt`. */
  file: string;
  /** Fixture texts by name: each is checked through every variant. */
  fixtures: Record<string, string>;
}

export function describeFormatListSource<T>({ parser, file, fixtures }: FormatListSourceCases<T>): void {
  const parse = (text: string) => parser({ text, file });
  const messages = (r: ReturnType<typeof parse>) => r.diagnostics.map((d) => `${d.severity}: ${d.message}`);

  describe.each(Object.entries(fixtures))('%s fixture', (_, text) => {
    const original = parse(text);

    it('parses without errors', () => {
      expect(original.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    });

    it.each([
      ['LF line ends', toLf(text)],
      ['trailing blanks', withTrailingBlanks(text)],
      ['UTF-16LE as written by PowerShell >', decodeCapture(utf16le(text)).text],
      ['a console copy cut at 80 columns', wrapAsConsole(text, 80)],
      ['a console copy cut at 80 columns, LF', wrapAsConsole(toLf(text), 80)],
    ])('gives the same facts from %s', (_, variant) => {
      const result = parse(variant);
      expect(result.facts).toEqual(original.facts);
      expect(messages(result)).toEqual(messages(original));
    });

    it.each([0.2, 0.5, 0.8, 0.99])('says it is truncated when cut at %p of its length', (fraction) => {
      const result = parse(cutInsideLine(text, fraction));
      expect(result.diagnostics.map((d) => d.message).join('\n')).toMatch(/truncated/);
    });
  });

  it('reports a failed command as an error and reads nothing', () => {
    const text = [
      '',
      'Get-Something : Active Directory operation failed on DC01.contoso.com. The supplied credential is invalid.',
      'At line:1 char:14',
      '+ Get-Something  <<<< | Format-List',
      '',
    ].join('\r\n');
    const result = parse(text);
    expect(result.facts).toEqual({});
    expect(result.diagnostics).toEqual([
      {
        file,
        line: 2,
        severity: 'error',
        message:
          'the command failed: Get-Something: Active Directory operation failed on DC01.contoso.com. The supplied credential is invalid.',
      },
    ]);
  });

  describeDamagedInput(parser, Object.values(fixtures)[0] ?? '', file);
}

/** The text cut in the middle of the first non-blank line at or after `fraction` of its length. */
export function cutInsideLine(text: string, fraction: number): string {
  const lines = text.split(/(?<=\n)/);
  let offset = 0;
  let candidate: number | undefined;
  for (const line of lines) {
    const content = line.replace(/\r?\n$/, '');
    const middle = offset + Math.ceil(content.length / 2);
    if (content.trim().length > 1) {
      if (offset >= text.length * fraction) return text.slice(0, middle);
      candidate = middle;
    }
    offset += line.length;
  }
  return text.slice(0, candidate ?? 0);
}
