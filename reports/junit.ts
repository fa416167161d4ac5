import type { Report } from '../src/report/report-schema';

type Finding = Report['findings'][number];

interface TestCase {
  name: string;
  /** `<failure>` for a finding, `<skipped>` for a waived, accepted or not-evaluated one, neither for a pass. */
  failure?: { type: string; message: string; text: string };
  skipped?: string;
}

/**
 * JUnit XML, for CI servers and monitoring that read test results: each rule that ran is a test suite,
 * each place it found a problem a failing test case (type = severity), each waived, accepted or
 * not-evaluated place a skipped one, and a rule with none of these one passing case.
 */
export function renderJunit(report: Report): string {
  const suites = report.scan.rules.map((id) => ({ id, cases: casesOf(report, id) }));
  const extra = [...new Set(report.findings.map((f) => f.ruleId))].filter((id) => !report.scan.rules.includes(id));
  suites.push(...extra.map((id) => ({ id, cases: casesOf(report, id) })));
  const count = (cases: TestCase[], what: 'failure' | 'skipped') => cases.filter((c) => c[what] !== undefined).length;
  const all = suites.flatMap((s) => s.cases);
  const seconds = Math.max(0, (Date.parse(report.scan.finishedAt) - Date.parse(report.scan.startedAt)) / 1000);
  const timestamp = report.scan.startedAt.replace(/\.\d+Z$|Z$/, '');
  const body = suites.map((s) =>
    element(
      'testsuite',
      {
        name: s.id,
        tests: s.cases.length,
        failures: count(s.cases, 'failure'),
        errors: 0,
        skipped: count(s.cases, 'skipped'),
        time: 0,
        timestamp,
      },
      s.cases.map((c) => testcase(`bpa.${report.scan.profile}.${s.id}`, c)),
    ),
  );
  const root = element(
    'testsuites',
    {
      name: `bpa ${report.scan.profile} ${report.scan.source}`,
      tests: all.length,
      failures: count(all, 'failure'),
      errors: 0,
      skipped: count(all, 'skipped'),
      time: seconds,
    },
    body,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${root}\n`;
}

function casesOf(report: Report, ruleId: string): TestCase[] {
  const place = (x: { server?: string; target?: string }) => [x.server, x.target].filter(Boolean).join('/') || 'organization';
  const cases: TestCase[] = [
    ...report.findings.filter((f) => f.ruleId === ruleId).map((f) => ({ name: place(f), failure: failureOf(f) })),
    ...(report.waived?.findings ?? [])
      .filter((f) => f.ruleId === ruleId)
      .map((f) => ({
        name: place(f),
        skipped: `waived until ${f.waiver.expires} (${f.waiver.owner}): ${f.waiver.justification}`,
      })),
    ...(report.accepted?.findings ?? [])
      .filter((f) => f.ruleId === ruleId)
      .map((f) => ({ name: place(f), skipped: `accepted in the baseline ${report.accepted!.baseline.file}` })),
    ...report.notEvaluated
      .filter((n) => n.ruleId === ruleId)
      .map((n) => ({ name: place(n), skipped: `not evaluated: ${n.reason}` })),
  ];
  return cases.length > 0 ? cases : [{ name: 'no finding' }];
}

function failureOf(f: Finding): TestCase['failure'] {
  const evidence = f.evidence.map(
    (e) =>
      `  ${e.path} = ${typeof e.actual === 'string' ? e.actual : JSON.stringify(e.actual)} (expected ${e.expected}${e.source ? `, ${e.source}` : ''})`,
  );
  const notChecked = (f.notChecked ?? []).map((n) => `  not checked: ${n.fact} (${n.reason})`);
  return { type: f.severity, message: f.title, text: [f.message, ...evidence, ...notChecked, f.remediation].join('\n') };
}

function testcase(classname: string, c: TestCase): string {
  const children: string[] = [];
  if (c.failure) children.push(element('failure', { message: c.failure.message, type: c.failure.type }, [], c.failure.text));
  if (c.skipped !== undefined) children.push(element('skipped', { message: c.skipped }, []));
  return element('testcase', { classname, name: c.name, time: 0 }, children);
}

function element(name: string, attrs: Record<string, string | number>, children: string[], text?: string): string {
  const a = Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v), true)}"`)
    .join('');
  if (children.length === 0 && text === undefined) return `<${name}${a}/>`;
  const inner = text !== undefined ? escapeXml(text, false) : `\n${children.join('\n')}\n`;
  return `<${name}${a}>${inner}</${name}>`;
}

/** Escapes markup, drops what XML 1.0 cannot hold at all (control characters, lone surrogates), and keeps newlines in attributes. */
export function escapeXml(text: string, attribute: boolean): string {
  const escaped = text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
  return attribute
    ? escaped.replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;')
    : escaped;
}
