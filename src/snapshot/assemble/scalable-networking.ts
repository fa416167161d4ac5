import type { SnpValue } from '../../../collectors/sources/reg-tcpip-parameters';
import type { Server } from '../schema';

/**
 * The Scalable Networking Pack switches as ExBPA reads them (SYS-004): a value present and not 0 is a feature
 * on; a value not set is not counted. KB948496 (which sets all three to 0) is installed when the hotfix list
 * names it, not installed when the list is whole and does not, and unknown otherwise.
 */
export function scalableNetworkingOf(
  values: readonly SnpValue[] | undefined,
  hotfixes: Server['hotfixes'],
): Server['scalableNetworking'] | undefined {
  if (!values) return undefined;
  const kb = hotfixes?.ids.includes('KB948496') ? true : hotfixes?.listComplete ? false : undefined;
  return {
    values: values.map((v) => ({ name: v.name, ...(v.value !== undefined ? { value: v.value } : {}) })),
    featuresOn: values.filter((v) => v.value !== undefined && v.value !== 0).map((v) => `${v.name}=${v.value}`),
    ...(kb !== undefined ? { kb948496: kb } : {}),
  };
}
