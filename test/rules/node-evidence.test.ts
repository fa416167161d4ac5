import { nodeEvidence } from '../../src/rules/node-evidence';

/** The evidence of a `differsBetweenNodes` leaf over the nodes' values of a compared setting. */
const leaf = (path: string, values: unknown[], shape = 'value') => ({
  fact: 'cluster',
  path,
  operator: 'differsBetweenNodes',
  value: shape,
  factResult: values,
  valueResult: shape,
  result: true,
});

describe('nodeEvidence', () => {
  test.each([
    ['N1', 'N2'],
    ['A$&B', 'N2'],
    ['$$', "$'x$`"],
    ['NODE$1', 'NODE$2'],
  ])('each node with the others named and its fact written per server (%j, %j)', (a, b) => {
    const values = [
      { node: a, value: 'enabled', sources: ['reg-netbt-interfaces.txt'] },
      { node: b, value: 'disabled' },
    ];
    const evidence = nodeEvidence(leaf('$.nodeValues.privateNetbios', values), 'en')!;
    // What the fact names per server, as `fact.replace(/^server/, …)` with the name as a replacement text has it.
    const fact = 'server.adapters[private].netbiosEnabled';
    expect(evidence).toEqual([
      {
        path: fact.replace(/^server/, `server[${a}]`),
        actual: 'enabled',
        expected: `the same as on ${b}`,
        source: 'reg-netbt-interfaces.txt',
      },
      { path: fact.replace(/^server/, `server[${b}]`), actual: 'disabled', expected: `the same as on ${a}` },
    ]);
  });

  test('three nodes: the others joined with ", "; a fact without a per-server setting is named by its path', () => {
    const values = ['N1', 'N2', 'N3'].map((node, i) => ({ node, value: i === 2 ? 'b' : 'a' }));
    const evidence = nodeEvidence(leaf('$.nodeValues.unknownSetting', values), 'de')!;
    expect(evidence.map((e) => [e.path, e.expected])).toEqual([
      ['cluster.nodeValues.unknownSetting[N1]', 'wie auf N2, N3'],
      ['cluster.nodeValues.unknownSetting[N2]', 'wie auf N1, N3'],
      ['cluster.nodeValues.unknownSetting[N3]', 'wie auf N1, N2'],
    ]);
  });
});
