import type { Server } from '../schema';
import type { LocalizedText } from './os-family';
import { megabytesDown } from './windows-extras';

export type InstallVolume = NonNullable<Server['installVolume']>;

/** Where the install folder comes from, best first. */
export type InstallPathEvidence =
  { kind: 'dataPath'; path: string; server: string } | { kind: 'plan'; path: string } | { kind: 'assumed' };

/**
 * The volume Exchange is installed to (PRE-008), from the best evidence there is: Exchange's own `DataPath`
 * (`ex-server.txt`: the install folder plus `\Mailbox`) on a machine where it runs; the plan's
 * `exchangeInstallPath` in `bundle.json` for a planned node; else, by assumption, the system volume, where
 * setup installs (`%ProgramFiles%\Microsoft\Exchange Server`) unless `/TargetDir` names another folder.
 * Undefined when the volume list or, for the assumption, the system volume is unknown; a path on a drive
 * the volume list does not have gives the volume without its free space, and the basis says why.
 */
export function installVolumeOf(server: Server, evidence: InstallPathEvidence): InstallVolume | undefined {
  if (evidence.kind === 'assumed') {
    const system = server.systemVolume;
    if (!system) return undefined;
    return {
      caption: system.caption,
      ...free(system.freeSpaceBytes),
      volumeBasis: {
        en: `assumed: setup installs to %ProgramFiles%\\Microsoft\\Exchange Server on the system volume ${system.caption} unless /TargetDir names another folder (bundle.json's plan names no exchangeInstallPath)`,
        de: `angenommen: Das Setup installiert nach %ProgramFiles%\\Microsoft\\Exchange Server auf dem Systemvolume ${system.caption}, sofern /TargetDir keinen anderen Ordner nennt (der Plan in bundle.json nennt keinen exchangeInstallPath)`,
      },
    };
  }
  if (!server.volumes) return undefined;
  const installPath = evidence.kind === 'dataPath' ? evidence.path.replace(/\\+Mailbox\\*$/i, '') : evidence.path;
  const because = basisOf(evidence, installPath);
  const drive = /^([A-Za-z]):/.exec(installPath)?.[1]?.toUpperCase();
  const volume = drive ? server.volumes.find((v) => v.caption.toUpperCase() === `${drive}:`) : undefined;
  if (!volume) {
    const missing: LocalizedText = drive
      ? { en: `; disks.txt lists no volume ${drive}:`, de: `; disks.txt nennt kein Volume ${drive}:` }
      : { en: '; the path names no drive letter', de: '; der Pfad nennt keinen Laufwerksbuchstaben' };
    return {
      caption: drive ? `${drive}:` : installPath,
      installPath,
      volumeBasis: { en: because.en + missing.en, de: because.de + missing.de },
    };
  }
  return { caption: volume.caption, installPath, ...free(volume.freeSpaceBytes), volumeBasis: because };
}

function basisOf(evidence: Exclude<InstallPathEvidence, { kind: 'assumed' }>, installPath: string): LocalizedText {
  if (evidence.kind === 'dataPath') {
    return {
      en: `Exchange is installed in ${installPath} (DataPath in the ex-server.txt of ${evidence.server})`,
      de: `Exchange ist in ${installPath} installiert (DataPath in der ex-server.txt von ${evidence.server})`,
    };
  }
  return {
    en: `bundle.json plans the installation to ${installPath} (plan.exchangeInstallPath)`,
    de: `bundle.json plant die Installation nach ${installPath} (plan.exchangeInstallPath)`,
  };
}

function free(bytes: number | undefined): Pick<InstallVolume, 'freeSpaceBytes' | 'freeSpaceMb'> {
  return bytes === undefined ? {} : { freeSpaceBytes: bytes, freeSpaceMb: megabytesDown(bytes) };
}
