import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { loadConfiguredRules } from '../../src/config/configured-rules';
import { MAX_CONDITION_DEPTH } from '../../src/rules/condition-depth';
import { readPath, resolveFactPath } from '../../src/rules/fact-paths';
import { checkRuleFile, loadRules } from '../../src/rules/load-rules';
import { OPERATORS } from '../../src/rules/operators';
import { UserError } from '../../src/shared/errors';
import { bpa } from '../helpers/bpa-in-process';
import { ROOT } from '../helpers/run-bpa';

jest.setTimeout(60_000);

/** samples/custom-rules/CUS-001.json: an adapter rule whose parameter `privateName` is a pattern. */
const base = () => JSON.parse(readFileSync(join(ROOT, 'samples/custom-rules/CUS-001.json'), 'utf8')) as Record<string, unknown>;
const leaf = { fact: 'adapter', path: '$.name', operator: 'equal', value: 'x' };
const nested = (depth: number): unknown => {
  let node: unknown = leaf;
  for (let i = 0; i < depth; i++) node = i % 3 === 2 ? { not: node } : { [i % 3 === 0 ? 'all' : 'any']: [node] };
  return node;
};
/** JSON.stringify itself recurses: a tree 5,000 deep is written as text, into the place of a marker value. */
const DEEP = '"__deep__"';
const deepText = (depth: number, open: string, close: string, inner: string) =>
  `${open.repeat(depth)}${inner}${close.repeat(depth)}`;
const ruleText = (rule: unknown, deep = '') => JSON.stringify(rule).replace(DEEP, deep);
const check = (rule: unknown, deep?: string) => checkRuleFile('my-rules/CUS-001.json', ruleText(rule, deep)).problems;
const folder = (text: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'bpa-rules-'));
  writeFileSync(join(dir, 'CUS-001.json'), text);
  return dir;
};
/** 5,000 levels of all/any/not around a leaf, as text. */
const deepConditions = () => deepText(1666, '{"all":[{"any":[{"not":', '}]}]}', JSON.stringify(leaf));

