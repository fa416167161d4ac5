import type { TableColumn } from '../../collectors/shapes/cluster-table';

/**
 * splitRow as it was before its search skipped groupings that cannot win (December 2026): every grouping of the
 * row's words into columns searched, the best by cost and then by longer first values. The plain definition the
 * property test in parse-fast-paths.test.ts holds splitRow to.
 */
export function referenceSplitRow(
  text: string,
  columns: TableColumn[],
  lastMayBeEmpty = false,
): { cells: string[]; complete: boolean } {
  const words = [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const full = words.length <= 30 ? bestGrouping(words, columns) : undefined;
  const short =
    lastMayBeEmpty && columns.length > 1 && words.length <= 30 ? bestGrouping(words, columns.slice(0, -1)) : undefined;
  const best = short && (!full || isBetter(short, full)) ? short : full;
  if (!best || best.cost > 3) {
    const cells = columns.map((c, k) => text.slice(c.start, columns[k + 1]?.start).trim());
    const needed = lastMayBeEmpty ? cells.slice(0, -1) : cells;
    return { cells, complete: needed.length > 0 && needed[needed.length - 1] !== '' && cells[0] !== '' };
  }
  const firsts: number[] = [];
  for (let g: Grouping | undefined = best; g; g = g.rest) firsts.push(g.first);
  const cells = firsts.map((first, k) => text.slice(words[first]!.start, words[(firsts[k + 1] ?? words.length) - 1]!.end));
  while (cells.length < columns.length) cells.push('');
  return { cells, complete: true };
}

interface Word {
  start: number;
  end: number;
}

interface Grouping {
  first: number;
  cost: number;
  rest?: Grouping;
}

function bestGrouping(words: Word[], columns: TableColumn[]): Grouping | undefined {
  if (columns.length === 0 || words.length < columns.length) return undefined;
  const extra = (i: number, j: number) => {
    let n = 0;
    for (let m = i; m < j - 1; m++) n += words[m + 1]!.start - words[m]!.end - 1;
    return n;
  };
  const solve = (k: number, i: number, expected: number): Grouping | undefined => {
    if (k === columns.length - 1) return { first: i, cost: Math.abs(words[i]!.start - expected) + 0.1 * extra(i, words.length) };
    const width = columns[k + 1]!.start - columns[k]!.start - 1;
    let best: Grouping | undefined;
    for (let j = words.length - (columns.length - k - 1); j > i; j--) {
      const rest = solve(k + 1, j, Math.max(expected + width, words[j - 1]!.end) + 1);
      if (!rest) continue;
      const start = words[i]!.start;
      const end = words[j - 1]!.end;
      const own =
        end - start > width
          ? Math.abs(start - expected)
          : start < expected
            ? expected - start
            : Math.max(0, end - (expected + width));
      const candidate = { first: i, cost: own + extra(i, j) + rest.cost, rest };
      if (!best || isBetter(candidate, best)) best = candidate;
    }
    return best;
  };
  return solve(0, 0, columns[0]!.start);
}

function isBetter(a: Grouping, b: Grouping): boolean {
  if (Math.abs(a.cost - b.cost) > 1e-9) return a.cost < b.cost;
  for (let x = a.rest, y = b.rest; x && y; x = x.rest, y = y.rest) if (x.first !== y.first) return x.first > y.first;
  return false;
}
