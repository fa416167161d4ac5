import { createHash } from 'crypto';
import { renderHtml } from '../../reports/html/render-html';
import type { Report } from '../../src/report/report-schema';
import { all, byClass, byId, byTag, parseHtml, text, type Element } from './html-dom';
import { hostileExtras, PREVIOUS_ID, scanWithExtras } from './extras-report';
import { HOSTILE_ACCOUNT, HOSTILE_HOST, scanSample } from './sample-report';

jest.setTimeout(60_000);

const sha256 = (s: string) => `sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}`;
const sectionIds = (root: Element) =>
  byTag(byTag(root, 'main')[0]!, 'section')
    .filter((s) => s.attrs.id)
    .map((s) => s.attrs.id);
const rows = (table: Element) => byTag(byTag(table, 'tbody')[0]!, 'tr').map((tr) => byTag(tr, 'td').map(text));

describe('the HTML report of a scan with history, waivers and a baseline', () => {
  let report: Report;

  beforeAll(async () => {
    report = await scanWithExtras('de');
  });

  test('has the three sections after the findings and before "not evaluated", and links them in the contents', () => {
    const { root } = parseHtml(renderHtml(report, { lang: 'de', timeZone: 'Europe/Berlin' }));
    const ids = sectionIds(root).filter((id) => !id!.startsWith('changes-'));
    const at = (id: string) => ids.indexOf(id);
    expect(at('findings')).toBeLessThan(at('changes'));
    expect([at('changes'), at('waived'), at('accepted')]).toEqual([at('changes'), at('changes') + 1, at('changes') + 2]);
    expect(at('accepted') + 1).toBe(at('not-evaluated'));
    const toc = byClass(root, 'toc')[0]!;
    expect(byTag(toc, 'a').map(text)).toEqual(
      expect.arrayContaining(['Seit dem letzten Scan', 'Ausgenommene Befunde', 'Akzeptierte Befunde (Baseline)']),
    );
  });

  test('"Seit dem letzten Scan" names the previous scan and shows the new, resolved finding and the NetBIOS change', () => {
    const { root } = parseHtml(renderHtml(report, { lang: 'de', timeZone: 'Europe/Berlin' }));
    const section = byId(root, 'changes');
    expect(text(byTag(section, 'h2')[0]!)).toBe('Seit dem letzten Scan');
    const facts = Object.fromEntries(byTag(section, 'dt').map((dt, i) => [text(dt), text(byTag(section, 'dd')[i]!)]));
    expect(facts).toEqual({
      'Vorheriger Scan': '19. November 2008 um 10:00 MEZ',
      Verlaufseintrag: PREVIOUS_ID,
      Quelle: 'samples/ccr-health-de',
    });
    const [added, resolved, settings] = byTag(section, 'table'); // no severity changed: "Keine."
    expect(rows(added!)).toEqual([
      [
        'Warnung',
        'NET-002',
        'EX2007-NODE2 · Heartbeat',
        'NetBIOS über TCP/IP ist auf dem privaten Cluster-Netzwerkadapter aktiviert',
      ],
    ]);
    expect(rows(resolved!).map((r) => `${r[1]} ${r[2]}`)).toEqual(['CON-005 EX2007-CLUSTER']);
    expect(rows(settings!)).toEqual([
      [
        'EX2007-NODE2',
        'adapters[Heartbeat].netbiosEnabled geändert',
        'false → true',
        'reg-netbt-interfaces.txt ipconfig-all.txt',
      ],
      ['EX2007-NODE2', 'adapters[Heartbeat].netbiosOptions geändert', '2 → 1', 'reg-netbt-interfaces.txt'],
    ]);
  });

  test('a finding whose severity changed shows the earlier one', () => {
    const changes = report.changes!;
    const [first, ...rest] = changes.findings.unchanged;
    const changed = {
      ...changes,
      findings: { ...changes.findings, unchanged: [{ ...first!, previousSeverity: 'info' as const }, ...rest] },
    };
    const { root } = parseHtml(renderHtml({ ...report, changes: changed }, { lang: 'en' }));
    const table = byTag(byId(root, 'changes'), 'table')[2]!;
    expect(rows(table)).toEqual([
      [
        `Critical (previously Information)`,
        first!.ruleId,
        `${first!.server} · ${first!.target}`,
        expect.stringContaining('waived'),
      ],
    ]);
  });

  test('"Ausgenommene Befunde" lists each waived finding with justification, owner and expiry, and the expired and unmatched waivers', () => {
    const { root } = parseHtml(renderHtml(report, { lang: 'de', timeZone: 'Europe/Berlin' }));
    const section = byId(root, 'waived');
    const waived = byClass(section, 'waived-finding');
    expect(waived.map((a) => text(byClass(a, 'place')[0]!))).toEqual(['EX2007-NODE1 · clusdienst', 'EX2007-NODE2 · clusdienst']);
    expect(text(byClass(waived[0]!, 'justification')[0]!)).toMatch(/^The domain password policy exempts no accounts/);
    expect(text(byClass(waived[0]!, 'owner')[0]!)).toBe('Jonas Weber (IT infrastructure, Müller Logistik)');
    expect(text(byClass(waived[0]!, 'expires')[0]!)).toBe('30. Juni 2030');
    const [expired, unmatched] = byTag(section, 'table');
    expect(text(byId(section, 'waivers-expired'))).toBe('Abgelaufene Ausnahmen 1');
    expect(rows(expired!)[0]).toEqual([
      'CON-004',
      'EX2007-CLUSTER',
      'Binding order to be aligned on EX2007-NODE2 in the December 2008 maintenance window. Wieder aktiv: CON-004 EX2007-CLUSTER',
      'Beispiel Consulting',
      '31. Dezember 2008',
      expect.stringMatching(/waivers\.example\.yaml:21$/),
    ]);
    expect(rows(unmatched!).map((r) => r.slice(0, 2))).toEqual([['NET-002', 'EX2007-HUB1 · Heartbeat']]);
    // The waived findings are apart: not among the findings the filter script works on.
    const list = byId(root, 'finding-list');
    expect(byTag(list, 'article').some((a) => text(a).includes('clusdienst'))).toBe(false);
  });

  test('"Akzeptierte Befunde (Baseline)" names the baseline and lists the accepted findings and those no longer found', () => {
    const { root } = parseHtml(renderHtml(report, { lang: 'de', timeZone: 'Europe/Berlin' }));
    const section = byId(root, 'accepted');
    expect(text(byTag(section, 'p')[0]!)).toContain(
      'Die Baseline baselines/müller-2008-11.json vom 19. November 2008 um 11:00 MEZ akzeptiert 13 Befunde.',
    );
    const [accepted, resolved] = byTag(section, 'table');
    expect(rows(accepted!)).toHaveLength(report.accepted!.findings.length);
    expect(rows(accepted!).map((r) => r[1])).toContain('NET-002');
    expect(text(byId(section, 'accepted-resolved'))).toBe('Akzeptiert, nicht mehr gefunden 1');
    expect(rows(resolved!).map((r) => r[1])).toEqual(['CON-005']);
  });

  test('English labels, and the page keeps its CSP hashes with the new sections', () => {
    const html = renderHtml(report, { lang: 'en' });
    const page = parseHtml(html);
    expect(text(byTag(byId(page.root, 'changes'), 'h2')[0]!)).toBe('Since the last scan');
    expect(text(byTag(byId(page.root, 'waived'), 'h2')[0]!)).toBe('Waived findings 2');
    expect(text(byTag(byId(page.root, 'accepted'), 'h2')[0]!)).toMatch(/^Accepted findings \(baseline\)/);
    const csp = all(page.root, (e) => e.attrs['http-equiv'] === 'Content-Security-Policy')[0]!.attrs.content!;
    expect(csp).toContain(`style-src '${sha256(page.styles[0]!)}'`);
    expect(csp).toContain(`script-src '${sha256(page.scripts[0]!)}'`);
  });

  test('everything from the bundle, the waiver file and the baseline is escaped', () => {
    const hostile = hostileExtras(report);
    const html = renderHtml(hostile, { lang: 'de' });
    const { root } = parseHtml(html);
    expect(byTag(root, 'script')).toHaveLength(1);
    expect(byTag(root, 'img')).toHaveLength(0);
    expect(html).not.toContain('<img src=x');
    expect(text(byId(root, 'changes'))).toContain(HOSTILE_HOST);
    expect(text(byId(root, 'waived'))).toContain(HOSTILE_ACCOUNT);
    expect(text(byId(root, 'accepted'))).toContain(HOSTILE_ACCOUNT);
  });

  test('a report without the sections has none of them', async () => {
    const plain = await scanSample('ccr-health-de', 'de');
    const { root } = parseHtml(renderHtml(plain, { lang: 'de' }));
    expect(sectionIds(root)).not.toEqual(expect.arrayContaining(['changes']));
    expect(sectionIds(root).filter((id) => ['changes', 'waived', 'accepted'].includes(id!))).toEqual([]);
  });
});
