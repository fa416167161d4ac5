/**
 * reg-powershell.txt: the output of `reg query HKLM\SOFTWARE\Microsoft\PowerShell\1 /s` (see `reg-query.ts`).
 * Windows PowerShell 1.0 and 2.0 setup writes `Install` = 1 under `PowerShell\1`, the engine version as
 * `PowerShellVersion` under `PowerShell\1\PowerShellEngine` (`1.0`, `2.0`), and the execution policy under
 * `PowerShell\1\ShellIds\Microsoft.PowerShell` once one was set. When the key does not exist, reg.exe says so
 * and PowerShell is not installed.
 */
// @ts-nocheck

import type { Parser } from '../types';
import { unreadableInput } from '../shapes/preflight';
import { dwordValue, parseRegQuery, pathBelow, stringValue, type RegKey } from '../shapes/reg-query';

export interface RegPowershellFacts {
  /** `Install` = 1 under `PowerShell\1`; false when the key does not exist. */
  installed?: boolean;
  /** `PowerShellVersion` under `PowerShellEngine` (`1.0`). */
  version?: string;
  /** `ExecutionPolicy` of the Microsoft.PowerShell shell (`RemoteSigned`), when one was set. */
  executionPolicy?: string;
}

export const parseRegPowershell: Parser<RegPowershellFacts> = ({ text, file }) => {
  const unreadable = unreadableInput({ text, file });
  if (unreadable) return { facts: {}, diagnostics: [unreadable] };
  const reg = parseRegQuery(text, file);
  const at = (relative: string) =>
    reg.keys.find((k: RegKey) => pathBelow(k, 'Microsoft\\PowerShell\\1')?.join('\\').toLowerCase() === relative);
  const facts: RegPowershellFacts = {};
  if (reg.notFound) facts.installed = false;
  const install = dwordValue(at(''), 'Install');
  if (install !== undefined) facts.installed = install === 1;
  const version = stringValue(at('powershellengine'), 'PowerShellVersion');
  if (version) facts.version = version;
  const policy = stringValue(at('shellids\\microsoft.powershell'), 'ExecutionPolicy');
  if (policy) facts.executionPolicy = policy;
  return { facts, diagnostics: reg.diagnostics, ...(reg.language ? { language: reg.language } : {}) };
};
