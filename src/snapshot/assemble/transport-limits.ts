import type { ExTransportConfigFacts } from '../../../collectors/sources/ex-transport-config';
import type { Connector, Transport } from '../schema';

/**
 * The largest message size limit in force. The organization's MaxSendSize and MaxReceiveSize govern every
 * message, including those submitted inside the organization; when either is unlimited, so is the largest
 * message. Otherwise the largest of them and of the enabled connectors' limits counts (a connector may
 * allow more than the organization for mail that only passes through).
 */
export function transportOf(config: ExTransportConfigFacts, receive: Connector[], send: Connector[]): Transport {
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
  for (const c of [
    ...receive.map((c) => ({ c, kind: 'receive connector' })),
    ...send.map((c) => ({ c, kind: 'send connector' })),
  ]) {
    if (c.c.enabled !== false && c.c.maxMessageSizeBytes !== undefined)
      limits.push({ from: `${c.kind} ${c.c.name}`, bytes: c.c.maxMessageSizeBytes });
  }
  const largest = limits.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  t.maxMessageSizeBytes = largest.bytes;
  t.maxMessageSizeFrom = largest.from;
  if (t.maxDumpsterSizePerStorageGroupBytes !== undefined && largest.bytes > 0) {
    t.dumpsterToMessageSizeRatio = Math.round((t.maxDumpsterSizePerStorageGroupBytes / largest.bytes) * 1000) / 1000;
  }
  return t;
}

/** Neither organization limit was readable: whether the size is unlimited is unknown, not false. */
function withoutVerdict(t: Transport): Transport {
  const { maxMessageSizeUnlimited: _unknown, ...rest } = t;
  return rest as Transport;
}
