/**
 * The real-world robustness list, one table-driven test per item, across parsers.
 *
 * Each parser's own test already runs these on its fixtures, and they are not repeated here:
 * - LF, trailing blanks, a copy cut inside a line, empty and binary files: `describeDamagedInput`
 *   (test/helpers/parser-robustness.ts), used by the systeminfo, ipconfig, qfe, reg-*, disks and
 *   file-versions tests; console copies wrapped at 80 columns and cuts at seven offsets for cluster.exe and
 *   net.exe: `itReadsEveryVariantOfTheCmdCapture` (test/helpers/cmd-source.ts); UTF-16LE, console copies and
 *   cuts for every ex-* source: `describeFormatListSource` (test/helpers/format-list-source.ts).
 * - 2003 and later layouts: reg.exe 3.0 and later in every reg-*.test.ts, Server 2003 SP1, R2 SP2, Windows 7
 *   and 2012 R2 in systeminfo.test.ts, XP and Server 2008 in ipconfig-all.test.ts, XP and 2012 R2 in
 *   qfe.test.ts.
 * - A missing NetBIOS line on XP: ipconfig-all.test.ts (corpus capture).
 * - German yes/no and dates in net user (`Nein`, `31.12.2008 00:00:00`): net-user.test.ts; `Nie` in
 *   net-fields.test.ts; German `16.383 MB` in systeminfo.test.ts; German Format-List sizes and dates in
 *   exchange-values.test.ts.
 * - French systeminfo, ipconfig, net user and cluster node, Spanish net localgroup and cluster network,
 *   French chcp: the tests of those sources.
 *
 * What this file adds: the same guarantees on every file of the three samples, so across all 35 sources in
 * both languages at once; Format-List output re-laid-out at other widths; the 2003 NetBIOS rule on the
 * German and English samples; and the damage these tests found, each as a case of its own. Localized values
 * and foreign languages are in languages.test.ts, the property tests in fuzz.test.ts.
 */
import { parseFormatList } from '../../collectors/shapes/format-list';
import { SOURCES } from '../../collectors/registry';
import { definitionFor } from '../../collectors/source-definition';
import type { ParseResult } from '../../collectors/types';
import { isSubsetOf } from '../helpers/cmd-source';
import { cutInsideLine } from '../helpers/format-list-source';
import { toCrlf, toLf, withTrailingBlanks, wrapAsConsole } from '../helpers/parser-robustness';
import { formatList } from '../helpers/powershell-format-list';
import { fixtureSeeds, sampleSeeds, seedsBySource, type Seed } from './seeds';

const samples = sampleSeeds();
const parseSeed = (seed: Seed, text = seed.text) => seed.definition.parse({ text, file: seed.file });
const messages = (r: ParseResult<unknown>) => r.diagnostics.map((d) => `${d.severity}: ${d.message}`);
const bySample = samples.map((s) => [s.origin, s] as const);

/** Facts without the line numbers they were read from: a re-laid-out copy moves lines, not facts. */
function withoutLines(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutLines);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'line' && !key.endsWith('Line'))
      .map(([key, v]) => [key, withoutLines(v)]),
  );
}

/** The language a capture was written in, from its path (`ccr-health-de`, `…_en-us_…`, `2008-de.txt`). */
function languageOf(origin: string): 'en' | 'de' | undefined {
  if (/(^|[-_/])de([-_./]|$)/.test(origin)) return 'de';
  if (/(^|[-_/])en([-_./]|$)/.test(origin)) return 'en';
  return undefined;
}

describe('every source is read from the samples and the real captures, in English and in German', () => {
  const seeds = seedsBySource();

  it.each(SOURCES.map((d) => [d.file, d] as const))('%s', (_, definition) => {
    const own = seeds.get(definition) ?? [];
    const read = own.map((seed) => ({ seed, result: parseSeed(seed) }));
    for (const { seed, result } of read) {
      const errors = result.diagnostics.filter((d) => d.severity === 'error');
      expect({ origin: seed.origin, errors }).toEqual({ origin: seed.origin, errors: [] });
      expect({ origin: seed.origin, hasFacts: Object.keys(result.facts as object).length > 0 }).toEqual({
        origin: seed.origin,
        hasFacts: true,
      });
      const language = languageOf(seed.origin);
      if (result.language && language)
        expect({ origin: seed.origin, language: result.language }).toEqual({ origin: seed.origin, language });
    }
    const languages = new Set(read.map(({ seed }) => languageOf(seed.origin)));
    expect([...languages].filter(Boolean).sort()).toEqual(['de', 'en']);
  });
});

