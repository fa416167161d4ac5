import { join } from 'path';
import { analyze } from '../../src/rules/evaluate';
import { loadRules } from '../../src/rules/load-rules';
import type { Connector, Transport } from '../../src/snapshot/schema';
import { transportOf } from '../../src/snapshot/assemble/transport-limits';
import { fixtureSnapshot } from '../helpers/fixture-snapshot';

/**
 * The dumpster ratio (TRN-001): MaxDumpsterSizePerStorageGroup over the largest message size limit in force,
 * with the limit it was measured against recorded in `maxMessageSizeFrom`. Its boundaries are those of the
 * catalogue row: below 100 % critical, below 135 % a warning, 135 % to 300 % a pass, above 300 % info.
 */
const KB = 1024;
const MB = 1024 * KB;
/** The facts without their bases (texts, pinned in dumpster-ratio-bound.test.ts). */
const withoutBases = (t: Transport) =>
  Object.fromEntries(Object.entries(t).filter(([key]) => !key.endsWith('Basis'))) as Partial<Transport>;
const connector = (name: string, bytes: number | undefined, extra: Partial<Connector> = {}): Connector => ({
  name,
  unlimited: false,
  ...(bytes !== undefined ? { maxMessageSizeBytes: bytes } : {}),
  ...extra,
});

describe('transportOf: the largest message size limit in force and the dumpster ratio', () => {
  test.each([
    // dumpster, receive, send, receive connectors, send connectors → ratio, limit, from
    ['150 %: 15 MB for 10 MB', 15 * MB, 10 * MB, 10 * MB, [], [], 1.5, 10 * MB, 'MaxReceiveSize'],
    ['MaxSendSize larger than MaxReceiveSize', 18 * MB, 10 * MB, 12 * MB, [], [], 1.5, 12 * MB, 'MaxSendSize'],
    ['equal limits: MaxReceiveSize is named', 20 * MB, 10 * MB, 10 * MB, [], [], 2, 10 * MB, 'MaxReceiveSize'],
    [
      'a receive connector allows more',
      18 * MB,
      10 * MB,
      10 * MB,
      [connector('Internet', 20 * MB)],
      [],
      0.9,
      20 * MB,
      'receive connector Internet',
    ],
    [
      'a send connector allows more',
      30 * MB,
      10 * MB,
      10 * MB,
      [],
      [connector('Smarthost', 20 * MB)],
      1.5,
      20 * MB,
      'send connector Smarthost',
    ],
    [
      'a disabled connector does not count',
      15 * MB,
      10 * MB,
      10 * MB,
      [connector('Old', 50 * MB, { enabled: false })],
      [],
      1.5,
      10 * MB,
      'MaxReceiveSize',
    ],
    [
      'an enabled connector counts',
      15 * MB,
      10 * MB,
      10 * MB,
      [connector('New', 50 * MB, { enabled: true })],
      [],
      0.3,
      50 * MB,
      'receive connector New',
    ],
    [
      'a connector without a limit does not count',
      15 * MB,
      10 * MB,
      10 * MB,
      [connector('None', undefined)],
      [],
      1.5,
      10 * MB,
      'MaxReceiveSize',
    ],
    [
      'a smaller connector does not count',
      15 * MB,
      10 * MB,
      10 * MB,
      [connector('Small', 5 * MB)],
      [],
      1.5,
      10 * MB,
      'MaxReceiveSize',
    ],
    ['exact: 13.5 / 10', 13.5 * MB, 10 * MB, 10 * MB, [], [], 1.35, 10 * MB, 'MaxReceiveSize'],
    ['not rounded (134.99 % stays below 135 %): 1 / 3', 1 * MB, 3 * MB, 3 * MB, [], [], 1 / 3, 3 * MB, 'MaxReceiveSize'],
    ['not rounded: 2 / 3', 2 * MB, 3 * MB, 3 * MB, [], [], 2 / 3, 3 * MB, 'MaxReceiveSize'],
  ] as const)('%s', (_name, dumpster, receive, send, receiveConnectors, sendConnectors, ratio, limit, from) => {
    const t = transportOf(
      { maxDumpsterSizePerStorageGroup: dumpster, maxReceiveSize: receive, maxSendSize: send },
      [...receiveConnectors],
      [...sendConnectors],
    );
    expect(withoutBases(t)).toEqual({
      maxMessageSizeUnlimited: false,
      maxDumpsterSizePerStorageGroupBytes: dumpster,
      maxReceiveSizeBytes: receive,
      maxSendSizeBytes: send,
      maxMessageSizeBytes: limit,
      maxMessageSizeFrom: from,
      dumpsterToMessageSizeRatio: ratio,
      dumpsterRatioAtMost: dumpster / Math.max(receive, send),
    });
  });

  test('only one organization limit readable: that one counts', () => {
    expect(withoutBases(transportOf({ maxDumpsterSizePerStorageGroup: 15 * MB, maxSendSize: 10 * MB }, [], []))).toEqual({
      maxMessageSizeUnlimited: false,
      maxDumpsterSizePerStorageGroupBytes: 15 * MB,
      maxSendSizeBytes: 10 * MB,
      maxMessageSizeBytes: 10 * MB,
      maxMessageSizeFrom: 'MaxSendSize',
      dumpsterToMessageSizeRatio: 1.5,
      dumpsterRatioAtMost: 1.5,
    });
    expect(transportOf({ maxReceiveSize: 10 * MB }, [connector('Internet', 20 * MB)], [])).toEqual({
      maxMessageSizeUnlimited: false,
      maxReceiveSizeBytes: 10 * MB,
      maxMessageSizeBytes: 20 * MB,
      maxMessageSizeFrom: 'receive connector Internet',
    });
  });

  test('MaxDumpsterTime is kept in seconds', () => {
    expect(transportOf({ maxDumpsterTime: 604800 }, [], []).maxDumpsterTimeSeconds).toBe(604800);
  });

  test.each([
    ['MaxReceiveSize unlimited', { maxReceiveSize: 'unlimited' as const, maxSendSize: 10 * MB }, { maxSendSizeBytes: 10 * MB }],
    ['MaxSendSize unlimited', { maxReceiveSize: 10 * MB, maxSendSize: 'unlimited' as const }, { maxReceiveSizeBytes: 10 * MB }],
  ])('%s: the largest message is unlimited, no ratio', (_name, limits, kept) => {
    expect(transportOf({ maxDumpsterSizePerStorageGroup: 18 * MB, ...limits }, [connector('Internet', 20 * MB)], [])).toEqual({
      maxMessageSizeUnlimited: true,
      maxDumpsterSizePerStorageGroupBytes: 18 * MB,
      ...kept,
    });
  });

  test('neither organization limit readable: whether the size is unlimited is unknown, not false', () => {
    const t = transportOf({ maxDumpsterSizePerStorageGroup: 18 * MB }, [connector('Internet', 20 * MB)], []);
    expect(t).toEqual({ maxDumpsterSizePerStorageGroupBytes: 18 * MB });
    expect('maxMessageSizeUnlimited' in t).toBe(false);
  });

  test('no dumpster size read: the limit is known, the ratio is not', () => {
    const t = transportOf({ maxReceiveSize: 10 * MB, maxSendSize: 10 * MB }, [], []);
    expect(t.maxMessageSizeBytes).toBe(10 * MB);
    expect(t.dumpsterToMessageSizeRatio).toBeUndefined();
  });

  test('a limit of 0 bytes gives no ratio (no division by zero)', () => {
    const t = transportOf({ maxDumpsterSizePerStorageGroup: 18 * MB, maxReceiveSize: 0, maxSendSize: 0 }, [], []);
    expect(t).toMatchObject({ maxMessageSizeBytes: 0, maxMessageSizeFrom: 'MaxReceiveSize' });
    expect(t.dumpsterToMessageSizeRatio).toBeUndefined();
  });
});

