import { coverageOf, missingServers } from '../../src/report/coverage';
import { fixtureSnapshot } from '../helpers/fixture-snapshot';

const finding = (ruleId: string) => ({ ruleId }) as never;
const undecided = (ruleId: string) => ({ ruleId }) as never;
const notApplicable = (ruleId: string) => ({ ruleId, notApplicable: true }) as never;

describe('coverage: N of M checks evaluated on X of Y servers', () => {
  const snapshot = fixtureSnapshot({
    servers: [
      { name: 'NODE1', sources: { 'systeminfo.txt': 'parsed' } },
      { name: 'node2', sources: { 'systeminfo.txt': 'failed' } },
    ],
    clusters: [{ name: 'CL1', nodes: [{ name: 'NODE1' }, { name: 'NODE2' }, { name: 'NODE3' }] }],
  });

  it.each([
    // rules run, findings, not evaluated → evaluated checks, passed checks
    { run: ['A', 'B', 'C'], found: [], open: [], evaluated: 3, passed: ['A', 'B', 'C'] },
    { run: ['A', 'B', 'C'], found: ['A'], open: [], evaluated: 3, passed: ['B', 'C'] },
    { run: ['A', 'B', 'C'], found: ['A'], open: ['A', 'B'], evaluated: 1, passed: ['C'] },
    { run: [], found: [], open: [], evaluated: 0, passed: [] },
  ])('$run with findings $found and not evaluated $open', ({ run, found, open, evaluated, passed }) => {
    const c = coverageOf(snapshot, { rulesRun: run, findings: found.map(finding), notEvaluated: open.map(undecided) });
    expect(c.checks).toEqual({ evaluated, total: run.length });
    expect(c.passed).toEqual(passed);
  });

  it.each([
    // rules run, not applicable, not evaluated → evaluated checks, passed checks
    { run: ['ACC-001', 'B'], na: ['ACC-001'], open: [], evaluated: 2, passed: ['B'] },
    { run: ['ACC-001', 'B'], na: ['ACC-001'], open: ['ACC-001'], evaluated: 1, passed: ['B'] },
  ])(
    'a check not applicable on $na is evaluated, never passed (not evaluated: $open)',
    ({ run, na, open, evaluated, passed }) => {
      const notEvaluated = [...na.map(notApplicable), ...open.map(undecided)];
      const c = coverageOf(snapshot, { rulesRun: run, findings: [], notEvaluated });
      expect(c.checks).toEqual({ evaluated, total: run.length });
      expect(c.passed).toEqual(passed);
    },
  );

  it('counts servers with a parsed source, and a node the cluster names without a folder as missing', () => {
    const c = coverageOf(snapshot, { rulesRun: [], findings: [], notEvaluated: [] });
    expect(c.servers).toEqual({ evaluated: 1, total: 3, missing: ['NODE3'] });
  });

  it('matches host names without regard to case, and takes planned nodes into account', () => {
    const planned = fixtureSnapshot({ servers: [{ name: 'MBX1' }] });
    planned.bundle.plan = { type: 'CCR', nodes: ['mbx1', 'MBX2'] };
    expect(missingServers(planned)).toEqual(['MBX2']);
  });
});
