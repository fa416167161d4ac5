import { join } from 'path';
import { ScopeProgram } from '../../../src/rules/compile/scope-program';
import { createAnalyzer } from '../../../src/rules/evaluate';
import { loadRules, type LoadedRule } from '../../../src/rules/load-rules';
import type { ConditionLeafT } from '../../../src/rules/rule-schema';
import { bothEvaluators } from '../../helpers/both-evaluators';
import { fixtureSnapshot } from '../../helpers/fixture-snapshot';

/**
 * Conditions of a scope that ask the same question share one leaf of the compiled program (scope-program.ts
 * `sameLeafKey`): each rule must still show its own condition, and values that only look alike must not share.
 */
const [custom] = loadRules([join(__dirname, '../../../samples/custom-rules')]).filter((r) => r.id === 'CUS-001');
const named = (id: string, leaf: ConditionLeafT): LoadedRule => ({ ...custom!, id, conditions: { all: [leaf] } });
const nameLeaf = (value: unknown, params?: ConditionLeafT['params']): ConditionLeafT =>
  ({ fact: 'adapter', path: '$.name', operator: 'equal', value, ...(params ? { params } : {}) }) as ConditionLeafT;
const snapshot = (adapter: string) =>
  fixtureSnapshot({ servers: [{ name: 'N1', adapters: [{ name: adapter, role: 'private' }] }] } as never);

const leavesOf = (rules: LoadedRule[]) => (new ScopeProgram(rules) as unknown as { leaves: unknown[] }).leaves.length;

test('the same question with other params: one leaf, and each finding with its own params', async () => {
  const rules = [
    named('CUS-101', nameLeaf('Private', { expected: { en: 'first expectation', de: 'erste Erwartung' } })),
    named('CUS-102', nameLeaf('Private', { expected: { en: 'second expectation', de: 'zweite Erwartung' } })),
  ];
  // The appliesTo leaves (shared too: the same list, the same role) and the one name leaf.
  expect(leavesOf(rules)).toBe(3);
  const { compiled, reference } = await bothEvaluators(rules, { profile: 'health', lang: 'en' })(snapshot('Private'));
  expect(compiled).toEqual(reference);
  const analysis = await createAnalyzer(rules, { profile: 'health', lang: 'en' })(snapshot('Private'));
  expect(analysis.findings.map((f) => [f.ruleId, f.evidence.map((e) => e.expected)])).toEqual([
    ['CUS-101', ['first expectation']],
    ['CUS-102', ['second expectation']],
  ]);
});

test('values that only look alike ("1", 1, true, null, -0 and 0) each get a leaf of their own', async () => {
  const values: unknown[] = ['1', 1, true, 'true', null, 'null', -0, 0, '0'];
  const rules = values.map((v, i) => named(`CUS-2${String(i).padStart(2, '0')}`, nameLeaf(v)));
  expect(leavesOf(rules)).toBe(2 + values.length);
  for (const adapter of ['1', 'true', 'null', '0']) {
    const { compiled, reference } = await bothEvaluators(rules, { profile: 'health', lang: 'en' })(snapshot(adapter));
    expect(compiled).toEqual(reference);
    const analysis = await createAnalyzer(rules, { profile: 'health', lang: 'en' })(snapshot(adapter));
    expect(analysis.findings.map((f) => f.ruleId)).toEqual([rules[values.indexOf(adapter)]!.id]);
  }
});

test('a list of texts, numbers, booleans and nulls is shared by content; a list with anything else is not', async () => {
  const inList = (id: string, value: unknown) =>
    named(id, { fact: 'adapter', path: '$.name', operator: 'in', value } as ConditionLeafT);
  const shared = [inList('CUS-301', ['Private', 1, true, null]), inList('CUS-302', ['Private', 1, true, null])];
  expect(leavesOf(shared)).toBe(2 + 1);
  const { compiled, reference } = await bothEvaluators(shared, { profile: 'health', lang: 'en' })(snapshot('Private'));
  expect(compiled).toEqual(reference);
  expect(leavesOf([inList('CUS-303', ['Private', 1]), inList('CUS-304', ['Private', '1'])])).toBe(2 + 2);
  for (const odd of [[-0], [NaN], [null], [{ x: 1 }], [['Private']], [Infinity]]) {
    const expected = odd[0] === null ? 2 + 1 : 2 + 2;
    expect(leavesOf([inList('CUS-305', odd), inList('CUS-306', structuredClone(odd))])).toBe(expected);
  }
  expect(leavesOf([inList('CUS-307', [NaN]), inList('CUS-308', [null])])).toBe(2 + 2);
  expect(leavesOf([inList('CUS-309', [-0]), inList('CUS-310', [0])])).toBe(2 + 2);
});

test('an object value is never shared', () => {
  const objectLeaf = (id: string) =>
    named(id, { fact: 'adapter', path: '$.name', operator: 'equal', value: { kind: 'x' } } as unknown as ConditionLeafT);
  expect(leavesOf([objectLeaf('CUS-401'), objectLeaf('CUS-402')])).toBe(2 + 2);
});