describe('TRN-001 at the boundaries of the ratio, derived from the sizes', () => {
  const rule = loadRules([join(__dirname, '../../rules')]).find((r) => r.id === 'TRN-001')!;
  const verdict = async (transport: Transport) => {
    const snapshot = fixtureSnapshot({
      organization: { sources: { 'ex-transport-config.txt': 'parsed' }, continuousReplication: true, transport },
    });
    const { findings, notEvaluated } = await analyze(snapshot, [rule], { profile: 'health', lang: 'en' });
    expect(notEvaluated).toEqual([]);
    return findings[0]?.severity ?? 'pass';
  };

  test.each([
    // dumpster (KB), largest limit (KB) → ratio, verdict
    [99 * KB, 100 * KB, 0.99, 'critical'],
    [100 * KB, 100 * KB, 1, 'warning'],
    [134 * KB, 100 * KB, 1.34, 'warning'],
    [135 * KB, 100 * KB, 1.35, 'pass'],
    [150 * KB, 100 * KB, 1.5, 'pass'],
    [300 * KB, 100 * KB, 3, 'pass'],
    [301 * KB, 100 * KB, 3.01, 'info'],
  ])('%d bytes for %d-byte messages: ratio %d → %s', async (dumpster, limit, ratio, expected) => {
    const t = transportOf({ maxDumpsterSizePerStorageGroup: dumpster, maxReceiveSize: limit, maxSendSize: limit }, [], []);
    expect(t.dumpsterToMessageSizeRatio).toBe(ratio);
    expect(t.maxMessageSizeFrom).toBe('MaxReceiveSize');
    expect(await verdict(t)).toBe(expected);
  });
});
