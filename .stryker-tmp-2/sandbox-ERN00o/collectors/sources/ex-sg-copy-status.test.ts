// @ts-nocheck
import { readFileSync } from 'fs';
import { join } from 'path';
import { decodeCapture } from '../../src/bundle/decode';
import { describeFormatListSource, readSourceFixture } from '../../test/helpers/format-list-source';
import { formatList } from '../../test/helpers/powershell-format-list';
import { parseExSgCopyStatus } from './ex-sg-copy-status';

const FILE = 'ex-sg-copy-status.txt';
const en = readSourceFixture('ex-sg-copy-status', 'en.txt');
const de = readSourceFixture('ex-sg-copy-status', 'de.txt');

describe('parseExSgCopyStatus', () => {
  const healthy = [
    {
      identity: 'CCR-CLUSTER001\\First Storage Group',
      server: 'CCR-CLUSTER001',
      storageGroupName: 'First Storage Group',
      summaryCopyStatus: 'Healthy',
      failed: false,
      seeding: false,
      suspend: false,
      copyQueueLength: 0,
      replayQueueLength: 0,
      latestAvailableLogTime: '2008-03-14T10:20:05',
      lastCopiedLogTime: '2008-03-14T10:20:05',
      lastInspectedLogTime: '2008-03-14T10:20:05',
      lastReplayedLogTime: '2008-03-14T10:20:05',
    },
    {
      identity: 'CCR-CLUSTER001\\Second Storage Group',
      server: 'CCR-CLUSTER001',
      storageGroupName: 'Second Storage Group',
      summaryCopyStatus: 'Healthy',
      failed: false,
      seeding: false,
      suspend: false,
      copyQueueLength: 1,
      replayQueueLength: 3,
      latestAvailableLogTime: '2008-03-14T10:19:58',
      lastCopiedLogTime: '2008-03-14T10:19:58',
      lastInspectedLogTime: '2008-03-14T10:19:58',
      lastReplayedLogTime: '2008-03-14T10:19:58',
    },
  ];

  it('reads healthy copies with their queues and log times (English culture)', () => {
    const { facts, diagnostics } = parseExSgCopyStatus({ text: en, file: FILE });
    expect(diagnostics).toEqual([]);
    expect(facts.copies).toEqual(healthy);
  });

  it('reads the UTF-16LE file PowerShell > writes, through decodeCapture', () => {
    const bytes = readFileSync(join(__dirname, '../../test/fixtures/sources/ex-sg-copy-status/en-utf16le.txt'));
    const decoded = decodeCapture(bytes);
    expect(decoded.encoding).toBe('utf-16le');
    expect(parseExSgCopyStatus({ text: decoded.text, file: FILE }).facts.copies).toEqual(healthy);
  });

  it('reads a failed and a suspended copy (German culture, wrapped message)', () => {
    const { facts, diagnostics } = parseExSgCopyStatus({ text: de, file: FILE });
    expect(diagnostics).toEqual([]);
    expect(facts.copies).toEqual([
      {
        identity: 'CCR-CLUSTER001\\First Storage Group',
        server: 'CCR-CLUSTER001',
        storageGroupName: 'First Storage Group',
        summaryCopyStatus: 'Failed',
        failed: true,
        seeding: false,
        suspend: false,
        failedMessage:
          'Der Microsoft Exchange-Replikationsdienst hat einen Fehler beim Überprüfen der Protokolldatei ' +
          'E00000050E5.log festgestellt. Die Protokolldatei ist beschädigt.',
        copyQueueLength: 112,
        replayQueueLength: 0,
        latestAvailableLogTime: '2008-03-14T10:20:05',
        lastCopiedLogTime: '2008-03-14T10:20:05',
        lastInspectedLogTime: '2008-03-14T10:20:05',
        lastReplayedLogTime: '2008-03-14T10:20:05',
      },
      {
        identity: 'CCR-CLUSTER001\\Second Storage Group',
        server: 'CCR-CLUSTER001',
        storageGroupName: 'Second Storage Group',
        summaryCopyStatus: 'Suspended',
        failed: false,
        seeding: false,
        suspend: true,
        suspendComment: 'Wartung: Austausch der Datenträger (Ticket 4711)',
        copyQueueLength: 0,
        replayQueueLength: 0,
        latestAvailableLogTime: '2008-03-14T09:02:44',
        lastCopiedLogTime: '2008-03-14T09:02:44',
        lastInspectedLogTime: '2008-03-14T09:02:44',
        lastReplayedLogTime: '2008-03-14T09:02:44',
      },
    ]);
  });

  it.each([
    [
      'day first, as en-GB and fr-FR print it',
      ['14/03/2008 10:20:05', '04/03/2008 09:02:44'],
      ['2008-03-14T10:20:05', '2008-03-04T09:02:44'],
    ],
    [
      'month first, as en-US prints it',
      ['3/14/2008 10:20:05 AM', '3/4/2008 9:02:44 AM'],
      ['2008-03-14T10:20:05', '2008-03-04T09:02:44'],
    ],
  ])('reads slash dates %s, the order told by the whole file', (_, times, iso) => {
    const text = formatList(
      times.map((t, i) => [
        ['Identity', `NODE\\SG${i}`],
        ['LastInspectedLogTime', t],
      ]),
    );
    expect(parseExSgCopyStatus({ text, file: FILE }).facts.copies!.map((c) => c.lastInspectedLogTime)).toEqual(iso);
  });

  it('keeps an unknown status as printed and notes it', () => {
    const text = formatList([
      [
        ['Identity', 'NODE\\SG1'],
        ['SummaryCopyStatus', 'DisconnectedAndHealthy'],
      ],
    ]);
    const { facts, diagnostics } = parseExSgCopyStatus({ text, file: FILE });
    expect(facts.copies![0]!.summaryCopyStatus).toBe('DisconnectedAndHealthy');
    expect(diagnostics[0]!.message).toBe("unknown SummaryCopyStatus value 'DisconnectedAndHealthy', kept as printed");
  });

  describeFormatListSource({
    parser: parseExSgCopyStatus,
    file: FILE,
    fixtures: { en, de },
  });
});
