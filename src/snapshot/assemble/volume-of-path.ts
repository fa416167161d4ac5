import type { Server } from '../schema';

type MountedVolume = NonNullable<Server['mountedVolumes']>[number];

/** The volume a path is on, the place it is mounted at, and what decided it; or why it is unknown. */
export type VolumeOfPath = { volume: string; mountPoint: string; basis: string; byDriveLetterOnly?: true } | { unknown: string };

const GUID_PATH = /^\\\\\?\\volume\{[0-9a-f-]+\}\\/i;

/** Lower case, backslashes, and a closing backslash, so that `M:\SG1` and `M:\SG1\` compare alike. */
export function normalizedDir(path: string): string {
  const p = path.trim().replace(/\//g, '\\').toLowerCase();
  return p.endsWith('\\') ? p : `${p}\\`;
}

/**
 * The volume a file or folder path is on. A UNC path (`\\server\share\…`) is on that share. A local path is
 * on the volume mounted at the longest mount point that contains it, from the volumes Win32_Volume lists
 * (volumes.txt): a drive root (`M:\`) or a folder (`M:\SG1\`), compared without regard to case and trailing
 * backslash, and only at a folder boundary (`M:\SG10\` is not inside `M:\SG1\`). Without that list the
 * drive letter is all there is (`byDriveLetterOnly`): whether a mount point lies under it is unknown.
 */
export function volumeOfPath(path: string, volumes: readonly MountedVolume[] | undefined): VolumeOfPath {
  const dir = normalizedDir(path);
  if (dir === '\\') return { unknown: 'no path' };
  const unc = /^\\\\([^\\?.][^\\]*)\\([^\\]+)\\/.exec(dir);
  if (unc) {
    const share = `\\\\${unc[1]}\\${unc[2]}`;
    return { volume: share, mountPoint: `${share}\\`, basis: `${path} is on the share ${share}` };
  }
  const guid = GUID_PATH.exec(dir);
  if (guid) return { volume: guid[0], mountPoint: guid[0], basis: `${path} names its volume ${guid[0]}` };
  const drive = /^([a-z]):\\/.exec(dir)?.[1];
  if (!drive) return { unknown: `${path} is neither a drive nor a UNC path` };
  const letter = `${drive.toUpperCase()}:`;
  if (!volumes)
    return { volume: letter, mountPoint: `${letter}\\`, basis: `${path} is on drive ${letter}`, byDriveLetterOnly: true };
  const mounted = volumes
    .filter((v) => !GUID_PATH.test(v.name) && dir.startsWith(normalizedDir(v.name)))
    .sort((a, b) => normalizedDir(b.name).length - normalizedDir(a.name).length)[0];
  if (!mounted) return { unknown: `no volume in volumes.txt is mounted at ${letter}\\ or a folder holding ${path}` };
  const volume = (mounted.deviceId ?? normalizedDir(mounted.name)).toLowerCase();
  return { volume, mountPoint: mounted.name, basis: `${path} is on the volume mounted at ${mounted.name}` };
}

/** Whether two paths are on one volume (true/false with the reason), or why that is unknown. */
export function sameVolume(
  a: string,
  b: string,
  volumes: readonly MountedVolume[] | undefined,
): { same: boolean; basis: string; mountPoints: [string, string] } | { unknown: string } {
  const va = volumeOfPath(a, volumes);
  const vb = volumeOfPath(b, volumes);
  if ('unknown' in va) return va;
  if ('unknown' in vb) return vb;
  const byLetter = va.byDriveLetterOnly || vb.byDriveLetterOnly ? ' (by drive letter: volumes.txt missing)' : '';
  const basis = `${va.basis}; ${vb.basis}${byLetter}`;
  const mountPoints: [string, string] = [va.mountPoint, vb.mountPoint];
  if (va.volume.toLowerCase() !== vb.volume.toLowerCase()) return { same: false, basis, mountPoints };
  if (va.byDriveLetterOnly || vb.byDriveLetterOnly)
    return { unknown: `both are on drive ${va.volume}; whether a mount point separates them needs volumes.txt` };
  return { same: true, basis, mountPoints };
}