describe('Windows 2003 and later layouts', () => {
  // The tools whose output changed after Server 2003 (reg.exe 3.0, systeminfo, ipconfig, wmic); cluster.exe,
  // net.exe and the Exchange Management Shell print the same layout on 2003 and 2008.
  // reg-oc-manager.txt has no later layout: Server 2008 has no Oc Manager components (its key does not exist).
  const later = /2008|2012|(^|\/)7_sp1/;
  const changed = SOURCES.filter((d) => /^(reg |systeminfo|ipconfig|wmic )/.test(d.command) && d.file !== 'reg-oc-manager.txt');
  const all = [...samples, ...fixtureSeeds()];

  it.each(changed.map((d) => [d.file, d] as const))('%s is read from a 2003 capture and from a later one', (_, definition) => {
    const own = all.filter((s) => s.definition === definition);
    const eras = new Set(own.map((s) => (later.test(s.origin) ? 'later' : '2003')));
    expect([...eras].sort()).toEqual(['2003', 'later']);
    for (const seed of own) expect(messages(parseSeed(seed)).filter((m) => m.startsWith('error'))).toEqual([]);
  });
});

describe('console copies wrapped at 80 columns read like the file (every sample file)', () => {
  it.each(bySample)('%s', (_, seed) => {
    const original = parseSeed(seed);
    const wrapped = parseSeed(seed, wrapAsConsole(seed.text, 80));
    expect(withoutLines(wrapped.facts)).toEqual(withoutLines(original.facts));
    expect(messages(wrapped)).toEqual(messages(original));
  });
});

describe('Format-List continuation lines: the same objects at another console width read alike', () => {
  const exchange = samples.filter((s) => s.definition.writer === 'powershell');

  it.each(exchange.flatMap((s) => [120, 250].map((width) => [s.origin, width, s] as const)))(
    '%s at %i columns',
    (_, width, seed) => {
      const records = parseFormatList(seed.text, seed.file).records;
      const objects = records.map((r) => Object.entries(r.props).map(([name, p]) => [name, p.value] as const));
      const relaid = parseSeed(seed, formatList(objects, { width }));
      expect(withoutLines(relaid.facts)).toEqual(withoutLines(parseSeed(seed).facts));
    },
  );

  it('has wrapped values in the samples to join (DistinguishedName, ExchangeLegacyDN …)', () => {
    const continued = exchange.filter((s) => /\r\n {20,}\S/.test(s.text));
    expect(continued.length).toBeGreaterThan(5);
  });
});

describe('CRLF and LF read alike (every sample file)', () => {
  it.each(bySample)('%s', (_, seed) => {
    const original = parseSeed(seed);
    for (const variant of [toLf(seed.text), toCrlf(toLf(seed.text))]) {
      const result = parseSeed(seed, variant);
      expect(result.facts).toEqual(original.facts);
      expect(result.diagnostics).toEqual(original.diagnostics);
    }
  });
});

describe('trailing blanks change nothing (every sample file)', () => {
  it.each(bySample)('%s', (_, seed) => {
    const result = parseSeed(seed, withTrailingBlanks(seed.text));
    expect(result.facts).toEqual(parseSeed(seed).facts);
    expect(result.diagnostics).toEqual(parseSeed(seed).diagnostics);
  });
});

describe('a file cut inside a line says so and invents nothing (every sample file)', () => {
  // A cut list is known to be incomplete: that flag may turn false, and the count of the rows it lists
  // (systeminfo's hotfixes without a KB, with `hotfixListComplete: false`) may be smaller. No other fact may
  // appear or change.
  const completeness = new Set(['hotfixListComplete', 'complete', 'truncated']);
  const dropFlags = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(dropFlags);
    if (value === null || typeof value !== 'object') return value;
    const incomplete = (value as { hotfixListComplete?: boolean }).hotfixListComplete === false;
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !completeness.has(key) && !(incomplete && key === 'hotfixesWithoutKb'))
        .map(([key, v]) => [key, dropFlags(v)]),
    );
  };

  it.each(bySample.flatMap(([origin, seed]) => [0.3, 0.7].map((at) => [origin, at, seed] as const)))(
    '%s cut at %p',
    (_, at, seed) => {
      const result = parseSeed(seed, cutInsideLine(seed.text, at));
      expect(result.diagnostics.map((d) => d.message).join('\n')).toMatch(/truncated/);
      expect(isSubsetOf(dropFlags(result.facts), dropFlags(parseSeed(seed).facts))).toBe(true);
    },
  );
});

