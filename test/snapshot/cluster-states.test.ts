import type { ClusterGroup } from '../../collectors/sources/cluster-group';
import type { ClusterResource } from '../../collectors/sources/cluster-res';
import { clusterStatesOf } from '../../src/snapshot/assemble/cluster-states';

/** Which groups and resources are Failed or Offline (CLU-007): each list known on its own. */
const group = (name: string, state: ClusterGroup['state']): ClusterGroup => ({ name, state, stateText: String(state) });
const res = (name: string, group: string | undefined, state: ClusterResource['state']): ClusterResource => ({
  name,
  ...(group !== undefined ? { group } : {}),
  state,
  stateText: String(state),
});

const GROUPS = [group('Cluster Group', 'online'), group('CMS1', 'failed'), group('Backup', 'offline'), group('X', 'pending')];
const RESOURCES = [
  res('Majority Node Set', 'Cluster Group', 'online'),
  res('Exchange Information Store Instance (CMS1)', 'CMS1', 'failed'),
  res('Backup Disk', 'Backup', 'offline'),
  res('Orphan', undefined, 'offline'),
  res('SG2/DB2 (CMS1)', 'CMS1', 'onlinePending'),
];

test.each([
  [
    'both lists read',
    { groups: GROUPS },
    { resources: RESOURCES },
    {
      failedGroups: ['CMS1'],
      offlineGroups: ['Backup'],
      failedResources: ['Exchange Information Store Instance (CMS1)'],
      offlineResources: ['Backup Disk', 'Orphan'],
      offlineResourceGroups: ['Backup', ''],
      resourcesFailedOrOffline: 5,
    },
  ],
  [
    'no group list: the resource lists stand alone, the total is unknown',
    undefined,
    { resources: RESOURCES },
    {
      failedGroups: undefined,
      offlineGroups: undefined,
      failedResources: ['Exchange Information Store Instance (CMS1)'],
      resourcesFailedOrOffline: undefined,
    },
  ],
  [
    'no resource list: the group lists stand alone',
    { groups: GROUPS },
    undefined,
    { failedGroups: ['CMS1'], offlineGroups: ['Backup'], failedResources: undefined, offlineResources: undefined },
  ],
  [
    'everything online: empty lists, known',
    { groups: [group('Cluster Group', 'online')] },
    { resources: [res('Cluster Name', 'Cluster Group', 'online')] },
    { failedGroups: [], offlineGroups: [], failedResources: [], offlineResources: [], resourcesFailedOrOffline: 0 },
  ],
  [
    'a truncated capture: what it shows is known, "none" is not',
    { groups: [group('CMS1', 'failed')], truncated: true },
    { resources: [res('Cluster Name', 'Cluster Group', 'online')], truncated: true },
    { failedGroups: ['CMS1'], offlineGroups: undefined, failedResources: undefined, offlineResources: undefined },
  ],
] as [string, Parameters<typeof clusterStatesOf>[0], Parameters<typeof clusterStatesOf>[1], Record<string, unknown>][])(
  '%s',
  (_name, groups, resources, expected) => {
    const states = clusterStatesOf(groups, resources);
    const entries = Object.entries(expected);
    expect(states).toMatchObject(Object.fromEntries(entries.filter(([, v]) => v !== undefined)));
    for (const [key] of entries.filter(([, v]) => v === undefined)) expect(states).not.toHaveProperty(key);
  },
);
