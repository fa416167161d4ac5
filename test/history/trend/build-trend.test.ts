import { buildTrend } from '../../../src/history/trend/build-trend';
import type { TrendModel } from '../../../src/history/trend/model';
import { baseSnapshot, idOf, storedOf, type ScanSpec } from './trend-fixtures';

const night = (day: string) => `2008-11-${day}T00:15:00Z`;
const trendOf = (specs: ScanSpec[], options = {}) => buildTrend(storedOf(specs), options);
const states = (t: TrendModel) => t.nights.map((n) => `${n.day.slice(8)} ${n.state}`);

describe('nights: gaps, damaged scans and other profiles are shown as such', () => {
  test.each<[string, ScanSpec[], string[]]>([
    [
      'three nights in a row',
      [{ at: night('20') }, { at: night('21') }, { at: night('22') }],
      ['20 scanned', '21 scanned', '22 scanned'],
    ],
    ['a night without a scan is a gap', [{ at: night('20') }, { at: night('22') }], ['20 scanned', '21 gap', '22 scanned']],
    [
      'a night with only a damaged scan is damaged, not clean',
      [{ at: night('20') }, { at: night('21'), damaged: 'report' }, { at: night('22') }],
      ['20 scanned', '21 damaged', '22 scanned'],
    ],
    [
      'a readiness scan among health scans is another profile',
      [{ at: night('20') }, { at: night('21'), profile: 'readiness' }, { at: night('22') }],
      ['20 scanned', '21 otherProfile', '22 scanned'],
    ],
    [
      'the newest readable scan decides the profile',
      [{ at: night('20') }, { at: night('21'), profile: 'readiness' }],
      ['20 otherProfile', '21 scanned'],
    ],
    [
      'a damaged and a readable scan the same night: the readable one stands for it',
      [{ at: night('20') }, { at: '2008-11-20T03:00:00Z', damaged: 'report' }],
      ['20 scanned'],
    ],
  ])('%s', (_, specs, expected) => {
    expect(states(trendOf(specs))).toEqual(expected);
  });

  test('--since and --until frame the range; nights of the frame without a scan are gaps', () => {
    const specs = [{ at: night('18') }, { at: night('20') }, { at: night('24') }];
    const t = trendOf(specs, { since: '2008-11-19', until: '2008-11-21' });
    expect(states(t)).toEqual(['19 gap', '20 scanned', '21 gap']);
    expect(t.counts).toEqual({ scans: 1, nights: 3, gaps: 2, damaged: 0, otherProfile: 0 });
  });

  test('a damaged scan gives a warning naming it, and its night holds no counts', () => {
    const t = trendOf([{ at: night('20') }, { at: night('21'), damaged: 'report', findings: ['NET-002 critical NODE1'] }]);
    expect(t.warnings).toEqual([
      { id: idOf(night('21')), day: '2008-11-21', what: 'scan', message: expect.stringContaining('report.json.gz: damaged') },
    ]);
    expect(t.nights[1]).toMatchObject({ state: 'damaged', damaged: [idOf(night('21'))] });
    expect(t.nights[1]!.scan).toBeUndefined();
    expect(t.strips.map((s) => s.cells[1]!.state)).toEqual(['damaged', 'damaged']);
  });

  test('the night is the calendar day in the given time zone', () => {
    const late = '2008-11-20T23:30:00Z';
    expect(trendOf([{ at: late }]).nights.map((n) => n.day)).toEqual(['2008-11-20']);
    expect(trendOf([{ at: late }], { timeZone: 'Europe/Berlin' }).nights.map((n) => n.day)).toEqual(['2008-11-21']);
  });

  test('an empty history gives no nights', () => {
    expect(trendOf([])).toMatchObject({ nights: [], strips: [], open: [], timeline: [], from: '', to: '' });
  });
});

