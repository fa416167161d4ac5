import { niceStep, severityChartGeometry, stripRuns } from '../../../reports/trend/geometry';
import { xml } from '../../../reports/trend/svg';
import type { Night, StripCell } from '../../../src/history/trend/model';

describe('chart geometry', () => {
  test.each([
    [1, 1],
    [5, 1],
    [6, 2],
    [10, 2],
    [11, 5],
    [25, 5],
    [26, 10],
    [99, 20],
    [101, 50],
    [1000, 200],
  ])('a count axis up to %d steps by %d', (max, step) => {
    expect(niceStep(max)).toBe(step);
  });

  const scanned = (day: string, critical: number, warning: number, info: number): Night => ({
    day,
    state: 'scanned',
    scan: {
      id: day,
      startedAt: day,
      profile: 'health',
      toolVersion: '1',
      counts: { critical, warning, info },
      notEvaluated: 0,
      waived: 0,
      accepted: 0,
      servers: 1,
    },
    otherScans: [],
    damaged: [],
    newFindings: [],
    resolved: [],
    newChecks: [],
    droppedChecks: [],
  });
  const gap = (day: string): Night => ({
    day,
    state: 'gap',
    otherScans: [],
    damaged: [],
    newFindings: [],
    resolved: [],
    newChecks: [],
    droppedChecks: [],
  });

  test('bars stack critical at the bottom; a gap has a band and no bar; the axis reaches the largest total', () => {
    const g = severityChartGeometry([scanned('a', 2, 1, 0), gap('b'), scanned('c', 0, 0, 0)], 300, 200);
    expect(g.bars.map((b) => b.segments.map((s) => `${s.key}:${s.count}`))).toEqual([['critical:2', 'warning:1'], []]);
    const [critical, warning] = g.bars[0]!.segments;
    expect(critical!.y + critical!.h).toBeCloseTo(g.zero);
    expect(warning!.y + warning!.h).toBeCloseTo(critical!.y);
    expect(g.bands.map((b) => `${b.state}:${b.index}`)).toEqual(['gap:1']);
    expect(g.yTicks.map((t) => t.value)).toEqual([0, 1, 2, 3]);
    expect(g.yTicks[3]!.at).toBeCloseTo(g.plot.y);
  });
});

describe('strip runs', () => {
  const cell = (state: StripCell['state'], extra: Partial<StripCell> = {}): StripCell => ({
    state,
    findings: 0,
    notEvaluated: 0,
    otherProfile: false,
    ...extra,
  });
  test('nights that look the same are one run; a change of state, profile or completeness starts another', () => {
    const runs = stripRuns([
      cell('critical'),
      cell('critical'),
      cell('gap'),
      cell('clean'),
      cell('clean', { notEvaluated: 2 }),
      cell('clean', { otherProfile: true }),
    ]);
    expect(
      runs.map((r) => `${r.start}+${r.length} ${r.state}${r.incomplete ? ' incomplete' : ''}${r.otherProfile ? ' other' : ''}`),
    ).toEqual(['0+2 critical', '2+1 gap', '3+1 clean', '4+1 clean incomplete', '5+1 clean other']);
  });
});

describe('text in SVG', () => {
  test.each([
    ['<img src=x onerror="alert(1)">', '&#60;img src=x onerror=&#34;alert(1)&#34;&#62;'],
    ["a'b&c", 'a&#39;b&#38;c'],
    ['Prüfung', 'Prüfung'],
  ])('%s is escaped', (raw, escaped) => {
    expect(xml(raw)).toBe(escaped);
  });
});
