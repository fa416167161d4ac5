/**
 * reg-updates.txt: the output of `reg query "HKLM\SOFTWARE\Microsoft\Updates" /s` (see `reg-query.ts`).
 *
 * update.exe (the installer of Windows Server 2003 and .NET Framework 2.0 hotfixes) records each hotfix as a
 * key `…\Updates\<product>\<service pack level>\<KB id>` (`Windows Server 2003\SP2\KB921181`,
 * `Microsoft .NET Framework 2.0\SP0\KB926776`, `Windows Internet Explorer 7\SP0\KB938127-IE7`), with values
 * such as `Description`, `InstalledDate`, `InstalledBy`, `Type` and a `Filelist` subkey. The KB comes from the
 * key name, which is never translated; the values are read when present. On Server 2003 this is often the
 * only place a hotfix listed as `File 1` by systeminfo shows its number.
 */
// @ts-nocheck

import type { Parser } from '../types';
import { parseLocalizedDateTime } from '../shapes/dates';
import { unreadableInput } from '../shapes/preflight';
import { parseRegQuery, pathBelow, stringValue, type RegKey } from '../shapes/reg-query';
import { normalizeKb } from '../shapes/windows-ids';

export interface RegUpdate {
  kb: string;
  /** The product key the hotfix sits under (`Windows Server 2003`, `Microsoft .NET Framework 2.0`). */
  product: string;
  /** The service pack level key between product and hotfix (`SP2`), when there is one. */
  servicePackLevel?: string;
  description?: string;
  /** ISO date from `InstalledDate`. */
  installedOn?: string;
  line: number;
}

export interface RegUpdatesFacts {
  /** One entry per product and KB. Empty when the Updates key does not exist. */
  hotfixes?: RegUpdate[];
}

export const parseRegUpdates: Parser<RegUpdatesFacts> = ({ text, file }) => {
  const unreadable = unreadableInput({ text, file });
  if (unreadable) return { facts: {}, diagnostics: [unreadable] };
  const reg = parseRegQuery(text, file);
  const found = new Map<string, RegUpdate>();
  for (const key of reg.keys) {
    const update = readUpdateKey(key);
    if (!update) continue;
    const id = `${update.product.toLowerCase()}\\${update.kb}`;
    const known = found.get(id);
    found.set(id, known ? { ...update, ...known } : update);
  }
  const facts: RegUpdatesFacts = found.size > 0 || reg.notFound ? { hotfixes: [...found.values()] } : {};
  return { facts, diagnostics: reg.diagnostics, ...(reg.language ? { language: reg.language } : {}) };
};

/** A hotfix key or one below it (`…\KB921181\Filelist\0`): the KB and product; values only from the KB key. */
function readUpdateKey(key: RegKey): RegUpdate | undefined {
  const parts = pathBelow(key, 'Microsoft\\Updates');
  if (!parts || parts.length < 2) return undefined;
  const at = parts.findIndex((part, i) => i > 0 && normalizeKb(part) !== undefined);
  if (at < 0) return undefined;
  const update: RegUpdate = { kb: normalizeKb(parts[at]!)!, product: parts[0]!, line: key.line };
  const level = parts.slice(1, at).find((p) => /^SP\d+$/i.test(p));
  if (level) update.servicePackLevel = level.toUpperCase();
  if (at === parts.length - 1) {
    const description = stringValue(key, 'Description');
    if (description) update.description = description;
    const installed = parseLocalizedDateTime(stringValue(key, 'InstalledDate') ?? '');
    if (installed) update.installedOn = installed;
  }
  return update;
}
