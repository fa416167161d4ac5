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
import type { ProductType, SysteminfoOs } from '../../../collectors/sources/systeminfo';
import type { OsFamily } from '../schema';

/**
 * The OS support class of a machine (`server.os.family`): which Windows it runs, as far as Exchange 2007
 * cares (OS-001, VIR-001, VIR-002). The classes are listed in `OS_FAMILIES` in the snapshot schema.
 */

/** Workstation (client) operating systems: never a supported base for an Exchange 2007 server. */
export const WORKSTATION_FAMILIES: readonly OsFamily[] = stryMutAct_9fa48("0") ? [] : (stryCov_9fa48("0"), [stryMutAct_9fa48("1") ? "" : (stryCov_9fa48("1"), 'Windows XP'), stryMutAct_9fa48("2") ? "" : (stryCov_9fa48("2"), 'Windows Vista'), stryMutAct_9fa48("3") ? "" : (stryCov_9fa48("3"), 'Windows 7'), stryMutAct_9fa48("4") ? "" : (stryCov_9fa48("4"), 'Windows 8'), stryMutAct_9fa48("5") ? "" : (stryCov_9fa48("5"), 'Windows 8.1'), stryMutAct_9fa48("6") ? "" : (stryCov_9fa48("6"), 'Windows 10'), stryMutAct_9fa48("7") ? "" : (stryCov_9fa48("7"), 'Windows 11')]);
export interface LocalizedText {
  en: string;
  de: string;
}

/** The class, or none when the evidence does not decide it, and in both cases why. */
export interface OsFamilyFact {
  value?: OsFamily;
  basis: LocalizedText;
  /** False when the OS name is not one bpa can classify: the caller reports it as a diagnostic. */
  nameRecognised: boolean;
}

/** What the OS name or the version tells before the service pack is looked at. */
type Product = Exclude<OsFamily, `Windows Server 2003 ${'RTM' | 'SP1' | 'SP2' | 'R2'}`> | 'Windows Server 2003' | 'Windows Server 2003 R2';

/** Classes that are unsupported whatever else is true: the version and product type may decide them alone. */
const ALWAYS_UNSUPPORTED: readonly Product[] = stryMutAct_9fa48("8") ? [] : (stryCov_9fa48("8"), [stryMutAct_9fa48("9") ? "" : (stryCov_9fa48("9"), 'Windows 2000'), stryMutAct_9fa48("10") ? "" : (stryCov_9fa48("10"), 'Windows Server 2012+'), ...(WORKSTATION_FAMILIES as Product[])]);

/**
 * Classifies the OS from systeminfo's facts. The OS name decides; the version (major.minor, and the build for
 * Windows 11) with the product type (workstation, server, domain controller) must agree with it, or the class
 * is unknown (conflicting evidence). An OS name bpa cannot classify leaves the class unknown, unless version
 * and product type name a class that is unsupported whatever the name says (a workstation OS, Windows 2000,
 * Windows Server 2012 or later): such a machine can never pass, so a name bpa does not know cannot hide a
 * problem. Windows Server 2003 is split by its service pack; an unknown service pack leaves it unknown.
 */
