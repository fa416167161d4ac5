import { cpSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { renderHtml } from '../../reports/html/render-html';
import { reasonText } from '../../reports/reason-text';
import { readBundle } from '../../src/bundle/read-bundle';
import { collectBundle } from '../../src/collect/collect-bundle';
import { buildReport } from '../../src/report/build-report';
import { analyze } from '../../src/rules/evaluate';
import { loadRules } from '../../src/rules/load-rules';
import { ROOT } from '../helpers/run-bpa';
import { englishWordsIn } from './english-words';
import { byId, parseHtml, text } from './html-dom';

jest.setTimeout(60_000);

describe('why a check was not evaluated, in German', () => {
  test.each([
    ['reg-netbt-interfaces.txt missing', 'reg-netbt-interfaces.txt fehlt'],
    ['systeminfo.txt or qfe.txt missing', 'systeminfo.txt oder qfe.txt fehlt'],
    ['systeminfo.txt missing; ex-server.txt missing', 'systeminfo.txt fehlt; ex-server.txt fehlt'],
    ['systeminfo.txt gave no server.os.servicePack', 'systeminfo.txt lieferte keinen Wert für „Windows-Service-Pack“'],
    ['qfe.txt failed: not UTF-16', 'qfe.txt nicht lesbar: not UTF-16'],
    ['no source gave adapter.role', 'keine Quelle lieferte einen Wert für „Adapterrolle“'],
    ['EX2007-NODE2: not in the bundle', 'EX2007-NODE2: nicht im Bundle'],
    ['EX2007-NODE2: systeminfo.txt missing', 'EX2007-NODE2: systeminfo.txt fehlt'],
    [
      'N1: file-versions.txt gave no server.fileVersions.tcpipSys, disks.txt failed',
      'N1: file-versions.txt lieferte keinen Wert für „Version von tcpip.sys“, disks.txt nicht lesbar',
    ],
    [
      'the hotfix lists come from different sources (N1: qfe.txt; N2: systeminfo.txt)',
      'die Hotfix-Listen stammen aus verschiedenen Quellen (N1: qfe.txt; N2: systeminfo.txt)',
    ],
    [
      'cluster.nodeValues.hotfixes: the hotfix lists come from different sources (N1: qfe.txt, systeminfo.txt | N2: systeminfo.txt)',
      '„Installierte Hotfixes je Knoten“: die Hotfix-Listen stammen aus verschiedenen Quellen (N1: qfe.txt, systeminfo.txt | N2: systeminfo.txt)',
    ],
    [
      'cluster.nodeValues.tcpipSys: N1: file-versions.txt missing; N2: not in the bundle',
      '„Version von tcpip.sys je Knoten“: N1: file-versions.txt fehlt; N2: nicht im Bundle',
    ],
    [
      'cluster.nodeValues.servicePack: N2: systeminfo.txt gave no server.os.servicePack',
      '„Windows-Service-Pack je Knoten“: N2: systeminfo.txt lieferte keinen Wert für „Windows-Service-Pack“',
    ],
    [
      'cluster.nodeValues.privateNetbios: N2: the role of adapter "LAN 2" is unknown',
      '„NetBIOS auf dem privaten Adapter je Knoten“: N2: die Rolle des Adapters „LAN 2“ ist unbekannt',
    ],
    ['adapter.role: conflicting evidence', '„Adapterrolle“: conflicting evidence'],
    ['something else entirely', 'something else entirely'],
  ])('%s', (english, german) => {
    expect(reasonText(english, 'de')).toBe(german);
    expect(reasonText(english, 'en')).toBe(english);
  });

  test('a German report of a bundle with missing files says in German what was not evaluated and why', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bpa-partial-'));
    try {
      cpSync(join(ROOT, 'samples', 'ccr-health-de'), dir, { recursive: true });
      for (const file of [
        'EX2007-NODE2/reg-netbt-interfaces.txt',
        'EX2007-NODE2/systeminfo.txt',
        'EX2007-NODE1/net-user-clusdienst.txt',
      ]) {
        rmSync(join(dir, file));
      }
      const rules = loadRules([join(ROOT, 'rules')]);
      const snapshot = collectBundle(readBundle(dir));
      const analysis = await analyze(snapshot, rules, { profile: 'health', lang: 'de' });
      const report = buildReport(snapshot, analysis, {
        profile: 'health',
        lang: 'de',
        startedAt: '2008-11-20T09:00:00.000Z',
        finishedAt: '2008-11-20T09:00:02.000Z',
        toolVersion: '0.1.0',
        rules,
      });
      expect(report.notEvaluated.length).toBeGreaterThan(5);
      const page = parseHtml(renderHtml(report, { lang: 'de' }));
      const section = text(byId(page.root, 'not-evaluated'));
      expect(section).toContain('systeminfo.txt fehlt');
      expect(englishWordsIn(section)).toEqual([]);
      const verdict = text(byId(page.root, 'verdict'));
      expect(verdict).toContain('unvollständig');
      expect(verdict).toMatch(/Das Ergebnis gilt nur für das Geprüfte: \d+ von \d+ Prüfungen wurden nicht ausgewertet\./);
      expect(englishWordsIn(verdict)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
