import { analyze } from '../../src/rules/evaluate';
import type { LoadedRule } from '../../src/rules/load-rules';
import type { Condition } from '../../src/rules/rule-schema';
import { uncheckedLeaves, type EvaluatedNode } from '../../src/rules/three-valued';
import { fixtureSnapshot } from '../helpers/fixture-snapshot';

/**
 * A rule over a list that is only partly known fires on a KNOWN match and names what it could not check:
 * the absent facts under the parts of the verdict that stayed open, with their sources and the reason.
 */
const T: EvaluatedNode = { fact: 'f', path: '$.t', factResult: 1, result: true };
const F: EvaluatedNode = { fact: 'f', path: '$.f', factResult: 1, result: false };
const U: EvaluatedNode = { fact: 'f', path: '$.u', factResult: undefined, result: false };
const U2: EvaluatedNode = { fact: 'f', path: '$.u2', factResult: undefined, result: false };

test.each([
  ['any decided by a true part: the open part is not checked', { any: [T, U] }, [U]],
  ['an open part nested under a decided all', { all: [T, { any: [T, U] }] }, [U]],
  ['every open part, in order', { any: [U, T, { all: [T, U2] }] }, [U, U2]],
  ['a part decided false by a known leaf leaves nothing open', { any: [T, { all: [U, F] }] }, []],
  ['everything known', { all: [T, T] }, []],
  ['under not, as De Morgan has it', { not: { all: [F, U] } }, [U]],
  ['a decided leaf', T, []],
] as [string, EvaluatedNode, EvaluatedNode[]][])('%s', (_name, node, expected) => {
  expect(uncheckedLeaves(node)).toEqual(expected);
});

const notOnline = (path: string) => ({ fact: 'cluster', path, operator: 'countAbove', value: 0 });
const rule = (conditions: Condition): LoadedRule => ({
  id: 'TST-001',
  title: { en: 'A group or resource is not online', de: 'Eine Gruppe oder Ressource ist nicht online' },
  severity: 'critical',
  category: 'Cluster',
  profiles: ['health'],
  scope: 'cluster',
  conditions,
  message: {
    en: 'Not online.{{#each notChecked}} Not checked: {{fact}} ({{reason}}).{{/each}}',
    de: 'Nicht online.{{#each notChecked}} Nicht geprüft: {{fact}} ({{reason}}).{{/each}}',
  },
  rationale: { en: 'r', de: 'r' },
  remediation: { en: 'r', de: 'r' },
  references: [{ title: 't', url: 'https://example.invalid/' }],
  file: 'TST-001.json',
  parameterValues: {},
});
const either = rule({ any: [notOnline('$.resourcesNotOnline'), notOnline('$.groupsNotOnline')] });

const snapshot = (cluster: Record<string, unknown>) =>
  fixtureSnapshot({
    servers: [{ name: 'NODE1', cluster: 'CLUS1', sources: { 'cluster-res.txt': 'parsed' } }],
    clusters: [{ name: 'CLUS1', nodes: [{ name: 'NODE1' }], ...cluster }],
  });

describe('a finding on partial knowledge', () => {
  test('fires on the known failed resource and names the group list it could not check', async () => {
    const { findings, notEvaluated } = await analyze(snapshot({ resourcesNotOnline: ['IS (Failed)'] }), [either], {
      profile: 'health',
      lang: 'en',
    });
    expect(notEvaluated).toEqual([]);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.notChecked).toEqual([
      { fact: 'cluster.groupsNotOnline', sources: ['cluster-group.txt'], reason: 'cluster-group.txt missing' },
    ]);
    expect(findings[0]!.evidence.map((e) => e.path)).toEqual(['cluster.resourcesNotOnline']);
    expect(findings[0]!.message).toBe('Not online. Not checked: cluster.groupsNotOnline (cluster-group.txt missing).');
  });

  test('says it in German', async () => {
    const { findings } = await analyze(snapshot({ resourcesNotOnline: ['IS (Failed)'] }), [either], {
      profile: 'health',
      lang: 'de',
    });
    expect(findings[0]!.notChecked).toEqual([
      { fact: 'cluster.groupsNotOnline', sources: ['cluster-group.txt'], reason: 'cluster-group.txt fehlt' },
    ]);
  });

  test('a source that was read without the fact is named as such', async () => {
    const read = fixtureSnapshot({
      servers: [{ name: 'NODE1', cluster: 'CLUS1', sources: { 'cluster-res.txt': 'parsed', 'cluster-group.txt': 'parsed' } }],
      clusters: [{ name: 'CLUS1', nodes: [{ name: 'NODE1' }], resourcesNotOnline: ['IS (Failed)'] }],
    });
    const { findings } = await analyze(read, [either], { profile: 'health', lang: 'en' });
    expect(findings[0]!.notChecked?.[0]?.reason).toBe('cluster-group.txt gave no cluster.groupsNotOnline');
  });

  test('a finding that checked everything has no notChecked', async () => {
    const { findings } = await analyze(snapshot({ resourcesNotOnline: ['IS (Failed)'], groupsNotOnline: [] }), [either], {
      profile: 'health',
      lang: 'en',
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]).not.toHaveProperty('notChecked');
  });

  test('without a known match the rule stays not evaluated, naming the missing list', async () => {
    const { findings, notEvaluated } = await analyze(snapshot({ resourcesNotOnline: [] }), [either], {
      profile: 'health',
      lang: 'en',
    });
    expect(findings).toEqual([]);
    expect(notEvaluated.map((n) => n.reason)).toEqual(['cluster-group.txt missing']);
  });
});
