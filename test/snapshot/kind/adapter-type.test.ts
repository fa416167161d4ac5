import { adapterType, isClusterAdapter, TEAMED_DESCRIPTIONS } from '../../../src/snapshot/assemble/kind/adapter-type';
import { loadRules } from '../../../src/rules/load-rules';
import { join } from 'path';

describe('the adapter type from the ipconfig heading and the description', () => {
  test.each([
    ['ethernet', 'HP NC373i Multifunction Gigabit Server Adapter', 'ethernet'],
    ['ethernet', 'BASP Virtual Adapter', 'teamed'],
    ['ethernet', 'Broadcom BASP Virtual Adapter #2', 'teamed'],
    ['ethernet', 'HP Network Team #1', 'teamed'],
    ['ethernet', 'HP Network Teaming Virtual Adapter', 'teamed'],
    ['ethernet', 'Intel(R) Advanced Network Services Virtual Adapter', 'teamed'],
    ['ethernet', 'TEAM : Team #0 - Intel(R) PRO/1000 MT Dual Port Server Adapter', 'teamed'],
    ['ethernet', 'Intel(R) PRO/1000 MT Network Connection', 'ethernet'],
    ['ethernet', undefined, 'ethernet'],
    ['tunnel', 'Microsoft ISATAP Adapter', 'tunnel'],
    ['ppp', 'WAN (PPP/SLIP) Interface', 'ppp'],
    ['unknown', 'TAP-Win32 Adapter V8', 'unknownAdapter'],
    ['wireless', 'Intel(R) PRO/Wireless 3945ABG', 'wireless'],
    ['other', undefined, 'other'],
    ['wireless', 'BASP Virtual Adapter', 'wireless'], // a team's description under another heading is no team
    ['tunnel', 'HP Network Team #1', 'tunnel'],
  ] as const)('%s "%s" → %s', (heading, description, type) => {
    expect(adapterType(heading, description)).toBe(type);
  });

  test.each([
    ['ethernet', true],
    ['teamed', true],
    ['wireless', true],
    ['tunnel', false],
    ['ppp', false],
    ['unknownAdapter', false],
    ['other', false],
    [undefined, true],
  ] as const)('a %s adapter is a cluster adapter: %s', (type, cluster) => {
    expect(isClusterAdapter(type === undefined ? {} : { type })).toBe(cluster);
  });

  test("NET-009's parameter default is the built-in list of team descriptions", () => {
    const rule = loadRules([join(__dirname, '../../../rules')]).find((r) => r.id === 'NET-009')!;
    expect(rule.parameters!.teamedDescriptions!.default).toBe(TEAMED_DESCRIPTIONS);
  });
});
