import { join } from 'path';
import { analyze } from '../../src/rules/evaluate';
import { loadRules } from '../../src/rules/load-rules';
import { TEAMED_DESCRIPTIONS } from '../../src/snapshot/assemble/kind/adapter-type';
import { fixtureSnapshot } from '../helpers/fixture-snapshot';

/** NET-009's list of team descriptions is a rule parameter that bpa.config.json can extend. */
const RULES = join(__dirname, '../../rules');
const snapshot = fixtureSnapshot({
  servers: [
    {
      name: 'NODE1',
      os: { name: 'Microsoft(R) Windows(R) Server 2003 Enterprise x64 Edition', release: '2003', servicePack: 2 },
      adapters: [{ name: 'Heartbeat', type: 'ethernet', role: 'private', description: 'Emulex OneConnect Team Adapter' }],
    },
  ],
});

test('an unknown vendor team passes with the default list', async () => {
  const rules = loadRules([RULES]).filter((r) => r.id === 'NET-009');
  const { findings, notEvaluated } = await analyze(snapshot, rules, { profile: 'health', lang: 'en' });
  expect([findings, notEvaluated]).toEqual([[], []]);
});

test('and fires once the configuration extends the list', async () => {
  const parameters = { 'NET-009': { teamedDescriptions: `${TEAMED_DESCRIPTIONS}|Emulex OneConnect Team` } };
  const rules = loadRules([RULES], { parameters }).filter((r) => r.id === 'NET-009');
  const { findings } = await analyze(snapshot, rules, { profile: 'health', lang: 'de' });
  expect(findings.map((f) => [f.ruleId, f.server, f.target])).toEqual([['NET-009', 'NODE1', 'Heartbeat']]);
  expect(findings[0]!.message).toContain('„Emulex OneConnect Team Adapter“');
});
