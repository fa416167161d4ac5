import { formatEvidence } from '../../reports/evidence-format';
import {
  formatExpected,
  formatNumber,
  formatScalar,
  formatSeconds,
  formatSize,
  localeOf,
  type ValueKind,
} from '../../reports/values';

describe('the localized value formatter', () => {
  test.each([
    // value, kind, German, English
    [true, 'yesNo', 'ja', 'yes'],
    [false, 'yesNo', 'nein', 'no'],
    [true, 'onOff', 'aktiviert', 'enabled'],
    [false, 'onOff', 'deaktiviert', 'disabled'],
    [1, 'onOff', 'aktiviert', 'enabled'],
    [false, 'installed', 'nicht installiert', 'not installed'],
    [0, 'servicePack', 'RTM', 'RTM'],
    [1, 'servicePack', 'SP1', 'SP1'],
    [1.2, 'ratio', '120 %', '120 %'],
    [1.355, 'ratio', '135,5 %', '135.5 %'],
    [12582912, 'bytes', '12 MB', '12 MB'],
    [1610612736, 'bytes', '1,5 GB', '1.5 GB'],
    [512 * 1024, 'bytes', '512 KB', '512 KB'],
    [12.5, 'megabytes', '12,5 MB', '12.5 MB'],
    [604800, 'seconds', '7 Tage', '7 days'],
    [3600, 'seconds', '1 Stunde', '1 hour'],
    [240, 'seconds', '240 s', '240 s'],
    [1, 'networkRole', '1 (nur interne Clusterkommunikation)', '1 (internal cluster communication only)'],
    [3, 'networkRole', '3 (alle Kommunikationen)', '3 (all communications)'],
    [7, 'networkRole', '7', '7'],
    ['private', 'adapterRole', 'privat', 'private'],
    ['public', 'text', 'öffentlich', 'public'],
    ['plannedNode', 'serverRole', 'geplanter Clusterknoten', 'planned cluster node'],
    ['HubTransport', 'exchangeRoles', 'Hub-Transport', 'Hub Transport'],
    ['majorityNodeSet', 'quorumType', 'Majority Node Set', 'Majority Node Set'],
    ['local', 'replication', 'LCR (lokal)', 'LCR (local)'],
    ['enabled', 'text', 'aktiviert', 'enabled'],
    ['True', 'text', 'ja', 'yes'],
    ['Healthy', 'text', 'fehlerfrei', 'Healthy'],
    ['up', 'text', 'in Betrieb', 'up'],
    ['never', 'text', 'nie', 'never'],
    ['', 'text', '(leer)', '(empty)'],
    [null, 'text', '(unbekannt)', '(unknown)'],
    [1234.5, 'count', '1.234,5', '1,234.5'],
    ['EX2007-NODE1', 'text', 'EX2007-NODE1', 'EX2007-NODE1'],
  ] as [unknown, ValueKind, string, string][])('%j as %s: %s / %s', (value, kind, de, en) => {
    expect(formatScalar(value, 'de', kind)).toBe(de);
    expect(formatScalar(value, 'en', kind)).toBe(en);
  });

  test('dates carry their time zone; a time without an offset is the server clock', () => {
    expect(formatScalar('2008-11-20T01:15:07Z', 'de', 'date', { timeZone: 'Europe/Berlin' })).toBe(
      '20. November 2008 um 02:15 MEZ',
    );
    expect(formatScalar('2008-11-20T01:15:07Z', 'en', 'text', { timeZone: 'UTC' })).toBe('20 November 2008 at 01:15 UTC');
    expect(formatScalar('2008-12-15T10:15:00', 'en', 'date')).toBe("15 December 2008 at 10:15 (the server's local time)");
  });

  test('sizes and durations at their unit boundaries', () => {
    expect(formatSize(0, 'de')).toBe('0 MB');
    expect(formatSize(1023.9, 'de')).toBe('1.023,9 MB');
    expect(formatSize(1024, 'de')).toBe('1 GB');
    expect(formatSize(0.5, 'en')).toBe('512 KB');
    expect(formatSeconds(0, 'en')).toBe('0 s');
    expect(formatSeconds(86400, 'en')).toBe('1 day');
    expect(formatSeconds(90000, 'de')).toBe('25 Stunden');
  });

  test.each([0, -0, 1, 7, 999, 1000, 1234567, -1, -999, 0.5, 12.3456, 1e21, NaN, Infinity])(
    'formatNumber(%p) is what Intl writes in both languages (whole numbers 0–999 take a short way)',
    (n) => {
      for (const lang of ['en', 'de'] as const) {
        expect(formatNumber(n, lang)).toBe(new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 3 }).format(n));
      }
    },
  );

  test('an expected value that is a bare boolean or value word is written like the value it stands for', () => {
    expect(formatExpected('True', 'de', 'onOff')).toBe('aktiviert');
    expect(formatExpected('false', 'en', 'yesNo')).toBe('no');
    expect(formatExpected('Healthy', 'de')).toBe('fehlerfrei');
    expect(formatExpected('disabled', 'de')).toBe('deaktiviert');
    expect(formatExpected('SP2 (enthält KB921181) oder das Update', 'de')).toBe('SP2 (enthält KB921181) oder das Update');
  });
});

describe('evidence made readable', () => {
  test.each([
    [
      { path: 'adapter.netbiosEnabled', actual: true, expected: 'deaktiviert', source: 'reg-netbt-interfaces.txt' },
      'de',
      { label: 'NetBIOS über TCP/IP', actual: { short: 'aktiviert' }, expected: 'deaktiviert' },
    ],
    [
      { path: 'server.os.servicePack', actual: 1, expected: 'SP2 or later' },
      'en',
      { label: 'Windows service pack', actual: { short: 'SP1' }, expected: 'SP2 or later' },
    ],
    [
      { path: 'organization.transport.dumpsterToMessageSizeRatio', actual: 1.2, expected: '135 % bis 300 %' },
      'de',
      { label: 'Transportdumpster-Größe / größte Nachrichtengröße', actual: { short: '120 %' } },
    ],
    [
      { path: 'server.exchange.errorReportingEnabled', actual: false, expected: 'True' },
      'de',
      { label: 'Exchange-Fehlerberichterstattung', actual: { short: 'deaktiviert' }, expected: 'aktiviert' },
    ],
    [
      { path: 'server[EX2007-NODE1].adapters[private].netbiosEnabled', actual: 'enabled', expected: 'wie auf EX2007-NODE2' },
      'de',
      { label: 'EX2007-NODE1: NetBIOS über TCP/IP auf dem privaten Adapter', actual: { short: 'aktiviert' } },
    ],
    [
      { path: 'server.customThing', actual: 'x', expected: 'y' },
      'en',
      { label: 'server.customThing', path: 'server.customThing', actual: { short: 'x' }, expected: 'y' },
    ],
  ] as const)('%j in %s', (evidence, lang, shown) => {
    expect(formatEvidence(evidence, lang)).toMatchObject(shown);
  });
});
