/**
 * The samples carry every source, each folder exactly the files the collection scripts write on a machine of
 * its kind: a cluster node, a hub server, a planned node, a clustered mailbox server, the organization.
 */
import { readdirSync } from 'fs';
import { join } from 'path';
import { SOURCES } from '../../collectors/registry';
import { definitionFor } from '../../collectors/source-definition';
import { cmdSteps, powershellSteps, VARIABLES, type ExchangeScope, type Requirement } from '../../collectors/windows/commands';
import { ROOT, sampleSeeds } from './seeds';

const files = (bundle: string, folder: string) => readdirSync(join(ROOT, 'samples', bundle, folder)).sort();

/** What collect.cmd writes on a machine where `holds` are true (the account given or found: `account`). */
function cmdFiles(holds: Requirement[], account?: string): string[] {
  return cmdSteps()
    .filter((s) => s.requires.every((r) => holds.includes(r)))
    .map((s) => s.file.replace(`%${VARIABLES.account}%`, account ?? ''));
}

/** What collect-exchange.ps1 writes into a folder of the given scopes. */
function exchangeFiles(scopes: ExchangeScope[]): string[] {
  return [
    ...new Set(
      powershellSteps()
        .filter((s) => scopes.includes(s.scope))
        .map((s) => s.file),
    ),
  ];
}

const clusterNode: Requirement[] = ['clusterService', 'node', 'account', 'adminsGroup'];
const plannedNode: Requirement[] = ['node', 'account', 'adminsGroup'];
const cms: ExchangeScope[] = ['exchangeServer', 'mailboxServer', 'clusteredMailboxServer'];

describe('each sample folder holds what the scripts write on a machine of its kind', () => {
  it.each([
    ['ccr-health-de', 'EX2007-NODE1', cmdFiles(clusterNode, 'clusdienst')],
    ['ccr-health-de', 'EX2007-NODE2', cmdFiles(clusterNode, 'clusdienst')],
    ['ccr-health-de', 'EX2007-HUB1', [...cmdFiles([]), ...exchangeFiles(['exchangeServer'])]],
    ['ccr-health-de', 'CCR-CLUSTER001', exchangeFiles(cms)],
    ['ccr-health-de', '_organization', exchangeFiles(['organization'])],
    ['ccr-health-en', 'MBX-NODE-A', cmdFiles(clusterNode, 'clussvc')],
    ['ccr-health-en', 'MBX-NODE-B', cmdFiles(clusterNode, 'clussvc')],
    ['ccr-health-en', 'HUB-01', [...cmdFiles([]), ...exchangeFiles(['exchangeServer'])]],
    ['ccr-health-en', 'MBX-CMS01', exchangeFiles(cms)],
    ['ccr-health-en', '_organization', exchangeFiles(['organization'])],
    ['ccr-intern-de', 'EX2007-NODE1', cmdFiles(clusterNode, 'clusdienst')],
    ['ccr-intern-de', 'EX2007-NODE2', cmdFiles(clusterNode, 'clusdienst')],
    ['ccr-intern-de', 'EX2007-HUB1', [...cmdFiles([]), ...exchangeFiles(['exchangeServer'])]],
    ['ccr-intern-de', 'CCR-CLUSTER001', exchangeFiles(cms)],
    ['ccr-intern-de', '_organization', exchangeFiles(['organization'])],
    ['readiness-de', 'MBX1', cmdFiles(plannedNode, 'svc-cluster')],
    ['readiness-de', 'MBX2', cmdFiles(plannedNode, 'svc-cluster')],
  ])('%s/%s', (bundle, folder, expected) => {
    expect(files(bundle, folder)).toEqual([...expected].sort());
  });
});

describe('every source is in the samples, in English and in German', () => {
  const seeds = sampleSeeds();
  it.each(SOURCES.map((d) => [d.file, d] as const))('%s', (_, definition) => {
    const bundles = new Set(
      seeds
        .filter((s) => definitionFor([definition], s.file))
        .map((s) =>
          s.origin
            .split('/')[1]!
            .replace(/^(readiness-de|ccr-intern-de)$/, 'ccr-health-de')
            .replace(/^ccr-windows-en$/, 'ccr-health-en'),
        ),
    );
    expect([...bundles].sort()).toEqual(['ccr-health-de', 'ccr-health-en']);
  });
});
