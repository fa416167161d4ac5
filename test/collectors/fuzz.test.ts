/**
 * Property tests over every registered parser (`SOURCES`): whatever a bundle holds, a parser returns
 * `{ facts, diagnostics }` with plain-data facts and diagnostics that name the file, and never throws. The
 * inputs are arbitrary strings, arbitrary bytes decoded as the bundle reader decodes them, damaged copies of
 * the real captures (samples, fixtures, corpus), and shapes that make a careless regular expression slow.
 *
 * Deterministic: fixed seeds. `BPA_FUZZ_RUNS=20 npx jest test/collectors/fuzz` multiplies the runs for a
 * longer soak (and `BPA_FUZZ_SEED` changes the seed).
 */
import fc from 'fast-check';
import { SOURCES } from '../../collectors/registry';
import type { SourceDefinition } from '../../collectors/source-definition';
import { decodeCapture } from '../../src/bundle/decode';
import { binaryString } from '../helpers/binary-string';
import { applyMutation, mutation } from './mutations';
import { concreteFileName, seedsBySource } from './seeds';
import { assertWellFormed, wellFormedProblems } from './well-formed';

const FACTOR = Math.max(1, Number(process.env.BPA_FUZZ_RUNS ?? 1));
const SEED = Number(process.env.BPA_FUZZ_SEED ?? 20081120);
const settings = (runs: number) => ({ numRuns: Math.round(runs * FACTOR), seed: SEED, endOnFailure: false });

const seeds = seedsBySource();

/** Lines of every capture, to paste into another one (an English label into a German file, a reg line into a table). */
const pastedLines = (() => {
  const all = [...new Set([...seeds.values()].flat().flatMap((s) => s.text.split(/\r\n|\n|\r/)))].filter((l) => l.trim());
  return all.filter((_, i) => i % Math.max(1, Math.floor(all.length / 400)) === 0);
})();

const name = (d: SourceDefinition) => d.file;

describe.each(SOURCES.map((d) => [name(d), d] as const))('%s', (_, definition) => {
  const file = concreteFileName(definition);
  const parse = definition.parse;
  const own = seeds.get(definition) ?? [];

  it('has real captures to mutate', () => {
    expect(own.length).toBeGreaterThan(0);
  });

  it('keeps its promises on arbitrary strings', () => {
    fc.assert(
      fc.property(binaryString({ maxLength: 300 }), (text) => assertWellFormed(parse, { text, file })),
      settings(40),
    );
  });

  it('keeps its promises on arbitrary bytes, decoded as the bundle reader decodes them', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), fc.constantFrom(undefined, 437, 850, 866), (bytes, codePage) =>
        assertWellFormed(parse, { text: decodeCapture(bytes, codePage).text, file }),
      ),
      settings(40),
    );
  });

  it('keeps its promises on damaged copies of its real captures, and gives the same result twice', () => {
    if (own.length === 0) return;
    fc.assert(
      fc.property(fc.constantFrom(...own), fc.array(mutation(pastedLines), { minLength: 1, maxLength: 4 }), (seed, mutations) => {
        const text = mutations.reduce(applyMutation, seed.text);
        const input = { text, file: seed.file };
        const first = parse(input);
        const problems = wellFormedProblems(first, input);
        if (problems.length > 0) throw new Error(`${seed.origin}: ${problems.join('; ')}`);
        expect(parse(input)).toEqual(first);
      }),
      settings(50),
    );
  });

  it.each(pathologicalInputs())('returns on %s', (_, text) => {
    assertWellFormed(parse, { text, file });
  });
});

/**
 * Inputs that make a backtracking regular expression or a quadratic join take forever: long single lines
 * (cheap for a linear parser, minutes for a quadratic one) and runs of lines of one shape.
 */
function pathologicalInputs(): Array<[string, string]> {
  const lines = (line: string) => `${line}\r\n`.repeat(4_000);
  return [
    ['one 100,000-character line of blanks', ' '.repeat(100_000)],
    ['a long line of colons and blanks', ': '.repeat(50_000)],
    ['a long label with no colon', `${'Label . '.repeat(12_500)}x`],
    ['a registry path 100,000 characters deep', `HKEY_LOCAL_MACHINE${'\\x'.repeat(50_000)}\r\n`],
    ['a collection of 30,000 items', `Name : {${'a, '.repeat(30_000)}b}\r\n`],
    ['nested braces and brackets', `${'{['.repeat(50_000)}\r\n`],
    ['4,000 item lines', lines('[01]: KB')],
    ['4,000 dashed header lines', lines('----------- -----')],
    ['4,000 lines of a property name and blanks', lines(`Name${' '.repeat(60)}`)],
    ['4,000 lines at column 0 without a colon', lines('x')],
    ['50,000 lone CRs', '\r'.repeat(50_000)],
  ];
}
