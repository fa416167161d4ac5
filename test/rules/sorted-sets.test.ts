import fc from 'fast-check';
import { nodeTexts } from '../../src/rules/node-values-text';
import { OPERATORS } from '../../src/rules/operators';
import { sortedExtras, sortedSetsDiffer } from '../../src/rules/sorted-sets';

/** Members that sort apart and together in case, with duplicates, `ß` (upper-cased `SS`) and texts beyond ASCII. */
const member = fc.constantFrom('KB1', 'kb1', 'KB2', 'Kb3', 'KB10', 'ß', 'SS', 'ss', '', 'KB921181', 'kb921181', 'é', 'É', 'Z');
const upperOrder = (a: string, b: string) => {
  const x = a.toUpperCase();
  const y = b.toUpperCase();
  return x < y ? -1 : x > y ? 1 : 0;
};
/** A list in upper-cased order (as hotfix lists are), or as it came. */
const list = fc.tuple(fc.array(member, { maxLength: 8 }), fc.boolean()).map(([l, sort]) => (sort ? [...l].sort(upperOrder) : l));
const inOrder = (l: string[]) => l.every((x, i) => i === 0 || upperOrder(l[i - 1]!, x) <= 0);

const setForm = (l: string[]) => JSON.stringify([...new Set(l.map((x) => x.toUpperCase()))].sort());

describe('sortedSetsDiffer and sortedExtras: sets of upper-cased members by one walk', () => {
  test('decide lists in order as the canonical forms do, and nothing else (fast-check)', () => {
    fc.assert(
      fc.property(list, list, (a, b) => {
        const d = sortedSetsDiffer(a, b);
        if (inOrder(a) && inOrder(b)) expect(d).toBe(setForm(a) !== setForm(b));
        else expect(d === undefined || d === (setForm(a) !== setForm(b))).toBe(true);
        const extras = sortedExtras(a, b);
        if (inOrder(a) && inOrder(b)) {
          const upperA = new Set(a.map((x) => x.toUpperCase()));
          const upperB = new Set(b.map((x) => x.toUpperCase()));
          expect(extras).toEqual([a.filter((x) => !upperB.has(x.toUpperCase())), b.filter((x) => !upperA.has(x.toUpperCase()))]);
        } else expect(extras).toBeUndefined();
      }),
      { seed: 1616, numRuns: 20000 },
    );
  });

  test.each([
    [['KB1', 'KB2'], ['kb1', 'KB2'], false],
    [['KB1', 'KB1', 'KB2'], ['KB1', 'KB2', 'KB2'], false],
    [['KB1', 'KB2'], ['KB1'], true],
    [[], [], false],
    [[], ['KB1'], true],
    [['SS'], ['ß'], false],
    [['KB2', 'KB1'], ['KB1', 'KB2'], undefined],
    [['KB1', 'KB3'], ['KB2', 'KB1'], undefined],
  ])('%j against %j: %s', (a, b, want) => expect(sortedSetsDiffer(a, b)).toBe(want));
});

/** nodeTexts of a set as it was worked out before the walk: a count of nodes per member in a map. */
function textsByMap(values: { node: string; value: string[] }[], lang: 'en' | 'de') {
  const none = lang === 'de' ? 'keine' : 'none';
  const upper = values.map((v) => v.value.map((x) => x.toUpperCase()));
  const held = new Map<string, number>();
  upper.forEach((members, n) => {
    for (const m of members) if ((held.get(m) ?? 0) === n) held.set(m, n + 1);
  });
  return values.map(({ node, value }, n) => {
    const extra = [...new Set(value.filter((_item, i) => held.get(upper[n]![i]!) !== values.length))].sort();
    const text = extra.length > 0 ? extra.join(', ') : none;
    const more = extra.length - 20;
    const brief =
      more > 0
        ? `${extra.slice(0, 20).join(', ')} ${lang === 'de' ? 'und' : 'and'} ${more} ${lang === 'de' ? 'weitere' : 'more'}`
        : text;
    return { node, text, brief };
  });
}

test('nodeTexts of a set on two nodes: as the map decides, lists in order or not (fast-check)', () => {
  const kb = fc.integer({ min: 1, max: 40 }).map((n) => `KB${900000 + n}`);
  const long = fc.tuple(fc.array(kb, { maxLength: 30 }), fc.boolean()).map(([l, sort]) => (sort ? [...l].sort() : l));
  fc.assert(
    fc.property(fc.oneof(list, long), fc.oneof(list, long), fc.constantFrom('en' as const, 'de' as const), (a, b, lang) => {
      const values = [
        { node: 'N1', value: a },
        { node: 'N2', value: b },
      ];
      expect(nodeTexts(values, 'set', lang)).toEqual(textsByMap(values, lang));
      expect(OPERATORS.differsBetweenNodes!(values, 'set')).toBe(setForm(a) !== setForm(b));
    }),
    { seed: 1617, numRuns: 20000 },
  );
});
