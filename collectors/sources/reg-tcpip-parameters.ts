/**
 * reg-tcpip-parameters.txt: the output of `reg query HKLM\SYSTEM\CurrentControlSet\Services\Tcpip\Parameters`
 * (see `reg-query.ts`): the TCP/IP stack's own values, then its subkeys (Adapters, Interfaces, …) as bare key
 * lines. Read here are the Scalable Networking Pack switches of Windows Server 2003 (KB912222, part of SP2):
 * `EnableTCPChimney` (TCP Chimney Offload), `EnableRSS` (Receive-Side Scaling) and `EnableTCPA` (NetDMA),
 * REG_DWORD. KB948496 sets all three to 0. A value the key does not list is not set, which the facts keep
 * apart from 0.
 */
import { diagnostic, type Diagnostic } from '../../src/shared/diagnostic';
import type { Parser } from '../types';
import { unreadableInput } from '../shapes/preflight';
import { findValue, parseRegQuery, pathBelow } from '../shapes/reg-query';

export const SNP_VALUES = ['EnableTCPChimney', 'EnableRSS', 'EnableTCPA'] as const;
export type SnpValueName = (typeof SNP_VALUES)[number];

export interface SnpValue {
  name: SnpValueName;
  /** The DWORD; absent when the key does not list the value (not set). */
  value?: number;
  line: number;
}

export interface RegTcpipParametersFacts {
  /** Each of the three values, set or not, when the Parameters key was read. */
  snpValues?: SnpValue[];
}

export const parseRegTcpipParameters: Parser<RegTcpipParametersFacts> = ({ text, file }) => {
  const unreadable = unreadableInput({ text, file });
  if (unreadable) return { facts: {}, diagnostics: [unreadable] };
  const reg = parseRegQuery(text, file);
  const diagnostics: Diagnostic[] = [...reg.diagnostics];
  const language = reg.language ? { language: reg.language } : {};
  const key = reg.keys.find((k) => pathBelow(k, 'Services\\Tcpip\\Parameters')?.length === 0);
  if (!key) {
    if (reg.keys.length > 0) diagnostics.push(diagnostic(file, 'error', 'no Services\\Tcpip\\Parameters key in the text'));
    return { facts: {}, diagnostics, ...language };
  }
  // A file cut short may have lost a value after the cut: "not set" would then be a guess.
  if (diagnostics.some((d) => d.message.startsWith('truncated'))) return { facts: {}, diagnostics, ...language };
  const snpValues: SnpValue[] = [];
  for (const name of SNP_VALUES) {
    const found = findValue(key, name);
    if (!found) snpValues.push({ name, line: key.line });
    else if (typeof found.data === 'number') snpValues.push({ name, value: found.data, line: found.line });
    else diagnostics.push(diagnostic(file, 'warning', `${name} is ${found.type}, not a REG_DWORD: ignored`, found.line));
  }
  return { facts: { snpValues }, diagnostics, ...language };
};
