import { readFileSync } from 'fs';
import { join } from 'path';
import { findRuleFiles, loadRules } from '../../../src/rules/load-rules';
import { substituteParameters } from '../../../src/rules/parameters';
import type { ParameterValueT, Profile, RuleFile } from '../../../src/rules/rule-schema';
import { bothEvaluators } from '../../helpers/both-evaluators';
import { fixtureSnapshot, type SnapshotFragment } from '../../helpers/fixture-snapshot';

/**
 * The compiled evaluator against json-rules-engine on every rule fixture: the fixture's rule alone (with the
 * case's parameters) in both languages, and every rule of the case's profile, must give the same findings
 * and not-evaluated items, compared in full as multisets.
 */
interface FixtureCase {
  name: string;
  profile?: Profile;
  parameters?: Record<string, ParameterValueT>;
  snapshot: SnapshotFragment;
}

const RULE_DIRS = [join(__dirname, '../../../rules'), join(__dirname, '../../../samples/custom-rules')];
const rules = loadRules(RULE_DIRS);
const cases = findRuleFiles(RULE_DIRS).flatMap((file) => {
  const { cases } = JSON.parse(readFileSync(file.replace(/\.json$/, '.fixtures.json'), 'utf8')) as { cases: FixtureCase[] };
  const id = file.replace(/^.*[\\/]/, '').replace(/\.json$/, '');
  return cases.map((c) => [id, c.name, c, file] as const);
});

const everyRule = {
  readiness: bothEvaluators(rules, { profile: 'readiness', lang: 'en' }),
  health: bothEvaluators(rules, { profile: 'health', lang: 'en' }),
};

/** What the comparisons saw, so that a run comparing nothing but empty outcomes fails. */
const seen = { findings: 0, notEvaluated: 0 };

test('there are fixtures to compare', () => {
  expect(cases.length).toBeGreaterThan(100);
});

describe.each(cases)('%s: %s', (id, _name, fixture, file) => {
  const loaded = rules.find((r) => r.id === id)!;
  const parameterValues = { ...loaded.parameterValues, ...fixture.parameters };
  const raw = () => JSON.parse(readFileSync(file, 'utf8')) as RuleFile;
  const rule = fixture.parameters ? { ...loaded, ...substituteParameters(raw(), parameterValues), parameterValues } : loaded;
  const profile = fixture.profile ?? rule.profiles[0]!;

  test.each(['en', 'de'] as const)('the rule alone, %s: compiled = reference', async (lang) => {
    const { compiled, reference } = await bothEvaluators([rule], { profile, lang })(fixtureSnapshot(fixture.snapshot));
    expect(compiled).toEqual(reference);
    if ('error' in compiled) throw new Error(compiled.error);
    seen.findings += compiled.findings.length;
    seen.notEvaluated += compiled.notEvaluated.length;
  });

  test(`every ${profile} rule: compiled = reference`, async () => {
    const { compiled, reference } = await everyRule[profile](fixtureSnapshot(fixture.snapshot));
    expect(compiled).toEqual(reference);
  });
});

test('the comparisons covered findings and not-evaluated items', () => {
  expect(seen.findings).toBeGreaterThan(200);
  expect(seen.notEvaluated).toBeGreaterThan(100);
});
