/**
 * Damage a real capture can suffer on its way into a bundle, as fast-check arbitraries: a copy cut anywhere,
 * lines lost, swapped or pasted twice, line ends converted either way, and stray text typed or pasted in.
 * Positions are drawn as plain numbers and taken modulo the text's length when applied, so that a chain of
 * mutations always fits the text it is applied to.
 */
import fc from 'fast-check';
import { binaryString } from '../helpers/binary-string';

export type Mutation =
  | { kind: 'cut'; at: number }
  | { kind: 'slice'; from: number; to: number }
  | { kind: 'shuffleLines'; keys: number[] }
  | { kind: 'duplicateLines'; lines: number[] }
  | { kind: 'dropLines'; lines: number[] }
  | { kind: 'lineEnds'; to: 'crlf' | 'lf' | 'cr' | 'mixed'; pattern: number[] }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'spliceLine'; at: number; line: string };

const position = fc.nat({ max: 1_000_000 });

/** One mutation. `foreignLines` are lines of other captures to paste in (a label of another tool or language). */
export function mutation(foreignLines: readonly string[]): fc.Arbitrary<Mutation> {
  const arbitraries: fc.Arbitrary<Mutation>[] = [
    position.map((at) => ({ kind: 'cut' as const, at })),
    fc.tuple(position, position).map(([from, to]) => ({ kind: 'slice' as const, from, to })),
    fc.array(fc.nat(), { maxLength: 400 }).map((keys) => ({ kind: 'shuffleLines' as const, keys })),
    fc.array(position, { minLength: 1, maxLength: 5 }).map((lines) => ({ kind: 'duplicateLines' as const, lines })),
    fc.array(position, { minLength: 1, maxLength: 5 }).map((lines) => ({ kind: 'dropLines' as const, lines })),
    fc
      .tuple(fc.constantFrom('crlf' as const, 'lf' as const, 'cr' as const, 'mixed' as const), fc.array(fc.nat(2)))
      .map(([to, pattern]) => ({ kind: 'lineEnds' as const, to, pattern })),
    fc
      .tuple(position, fc.oneof(binaryString({ maxLength: 30 }), fc.constantFrom(...SHAPED_JUNK)))
      .map(([at, text]) => ({ kind: 'insert' as const, at, text })),
  ];
  if (foreignLines.length > 0) {
    arbitraries.push(
      fc.tuple(position, fc.constantFrom(...foreignLines)).map(([at, line]) => ({ kind: 'spliceLine' as const, at, line })),
    );
  }
  return fc.oneof(...arbitraries);
}

/** Text that looks like part of a capture: what trips a parser that trusts the shape of a line. */
const SHAPED_JUNK = [
  ':',
  ' : ',
  '\r\n\r\n',
  '\t',
  '\\Device\\{',
  '{',
  '}',
  '[01]: ',
  '-----------',
  '----------- ----------- ------',
  'REG_MULTI_SZ\t',
  'REG_DWORD\t0x',
  'Name : ',
  '    ',
  '...',
  '\u0000',
  '\uFFFD',
  '*',
  '  \\\\',
  'KB',
  '0x',
  '<Active',
];

function lineSplit(text: string): { lines: string[]; eols: string[] } {
  const parts = text.split(/(\r\n|\n|\r)/);
  const lines: string[] = [];
  const eols: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    lines.push(parts[i]!);
    eols.push(parts[i + 1] ?? '');
  }
  return { lines, eols };
}

function join(lines: string[], eols: string[]): string {
  return lines.map((l, i) => l + (eols[i] ?? '\r\n')).join('');
}

export function applyMutation(text: string, m: Mutation): string {
  const n = text.length + 1;
  switch (m.kind) {
    case 'cut':
      return text.slice(0, m.at % n);
    case 'slice': {
      const [a, b] = [m.from % n, m.to % n];
      return text.slice(Math.min(a, b), Math.max(a, b));
    }
    case 'insert': {
      const at = m.at % n;
      return text.slice(0, at) + m.text + text.slice(at);
    }
    case 'lineEnds': {
      const { lines } = lineSplit(text);
      const choice = ['\r\n', '\n', '\r'];
      const eol = (i: number) =>
        m.to === 'mixed'
          ? choice[m.pattern[i % Math.max(1, m.pattern.length)] ?? 0]!
          : { crlf: '\r\n', lf: '\n', cr: '\r' }[m.to];
      return lines.map((l, i) => (i < lines.length - 1 ? l + eol(i) : l)).join('');
    }
    default:
      return mutateLines(text, m);
  }
}

function mutateLines(text: string, m: Exclude<Mutation, { kind: 'cut' | 'slice' | 'insert' | 'lineEnds' }>): string {
  const { lines, eols } = lineSplit(text);
  const count = lines.length;
  switch (m.kind) {
    case 'shuffleLines': {
      const order = lines.map((_, i) => i).sort((a, b) => (m.keys[a] ?? a) - (m.keys[b] ?? b) || a - b);
      return join(
        order.map((i) => lines[i]!),
        order.map(() => '\r\n'),
      );
    }
    case 'duplicateLines': {
      const picked = new Set(m.lines.map((l) => l % count));
      const out = lines.flatMap((l, i) => (picked.has(i) ? [l, l] : [l]));
      const outEols = eols.flatMap((e, i) => (picked.has(i) ? ['\r\n', e] : [e]));
      return join(out, outEols);
    }
    case 'dropLines': {
      const picked = new Set(m.lines.map((l) => l % count));
      const keep = lines.map((_, i) => i).filter((i) => !picked.has(i));
      return join(
        keep.map((i) => lines[i]!),
        keep.map((i) => eols[i]!),
      );
    }
    case 'spliceLine': {
      const at = m.at % (count + 1);
      return join([...lines.slice(0, at), m.line, ...lines.slice(at)], [...eols.slice(0, at), '\r\n', ...eols.slice(at)]);
    }
  }
}
