import type { ProductType, SysteminfoOs } from '../../../collectors/sources/systeminfo';
import type { OsFamily } from '../schema';

/**
 * The OS support class of a machine (`server.os.family`): which Windows it runs, as far as Exchange 2007
 * cares (OS-001, VIR-001, VIR-002). The classes are listed in `OS_FAMILIES` in the snapshot schema.
 */

/** Workstation (client) operating systems: never a supported base for an Exchange 2007 server. */
export const WORKSTATION_FAMILIES: readonly OsFamily[] = [
  'Windows XP',
  'Windows Vista',
  'Windows 7',
  'Windows 8',
  'Windows 8.1',
  'Windows 10',
  'Windows 11',
];

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
type Product =
  Exclude<OsFamily, `Windows Server 2003 ${'RTM' | 'SP1' | 'SP2' | 'R2'}`> | 'Windows Server 2003' | 'Windows Server 2003 R2';

/** Classes that are unsupported whatever else is true: the version and product type may decide them alone. */
const ALWAYS_UNSUPPORTED: readonly Product[] = ['Windows 2000', 'Windows Server 2012+', ...(WORKSTATION_FAMILIES as Product[])];

/**
 * Classifies the OS from systeminfo's facts. The OS name decides; the version (major.minor, and the build for
 * Windows 11) with the product type (workstation, server, domain controller) must agree with it, or the class
 * is unknown (conflicting evidence). An OS name bpa cannot classify leaves the class unknown, unless version
 * and product type name a class that is unsupported whatever the name says (a workstation OS, Windows 2000,
 * Windows Server 2012 or later): such a machine can never pass, so a name bpa does not know cannot hide a
 * problem. Windows Server 2003 is split by its service pack; an unknown service pack leaves it unknown.
 */
export function osFamilyOf(os: SysteminfoOs & { name: string }): OsFamilyFact {
  const fromName = productOfName(os.name);
  const fromVersion = productsOfVersion(os);
  const name = {
    en: `OS name "${os.name}"${at(os.nameLine, 'en')}`,
    de: `Betriebssystemname „${os.name}“${at(os.nameLine, 'de')}`,
  };
  const version = versionEvidence(os);
  if (fromName && fromVersion && !fromVersion.products.includes(fromName)) {
    return {
      nameRecognised: true,
      basis: {
        en: `conflicting evidence: the ${name.en} says ${fromName}, but ${version.en} is ${fromVersion.products.join(' or ')}`,
        de: `widersprüchliche Angaben: ${name.de} nennt ${fromName}, aber ${version.de} ist ${fromVersion.products.join(' oder ')}`,
      },
    };
  }
  if (!fromName) {
    const only = fromVersion?.products.length === 1 ? fromVersion.products[0]! : undefined;
    if (only && ALWAYS_UNSUPPORTED.includes(only)) {
      return {
        value: only as OsFamily,
        nameRecognised: false,
        basis: {
          en: `${version.en} is ${only} (the ${name.en} is not one bpa knows)`,
          de: `${version.de} ist ${only} (${name.de} kennt bpa nicht)`,
        },
      };
    }
    return {
      nameRecognised: false,
      basis: { en: `the ${name.en} is not one bpa can classify`, de: `${name.de} kann bpa keiner Windows-Version zuordnen` },
    };
  }
  const agrees = fromVersion ? { en: `; ${version.en} agrees`, de: `; ${version.de} passt dazu` } : { en: '', de: '' };
  return withServicePack(fromName, os, { en: `${name.en}${agrees.en}`, de: `${name.de}${agrees.de}` });
}

function withServicePack(product: Product, os: SysteminfoOs, because: LocalizedText): OsFamilyFact {
  const sp = os.servicePack;
  const decided = (value: OsFamily, en = '', de = ''): OsFamilyFact => ({
    value,
    nameRecognised: true,
    basis: { en: `${value}: ${because.en}${en}`, de: `${value}: ${because.de}${de}` },
  });
  if (product === 'Windows Server 2003 R2') {
    if (sp === 0) {
      return {
        nameRecognised: true,
        basis: {
          en: `conflicting evidence: ${because.en}; R2 is built on SP1, but the version names no service pack`,
          de: `widersprüchliche Angaben: ${because.de}; R2 baut auf SP1 auf, die Version nennt aber kein Service Pack`,
        },
      };
    }
    return decided('Windows Server 2003 R2');
  }
  if (product !== 'Windows Server 2003') return decided(product);
  if (sp === undefined) {
    return {
      nameRecognised: true,
      basis: {
        en: `Windows Server 2003 with a service pack bpa could not read: ${because.en}`,
        de: `Windows Server 2003 mit einem Service Pack, das bpa nicht lesen konnte: ${because.de}`,
      },
    };
  }
  const spText =
    sp === 0
      ? { en: '; no service pack (RTM)', de: '; kein Service Pack (RTM)' }
      : { en: `; service pack ${sp}`, de: `; Service Pack ${sp}` };
  return decided(
    sp === 0 ? 'Windows Server 2003 RTM' : sp === 1 ? 'Windows Server 2003 SP1' : 'Windows Server 2003 SP2',
    spText.en,
    spText.de,
  );
}

