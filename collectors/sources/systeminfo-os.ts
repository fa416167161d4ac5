/**
 * The operating system as systeminfo.txt tells it: the OS name (the caption), the version with its service
 * pack and build, the edition and release read from the name, the architecture from the system type, and
 * the product type from the OS configuration.
 *
 * The name, the version and the system type are values whose form does not depend on the display language
 * (`Microsoft(R) Windows(R) Server 2003, Enterprise Edition`, `5.2.3790 Service Pack 2 Build 3790`,
 * `x64-based PC`), so `systeminfo-label-free.ts` reads them with the same functions when the labels are in a
 * language bpa does not know. What the real captures teach (test/fixtures/corpus/systeminfo and
 * test/fixtures/systeminfo):
 * - Windows Server 2003 RTM and XP RTM print no service pack at all: `5.2.3790 Build 3790`; Vista and later
 *   print a marker in the display language: `N/A` (English, also French), `N/D` (Italian, Spanish), `Н/Д`
 *   (Russian), `暂缺` (Chinese). No service pack named means RTM, service pack 0.
 * - `Service Pack 1` stays English in every language; the word before the build does not (`Build`,
 *   `version`, `Compilación`, `построение`).
 * - The caption may carry `(R)`, `®`, or the ® and ™ through the OEM code page (`Microsoftr Windows Serverr
 *   2008`, `Windows VistaT`), and a non-breaking blank (`Windows 7` in French).
 */
import { diagnostic, type Diagnostic } from '../../src/shared/diagnostic';
import type { LabelValueField } from '../shapes/label-value';

export type OsArchitecture = 'x86' | 'x64' | 'ia64';
export type ProductType = 'workstation' | 'server' | 'domainController';

export interface SysteminfoOs {
  /** As printed, e.g. `Microsoft(R) Windows(R) Server 2003, Enterprise Edition`. */
  name?: string;
  nameLine?: number;
  /** Major.minor.build, e.g. `5.2.3790`. */
  version?: string;
  /** The OS version value as printed: `5.2.3790 Build 3790`. */
  versionText?: string;
  versionLine?: number;
  /** 0 when the version names no service pack (RTM): nothing, `N/A` or another marker without a number. */
  servicePack?: number;
  /** What the version says about the service pack: `Service Pack 2`, `N/A`, or '' when it says nothing. */
  servicePackText?: string;
  build?: number;
  /** `Standard`, `Enterprise`, `Datacenter`, `Web`, … from the OS name. */
  edition?: string;
  /** `2003` (R2 included: systeminfo does not tell them apart), `2008`, `2008 R2`, …; other OS names as printed. */
  release?: string;
  architecture?: OsArchitecture;
  /** From the OS configuration (`Member Server`, `Standalone Workstation`, `Primary Domain Controller`). */
  productType?: ProductType;
}

/** The fields the OS is read from; the configuration only in a language whose words are known. */
export interface OsFields {
  name?: LabelValueField;
  version?: LabelValueField;
  systemType?: LabelValueField;
  configuration?: LabelValueField;
}

export function readOs(
  fields: OsFields,
  productTypeWords: Record<ProductType, RegExp> | undefined,
  file: string,
  diagnostics: Diagnostic[],
): SysteminfoOs {
  const os: SysteminfoOs = {};
  const name = fields.name?.value.trim();
  if (name) {
    os.name = name;
    os.nameLine = fields.name!.line;
    const edition = osEdition(name);
    if (edition) os.edition = edition;
    os.release = osRelease(name);
  }
  if (fields.version?.value) Object.assign(os, readVersion(fields.version, file, diagnostics));
  const architecture = osArchitecture(fields.systemType?.value ?? '') ?? osArchitecture(name ?? '');
  if (architecture) os.architecture = architecture;
  const configuration = fields.configuration?.value;
  if (configuration && productTypeWords) {
    const type = (['domainController', 'workstation', 'server'] as const).find((t) => productTypeWords[t].test(configuration));
    if (type) os.productType = type;
    else diagnostics.push(diagnostic(file, 'info', `unknown OS configuration "${configuration}"`, fields.configuration!.line));
  }
  return os;
}

/** Longer than any OS version systeminfo prints: not one (and not worth a regular expression's time). */
const MAX_VERSION_TEXT = 200;

