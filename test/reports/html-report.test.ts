import { createHash } from 'crypto';
import { renderHtml } from '../../reports/html/render-html';
import type { Report } from '../../src/report/report-schema';
import { all, byClass, byId, byTag, parseHtml, text, type Element, type ParsedPage } from './html-dom';
import { solidPng } from './png';
import { HOSTILE_ACCOUNT, HOSTILE_HOST, hostileReport, scanSample } from './sample-report';

// Rendering twice (the PDF's layout pass) on a busy machine takes seconds, not milliseconds.
jest.setTimeout(60_000);

const sha256 = (s: string) => `sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}`;
const attrsOf = (root: Element) => all(root, () => true).flatMap((e) => Object.entries(e.attrs));

describe('the HTML report of the German CCR sample', () => {
  let report: Report;
  let html: string;
  let page: ParsedPage;

  beforeAll(async () => {
    report = await scanSample('ccr-health-de', 'de');
    html = renderHtml(report, { lang: 'de', timeZone: 'Europe/Berlin' });
    page = parseHtml(html);
  });

  test('is one German page naming customer, consultant, date, scope, servers and tool version', () => {
    const { root } = page;
    expect(root.attrs.lang).toBe('de');
    expect(text(byTag(root, 'title')[0]!)).toBe('Exchange Server 2007 Cluster – Zustandsprüfung – Müller Logistik GmbH');
    expect(text(byId(root, 'customer'))).toBe('Müller Logistik GmbH');
    expect(text(byId(root, 'consultant'))).toBe('Beispiel Consulting');
    const scan = byId(root, 'scan');
    const facts = Object.fromEntries(byTag(scan, 'dt').map((dt, i) => [text(dt), text(byTag(scan, 'dd')[i]!)]));
    expect(facts).toMatchObject({
      Prüfdatum: '20. November 2008 um 10:00 MEZ',
      'Daten erfasst': '20. November 2008 um 02:15 MEZ',
      Umfang: 'Zustandsprüfung laufender Server',
      Werkzeugversion: 'bpa 0.1.0',
      'Server (4)': report.scan.servers.join(' '),
    });
  });

  test('is self-contained: no external resource, and a CSP that allows only its own style and script', () => {
    const { root, scripts, styles } = page;
    expect(byTag(root, 'link')).toEqual([]);
    for (const [name, value] of attrsOf(root)) {
      if (name === 'src') expect(value).toMatch(/^data:image\/(png|jpeg);base64,/);
      if (name === 'href') expect(value).toMatch(/^(#|https:\/\/)/);
    }
    expect(styles.join('')).not.toMatch(/url\(|@import/);
    const csp = all(root, (e) => e.attrs['http-equiv'] === 'Content-Security-Policy')[0]!.attrs.content!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`script-src '${sha256(scripts[0]!)}'`);
    expect(csp).toContain(`style-src '${sha256(styles[0]!)}'`);
    expect(scripts).toHaveLength(1);
  });

  test('summarizes by severity with tiles and an inline SVG bar chart', () => {
    const tiles = byClass(page.root, 'tile').map(text);
    expect(tiles).toEqual([
      `${report.summary.critical} Kritisch`,
      `${report.summary.warning} Warnung`,
      `${report.summary.info} Hinweis`,
      `${report.summary.notEvaluated} Nicht ausgewertet`,
    ]);
    const svg = byTag(page.root, 'svg')[0]!;
    expect(text(byTag(svg, 'title')[0]!)).toBe('Befunde nach Schweregrad');
    const bars = byTag(svg, 'rect');
    expect(bars.map((r) => r.attrs.fill)).toEqual(['#b42318', '#b54708', '#175cd3', '#667085']);
    const counts = [report.summary.critical, report.summary.warning, report.summary.info, report.summary.notEvaluated];
    const widths = bars.map((r) => Number(r.attrs.width));
    const longest = counts.indexOf(Math.max(...counts));
    expect(Math.max(...widths)).toBe(widths[longest]);
  });

  test('lists every finding once, grouped by severity, each with evidence, rationale, remediation and references', () => {
    const articles = byClass(page.root, 'finding');
    expect(articles).toHaveLength(report.findings.length);
    const groups = byClass(byId(page.root, 'finding-list'), 'group').map((g) => g.attrs['data-group']);
    expect(groups).toEqual(['critical', 'warning', 'info'].filter((s) => report.findings.some((f) => f.severity === s)));
    const netbios = articles.find((a) => a.attrs['data-server'] === 'EX2007-NODE1' && text(a).includes('NET-002'))!;
    expect(netbios.attrs).toMatchObject({
      'data-severity': 'warning',
      'data-category': 'Network',
      'data-category-label': 'Netzwerk',
    });
    const row = byTag(byTag(netbios, 'tbody')[0]!, 'tr')[0]!;
    expect(byTag(row, 'td').map(text)).toEqual(['NetBIOS über TCP/IP', 'aktiviert', 'deaktiviert', 'reg-netbt-interfaces.txt']);
    expect(byTag(row, 'td')[0]!.attrs.title).toBe('adapter.netbiosEnabled');
    expect(text(byClass(netbios, 'rationale')[0]!)).toBe(report.findings.find((f) => f.ruleId === 'NET-002')!.rationale);
    expect(text(byClass(netbios, 'remediation')[0]!)).toMatch(/^Auf jedem Knoten/);
    expect(byTag(byClass(netbios, 'references')[0]!, 'a')[0]!.attrs.href).toBe('https://support.microsoft.com/kb/258750');
  });

  test('a long list value shows its first items and folds the rest', () => {
    const pre007 = byClass(page.root, 'finding').find((a) => text(a).includes('PRE-007'))!;
    const hotfixes = report.findings.find((f) => f.ruleId === 'PRE-007')!.evidence.find((e) => Array.isArray(e.actual))!;
    const all = hotfixes.actual as string[];
    const details = byTag(pre007, 'details')[0]!;
    expect(text(byTag(details, 'summary')[0]!)).toBe(`${all.slice(0, 8).join(', ')} … und ${all.length - 8} weitere`);
    expect(text(details)).toContain(all.at(-1)!);
  });

  test('tables count findings by server (every server, even without findings) and by category', () => {
    const overview = byId(page.root, 'overview');
    const [servers, categories] = byTag(overview, 'table');
    const serverRows = byTag(byTag(servers!, 'tbody')[0]!, 'tr').map((tr) => text(byTag(tr, 'th')[0]!));
    expect(serverRows).toEqual(expect.arrayContaining(report.scan.servers));
    const node2 = byTag(servers!, 'tr').find((tr) => text(tr).startsWith('EX2007-NODE2'))!;
    const total = report.findings.filter((f) => f.server === 'EX2007-NODE2').length;
    expect(text(byTag(node2, 'td').at(-1)!)).toBe(String(total));
    expect(byTag(categories!, 'tr').map(text).join(' | ')).toContain('Konten 2 0 0 2');
  });

  test('the filter toolbar is hidden until the script shows it, and offers every server and category', () => {
    const toolbar = byId(page.root, 'toolbar');
    expect(toolbar.attrs.hidden).toBe('hidden');
    expect(byTag(byId(page.root, 'filter-server'), 'option').map(text).slice(1)).toEqual(
      expect.arrayContaining(['EX2007-NODE1', 'Organisationsweit']),
    );
    expect(byClass(toolbar, 'sev-toggle').map((b) => b.attrs['aria-pressed'])).toEqual(expect.arrayContaining(['true', 'true']));
  });

  test('says when nothing was left unevaluated and collection noticed nothing', () => {
    expect(text(byId(page.root, 'not-evaluated'))).toContain('Alle Prüfungen konnten ausgewertet werden.');
  });
});

describe('the HTML report with hostile input', () => {
  let page: ParsedPage;
  let html: string;

  beforeAll(async () => {
    html = renderHtml(hostileReport(await scanSample('ccr-health-de', 'en')), { lang: 'en' });
    page = parseHtml(html);
  });

  test('markup in host and account names stays text: no element, no attribute, no handler comes of it', () => {
    expect(byTag(page.root, 'img')).toEqual([]);
    expect(byTag(page.root, 'script')).toHaveLength(1);
    expect(attrsOf(page.root).filter(([name]) => name.startsWith('on'))).toEqual([]);
    expect(html).not.toContain('<img src=x');
    const body = text(page.root);
    expect(body).toContain(HOSTILE_HOST);
    expect(body).toContain(HOSTILE_ACCOUNT);
    expect(text(byTag(page.root, 'title')[0]!)).toContain(`${HOSTILE_ACCOUNT} GmbH`);
    const hostile = byClass(page.root, 'finding').find((a) => a.attrs['data-server'] === HOSTILE_HOST);
    expect(hostile).toBeDefined();
  });

  test('a javascript: reference is shown as text, not as a link', () => {
    const hrefs = byTag(page.root, 'a').map((a) => a.attrs.href ?? '');
    expect(hrefs.filter((h) => !h.startsWith('#') && !h.startsWith('https://'))).toEqual([]);
    expect(text(page.root)).toContain('evil link');
  });

  test('lists what was not evaluated with the missing source, and the collection diagnostics by file and line', () => {
    const missing = byTag(byTag(byId(page.root, 'not-evaluated'), 'tbody')[0]!, 'tr');
    expect(byTag(missing[0]!, 'td').map(text)).toEqual([
      'NET-002 NetBIOS over TCP/IP is enabled on the private cluster network adapter Warning',
      `${HOSTILE_HOST} · Heartbeat`,
      'reg-netbt-interfaces.txt',
      'reg-netbt-interfaces.txt missing',
    ]);
    const diagnostic = byTag(byTag(byId(page.root, 'diagnostics'), 'tbody')[0]!, 'tr')[0]!;
    expect(byTag(diagnostic, 'td').map(text)).toEqual([
      `${HOSTILE_HOST}/systeminfo.txt`,
      '3',
      'Warning',
      `odd line ${HOSTILE_ACCOUNT}`,
    ]);
  });
});

describe('the HTML report in other situations', () => {
  test('a findings file written before coverage, inventory and rule titles existed still renders, saying what it lacks', async () => {
    const { coverage: _c, inventory: _i, rules: _r, ...old } = await scanSample('ccr-health-de', 'de');
    const page = parseHtml(renderHtml(old, { lang: 'de' }));
    const verdict = text(byId(page.root, 'verdict'));
    expect(verdict).toContain('Kritisch');
    expect(verdict).toContain('Zuerst beheben');
    expect(verdict).not.toContain('Prüfungen ausgewertet');
    const inventory = text(byId(page.root, 'inventory'));
    expect(inventory).toContain('Dieser Bericht stammt aus einer bpa-Version, die noch keine Bestandsaufnahme festhielt.');
    for (const server of old.scan.servers) expect(inventory).toContain(server);
    expect(text(byId(page.root, 'passed'))).toContain('Keine Prüfung wurde überall bestanden.');
  });

  test('the appendix lists each server with role, Windows and service pack, Exchange build, cluster and findings', async () => {
    const report = await scanSample('ccr-health-de', 'de');
    const page = parseHtml(renderHtml(report, { lang: 'de' }));
    const rows = byTag(byTag(byId(page.root, 'inventory'), 'tbody')[0]!, 'tr').map((tr) =>
      [...byTag(tr, 'th'), ...byTag(tr, 'td')].map(text),
    );
    expect(rows).toContainEqual([
      'EX2007-HUB1',
      'Server',
      'Windows Server 2003 Standard x64 Edition, SP2',
      '8.1.240.6 (SP1) · Clientzugriff, Hub-Transport',
      '—',
      'EXC-001 EXC-004',
    ]);
    const networks = text(byId(page.root, 'inventory'));
    expect(networks).toContain('Heartbeat 1 (nur interne Clusterkommunikation) 1 privat 10.0.0.0 / 255.255.255.0');
    const passed = text(byId(page.root, 'passed'));
    for (const id of report.coverage!.passed) expect(passed).toContain(`${id} ${report.rules![id]!.title}`);
  });

  test('a clean scan says there are no findings, in English', async () => {
    const page = parseHtml(renderHtml(await scanSample('ccr-health-en', 'en'), { lang: 'en' }));
    expect(page.root.attrs.lang).toBe('en');
    expect(text(byId(page.root, 'findings'))).toContain('No findings.');
    expect(text(byId(page.root, 'summary'))).toContain('No rule found a problem.');
  });

  test('branding: the logo is inline, the accent colour is the page colour, the customer from the command line wins', async () => {
    const base = await scanSample('ccr-health-de', 'de');
    const logo = { mediaType: 'image/png' as const, data: solidPng(8, 4, [0, 90, 160]).toString('base64') };
    const page = parseHtml(renderHtml({ ...base, branding: { customer: 'Kunde AG', accent: '#8A1538', logo } }, { lang: 'de' }));
    expect(byClass(page.root, 'logo')[0]!.attrs.src).toBe(`data:image/png;base64,${logo.data}`);
    expect(page.styles[0]).toContain('--accent: #8a1538;');
    expect(text(byId(page.root, 'customer'))).toBe('Kunde AG');
  });

  test('rendered in English from a German scan, the fixed texts are English and a note says the findings are German', async () => {
    const page = parseHtml(renderHtml(await scanSample('ccr-health-de', 'de'), { lang: 'en' }));
    expect(text(byTag(page.root, 'h1')[0]!)).toBe('Exchange Server 2007 cluster health check');
    expect(text(byClass(page.root, 'note')[0]!)).toBe('Finding texts are in German, the language of the scan.');
  });
});
