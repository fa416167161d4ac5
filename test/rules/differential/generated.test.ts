import fc from 'fast-check';
import { readFileSync } from 'fs';
import { join } from 'path';
import { loadRules } from '../../../src/rules/load-rules';
import type { Lang, Profile } from '../../../src/rules/rule-schema';
import type { Snapshot } from '../../../src/snapshot/schema';
import { bothEvaluators } from '../../helpers/both-evaluators';
import { GENERATED_RULE_DIRS, fixtureBases as fixtureBasesOf, sampleBases as sampleBasesOf } from '../../helpers/generated-bases';
import { applyMutation, everyPath, focusOf, mutationArb, poolsOf } from '../../helpers/snapshot-mutations';

/**
 * The compiled evaluator against json-rules-engine over generated snapshots: rule fixtures and samples with
 * facts removed, set to null, to boundary numbers around the rules' thresholds, odd strings, enum values,
 * lists with an item more or less, values of the wrong kind. Fixed seeds: a failure reproduces, and
 * fast-check shrinks it to the fewest changes. Compared in full as multisets; an error must be the same error.
 */
const ROOT = join(__dirname, '../../..');
const RULE_DIRS = GENERATED_RULE_DIRS;
const rules = loadRules(RULE_DIRS);
const pools = poolsOf(rules, JSON.parse(readFileSync(join(ROOT, 'schemas/snapshot.schema.json'), 'utf8')));

const fixtureBases: Snapshot[] = fixtureBasesOf(RULE_DIRS);
const sampleBases: Snapshot[] = sampleBasesOf();

const evaluators = new Map(
  (['readiness', 'health'] as Profile[]).flatMap((profile) =>
    (['en', 'de'] as Lang[]).map((lang) => [`${profile}/${lang}`, bothEvaluators(rules, { profile, lang })] as const),
  ),
);

function generated(bases: Snapshot[]) {
  const places = bases.map((b) => ({ focus: focusOf(b, rules), all: everyPath(b) }));
  return fc
    .record({
      base: fc.nat({ max: bases.length - 1 }),
      mutations: fc.array(mutationArb, { minLength: 1, maxLength: 8 }),
      profile: fc.constantFrom<Profile>('readiness', 'health'),
      lang: fc.constantFrom<Lang>('en', 'de'),
    })
    .map(({ base, mutations, profile, lang }) => {
      const snapshot = structuredClone(bases[base]!);
      for (const m of mutations) applyMutation(snapshot, places[base]!, m, pools);
      return { snapshot, profile, lang };
    });
}

async function compare(bases: Snapshot[], seed: number, numRuns: number) {
  const tally = { findings: 0, notEvaluated: 0, errors: 0 };
  await fc.assert(
    fc.asyncProperty(generated(bases), async ({ snapshot, profile, lang }) => {
      const { compiled, reference } = await evaluators.get(`${profile}/${lang}`)!(snapshot);
      expect(compiled).toEqual(reference);
      if ('error' in compiled) tally.errors++;
      else {
        tally.findings += compiled.findings.length;
        tally.notEvaluated += compiled.notEvaluated.length;
      }
    }),
    { seed, numRuns, endOnFailure: true },
  );
  return tally;
}

test('2,000 mutated rule fixtures: compiled = reference', async () => {
  const tally = await compare(fixtureBases, 20261205, 2000);
  expect(tally.findings).toBeGreaterThan(500);
  expect(tally.notEvaluated).toBeGreaterThan(500);
}, 300_000);

test('200 mutated samples: compiled = reference', async () => {
  const tally = await compare(sampleBases, 16, 200);
  expect(tally.findings).toBeGreaterThan(500);
  expect(tally.notEvaluated).toBeGreaterThan(100);
}, 300_000);
