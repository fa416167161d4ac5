// @ts-nocheck
import { fixFirst } from '../../src/report/fix-first';
import { coverageText, verdictOf, verdictText } from '../../src/report/verdict';
import type { Report } from '../../src/report/report-schema';

type Finding = Report['findings'][number];
const f = (ruleId: string, severity: Finding['severity'], server?: string, target?: string): Finding =>
  ({ ruleId, severity, title: `title ${ruleId}`, server, target }) as Finding;
const coverage = (missing: string[] = []) => ({
  checks: { evaluated: 2, total: 3 },
  servers: { evaluated: 2, total: 2 + missing.length, missing },
  passed: [],
});
const report = (profile: 'readiness' | 'health', findings: Finding[], notEvaluated = 0, missing: string[] = []) =>
  ({
    scan: { profile } as Report['scan'],
    findings,
    notEvaluated: Array.from({ length: notEvaluated }, () => ({ ruleId: 'X', reason: '', missing: [] })),
    coverage: coverage(missing),
  }) as Pick<Report, 'scan' | 'findings' | 'notEvaluated' | 'coverage'>;

describe('verdict', () => {
  it.each([
    { profile: 'health', findings: [], en: 'Healthy', de: 'Fehlerfrei' },
    { profile: 'health', findings: [f('A', 'info', 'S1')], en: 'Healthy', de: 'Fehlerfrei' },
    { profile: 'health', findings: [f('A', 'warning', 'S1')], en: 'Degraded', de: 'Beeinträchtigt' },
    { profile: 'health', findings: [f('A', 'warning', 'S1'), f('B', 'critical', 'S1')], en: 'Critical', de: 'Kritisch' },
    { profile: 'readiness', findings: [f('A', 'warning', 'S1')], en: 'Ready', de: 'Bereit' },
    {
      profile: 'readiness',
      findings: [f('A', 'critical', 'S1'), f('A', 'critical', 'S2')],
      en: 'Not ready: 1 blocker',
      de: 'Nicht bereit: 1 Blocker',
    },
    {
      profile: 'readiness',
      findings: [f('A', 'critical', 'S1'), f('B', 'critical', 'S2'), f('C', 'warning', 'S2')],
      en: 'Not ready: 2 blockers',
      de: 'Nicht bereit: 2 Blocker',
    },
  ] as const)('$profile with $findings.length findings: $en', ({ profile, findings, en, de }) => {
    const v = verdictOf(report(profile, [...findings]));
    expect(verdictText(v, 'en')).toBe(en);
    expect(verdictText(v, 'de')).toBe(de);
    expect(v.incomplete).toBe(false);
  });

  it.each([
    { notEvaluated: 1, missing: [], incomplete: true },
    { notEvaluated: 0, missing: ['NODE2'], incomplete: true },
    { notEvaluated: 0, missing: [], incomplete: false },
  ])('is incomplete when a check was not evaluated or a server is missing: $notEvaluated, $missing', (c) => {
    expect(verdictOf(report('health', [], c.notEvaluated, c.missing)).incomplete).toBe(c.incomplete);
  });

  it('says the coverage in both languages', () => {
    expect(coverageText(coverage(['N3']), 'en')).toBe('2 of 3 checks evaluated on 2 of 3 servers');
    expect(coverageText(coverage(['N3']), 'de')).toBe('2 von 3 Prüfungen ausgewertet auf 2 von 3 Servern');
  });
});

describe('fix first', () => {
  it('groups by rule, counts each server once, most severe first, then the widest cause', () => {
    const causes = fixFirst([
      f('NET-002', 'warning', 'N1', 'Heartbeat'),
      f('PRE-002', 'critical', 'N1'),
      f('CON-001', 'warning', 'CL'),
      f('PRE-002', 'critical', 'N2'),
      f('NET-002', 'warning', 'N2', 'Heartbeat'),
      f('NET-002', 'warning', 'N2', 'Privat'),
      f('TRN-001', 'info'),
    ]);
    expect(causes.map((c) => [c.ruleId, c.severity, c.servers])).toEqual([
      ['PRE-002', 'critical', ['N1', 'N2']],
      ['NET-002', 'warning', ['N1', 'N2']],
      ['CON-001', 'warning', ['CL']],
      ['TRN-001', 'info', []],
    ]);
    expect(causes[1]!.places).toHaveLength(3);
  });

  it('takes the most severe finding of a rule as the severity of its cause', () => {
    expect(fixFirst([f('TRN-001', 'info'), f('TRN-001', 'critical')])[0]!.severity).toBe('critical');
  });
});
