import type { Server } from '../schema';

type MountedVolume = NonNullable<Server['mountedVolumes']>[number];
type Partition = NonNullable<Server['partitions']>[number];
type PartitionFact = NonNullable<Server['exchangeVolumes']>[number]['partition'];

const KB8 = 8192;
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const de = (n: number) => String(n).replace('.', ',');

/**
 * The partition a volume is on, and whether its start is a multiple of 8 KB (STO-011). Win32_LogicalDiskToPartition
 * (partition-drives.txt) maps drive letters to partitions: a volume with a drive letter (at any of its mount
 * points: the same volume GUID) is found by it; a volume mounted only in a folder is not, and its partition
 * stays unknown, as it does when the partition lists are missing or name no partition or two for the letter.
 */
export function partitionOfVolume(
  volume: MountedVolume,
  mounted: readonly MountedVolume[],
  partitions: readonly Partition[] | undefined,
  mapped: boolean,
): PartitionFact {
  const unknown = (en: string, deText: string): PartitionFact => ({
    volume: volume.name,
    offsetMultipleOf8KbBasis: { en, de: deText },
  });
  // Without the partition lists the reason names them (partitions.txt, partition-drives.txt) from the snapshot
  // schema, in words the reports translate.
  if (!partitions || !mapped) return { volume: volume.name };
  const same = (v: MountedVolume) => volume.deviceId !== undefined && v.deviceId?.toLowerCase() === volume.deviceId.toLowerCase();
  const letter = (volume.driveLetter ?? mounted.find((v) => same(v) && v.driveLetter)?.driveLetter)?.toUpperCase();
  if (!letter)
    return unknown(
      `the volume mounted at ${volume.name} has no drive letter, and Win32_LogicalDiskToPartition maps drive letters only: its partition is unknown`,
      `das unter ${volume.name} bereitgestellte Volume hat keinen Laufwerksbuchstaben, und Win32_LogicalDiskToPartition ordnet nur Laufwerksbuchstaben zu: seine Partition ist unbekannt`,
    );
  const found = partitions.filter((p) => p.driveLetters.some((d) => d.toUpperCase() === letter));
  if (found.length !== 1)
    return unknown(
      found.length === 0
        ? `partition-drives.txt names no partition for ${letter}`
        : `partition-drives.txt names ${found.length} partitions for ${letter}: ${found.map((p) => p.name).join(', ')}`,
      found.length === 0
        ? `partition-drives.txt nennt keine Partition für ${letter}`
        : `partition-drives.txt nennt ${found.length} Partitionen für ${letter}: ${found.map((p) => p.name).join(', ')}`,
    );
  const partition = found[0]!;
  const base = {
    volume: volume.name,
    name: partition.name,
    ...(partition.diskIndex !== undefined ? { diskIndex: partition.diskIndex } : {}),
  };
  const offset = partition.startingOffsetBytes;
  if (offset === undefined)
    return {
      ...base,
      offsetMultipleOf8KbBasis: {
        en: `${letter} is on ${partition.name}, for which partitions.txt gives no starting offset`,
        de: `${letter} liegt auf ${partition.name}, für die partitions.txt keinen Startoffset nennt`,
      },
    };
  const aligned = offset % KB8 === 0;
  return {
    ...base,
    startingOffsetBytes: offset,
    startingOffsetKb: kb(offset),
    offsetMultipleOf8Kb: aligned,
    offsetMultipleOf8KbBasis: {
      en: `${letter} is on ${partition.name}, which starts at ${offset} bytes (${kb(offset)} KB): ${aligned ? 'a' : 'not a'} multiple of 8 KB`,
      de: `${letter} liegt auf ${partition.name}, die bei ${offset} Byte (${de(kb(offset))} KB) beginnt: ${aligned ? 'ein' : 'kein'} Vielfaches von 8 KB`,
    },
  };
}
