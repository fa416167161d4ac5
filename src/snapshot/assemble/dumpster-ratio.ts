/**
 * The transport dumpster's size per storage group as a share of the largest message size limit in force
 * (TRN-001: 135 % to 300 %, 150 % recommended). The ratio is not rounded, so that 134.99 % stays below the
 * 135 % bound; the basis names both values and the setting that gives the limit.
 */
export function dumpsterRatio(
  dumpsterBytes: number | undefined,
  limit: { bytes: number; from: string } | undefined,
): { ratio: number; basis: string } | undefined {
  if (dumpsterBytes === undefined || !limit || limit.bytes <= 0) return undefined;
  const ratio = dumpsterBytes / limit.bytes;
  return {
    ratio,
    basis: `MaxDumpsterSizePerStorageGroup ${mb(dumpsterBytes)} / ${mb(limit.bytes)} (${limit.from}) = ${percent(ratio)}`,
  };
}

const mb = (bytes: number) => `${Math.round((bytes / 1048576) * 100) / 100} MB`;
const percent = (ratio: number) => `${Math.round(ratio * 10000) / 100} %`;
