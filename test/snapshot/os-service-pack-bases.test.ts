import type { SysteminfoOs } from '../../collectors/sources/systeminfo';
import { servicePackBasisOf } from '../../src/snapshot/assemble/os-service-pack';

/**
 * The basis of the service pack (server.os.servicePackBasis) word for word in both languages: a service pack
 * named, none named with a marker (`N/A`, German `N/V`), none named at all (Windows Server 2003 RTM), with and
 * without the line of systeminfo.txt; no basis when the service pack or the version text is unknown.
 */
const osOf = (fields: Partial<SysteminfoOs>): SysteminfoOs => fields as SysteminfoOs;

describe('servicePackBasisOf: word for word', () => {
  test.each([
    [
      'a service pack named, with its line',
      { versionText: '5.2.3790 Service Pack 2 Build 3790', versionLine: 7, servicePack: 2, servicePackText: 'Service Pack 2' },
      'the OS version "5.2.3790 Service Pack 2 Build 3790" (systeminfo.txt line 7) names "Service Pack 2"',
      'die Betriebssystemversion „5.2.3790 Service Pack 2 Build 3790“ (systeminfo.txt Zeile 7) nennt „Service Pack 2“',
    ],
    [
      'a service pack named, no line known (a snapshot from before lines were kept)',
      { versionText: '6.0.6001 Service Pack 1 Build 6001', servicePack: 1, servicePackText: 'Service Pack 1' },
      'the OS version "6.0.6001 Service Pack 1 Build 6001" names "Service Pack 1"',
      'die Betriebssystemversion „6.0.6001 Service Pack 1 Build 6001“ nennt „Service Pack 1“',
    ],
    [
      'RTM by a marker, German systeminfo',
      { versionText: '6.0.6000 N/V Build 6000', versionLine: 4, servicePack: 0, servicePackText: 'N/V' },
      'the OS version "6.0.6000 N/V Build 6000" (systeminfo.txt line 4) names no service pack ("N/V"): RTM',
      'die Betriebssystemversion „6.0.6000 N/V Build 6000“ (systeminfo.txt Zeile 4) nennt kein Service Pack („N/V“): RTM',
    ],
    [
      'RTM with nothing named (Windows Server 2003 RTM), no line',
      { versionText: '5.2.3790 Build 3790', servicePack: 0 },
      'the OS version "5.2.3790 Build 3790" names no service pack: RTM',
      'die Betriebssystemversion „5.2.3790 Build 3790“ nennt kein Service Pack: RTM',
    ],
    [
      'RTM with an empty marker, with its line',
      { versionText: '5.2.3790 Build 3790', versionLine: 12, servicePack: 0, servicePackText: '' },
      'the OS version "5.2.3790 Build 3790" (systeminfo.txt line 12) names no service pack: RTM',
      'die Betriebssystemversion „5.2.3790 Build 3790“ (systeminfo.txt Zeile 12) nennt kein Service Pack: RTM',
    ],
  ])('%s', (_case, os, en, de) => {
    expect(servicePackBasisOf(osOf(os))).toEqual({ en, de });
  });

  test.each([
    ['the service pack unknown', { versionText: '5.2.3790 Beta 2 Build 3790', versionLine: 4 }],
    ['the version text unknown although a service pack was read', { servicePack: 2, servicePackText: 'Service Pack 2' }],
    ['nothing known', {}],
  ])('no basis: %s', (_case, os) => {
    expect(servicePackBasisOf(osOf(os))).toBeUndefined();
  });
});
