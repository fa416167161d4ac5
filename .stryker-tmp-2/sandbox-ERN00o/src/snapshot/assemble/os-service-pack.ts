// @ts-nocheck
function stryNS_9fa48() {
  var g = typeof globalThis === 'object' && globalThis && globalThis.Math === Math && globalThis || new Function("return this")();
  var ns = g.__stryker__ || (g.__stryker__ = {});
  if (ns.activeMutant === undefined && g.process && g.process.env && g.process.env.__STRYKER_ACTIVE_MUTANT__) {
    ns.activeMutant = g.process.env.__STRYKER_ACTIVE_MUTANT__;
  }
  function retrieveNS() {
    return ns;
  }
  stryNS_9fa48 = retrieveNS;
  return retrieveNS();
}
stryNS_9fa48();
function stryCov_9fa48() {
  var ns = stryNS_9fa48();
  var cov = ns.mutantCoverage || (ns.mutantCoverage = {
    static: {},
    perTest: {}
  });
  function cover() {
    var c = cov.static;
    if (ns.currentTestId) {
      c = cov.perTest[ns.currentTestId] = cov.perTest[ns.currentTestId] || {};
    }
    var a = arguments;
    for (var i = 0; i < a.length; i++) {
      c[a[i]] = (c[a[i]] || 0) + 1;
    }
  }
  stryCov_9fa48 = cover;
  cover.apply(null, arguments);
}
function stryMutAct_9fa48(id) {
  var ns = stryNS_9fa48();
  function isActive(id) {
    if (ns.activeMutant === id) {
      if (ns.hitCount !== void 0 && ++ns.hitCount > ns.hitLimit) {
        throw new Error('Stryker: Hit count limit reached (' + ns.hitCount + ')');
      }
      return true;
    }
    return false;
  }
  stryMutAct_9fa48 = isActive;
  return isActive(id);
}
import type { SysteminfoOs } from '../../../collectors/sources/systeminfo';
import type { LocalizedText } from './os-family';

/**
 * How the service pack was read from the OS version: `Service Pack 2` named, or none named (RTM), either
 * with a marker (`N/A`, `N/D`) or with nothing at all (`5.2.3790 Build 3790`, Windows Server 2003 RTM).
 * Undefined when the service pack is unknown.
 */
export function servicePackBasisOf(os: SysteminfoOs): LocalizedText | undefined {
  if (stryMutAct_9fa48("261")) {
    {}
  } else {
    stryCov_9fa48("261");
    if (stryMutAct_9fa48("264") ? os.servicePack === undefined && os.versionText === undefined : stryMutAct_9fa48("263") ? false : stryMutAct_9fa48("262") ? true : (stryCov_9fa48("262", "263", "264"), (stryMutAct_9fa48("266") ? os.servicePack !== undefined : stryMutAct_9fa48("265") ? false : (stryCov_9fa48("265", "266"), os.servicePack === undefined)) || (stryMutAct_9fa48("268") ? os.versionText !== undefined : stryMutAct_9fa48("267") ? false : (stryCov_9fa48("267", "268"), os.versionText === undefined)))) return undefined;
    const where = (stryMutAct_9fa48("271") ? os.versionLine !== undefined : stryMutAct_9fa48("270") ? false : stryMutAct_9fa48("269") ? true : (stryCov_9fa48("269", "270", "271"), os.versionLine === undefined)) ? stryMutAct_9fa48("272") ? {} : (stryCov_9fa48("272"), {
      en: stryMutAct_9fa48("273") ? "Stryker was here!" : (stryCov_9fa48("273"), ''),
      de: stryMutAct_9fa48("274") ? "Stryker was here!" : (stryCov_9fa48("274"), '')
    }) : stryMutAct_9fa48("275") ? {} : (stryCov_9fa48("275"), {
      en: stryMutAct_9fa48("276") ? `` : (stryCov_9fa48("276"), ` (systeminfo.txt line ${os.versionLine})`),
      de: stryMutAct_9fa48("277") ? `` : (stryCov_9fa48("277"), ` (systeminfo.txt Zeile ${os.versionLine})`)
    });
    const version = stryMutAct_9fa48("278") ? {} : (stryCov_9fa48("278"), {
      en: stryMutAct_9fa48("279") ? `` : (stryCov_9fa48("279"), `the OS version "${os.versionText}"${where.en}`),
      de: stryMutAct_9fa48("280") ? `` : (stryCov_9fa48("280"), `die Betriebssystemversion „${os.versionText}“${where.de}`)
    });
    if (stryMutAct_9fa48("284") ? os.servicePack <= 0 : stryMutAct_9fa48("283") ? os.servicePack >= 0 : stryMutAct_9fa48("282") ? false : stryMutAct_9fa48("281") ? true : (stryCov_9fa48("281", "282", "283", "284"), os.servicePack > 0)) {
      if (stryMutAct_9fa48("285")) {
        {}
      } else {
        stryCov_9fa48("285");
        return stryMutAct_9fa48("286") ? {} : (stryCov_9fa48("286"), {
          en: stryMutAct_9fa48("287") ? `` : (stryCov_9fa48("287"), `${version.en} names "${os.servicePackText}"`),
          de: stryMutAct_9fa48("288") ? `` : (stryCov_9fa48("288"), `${version.de} nennt „${os.servicePackText}“`)
        });
      }
    }
    if (stryMutAct_9fa48("290") ? false : stryMutAct_9fa48("289") ? true : (stryCov_9fa48("289", "290"), os.servicePackText)) {
      if (stryMutAct_9fa48("291")) {
        {}
      } else {
        stryCov_9fa48("291");
        return stryMutAct_9fa48("292") ? {} : (stryCov_9fa48("292"), {
          en: stryMutAct_9fa48("293") ? `` : (stryCov_9fa48("293"), `${version.en} names no service pack ("${os.servicePackText}"): RTM`),
          de: stryMutAct_9fa48("294") ? `` : (stryCov_9fa48("294"), `${version.de} nennt kein Service Pack („${os.servicePackText}“): RTM`)
        });
      }
    }
    return stryMutAct_9fa48("295") ? {} : (stryCov_9fa48("295"), {
      en: stryMutAct_9fa48("296") ? `` : (stryCov_9fa48("296"), `${version.en} names no service pack: RTM`),
      de: stryMutAct_9fa48("297") ? `` : (stryCov_9fa48("297"), `${version.de} nennt kein Service Pack: RTM`)
    });
  }
}