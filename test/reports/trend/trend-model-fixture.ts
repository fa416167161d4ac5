import { buildTrend } from '../../../src/history/trend/build-trend';
import type { TrendModel } from '../../../src/history/trend/model';
import { baseSnapshot, storedOf, type ScanSpec } from '../../history/trend/trend-fixtures';

const at = (day: string) => `2008-11-${day}T00:15:00Z`;

/**
 * A week of scans with everything the page shows: findings that come and go (one on a server named with
 * markup), a night without a scan, a damaged scan, a readiness scan among health scans, a change of the
 * checks run, a hotfix installed, a service pack, a binding-order change and a server that appeared.
 */
export const WEEK: ScanSpec[] = [
  { at: at('17'), findings: ['NET-002 critical NODE1', 'TRN-001 warning -'], snapshot: baseSnapshot() },
  {
    at: at('18'),
    findings: ['NET-002 critical NODE1', 'OS-001 warning HOSTILE'],
    servers: ['NODE1', 'NODE2', 'HOSTILE'],
    snapshot: baseSnapshot({ hotfixes: ['KB1', 'KB950050'], servers: ['NODE1', 'NODE2', 'HOSTILE'] }),
  },
  { at: at('20'), damaged: 'report' },
  {
    at: at('21'),
    profile: 'readiness',
    findings: ['PRE-007 warning NODE1'],
    servers: ['NODE1', 'NODE2', 'HOSTILE'],
    snapshot: baseSnapshot({ hotfixes: ['KB1', 'KB950050'], servers: ['NODE1', 'NODE2', 'HOSTILE'] }),
  },
  {
    at: at('22'),
    findings: ['OS-001 warning HOSTILE', 'CLU-010 critical NODE2'],
    rules: ['NET-002', 'OS-001', 'TRN-001', 'ACC-001', 'CLU-010'],
    tool: '0.2.0',
    servers: ['NODE1', 'NODE2', 'HOSTILE'],
    snapshot: baseSnapshot({
      hotfixes: ['KB1', 'KB950050'],
      servicePack: 3,
      binding: ['Heartbeat', 'LAN'],
      servers: ['NODE1', 'NODE2', 'HOSTILE'],
    }),
  },
];

export function weekTrend(): TrendModel {
  return buildTrend(storedOf(WEEK));
}
