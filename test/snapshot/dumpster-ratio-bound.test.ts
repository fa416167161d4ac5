import { join } from 'path';
import { dumpsterRatio } from '../../src/snapshot/assemble/dumpster-ratio';
import { transportOf } from '../../src/snapshot/assemble/transport-limits';
import { analyze } from '../../src/rules/evaluate';
import { loadRules } from '../../src/rules/load-rules';
import { fixtureSnapshot } from '../helpers/fixture-snapshot';
import { ROOT } from '../helpers/run-bpa';

/**
 * The dumpster ratio's own function (not rounded, with its basis in both languages), its upper bound when the
 * connector lists are missing, and TRN-001 at 134.99 % and beside its bounds (dumpster-ratio.test.ts has the
 * bounds themselves): below 135 % a warning, 135 % to 300 % a pass, above 300 % an info, below 100 % critical.
 */
const MB = 1048576;
const LIMIT = 10 * MB;
const TRN001 = loadRules([join(ROOT, 'rules')]).filter((r) => r.id === 'TRN-001');
const sizeAt = (percent: number) => Math.round((LIMIT * percent) / 100);

describe('dumpsterRatio', () => {
  test('is the exact quotient, with the values and the setting as its basis', () => {
    expect(dumpsterRatio(12 * MB, { bytes: LIMIT, from: 'MaxReceiveSize' })).toEqual({
      ratio: 1.2,
      basis: {
        en: 'MaxDumpsterSizePerStorageGroup 12 MB / 10 MB (MaxReceiveSize) = 120 %',
        de: 'MaxDumpsterSizePerStorageGroup 12 MB / 10 MB (MaxReceiveSize) = 120 %',
      },
    });
    expect(dumpsterRatio(13.5 * MB, { bytes: LIMIT, from: 'receive connector Internet' })!.basis.de).toBe(
      'MaxDumpsterSizePerStorageGroup 13,5 MB / 10 MB (Empfangsconnector Internet) = 135 %',
    );
  });

  test.each([
    [
      'send connector Outbound',
      {
        en: 'MaxDumpsterSizePerStorageGroup 13.5 MB / 10 MB (send connector Outbound) = 135 %',
        de: 'MaxDumpsterSizePerStorageGroup 13,5 MB / 10 MB (Sendeconnector Outbound) = 135 %',
      },
    ],
    [
      'receive connector Internet',
      {
        en: 'MaxDumpsterSizePerStorageGroup 13.5 MB / 10 MB (receive connector Internet) = 135 %',
        de: 'MaxDumpsterSizePerStorageGroup 13,5 MB / 10 MB (Empfangsconnector Internet) = 135 %',
      },
    ],
    [
      'the connector send connector X named in the middle stays as it is',
      {
        en: 'MaxDumpsterSizePerStorageGroup 13.5 MB / 10 MB (the connector send connector X named in the middle stays as it is) = 135 %',
        de: 'MaxDumpsterSizePerStorageGroup 13,5 MB / 10 MB (the connector send connector X named in the middle stays as it is) = 135 %',
      },
    ],
  ])('names the limit %s in both languages, with decimals in their form', (from, basis) => {
    expect(dumpsterRatio(13.5 * MB, { bytes: LIMIT, from })!.basis).toEqual(basis);
  });

  test('is unknown without a dumpster size or a limit', () => {
    expect(dumpsterRatio(undefined, { bytes: LIMIT, from: 'MaxSendSize' })).toBeUndefined();
    expect(dumpsterRatio(12 * MB, undefined)).toBeUndefined();
    expect(dumpsterRatio(12 * MB, { bytes: 0, from: 'MaxSendSize' })).toBeUndefined();
  });

  test('is not rounded up across a bound: 134.99 % stays below 135 %', () => {
    expect(dumpsterRatio(sizeAt(134.99), { bytes: LIMIT, from: 'MaxSendSize' })!.ratio).toBeLessThan(1.35);
  });
});

describe('the connectors unread: the organization limit gives an upper bound of the ratio', () => {
  const config = { maxDumpsterSizePerStorageGroup: 12 * MB, maxReceiveSize: LIMIT, maxSendSize: LIMIT };
  test('known connectors raise the limit; unknown ones leave only the upper bound', () => {
    const connector = { name: 'Internet', enabled: true, maxMessageSizeBytes: 20 * MB, unlimited: false };
    expect(transportOf(config, [connector], [])).toMatchObject({ dumpsterToMessageSizeRatio: 0.6, dumpsterRatioAtMost: 1.2 });
    const unread = transportOf(config, undefined, []);
    expect(unread).toMatchObject({ dumpsterRatioAtMost: 1.2 });
    expect(unread).not.toHaveProperty('dumpsterToMessageSizeRatio');
    expect(unread).not.toHaveProperty('maxMessageSizeBytes');
  });
});

describe('TRN-001 at the bounds of the ratio', () => {
  test.each([
    [99, 'critical'],
    [100, 'warning'],
    [134, 'warning'],
    [134.99, 'warning'],
    [135, undefined],
    [150, undefined],
    [300, undefined],
    [301, 'info'],
  ] as [number, string | undefined][])('%d %% of the limit: %s', async (percent, severity) => {
    const transport = transportOf(
      { maxDumpsterSizePerStorageGroup: sizeAt(percent), maxReceiveSize: LIMIT, maxSendSize: LIMIT },
      [],
      [],
    );
    expect(transport.dumpsterToMessageSizeRatio).toBeCloseTo(percent / 100, 6);
    const snapshot = fixtureSnapshot({ organization: { continuousReplication: true, transport } });
    const { findings, notEvaluated } = await analyze(snapshot, TRN001, { profile: 'health', lang: 'en' });
    expect(notEvaluated).toEqual([]);
    expect(findings.map((f) => f.severity)).toEqual(severity ? [severity] : []);
  });

  test('not applicable without CCR or LCR, whatever the ratio', async () => {
    const transport = transportOf(
      { maxDumpsterSizePerStorageGroup: sizeAt(50), maxReceiveSize: LIMIT, maxSendSize: LIMIT },
      [],
      [],
    );
    const snapshot = fixtureSnapshot({ organization: { continuousReplication: false, transport } });
    const { findings, notEvaluated } = await analyze(snapshot, TRN001, { profile: 'health', lang: 'en' });
    expect([findings, notEvaluated]).toEqual([[], []]);
  });
});