describe('new and resolved findings per night, by fingerprint', () => {
  const summary = (t: TrendModel) =>
    t.nights.map((n) => ({
      day: n.day.slice(8),
      new: n.newFindings.map((f) => `${f.ruleId} ${f.server ?? '-'}`),
      resolved: n.resolved.map((f) => `${f.ruleId} ${f.server ?? '-'}`),
      newChecks: n.newChecks.map((f) => f.ruleId),
      droppedChecks: n.droppedChecks.map((f) => f.ruleId),
    }));
  const row = (day: string, n: string[] = [], r: string[] = [], nc: string[] = [], dc: string[] = []) => ({
    day,
    new: n,
    resolved: r,
    newChecks: nc,
    droppedChecks: dc,
  });

  test.each<[string, ScanSpec[], ReturnType<typeof row>[]]>([
    [
      'the first night compares with nothing; then new and resolved',
      [
        { at: night('20'), findings: ['NET-002 critical NODE1'] },
        { at: night('21'), findings: ['NET-002 critical NODE1', 'OS-001 warning NODE2'] },
        { at: night('22'), findings: ['OS-001 warning NODE2'] },
      ],
      [row('20'), row('21', ['OS-001 NODE2']), row('22', [], ['NET-002 NODE1'])],
    ],
    [
      'the same rule on another server is another finding',
      [
        { at: night('20'), findings: ['NET-002 critical NODE1'] },
        { at: night('21'), findings: ['NET-002 critical NODE2'] },
      ],
      [row('20'), row('21', ['NET-002 NODE2'], ['NET-002 NODE1'])],
    ],
    [
      'a gap and a damaged night are spanned: the comparison is with the last readable scan',
      [
        { at: night('20'), findings: ['NET-002 critical NODE1'] },
        { at: night('22'), damaged: 'report' },
        { at: night('23'), findings: [] },
      ],
      [row('20'), row('21'), row('22'), row('23', [], ['NET-002 NODE1'])],
    ],
    [
      'a new check is not a new problem, a dropped check is not a fix',
      [
        { at: night('20'), findings: ['TRN-001 warning -'], rules: ['TRN-001', 'NET-002'] },
        {
          at: night('21'),
          findings: ['CLU-010 critical NODE1', 'NET-002 critical NODE1'],
          rules: ['CLU-010', 'NET-002'],
          tool: '0.2.0',
        },
      ],
      [row('20'), row('21', ['NET-002 NODE1'], [], ['CLU-010'], ['TRN-001'])],
    ],
    [
      'scans of another profile are compared with their own profile only',
      [
        { at: night('20'), findings: ['NET-002 critical NODE1'] },
        { at: night('21'), profile: 'readiness', findings: ['OS-001 warning NODE1'] },
        { at: night('22'), findings: ['NET-002 critical NODE1'] },
        { at: night('23'), profile: 'readiness', findings: [] },
      ],
      [row('20'), row('21'), row('22'), row('23', [], ['OS-001 NODE1'])],
    ],
  ])('%s', (_, specs, expected) => {
    expect(summary(trendOf(specs))).toEqual(expected);
  });

  test('a change of the tool version or of the checks is named on its night', () => {
    const t = trendOf([
      { at: night('20'), rules: ['NET-002', 'TRN-001'] },
      { at: night('21'), rules: ['NET-002', 'TRN-001'] },
      { at: night('22'), rules: ['CLU-010', 'NET-002'], tool: '0.2.0' },
      { at: night('23'), rules: ['CLU-010', 'NET-002'], tool: '0.2.1' },
    ]);
    expect(t.nights.map((n) => n.rulesChanged)).toEqual([
      undefined,
      undefined,
      { toolBefore: '0.1.0', toolAfter: '0.2.0', added: ['CLU-010'], removed: ['TRN-001'] },
      { toolBefore: '0.2.0', toolAfter: '0.2.1', added: [], removed: [] },
    ]);
  });

  test('a change of profile is named on its night', () => {
    const t = trendOf([{ at: night('20') }, { at: night('21'), profile: 'readiness' }, { at: night('22') }]);
    expect(t.nights.map((n) => n.profileChanged)).toEqual([
      undefined,
      { before: 'health', after: 'readiness' },
      { before: 'readiness', after: 'health' },
    ]);
  });
});

