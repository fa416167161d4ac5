// @ts-nocheck
import { itReadsEveryVariantOfTheCmdCapture, readCmdFixture } from '../../test/helpers/cmd-source';
import { wrapAsConsole } from '../../test/helpers/parser-robustness';
import { splitLines } from '../shapes/lines';
import { detectLanguage, parseClusterRes } from './cluster-res';

// Fixtures: test/fixtures/sources/cluster-res/{en,de}.txt, written as cluster.exe prints `cluster res`
// (message file layout, `%-20s %-20s %-15s %s` rows, CRLF; German in CP850) for an Exchange 2007 CCR
// cluster: its resource names are longer than their column and push the rest of their row right, past
// 80 columns, so a console copy wraps them.
const FILE = 'cluster-res.txt';
const en = readCmdFixture('cluster-res', 'en.txt');
const de = readCmdFixture('cluster-res', 'de.txt');
const parse = (text: string) => parseClusterRes({ text, file: FILE });

describe('parseClusterRes', () => {
  it('reads the resources of an English capture of a CCR cluster', () => {
    const { facts, diagnostics, language } = parse(en);
    expect(diagnostics).toEqual([]);
    expect(language).toBe('en');
    expect(facts.resources!.map((r) => [r.name, r.group, r.node, r.state])).toEqual([
      ['Cluster IP Address', 'Cluster Group', 'EXNODE1', 'online'],
      ['Cluster Name', 'Cluster Group', 'EXNODE1', 'online'],
      ['Majority Node Set', 'Cluster Group', 'EXNODE1', 'online'],
      ['IP Address (10.1.1.20)', 'CCR-CLUSTER001', 'EXNODE1', 'online'],
      ['Network Name (CCR-CLUSTER001)', 'CCR-CLUSTER001', 'EXNODE1', 'online'],
      ['Exchange Information Store Instance (CCR-CLUSTER001)', 'CCR-CLUSTER001', 'EXNODE1', 'online'],
      ['Exchange System Attendant Instance (CCR-CLUSTER001)', 'CCR-CLUSTER001', 'EXNODE1', 'onlinePending'],
      ['First Storage Group/Mailbox Database (CCR-CLUSTER001)', 'CCR-CLUSTER001', 'EXNODE1', 'failed'],
    ]);
    expect(facts.resources![6]).toEqual({
      name: 'Exchange System Attendant Instance (CCR-CLUSTER001)',
      group: 'CCR-CLUSTER001',
      node: 'EXNODE1',
      state: 'onlinePending',
      stateText: 'Online Pending',
    });
  });

  it('reads the resources of a German capture (CP850)', () => {
    const { facts, diagnostics, language } = parse(de);
    expect(diagnostics).toEqual([]);
    expect(language).toBe('de');
    expect(facts.resources!.map((r) => [r.name, r.group, r.state, r.stateText])).toEqual([
      ['Cluster-IP-Adresse', 'Clustergruppe', 'online', 'Online'],
      ['Clustername', 'Clustergruppe', 'online', 'Online'],
      ['Hauptknotensatz', 'Clustergruppe', 'online', 'Online'],
      ['Exchange Information Store Instance (CCR-CLUSTER001)', 'CCR-CLUSTER001', 'onlinePending', 'Online ausstehend'],
      ['Exchange System Attendant Instance (CCR-CLUSTER001)', 'CCR-CLUSTER001', 'failed', 'Fehler'],
    ]);
  });

  it('joins rows a console copy wrapped at 80 columns, wherever the break falls', () => {
    const wrapped = wrapAsConsole(en, 80);
    expect(splitLines(wrapped).length).toBeGreaterThan(splitLines(en).length);
    expect(parse(wrapped).facts).toEqual(parse(en).facts);
  });

  it.each([
    ['Offline', 'offline'],
    ['Offline Pending', 'offlinePending'],
    ['Pending', 'pending'],
    ['Initializing', 'initializing'],
    ['Inherited', 'inherited'],
    ['Unknown', 'unknown'],
    ['Offline ausstehend', 'offlinePending'],
    ['Wird initialisiert', 'initializing'],
  ])('maps the status %s to %s', (word, state) => {
    const text = [
      'Resource             Group                Node            Status',
      '-------------------- -------------------- --------------- ------',
      `Majority Node Set    Cluster Group        EXNODE1         ${word}`,
      '',
    ].join('\r\n');
    expect(parse(text).facts.resources![0]!.state).toBe(state);
  });

  it('says which columns it found when the table is not a resource table', () => {
    const text = [
      'Group                Node            Status',
      '-------------------- --------------- ------',
      'Cluster Group        EXNODE1         Online',
      '',
    ].join('\r\n');
    expect(parse(text)).toEqual({
      facts: {},
      diagnostics: [
        {
          file: FILE,
          line: 1,
          severity: 'error',
          message: 'unexpected table: 3 columns (Group, Node, Status) where 4 were expected',
        },
      ],
    });
  });

  it('tells the language from the intro and header', () => {
    expect(detectLanguage(splitLines(en))).toBe('en');
    expect(detectLanguage(splitLines(de))).toBe('de');
  });

  itReadsEveryVariantOfTheCmdCapture({ parser: parseClusterRes, file: FILE, fixtures: { en, de }, noFacts: {} });
});
