/**
 * A rule that has nothing to check on an entity by design is reported as not applicable, not passed and not
 * left out: a node whose Cluster service runs as LocalSystem (every Windows Server 2008 failover cluster) has no
 * cluster service account, so the account rules name it in the not-evaluated list, flagged `notApplicable`,
 * with the reason in the report's language. An absent fact that leaves its reason in `<fact>Basis` gets that
 * reason into the not-evaluated item.
 */
import { join } from 'path';
import { analyze } from '../../src/rules/evaluate';
import { loadRules } from '../../src/rules/load-rules';
import { fixtureSnapshot } from '../helpers/fixture-snapshot';

const rules = loadRules([join(__dirname, '../../rules')]).filter((r) => r.scope === 'account');

const node2008 = {
  name: 'NODE1',
  os: { name: 'Microsoft Windows Server 2008 Enterprise', release: '2008' },
  sources: { 'systeminfo.txt': 'parsed' },
  clusterServiceAccount: {
    name: 'LocalSystem',
    identity: 'LocalSystem',
    kind: 'builtin',
    source: 'systeminfo.txt',
    identityBasis: {
      en: 'a failover cluster of Windows Server 2008 and later runs the Cluster service as LocalSystem (systeminfo.txt: Microsoft Windows Server 2008 Enterprise)',
      de: 'ein Failovercluster ab Windows Server 2008 führt den Clusterdienst als LocalSystem aus (systeminfo.txt: Microsoft Windows Server 2008 Enterprise)',
    },
  },
};

describe('not applicable: the account rules on a node whose Cluster service runs as LocalSystem', () => {
  it('lists every account rule as not applicable, with the reason, in English and German', async () => {
    const snapshot = fixtureSnapshot({ servers: [node2008] });
    const en = await analyze(snapshot, rules, { profile: 'health', lang: 'en' });
    expect(en.findings).toEqual([]);
    expect(en.notEvaluated.map((n) => [n.ruleId, n.server, n.target, n.notApplicable])).toEqual([
      ['ACC-001', 'NODE1', 'LocalSystem', true],
      ['ACC-002', 'NODE1', 'LocalSystem', true],
      ['ACC-003', 'NODE1', 'LocalSystem', true],
    ]);
    expect(en.notEvaluated[0]!.reason).toBe(
      'not applicable: a failover cluster of Windows Server 2008 and later runs the Cluster service as LocalSystem (systeminfo.txt: Microsoft Windows Server 2008 Enterprise); there is no cluster service account',
    );
    expect(en.notEvaluated[0]!.missing).toEqual([]);
    const de = await analyze(snapshot, rules, { profile: 'health', lang: 'de' });
    expect(de.notEvaluated[0]!.reason).toBe(
      'nicht anwendbar: ein Failovercluster ab Windows Server 2008 führt den Clusterdienst als LocalSystem aus (systeminfo.txt: Microsoft Windows Server 2008 Enterprise); es gibt kein Clusterdienstkonto',
    );
  });

  it('still checks nothing of an account given by hand on such a node: it is not the cluster service account', async () => {
    const snapshot = fixtureSnapshot({
      servers: [
        {
          ...node2008,
          accounts: [{ name: 'clusdienst', isClusterServiceAccount: false, passwordNeverExpires: false, active: false }],
        },
      ],
    });
    const result = await analyze(snapshot, rules, { profile: 'health', lang: 'en' });
    expect(result.findings).toEqual([]);
    expect(result.notEvaluated.every((n) => n.notApplicable)).toBe(true);
  });

  it('a node with a domain account is evaluated as before', async () => {
    const snapshot = fixtureSnapshot({
      servers: [
        {
          name: 'NODE1',
          clusterServiceAccount: {
            name: 'MUELLER\\x',
            identity: 'MUELLER\\x',
            kind: 'domain',
            source: 'sc-qc-clussvc.txt',
            identityBasis: { en: '', de: '' },
          },
          localAdministrators: ['Administrator'],
          accounts: [
            {
              name: 'x',
              isClusterServiceAccount: true,
              passwordNeverExpires: true,
              active: true,
              expired: false,
              lockedOut: false,
              localAdministrator: true,
            },
          ],
        },
      ],
    });
    const result = await analyze(snapshot, rules, { profile: 'health', lang: 'en' });
    expect(result).toMatchObject({ findings: [], notEvaluated: [] });
  });
});

describe('a fact absent for a reason the snapshot gives', () => {
  it('names the reason (the ambiguous group) in the not-evaluated item', async () => {
    const snapshot = fixtureSnapshot({
      servers: [
        {
          name: 'NODE1',
          sources: { 'net-user-clusdienst.txt': 'parsed', 'net-localgroup-administrators.txt': 'parsed' },
          accounts: [
            {
              name: 'clusdienst',
              isClusterServiceAccount: true,
              localAdministratorBasis: {
                en: "net user lists the global group 'Exchange Cluster Admi', cut short, and MUELLER\\Exchange Cluster Admins and MUELLER\\Exchange Cluster Administrators in the Administrators both start with it",
                de: '…',
              },
            },
          ],
        },
      ],
    });
    const acc002 = rules.filter((r) => r.id === 'ACC-002');
    const result = await analyze(snapshot, acc002, { profile: 'health', lang: 'en' });
    expect(result.notEvaluated.map((n) => n.reason)).toEqual([
      "account.localAdministrator: net user lists the global group 'Exchange Cluster Admi', cut short, and MUELLER\\Exchange Cluster Admins and MUELLER\\Exchange Cluster Administrators in the Administrators both start with it",
    ]);
  });
});
