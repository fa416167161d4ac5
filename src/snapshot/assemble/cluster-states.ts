import type { ClusterGroupFacts } from '../../../collectors/sources/cluster-group';
import type { ClusterResFacts } from '../../../collectors/sources/cluster-res';
import type { Cluster } from '../schema';

type States = Pick<
  Cluster,
  | 'groups'
  | 'resources'
  | 'groupsNotOnline'
  | 'resourcesNotOnline'
  | 'resourcesFailedOrOffline'
  | 'failedGroups'
  | 'offlineGroups'
  | 'failedResources'
  | 'offlineResources'
  | 'offlineResourceGroups'
>;

const NOT_ONLINE = (state: string | undefined) => state !== undefined && state !== 'online';

/**
 * The groups and resources with their owner and state, and which of them are Failed or Offline (CLU-007).
 * Each list is known on its own: a missing group list leaves the resource lists standing, so a Failed
 * resource still fires. A list cut off in the capture (`truncated`) is complete only in what it shows: a
 * Failed or Offline entry seen is known, but "none" is not, so an empty list of a truncated capture is left
 * out (unknown) rather than given as empty.
 */
export function clusterStatesOf(groups: ClusterGroupFacts | undefined, resources: ClusterResFacts | undefined): States {
  const out: States = {};
  const label = (x: { name: string; state?: string; stateText?: string }) => `${x.name} (${x.stateText ?? x.state})`;
  const seen = <T>(list: T[], truncated: boolean | undefined): T[] | undefined =>
    truncated && list.length === 0 ? undefined : list;
  const g = groups?.groups;
  const r = resources?.resources;
  if (g) {
    out.groups = g.map((x) => ({ name: x.name, ...(x.node ? { owner: x.node } : {}), ...(x.state ? { state: x.state } : {}) }));
    out.groupsNotOnline = g.filter((x) => NOT_ONLINE(x.state)).map(label);
    assign(
      out,
      'failedGroups',
      seen(
        g.filter((x) => x.state === 'failed').map((x) => x.name),
        groups.truncated,
      ),
    );
    assign(
      out,
      'offlineGroups',
      seen(
        g.filter((x) => x.state === 'offline').map((x) => x.name),
        groups.truncated,
      ),
    );
  }
  if (r) {
    out.resources = r.map((x) => ({
      name: x.name,
      ...(x.group ? { group: x.group } : {}),
      ...(x.node ? { owner: x.node } : {}),
      ...(x.state ? { state: x.state } : {}),
    }));
    out.resourcesNotOnline = r.filter((x) => NOT_ONLINE(x.state)).map(label);
    const offline = r.filter((x) => x.state === 'offline');
    assign(
      out,
      'failedResources',
      seen(
        r.filter((x) => x.state === 'failed').map((x) => x.name),
        resources.truncated,
      ),
    );
    assign(
      out,
      'offlineResources',
      seen(
        offline.map((x) => x.name),
        resources.truncated,
      ),
    );
    assign(
      out,
      'offlineResourceGroups',
      seen(
        offline.map((x) => x.group ?? ''),
        resources.truncated,
      ),
    );
  }
  if (g && r) {
    const bad = (s: string | undefined) => s === 'failed' || s === 'offline';
    out.resourcesFailedOrOffline = g.filter((x) => bad(x.state)).length + r.filter((x) => bad(x.state)).length;
  }
  return out;
}

function assign<K extends keyof States>(out: States, key: K, value: States[K] | undefined): void {
  if (value !== undefined) out[key] = value;
}
