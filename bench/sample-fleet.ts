import { cpSync, mkdirSync, readdirSync } from 'fs';
import { join } from 'path';

/** The bundle every fleet benchmark copies: a four-server CCR cluster, English. */
const SAMPLE = join(__dirname, '..', '..', 'samples', 'ccr-health-en');

/**
 * `copies` copies of samples/ccr-health-en in `<root>/bundles` (`customer-0001`, …): the fleet that fleet-scan,
 * scan-phases and fleet-timeline scan. Returns the folder and the bundles in name order.
 */
export function sampleFleet(root: string, copies: number): { folder: string; bundles: string[] } {
  const folder = join(root, 'bundles');
  mkdirSync(folder);
  for (let i = 1; i <= copies; i++) {
    cpSync(SAMPLE, join(folder, `customer-${String(i).padStart(4, '0')}`), { recursive: true });
  }
  return { folder, bundles: readdirSync(folder).map((name) => join(folder, name)) };
}
