/* eslint-disable no-control-regex -- these tests look for terminal control characters */
import { renderText } from '../../reports/text/render-text';
import { collectedAtText } from '../../reports/text/collected-at';
import { displayText } from '../../reports/text/display';
import { textLabels } from '../../reports/text/labels';
import type { Report } from '../../src/report/report-schema';
import { sampleReport } from '../outputs/report-fixture';

// A hang guard, not a time limit: the samples are scanned in process (see test/cli/scan.test.ts).
jest.setTimeout(60_000);

const ANSI = /\u001b\[/;

describe('the text report of the four-server German sample', () => {
  let de: string;
  let report: Report;
  beforeAll(async () => {
    report = (await sampleReport('ccr-health-de', 'de')).report;
    de = renderText(report, { lang: 'de' });
  });

  test('fits in 60 lines and names every finding id', () => {
    const lines = de.trimEnd().split('\n');
    expect(lines.length).toBeLessThanOrEqual(60);
    for (const id of new Set(report.findings.map((f) => f.ruleId))) expect(de).toContain(id);
  });

  test('opens with customer, bundle, collection time with its time zone, profile and language', () => {
    expect(de.split('\n').slice(0, 7)).toEqual([
      'Exchange Server 2007 Cluster – Zustandsprüfung (bpa 0.1.0)',
      'Kunde:           Müller Logistik GmbH',
      'Berater:         Beispiel Consulting',
      `Erfassungspaket: ${report.scan.source}`,
      'Erfasst:         20.11.2008 02:15:07 UTC+01:00',
      'Profil:          Zustandsprüfung laufender Server',
      'Sprache:         Deutsch',
    ]);
  });

  test('then the verdict and the coverage line', () => {
    const n = report.scan.rules.length;
    expect(de).toContain(`\n\nErgebnis: Kritisch\n${n} von ${n} Prüfungen ausgewertet auf 4 von 4 Servern\n\n`);
  });

  test('"Fix first": one line per root cause naming every server it affects once, most severe first', () => {
    const section = de
      .split('\n\n')
      .find((s) => s.startsWith('Zuerst beheben'))!
      .split('\n');
    expect(section[0]).toBe('Zuerst beheben (10)');
    expect(section[1]).toBe('  kritisch  ACC-001  Das Kennwort des Clusterdienstkontos läuft ab: EX2007-NODE1, EX2007-NODE2');
    expect(section[2]).toMatch(/^ {2}kritisch {2}PRE-007 {2}.*KB921181.*: EX2007-NODE2$/);
    expect(section.filter((l) => l.includes('ACC-001'))).toHaveLength(1);
    expect(section.slice(1).map((l) => l.trim().split(/ +/)[0])).toEqual([
      ...Array(2).fill('kritisch'),
      ...Array(7).fill('Warnung'),
      'Hinweis',
    ]);
    expect(section).toContain(
      '  Warnung   TRN-001  Der Transportdumpster ist nicht auf die maximale Nachrichtengröße abgestimmt: Organisation',
    );
  });

  test('the findings by severity, one line each: id, server · target, message; then the passed checks', () => {
    const section = de
      .split('\n\n')
      .find((s) => s.startsWith('Befunde'))!
      .split('\n');
    expect(section[0]).toBe('Befunde (13)');
    expect(section.filter((l) => /^ \S/.test(l))).toEqual([' Kritisch (3)', ' Warnung (8)', ' Hinweis (2)']);
    expect(section).toContain(
      '  NET-002  EX2007-NODE1 · Heartbeat: ' + report.findings.find((f) => f.ruleId === 'NET-002')!.message,
    );
    expect(section.filter((l) => /^ {2}\S/.test(l))).toHaveLength(13);
    expect(de.trimEnd().split('\n').at(-1)).toBe(`${report.coverage!.passed.length} Prüfungen bestanden`);
    expect(report.coverage!.passed.length).toBeGreaterThan(40);
  });

  test('German is German: no fixed English text', () => {
    const en = textLabels('en');
    const english = [en.customer, en.bundle, en.collected, en.profile, en.language, en.verdict, en.fixFirst, en.findings];
    for (const word of [...english, 'checks', 'passed', 'organization', 'critical', 'warning', 'Healthy']) {
      expect([word, de.includes(word)]).toEqual([word, false]);
    }
  });

  test('no colour unless asked; with colour the severities are coloured', () => {
    expect(de).not.toMatch(ANSI);
    const coloured = renderText(report, { lang: 'de', color: true });
    expect(coloured).toContain('\u001b[1;31mkritisch\u001b[0m');
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).toBe(de);
  });
});