export function osFamilyOf(os: SysteminfoOs & {
  name: string;
}): OsFamilyFact {
  if (stryMutAct_9fa48("11")) {
    {}
  } else {
    stryCov_9fa48("11");
    const fromName = productOfName(os.name);
    const fromVersion = productsOfVersion(os);
    const name = stryMutAct_9fa48("12") ? {} : (stryCov_9fa48("12"), {
      en: stryMutAct_9fa48("13") ? `` : (stryCov_9fa48("13"), `OS name "${os.name}"${at(os.nameLine, stryMutAct_9fa48("14") ? "" : (stryCov_9fa48("14"), 'en'))}`),
      de: stryMutAct_9fa48("15") ? `` : (stryCov_9fa48("15"), `Betriebssystemname „${os.name}“${at(os.nameLine, stryMutAct_9fa48("16") ? "" : (stryCov_9fa48("16"), 'de'))}`)
    });
    const version = versionEvidence(os);
    if (stryMutAct_9fa48("19") ? fromName && fromVersion || !fromVersion.products.includes(fromName) : stryMutAct_9fa48("18") ? false : stryMutAct_9fa48("17") ? true : (stryCov_9fa48("17", "18", "19"), (stryMutAct_9fa48("21") ? fromName || fromVersion : stryMutAct_9fa48("20") ? true : (stryCov_9fa48("20", "21"), fromName && fromVersion)) && (stryMutAct_9fa48("22") ? fromVersion.products.includes(fromName) : (stryCov_9fa48("22"), !fromVersion.products.includes(fromName))))) {
      if (stryMutAct_9fa48("23")) {
        {}
      } else {
        stryCov_9fa48("23");
        return stryMutAct_9fa48("24") ? {} : (stryCov_9fa48("24"), {
          nameRecognised: stryMutAct_9fa48("25") ? false : (stryCov_9fa48("25"), true),
          basis: stryMutAct_9fa48("26") ? {} : (stryCov_9fa48("26"), {
            en: stryMutAct_9fa48("27") ? `` : (stryCov_9fa48("27"), `conflicting evidence: the ${name.en} says ${fromName}, but ${version.en} is ${fromVersion.products.join(stryMutAct_9fa48("28") ? "" : (stryCov_9fa48("28"), ' or '))}`),
            de: stryMutAct_9fa48("29") ? `` : (stryCov_9fa48("29"), `widersprüchliche Angaben: ${name.de} nennt ${fromName}, aber ${version.de} ist ${fromVersion.products.join(stryMutAct_9fa48("30") ? "" : (stryCov_9fa48("30"), ' oder '))}`)
          })
        });
      }
    }
    if (stryMutAct_9fa48("33") ? false : stryMutAct_9fa48("32") ? true : stryMutAct_9fa48("31") ? fromName : (stryCov_9fa48("31", "32", "33"), !fromName)) {
      if (stryMutAct_9fa48("34")) {
        {}
      } else {
        stryCov_9fa48("34");
        const only = (stryMutAct_9fa48("37") ? fromVersion?.products.length !== 1 : stryMutAct_9fa48("36") ? false : stryMutAct_9fa48("35") ? true : (stryCov_9fa48("35", "36", "37"), (stryMutAct_9fa48("38") ? fromVersion.products.length : (stryCov_9fa48("38"), fromVersion?.products.length)) === 1)) ? fromVersion.products[0]! : undefined;
        if (stryMutAct_9fa48("41") ? only || ALWAYS_UNSUPPORTED.includes(only) : stryMutAct_9fa48("40") ? false : stryMutAct_9fa48("39") ? true : (stryCov_9fa48("39", "40", "41"), only && ALWAYS_UNSUPPORTED.includes(only))) {
          if (stryMutAct_9fa48("42")) {
            {}
          } else {
            stryCov_9fa48("42");
            return stryMutAct_9fa48("43") ? {} : (stryCov_9fa48("43"), {
              value: only as OsFamily,
              nameRecognised: stryMutAct_9fa48("44") ? true : (stryCov_9fa48("44"), false),
              basis: stryMutAct_9fa48("45") ? {} : (stryCov_9fa48("45"), {
                en: stryMutAct_9fa48("46") ? `` : (stryCov_9fa48("46"), `${version.en} is ${only} (the ${name.en} is not one bpa knows)`),
                de: stryMutAct_9fa48("47") ? `` : (stryCov_9fa48("47"), `${version.de} ist ${only} (${name.de} kennt bpa nicht)`)
              })
            });
          }
        }
        return stryMutAct_9fa48("48") ? {} : (stryCov_9fa48("48"), {
          nameRecognised: stryMutAct_9fa48("49") ? true : (stryCov_9fa48("49"), false),
          basis: stryMutAct_9fa48("50") ? {} : (stryCov_9fa48("50"), {
            en: stryMutAct_9fa48("51") ? `` : (stryCov_9fa48("51"), `the ${name.en} is not one bpa can classify`),
            de: stryMutAct_9fa48("52") ? `` : (stryCov_9fa48("52"), `${name.de} kann bpa keiner Windows-Version zuordnen`)
          })
        });
      }
    }
    const agrees = fromVersion ? stryMutAct_9fa48("53") ? {} : (stryCov_9fa48("53"), {
      en: stryMutAct_9fa48("54") ? `` : (stryCov_9fa48("54"), `; ${version.en} agrees`),
      de: stryMutAct_9fa48("55") ? `` : (stryCov_9fa48("55"), `; ${version.de} passt dazu`)
    }) : stryMutAct_9fa48("56") ? {} : (stryCov_9fa48("56"), {
      en: stryMutAct_9fa48("57") ? "Stryker was here!" : (stryCov_9fa48("57"), ''),
      de: stryMutAct_9fa48("58") ? "Stryker was here!" : (stryCov_9fa48("58"), '')
    });
    return withServicePack(fromName, os, stryMutAct_9fa48("59") ? {} : (stryCov_9fa48("59"), {
      en: stryMutAct_9fa48("60") ? `` : (stryCov_9fa48("60"), `${name.en}${agrees.en}`),
      de: stryMutAct_9fa48("61") ? `` : (stryCov_9fa48("61"), `${name.de}${agrees.de}`)
    }));
  }
}
function withServicePack(product: Product, os: SysteminfoOs, because: LocalizedText): OsFamilyFact {
  if (stryMutAct_9fa48("62")) {
    {}
  } else {
    stryCov_9fa48("62");
    const sp = os.servicePack;
    const decided = stryMutAct_9fa48("63") ? () => undefined : (stryCov_9fa48("63"), (() => {
      const decided = (value: OsFamily, en = stryMutAct_9fa48("64") ? "Stryker was here!" : (stryCov_9fa48("64"), ''), de = stryMutAct_9fa48("65") ? "Stryker was here!" : (stryCov_9fa48("65"), '')): OsFamilyFact => stryMutAct_9fa48("66") ? {} : (stryCov_9fa48("66"), {
        value,
        nameRecognised: stryMutAct_9fa48("67") ? false : (stryCov_9fa48("67"), true),
        basis: stryMutAct_9fa48("68") ? {} : (stryCov_9fa48("68"), {
          en: stryMutAct_9fa48("69") ? `` : (stryCov_9fa48("69"), `${value}: ${because.en}${en}`),
          de: stryMutAct_9fa48("70") ? `` : (stryCov_9fa48("70"), `${value}: ${because.de}${de}`)
        })
      });
      return decided;
    })());
    if (stryMutAct_9fa48("73") ? product !== 'Windows Server 2003 R2' : stryMutAct_9fa48("72") ? false : stryMutAct_9fa48("71") ? true : (stryCov_9fa48("71", "72", "73"), product === (stryMutAct_9fa48("74") ? "" : (stryCov_9fa48("74"), 'Windows Server 2003 R2')))) {
      if (stryMutAct_9fa48("75")) {
        {}
      } else {
        stryCov_9fa48("75");
        if (stryMutAct_9fa48("78") ? sp !== 0 : stryMutAct_9fa48("77") ? false : stryMutAct_9fa48("76") ? true : (stryCov_9fa48("76", "77", "78"), sp === 0)) {
          if (stryMutAct_9fa48("79")) {
            {}
          } else {
            stryCov_9fa48("79");
            return stryMutAct_9fa48("80") ? {} : (stryCov_9fa48("80"), {
              nameRecognised: stryMutAct_9fa48("81") ? false : (stryCov_9fa48("81"), true),
              basis: stryMutAct_9fa48("82") ? {} : (stryCov_9fa48("82"), {
                en: stryMutAct_9fa48("83") ? `` : (stryCov_9fa48("83"), `conflicting evidence: ${because.en}; R2 is built on SP1, but the version names no service pack`),
                de: stryMutAct_9fa48("84") ? `` : (stryCov_9fa48("84"), `widersprüchliche Angaben: ${because.de}; R2 baut auf SP1 auf, die Version nennt aber kein Service Pack`)
              })
            });
          }
        }
        return decided(stryMutAct_9fa48("85") ? "" : (stryCov_9fa48("85"), 'Windows Server 2003 R2'));
      }
    }
    if (stryMutAct_9fa48("88") ? product === 'Windows Server 2003' : stryMutAct_9fa48("87") ? false : stryMutAct_9fa48("86") ? true : (stryCov_9fa48("86", "87", "88"), product !== (stryMutAct_9fa48("89") ? "" : (stryCov_9fa48("89"), 'Windows Server 2003')))) return decided(product);
    if (stryMutAct_9fa48("92") ? sp !== undefined : stryMutAct_9fa48("91") ? false : stryMutAct_9fa48("90") ? true : (stryCov_9fa48("90", "91", "92"), sp === undefined)) {
      if (stryMutAct_9fa48("93")) {
        {}
      } else {
        stryCov_9fa48("93");
        return stryMutAct_9fa48("94") ? {} : (stryCov_9fa48("94"), {
          nameRecognised: stryMutAct_9fa48("95") ? false : (stryCov_9fa48("95"), true),
          basis: stryMutAct_9fa48("96") ? {} : (stryCov_9fa48("96"), {
            en: stryMutAct_9fa48("97") ? `` : (stryCov_9fa48("97"), `Windows Server 2003 with a service pack bpa could not read: ${because.en}`),
            de: stryMutAct_9fa48("98") ? `` : (stryCov_9fa48("98"), `Windows Server 2003 mit einem Service Pack, das bpa nicht lesen konnte: ${because.de}`)
          })
        });
      }
    }
    const spText = (stryMutAct_9fa48("101") ? sp !== 0 : stryMutAct_9fa48("100") ? false : stryMutAct_9fa48("99") ? true : (stryCov_9fa48("99", "100", "101"), sp === 0)) ? stryMutAct_9fa48("102") ? {} : (stryCov_9fa48("102"), {
      en: stryMutAct_9fa48("103") ? "" : (stryCov_9fa48("103"), '; no service pack (RTM)'),
      de: stryMutAct_9fa48("104") ? "" : (stryCov_9fa48("104"), '; kein Service Pack (RTM)')
    }) : stryMutAct_9fa48("105") ? {} : (stryCov_9fa48("105"), {
      en: stryMutAct_9fa48("106") ? `` : (stryCov_9fa48("106"), `; service pack ${sp}`),
      de: stryMutAct_9fa48("107") ? `` : (stryCov_9fa48("107"), `; Service Pack ${sp}`)
    });
    return decided((stryMutAct_9fa48("110") ? sp !== 0 : stryMutAct_9fa48("109") ? false : stryMutAct_9fa48("108") ? true : (stryCov_9fa48("108", "109", "110"), sp === 0)) ? stryMutAct_9fa48("111") ? "" : (stryCov_9fa48("111"), 'Windows Server 2003 RTM') : (stryMutAct_9fa48("114") ? sp !== 1 : stryMutAct_9fa48("113") ? false : stryMutAct_9fa48("112") ? true : (stryCov_9fa48("112", "113", "114"), sp === 1)) ? stryMutAct_9fa48("115") ? "" : (stryCov_9fa48("115"), 'Windows Server 2003 SP1') : stryMutAct_9fa48("116") ? "" : (stryCov_9fa48("116"), 'Windows Server 2003 SP2'), spText.en, spText.de);
  }
}

