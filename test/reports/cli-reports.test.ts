import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { describeErrors, namedValidator } from '../../src/shared/ajv';
import { ReportSchema, type Report } from '../../src/report/report-schema';
import { bpa, type InProcessRun } from '../helpers/bpa-in-process';
import { byId, byTag, parseHtml, text } from './html-dom';
import { extractText } from './pdf-reading';
import { solidPng } from './png';

// bpa's command line runs in process here (a scan, a report): a limit for a loaded machine, not jest's 5 s.
jest.setTimeout(60_000);

/** bpa's command line (in process): scan to HTML and PDF with branding, then render again. */
describe('bpa scan --format json,html,pdf with branding, and bpa report from the saved JSON', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bpa-reports-'));
  const logo = join(dir, 'logo.png');
  writeFileSync(logo, solidPng(60, 30, [20, 60, 120]));
  let scan: InProcessRun;
  let again: InProcessRun;
  const saved = join(dir, 'bpa-Müller-Logistik-GmbH-Co-KG-2008-11-20.json');
  const againPdf = join(dir, 'again.pdf');
  // Both runs at set-up, with a limit of their own for the seconds two PDF layout passes take on a busy machine.
  beforeAll(async () => {
    scan = await bpa([
      'scan',
      'samples/ccr-health-de',
      '--lang',
      'de',
      '--format',
      'json,html,pdf',
      '--output',
      `${dir}/`,
      '--customer',
      'Müller Logistik GmbH & Co. KG',
      '--accent',
      '#8A1538',
      '--logo',
      logo,
    ]);
    again = await bpa([
      'report',
      saved,
      '--format',
      'pdf',
      '--lang',
      'en',
      '--consultant',
      'Beispiel Consulting AG',
      '--output',
      againPdf,
    ]);
  }, 120_000);

  test('writes the three files and exits 1 for the critical findings', () => {
    expect(scan.stderr).toBe('');
    expect(scan.status).toBe(1);
    expect(scan.stdout).toContain(join(dir, 'bpa-Müller-Logistik-GmbH-Co-KG-2008-11-20.pdf'));
    expect(readFileSync(join(dir, 'bpa-Müller-Logistik-GmbH-Co-KG-2008-11-20.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  test('the JSON carries what the reports need: rule texts, branding with the logo, the snapshot hash', () => {
    const report = JSON.parse(readFileSync(saved, 'utf8')) as Report;
    const validate = namedValidator('report', () => ReportSchema);
    expect(validate(report) ? [] : describeErrors(validate.errors)).toEqual([]);
    expect(report.branding).toEqual({
      customer: 'Müller Logistik GmbH & Co. KG',
      accent: '#8a1538',
      logo: { mediaType: 'image/png', data: readFileSync(logo).toString('base64') },
    });
    expect(report.findings.every((f) => typeof f.rationale === 'string' && f.rationale.length > 20)).toBe(true);
    expect(Object.keys(report.findings[0]!)).toEqual(
      expect.arrayContaining(['title', 'message', 'rationale', 'evidence', 'remediation', 'references']),
    );
    expect(report.scan.snapshotSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  test('the HTML shows the branding', () => {
    const page = parseHtml(readFileSync(join(dir, 'bpa-Müller-Logistik-GmbH-Co-KG-2008-11-20.html'), 'utf8'));
    expect(text(byId(page.root, 'customer'))).toBe('Müller Logistik GmbH & Co. KG');
    expect(byTag(page.root, 'img')[0]!.attrs.src).toMatch(/^data:image\/png;base64,/);
  });

  test('bpa report renders the saved result again as PDF, without the bundle, in English on request', async () => {
    expect(again.stderr).toBe('');
    expect(again.status).toBe(0);
    const cover = (await extractText(readFileSync(againPdf))).pages[0]!.replace(/\s*\n\s*/g, ' ');
    expect(cover).toContain('Exchange Server 2007 cluster health check');
    expect(cover).toContain('PREPARED FORMüller Logistik GmbH & Co. KG');
    expect(cover).toContain('PREPARED BYBeispiel Consulting AG');
  });

  test('bpa report --format html to standard output', async () => {
    const run = await bpa(['report', saved, '--format', 'html']);
    expect(run.status).toBe(0);
    expect(text(byTag(parseHtml(run.stdout).root, 'h1')[0]!)).toBe('Exchange Server 2007 Cluster – Zustandsprüfung');
  });
});

describe('the branding of bpa.config.json', () => {
  test('bpa scan takes it, the logo relative to the file, and the flags win', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bpa-config-'));
    writeFileSync(join(dir, 'logo.png'), solidPng(10, 10, [200, 0, 0]));
    writeFileSync(
      join(dir, 'bpa.config.json'),
      JSON.stringify({ branding: { consultant: 'Config Consulting', logo: 'logo.png' } }),
    );
    const run = await bpa(['scan', join(process.cwd(), 'samples/ccr-health-de'), '--accent', '#aa0000', '--format', 'json'], {
      cwd: dir,
    });
    const report = JSON.parse(run.stdout) as Report;
    expect(report.branding).toEqual({
      consultant: 'Config Consulting',
      accent: '#aa0000',
      logo: { mediaType: 'image/png', data: solidPng(10, 10, [200, 0, 0]).toString('base64') },
    });
  });

  test('bpa report: the flags win, then the branding saved with the scan, then the configuration file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bpa-config-'));
    writeFileSync(
      join(dir, 'bpa.config.json'),
      JSON.stringify({ branding: { customer: 'Config AG', consultant: 'Config Consulting' } }),
    );
    const report = JSON.parse((await bpa(['scan', 'samples/ccr-health-de', '--format', 'json'])).stdout) as Report;
    const file = join(dir, 'findings.json');
    writeFileSync(file, JSON.stringify({ ...report, branding: { customer: 'Saved GmbH' } }));
    const run = await bpa(['report', file, '--format', 'html', '--accent', '#112233'], { cwd: dir });
    expect(run.stderr).toBe('');
    const page = parseHtml(run.stdout);
    expect(text(byId(page.root, 'customer'))).toBe('Saved GmbH');
    expect(text(byId(page.root, 'consultant'))).toBe('Config Consulting');
    expect(page.styles[0]).toContain('--accent: #112233;');
  });
});

describe('branding options: a mistake is one line and exit 2', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bpa-branding-'));

  test.each([
    [['--accent', 'blue'], "bpa: option '--accent <colour>' argument 'blue' is invalid. expected a colour as #rrggbb"],
    [['--logo', join(dir, 'missing.png')], `bpa: --logo ${join(dir, 'missing.png')}: cannot read (ENOENT)`],
    [['--logo', 'README.md'], 'bpa: --logo README.md: not a PNG or JPEG image'],
    [['--customer', '  '], "bpa: option '--customer <name>' argument '  ' is invalid. it is empty."],
  ])('bpa scan %j', async (args, message) => {
    const run = await bpa(['scan', 'samples/ccr-health-de', '--format', 'html', '--output', join(dir, 'x.html'), ...args]);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')[0]).toContain(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  test('a damaged PNG is refused before anything is rendered', async () => {
    const broken = join(dir, 'broken.png');
    const png = solidPng(30, 30, [1, 2, 3], 200);
    png.fill(0x41, 45, 70);
    writeFileSync(broken, png);
    const run = await bpa(['scan', 'samples/ccr-health-de', '--format', 'pdf', '--output', join(dir, 'x.pdf'), '--logo', broken]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^bpa: --logo .*broken\.png: damaged PNG image \(/);
  });

  test('a findings file with a bad accent colour is refused, naming the file', async () => {
    const file = join(dir, 'bad.json');
    const report = JSON.parse((await bpa(['scan', 'samples/ccr-health-de', '--format', 'json'])).stdout) as Report;
    writeFileSync(file, JSON.stringify({ ...report, branding: { accent: 'red' } }));
    const run = await bpa(['report', file, '--format', 'html']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`bpa: ${file}: not a bpa findings file`);
    expect(run.stderr).toContain('/branding/accent');
  });
});
