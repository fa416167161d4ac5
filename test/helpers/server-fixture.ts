import type { Server } from '../../src/snapshot/schema';

/** A server of a snapshot for the fact tests: a cluster node with no sources, `extra` laid over it. */
export const server = (name: string, extra: Partial<Server> = {}): Server => ({
  name,
  folder: name,
  role: 'clusterNode',
  sources: {},
  ...extra,
});

/** An Exchange version as the snapshot holds it, from its text (`8.1.240.6`). */
export const version = (text: string) => {
  const [major, minor, build, revision] = text.split('.').map(Number) as [number, number, number, number];
  return { text, major, minor, build, revision };
};

/** A page file of a server (reg-memory-management.txt) with a fixed size in MB. */
export const fixed = (path: string, initialMb: number, maximumMb: number) => ({
  path,
  initialMb,
  maximumMb,
  systemManaged: false,
});

/** A page file of a server whose size the system manages. */
export const managed = (path: string) => ({ path, systemManaged: true });
