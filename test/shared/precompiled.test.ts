import { readFileSync } from 'fs';
import { join } from 'path';
import type { ValidateFunction } from 'ajv';
import { describeErrors, validatorFor } from '../../src/shared/ajv';
import { PRECOMPILED, precompiledValidator, VALIDATORS_FOLDER } from '../../src/shared/precompiled-validators';
import { FACT_SCHEMAS_FILE, factSchemaTable } from '../../src/rules/fact-schema-table';
import { resolveFactPathIn } from '../../src/rules/fact-paths';
import { leavesOf } from '../../src/rules/condition-tree';
import { findRuleFiles } from '../../src/rules/load-rules';
import type { RuleFile } from '../../src/rules/rule-schema';
import { RuleSchema } from '../../src/rules/rule-schema';
import { ConfigSchema } from '../../src/config/config-schema';
import { FACT_SCHEMAS, SnapshotSchema } from '../../src/snapshot/schema';
import { loadInput } from '../../src/pipeline/load-input';
import { validatorModules } from '../../scripts/validator-code';

const ROOT = join(__dirname, '..', '..');
const BUILT = join(ROOT, 'dist', 'src');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const built = (name: string) => require(join(BUILT, 'shared', VALIDATORS_FOLDER, `${name}.js`)).default as ValidateFunction;

describe('the TypeScript sources compile their schemas at run time', () => {
  // Fresh modules: jest's set-up may have pointed this file's copies at the build (test/helpers/build-of-sources.ts).
  let fresh!: typeof precompiledValidator;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    fresh = (require('../../src/shared/precompiled-validators') as typeof import('../../src/shared/precompiled-validators'))
      .precompiledValidator;
  });
  test.each([...PRECOMPILED])('no precompiled %s validator beside the sources', (name) => {
    expect(fresh(name)).toBeUndefined();
  });
});

// `npm test` builds first; these check what the build wrote against the sources.
describe('the build: precompiled validators', () => {
  const modules = validatorModules();

  test.each([...PRECOMPILED])('%s: the module in dist/ is the code ajv generates from the sources now', (name) => {
    expect(readFileSync(join(BUILT, 'shared', VALIDATORS_FOLDER, `${name}.js`), 'utf8')).toBe(modules[name]);
  });

  const outcome = (validate: ValidateFunction, data: unknown) => {
    const valid = validate(data);
    return { valid, errors: describeErrors(validate.errors), raw: validate.errors ?? null };
  };
  const snapshot = JSON.parse(JSON.stringify(loadInput(join(ROOT, 'samples', 'ccr-health-en'))));
  const server = snapshot.servers[0];
  test.each<[string, unknown]>([
    ['the English CCR sample', snapshot],
    ['a server without a name', { ...snapshot, servers: [{ ...server, name: undefined }] }],
    ['an unknown property and a wrong type', { ...snapshot, extra: 1, servers: [{ ...server, roles: 'mailbox' }] }],
    ['a source status out of its enum', { ...snapshot, servers: [{ ...server, sources: { 'x.txt': { status: 'maybe' } } }] }],
    ['not an object', 'snapshot'],
    // The build's snapshot validator is made from the schema in parts (src/snapshot/split-schema.ts): errors deep
    // inside a part, and in a part inside a part, carry the schema paths of the whole schema.
    [
      'an adapter with a wrong type and an unknown property, the OS without its name',
      {
        ...snapshot,
        servers: snapshot.servers.map((s: Record<string, unknown>) => ({
          ...s,
          os: { ...(s.os as object), name: undefined },
          adapters: ((s.adapters as object[] | undefined) ?? []).map((a) => ({ ...a, dhcpEnabled: 'yes', extra: 1 })),
        })),
      },
    ],
    [
      'a cluster and the organization with wrong types',
      {
        ...snapshot,
        clusters: snapshot.clusters.map((c: Record<string, unknown>) => ({ ...c, nodes: 'A,B', quorum: 7 })),
        organization: { ...snapshot.organization, receiveConnectors: {}, transport: [] },
      },
    ],
  ])('snapshot, %s: the same verdict and errors as the schema compiled here', (_, data) => {
    expect(outcome(built('snapshot'), data)).toEqual(outcome(validatorFor(SnapshotSchema), data));
  });

  const rule = JSON.parse(readFileSync(findRuleFiles([join(ROOT, 'rules')])[0]!, 'utf8'));
  test.each<[string, unknown]>([
    ['a shipped rule', rule],
    [
      'a rule with a wrong severity, no title and a bad reference url',
      { ...rule, severity: 'fatal', title: undefined, references: [{ title: 'x', url: 'not a uri' }] },
    ],
  ])('rule, %s: the same verdict and errors', (_, data) => {
    expect(outcome(built('rule'), data)).toEqual(outcome(validatorFor(RuleSchema), data));
  });

  test.each<[string, unknown]>([
    ['an empty configuration', {}],
    ['a configuration with an unknown key and a wrong language', { lang: 'fr', colour: true }],
  ])('config, %s: the same verdict and errors', (_, data) => {
    expect(outcome(built('config'), data)).toEqual(outcome(validatorFor(ConfigSchema), data));
  });
});

describe('the build: the fact schemas as a table', () => {
  const table = JSON.parse(readFileSync(join(BUILT, 'rules', FACT_SCHEMAS_FILE), 'utf8')) as Record<string, object>;

  test('the table in dist/ is the one the sources give now', () => {
    expect(table).toEqual(factSchemaTable(FACT_SCHEMAS));
  });

  const seen = new Set<string>();
  const paths: [string, string][] = [];
  const add = (fact: string, path: string) => {
    if (!seen.has(`${fact} ${path}`)) paths.push([fact, path]);
    seen.add(`${fact} ${path}`);
  };
  for (const file of findRuleFiles([join(ROOT, 'rules')])) {
    const rule = JSON.parse(readFileSync(file, 'utf8')) as RuleFile;
    for (const tree of [rule.conditions, rule.appliesTo, ...(rule.severityOverrides ?? []).map((o) => o.conditions)]) {
      for (const { leaf } of tree ? leavesOf(tree, '') : []) {
        add(leaf.fact, leaf.path);
        const value = leaf.value as { fact?: string; path?: string } | undefined;
        if (value && typeof value === 'object' && typeof value.fact === 'string') add(value.fact, value.path ?? '$');
      }
    }
  }
  const odd: [string, string][] = [
    ['server', '$'],
    ['server', '$.constructor'],
    ['server', '$.noSuchFact'],
    ['adapter', '$.ipAddresses[0]'],
    ['nothing', '$.name'],
    ['server', '$.sources.x.status'],
  ];
  test.each([...paths, ...odd])('%s %s resolves through the table exactly as through the schema', (fact, path) => {
    const viaTable = resolveFactPathIn(table, fact, path);
    const viaSchema = resolveFactPathIn(FACT_SCHEMAS, fact, path);
    if ('error' in viaSchema) expect(viaTable).toEqual(viaSchema);
    else expect('sources' in viaTable && viaTable.sources).toEqual(viaSchema.sources);
  });
});
