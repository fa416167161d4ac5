// @ts-nocheck
import { describeFormatListSource, readSourceFixture } from '../../test/helpers/format-list-source';
import { formatList } from '../../test/helpers/powershell-format-list';
import { parseExCmsStatus, parseOperationalMachine } from './ex-cms-status';

const FILE = 'ex-cms-status.txt';
const en = readSourceFixture('ex-cms-status', 'en.txt');
const de = readSourceFixture('ex-cms-status', 'de.txt');

describe('parseExCmsStatus', () => {
  it('reads an online CCR clustered mailbox server and its active node', () => {
    const { facts, diagnostics } = parseExCmsStatus({ text: en, file: FILE });
    expect(diagnostics).toEqual([]);
    expect(facts).toEqual({
      identity: 'CCR-CLUSTER001',
      clusteredMailboxServerName: 'CCR-CLUSTER001.contoso.com',
      state: 'Online',
      operationalMachines: [
        { name: 'EX2007-NODE1', flags: ['Active', 'Quorum Owner'], active: true, quorumOwner: true },
        { name: 'EX2007-NODE2', flags: [], active: false, quorumOwner: false },
      ],
      activeNode: 'EX2007-NODE1',
      failedResources: [],
      operationalReplicationHostNames: ['ex2007-node1', 'ex2007-node2', 'ex2007-node1-rep', 'ex2007-node2-rep'],
      failedReplicationHostNames: [],
      inUseReplicationHostNames: ['ex2007-node1', 'ex2007-node2', 'ex2007-node1-rep', 'ex2007-node2-rep'],
    });
  });

  it('reads a partially online CMS with failed resources (German culture, 120 columns)', () => {
    const { facts, diagnostics } = parseExCmsStatus({ text: de, file: FILE });
    expect(diagnostics).toEqual([]);
    expect(facts.state).toBe('PartiallyOnline');
    expect(facts.activeNode).toBe('EX2007-NODE2');
    expect(facts.operationalMachines).toEqual([
      { name: 'EX2007-NODE2', flags: ['Active'], active: true, quorumOwner: false },
      { name: 'EX2007-NODE1', flags: ['Quorum Owner'], active: false, quorumOwner: true },
    ]);
    expect(facts.failedResources).toEqual([
      'Second Storage Group/Mailbox Database 2 (CCR-CLUSTER001)',
      'Network Name (CCR-CLUSTER001)',
    ]);
  });

  it('keeps node roles in words it does not know, without guessing which node is active', () => {
    const text = formatList([
      [
        ['Identity', 'CCR-CLUSTER001'],
        ['State', 'Online'],
        ['OperationalMachines', '{EX2007-NODE1 <Aktiv, Quorumbesitzer>, EX2007-NODE2}'],
      ],
    ]);
    const { facts, diagnostics } = parseExCmsStatus({ text, file: FILE });
    expect(facts.operationalMachines).toEqual([
      { name: 'EX2007-NODE1', flags: ['Aktiv', 'Quorumbesitzer'] },
      { name: 'EX2007-NODE2', flags: [] },
    ]);
    expect(facts).not.toHaveProperty('activeNode');
    expect(diagnostics).toEqual([
      {
        file: FILE,
        line: 3,
        severity: 'warning',
        message: "unsupported language (OperationalMachines roles 'Aktiv', 'Quorumbesitzer' are not known)",
      },
    ]);
  });

  it('reads QuorumResource when the output has it', () => {
    const text = formatList([
      [
        ['Identity', 'CMS'],
        ['QuorumResource', 'Majority Node Set'],
      ],
    ]);
    expect(parseExCmsStatus({ text, file: FILE }).facts).toEqual({ identity: 'CMS', quorumResource: 'Majority Node Set' });
  });

  it.each([
    ['EX2007-NODE1 <Active, Quorum Owner>', { name: 'EX2007-NODE1', flags: ['Active', 'Quorum Owner'] }],
    ['EX2007-NODE2', { name: 'EX2007-NODE2', flags: [] }],
    ['EX2007-NODE2 <>', { name: 'EX2007-NODE2', flags: [] }],
  ])('parseOperationalMachine(%s)', (text, machine) => {
    expect(parseOperationalMachine(text)).toEqual(machine);
  });

  describeFormatListSource({
    parser: parseExCmsStatus,
    file: FILE,
    fixtures: { en, de },
  });
});
