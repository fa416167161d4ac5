import { readFileSync } from 'fs';
import { join } from 'path';
import { findRuleFiles, loadRules } from '../../src/rules/load-rules';
import { analyze } from '../../src/rules/evaluate';
import { describeErrors, namedValidator } from '../../src/shared/ajv';
import { SnapshotSchema } from '../../src/snapshot/schema';
import { substituteParameters } from '../../src/rules/parameters';
import type { ParameterValueT, Profile, RuleFile } from '../../src/rules/rule-schema';
import { fixtureSnapshot, type SnapshotFragment } from '../helpers/fixture-snapshot';

/**
 * One table drives every rule's tests: each rule has `<ID>.fixtures.json` beside it, whose cases must
 * produce a finding, must pass, or must be not evaluated. A failure names the rule and the case.
 */
interface FixtureCase {
  name: string;
  expect: 'finding' | 'pass' | 'notEvaluated';
  profile?: Profile;
  severity?: string;
  server?: string;
  target?: string;
  /** A part of the not-evaluated reason, e.g. the missing source's name. */
  reason?: string;
  /** A part of the finding's message (English). */
  message?: string;
  /** Rule parameters in force for this case instead of the defaults (as a configuration file sets them). */
  parameters?: Record<string, ParameterValueT>;
  /**
   * For a finding on a list only partly known: a part of the reason of the not-evaluated item the unknown
   * rest of the list gives (without it, a finding case must leave nothing not evaluated).
   */
  alsoNotEvaluated?: string;
  /** A part of what the finding could not check, "fact (reason)" joined by " | " (English). */
  notChecked?: string;
  snapshot: SnapshotFragment;
}

const RULES_DIR = join(__dirname, '../../rules');
/** The shipped rules, and the custom rule example of the samples (README "Writing a rule"). */
const RULE_DIRS = [RULES_DIR, join(__dirname, '../../samples/custom-rules')];
const rules = loadRules(RULE_DIRS);
const ruleFiles = findRuleFiles(RULE_DIRS);

const cases = ruleFiles.flatMap((file) => {
  const fixtures = JSON.parse(readFileSync(file.replace(/\.json$/, '.fixtures.json'), 'utf8')) as { cases: FixtureCase[] };
  const id = file.replace(/^.*[\\/]/, '').replace(/\.json$/, '');
  return fixtures.cases.map((c) => [id, c.name, c, file] as const);
});

describe.each(cases)('%s: %s', (id, _name, fixture, file) => {
  const loaded = rules.find((r) => r.id === id)!;
  const parameterValues = { ...loaded.parameterValues, ...fixture.parameters };
  const raw = () => JSON.parse(readFileSync(file, 'utf8')) as RuleFile;
  const rule = fixture.parameters ? { ...loaded, ...substituteParameters(raw(), parameterValues), parameterValues } : loaded;
  const snapshot = fixtureSnapshot(fixture.snapshot);

  test('the fixture is a valid snapshot', () => {
    const validate = namedValidator('snapshot', () => SnapshotSchema);
    expect(validate(snapshot) ? [] : describeErrors(validate.errors)).toEqual([]);
  });

  test(`expects ${fixture.expect}`, async () => {
    const profile = fixture.profile ?? rule.profiles[0]!;
    const { findings, notEvaluated } = await analyze(snapshot, [rule], { profile, lang: 'en' });
    if (fixture.expect === 'finding') {
      if (fixture.alsoNotEvaluated) expect(notEvaluated.map((n) => n.reason).join(' | ')).toContain(fixture.alsoNotEvaluated);
      else expect(notEvaluated).toEqual([]);
      expect(findings).toHaveLength(1);
      const f = findings[0]!;
      expect(f.ruleId).toBe(id);
      expect(f.evidence.length).toBeGreaterThan(0);
      if (fixture.severity) expect(f.severity).toBe(fixture.severity);
      if (fixture.server) expect(f.server).toBe(fixture.server);
      if (fixture.target) expect(f.target).toBe(fixture.target);
      if (fixture.message) expect(f.message).toContain(fixture.message);
      const unchecked = (f.notChecked ?? []).map((n) => `${n.fact} (${n.reason})`).join(' | ');
      if (fixture.notChecked) expect(unchecked).toContain(fixture.notChecked);
      expect(f.message).not.toMatch(/\{\{|undefined|\?\s*MB/);
      const german = await analyze(snapshot, [rule], { profile, lang: 'de' });
      expect(german.findings[0]!.message).not.toMatch(/\{\{|undefined|\?\s*MB/);
      expect(german.findings[0]!.message).not.toBe(f.message);
    } else if (fixture.expect === 'pass') {
      expect(findings).toEqual([]);
      expect(notEvaluated).toEqual([]);
    } else {
      expect(findings).toEqual([]);
      expect(notEvaluated.length).toBeGreaterThan(0);
      if (fixture.reason) expect(notEvaluated.map((n) => n.reason).join(' | ')).toContain(fixture.reason);
    }
  });
});