describe('the text report in English, for readiness, and when incomplete', () => {
  test('readiness: "Not ready: N blockers", one per critical root cause', async () => {
    const { report } = await sampleReport('readiness-de', 'en');
    const text = renderText(report, { lang: 'en' });
    const blockers = new Set(report.findings.filter((f) => f.severity === 'critical').map((f) => f.ruleId)).size;
    expect(text).toContain(`\nVerdict: Not ready: ${blockers} blockers\n`);
    expect(text).toMatch(/^Profile: +readiness check before installation$/m);
  });

  test('a healthy cluster: "Healthy", no "Fix first", "No findings."', async () => {
    const { report } = await sampleReport('ccr-health-en', 'en');
    const text = renderText(report, { lang: 'en' });
    expect(text).toContain('\nVerdict: Healthy\n');
    expect(text).not.toContain('Fix first');
    expect(text).toContain('Findings (0)\n  No findings.\n');
  });

  test('incomplete: the verdict says so, the coverage line names the missing server, the unchecked are listed', async () => {
    const { report } = await sampleReport('ccr-health-de', 'en');
    const incomplete: Report = {
      ...report,
      coverage: {
        ...report.coverage!,
        checks: { evaluated: 52, total: 54 },
        servers: { evaluated: 4, total: 5, missing: ['EX2007-NODE3'] },
      },
      notEvaluated: [
        { ruleId: 'CON-001', server: 'EX2007-CLUSTER', reason: 'EX2007-NODE3: no folder in the bundle', missing: [] },
        { ruleId: 'OS-001', server: 'EX2007-NODE1', reason: 'systeminfo.txt failed: empty file', missing: [] },
        { ruleId: 'OS-001', server: 'EX2007-NODE2', reason: 'systeminfo.txt failed: empty file', missing: [] },
      ],
    };
    const text = renderText(incomplete, { lang: 'en' });
    expect(text).toContain(
      '\nVerdict: Critical (incomplete)\n52 of 54 checks evaluated on 4 of 5 servers – missing: EX2007-NODE3\n',
    );
    expect(text).toContain(
      '\nNot evaluated (2)\n  CON-001  EX2007-CLUSTER: EX2007-NODE3: no folder in the bundle\n  OS-001   EX2007-NODE1, EX2007-NODE2: systeminfo.txt failed: empty file\n',
    );
  });

  test('names from the bundle cannot reach the terminal as control sequences', async () => {
    const { report } = await sampleReport('ccr-health-de', 'en');
    const evil: Report = {
      ...report,
      scan: { ...report.scan, customer: 'Evil\u001b]0;pwned\u0007 Corp' },
      findings: report.findings.map((f, i) =>
        i === 0 ? { ...f, server: 'NODE\u001b[2J1', target: 'abc\u202Eexe.txt', message: 'line1\nline2' } : f,
      ),
    };
    const text = renderText(evil, { lang: 'en' });
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202e]/);
    expect(text).toMatch(/^Customer: +Evil\\u\{001B\}\]0;pwned\\u\{0007\} Corp$/m);
    expect(text).toContain('NODE\\u{001B}[2J1 · abc\\u{202E}exe.txt: line1\\u{000A}line2\n');
  });
});

describe('collectedAtText: the servers\u2019 time with its zone, not converted', () => {
  test.each([
    ['2008-11-20T02:15:07+01:00', 'en', '2008-11-20 02:15:07 UTC+01:00'],
    ['2008-11-20T02:15:07+01:00', 'de', '20.11.2008 02:15:07 UTC+01:00'],
    ['2008-11-20T01:15:07Z', 'en', '2008-11-20 01:15:07 UTC'],
    ['2008-11-20T01:15:07.123z', 'en', '2008-11-20 01:15:07 UTC'],
    ['2008-11-20 02:15-0500', 'en', '2008-11-20 02:15:00 UTC-05:00'],
    ['2008-11-20T02:15:07', 'en', '2008-11-20 02:15:07 (time zone unknown)'],
    ['2008-11-20T02:15:07', 'de', '20.11.2008 02:15:07 (Zeitzone unbekannt)'],
    ['gestern Nacht', 'de', 'gestern Nacht'],
  ] as const)('%s (%s) → %s', (stamp, lang, shown) => {
    expect(collectedAtText(stamp, lang, textLabels(lang).zoneUnknown)).toBe(shown);
  });
});

describe('displayText', () => {
  test.each([
    ['EX2007-NODE1', 'EX2007-NODE1'],
    ['Müller Logistik GmbH & Co. KG', 'Müller Logistik GmbH & Co. KG'],
    ['a\u001b[31mb', 'a\\u{001B}[31mb'],
    ['tab\there', 'tab\\u{0009}here'],
    ['\u007f\u0085', '\\u{007F}\\u{0085}'],
    ['x\u202Ey\u2066z', 'x\\u{202E}y\\u{2066}z'],
    ['zero\u200Bwidth\uFEFF', 'zero\\u{200B}width\\u{FEFF}'],
    ['中文主机', '中文主机'],
  ])('%j → %j', (input, shown) => expect(displayText(input)).toBe(shown));
});