/** `Microsoftr Windows Serverr 2008` → `Microsoft Windows Server 2008`: ®, ™ and their OEM code page forms dropped. */
function normalizeName(name: string): string {
  return name
    .replace(/\((?:R|TM)\)|[®™]/gi, '')
    .replace(/\b(Microsoft|Windows|Server|Vista)[rT]\b/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

function productOfName(raw: string): Product | undefined {
  const name = normalizeName(raw);
  const server = /\bServer (2003|2008|2012|2016|2019|2022|2025)\b(?: ?,? ?(R2)\b)?/i.exec(name);
  if (server) {
    const year = Number(server[1]);
    if (year >= 2012) return 'Windows Server 2012+';
    return `Windows Server ${year as 2003 | 2008}${server[2] ? ' R2' : ''}`;
  }
  if (/\bWindows 2000\b/i.test(name)) return 'Windows 2000';
  if (/\bWindows XP\b/i.test(name)) return 'Windows XP';
  if (/\bWindows Vista\b/i.test(name)) return 'Windows Vista';
  const client = /\bWindows (8\.1|8|7|10|11)\b/i.exec(name);
  return client ? (`Windows ${client[1]!}` as Product) : undefined;
}

const BY_VERSION: Record<string, { workstation: Product[]; server: Product[] }> = {
  '5.0': { workstation: ['Windows 2000'], server: ['Windows 2000'] },
  '5.1': { workstation: ['Windows XP'], server: [] },
  '5.2': { workstation: ['Windows XP'], server: ['Windows Server 2003', 'Windows Server 2003 R2'] },
  '6.0': { workstation: ['Windows Vista'], server: ['Windows Server 2008'] },
  '6.1': { workstation: ['Windows 7'], server: ['Windows Server 2008 R2'] },
  '6.2': { workstation: ['Windows 8'], server: ['Windows Server 2012+'] },
  '6.3': { workstation: ['Windows 8.1'], server: ['Windows Server 2012+'] },
  '10.0': { workstation: ['Windows 10'], server: ['Windows Server 2012+'] },
};

/** The products a version and product type allow (undefined when the version says nothing bpa knows). */
function productsOfVersion(os: SysteminfoOs): { products: Product[] } | undefined {
  const m = /^(\d+)\.(\d+)\./.exec(os.version ?? '');
  const row = m ? BY_VERSION[`${m[1]}.${m[2]}`] : undefined;
  if (!row) return undefined;
  const workstation = row.workstation.map((p) => (p === 'Windows 10' && (os.build ?? 0) >= 22000 ? 'Windows 11' : p));
  const products =
    os.productType === 'workstation'
      ? workstation
      : os.productType === undefined
        ? [...new Set([...workstation, ...row.server])]
        : row.server;
  return { products };
}

const PRODUCT_TYPE: Record<ProductType, LocalizedText> = {
  workstation: { en: 'workstation', de: 'Arbeitsstation' },
  server: { en: 'server', de: 'Server' },
  domainController: { en: 'domain controller', de: 'Domänencontroller' },
};

function versionEvidence(os: SysteminfoOs): LocalizedText {
  const type = os.productType ? PRODUCT_TYPE[os.productType] : undefined;
  return {
    en: `version ${os.version ?? '?'}${at(os.versionLine, 'en')}${type ? ` on a ${type.en}` : ''}`,
    de: `Version ${os.version ?? '?'}${at(os.versionLine, 'de')}${type ? ` als ${type.de}` : ''}`,
  };
}

function at(line: number | undefined, lang: 'en' | 'de'): string {
  if (line === undefined) return '';
  return lang === 'en' ? ` (systeminfo.txt line ${line})` : ` (systeminfo.txt Zeile ${line})`;
}
