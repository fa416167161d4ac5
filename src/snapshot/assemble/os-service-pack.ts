import type { SysteminfoOs } from '../../../collectors/sources/systeminfo';
import type { LocalizedText } from './os-family';

/**
 * How the service pack was read from the OS version: `Service Pack 2` named, or none named (RTM), either
 * with a marker (`N/A`, `N/D`) or with nothing at all (`5.2.3790 Build 3790`, Windows Server 2003 RTM).
 * Undefined when the service pack is unknown.
 */
export function servicePackBasisOf(os: SysteminfoOs): LocalizedText | undefined {
  if (os.servicePack === undefined || os.versionText === undefined) return undefined;
  const where =
    os.versionLine === undefined
      ? { en: '', de: '' }
      : { en: ` (systeminfo.txt line ${os.versionLine})`, de: ` (systeminfo.txt Zeile ${os.versionLine})` };
  const version = {
    en: `the OS version "${os.versionText}"${where.en}`,
    de: `die Betriebssystemversion „${os.versionText}“${where.de}`,
  };
  if (os.servicePack > 0) {
    return { en: `${version.en} names "${os.servicePackText}"`, de: `${version.de} nennt „${os.servicePackText}“` };
  }
  if (os.servicePackText) {
    return {
      en: `${version.en} names no service pack ("${os.servicePackText}"): RTM`,
      de: `${version.de} nennt kein Service Pack („${os.servicePackText}“): RTM`,
    };
  }
  return { en: `${version.en} names no service pack: RTM`, de: `${version.de} nennt kein Service Pack: RTM` };
}