/** `5.2.3790 Service Pack 2 Build 3790` and its forms: the version, its build, the service pack. */
export const VERSION_SIGNATURE = /^(\d+)\.(\d+)\.(\d+)(?:\s+(.*?))?\s+\S+\s+(\d+)$/u;

/**
 * True for an OS version value in any display language: `x.y.z <service pack or marker> <word> z`, the
 * build at the end repeating the third number.
 */
export function isOsVersionValue(text: string): boolean {
  if (text.length > MAX_VERSION_TEXT) return false;
  const m = VERSION_SIGNATURE.exec(text.replace(/\s+/g, ' ').trim());
  return m !== null && m[3] === m[5];
}

type VersionFacts = Pick<SysteminfoOs, 'version' | 'versionText' | 'versionLine' | 'servicePack' | 'servicePackText' | 'build'>;

/**
 * `5.2.3790 Service Pack 2 Build 3790` → service pack 2; `5.2.3790 Build 3790` (2003 RTM) and `6.3.9600
 * N/A Build 9600` → 0; French `6.1.7601 Service Pack 1 version 7601` → 1. Text between the version and the
 * build that holds a number but no `Service Pack n` leaves the service pack unknown, with a diagnostic.
 */
export function readVersion(field: LabelValueField, file: string, diagnostics: Diagnostic[]): VersionFacts {
  const text = field.value.replace(/\s+/g, ' ').trim();
  const out: VersionFacts = { versionText: text, versionLine: field.line };
  const version = /^(\d+\.\d+\.\d+)\b/.exec(text);
  if (!version) return out;
  out.version = version[1]!;
  const rest = text.slice(version[0].length).trim();
  if (text.length > MAX_VERSION_TEXT) {
    diagnostics.push(
      diagnostic(file, 'warning', `OS version is ${text.length} characters long: service pack unknown`, field.line),
    );
    return out;
  }
  const withBuild = /^(?:(.*?)\s+)?\S+\s+(\d+)$/u.exec(rest);
  const middle = (withBuild ? (withBuild[1] ?? '') : rest).trim();
  if (withBuild) out.build = Number(withBuild[2]);
  const sp = /Service\s*Pack\s*(\d+)/i.exec(middle);
  if (rest === '') {
    diagnostics.push(
      diagnostic(file, 'warning', `OS version "${text}" ends after the version number: service pack unknown`, field.line),
    );
  } else if (sp) {
    out.servicePack = Number(sp[1]);
    out.servicePackText = sp[0];
  } else if (!/\d/.test(middle)) {
    out.servicePack = 0;
    out.servicePackText = middle;
  } else {
    diagnostics.push(diagnostic(file, 'warning', `OS version "${text}" names no service pack bpa can read`, field.line));
  }
  return out;
}

const EDITIONS = [
  'Advanced Server',
  'Small Business',
  'Compute Cluster',
  'Home Premium',
  'Home Basic',
  'Standard',
  'Enterprise',
  'Datacenter',
  'Web',
  'Storage',
  'Foundation',
  'Essentials',
  'Ultimate',
  'Professional',
  'Business',
  'Home',
  'Starter',
];

function osEdition(name: string): string | undefined {
  return EDITIONS.find((e) => new RegExp(`\\b${e}\\b`, 'i').test(name));
}

function osRelease(name: string): string {
  // Only the start of the name: `Server\S*` tries every "Server" of one long word against the rest of it.
  const head = name.slice(0, MAX_VERSION_TEXT);
  const server = /Server\S*\s+(2003|2008|2012|2016|2019|2022)(?:,?\s+(R2)\b)?/i.exec(head);
  if (server) return server[2] ? `${server[1]!} R2` : server[1]!;
  if (/Windows\S*\s+2000\b/i.test(head)) return '2000';
  return name;
}

/** `x64-based PC`, `X86-based PC`, `Itanium (TM) -based System`, or the name's `x64 Edition`. */
export function osArchitecture(text: string): OsArchitecture | undefined {
  if (/x64|AMD64|EM64T/i.test(text)) return 'x64';
  if (/Itanium|IA64/i.test(text)) return 'ia64';
  if (/\bX86\b|X86-based/i.test(text)) return 'x86';
  return undefined;
}
