import { describeFormatListSource, readSourceFixture } from '../../test/helpers/format-list-source';
import { formatList } from '../../test/helpers/powershell-format-list';
import { checkResultOf, parseExReplicationHealth } from './ex-replication-health';

const FILE = 'ex-replication-health.txt';
const en = readSourceFixture('ex-replication-health', 'en.txt');
const de = readSourceFixture('ex-replication-health', 'de.txt');

describe('parseExReplicationHealth', () => {
  it('reads every check of a CCR node, with the failed and the warned one and their errors (English culture)', () => {
    const { facts, diagnostics } = parseExReplicationHealth({ text: en, file: FILE });
    expect(diagnostics).toEqual([]);
    expect(facts.checks).toHaveLength(12);
    expect(facts.checks!.filter((c) => c.result !== 'Passed')).toEqual([
      {
        check: 'FileShareQuorum',
        server: 'MBX-NODE-B',
        result: 'Failed',
        error: 'The file share witness \\\\HUB-01\\FSW_MBX-CLUSTER could not be reached from node MBX-NODE-B: Access is denied.',
      },
      {
        check: 'SGReplayQueueLength',
        server: 'MBX-NODE-B',
        result: 'Warning',
        error: "Storage group 'Third Storage Group' has a replay queue of 12 logs, more than the threshold.",
      },
    ]);
    expect(facts.checks![0]).toEqual({ check: 'PassiveNodeUp', server: 'MBX-NODE-B', result: 'Passed' });
  });

  it('reads a German-culture node: the same property names and result words, the error in German', () => {
    const { facts, diagnostics } = parseExReplicationHealth({ text: de, file: FILE });
    expect(diagnostics).toEqual([]);
    expect(facts.checks!.filter((c) => c.result === 'Passed')).toHaveLength(11);
    expect(facts.checks!.find((c) => c.result !== 'Passed')).toEqual({
      check: 'SGCopyQueueLength',
      server: 'EX2007-NODE2',
      result: 'Warning',
      error: 'Die Kopierwarteschlange der Speichergruppe „SG2“ ist seit 5 Minuten länger als 10 Protokolle (14).',
    });
  });

  it.each([
    ['Passed', 'Passed'],
    ['passed', 'Passed'],
    ['*FAILED*', 'Failed'],
    ['Failed', 'Failed'],
    ['*WARNING*', 'Warning'],
    ['Warning', 'Warning'],
    ['Bestanden', 'Bestanden'],
  ])('reads the result %s as %s', (text, result) => {
    expect(checkResultOf(text)).toBe(result);
  });

  it('keeps an unknown result word as printed and notes it with its line', () => {
    const text = formatList([
      [
        ['Server', 'N1'],
        ['Check', 'QuorumGroup'],
        ['Result', 'Fehlgeschlagen'],
        ['Error', 'x'],
      ],
    ]);
    const { facts, diagnostics } = parseExReplicationHealth({ text, file: FILE });
    expect(facts.checks).toEqual([{ check: 'QuorumGroup', server: 'N1', result: 'Fehlgeschlagen', error: 'x' }]);
    expect(diagnostics).toEqual([
      { file: FILE, line: 3, severity: 'info', message: "check QuorumGroup: unknown Result 'Fehlgeschlagen', kept as printed" },
    ]);
  });

  it('skips a record without a check name, with a warning', () => {
    const text = formatList([
      [
        ['Server', 'N1'],
        ['Result', 'Passed'],
      ],
    ]);
    const { facts, diagnostics } = parseExReplicationHealth({ text, file: FILE });
    expect(facts.checks).toEqual([]);
    expect(diagnostics.map((d) => d.message)).toEqual(['replication health check without a name or identity: skipped']);
  });

  describeFormatListSource({ parser: parseExReplicationHealth, file: FILE, fixtures: { en, de } });
});
