import { displayReport, isDisplayed } from '../../reports/display-report';
import { flat } from '../../reports/html/flat';
import { printable, printableShown } from '../../reports/html/format';
import { reportView } from '../../reports/html/report-view';
import type { Report } from '../../src/report/report-schema';
import { displayText } from '../../src/shared/display-text';
import { hostileReport, scanSample } from './sample-report';

jest.setTimeout(60_000);

describe('printableShown: printable for a text displayReport has shown', () => {
  test.each([
    ['plain', 'EX2007-NODE1'],
    ['CR LF and a lone CR', 'a\r\nb\rc'],
    ['tab and line feed', 'a\tb\nc'],
    ['C0 controls', 'a\u0000b\u001bc\u0008'],
    ['DEL and C1 controls', 'a\u007fb\u0085c\u009f'],
    ['bidi override and zero-width space', 'EX1\u202Etxt.exe\u200B'],
    ['all at once', '\r\u0001\n\u0085\t\u202E\r\n'],
  ])('%s: the same text as printable', (_, raw) => {
    const shown = displayText(raw, { keep: '\r\n\t' });
    expect(printableShown(shown)).toBe(printable(shown));
  });

  test('only a report displayReport made counts as displayed', async () => {
    const report = hostileReport(await scanSample('ccr-health-de', 'en'));
    const shown = displayReport(report);
    expect(isDisplayed(shown)).toBe(true);
    expect(isDisplayed(report)).toBe(false);
    expect(isDisplayed({ ...shown })).toBe(false);
  });

  test('the view of a displayed report is the view printable alone makes of it', async () => {
    const shown = displayReport(withControls(hostileReport(await scanSample('ccr-health-de', 'en'))));
    // A copy is not known as displayed: its view goes through printable everywhere.
    expect(reportView(shown, { lang: 'en' })).toStrictEqual(reportView({ ...shown }, { lang: 'en' }));
  });
});

/** Carriage returns, controls and a bidi override in every text the finding and not-evaluated views copy. */
function withControls(report: Report): Report {
  const odd = (text: string) => `${text}\r\n\u0001\r\u0085\u202E\t`;
  return {
    ...report,
    findings: report.findings.map((f) => ({
      ...f,
      ruleId: odd(f.ruleId),
      title: odd(f.title),
      message: odd(f.message),
      remediation: odd(f.remediation),
      ...(f.rationale !== undefined ? { rationale: odd(f.rationale) } : {}),
      ...(f.server !== undefined ? { server: odd(f.server) } : {}),
      target: odd(f.target ?? 'target'),
      fingerprint: odd(f.fingerprint),
      references: f.references.map((r) => ({ ...r, title: odd(r.title) })),
    })),
    notEvaluated: report.notEvaluated.map((n) => ({
      ...n,
      ...(n.title !== undefined ? { title: odd(n.title) } : {}),
      missing: n.missing.map((m) => ({ ...m, sources: m.sources.map(odd) })),
    })),
  };
}

describe('flat', () => {
  test('returns the text unchanged', () => {
    let rope = '';
    for (let i = 0; i < 100; i++) rope += `<td>${i}</td>`;
    expect(flat(rope)).toBe(rope);
    expect(flat('')).toBe('');
  });
});
