import { flattenSnapshot, type FlatLeaf } from '../../diff/flatten-snapshot';
import { diffFlattened } from '../../diff/setting-changes';
import type { Snapshot } from '../../snapshot/schema';
import type { ScanDigest } from './digest';
import type { TimelineEntry, TrendWarning } from './model';
import { timelineChanges } from './timeline-changes';

/** The part of a stored scan the timeline reads. */
interface SnapshotSource {
  readSnapshot(): Snapshot;
}

interface Compared {
  digest: ScanDigest;
  /** Flattened when read; a scan whose snapshot has the same hash as the one before shares its leaves. */
  leaves?: Map<string, FlatLeaf>;
}

/**
 * The configuration changes between the nights' scans, from their stored snapshots (the settings `bpa diff`
 * compares). A snapshot is read only when its hash differs from the scan before, so a year of unchanged
 * nights reads no snapshot at all; at most two are held at a time. A damaged snapshot is named in a warning
 * and its night says the configuration was not compared; the next night is compared with the last readable one.
 */
export function buildTimeline(
  reps: readonly ScanDigest[],
  stored: ReadonlyMap<string, SnapshotSource>,
  warnings: TrendWarning[],
): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  let last: Compared | undefined;
  const leavesOf = (d: ScanDigest): Map<string, FlatLeaf> | undefined => {
    try {
      return flattenSnapshot(stored.get(d.id)!.readSnapshot());
    } catch (e) {
      warnings.push({ id: d.id, day: d.day, what: 'snapshot', message: (e as Error).message });
      return undefined;
    }
  };
  for (const digest of reps) {
    if (!last) {
      last = { digest };
      continue;
    }
    if (digest.snapshotSha256 === last.digest.snapshotSha256) {
      last = { digest, ...(last.leaves ? { leaves: last.leaves } : {}) };
      continue;
    }
    const since = { day: last.digest.day, id: last.digest.id };
    const before = last.leaves ?? leavesOf(last.digest);
    const after = leavesOf(digest);
    if (!before || !after) {
      const damaged = !after ? digest.id : last.digest.id;
      entries.push({ day: digest.day, id: digest.id, since, changes: [], otherChanges: 0, notCompared: damaged });
      if (after) last = { digest, leaves: after };
      else if (!before) last = undefined;
      continue;
    }
    const { picked, other } = timelineChanges(diffFlattened(before, after));
    if (picked.length > 0 || other > 0) {
      entries.push({ day: digest.day, id: digest.id, since, changes: picked, otherChanges: other });
    }
    last = { digest, leaves: after };
  }
  return entries;
}
