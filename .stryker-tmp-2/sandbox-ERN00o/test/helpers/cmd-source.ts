/**
 * The cases every parser of a cmd tool's capture (cluster.exe, net.exe) must pass, run on its own fixtures:
 * the same facts from every layout variant of a capture, never a fact that the whole capture does not give
 * when it is cut short, and a clear diagnostic for empty and binary captures.
 */
// @ts-nocheck

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeCapture } from '../../src/bundle/decode';
import type { Parser } from '../../collectors/types';
import { cutInsideLine } from './format-list-source';
import { assertNeverThrows, binaryJunk, toLf, withTrailingBlanks, wrapAsConsole } from './parser-robustness';

const FIXTURES = join(__dirname, '..', 'fixtures', 'sources');

/** A fixture's bytes as the bundle reader decodes them: cmd tools write the OEM code page (850 on German systems). */
export function readCmdFixture(stem: string, name: string, oemCodePage = 850): string {
  return decodeCapture(readFileSync(join(FIXTURES, stem, name)), oemCodePage).text;
}

export interface CmdSourceCases<T> {
  parser: Parser<T>;
  /** The source file name, e.g. `cluster-node.txt`. */
  file: string;
  /** Fixture texts by name: each is checked through every variant. */
  fixtures: Record<string, string>;
  /** The facts when nothing could be read (empty or binary capture). */
  noFacts: T;
}

/** True when every fact of `part` is also a fact of `whole` (each list item a part of an item of the whole list). */
export function isSubsetOf(part: unknown, whole: unknown): boolean {
  if (Array.isArray(part)) return Array.isArray(whole) && part.every((item) => whole.some((w) => isSubsetOf(item, w)));
  if (part !== null && typeof part === 'object') {
    if (whole === null || typeof whole !== 'object') return false;
    return Object.entries(part).every(
      ([key, value]) => key === 'truncated' || isSubsetOf(value, (whole as Record<string, unknown>)[key]),
    );
  }
  return part === whole;
}

export function itReadsEveryVariantOfTheCmdCapture<T>(cases: CmdSourceCases<T>): void {
  const { parser, file, fixtures } = cases;
  const parse = (text: string) => parser({ text, file });

  describe.each(Object.entries(fixtures))('fixture %s', (_, text) => {
    const original = parse(text);

    it('parses without warnings', () => {
      expect(original.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    });

    it.each([
      ['LF line ends', toLf(text)],
      ['trailing blanks', withTrailingBlanks(text)],
      ['a console copy wrapped at 80 columns', wrapAsConsole(text, 80)],
      ['a console copy wrapped at 80 columns, LF', wrapAsConsole(toLf(text), 80)],
    ])('gives the same facts from %s', (_, variant) => {
      const result = parse(variant);
      expect(result.facts).toEqual(original.facts);
      expect(result.diagnostics).toEqual(original.diagnostics);
      expect(result.language).toEqual(original.language);
    });

    it.each([0.05, 0.2, 0.4, 0.6, 0.8, 0.95, 0.999])('reads a copy cut inside a line at %p: says so, invents nothing', (at) => {
      const result = parse(cutInsideLine(text, at));
      expect(result.diagnostics.map((d) => d.message).join('\n')).toMatch(/truncated/);
      expect(isSubsetOf(result.facts, original.facts)).toBe(true);
    });

    it('never throws on damaged copies of the capture', () => {
      assertNeverThrows(parser, text, 60);
    });
  });

  it('reads an empty capture as nothing, with a diagnostic', () => {
    for (const text of ['', '\r\n\r\n', '\uFEFF', '   \r\n']) {
      const result = parse(text);
      expect(result.facts).toEqual(cases.noFacts);
      expect(result.diagnostics).toHaveLength(1);
    }
  });

  it('reports binary junk as an error and reads nothing', () => {
    const result = parse(binaryJunk());
    expect(result.facts).toEqual(cases.noFacts);
    expect(result.diagnostics.map((d) => d.severity)).toEqual(['error']);
  });
}
