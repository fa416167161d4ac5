/**
 * The transport dumpster's size per storage group as a share of the largest message size limit in force
 * (TRN-001: 135 % to 300 %, 150 % recommended). The ratio is not rounded, so that 134.99 % stays below the
 * 135 % bound; the basis names both values and the setting that gives the limit, in English and German.
 */
export function dumpsterRatio(
  dumpsterBytes: number | undefined,
  limit: { bytes: number; from: string } | undefined,
): { ratio: number; basis: { en: string; de: string } } | undefined {
  if (dumpsterBytes === undefined || !limit || limit.bytes <= 0) return undefined;
  const ratio = dumpsterBytes / limit.bytes;
  const from = {
    en: limit.from,
    de: limit.from.replace(/^receive connector /, 'Empfangsconnector ').replace(/^send connector /, 'Sendeconnector '),
  };
  return {
    ratio,
    basis: {
      en: `MaxDumpsterSizePerStorageGroup ${mb(dumpsterBytes, 'en')} / ${mb(limit.bytes, 'en')} (${from.en}) = ${percent(ratio, 'en')}`,
      de: `MaxDumpsterSizePerStorageGroup ${mb(dumpsterBytes, 'de')} / ${mb(limit.bytes, 'de')} (${from.de}) = ${percent(ratio, 'de')}`,
    },
  };
}

const decimal = (n: number, lang: 'en' | 'de') => (lang === 'de' ? String(n).replace('.', ',') : String(n));
const mb = (bytes: number, lang: 'en' | 'de') => `${decimal(Math.round((bytes / 1048576) * 100) / 100, lang)} MB`;
const percent = (ratio: number, lang: 'en' | 'de') => `${decimal(Math.round(ratio * 10000) / 100, lang)} %`;