describe('a missing NetBIOS line on Windows 2003 is "unknown from this source", never "enabled"', () => {
  type Adapters = { adapters?: Array<{ connectionName: string; netbiosOverTcpip?: string }> };
  it.each([
    ['samples/ccr-health-de/EX2007-NODE1/ipconfig-all.txt', 'Heartbeat', undefined],
    ['samples/ccr-health-de/EX2007-NODE1/ipconfig-all.txt', 'LAN', undefined],
    ['samples/ccr-health-de/EX2007-NODE2/ipconfig-all.txt', 'Heartbeat', 'disabled'],
    ['samples/readiness-de/MBX2/ipconfig-all.txt', 'Heartbeat', undefined],
    ['samples/ccr-health-en/MBX-NODE-A/ipconfig-all.txt', 'Public', undefined],
    ['samples/ccr-health-en/MBX-NODE-A/ipconfig-all.txt', 'Private', 'disabled'],
  ])('%s, %s: %s', (origin, adapter, expected) => {
    const seed = samples.find((s) => s.origin === origin)!;
    const found = (parseSeed(seed).facts as Adapters).adapters?.find((a) => a.connectionName === adapter);
    expect(found).toBeDefined();
    if (expected === undefined) expect('netbiosOverTcpip' in found!).toBe(false);
    else expect(found!.netbiosOverTcpip).toBe(expected);
  });
});

describe('damage these tests found, each read as what it is', () => {
  it.each(SOURCES.map((d) => [d.file, d] as const))('%s: a file of NULs is an empty file', (_, definition) => {
    for (const text of ['\u0000', '\u0000\u0000\r\n', '\uFEFF\u0000']) {
      const file = definition.file.replace('<account>', 'clusadmin');
      const result = definition.parse({ text, file });
      expect(result.diagnostics.map((d) => d.message)).toEqual(['empty file: the command wrote nothing']);
    }
  });

  it('chcp.txt cut before its number says it is truncated', () => {
    const result = definitionFor(SOURCES, 'chcp.txt')!.parse({ text: 'Aktive Code', file: 'chcp.txt' });
    expect(result).toEqual({
      facts: {},
      diagnostics: [
        { file: 'chcp.txt', line: 1, severity: 'warning', message: 'truncated: the file ends before the code page number' },
      ],
    });
  });

  it('systeminfo.txt whose only line is cut names no line 0', () => {
    const result = definitionFor(SOURCES, 'systeminfo.txt')!.parse({
      text: 'Host Name:                 EX',
      file: 'systeminfo.txt',
    });
    expect(result.diagnostics.map((d) => d.line)).not.toContain(0);
    expect(result.diagnostics.map((d) => d.message)).toContain('truncated: the file ends before the network card section');
  });

  it('reg-ndp.txt cut inside a framework key does not take the key name for its version', () => {
    const text = [
      '',
      '! REG.EXE VERSION 3.0',
      '',
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\NET Framework Setup\\NDP\\v2.0.50727',
      '    Install\tREG_DWORD\t0x1',
      '    Vers',
    ].join('\r\n');
    const result = definitionFor(SOURCES, 'reg-ndp.txt')!.parse({ text, file: 'reg-ndp.txt' });
    expect(result.facts).toEqual({ frameworks: [{ version: '2.0', key: 'v2.0.50727', installed: true, line: 4 }] });
    const whole = definitionFor(SOURCES, 'reg-ndp.txt')!.parse({ text: text.replace('    Vers', '\r\n'), file: 'reg-ndp.txt' });
    expect(whole.facts).toEqual({
      frameworks: [{ version: '2.0', key: 'v2.0.50727', installed: true, fullVersion: '2.0.50727', line: 4 }],
    });
  });
});
