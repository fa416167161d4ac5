import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { ruleCheckKey, RULE_CHECKS_FILE } from '../../src/rules/checked-rules';
import { findRuleFiles } from '../../src/rules/load-rules';

const ROOT = join(__dirname, '..', '..');
const BUILT = join(ROOT, 'dist', 'src', 'rules');
const SHIPPED = findRuleFiles([join(ROOT, 'rules')]);

/**
 * Fresh copies of the loader, checked-rules.ts and build-artefacts.ts, as the TypeScript sources start without a
 * build (jest's set-up may have pointed this file's copies at the build's files: test/helpers/build-of-sources.ts).
 */
function freshLoader() {
  let modules!: {
    artefacts: typeof import('../../src/shared/build-artefacts');
    checked: typeof import('../../src/rules/checked-rules');
    loader: typeof import('../../src/rules/load-rules');
  };
  jest.isolateModules(() => {
    modules = {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      artefacts: require('../../src/shared/build-artefacts') as typeof import('../../src/shared/build-artefacts'),
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      checked: require('../../src/rules/checked-rules') as typeof import('../../src/rules/checked-rules'),
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      loader: require('../../src/rules/load-rules') as typeof import('../../src/rules/load-rules'),
    };
  });
  return modules;
}

/** A shipped rule with its severity set to a value the schema does not allow. */
function broken(file: string): string {
  return JSON.stringify({ ...(JSON.parse(readFileSync(file, 'utf8')) as object), severity: 'fatal' }, null, 2);
}

describe('ruleCheckKey: a file is known by its name and its text', () => {
  test.each<[string, [string, string], [string, string]]>([
    ['another text', ['rules/a/NET-002.json', '{}'], ['rules/a/NET-002.json', '{ }']],
    ['another name (the id must equal it)', ['rules/a/NET-002.json', '{}'], ['rules/a/NET-003.json', '{}']],
    ['name and text not confused at their border', ['rules/a/N.json', 'x{}'], ['rules/a/N.jsonx', '{}']],
  ])('%s gives another key', (_, a, b) => expect(ruleCheckKey(...a)).not.toBe(ruleCheckKey(...b)));

  test('the folder does not matter, only the file name', () => {
    expect(ruleCheckKey('rules/a/NET-002.json', '{}')).toBe(ruleCheckKey('/elsewhere/NET-002.json', '{}'));
  });
});

describe('the TypeScript sources: no list beside them', () => {
  test('nothing counts as checked in a process that has checked nothing', () => {
    expect(existsSync(join(ROOT, 'src', 'rules', RULE_CHECKS_FILE))).toBe(false);
    const { checked } = freshLoader();
    const file = SHIPPED[0]!;
    expect(checked.knownToPass(file, readFileSync(file, 'utf8'))).toBe(false);
  });
});

describe('a full check remembered in the process', () => {
  test('a file that passed once is known to pass by its name and text, in any folder', () => {
    const { checked, loader } = freshLoader();
    const file = SHIPPED[0]!;
    const text = readFileSync(file, 'utf8');
    expect(loader.checkRuleFile(file, text).problems).toEqual([]);
    expect(checked.knownToPass(file, text)).toBe(true);
    expect(checked.knownToPass(join('/elsewhere', file.split('/').pop()!), text)).toBe(true);
    expect(checked.knownToPass(file, `${text}\n`)).toBe(false);
  });

  test('a file with a problem is not remembered, and its problem is reported again at every load', () => {
    const { checked, loader } = freshLoader();
    const file = SHIPPED[0]!;
    const text = broken(file);
    for (let i = 0; i < 2; i++) expect(loader.checkRuleFile(file, text).problems.map((p) => p.pointer)).toContain('/severity');
    expect(checked.knownToPass(file, text)).toBe(false);
  });

  test('a remembered file is only parsed; `full` checks it again', () => {
    const { checked, loader } = freshLoader();
    const file = SHIPPED[0]!;
    // Remembered as passing, although it would not: shows which loads look at the memory and which check.
    const text = broken(file);
    checked.rememberPassed(file, text);
    expect(loader.checkRuleFile(file, text).problems).toEqual([]);
    expect(loader.checkRuleFile(file, text, { full: true }).problems.map((p) => p.pointer)).toContain('/severity');
  });

  test('at most MAX_REMEMBERED_CHECKS keys are remembered', () => {
    const { checked } = freshLoader();
    for (let i = 0; i < checked.MAX_REMEMBERED_CHECKS; i++) checked.rememberPassed('A-1.json', String(i));
    expect(checked.knownToPass('A-1.json', String(checked.MAX_REMEMBERED_CHECKS - 1))).toBe(true);
    checked.rememberPassed('A-1.json', 'one more');
    expect(checked.knownToPass('A-1.json', 'one more')).toBe(false);
  });
});

describe("the list below another folder (the build's, for the sources under test)", () => {
  const file = SHIPPED[0]!;
  const text = readFileSync(file, 'utf8');
  test.each<[string, string | undefined, boolean]>([
    ['a list with the key', JSON.stringify({ passed: [ruleCheckKey(file, text), 7] }), true],
    ['a list without it', JSON.stringify({ passed: [ruleCheckKey(file, `${text} `)] }), false],
    ['a list that is no JSON', '{', false],
    ['a list without `passed`', '{}', false],
    ['no list', undefined, false],
  ])('%s', (_, list, known) => {
    const dir = mkdtempSync(join(tmpdir(), 'bpa-rule-checks-'));
    try {
      mkdirSync(join(dir, 'rules'));
      if (list !== undefined) writeFileSync(join(dir, 'rules', RULE_CHECKS_FILE), list);
      const { artefacts, checked } = freshLoader();
      artefacts.useBuildArtefactsBelow(dir);
      expect(checked.knownToPass(file, text)).toBe(known);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// The build (`npm test` builds first) writes the list; these check the compiled loader that uses it.
describe('the build: every shipped rule file checked once', () => {
  const built = async () => (await import(join(BUILT, 'load-rules.js'))) as typeof import('../../src/rules/load-rules');

  test('the list has a key for every shipped rule file, and only for those', () => {
    const list = JSON.parse(readFileSync(join(BUILT, RULE_CHECKS_FILE), 'utf8')) as { passed: string[] };
    const keys = SHIPPED.map((f) => ruleCheckKey(f, readFileSync(f, 'utf8')));
    expect([...list.passed].sort()).toEqual([...keys].sort());
  });

  test('every shipped rule file passes the full check of the sources, and the compiled loader gives the same rules', async () => {
    const { loader } = freshLoader();
    for (const file of SHIPPED)
      expect(loader.checkRuleFile(file, readFileSync(file, 'utf8'), { full: true }).problems).toEqual([]);
    expect((await built()).loadRules([join(ROOT, 'rules')])).toEqual(freshLoader().loader.loadRules([join(ROOT, 'rules')]));
  });

  test('a shipped rule edited after the build is checked in full again', async () => {
    const file = SHIPPED[0]!;
    const checked = (await built()).checkRuleFile(file, broken(file));
    expect(checked.problems.map((p) => p.pointer)).toContain('/severity');
  });
});
