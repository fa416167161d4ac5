import { join } from 'path';
import { readBundle } from '../../src/bundle/read-bundle';
import { collectBundle } from '../../src/collect/collect-bundle';

/**
 * The Exchange architecture and the system volume facts on the German CCR sample, through the whole
 * assembly (derived-facts.test.ts has the tables; this test reads a whole bundle and is left out of the
 * mutation runs, jest.config.mutate.js).
 */
test('the German CCR sample: the CMS and the hub transport server are 64-bit', () => {
  const s = collectBundle(readBundle(join(__dirname, '..', '..', 'samples', 'ccr-health-de')));
  const arch = (name: string) => s.servers.find((x) => x.name === name)!.exchange?.architecture;
  expect([arch('CCR-CLUSTER001'), arch('EX2007-HUB1'), arch('EX2007-NODE1')]).toEqual(['x64', 'x64', undefined]);
  const hub = s.servers.find((x) => x.name === 'EX2007-HUB1')!;
  expect(hub.systemVolume).toMatchObject({ caption: 'C:', freeSpaceBytes: 18811518976, freeSpaceMb: 17940 });
  expect(hub.applicationLogMaxSizeMb).toBe(16);
});
