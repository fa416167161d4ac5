// @ts-nocheck
import { existsSync, statSync } from 'fs';
import { join } from 'path';
import { loadInput, readJsonFile } from '../pipeline/load-input';
import { validateReport } from '../report/validate-report';
import type { Snapshot } from '../snapshot/schema';
import { validateSnapshot } from '../snapshot/validate';
import { UserError } from '../shared/errors';
import { readIndex } from '../history/index-file';
import { ENTRY_FILES, openHistory } from '../history/layout';
import { looksLikeRef, resolveRef } from '../history/refs';
import { readGzipJson, readScan } from '../history/store';
import type { ScanSide } from './changes';

/**
 * What one side of `bpa diff` names: a history entry (with `--history`), or a file: a findings file (the
 * JSON report), a snapshot, a history entry's folder, or a capture bundle (folder or .zip, collected).
 * A report gives the findings, a snapshot or bundle the configuration values, a history entry both.
 */
export function loadOperand(operand: string, history: string | undefined): ScanSide {
  if (history && (looksLikeRef(operand) || !existsSync(operand))) {
    openHistory(history, { create: false });
    const entry = resolveRef(readIndex(history), operand, history);
    const { report, snapshot } = readScan(history, entry);
    return { report, snapshot, id: entry.id, label: entry.id };
  }
  if (!existsSync(operand)) {
    const hint = looksLikeRef(operand) ? ' (a history id needs --history <dir>)' : '';
    throw new UserError(`${operand}: no such file or folder${hint}`);
  }
  if (statSync(operand).isDirectory() && existsSync(join(operand, ENTRY_FILES.report))) return entryFolder(operand);
  if (/\.json(\.gz)?$/i.test(operand)) return jsonFile(operand);
  return { snapshot: loadInput(operand), label: operand };
}

function entryFolder(dir: string): ScanSide {
  const reportFile = join(dir, ENTRY_FILES.report);
  const snapshotFile = join(dir, ENTRY_FILES.snapshot);
  const report = validateReport(readGzipJson(reportFile), reportFile);
  const snapshot = readGzipJson(snapshotFile);
  validateSnapshot(snapshot, snapshotFile);
  return { report, snapshot: snapshot as Snapshot, label: dir };
}

/** A findings file or a snapshot, told apart by their shape, then validated as what they are. */
function jsonFile(file: string): ScanSide {
  const data = file.toLowerCase().endsWith('.gz') ? readGzipJson(file) : readJsonFile(file);
  const record = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  if ('findings' in record && 'scan' in record) return { report: validateReport(data, file), label: file };
  if ('servers' in record && 'bundle' in record) {
    validateSnapshot(data, file);
    return { snapshot: data as Snapshot, label: file };
  }
  throw new UserError(`${file}: neither a bpa findings file nor a snapshot`);
}
