/**
 * reg-netbt-interfaces.txt: the output of
 * `reg query HKLM\SYSTEM\CurrentControlSet\Services\NetBT\Parameters\Interfaces /s` (see `reg-query.ts`).
 * One key `Tcpip_{GUID}` per adapter, with `NetbiosOptions` (REG_DWORD: 0 = use the DHCP server's setting,
 * 1 = NetBIOS over TCP/IP enabled, 2 = disabled) and `NameServerList` (REG_MULTI_SZ, the static WINS
 * servers, often empty). This, not ipconfig, is the authority on NetBIOS (ipconfig on XP/2003 prints no line
 * when it is enabled).
 */
// @ts-nocheck

import { diagnostic, type Diagnostic } from '../../src/shared/diagnostic';
import type { Parser } from '../types';
import { unreadableInput } from '../shapes/preflight';
import { dwordValue, multiStringValue, parseRegQuery, pathBelow } from '../shapes/reg-query';
import { exactGuid } from '../shapes/windows-ids';

export type NetbiosOptions = 0 | 1 | 2;

export interface NetbtInterface {
  /** Upper case with braces, from the `Tcpip_{GUID}` key. */
  guid: string;
  /** 0 from DHCP, 1 enabled, 2 disabled; absent when the value is missing or out of range. */
  netbiosOptions?: NetbiosOptions;
  /** The static WINS servers; empty when the value is set but empty. */
  nameServerList?: string[];
  line: number;
}

export interface RegNetbtInterfacesFacts {
  interfaces?: NetbtInterface[];
}

export const parseRegNetbtInterfaces: Parser<RegNetbtInterfacesFacts> = ({ text, file }) => {
  const unreadable = unreadableInput({ text, file });
  if (unreadable) return { facts: {}, diagnostics: [unreadable] };
  const reg = parseRegQuery(text, file);
  const diagnostics: Diagnostic[] = [...reg.diagnostics];
  const interfaces: NetbtInterface[] = [];
  for (const key of reg.keys) {
    const parts = pathBelow(key, 'NetBT\\Parameters\\Interfaces');
    const tcpip = parts?.length === 1 ? /^Tcpip_(.*)$/i.exec(parts[0]!) : null;
    const guid = tcpip ? exactGuid(tcpip[1]!) : undefined;
    if (!guid) continue;
    const entry: NetbtInterface = { guid, line: key.line };
    const options = dwordValue(key, 'NetbiosOptions');
    if (options === 0 || options === 1 || options === 2) entry.netbiosOptions = options;
    else if (options !== undefined)
      diagnostics.push(diagnostic(file, 'warning', `NetbiosOptions ${options} is not 0, 1 or 2`, key.line));
    const servers = multiStringValue(key, 'NameServerList');
    if (servers) entry.nameServerList = servers;
    interfaces.push(entry);
  }
  const facts = reg.keys.length > 0 ? { interfaces } : {};
  return { facts, diagnostics, ...(reg.language ? { language: reg.language } : {}) };
};