describe('condition depth', () => {
  test(`${MAX_CONDITION_DEPTH} levels of all/any/not are a rule; one more is a problem naming file and JSON path`, () => {
    expect(check({ ...base(), conditions: nested(MAX_CONDITION_DEPTH) })).toEqual([]);
    const problems = check({ ...base(), conditions: nested(MAX_CONDITION_DEPTH + 1) });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toBe('my-rules/CUS-001.json');
    expect(problems[0]!.pointer).toMatch(/^\/conditions(\/(all|any)\/0|\/not){32}$/);
    expect(problems[0]!.message).toContain('deeper than 32 levels');
  });

  test('a rule nested 5,000 deep is a problem in the file, not a stack overflow', () => {
    for (const where of ['conditions', 'appliesTo']) {
      const problems = check({ ...base(), [where]: '__deep__' }, deepConditions());
      expect(problems.map((p) => p.pointer.split('/').slice(0, 2).join('/'))).toEqual([`/${where}`]);
    }
    const overrides = check(
      { ...base(), severityOverrides: [{ severity: 'warning', conditions: '__deep__' }] },
      deepConditions(),
    );
    expect(overrides[0]!.pointer.startsWith('/severityOverrides/0/conditions/all/0')).toBe(true);
  });

  test('any other value nested 5,000 deep is a problem too', () => {
    const problems = check({ ...base(), title: '__deep__' }, deepText(5000, '{"a":', '}', '"x"'));
    expect(problems).toEqual([
      expect.objectContaining({
        pointer: expect.stringMatching(/^\/title(\/a){99}$/),
        message: expect.stringContaining('deeper than 100'),
      }),
    ]);
  });

  test('bpa rules validate names the file and exits 2', async () => {
    const run = await bpa(['rules', 'validate', folder(ruleText({ ...base(), conditions: '__deep__' }, deepConditions()))]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('CUS-001.json: /conditions/all/0/any/0/not');
    expect(run.stderr).not.toMatch(/Maximum call stack|unexpected error/);
  });
});

describe('patterns run on RE2', () => {
  const withPattern = (value: unknown) => ({
    ...base(),
    conditions: { all: [{ fact: 'adapter', path: '$.name', operator: 'matches', value }] },
  });

  test.each([
    ['(a)\\1', 'invalid escape sequence'],
    ['(?=heart)beat', 'unsupported Perl syntax'],
    ['(?<!x)y', 'invalid named capture'],
    ['[', 'missing closing ]'],
  ])('%j is a problem naming the pattern (%s)', (pattern, reason) => {
    const problems = check(withPattern(pattern));
    expect(problems).toEqual([
      expect.objectContaining({
        pointer: '/conditions/all/0/value',
        message: expect.stringContaining(`pattern ${JSON.stringify(pattern)}`),
      }),
    ]);
    expect(problems[0]!.message).toContain(reason);
  });

  test('(a+)+$ is a pattern like any other, matched in linear time', () => {
    expect(check(withPattern('(a+)+$'))).toEqual([]);
    expect(OPERATORS.matches!(`${'a'.repeat(100000)}!`, '(a+)+$')).toBe(false);
    expect(OPERATORS.matches!('Heartbeat', '^heart')).toBe(true);
    expect(OPERATORS.notMatches!('LAN', '^heart')).toBe(true);
    expect(OPERATORS.matches!('x', '(a)\\1')).toBe(false);
  });

  test("a pattern parameter's default is checked", () => {
    const rule = base();
    (rule.parameters as { privateName: { default: string } }).privateName.default = '(?=x)';
    expect(check(rule)).toEqual([
      expect.objectContaining({ pointer: '/parameters/privateName/default', message: expect.stringContaining('"(?=x)"') }),
    ]);
  });

  test('a pattern set by the configuration is checked, naming the configuration file and the pattern', () => {
    const dir = folder(JSON.stringify(base()));
    const loaded = {
      file: 'bpa.config.json',
      config: { parameters: { 'CUS-001': { privateName: '(hb)\\1' } } },
      ruleFolders: [],
    };
    let error: UserError | undefined;
    try {
      loadConfiguredRules([dir], loaded);
    } catch (e) {
      error = e as UserError;
    }
    expect(error).toBeInstanceOf(UserError);
    expect(error!.details).toEqual([
      expect.stringMatching(/^bpa\.config\.json: \/parameters\/CUS-001\/privateName: pattern "\(hb\)\\\\1" cannot be used/),
    ]);
    expect(loadRules([dir], { parameters: { 'CUS-001': { privateName: '^HB$' } } })[0]!.parameterValues).toEqual({
      privateName: '^HB$',
    });
  });
});

describe('fact paths name own data only', () => {
  test.each([
    ['adapter', '$.constructor'],
    ['adapter', '$.toString'],
    ['adapter', '$.prototype'],
    ['adapter', '$.valueOf'],
    ['adapter', '$.hasOwnProperty'],
    ['server', '$.sources.constructor'],
  ])('%s %s is an invalid path with a clear message', (fact, path) => {
    const problems = check({ ...base(), conditions: { all: [{ ...leaf, fact, path }] } });
    expect(problems).toEqual([
      expect.objectContaining({
        pointer: '/conditions/all/0/path',
        message: expect.stringContaining('is not a fact: a path names data of the snapshot'),
      }),
    ]);
  });

  test('$.__proto__ is refused by the path syntax', () => {
    expect(check({ ...base(), conditions: { all: [{ ...leaf, path: '$.__proto__' }] } })[0]!.pointer).toBe(
      '/conditions/all/0/path',
    );
  });

  test('the schema walk finds only own properties', () => {
    expect('error' in resolveFactPath('adapter', '$.constructor')).toBe(true);
    expect('error' in resolveFactPath('constructor', '$')).toBe(true);
    expect('error' in resolveFactPath('adapter', '$.name')).toBe(false);
  });

  test('at run time, a path never reads an inherited property or calls a getter', () => {
    let called = false;
    const value = Object.create(
      { inherited: 1 },
      {
        own: { value: 2, enumerable: true },
        getter: { get: () => (called = true), enumerable: true },
      },
    ) as object;
    expect(readPath(value, '$.own')).toBe(2);
    expect(readPath(value, '$.inherited')).toBeUndefined();
    expect(readPath(value, '$.getter')).toBeUndefined();
    expect(called).toBe(false);
    expect(readPath({}, '$.constructor')).toBeUndefined();
    expect(readPath({ a: [1, 2] }, '$.a[1]')).toBe(2);
    expect(readPath({ a: { 0: 'x' } }, '$.a[0]')).toBeUndefined();
  });
});
