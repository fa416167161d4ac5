/**
 * reg-ndp.txt: the output of `reg query "HKLM\SOFTWARE\Microsoft\NET Framework Setup\NDP" /s` (see
 * `reg-query.ts`). One key per .NET Framework line, named after its version (`v1.1.4322`, `v2.0.50727`,
 * `v3.0`, `v3.5`, `v4`), holding `Install` (REG_DWORD 1 = installed), `SP` (service pack) and, from 2.0 SP1
 * on, `Version` (`2.2.30729` is 2.0 SP2). .NET 3.0 may record its install in `v3.0\Setup\InstallSuccess`;
 * .NET 4 keeps its values in `v4\Full` (and `v4\Client`). `v4.0` holds only a `deprecated` default value
 * and is no framework. The key layout is Microsoft's ("How to determine which .NET Framework versions are
 * installed").
 */
// @ts-nocheck

import type { Parser } from '../types';
import { endsMidLine } from '../shapes/console-wrap';
import { unreadableInput } from '../shapes/preflight';
import { dwordValue, parseRegQuery, pathBelow, stringValue, type RegKey } from '../shapes/reg-query';

export interface DotNetFramework {
  /** Major.minor: `1.1`, `2.0`, `3.0`, `3.5`, `4.0`, `4.8`… */
  version: string;
  /** The `Version` value (`2.2.30729`), else the version in the key name (`1.1.4322`). */
  fullVersion?: string;
  /** `Install` (or 3.0's `InstallSuccess`) = 1; absent when the key has neither value. */
  installed?: boolean;
  /** The `SP` value. */
  servicePack?: number;
  /** The key name (`v2.0.50727`). */
  key: string;
  line: number;
}

export interface RegNdpFacts {
  /** Empty when the NDP key does not exist (no .NET Framework 1.1 or later). */
  frameworks?: DotNetFramework[];
}

export const parseRegNdp: Parser<RegNdpFacts> = ({ text, file }) => {
  const unreadable = unreadableInput({ text, file });
  if (unreadable) return { facts: {}, diagnostics: [unreadable] };
  const reg = parseRegQuery(text, file);
  const below = (key: RegKey) => pathBelow(key, 'NET Framework Setup\\NDP');
  const frameworks: DotNetFramework[] = [];
  // The key a truncated file ends in may have lost its Version value: its name is then no stand-in for it.
  const cutKey = endsMidLine(text) ? reg.keys[reg.keys.length - 1] : undefined;
  for (const key of reg.keys) {
    const parts = below(key);
    if (parts?.length !== 1 || !/^v\d/i.test(parts[0]!)) continue;
    const children = reg.keys.filter((k) => below(k)?.[0] === parts[0] && below(k)?.length === 2);
    const framework = readFramework(parts[0]!, key, children, cutKey);
    if (framework) frameworks.push(framework);
  }
  const facts = reg.keys.length > 0 || reg.notFound ? { frameworks } : {};
  return { facts, diagnostics: reg.diagnostics, ...(reg.language ? { language: reg.language } : {}) };
};

function readFramework(name: string, key: RegKey, children: RegKey[], cutKey?: RegKey): DotNetFramework | undefined {
  const child = (n: string) => children.find((c) => c.path.toLowerCase().endsWith(`\\${n.toLowerCase()}`));
  // .NET 4 keeps its values in Full (or Client); 3.0 may keep its install flag and version in Setup.
  const source = child('Full') ?? child('Client') ?? key;
  const setup = child('Setup');
  const install = dwordValue(source, 'Install') ?? dwordValue(setup, 'InstallSuccess');
  const printed = stringValue(source, 'Version') ?? stringValue(setup, 'Version');
  const fromName = /^v(\d+(?:\.\d+)*)$/i.exec(name)?.[1];
  const cut = cutKey !== undefined && [key, source, setup].includes(cutKey);
  const fullVersion = printed ?? (fromName && fromName.split('.').length >= 3 && !cut ? fromName : undefined);
  if (install === undefined && fullVersion === undefined && source === key && !setup) return undefined;
  const majorMinor = /^(\d+)(?:\.(\d+))?/.exec(name.startsWith('v4') && printed ? printed : (fromName ?? ''));
  const framework: DotNetFramework = {
    version: `${majorMinor?.[1] ?? '?'}.${majorMinor?.[2] ?? '0'}`,
    key: name,
    line: key.line,
  };
  if (fullVersion) framework.fullVersion = fullVersion;
  if (install !== undefined) framework.installed = install === 1;
  const sp = dwordValue(source, 'SP');
  if (sp !== undefined) framework.servicePack = sp;
  return framework;
}
