/**
 * reg-network-connections.txt: the output of
 * `reg query "HKLM\SYSTEM\CurrentControlSet\Control\Network\{4D36E972-E325-11CE-BFC1-08002BE10318}" /s`
 * (see `reg-query.ts`). Each adapter has a key `{GUID}\Connection` whose `Name` value is its connection name
 * (`Local Area Connection`, German `LAN-Verbindung`, or what the administrator renamed it to, e.g.
 * `HEARTBEAT`) and whose `PnpInstanceID` names the device. This maps the GUIDs of the binding order and of
 * NetBT to the names ipconfig and cluster.exe show.
 */
// @ts-nocheck

import type { Parser } from '../types';
import { unreadableInput } from '../shapes/preflight';
import { parseRegQuery, pathBelow, stringValue } from '../shapes/reg-query';
import { exactGuid } from '../shapes/windows-ids';

export interface NetworkConnection {
  /** Upper case with braces. */
  guid: string;
  name: string;
  pnpInstanceId?: string;
  line: number;
}

export interface RegNetworkConnectionsFacts {
  connections?: NetworkConnection[];
}

const NETWORK_CLASS = 'Control\\Network\\{4D36E972-E325-11CE-BFC1-08002BE10318}';

export const parseRegNetworkConnections: Parser<RegNetworkConnectionsFacts> = ({ text, file }) => {
  const unreadable = unreadableInput({ text, file });
  if (unreadable) return { facts: {}, diagnostics: [unreadable] };
  const reg = parseRegQuery(text, file);
  const connections: NetworkConnection[] = [];
  for (const key of reg.keys) {
    const parts = pathBelow(key, NETWORK_CLASS);
    const guid = parts?.length === 2 && /^Connection$/i.test(parts[1]!) ? exactGuid(parts[0]!) : undefined;
    const name = stringValue(key, 'Name');
    if (!guid || name === undefined) continue;
    const connection: NetworkConnection = { guid, name, line: key.line };
    const pnp = stringValue(key, 'PnpInstanceID');
    if (pnp) connection.pnpInstanceId = pnp;
    connections.push(connection);
  }
  const facts = reg.keys.length > 0 ? { connections } : {};
  return { facts, diagnostics: reg.diagnostics, ...(reg.language ? { language: reg.language } : {}) };
};
