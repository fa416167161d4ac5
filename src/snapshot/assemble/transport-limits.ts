import type { ExTransportConfigFacts } from '../../../collectors/sources/ex-transport-config';
import type { Connector, Transport } from '../schema';
import { dumpsterRatio } from './dumpster-ratio';

/**
 * The largest message size limit in force. The organization's MaxSendSize and MaxReceiveSize govern every
 * message, including those submitted inside the organization; when either is unlimited, so is the largest
 * message. Otherwise the largest of them and of the enabled connectors' limits counts (a connector may
 * allow more than the organization for mail that only passes through). Without the connector lists the largest
 * limit is unknown, but no lower than the organization's: the dumpster ratio against that is an upper bound
 * (`dumpsterRatioAtMost`), which already tells a dumpster that is too small.
 */
export function transportOf(
  config: ExTransportConfigFacts,
  receive: Connector[] | undefined,
  send: Connector[] | undefined,
): Transport {
  const t: Transport = { maxMessageSizeUnlimited: false };
  if (config.maxDumpsterSizePerStorageGroup !== undefined)
    t.maxDumpsterSizePerStorageGroupBytes = config.maxDumpsterSizePerStorageGroup;
  if (config.maxDumpsterTime !== undefined) t.maxDumpsterTimeSeconds = config.maxDumpsterTime;
  if (typeof config.maxReceiveSize === 'number') t.maxReceiveSizeBytes = config.maxReceiveSize;
  if (typeof config.maxSendSize === 'number') t.maxSendSizeBytes = config.maxSendSize;
  if (config.maxReceiveSize === 'unlimited' || config.maxSendSize === 'unlimited') {
    t.maxMessageSizeUnlimited = true;
    return t;
  }
  if (config.maxReceiveSize === undefined && config.maxSendSize === undefined) {
    return withoutVerdict(t);
  }
  const limits: { from: string; bytes: number }[] = [];
  if (t.maxReceiveSizeBytes !== undefined) limits.push({ from: 'MaxReceiveSize', bytes: t.maxReceiveSizeBytes });
  if (t.maxSendSizeBytes !== undefined) limits.push({ from: 'MaxSendSize', bytes: t.maxSendSizeBytes });
  const atMost = dumpsterRatio(t.maxDumpsterSizePerStorageGroupBytes, largestOf(limits));
  if (atMost) {
    t.dumpsterRatioAtMost = atMost.ratio;
    t.dumpsterRatioAtMostBasis = atMost.basis;
  }
  if (!receive || !send) return t;
  for (const c of [
    ...receive.map((c) => ({ c, kind: 'receive connector' })),
    ...send.map((c) => ({ c, kind: 'send connector' })),
  ]) {
    if (c.c.enabled !== false && c.c.maxMessageSizeBytes !== undefined)
      limits.push({ from: `${c.kind} ${c.c.name}`, bytes: c.c.maxMessageSizeBytes });
  }
  const largest = largestOf(limits);
  t.maxMessageSizeBytes = largest.bytes;
  t.maxMessageSizeFrom = largest.from;
  const ratio = dumpsterRatio(t.maxDumpsterSizePerStorageGroupBytes, largest);
  if (ratio) {
    t.dumpsterToMessageSizeRatio = ratio.ratio;
    t.dumpsterToMessageSizeRatioBasis = ratio.basis;
  }
  return t;
}

/** The largest limit; the first of equal ones (MaxReceiveSize before MaxSendSize). */
function largestOf(limits: { from: string; bytes: number }[]): { from: string; bytes: number } {
  return limits.reduce((a, b) => (b.bytes > a.bytes ? b : a));
}

/** Neither organization limit was readable: whether the size is unlimited is unknown, not false. */
function withoutVerdict(t: Transport): Transport {
  const { maxMessageSizeUnlimited: _unknown, ...rest } = t;
  return rest as Transport;
}
