import { cpSync, mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { bpa, type InProcessRun } from '../helpers/bpa-in-process';
import { byId, byTag, parseHtml, text } from './html-dom';
import { enableNetbiosOnNode2 } from './extras-report';
import { extractText } from './pdf-reading';

// Two scans through bpa's command line (in process), each rendering the PDF twice.
jest.setTimeout(120_000);

describe('bpa scan --history --format html,pdf: the second scan shows what changed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bpa-history-reports-'));
  const bundle = join(dir, 'bundle');
  cpSync('samples/ccr-health-de', bundle, { recursive: true });
  const scan = (out: string) =>
    bpa([
      'scan',
      bundle,
      '--history',
      join(dir, 'history'),
      '--format',
      'html,pdf',
      '--lang',
      'de',
      '--output',
      join(dir, out) + '/',
    ]);
  let first: InProcessRun;
  let second: InProcessRun;
  beforeAll(async () => {
    first = await scan('night1');
    enableNetbiosOnNode2(bundle);
    second = await scan('night2');
  });

  test('both scans run; only the second has a "Seit dem letzten Scan" section', () => {
    expect([first.stderr, second.stderr]).toEqual(['', '']);
    const html1 = parseHtml(readFileSync(join(dir, 'night1', 'bpa-Müller-Logistik-GmbH-2008-11-20.html'), 'utf8'));
    expect(() => byId(html1.root, 'changes')).toThrow();
  });

  test('the HTML shows the NetbiosOptions change on EX2007-NODE2 Heartbeat', () => {
    const page = parseHtml(readFileSync(join(dir, 'night2', 'bpa-Müller-Logistik-GmbH-2008-11-20.html'), 'utf8'));
    const rows = byTag(byId(page.root, 'changes'), 'tr').map(text);
    expect(rows).toContain('EX2007-NODE2 adapters[Heartbeat].netbiosOptions geändert 2 → 1 reg-netbt-interfaces.txt');
  });

  test('the PDF shows it too', async () => {
    const pdf = await extractText(readFileSync(join(dir, 'night2', 'bpa-Müller-Logistik-GmbH-2008-11-20.pdf')));
    const page = pdf.pages.find((p) => p.includes('Seit dem letzten Scan\n'))!.replace(/\s*\n\s*/g, ' ');
    expect(page).toMatch(/EX2007-NODE2\s*adapters\[Heartbeat\]\.netbiosOptions\s*\(geändert\)\s*2 → 1/);
    expect(page).toMatch(/NET-002\s*EX2007-NODE2 · Heartbeat/);
  });
});
