import { formatDate, formatValue, printable, safeLink } from '../../reports/html/format';
import { groupBy } from '../../reports/html/groups';
import { LABELS, summarySentences } from '../../reports/html/labels';
import { reportView } from '../../reports/html/report-view';
import { scanSample } from './sample-report';

// Rendering twice (the PDF's layout pass) on a busy machine takes seconds, not milliseconds.
jest.setTimeout(60_000);

describe('fixed texts', () => {
  test('every label has an English and a German text, and the German ones are translated', () => {
    const keys = Object.keys(LABELS.en);
    expect(Object.keys(LABELS.de)).toEqual(keys);
    for (const lang of ['en', 'de'] as const) {
      for (const key of keys) expect(LABELS[lang][key as keyof typeof LABELS.en].trim()).not.toBe('');
    }
    const same = keys.filter((k) => LABELS.en[k as keyof typeof LABELS.en] === LABELS.de[k as keyof typeof LABELS.en]);
    // Words German shares with English: Filter, Server, Cluster, Quorum.
    expect(same.sort()).toEqual(['cluster', 'filter', 'quorum', 'server']);
  });

  test.each([
    [
      { servers: 1, rules: 1, critical: 1, warning: 1, info: 1, notEvaluated: 1 },
      'en',
      'bpa checked 1 server against 1 rule and found 1 critical problem, 1 warning and 1 note. 1 check could not be evaluated because data was missing.',
    ],
    [
      { servers: 4, rules: 10, critical: 0, warning: 2, info: 0, notEvaluated: 0 },
      'en',
      'bpa checked 4 servers against 10 rules and found 0 critical problems, 2 warnings and 0 notes.',
    ],
    [
      { servers: 4, rules: 10, critical: 3, warning: 1, info: 2, notEvaluated: 2 },
      'de',
      'bpa hat 4 Server gegen 10 Regeln geprüft und 3 kritische Probleme, 1 Warnung und 2 Hinweise gefunden. 2 Prüfungen konnten mangels Daten nicht ausgewertet werden.',
    ],
  ] as const)('summary %j in %s', (counts, lang, sentence) => {
    expect(summarySentences(counts, lang)).toBe(sentence);
  });
});

describe('values as the reports show them', () => {
  test.each([
    [true, 'de', 'ja'],
    [false, 'en', 'no'],
    [1.2, 'de', '1,2'],
    [12582912, 'de', '12.582.912'],
    [null, 'de', '(unbekannt)'],
    ['Heartbeat', 'en', 'Heartbeat'],
    [['KB1', 'KB2'], 'en', 'KB1, KB2'],
    [{ a: 1 }, 'en', '{"a":1}'],
  ] as const)('%j in %s is %j', (value, lang, shown) => {
    expect(formatValue(value, lang)).toEqual({ short: shown });
  });

  test('a long list shows eight items and the count of the rest, and keeps the whole list', () => {
    const list = Array.from({ length: 20 }, (_, i) => `KB${i}`);
    expect(formatValue(list, 'en')).toEqual({ short: `${list.slice(0, 8).join(', ')} … and 12 more`, full: list.join(', ') });
  });

  test('only http and https references become links', () => {
    expect(safeLink('https://support.microsoft.com/kb/258750')).toBe('https://support.microsoft.com/kb/258750');
    expect(safeLink('javascript:alert(1)')).toBeUndefined();
    expect(safeLink('data:text/html,<b>x</b>')).toBeUndefined();
    expect(safeLink('not a url')).toBeUndefined();
  });

  test('control characters are replaced, line breaks kept', () => {
    expect(printable('a\u0000b\u001bc\r\nd\te')).toBe('a\uFFFDb\uFFFDc\nd\te');
  });

  test("dates in the reader's language and the given time zone, named; a text that is no date stays", () => {
    expect(formatDate('2008-11-20T01:15:07Z', 'de', 'Europe/Berlin')).toBe('20. November 2008 um 02:15 MEZ');
    expect(formatDate('2008-11-20T01:15:07Z', 'en', 'UTC')).toBe('20 November 2008 at 01:15 UTC');
    expect(formatDate('2008-12-15T10:15:00', 'de')).toBe('15. Dezember 2008 um 10:15 (Ortszeit des Servers)');
    expect(formatDate('yesterday', 'en')).toBe('yesterday');
  });
});

describe('the report view', () => {
  test('groups keep the given keys first, so a server without findings still has a group', () => {
    const items = [
      { severity: 'warning' as const, k: 'B' },
      { severity: 'critical' as const, k: 'C' },
      { severity: 'warning' as const, k: 'B' },
    ];
    const groups = groupBy(
      items,
      (i) => i.k,
      (k) => `<${k}>`,
      ['A', 'B'],
    );
    expect(groups.map((g) => [g.key, g.label, g.total, g.counts])).toEqual([
      ['A', '<A>', 0, { critical: 0, warning: 0, info: 0 }],
      ['B', '<B>', 2, { critical: 0, warning: 2, info: 0 }],
      ['C', '<C>', 1, { critical: 1, warning: 0, info: 0 }],
    ]);
  });

  test('an accent colour that is not #rrggbb falls back to the default', async () => {
    const base = await scanSample('ccr-health-de', 'en');
    expect(reportView({ ...base, branding: { accent: 'red;}body{display:none' } }, { lang: 'en' }).accent).toBe('#1f4e79');
  });
});
