/**
 * What systeminfo output in a language bpa does not read still tells: the values whose form is the same in
 * every language, found by their form and by the fixed order of systeminfo's fields (host name, OS name, OS
 * version, …, system manufacturer, system model, system type, …).
 *
 * - the OS version: `x.y.z <service pack or marker> <word> z` (`10.0.17134 N/D build 17134`, `6.3.9600 Н/Д
 *   построение 9600`), the build at the end repeating the third number;
 * - the OS name: the field right before the version, when it names Windows (`Microsoft Windows 10 Pro`,
 *   `Майкрософт … Windows Server 2012 R2 Standard`), else the first field that looks like a Windows caption;
 * - the host name: the field before the OS name, when that is the first field;
 * - the system type: `x64-based PC`, `X86-based PC` (never translated), and the two fields right before it,
 *   the system manufacturer and model;
 * - the KB numbers of the hotfix items (`[01]: KB4230204`).
 *
 * Based on the real Italian, Spanish, Russian and Chinese captures in `test/fixtures/systeminfo/` (wesng) and
 * the French Windows 7 capture; see the README there.
 */
import { diagnostic, type Diagnostic } from '../../src/shared/diagnostic';
import { nestedItems, type LabelValueField } from '../shapes/label-value';
import { normalizeKb } from '../shapes/windows-ids';
import { isOsVersionValue, readOs, type SysteminfoOs } from './systeminfo-os';

export interface LabelFreeFacts {
  hostName?: string;
  os?: SysteminfoOs;
  manufacturer?: string;
  model?: string;
  hotfixes?: string[];
}

const SYSTEM_TYPE = /^(?:x64|x86|ia64|itanium|arm64)[- ]based (?:PC|System)$/i;
const CAPTION = /Windows\S*\s+(?:Server|XP|Vista|NT|Home|Storage|Small|Web|Embedded|Essential|\d)|Hyper-V\S*\s+Server/i;
const HOST_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;

/**
 * The facts above, and whether the text is systeminfo output at all (an OS name and version were found).
 * An info diagnostic says what was read where, since no label vouches for it.
 */
export function labelFreeFacts(
  fields: LabelValueField[],
  file: string,
): { facts: LabelFreeFacts; recognised: boolean; diagnostics: Diagnostic[] } {
  const facts: LabelFreeFacts = {};
  const read: string[] = [];
  const kbs = fields.flatMap((f) => nestedItems(f.more).items.map((i) => normalizeKb(i.text)));
  const hotfixes = [...new Set(kbs.filter((kb): kb is string => kb !== undefined))];
  if (hotfixes.length > 0) facts.hotfixes = hotfixes;

  const versionAt = versionIndex(fields);
  const before = versionAt > 0 ? fields[versionAt - 1] : undefined;
  const nameAt = before && /Windows|Hyper-V/i.test(before.value) ? versionAt - 1 : fields.findIndex((f) => CAPTION.test(f.value));
  const name = nameAt >= 0 ? fields[nameAt] : undefined;
  const version = versionAt >= 0 ? fields[versionAt] : undefined;
  const typeAt = fields.findIndex((f) => SYSTEM_TYPE.test(f.value.trim()));
  const systemType = typeAt >= 0 ? fields[typeAt] : undefined;
  const diagnostics: Diagnostic[] = [];
  const os = readOs({ name, version, systemType }, undefined, file, diagnostics);
  if (Object.keys(os).length > 0) facts.os = os;
  if (name) read.push(`OS name (line ${name.line})`);
  if (version) read.push(`OS version (line ${version.line})`);
  if (systemType) read.push(`system type (line ${systemType.line})`);

  const host = nameAt === 1 ? fields[0]!.value.trim() : undefined;
  if (host && HOST_NAME.test(host)) {
    facts.hostName = host;
    read.push(`host name (line ${fields[0]!.line})`);
  }
  const manufacturer = typeAt >= 2 ? fields[typeAt - 2]!.value.trim() : '';
  const model = typeAt >= 2 ? fields[typeAt - 1]!.value.trim() : '';
  if (manufacturer && model && typeAt - 2 > Math.max(nameAt, versionAt)) {
    facts.manufacturer = manufacturer;
    facts.model = model;
    read.push(
      `system manufacturer and model (lines ${fields[typeAt - 2]!.line}-${fields[typeAt - 1]!.line}, before the system type)`,
    );
  }
  if (hotfixes.length > 0) read.push(`${hotfixes.length} KB number${hotfixes.length > 1 ? 's' : ''} of hotfix items`);
  if (read.length > 0) diagnostics.push(diagnostic(file, 'info', `read without labels: ${read.join(', ')}`));
  return { facts, recognised: name !== undefined && version !== undefined, diagnostics };
}

/**
 * The OS version field: the first with the full version form, else the first value starting `x.y.zzzz` that
 * is no date (`17.04.2020, 12:02:40`).
 */
function versionIndex(fields: LabelValueField[]): number {
  const strict = fields.findIndex((f) => isOsVersionValue(f.value));
  return strict >= 0 ? strict : fields.findIndex((f) => /^\d+\.\d+\.\d{3,5}\b(?!,)/.test(f.value));
}