/** `Microsoftr Windows Serverr 2008` → `Microsoft Windows Server 2008`: ®, ™ and their OEM code page forms dropped. */
function normalizeName(name: string): string {
  if (stryMutAct_9fa48("117")) {
    {}
  } else {
    stryCov_9fa48("117");
    return stryMutAct_9fa48("118") ? name.replace(/\((?:R|TM)\)|[®™]/gi, '').replace(/\b(Microsoft|Windows|Server|Vista)[rT]\b/g, '$1').replace(/\s+/g, ' ') : (stryCov_9fa48("118"), name.replace(stryMutAct_9fa48("119") ? /\((?:R|TM)\)|[^®™]/gi : (stryCov_9fa48("119"), /\((?:R|TM)\)|[®™]/gi), stryMutAct_9fa48("120") ? "Stryker was here!" : (stryCov_9fa48("120"), '')).replace(stryMutAct_9fa48("121") ? /\b(Microsoft|Windows|Server|Vista)[^rT]\b/g : (stryCov_9fa48("121"), /\b(Microsoft|Windows|Server|Vista)[rT]\b/g), stryMutAct_9fa48("122") ? "" : (stryCov_9fa48("122"), '$1')).replace(stryMutAct_9fa48("124") ? /\S+/g : stryMutAct_9fa48("123") ? /\s/g : (stryCov_9fa48("123", "124"), /\s+/g), stryMutAct_9fa48("125") ? "" : (stryCov_9fa48("125"), ' ')).trim());
  }
}
function productOfName(raw: string): Product | undefined {
  if (stryMutAct_9fa48("126")) {
    {}
  } else {
    stryCov_9fa48("126");
    const name = normalizeName(raw);
    const server = (stryMutAct_9fa48("130") ? /\bServer (2003|2008|2012|2016|2019|2022|2025)\b(?: ?,? (R2)\b)?/i : stryMutAct_9fa48("129") ? /\bServer (2003|2008|2012|2016|2019|2022|2025)\b(?: ?, ?(R2)\b)?/i : stryMutAct_9fa48("128") ? /\bServer (2003|2008|2012|2016|2019|2022|2025)\b(?: ,? ?(R2)\b)?/i : stryMutAct_9fa48("127") ? /\bServer (2003|2008|2012|2016|2019|2022|2025)\b(?: ?,? ?(R2)\b)/i : (stryCov_9fa48("127", "128", "129", "130"), /\bServer (2003|2008|2012|2016|2019|2022|2025)\b(?: ?,? ?(R2)\b)?/i)).exec(name);
    if (stryMutAct_9fa48("132") ? false : stryMutAct_9fa48("131") ? true : (stryCov_9fa48("131", "132"), server)) {
      if (stryMutAct_9fa48("133")) {
        {}
      } else {
        stryCov_9fa48("133");
        const year = Number(server[1]);
        if (stryMutAct_9fa48("137") ? year < 2012 : stryMutAct_9fa48("136") ? year > 2012 : stryMutAct_9fa48("135") ? false : stryMutAct_9fa48("134") ? true : (stryCov_9fa48("134", "135", "136", "137"), year >= 2012)) return stryMutAct_9fa48("138") ? "" : (stryCov_9fa48("138"), 'Windows Server 2012+');
        return stryMutAct_9fa48("139") ? `` : (stryCov_9fa48("139"), `Windows Server ${year as 2003 | 2008}${server[2] ? stryMutAct_9fa48("140") ? "" : (stryCov_9fa48("140"), ' R2') : stryMutAct_9fa48("141") ? "Stryker was here!" : (stryCov_9fa48("141"), '')}`);
      }
    }
    if (stryMutAct_9fa48("143") ? false : stryMutAct_9fa48("142") ? true : (stryCov_9fa48("142", "143"), /\bWindows 2000\b/i.test(name))) return stryMutAct_9fa48("144") ? "" : (stryCov_9fa48("144"), 'Windows 2000');
    if (stryMutAct_9fa48("146") ? false : stryMutAct_9fa48("145") ? true : (stryCov_9fa48("145", "146"), /\bWindows XP\b/i.test(name))) return stryMutAct_9fa48("147") ? "" : (stryCov_9fa48("147"), 'Windows XP');
    if (stryMutAct_9fa48("149") ? false : stryMutAct_9fa48("148") ? true : (stryCov_9fa48("148", "149"), /\bWindows Vista\b/i.test(name))) return stryMutAct_9fa48("150") ? "" : (stryCov_9fa48("150"), 'Windows Vista');
    const client = /\bWindows (8\.1|8|7|10|11)\b/i.exec(name);
    return client ? `Windows ${client[1]!}` as Product : undefined;
  }
}
const BY_VERSION: Record<string, {
  workstation: Product[];
  server: Product[];
}> = stryMutAct_9fa48("151") ? {} : (stryCov_9fa48("151"), {
  '5.0': stryMutAct_9fa48("152") ? {} : (stryCov_9fa48("152"), {
    workstation: stryMutAct_9fa48("153") ? [] : (stryCov_9fa48("153"), [stryMutAct_9fa48("154") ? "" : (stryCov_9fa48("154"), 'Windows 2000')]),
    server: stryMutAct_9fa48("155") ? [] : (stryCov_9fa48("155"), [stryMutAct_9fa48("156") ? "" : (stryCov_9fa48("156"), 'Windows 2000')])
  }),
  '5.1': stryMutAct_9fa48("157") ? {} : (stryCov_9fa48("157"), {
    workstation: stryMutAct_9fa48("158") ? [] : (stryCov_9fa48("158"), [stryMutAct_9fa48("159") ? "" : (stryCov_9fa48("159"), 'Windows XP')]),
    server: stryMutAct_9fa48("160") ? ["Stryker was here"] : (stryCov_9fa48("160"), [])
  }),
  '5.2': stryMutAct_9fa48("161") ? {} : (stryCov_9fa48("161"), {
    workstation: stryMutAct_9fa48("162") ? [] : (stryCov_9fa48("162"), [stryMutAct_9fa48("163") ? "" : (stryCov_9fa48("163"), 'Windows XP')]),
    server: stryMutAct_9fa48("164") ? [] : (stryCov_9fa48("164"), [stryMutAct_9fa48("165") ? "" : (stryCov_9fa48("165"), 'Windows Server 2003'), stryMutAct_9fa48("166") ? "" : (stryCov_9fa48("166"), 'Windows Server 2003 R2')])
  }),
  '6.0': stryMutAct_9fa48("167") ? {} : (stryCov_9fa48("167"), {
    workstation: stryMutAct_9fa48("168") ? [] : (stryCov_9fa48("168"), [stryMutAct_9fa48("169") ? "" : (stryCov_9fa48("169"), 'Windows Vista')]),
    server: stryMutAct_9fa48("170") ? [] : (stryCov_9fa48("170"), [stryMutAct_9fa48("171") ? "" : (stryCov_9fa48("171"), 'Windows Server 2008')])
  }),
  '6.1': stryMutAct_9fa48("172") ? {} : (stryCov_9fa48("172"), {
    workstation: stryMutAct_9fa48("173") ? [] : (stryCov_9fa48("173"), [stryMutAct_9fa48("174") ? "" : (stryCov_9fa48("174"), 'Windows 7')]),
    server: stryMutAct_9fa48("175") ? [] : (stryCov_9fa48("175"), [stryMutAct_9fa48("176") ? "" : (stryCov_9fa48("176"), 'Windows Server 2008 R2')])
  }),
  '6.2': stryMutAct_9fa48("177") ? {} : (stryCov_9fa48("177"), {
    workstation: stryMutAct_9fa48("178") ? [] : (stryCov_9fa48("178"), [stryMutAct_9fa48("179") ? "" : (stryCov_9fa48("179"), 'Windows 8')]),
    server: stryMutAct_9fa48("180") ? [] : (stryCov_9fa48("180"), [stryMutAct_9fa48("181") ? "" : (stryCov_9fa48("181"), 'Windows Server 2012+')])
  }),
  '6.3': stryMutAct_9fa48("182") ? {} : (stryCov_9fa48("182"), {
    workstation: stryMutAct_9fa48("183") ? [] : (stryCov_9fa48("183"), [stryMutAct_9fa48("184") ? "" : (stryCov_9fa48("184"), 'Windows 8.1')]),
    server: stryMutAct_9fa48("185") ? [] : (stryCov_9fa48("185"), [stryMutAct_9fa48("186") ? "" : (stryCov_9fa48("186"), 'Windows Server 2012+')])
  }),
  '10.0': stryMutAct_9fa48("187") ? {} : (stryCov_9fa48("187"), {
    workstation: stryMutAct_9fa48("188") ? [] : (stryCov_9fa48("188"), [stryMutAct_9fa48("189") ? "" : (stryCov_9fa48("189"), 'Windows 10')]),
    server: stryMutAct_9fa48("190") ? [] : (stryCov_9fa48("190"), [stryMutAct_9fa48("191") ? "" : (stryCov_9fa48("191"), 'Windows Server 2012+')])
  })
});

