import fc from 'fast-check';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { loadConfiguredRules } from '../../src/config/configured-rules';
import { loadProjectConfig } from '../../src/config/load-config';
import { checkRuleFile } from '../../src/rules/load-rules';
import { UserError } from '../../src/shared/errors';
import { ROOT } from '../helpers/run-bpa';

// Fixed seed: the same cases on every run (the brief: deterministic tests). Change it to explore further.
fc.configureGlobal({ seed: 20261205 });

/**
 * Random rule files and configuration files fed to validation, as `bpa rules validate` and `bpa scan
 * --config` do: validation answers with problems (a rule file) or a UserError (the CLI's exit 2), and never
 * throws anything else, whatever the input.
 */
jest.setTimeout(120_000);

const BASE_RULE = JSON.parse(readFileSync(join(ROOT, 'samples/custom-rules/CUS-001.json'), 'utf8')) as unknown;

/** Values a careless or hostile author writes: bad patterns, paths into Object.prototype, deep and odd JSON. */
const odd = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.constantFrom(
    '(a)\\1',
    '(?=x)',
    '(a+)+$',
    '[',
    '$.constructor',
    '$.__proto__',
    '$.toString',
    '$.sources.prototype',
    '{{#each}}',
    '{{constructor.constructor}}',
    'matches',
    'notMatches',
    'lacksHotfix',
    { param: 'privateName' },
    { param: 'constructor' },
    { fact: 'server', path: '$.constructor' },
    { all: [] },
    { not: { not: { not: {} } } },
    { __proto__: { polluted: true } },
    '\u202E',
    '',
  ),
);

/** Every JSON path (as keys) inside a value. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...prefix, i])));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...prefix, k]));
  return out;
}

function setAt(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[head!] = setAt(copy[head!], rest, replacement);
  return copy;
}

const PATHS = pathsOf(BASE_RULE);

/** The sample rule with one to four places replaced by odd values, or odd keys added. */
const mutatedRule = fc
  .array(fc.tuple(fc.nat(PATHS.length - 1), odd, fc.option(fc.string({ maxLength: 8 }))), { minLength: 1, maxLength: 4 })
  .map((edits) =>
    edits.reduce<unknown>(
      (rule, [i, value, key]) => setAt(rule, key === null ? PATHS[i]! : [...PATHS[i]!, key], value),
      BASE_RULE,
    ),
  );

const expectOnlyProblems = (text: string) => {
  const { problems } = checkRuleFile('fuzz/CUS-001.json', text);
  for (const p of problems) {
    expect(typeof p.message).toBe('string');
    expect(p.message).not.toMatch(/Maximum call stack|Cannot read prop|is not a function|undefined/);
  }
};

describe('rule validation never throws', () => {
  test('on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => expectOnlyProblems(JSON.stringify(value) ?? 'null')),
      { numRuns: 300 },
    );
  });

  test('on any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => expectOnlyProblems(text)),
      { numRuns: 300 },
    );
  });

  test.each(['constructor', 'toString', 'hasOwnProperty'])(
    'a parameter named like a property of every object (%s) is undeclared, not a hole',
    (name) => {
      const rule = JSON.parse(readFileSync(join(ROOT, 'samples/custom-rules/CUS-001.json'), 'utf8')) as {
        conditions: { all: { value: unknown }[] };
      };
      rule.conditions.all[0]!.value = { param: name };
      const { problems } = checkRuleFile('fuzz/CUS-001.json', JSON.stringify(rule));
      expect(problems.map((p) => p.message)).toContain(`parameter "${name}" is not declared in /parameters`);
      expectOnlyProblems(JSON.stringify(rule));
    },
  );

  test('on a real rule with odd values put anywhere in it', () => {
    fc.assert(
      fc.property(mutatedRule, (rule) => expectOnlyProblems(JSON.stringify(rule))),
      { numRuns: 500 },
    );
  });

  test('on conditions of random depth and shape', () => {
    const leaf = { fact: 'adapter', path: '$.name', operator: 'equal', value: 'x' };
    const tree = fc.letrec<{ node: unknown }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.constant(leaf),
        fc.record({ all: fc.array(tie('node'), { maxLength: 3 }) }),
        fc.record({ any: fc.array(tie('node'), { maxLength: 3 }) }),
        fc.record({ not: tie('node') }),
        odd,
      ),
    })).node;
    fc.assert(
      fc.property(tree, (conditions) => expectOnlyProblems(JSON.stringify({ ...(BASE_RULE as object), conditions }))),
      { numRuns: 300 },
    );
  });
});

describe('configuration validation never throws anything but a UserError', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bpa-config-fuzz-'));
  const ruleDir = join(dir, 'rules');
  const file = join(dir, 'bpa.config.json');
  mkdirSync(ruleDir);
  writeFileSync(join(ruleDir, 'CUS-001.json'), JSON.stringify(BASE_RULE));

  const config = fc.oneof(
    fc.jsonValue({ maxDepth: 4 }),
    fc.record(
      {
        lang: fc.oneof(fc.constantFrom('en', 'de'), odd),
        ruleFolders: fc.oneof(fc.constant(['rules']), odd),
        disabledRules: fc.oneof(fc.constant(['CUS-001']), fc.array(fc.string({ maxLength: 8 })), odd),
        severity: fc.oneof(fc.constant({ 'CUS-001': 'warning' }), fc.dictionary(fc.string({ maxLength: 8 }), odd)),
        parameters: fc.oneof(
          fc.record({ 'CUS-001': fc.record({ privateName: odd }) }),
          fc.dictionary(fc.string({ maxLength: 8 }), fc.dictionary(fc.string({ maxLength: 8 }), odd)),
          odd,
        ),
        branding: fc.oneof(fc.record({ customer: odd, accent: odd }), odd),
      },
      { requiredKeys: [] },
    ),
  );

  test('on random configuration files over a rule folder', () => {
    fc.assert(
      fc.property(config, (data) => {
        writeFileSync(file, JSON.stringify(data) ?? 'null');
        try {
          const loaded = loadProjectConfig(file, dir);
          loadConfiguredRules([ruleDir, ...loaded.ruleFolders], loaded);
        } catch (e) {
          expect(e).toBeInstanceOf(UserError);
        }
      }),
      { numRuns: 300 },
    );
  });
});
