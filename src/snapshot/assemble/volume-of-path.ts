import type { Server } from '../schema';

type MountedVolume = NonNullable<Server['mountedVolumes']>[number];
type Text = { en: string; de: string };

/** The volume a path is on, the place it is mounted at, and what decided it; or why it is unknown. */
export type VolumeOfPath = { volume: string; mountPoint: string; basis: Text; byDriveLetterOnly?: true } | { unknown: Text };

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
  if (dir === '\\') return { unknown: { en: 'no path', de: 'kein Pfad' } };
  const unc = /^\\\\([^\\?.][^\\]*)\\([^\\]+)\\/.exec(dir);
  if (unc) {
    const share = `\\\\${unc[1]}\\${unc[2]}`;
    return {
      volume: share,
      mountPoint: `${share}\\`,
      basis: { en: `${path} is on the share ${share}`, de: `${path} liegt auf der Freigabe ${share}` },
    };
  }
  const guid = GUID_PATH.exec(dir);
  if (guid)
    return {
      volume: guid[0],
      mountPoint: guid[0],
      basis: { en: `${path} names its volume ${guid[0]}`, de: `${path} nennt sein Volume ${guid[0]}` },
    };
  const drive = /^([a-z]):\\/.exec(dir)?.[1];
  if (!drive)
    return {
      unknown: { en: `${path} is neither a drive nor a UNC path`, de: `${path} ist weder ein Laufwerks- noch ein UNC-Pfad` },
    };
  const letter = `${drive.toUpperCase()}:`;
  if (!volumes)
    return {
      volume: letter,
      mountPoint: `${letter}\\`,
      basis: { en: `${path} is on drive ${letter}`, de: `${path} liegt auf Laufwerk ${letter}` },
      byDriveLetterOnly: true,
    };
  const mounted = volumes
    .filter((v) => !GUID_PATH.test(v.name) && dir.startsWith(normalizedDir(v.name)))
    .sort((a, b) => normalizedDir(b.name).length - normalizedDir(a.name).length)[0];
  if (!mounted)
    return {
      unknown: {
        en: `no volume in volumes.txt is mounted at ${letter}\\ or a folder holding ${path}`,
        de: `kein Volume in volumes.txt ist unter ${letter}\\ oder einem Ordner mit ${path} bereitgestellt`,
      },
    };
  const volume = (mounted.deviceId ?? normalizedDir(mounted.name)).toLowerCase();
  return {
    volume,
    mountPoint: mounted.name,
    basis: {
      en: `${path} is on the volume mounted at ${mounted.name}`,
      de: `${path} liegt auf dem unter ${mounted.name} bereitgestellten Volume`,
    },
  };
}

/** Whether two paths are on one volume (true/false with the reason), or why that is unknown. */
export function sameVolume(
  a: string,
  b: string,
  volumes: readonly MountedVolume[] | undefined,
): { same: boolean; basis: Text; mountPoints: [string, string] } | { unknown: Text } {
  const va = volumeOfPath(a, volumes);
  const vb = volumeOfPath(b, volumes);
  if ('unknown' in va) return va;
  if ('unknown' in vb) return vb;
  const letters = va.byDriveLetterOnly || vb.byDriveLetterOnly;
  const basis = {
    en: `${va.basis.en}; ${vb.basis.en}${letters ? ' (by drive letter: volumes.txt missing)' : ''}`,
    de: `${va.basis.de}; ${vb.basis.de}${letters ? ' (nach Laufwerksbuchstabe: volumes.txt fehlt)' : ''}`,
  };
  const mountPoints: [string, string] = [va.mountPoint, vb.mountPoint];
  if (va.volume.toLowerCase() !== vb.volume.toLowerCase()) return { same: false, basis, mountPoints };
  if (letters)
    return {
      unknown: {
        en: `both are on drive ${va.volume}; whether a mount point separates them needs volumes.txt`,
        de: `beide liegen auf Laufwerk ${va.volume}; ob ein Bereitstellungspunkt sie trennt, zeigt erst volumes.txt`,
      },
    };
  return { same: true, basis, mountPoints };
}