/** The products a version and product type allow (undefined when the version says nothing bpa knows). */
function productsOfVersion(os: SysteminfoOs): {
  products: Product[];
} | undefined {
  if (stryMutAct_9fa48("192")) {
    {}
  } else {
    stryCov_9fa48("192");
    const m = (stryMutAct_9fa48("197") ? /^(\d+)\.(\D+)\./ : stryMutAct_9fa48("196") ? /^(\d+)\.(\d)\./ : stryMutAct_9fa48("195") ? /^(\D+)\.(\d+)\./ : stryMutAct_9fa48("194") ? /^(\d)\.(\d+)\./ : stryMutAct_9fa48("193") ? /(\d+)\.(\d+)\./ : (stryCov_9fa48("193", "194", "195", "196", "197"), /^(\d+)\.(\d+)\./)).exec(stryMutAct_9fa48("198") ? os.version && '' : (stryCov_9fa48("198"), os.version ?? (stryMutAct_9fa48("199") ? "Stryker was here!" : (stryCov_9fa48("199"), ''))));
    const row = m ? BY_VERSION[stryMutAct_9fa48("200") ? `` : (stryCov_9fa48("200"), `${m[1]}.${m[2]}`)] : undefined;
    if (stryMutAct_9fa48("203") ? false : stryMutAct_9fa48("202") ? true : stryMutAct_9fa48("201") ? row : (stryCov_9fa48("201", "202", "203"), !row)) return undefined;
    const workstation = row.workstation.map(stryMutAct_9fa48("204") ? () => undefined : (stryCov_9fa48("204"), p => (stryMutAct_9fa48("207") ? p === 'Windows 10' || (os.build ?? 0) >= 22000 : stryMutAct_9fa48("206") ? false : stryMutAct_9fa48("205") ? true : (stryCov_9fa48("205", "206", "207"), (stryMutAct_9fa48("209") ? p !== 'Windows 10' : stryMutAct_9fa48("208") ? true : (stryCov_9fa48("208", "209"), p === (stryMutAct_9fa48("210") ? "" : (stryCov_9fa48("210"), 'Windows 10')))) && (stryMutAct_9fa48("213") ? (os.build ?? 0) < 22000 : stryMutAct_9fa48("212") ? (os.build ?? 0) > 22000 : stryMutAct_9fa48("211") ? true : (stryCov_9fa48("211", "212", "213"), (stryMutAct_9fa48("214") ? os.build && 0 : (stryCov_9fa48("214"), os.build ?? 0)) >= 22000)))) ? stryMutAct_9fa48("215") ? "" : (stryCov_9fa48("215"), 'Windows 11') : p));
    const products = (stryMutAct_9fa48("218") ? os.productType !== 'workstation' : stryMutAct_9fa48("217") ? false : stryMutAct_9fa48("216") ? true : (stryCov_9fa48("216", "217", "218"), os.productType === (stryMutAct_9fa48("219") ? "" : (stryCov_9fa48("219"), 'workstation')))) ? workstation : (stryMutAct_9fa48("222") ? os.productType !== undefined : stryMutAct_9fa48("221") ? false : stryMutAct_9fa48("220") ? true : (stryCov_9fa48("220", "221", "222"), os.productType === undefined)) ? stryMutAct_9fa48("223") ? [] : (stryCov_9fa48("223"), [...new Set(stryMutAct_9fa48("224") ? [] : (stryCov_9fa48("224"), [...workstation, ...row.server]))]) : row.server;
    return stryMutAct_9fa48("225") ? {} : (stryCov_9fa48("225"), {
      products
    });
  }
}
const PRODUCT_TYPE: Record<ProductType, LocalizedText> = stryMutAct_9fa48("226") ? {} : (stryCov_9fa48("226"), {
  workstation: stryMutAct_9fa48("227") ? {} : (stryCov_9fa48("227"), {
    en: stryMutAct_9fa48("228") ? "" : (stryCov_9fa48("228"), 'workstation'),
    de: stryMutAct_9fa48("229") ? "" : (stryCov_9fa48("229"), 'Arbeitsstation')
  }),
  server: stryMutAct_9fa48("230") ? {} : (stryCov_9fa48("230"), {
    en: stryMutAct_9fa48("231") ? "" : (stryCov_9fa48("231"), 'server'),
    de: stryMutAct_9fa48("232") ? "" : (stryCov_9fa48("232"), 'Server')
  }),
  domainController: stryMutAct_9fa48("233") ? {} : (stryCov_9fa48("233"), {
    en: stryMutAct_9fa48("234") ? "" : (stryCov_9fa48("234"), 'domain controller'),
    de: stryMutAct_9fa48("235") ? "" : (stryCov_9fa48("235"), 'Domänencontroller')
  })
});
function versionEvidence(os: SysteminfoOs): LocalizedText {
  if (stryMutAct_9fa48("236")) {
    {}
  } else {
    stryCov_9fa48("236");
    const type = os.productType ? PRODUCT_TYPE[os.productType] : undefined;
    return stryMutAct_9fa48("237") ? {} : (stryCov_9fa48("237"), {
      en: stryMutAct_9fa48("238") ? `` : (stryCov_9fa48("238"), `version ${stryMutAct_9fa48("239") ? os.version && '?' : (stryCov_9fa48("239"), os.version ?? (stryMutAct_9fa48("240") ? "" : (stryCov_9fa48("240"), '?')))}${at(os.versionLine, stryMutAct_9fa48("241") ? "" : (stryCov_9fa48("241"), 'en'))}${type ? stryMutAct_9fa48("242") ? `` : (stryCov_9fa48("242"), ` on a ${type.en}`) : stryMutAct_9fa48("243") ? "Stryker was here!" : (stryCov_9fa48("243"), '')}`),
      de: stryMutAct_9fa48("244") ? `` : (stryCov_9fa48("244"), `Version ${stryMutAct_9fa48("245") ? os.version && '?' : (stryCov_9fa48("245"), os.version ?? (stryMutAct_9fa48("246") ? "" : (stryCov_9fa48("246"), '?')))}${at(os.versionLine, stryMutAct_9fa48("247") ? "" : (stryCov_9fa48("247"), 'de'))}${type ? stryMutAct_9fa48("248") ? `` : (stryCov_9fa48("248"), ` als ${type.de}`) : stryMutAct_9fa48("249") ? "Stryker was here!" : (stryCov_9fa48("249"), '')}`)
    });
  }
}
function at(line: number | undefined, lang: 'en' | 'de'): string {
  if (stryMutAct_9fa48("250")) {
    {}
  } else {
    stryCov_9fa48("250");
    if (stryMutAct_9fa48("253") ? line !== undefined : stryMutAct_9fa48("252") ? false : stryMutAct_9fa48("251") ? true : (stryCov_9fa48("251", "252", "253"), line === undefined)) return stryMutAct_9fa48("254") ? "Stryker was here!" : (stryCov_9fa48("254"), '');
    return (stryMutAct_9fa48("257") ? lang !== 'en' : stryMutAct_9fa48("256") ? false : stryMutAct_9fa48("255") ? true : (stryCov_9fa48("255", "256", "257"), lang === (stryMutAct_9fa48("258") ? "" : (stryCov_9fa48("258"), 'en')))) ? stryMutAct_9fa48("259") ? `` : (stryCov_9fa48("259"), ` (systeminfo.txt line ${line})`) : stryMutAct_9fa48("260") ? `` : (stryCov_9fa48("260"), ` (systeminfo.txt Zeile ${line})`);
  }
}