// @ts-nocheck
import type { Snapshot } from '../src/snapshot/schema';

/**
 * A synthetic fleet: copies of sample snapshots with every host, cluster and CMS name suffixed, so each
 * copy is a distinct organization of the same shape. Returns the copies' JSON texts (what a fleet of saved
 * snapshots would be on disk) until at least `servers` servers are reached.
 */
export function buildFleet(samples: Snapshot[], servers: number): string[] {
  const texts: string[] = [];
  let count = 0;
  for (let i = 0; count < servers; i++) {
    const sample = samples[i % samples.length]!;
    const suffix = `-${String(i).padStart(5, '0')}`;
    texts.push(renameAll(JSON.stringify(sample), names(sample), suffix));
    count += sample.servers.length;
  }
  return texts;
}

function names(snapshot: Snapshot): string[] {
  const all = [...snapshot.servers.map((s) => s.name), ...snapshot.clusters.map((c) => c.name)];
  return [...new Set(all)].sort((a, b) => b.length - a.length);
}

function renameAll(text: string, hostNames: string[], suffix: string): string {
  let out = text;
  for (const name of hostNames) out = out.split(`"${name}"`).join(`"${name}${suffix}"`);
  return out;
}
