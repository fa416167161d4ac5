// @ts-nocheck
import { UserError } from '../shared/errors';
import type { HistoryEntry } from './entry';

/**
 * Finds the entry a reference names: `latest`, `latest~N` (N scans before the latest), `previous`
 * (= `latest~1`), an id (`20081120-011507`), or the unique start of one (`20081120`).
 */
export function resolveRef(entries: HistoryEntry[], ref: string, dir: string): HistoryEntry {
  if (entries.length === 0) throw new UserError(`${dir}: the history has no scans yet`);
  const relative = /^(latest|previous)(?:~(\d+))?$/.exec(ref);
  if (relative) {
    const back = (relative[1] === 'previous' ? 1 : 0) + Number(relative[2] ?? 0);
    const entry = entries[entries.length - 1 - back];
    if (!entry) throw new UserError(`${ref}: the history ${dir} has only ${entries.length} scan(s)`);
    return entry;
  }
  const exact = entries.find((e) => e.id === ref);
  if (exact) return exact;
  const matches = entries.filter((e) => e.id.startsWith(ref));
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1) {
    const shown = matches.slice(0, 5).map((e) => e.id);
    throw new UserError(
      `${ref}: names ${matches.length} scans in ${dir} (${shown.join(', ')}${matches.length > 5 ? ', …' : ''})`,
    );
  }
  throw new UserError(`${ref}: no such scan in ${dir} (see: bpa history list ${dir})`);
}

/** Whether a diff or baseline operand looks like a history reference rather than a file. */
export function looksLikeRef(text: string): boolean {
  return /^(latest|previous)(~\d+)?$/.test(text) || /^\d{8}(-\d{1,6}(-\d+)?)?$/.test(text);
}
