import type { DisksFacts } from '../../../collectors/sources/disks';
import type { FileVersionsFacts } from '../../../collectors/sources/file-versions';
import type { PartitionDrivesFacts } from '../../../collectors/sources/partition-drives';
import type { PartitionsFacts } from '../../../collectors/sources/partitions';
import type { RegEventlogApplicationFacts } from '../../../collectors/sources/reg-eventlog-application';
import type { RegOcManagerFacts } from '../../../collectors/sources/reg-oc-manager';
import type { RegPowershellFacts } from '../../../collectors/sources/reg-powershell';
import type { VolumesFacts } from '../../../collectors/sources/volumes';
import type { Server } from '../schema';
import type { FolderFacts } from './folder-facts';

/** PowerShell, Windows components (IIS, SMTP, NNTP), the application log size, file versions, volumes, mount points and partitions. */
export function windowsExtrasOf(folder: FolderFacts): Partial<Server> {
  const out: Partial<Server> = {};
  const ps = folder.facts<RegPowershellFacts>('reg-powershell.txt');
  if (ps?.installed !== undefined) out.powershell = { installed: ps.installed, ...(ps.version ? { version: ps.version } : {}) };
  const oc = folder.facts<RegOcManagerFacts>('reg-oc-manager.txt');
  if (oc) {
    out.windowsComponents = {
      ...(oc.iisWww !== undefined ? { iisWww: oc.iisWww } : {}),
      ...(oc.iisSmtp !== undefined ? { iisSmtp: oc.iisSmtp } : {}),
      ...(oc.iisNntp !== undefined ? { iisNntp: oc.iisNntp } : {}),
    };
  }
  const log = folder.facts<RegEventlogApplicationFacts>('reg-eventlog-application.txt');
  if (log?.maxSizeBytes !== undefined) {
    out.applicationLogMaxSizeBytes = log.maxSizeBytes;
    out.applicationLogMaxSizeMb = megabytesDown(log.maxSizeBytes);
  }
  const files = folder.facts<FileVersionsFacts>('file-versions.txt')?.files;
  if (files) {
    const version = (name: string) => files.find((f) => f.name === name)?.version;
    out.fileVersions = {
      ...(version('tcpip.sys') ? { tcpipSys: version('tcpip.sys') } : {}),
      ...(version('mmc.exe') ? { mmcExe: version('mmc.exe') } : {}),
    };
  }
  const mounted = folder.facts<VolumesFacts>('volumes.txt')?.volumes;
  if (mounted) {
    out.mountedVolumes = mounted.map((v) => ({
      name: v.name,
      ...(v.deviceId !== undefined ? { deviceId: v.deviceId } : {}),
      ...(v.driveLetter !== undefined ? { driveLetter: v.driveLetter } : {}),
      ...(v.label !== undefined ? { label: v.label } : {}),
      ...(v.fileSystem !== undefined ? { fileSystem: v.fileSystem } : {}),
      ...(v.blockSize !== undefined ? { blockSizeBytes: v.blockSize } : {}),
      ...(v.capacityBytes !== undefined ? { capacityBytes: v.capacityBytes } : {}),
      ...(v.freeSpaceBytes !== undefined ? { freeSpaceBytes: v.freeSpaceBytes } : {}),
    }));
  }
  const partitions = folder.facts<PartitionsFacts>('partitions.txt')?.partitions;
  if (partitions) {
    const drives = folder.facts<PartitionDrivesFacts>('partition-drives.txt')?.partitionDrives ?? [];
    out.partitions = partitions.map((p) => ({
      name: p.name,
      ...(p.diskIndex !== undefined ? { diskIndex: p.diskIndex } : {}),
      ...(p.index !== undefined ? { index: p.index } : {}),
      ...(p.sizeBytes !== undefined ? { sizeBytes: p.sizeBytes } : {}),
      ...(p.startingOffsetBytes !== undefined ? { startingOffsetBytes: p.startingOffsetBytes } : {}),
      driveLetters: drives.filter((d) => d.partition === p.name).map((d) => d.drive),
    }));
  }
  const volumes = folder.facts<DisksFacts>('disks.txt')?.volumes;
  if (volumes) {
    out.volumes = volumes.map((v) => ({
      caption: v.caption,
      ...(v.driveType !== undefined ? { driveType: v.driveType } : {}),
      ...(v.freeSpaceBytes !== undefined ? { freeSpaceBytes: v.freeSpaceBytes } : {}),
      ...(v.sizeBytes !== undefined ? { sizeBytes: v.sizeBytes } : {}),
    }));
    const systemDrive = systemDriveOf(files);
    const system = systemDrive ? out.volumes.find((v) => v.caption.toUpperCase() === systemDrive) : undefined;
    if (system) out.systemVolume = { caption: system.caption, ...pick(system) };
  }
  return out;
}

/** The drive Windows is on, from the path wmic found the system files at (`c:\windows\…` → `C:`). */
function systemDriveOf(files: FileVersionsFacts['files']): string | undefined {
  const path = files?.find((f) => /\\system32\\/i.test(f.path))?.path;
  const drive = path ? /^([a-z]):/i.exec(path)?.[1] : undefined;
  return drive ? `${drive.toUpperCase()}:` : undefined;
}

function pick(v: { freeSpaceBytes?: number; sizeBytes?: number }) {
  return {
    ...(v.freeSpaceBytes !== undefined ? { freeSpaceBytes: v.freeSpaceBytes, freeSpaceMb: megabytesDown(v.freeSpaceBytes) } : {}),
    ...(v.sizeBytes !== undefined ? { sizeBytes: v.sizeBytes } : {}),
  };
}

/**
 * Bytes in MB (1,048,576 bytes), rounded DOWN to 0.1 MB: compared with a threshold in whole or tenth MB,
 * the result is below it exactly when the byte count is (722.96 MB stays below 723 MB).
 */
export function megabytesDown(bytes: number): number {
  return Math.floor((bytes / 1048576) * 10) / 10;
}
