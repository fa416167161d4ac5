import { renderTrendHtml } from '../../../reports/trend/render-trend-html';
import type { TrendModel } from '../../../src/history/trend/model';
import { HOSTILE_HOST } from '../../history/trend/trend-fixtures';
import { englishValuesIn, englishWordsIn, htmlCells, visibleHtmlText } from '../english-words';
import { all, byClass, byId, byTag, parseHtml, text, type Element } from '../html-dom';
import { weekTrend } from './trend-model-fixture';

const render = (model: TrendModel, lang: 'en' | 'de') => renderTrendHtml(model, { lang, toolVersion: '9.9.9' });

describe('the trend page (HTML)', () => {
  const model = weekTrend();
  const html = render(model, 'en');
  const { root, scripts, styles } = parseHtml(html);
  const texts = (els: Element[]) => els.map((e) => text(e).trim());

  test('is self-contained: one hashed style, no script, a policy that fetches nothing', () => {
    expect(scripts).toEqual([]);
    expect(styles).toHaveLength(1);
    const csp = all(root, (e) => e.tag === 'meta' && e.attrs['http-equiv'] === 'Content-Security-Policy')[0]!.attrs.content;
    expect(csp).toMatch(/^default-src 'none'; img-src data:; style-src 'sha256-[A-Za-z0-9+/=]+'; script-src 'none'/);
    const urls = all(root, (e) => e.attrs.src !== undefined || (e.tag === 'link' && e.attrs.href !== undefined));
    expect(urls).toEqual([]);
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });

  test('the severity chart is an inline SVG with both axis titles, tick labels and a legend', () => {
    const chart = byId(root, 'severity-chart');
    expect(texts(byClass(chart, 'x-axis-title'))).toEqual(['Night']);
    expect(texts(byClass(chart, 'y-axis-title'))).toEqual(['Findings']);
    expect(texts(byClass(chart, 'x-tick'))).toContain('17 Nov 2008');
    expect(texts(byClass(chart, 'y-tick'))).toEqual(['0', '1', '2']);
    expect(texts(byClass(chart, 'legend-item'))).toEqual([
      'Critical',
      'Warning',
      'Information',
      'No scan',
      'Damaged scan',
      'Other profile',
      'Checks changed',
    ]);
    const bars = byClass(chart, 'bar');
    expect(bars.map((b) => `${b.attrs.class} ${text(byTag(b, 'title')[0]!)}`)).toEqual([
      'bar bar-critical 17 Nov 2008: 1 Critical',
      'bar bar-warning 17 Nov 2008: 1 Warning',
      'bar bar-critical 18 Nov 2008: 1 Critical',
      'bar bar-warning 18 Nov 2008: 1 Warning',
      'bar bar-warning 21 Nov 2008: 1 Warning',
      'bar bar-critical 22 Nov 2008: 1 Critical',
      'bar bar-warning 22 Nov 2008: 1 Warning',
    ]);
  });

  test('gaps, the damaged night and the other profile are bands of their own, never empty bars', () => {
    const chart = byId(root, 'severity-chart');
    const bands = byClass(chart, 'band').map((b) => `${b.attrs.class} ${text(byTag(b, 'title')[0]!)}`);
    expect(bands).toEqual([
      'band band-gap 19 Nov 2008: No scan',
      'band band-damaged 20 Nov 2008: Damaged scan',
      'band band-otherProfile 21 Nov 2008: Other profile',
    ]);
    expect(byClass(chart, 'rules-changed')).toHaveLength(1);
    expect(text(byId(root, 'gaps'))).toBe('Nights without a scan: 19 Nov 2008');
  });

  test('a damaged scan is named in a warning on the page', () => {
    expect(texts(byTag(byId(root, 'warnings'), 'li'))).toEqual([
      expect.stringMatching(/^Scan 20081120-001500 of 20 Nov 2008 is damaged and was not read \(report\.json\.gz\)/),
    ]);
  });

  test('one strip per server (the hostile name as text) and one for organization-wide findings', () => {
    const rows = byClass(byId(root, 'strips'), 'strip-row');
    expect(rows.map((r) => text(byTag(r, 'th')[0]!))).toEqual([
      '<img src=x onerror="document.title=\'pwned\'">⟨U+202E⟩exe',
      'NODE1',
      'NODE2',
      'Organization-wide',
    ]);
    const node1 = byClass(rows[1]!, 'cell').map((c) => text(byTag(c, 'title')[0]!));
    expect(node1).toEqual([
      '17 Nov 2008 – 18 Nov 2008: Critical',
      '19 Nov 2008: No scan',
      '20 Nov 2008: Damaged scan',
      '21 Nov 2008: Warning (Other profile)',
      '22 Nov 2008: No findings',
    ]);
  });

  test('open findings with the night they first appeared', () => {
    const rows = byTag(byTag(byId(root, 'open'), 'tbody')[0]!, 'tr').map((r) => texts(byTag(r, 'td')).join(' | '));
    expect(rows).toEqual([
      'Warning | OS-001 | <img src=x onerror="document.title=\'pwned\'">⟨U+202E⟩exe | OS-001 title | 18 Nov 2008 | 18 Nov 2008',
      'Critical | CLU-010 | NODE2 | CLU-010 title | 22 Nov 2008 | 22 Nov 2008',
    ]);
  });

  test('the timeline lists the configuration changes with their server', () => {
    const entries = byClass(byId(root, 'timeline'), 'timeline-entry');
    expect(entries.map((e) => text(byTag(e, 'h3')[0]!))).toEqual([
      '18 Nov 2008 (compared with the scan of 17 Nov 2008)',
      '22 Nov 2008 (compared with the scan of 21 Nov 2008)',
    ]);
    expect(entries.map((e) => e.attrs['data-id'])).toEqual(['20081118-001500', '20081122-001500']);
    expect(texts(byClass(entries[0]!, 'change'))).toEqual([
      'Server added – <img src=x onerror="document.title=\'pwned\'">⟨U+202E⟩exe',
      'Hotfix installed – NODE1: KB950050',
    ]);
    expect(texts(byClass(entries[1]!, 'change'))).toEqual([
      'Windows service pack – NODE1: 2 → 3',
      'Binding order – NODE2: LAN, Heartbeat → Heartbeat, LAN',
    ]);
  });

  test('every night has a row: state, counts, new and resolved, notes and the link to its stored report', () => {
    const rows = byClass(byId(root, 'nights'), 'night');
    expect(rows.map((r) => `${r.attrs['data-day']} ${text(byClass(r, 'state')[0]!)}`)).toEqual([
      '2008-11-17 Scanned',
      '2008-11-18 Scanned',
      '2008-11-19 No scan',
      '2008-11-20 Damaged scan',
      '2008-11-21 Other profile',
      '2008-11-22 Scanned',
    ]);
    const links = byClass(byId(root, 'nights'), 'report-link').map((a) => a.attrs.href);
    expect(links).toEqual([
      'entries/20081117-001500/report.json.gz',
      'entries/20081118-001500/report.json.gz',
      'entries/20081121-001500/report.json.gz',
      'entries/20081122-001500/report.json.gz',
    ]);
    const last = text(rows[5]!);
    expect(last).toContain('bpa 0.1.0 → 0.2.0');
    expect(last).toContain('checks added: CLU-010');
    expect(last).toContain('profile changed: Readiness check before installation → Health check of running servers');
    expect(last).toContain('compared with the scan of 18 Nov 2008');
  });

  test('markup in a host name stays text everywhere: no element or attribute comes from it', () => {
    expect(all(root, (e) => e.tag === 'img')).toEqual([]);
    expect(all(root, (e) => Object.keys(e.attrs).some((a) => a.startsWith('on')))).toEqual([]);
    expect(html).not.toContain(HOSTILE_HOST);
    expect(html).not.toContain('\u202E');
  });

  test('German: every fixed text and value is German', () => {
    const page = render(model, 'de');
    const de = parseHtml(page);
    const visible = visibleHtmlText(page).replace(/<img[^>]*>⟨U\+202E⟩exe/g, '');
    expect(texts(byClass(byId(de.root, 'severity-chart'), 'x-axis-title'))).toEqual(['Nacht']);
    expect(texts(byClass(byId(de.root, 'severity-chart'), 'y-axis-title'))).toEqual(['Befunde']);
    expect(visible).toContain('Nächte ohne Prüfung: 19.11.2008');
    expect(visible).toContain('Windows-Service-Pack – NODE1 : 2 → 3');
    expect(englishWordsIn(visible, ['OS-001 title', 'CLU-010 title'])).toEqual([]);
    expect(englishValuesIn(htmlCells(page))).toEqual([]);
  });
});