describe('open findings with the night they first appeared', () => {
  test.each<[string, ScanSpec[], string[]]>([
    [
      'first seen and open since the same night',
      [
        { at: night('20'), findings: ['NET-002 critical NODE1'] },
        { at: night('21'), findings: ['NET-002 critical NODE1', 'OS-001 warning NODE2'] },
        { at: night('22'), findings: ['NET-002 critical NODE1', 'OS-001 warning NODE2'] },
      ],
      ['NET-002 NODE1 first 20 since 20', 'OS-001 NODE2 first 21 since 21'],
    ],
    [
      'resolved and back: first seen stays, open since is the return',
      [
        { at: night('20'), findings: ['NET-002 critical NODE1'] },
        { at: night('21'), findings: [] },
        { at: night('22'), findings: ['NET-002 critical NODE1'] },
      ],
      ['NET-002 NODE1 first 20 since 22'],
    ],
    [
      'a gap or a damaged night does not restart the run',
      [
        { at: night('20'), findings: ['NET-002 critical NODE1'] },
        { at: night('22'), damaged: 'report' },
        { at: night('23'), findings: ['NET-002 critical NODE1'] },
      ],
      ['NET-002 NODE1 first 20 since 20'],
    ],
    [
      'the newest scan resolved everything: nothing open',
      [
        { at: night('20'), findings: ['NET-002 critical NODE1'] },
        { at: night('21'), findings: [] },
      ],
      [],
    ],
    [
      'findings of another profile are not open findings of this one',
      [
        { at: night('20'), profile: 'readiness', findings: ['PRE-007 warning NODE1'] },
        { at: night('21'), findings: ['NET-002 critical NODE1'] },
      ],
      ['NET-002 NODE1 first 21 since 21'],
    ],
  ])('%s', (_, specs, expected) => {
    const open = trendOf(specs).open.map(
      (o) => `${o.ref.ruleId} ${o.ref.server ?? '-'} first ${o.firstSeen.slice(8)} since ${o.openSince.slice(8)}`,
    );
    expect(open).toEqual(expected);
  });
});

describe('one strip per server, coloured by its worst finding', () => {
  test('cells: worst severity, clean, not scanned, gap; organization-wide findings get a strip', () => {
    const t = trendOf([
      { at: night('20'), findings: ['NET-002 critical NODE1', 'OS-001 warning NODE1', 'TRN-001 warning -'] },
      { at: night('21'), findings: ['OS-001 info NODE2'], servers: ['NODE1', 'NODE2', 'NODE3'] },
      { at: night('23'), findings: [], notEvaluated: [{ ruleId: 'NET-002', server: 'NODE1' }] },
    ]);
    const strips = Object.fromEntries(t.strips.map((s) => [s.server ?? '(org)', s.cells.map((c) => c.state)]));
    expect(strips).toEqual({
      NODE1: ['critical', 'clean', 'gap', 'clean'],
      NODE2: ['clean', 'info', 'gap', 'clean'],
      NODE3: ['notScanned', 'clean', 'gap', 'notScanned'],
      '(org)': ['warning', 'clean', 'gap', 'clean'],
    });
    expect(t.strips[0]!.cells[0]).toMatchObject({ findings: 2 });
    expect(t.strips[0]!.cells[3]).toMatchObject({ state: 'clean', notEvaluated: 1 });
  });

  test("a cluster of the scan's inventory is scanned: no finding on it is clean, not 'not in this scan'", () => {
    const t = trendOf([
      { at: night('20'), findings: ['CLU-007 critical CLUSTER1'], clusters: ['CLUSTER1'] },
      { at: night('21'), findings: [], clusters: ['CLUSTER1'] },
      { at: night('22'), findings: [] },
    ]);
    expect(t.strips.find((s) => s.server === 'CLUSTER1')!.cells.map((c) => c.state)).toEqual(['critical', 'clean', 'notScanned']);
  });

  test('a night of another profile is marked in every strip', () => {
    const t = trendOf([{ at: night('20'), profile: 'readiness' }, { at: night('21') }]);
    expect(t.strips.map((s) => s.cells.map((c) => c.otherProfile))).toEqual([
      [true, false],
      [true, false],
    ]);
  });
});

