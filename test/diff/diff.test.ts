import { diffFindings } from '../../src/diff/finding-changes';
import { diffSnapshots } from '../../src/diff/setting-changes';
import { formatDiff, printable } from '../../src/diff/format-text';
import type { FindingRef } from '../../src/report/report-schema';
import type { Snapshot } from '../../src/snapshot/schema';
import { fixtureSnapshot } from '../helpers/fixture-snapshot';

const ref = (ruleId: string, fingerprint: string, severity: FindingRef['severity'] = 'warning'): FindingRef => ({
  ruleId,
  severity,
  server: 'N1',
  title: `${ruleId} title`,
  fingerprint: fingerprint.padStart(16, '0'),
});

describe('findings between two scans, by fingerprint', () => {
  test('new, resolved and unchanged; a changed severity is noted', () => {
    const before = [ref('NET-002', 'a'), ref('TRN-001', 'b'), ref('ACC-001', 'c', 'critical')];
    const after = [ref('TRN-001', 'b', 'critical'), ref('ACC-001', 'c', 'critical'), ref('NET-003', 'd')];
    expect(diffFindings(before, after)).toEqual({
      new: [ref('NET-003', 'd')],
      resolved: [ref('NET-002', 'a')],
      unchanged: [{ ...ref('TRN-001', 'b', 'critical'), previousSeverity: 'warning' }, ref('ACC-001', 'c', 'critical')],
    });
  });
});

const node = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  cluster: 'CL1',
  sources: {
    'systeminfo.txt': 'parsed',
    'qfe.txt': 'parsed',
    'reg-netbt-interfaces.txt': 'parsed',
    'reg-tcpip-linkage.txt': 'parsed',
  },
  os: { name: 'Windows Server 2003', servicePack: 1 },
  hotfixes: { ids: ['KB921181', 'KB926776'], unidentified: 0, sources: ['systeminfo.txt', 'qfe.txt'] },
  bindingOrder: ['LAN', 'Heartbeat'],
  adapters: [
    { name: 'LAN', netbiosOptions: 0, netbiosEnabled: true, netbiosSource: 'reg' },
    { name: 'Heartbeat', netbiosOptions: 2, netbiosEnabled: false, roleBasis: 'cluster network' },
  ],
  ...extra,
});
const transport = { transport: { maxDumpsterSizePerStorageGroupBytes: 12582912 } };
const snap = (servers: Record<string, unknown>[], organization: Record<string, unknown> = transport): Snapshot =>
  fixtureSnapshot({
    servers,
    clusters: [{ name: 'CL1', nodes: [{ name: 'N1' }, { name: 'N2' }] }],
    organization: { sources: { 'ex-transport-config.txt': 'parsed' }, ...organization },
  });

