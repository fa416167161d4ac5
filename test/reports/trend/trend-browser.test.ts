import { existsSync, mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import { chromium, type Browser } from 'playwright-core';
import { writeSyntheticHistory } from '../../../bench/trend-history';
import { bpa } from '../../helpers/bpa-in-process';

/**
 * The trend page in a real browser: Debian's Chromium through playwright-core, as the HTML report's test
 * does (skipped without /usr/bin/chromium on a developer's machine, failing in CI). Every request the page
 * makes is routed: anything but the page's own file: and data: URLs fails the test.
 */
const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && !process.env.CI) console.warn(`trend-browser.test.ts skipped: ${CHROMIUM} is not installed.`);
const describeInBrowser = available || process.env.CI ? describe : describe.skip;

const HOSTILE = '<img src=x onerror="document.title=\'pwned\'">';

describeInBrowser('the trend page in Chromium', () => {
  let browser: Browser;
  const dir = mkdtempSync(join(tmpdir(), 'bpa-trend-browser-'));
  const history = join(dir, 'history');
  const page = join(history, 'trend.html');
  let stderr = '';

  beforeAll(async () => {
    await writeSyntheticHistory(history, {
      nights: 21,
      servers: 6,
      gaps: [5, 6],
      damaged: [10],
      hotfixEvery: 7,
      rename: { 'EX2007-HUB2': HOSTILE },
    });
    const run = await bpa(['history', 'report', history, '--output', page, '--lang', 'de']);
    expect(run.status).toBe(0);
    stderr = run.stderr;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  test('renders the charts with their labels, fetches nothing from outside, runs nothing from a host name', async () => {
    const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const requested: string[] = [];
    const errors: string[] = [];
    await tab.route('**/*', async (route) => {
      const url = route.request().url();
      requested.push(url);
      if (url.startsWith('file:') || url.startsWith('data:')) await route.continue();
      else await route.abort();
    });
    tab.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
    });
    tab.on('pageerror', (e) => errors.push(e.message));
    await tab.goto(pathToFileURL(page).href);

    const chart = tab.locator('#severity-chart');
    const box = await chart.boundingBox();
    expect(box!.width).toBeGreaterThan(800);
    expect(box!.height).toBeGreaterThan(150);
    expect(await tab.locator('#severity-chart .x-axis-title').textContent()).toBe('Nacht');
    expect(await tab.locator('#severity-chart .y-axis-title').textContent()).toBe('Befunde');
    await expect(tab.locator('#severity-chart .y-axis-title').isVisible()).resolves.toBe(true);
    const legend = await tab.locator('#severity-chart .legend-item text').allTextContents();
    expect(legend.slice(0, 3)).toEqual(['Kritisch', 'Warnung', 'Hinweis']);
    for (const item of await tab.locator('#severity-chart .legend-item').all()) {
      expect((await item.boundingBox())!.width).toBeGreaterThan(10);
    }
    const bars = tab.locator('#severity-chart rect.bar');
    expect(await bars.count()).toBeGreaterThan(18 * 2);
    expect((await bars.first().boundingBox())!.height).toBeGreaterThan(5);
    expect((await tab.locator('#changes-chart').boundingBox())!.height).toBeGreaterThan(100);
    expect(await tab.locator('#severity-chart rect.band-gap').count()).toBe(2);
    expect(await tab.locator('#severity-chart rect.band-damaged').count()).toBe(1);

    // Six servers (the sample's four and two cloned hubs, one named with markup), the cluster, organization-wide.
    expect((await tab.locator('table.strips th').allTextContents()).sort()).toEqual(
      [
        HOSTILE,
        'CCR-CLUSTER001',
        'EX2007-CLUSTER',
        'EX2007-HUB1',
        'EX2007-HUB3',
        'EX2007-NODE1',
        'EX2007-NODE2',
        'Organisationsweit',
      ].sort(),
    );
    for (const strip of await tab.locator('svg.strip').all()) expect((await strip.boundingBox())!.width).toBeGreaterThan(800);

    expect(await tab.locator('#timeline .change-hotfixInstalled').allTextContents()).toEqual([
      'Hotfix installiert – EX2007-NODE1: KB950000',
      'Hotfix installiert – EX2007-NODE1: KB950001',
    ]);
    expect(await tab.locator('#warnings li').allTextContents()).toEqual([expect.stringContaining('20080111-001500')]);

    const href = await tab.locator('a.report-link').first().getAttribute('href');
    expect(existsSync(fileURLToPath(new URL(href!, pathToFileURL(page))))).toBe(true);

    expect(await tab.title()).toBe('Verlauf der nächtlichen Prüfungen');
    expect(await tab.locator('img').count()).toBe(0);
    expect(requested.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'))).toEqual([]);
    expect(errors).toEqual([]);
    await tab.close();
  }, 60_000);

  test('the damaged scan was named on stderr too', () => {
    expect(stderr).toMatch(/warning: scan 20080111-001500 \(2008-01-11\) is damaged: .*report\.json\.gz: damaged/);
  });
});