describe('the timeline of configuration changes, from the stored snapshots', () => {
  const kinds = (t: TrendModel) =>
    t.timeline.map((e) => ({
      day: e.day.slice(8),
      since: e.since.day.slice(8),
      changes: e.changes.map((c) =>
        [c.kind, c.server ?? '-', c.item ?? c.subject ?? '', c.before ?? '', c.after ?? '']
          .filter((part) => part !== '')
          .join(' '),
      ),
      other: e.otherChanges,
      notCompared: e.notCompared,
    }));

  test('hotfix installed and removed, service pack, binding order, dumpster size', () => {
    const t = trendOf([
      { at: night('20'), snapshot: baseSnapshot() },
      { at: night('21'), snapshot: baseSnapshot({ hotfixes: ['KB1', 'KB2'] }) },
      { at: night('22'), snapshot: baseSnapshot({ hotfixes: ['KB2'], servicePack: 3 }) },
      { at: night('23'), snapshot: baseSnapshot({ hotfixes: ['KB2'], servicePack: 3, binding: ['Heartbeat', 'LAN'] }) },
      {
        at: night('24'),
        snapshot: baseSnapshot({ hotfixes: ['KB2'], servicePack: 3, binding: ['Heartbeat', 'LAN'], dumpster: 20971520 }),
      },
    ]);
    expect(kinds(t)).toEqual([
      { day: '21', since: '20', changes: ['hotfixInstalled NODE1 KB2'], other: 0, notCompared: undefined },
      {
        day: '22',
        since: '21',
        changes: ['servicePack NODE1 2 3', 'hotfixRemoved NODE1 KB1'].sort(),
        other: 0,
        notCompared: undefined,
      },
      { day: '23', since: '22', changes: ['bindingOrder NODE2 LAN, Heartbeat Heartbeat, LAN'], other: 0, notCompared: undefined },
      { day: '24', since: '23', changes: ['dumpsterSize - 12582912 20971520'], other: 0, notCompared: undefined },
    ]);
  });

  test('unchanged snapshots (same hash) are not read at all', () => {
    const reads = { reports: 0, snapshots: 0 };
    const specs = [0, 1, 2, 3, 4, 5].map((i) => ({ at: night(String(20 + i)) }));
    const t = buildTrend(storedOf(specs, reads));
    expect(t.timeline).toEqual([]);
    expect(reads).toEqual({ reports: 6, snapshots: 0 });
  });

  test('a damaged snapshot: warned, not compared, and the next night compared with the last readable one', () => {
    const t = trendOf([
      { at: night('20'), snapshot: baseSnapshot() },
      { at: night('21'), snapshot: baseSnapshot({ servicePack: 3 }), damaged: 'snapshot' },
      { at: night('22'), snapshot: baseSnapshot({ hotfixes: ['KB1', 'KB3'] }) },
    ]);
    expect(kinds(t)).toEqual([
      { day: '21', since: '20', changes: [], other: 0, notCompared: idOf(night('21')) },
      { day: '22', since: '20', changes: ['hotfixInstalled NODE1 KB3'], other: 0, notCompared: undefined },
    ]);
    expect(t.warnings).toEqual([expect.objectContaining({ id: idOf(night('21')), what: 'snapshot' })]);
    expect(t.counts.damaged).toBe(0);
  });

  test('a server that appears is one change, not one per value', () => {
    const grown = baseSnapshot();
    grown.servers.push({ ...grown.servers[0]!, name: 'NODE3', folder: 'NODE3' });
    const t = trendOf([{ at: night('20') }, { at: night('21'), snapshot: grown }]);
    expect(kinds(t)[0]!.changes).toEqual(['serverAdded NODE3']);
  });
});
