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

test('the whole lists: owners and states as read, the ones not online with the state as cluster.exe printed it', () => {
  expect(
    clusterStatesOf(
      {
        groups: [
          { name: 'Cluster Group', node: 'NODE1', state: 'online', stateText: 'Online' },
          { name: 'CMS1', node: 'NODE2', state: 'failed', stateText: 'Fehler' },
          { name: 'Spare', stateText: 'Unbekannt' },
        ],
      },
      {
        resources: [
          { name: 'Cluster IP Address', group: 'Cluster Group', node: 'NODE1', state: 'online', stateText: 'Online' },
          { name: 'Backup Disk', group: 'Backup', node: 'NODE2', state: 'offline', stateText: 'Offline' },
          { name: 'Odd', stateText: 'Seltsam' },
          { name: 'SG2/DB2 (CMS1)', group: 'CMS1', state: 'onlinePending', stateText: 'Online Pending' },
        ],
      },
    ),
  ).toEqual({
    groups: [
      { name: 'Cluster Group', owner: 'NODE1', state: 'online' },
      { name: 'CMS1', owner: 'NODE2', state: 'failed' },
      { name: 'Spare' },
    ],
    groupsNotOnline: ['CMS1 (Fehler)'],
    failedGroups: ['CMS1'],
    offlineGroups: [],
    resources: [
      { name: 'Cluster IP Address', group: 'Cluster Group', owner: 'NODE1', state: 'online' },
      { name: 'Backup Disk', group: 'Backup', owner: 'NODE2', state: 'offline' },
      { name: 'Odd' },
      { name: 'SG2/DB2 (CMS1)', group: 'CMS1', state: 'onlinePending' },
    ],
    resourcesNotOnline: ['Backup Disk (Offline)', 'SG2/DB2 (CMS1) (Online Pending)'],
    failedResources: [],
    offlineResources: ['Backup Disk'],
    offlineResourceGroups: ['Backup'],
    resourcesFailedOrOffline: 2,
  });
});

test('neither list read: nothing is known', () => {
  expect(clusterStatesOf(undefined, undefined)).toEqual({});
  expect(clusterStatesOf({}, {})).toEqual({});
});

test('a truncated capture that shows a Failed and an Offline entry: both known, their lists given', () => {
  expect(
    clusterStatesOf(undefined, {
      resources: [res('A', 'G1', 'failed'), res('B', 'G2', 'offline')],
      truncated: true,
    }),
  ).toMatchObject({ failedResources: ['A'], offlineResources: ['B'], offlineResourceGroups: ['G2'] });
});
