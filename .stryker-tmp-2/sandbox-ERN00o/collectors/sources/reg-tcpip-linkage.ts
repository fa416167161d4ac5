/**
 * reg-tcpip-linkage.txt: the output of `reg query HKLM\SYSTEM\CurrentControlSet\Services\Tcpip\Linkage /v Bind`
 * (see `reg-query.ts`). `Bind` is a REG_MULTI_SZ of devices in TCP/IP's binding order, the adapter binding
 * order of Network Connections > Advanced Settings: `\Device\{GUID}` for adapters, and devices such as
 * `\Device\NdisWanIp` (RAS) that are no adapter.
 */
// @ts-nocheck

import { diagnostic } from '../../src/shared/diagnostic';
import type { Parser } from '../types';
import { unreadableInput } from '../shapes/preflight';
import { multiStringValue, parseRegQuery, pathBelow } from '../shapes/reg-query';
import { exactGuid } from '../shapes/windows-ids';

export interface RegTcpipLinkageFacts {
  /** Adapter GUIDs (`{8A5B…}`, upper case) in binding order. */
  bindOrder?: string[];
  /** The other bound devices as printed (`\Device\NdisWanIp`), in order. */
  otherDevices?: string[];
}

export const parseRegTcpipLinkage: Parser<RegTcpipLinkageFacts> = ({ text, file }) => {
  const unreadable = unreadableInput({ text, file });
  if (unreadable) return { facts: {}, diagnostics: [unreadable] };
  const reg = parseRegQuery(text, file);
  const diagnostics = [...reg.diagnostics];
  const language = reg.language ? { language: reg.language } : {};
  const key = reg.keys.find((k) => pathBelow(k, 'Tcpip\\Linkage')?.length === 0);
  const bind = multiStringValue(key, 'Bind');
  if (!bind) {
    if (reg.keys.length > 0) diagnostics.push(diagnostic(file, 'warning', 'no Bind value under Tcpip\\Linkage', key?.line));
    return { facts: {}, diagnostics, ...language };
  }
  const facts: Required<RegTcpipLinkageFacts> = { bindOrder: [], otherDevices: [] };
  for (const device of bind) {
    const guid = exactGuid(device.replace(/^\\Device\\/i, ''));
    if (guid) facts.bindOrder.push(guid);
    else facts.otherDevices.push(device);
  }
  return { facts, diagnostics, ...language };
};
