import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { pathToFileURL } from 'url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { renderHtml } from '../../reports/html/render-html';
import type { Report } from '../../src/report/report-schema';
import { HOSTILE_HOST, hostileReport, scanSample } from './sample-report';

/**
 * The HTML report in a real browser: Debian's Chromium (never a downloaded one), driven by playwright-core.
 * Without /usr/bin/chromium the suite is skipped on a developer's machine, and fails in CI (CI is set).
 */
const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && !process.env.CI) {
  console.warn(`html-browser.test.ts skipped: ${CHROMIUM} is not installed (apt-get install chromium); in CI it runs.`);
}
const describeInBrowser = available || process.env.CI ? describe : describe.skip;

describeInBrowser('the HTML report in Chromium', () => {
  let browser: Browser;
  let report: Report;
  const dir = mkdtempSync(join(tmpdir(), 'bpa-html-'));

  beforeAll(async () => {
    report = await scanSample('ccr-health-de', 'de');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  /** Opens a report from a file, as from an e-mail attachment, collecting console errors and page errors. */
  async function open(html: string, name: string): Promise<{ page: Page; errors: string[] }> {
    const file = join(dir, name);
    writeFileSync(file, html);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(pathToFileURL(file).href);
    return { page, errors };
  }

  const visible = (page: Page) => page.locator('article.finding:visible').count();

  test('runs without a console error, and a severity filter changes the list', async () => {
    const { page, errors } = await open(renderHtml(report, { lang: 'de' }), 'de.html');
    await page.locator('#toolbar').waitFor({ state: 'visible' });
    expect(await visible(page)).toBe(report.findings.length);
    await page.getByRole('button', { name: /^Kritisch/ }).click();
    expect(await visible(page)).toBe(report.findings.length - report.summary.critical);
    expect(await page.locator('#filter-status').textContent()).toBe(
      `${report.findings.length - report.summary.critical} von ${report.findings.length} Befunden angezeigt`,
    );
    expect(await page.locator('section.group[data-group="critical"]').isHidden()).toBe(true);
    await page.getByRole('button', { name: /^Kritisch/ }).click();
    expect(await visible(page)).toBe(report.findings.length);
    expect(errors).toEqual([]);
    await page.close();
  }, 30_000);

  test('search, the server filter from the table, grouping by category and reset', async () => {
    const { page, errors } = await open(renderHtml(report, { lang: 'de' }), 'de.html');
    await page.locator('#filter-search').fill('NET-002');
    expect(await visible(page)).toBe(report.findings.filter((f) => f.ruleId === 'NET-002').length);
    await page.locator('#filter-search').fill('');
    await page.locator('#overview a[data-key="EX2007-NODE2"]').click();
    expect(await visible(page)).toBe(report.findings.filter((f) => f.server === 'EX2007-NODE2').length);
    await page.locator('#toolbar button[type="reset"]').click();
    await page.locator('#group-by').selectOption('category');
    const groups = await page
      .locator('#finding-list section.group')
      .evaluateAll((s) => s.map((g) => g.getAttribute('data-group')));
    expect(new Set(groups)).toEqual(new Set(report.findings.map((f) => f.category)));
    expect(await visible(page)).toBe(report.findings.length);
    expect(errors).toEqual([]);
    await page.close();
  }, 30_000);

  test('prints cleanly: no filter controls or contents, no finding or table row cut by a page break', async () => {
    const { page } = await open(renderHtml(report, { lang: 'de', timeZone: 'Europe/Berlin' }), 'de.html');
    await page.setViewportSize({ width: 1280, height: 1560 });
    const screenshot = await page.screenshot({ fullPage: false });
    expect(screenshot.subarray(1, 4).toString('latin1')).toBe('PNG');
    const shots = process.env.BPA_SCREENSHOTS;
    if (shots) {
      mkdirSync(shots, { recursive: true });
      writeFileSync(join(shots, 'html-report.png'), screenshot);
    }
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#toolbar').isHidden()).toBe(true);
    expect(await page.locator('nav.toc').isHidden()).toBe(true);
    expect(await page.locator('#filter-status').isHidden()).toBe(true);
    for (const selector of ['article.finding', '.verdict', 'table.evidence tr', 'table.inventory tr', '.cause']) {
      const value = await page.evaluate(`getComputedStyle(document.querySelector(${JSON.stringify(selector)})).breakInside`);
      expect([selector, value]).toEqual([selector, 'avoid']);
    }
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page.close();
  }, 30_000);

  test('has no horizontal scroll bar at 1280 pixels, also with a host name of 200 characters', async () => {
    const long = `EX${'0123456789'.repeat(19)}LONG-NAME`.slice(0, 200);
    expect(long).toHaveLength(200);
    const rename = (name: string | undefined) => (name === 'EX2007-NODE1' ? long : name);
    const wide: Report = {
      ...report,
      scan: { ...report.scan, servers: report.scan.servers.map((s) => rename(s)!), customer: `${long} GmbH` },
      findings: report.findings.map((f) => ({
        ...f,
        ...(f.server ? { server: rename(f.server)! } : {}),
        message: f.message.replace(/EX2007-NODE1/g, long),
      })),
      inventory: {
        ...report.inventory!,
        servers: report.inventory!.servers.map((s) => ({ ...s, name: rename(s.name)! })),
        clusters: report.inventory!.clusters.map((c) => ({ ...c, nodes: c.nodes.map((n) => ({ ...n, name: rename(n.name)! })) })),
      },
    };
    for (const [name, r] of [
      ['sample', report],
      ['long', wide],
    ] as const) {
      const { page } = await open(renderHtml(r, { lang: 'de' }), `${name}.html`);
      // Every finding laid out (content-visibility skips those off screen); the page's CSP allows the CSSOM.
      await page
        .locator('article.finding')
        .evaluateAll((all) =>
          all.forEach((e) =>
            (e as unknown as { style: { setProperty(p: string, v: string): void } }).style.setProperty(
              'content-visibility',
              'visible',
            ),
          ),
        );
      const [scrollWidth, clientWidth] = (await page.evaluate(
        '[document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]',
      )) as [number, number];
      expect([name, scrollWidth]).toEqual([name, clientWidth]);
      expect(clientWidth).toBe(1280);
      if (name === 'long') expect(await page.getByText(long).first().isVisible()).toBe(true);
      await page.close();
    }
  }, 60_000);

  test('a screenshot of one finding is readable on its own: severity, id, server, target and message in its head', async () => {
    const { page } = await open(renderHtml(report, { lang: 'de' }), 'de.html');
    const index = report.findings.findIndex((f) => f.ruleId === 'NET-002');
    const finding = page.locator(`#f${index + 1}`);
    await finding.scrollIntoViewIfNeeded();
    const head = finding.locator('.finding-head');
    await expect(head.locator('.badge').textContent()).resolves.toBe('Warnung');
    await expect(head.locator('.rule-id').textContent()).resolves.toBe('NET-002');
    await expect(head.locator('.server').textContent()).resolves.toBe('EX2007-NODE1');
    await expect(head.locator('.target').textContent()).resolves.toBe('Heartbeat');
    await expect(head.locator('.message').textContent()).resolves.toBe(report.findings[index]!.message);
    const box = (await head.boundingBox())!;
    for (const part of ['.badge', '.rule-id', '.target', 'h4', '.message']) {
      const inner = (await head.locator(part).boundingBox())!;
      expect(inner.y).toBeGreaterThanOrEqual(box.y);
      expect(inner.y + inner.height).toBeLessThanOrEqual(box.y + box.height + 0.5);
    }
    expect(box.height).toBeLessThan(200);
    const shot = await finding.screenshot();
    expect(shot.subarray(1, 4).toString('latin1')).toBe('PNG');
    const shots = process.env.BPA_SCREENSHOTS;
    if (shots) writeFileSync(join(shots, 'html-finding.png'), shot);
    await page.close();
  }, 30_000);

  test('a hostile host name does not execute: no element, no changed title, no error', async () => {
    const hostile = hostileReport(await scanSample('ccr-health-de', 'en'));
    const { page, errors } = await open(renderHtml(hostile, { lang: 'en' }), 'hostile.html');
    await page.locator('#toolbar').waitFor({ state: 'visible' });
    expect(await page.title()).toContain('"><script>');
    expect(await page.title()).not.toBe('pwned');
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('article.finding .server').first().textContent()).toBe(HOSTILE_HOST);
    expect(errors).toEqual([]);
    await page.close();
  }, 30_000);
});