describe('configuration values between two snapshots', () => {
  const before = snap([node('N1'), node('N2')]);

  test('the same snapshot has no change', () => {
    expect(diffSnapshots(before, before)).toEqual([]);
  });

  test('a hotfix removed, NetbiosOptions changed on an adapter, the dumpster size changed: each with server and source', () => {
    const after = snap(
      [
        node('N1', {
          hotfixes: { ids: ['KB926776'], unidentified: 0, sources: ['systeminfo.txt', 'qfe.txt'] },
          adapters: [
            { name: 'LAN', netbiosOptions: 0, netbiosEnabled: true, netbiosSource: 'other' },
            { name: 'Heartbeat', netbiosOptions: 1, netbiosEnabled: true, roleBasis: 'changed basis' },
          ],
        }),
        node('N2'),
      ],
      { transport: { maxDumpsterSizePerStorageGroupBytes: 15728640 } },
    );
    expect(diffSnapshots(before, after)).toEqual([
      {
        scope: 'organization',
        path: 'transport.maxDumpsterSizePerStorageGroupBytes',
        change: 'changed',
        before: '12582912',
        after: '15728640',
        sources: ['ex-transport-config.txt'],
      },
      {
        scope: 'server',
        server: 'N1',
        path: 'adapters[Heartbeat].netbiosEnabled',
        change: 'changed',
        before: 'false',
        after: 'true',
        sources: ['reg-netbt-interfaces.txt'],
      },
      {
        scope: 'server',
        server: 'N1',
        path: 'adapters[Heartbeat].netbiosOptions',
        change: 'changed',
        before: '2',
        after: '1',
        sources: ['reg-netbt-interfaces.txt'],
      },
      {
        scope: 'server',
        server: 'N1',
        path: 'hotfixes.ids',
        item: 'KB921181',
        change: 'removed',
        sources: ['systeminfo.txt', 'qfe.txt'],
      },
    ]);
  });

  test('a binding order in another order is one change of the whole list', () => {
    const after = snap([node('N1', { bindingOrder: ['Heartbeat', 'LAN'] }), node('N2')]);
    expect(diffSnapshots(before, after)).toEqual([
      {
        scope: 'server',
        server: 'N1',
        path: 'bindingOrder',
        change: 'changed',
        before: 'LAN, Heartbeat',
        after: 'Heartbeat, LAN',
        sources: ['reg-tcpip-linkage.txt'],
      },
    ]);
  });

  test('a server or adapter that appears or goes is one change, not one per value', () => {
    const after = snap([node('N1', { adapters: [{ name: 'LAN', netbiosOptions: 0, netbiosEnabled: true }] }), node('N3')]);
    expect(diffSnapshots(before, after).map((c) => `${c.server} ${c.path} ${c.change}`)).toEqual([
      'N1 adapters[Heartbeat] removed',
      'N2 server removed',
      'N3 server added',
    ]);
  });

  test('a source that went missing, and the value it gave that is no longer known', () => {
    const after = snap([
      node('N1', { os: undefined, sources: { ...node('N1').sources, 'systeminfo.txt': 'missing' } }),
      node('N2'),
    ]);
    expect(diffSnapshots(before, after)).toEqual([
      {
        scope: 'server',
        server: 'N1',
        path: 'os.name',
        change: 'removed',
        before: 'Windows Server 2003',
        sources: ['systeminfo.txt'],
      },
      { scope: 'server', server: 'N1', path: 'os.servicePack', change: 'removed', before: '1', sources: ['systeminfo.txt'] },
      {
        scope: 'server',
        server: 'N1',
        path: 'sources[systeminfo.txt]',
        change: 'changed',
        before: 'parsed',
        after: 'missing',
        sources: ['systeminfo.txt'],
      },
    ]);
  });
});

describe('the diff as text', () => {
  test('findings and settings, in English and German, with control characters from the bundle neutralised', () => {
    const result = {
      old: '20081120-021500',
      new: '20081121-021500',
      findings: {
        new: [ref('NET-002', 'a')],
        resolved: [],
        unchanged: [{ ...ref('TRN-001', 'b', 'critical'), previousSeverity: 'warning' as const }],
      },
      settings: [
        {
          scope: 'server' as const,
          server: 'N1\u001b[31m',
          path: 'hotfixes.ids',
          item: 'KB921181',
          change: 'removed' as const,
          sources: ['qfe.txt'],
        },
      ],
    };
    expect(formatDiff(result, 'en')).toBe(
      [
        'bpa diff: 20081120-021500 → 20081121-021500',
        'Findings: 1 new, 0 resolved, 1 unchanged',
        '  + warning  NET-002  N1: NET-002 title',
        '  ~ critical TRN-001  N1: TRN-001 title (was warning)',
        'Settings: 1 changed',
        '  N1⟨U+001B⟩[31m  hotfixes.ids: KB921181 removed  (qfe.txt)',
        '',
      ].join('\n'),
    );
    expect(formatDiff({ ...result, findings: undefined }, 'de')).toContain('Befunde: nicht verglichen');
    expect(printable('a\u0007b\tc\nd\u009be\u202Ef\r')).toBe('a⟨U+0007⟩b\tc\nd⟨U+009B⟩e⟨U+202E⟩f⟨U+000D⟩');
  });
});
