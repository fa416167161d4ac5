import type { Server } from '../../src/snapshot/schema';

/** A server of a snapshot for the fact tests: a cluster node with no sources, `extra` laid over it. */
export const server = (name: string, extra: Partial<Server> = {}): Server => ({
  name,
  folder: name,
  role: 'clusterNode',
  sources: {},
  ...extra,
});

/** An Exchange version as the snapshot holds it, from its text (`8.1.240.6`). */
export const version = (text: string) => {
  const [major, minor, build, revision] = text.split('.').map(Number) as [number, number, number, number];
  return { text, major, minor, build, revision };
};

/** A page file of a server (reg-memory-management.txt) with a fixed size in MB. */
export const fixed = (path: string, initialMb: number, maximumMb: number) => ({
  path,
  initialMb,
  maximumMb,
  systemManaged: false,
});

/** A page file of a server whose size the system manages. */
export const managed = (path: string) => ({ path, systemManaged: true });

type MountedVolume = NonNullable<Server['mountedVolumes']>[number];
type Partition = NonNullable<Server['partitions']>[number];

/** A mounted volume (volumes.txt): its device id from `id`, a block size, a drive letter when it has one. */
export const mountedVolume = (
  name: string,
  id: string | undefined,
  blockSizeBytes: number | undefined,
  driveLetter?: string,
): MountedVolume => ({
  name,
  ...(id !== undefined ? { deviceId: `\\\\?\\Volume{${id}}\\` } : {}),
  ...(blockSizeBytes !== undefined ? { blockSizeBytes } : {}),
  ...(driveLetter ? { driveLetter } : {}),
});

/** A mailbox node's volumes: C: and L: at 4 KB blocks, M: and the mount point M:\SG1\ at 64 KB. */
export const MOUNTED_VOLUMES = [
  mountedVolume('C:\\', 'c', 4096, 'C:'),
  mountedVolume('L:\\', 'l', 4096, 'L:'),
  mountedVolume('M:\\', 'm', 65536, 'M:'),
  mountedVolume('M:\\SG1\\', 'sg1', 65536),
];

/** A partition (partitions.txt, partition-drives.txt) with its offset and the drive letters on it. */
export const partition = (
  name: string,
  startingOffsetBytes: number | undefined,
  driveLetters: string[],
  diskIndex?: number,
): Partition => ({
  name,
  ...(diskIndex !== undefined ? { diskIndex } : {}),
  ...(startingOffsetBytes !== undefined ? { startingOffsetBytes } : {}),
  driveLetters,
});
