/**
 * reg-eventlog-application.txt: the output of
 * `reg query HKLM\SYSTEM\CurrentControlSet\Services\Eventlog\Application` (see `reg-query.ts`): the log's
 * values (`MaxSize` REG_DWORD in bytes, `Retention` REG_DWORD), then its subkeys (the event sources) as bare
 * key lines. `Retention` is 0 for "overwrite events as needed", 0xFFFFFFFF for "do not overwrite events
 * (clear log manually)", and otherwise the age in seconds after which events may be overwritten
 * (604800 = 7 days, the Server 2003 default).
 */
// @ts-nocheck

import { diagnostic, type Diagnostic } from '../../src/shared/diagnostic';
import type { Parser } from '../types';
import { unreadableInput } from '../shapes/preflight';
import { dwordValue, parseRegQuery, pathBelow } from '../shapes/reg-query';

export type EventLogRetention = 'overwriteAsNeeded' | 'overwriteOlderThan' | 'doNotOverwrite';

export interface RegEventlogApplicationFacts {
  maxSizeBytes?: number;
  retention?: EventLogRetention;
  /** For 'overwriteOlderThan': the age in seconds. */
  retentionSeconds?: number;
}

const NEVER_OVERWRITE = 0xffffffff;

export const parseRegEventlogApplication: Parser<RegEventlogApplicationFacts> = ({ text, file }) => {
  const unreadable = unreadableInput({ text, file });
  if (unreadable) return { facts: {}, diagnostics: [unreadable] };
  const reg = parseRegQuery(text, file);
  const diagnostics: Diagnostic[] = [...reg.diagnostics];
  const key = reg.keys.find((k) => pathBelow(k, 'Eventlog\\Application')?.length === 0);
  const facts: RegEventlogApplicationFacts = {};
  const maxSize = dwordValue(key, 'MaxSize');
  if (maxSize !== undefined) facts.maxSizeBytes = maxSize;
  else if (key) diagnostics.push(diagnostic(file, 'warning', 'no MaxSize value under Eventlog\\Application', key.line));
  const retention = dwordValue(key, 'Retention');
  if (retention === 0) facts.retention = 'overwriteAsNeeded';
  else if (retention === NEVER_OVERWRITE) facts.retention = 'doNotOverwrite';
  else if (retention !== undefined) Object.assign(facts, { retention: 'overwriteOlderThan', retentionSeconds: retention });
  return { facts, diagnostics, ...(reg.language ? { language: reg.language } : {}) };
};
