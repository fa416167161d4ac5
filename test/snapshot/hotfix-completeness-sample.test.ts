import { join } from 'path';
import { readBundle } from '../../src/bundle/read-bundle';
import { collectBundle } from '../../src/collect/collect-bundle';
import { ROOT } from '../helpers/run-bpa';

/** The hotfix list's completeness on a whole sample (hotfix-completeness.test.ts has the table; left out of the mutation runs). */
test('the German sample: NODE1 and NODE2 have qfe.txt, whose File 1 rows carry their KB', () => {
  const s = collectBundle(readBundle(join(ROOT, 'samples', 'ccr-health-de')));
  const node = (name: string) => s.servers.find((x) => x.name === name)!.hotfixes!;
  expect([node('EX2007-NODE1').listComplete, node('EX2007-NODE2').listComplete]).toEqual([true, true]);
  expect(node('EX2007-NODE1').listCompleteBasis).toEqual({
    en: 'qfe.txt names a KB for every hotfix',
    de: 'qfe.txt nennt für jeden Hotfix eine KB',
  });
});
