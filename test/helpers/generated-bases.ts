import { readFileSync } from 'fs';
import { join } from 'path';
import { readBundle } from '../../src/bundle/read-bundle';
import { collectBundle } from '../../src/collect/collect-bundle';
import { findRuleFiles } from '../../src/rules/load-rules';
import type { Snapshot } from '../../src/snapshot/schema';
import { fixtureSnapshot, type SnapshotFragment } from './fixture-snapshot';

const ROOT = join(__dirname, '..', '..');

/** The rule folders the generated tests run: the shipped rules and the sample's custom rules. */
export const GENERATED_RULE_DIRS = [join(ROOT, 'rules'), join(ROOT, 'samples/custom-rules')];

/** Every case of every rule fixture in those folders, as a whole snapshot: the bases generated snapshots mutate. */
export function fixtureBases(ruleDirs: string[] = GENERATED_RULE_DIRS): Snapshot[] {
  return findRuleFiles(ruleDirs).flatMap((file) => {
    const { cases } = JSON.parse(readFileSync(file.replace(/\.json$/, '.fixtures.json'), 'utf8')) as {
      cases: { snapshot: SnapshotFragment }[];
    };
    return cases.map((c) => fixtureSnapshot(c.snapshot));
  });
}

/** The samples generated snapshots start from besides the fixtures (English, German, readiness). */
export function sampleBases(): Snapshot[] {
  return ['ccr-health-en', 'ccr-intern-de', 'readiness-de'].map((s) => collectBundle(readBundle(join(ROOT, 'samples', s))));
}
