import fc from 'fast-check';
import { OPERATORS } from '../../src/rules/operators';

/** Per-node values as cluster.nodeValues lists them: N1, N2, … */
function nodes(...values: (string | string[])[]) {
  return values.map((value, i) => ({ node: `N${i + 1}`, value, sources: [] }));
}

const cases: [string, unknown, unknown, boolean][] = [
  ['versionBelow', '5.2.3790.3959', '5.2.3790.4331', true],
  ['versionBelow', '5.2.3790.4573', '5.2.3790.4331', false],
  ['versionBelow', '5.2.3790', '5.2.3790.0', false],
  ['versionBelow', undefined, '1.0', false],
  ['versionAtLeast', '8.3.83.6', '8.3.83.6', true],
  ['versionAtLeast', '8.1.240.6', '8.3', false],
  ['hasHotfix', ['KB921181'], '921181', true],
  ['hasHotfix', ['kb921181'], 'KB921181', true],
  ['hasHotfix', ['KB9211810'], 'KB921181', false],
  ['lacksHotfix', ['KB926776'], 'KB921181', true],
  ['lacksHotfix', ['KB921181'], 'kb921181', false],
  ['lacksHotfix', 'KB921181', 'KB921181', false],
  ['inRange', 1.5, [1.35, 3], true],
  ['inRange', 1.35, [1.35, 3], true],
  ['outsideRange', 1.2, [1.35, 3], true],
  ['outsideRange', 3.01, [1.35, 3], true],
  ['outsideRange', 3, [1.35, 3], false],
  ['outsideRange', '1.2', [1.35, 3], false],
  ['outsideRange', 1.2, [1.35], false],
  ['matches', 'Heartbeat', '^heart', true],
  ['notMatches', 'LAN', 'heartbeat|private', true],
  ['containsIgnoreCase', ['MUELLER\\clusdienst'], 'mueller\\CLUSDIENST', true],
  ['anyNotIn', ['Backup Group'], ['backup group'], false],
  ['anyNotIn', ['Backup Group', 'CMS1'], ['Backup Group'], true],
  ['anyNotIn', ['CMS1'], [], true],
  ['anyNotIn', [], ['CMS1'], false],
  ['anyNotIn', 'CMS1', ['X'], false],
  ['countBelow', ['a'], 2, true],
  ['countAbove', ['a', 'b', 'c'], 2, true],
  ['countAbove', undefined, 2, false],
  // differsBetweenNodes: per-node values of cluster.nodeValues, compared as a set, an ordered list or a value
  ['differsBetweenNodes', nodes(['KB1', 'KB2'], ['kb2', 'KB1']), 'set', false],
  ['differsBetweenNodes', nodes(['KB1', 'KB1', 'KB2'], ['KB2', 'KB1']), 'set', false],
  ['differsBetweenNodes', nodes(['KB1', 'KB2'], ['KB1']), 'set', true],
  ['differsBetweenNodes', nodes([], []), 'set', false],
  ['differsBetweenNodes', nodes([], ['KB1']), 'set', true],
  ['differsBetweenNodes', nodes(['LAN', 'HB'], ['LAN', 'HB']), 'ordered', false],
  ['differsBetweenNodes', nodes(['LAN', 'HB'], ['HB', 'LAN']), 'ordered', true],
  ['differsBetweenNodes', nodes(['LAN', 'HB'], ['lan', 'HB']), 'ordered', true],
  ['differsBetweenNodes', nodes('Service Pack 2', 'Service Pack 2', 'Service Pack 2'), 'value', false],
  ['differsBetweenNodes', nodes('Service Pack 2', 'Service Pack 2', 'Service Pack 1'), 'value', true],
  ['differsBetweenNodes', nodes('MUELLER\\clusdienst', 'MUELLER\\clusdienst'), 'value', false],
  ['differsBetweenNodes', nodes('MUELLER\\clusdienst', 'NODE2\\clusdienst'), 'value', true],
  ['differsBetweenNodes', nodes('5.2.3790.4331'), 'value', false],
  ['differsBetweenNodes', nodes('5.2.3790.4331', ['5.2.3790.4331']), 'value', false],
  ['differsBetweenNodes', nodes('a', 'b'), 'set', false],
  ['differsBetweenNodes', nodes('a', 'b'), 'bag', false],
  ['differsBetweenNodes', [{ node: 'N1', value: 'a' }, { node: 'N2' }], 'value', false],
  ['differsBetweenNodes', ['a', 'b'], 'value', false],
  ['differsBetweenNodes', undefined, 'value', false],
];

test.each(cases)('%s(%j, %j) is %s', (operator, fact, value, expected) => {
  expect(OPERATORS[operator]!(fact, value)).toBe(expected);
});

/** What `differsBetweenNodes` over sets means: the nodes' lists, upper-cased, without duplicates and sorted, are not all equal. */
function setFormsDiffer(values: unknown[]): boolean {
  const forms = values.map((v) =>
    Array.isArray(v) && v.every((x) => typeof x === 'string')
      ? JSON.stringify([...new Set(v.map((x: string) => x.toUpperCase()))].sort())
      : undefined,
  );
  return !forms.includes(undefined) && new Set(forms).size > 1;
}

test('differsBetweenNodes over sets: as the canonical forms decide, for any lists of any nodes', () => {
  const member = fc.constantFrom('KB1', 'kb1', 'KB2', 'Kb3', 'ß', 'SS', '', 'KB921181');
  const value = fc.oneof(
    fc.array(member, { maxLength: 6 }),
    fc.string(),
    fc.constant(undefined),
    fc.array(fc.oneof(member, fc.integer())),
  );
  fc.assert(
    fc.property(fc.array(value, { maxLength: 4 }), (values) => {
      const list = values.map((v, i) => (v === undefined ? null : { node: `N${i + 1}`, value: v }));
      expect(OPERATORS.differsBetweenNodes!(list, 'set')).toBe(setFormsDiffer(list.map((n) => n?.value)));
    }),
    { seed: 20261206, numRuns: 2000 },
  );
});

/** The canonical forms of a text and of an ordered list, compared as a set of forms (operators.ts before it compared item by item). */
function formsDiffer(values: unknown[], shape: 'ordered' | 'value'): boolean {
  const forms = values.map((v) => {
    if (shape === 'value') return typeof v === 'string' ? v : undefined;
    return Array.isArray(v) && v.every((x) => typeof x === 'string') ? JSON.stringify(v) : undefined;
  });
  return !forms.includes(undefined) && new Set(forms).size > 1;
}

test.each(['ordered', 'value'] as const)(
  'differsBetweenNodes as %s: as the canonical forms decide, for any values of any nodes',
  (shape) => {
    const member = fc.constantFrom('LAN', 'lan', 'HB', '', 'Service Pack 2');
    const value = fc.oneof(
      fc.array(member, { maxLength: 4 }),
      member,
      fc.constant(undefined),
      fc.integer(),
      fc.array(fc.oneof(member, fc.integer()), { maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(value, { maxLength: 4 }), (values) => {
        const list = values.map((v, i) => (v === undefined ? null : { node: `N${i + 1}`, value: v }));
        expect(OPERATORS.differsBetweenNodes!(list, shape)).toBe(
          formsDiffer(
            list.map((n) => n?.value),
            shape,
          ),
        );
      }),
      { seed: 20261206, numRuns: 2000 },
    );
  },
);
