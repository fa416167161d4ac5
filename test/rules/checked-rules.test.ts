import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { ruleCheckKey, RULE_CHECKS_FILE, checkedAtBuild } from '../../src/rules/checked-rules';
import { findRuleFiles, loadRules } from '../../src/rules/load-rules';

const ROOT = join(__dirname, '..', '..');
const BUILT = join(ROOT, 'dist', 'src', 'rules');

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

describe('the TypeScript sources always check in full', () => {
  test('no list beside the sources: nothing counts as checked', () => {
    expect(existsSync(join(ROOT, 'src', 'rules', RULE_CHECKS_FILE))).toBe(false);
    const [file] = findRuleFiles([join(ROOT, 'rules')]);
    expect(checkedAtBuild(file!, readFileSync(file!, 'utf8'))).toBe(false);
  });
});

// The build (`npm test` builds first) writes the list; these check the compiled loader that uses it.
describe('the build: every shipped rule file checked once', () => {
  const built = async () => (await import(join(BUILT, 'load-rules.js'))) as typeof import('../../src/rules/load-rules');

  test('the list has a key for every shipped rule file, and only for those', () => {
    const list = JSON.parse(readFileSync(join(BUILT, RULE_CHECKS_FILE), 'utf8')) as { passed: string[] };
    const keys = findRuleFiles([join(ROOT, 'rules')]).map((f) => ruleCheckKey(f, readFileSync(f, 'utf8')));
    expect([...list.passed].sort()).toEqual([...keys].sort());
  });

  test('the compiled loader gives the very rules the full check gives', async () => {
    expect((await built()).loadRules([join(ROOT, 'rules')])).toEqual(loadRules([join(ROOT, 'rules')]));
  });

  test('a shipped rule edited after the build is checked in full again', async () => {
    const [file] = findRuleFiles([join(ROOT, 'rules')]);
    const rule = JSON.parse(readFileSync(file!, 'utf8'));
    const edited = JSON.stringify({ ...rule, severity: 'fatal' }, null, 2);
    const checked = (await built()).checkRuleFile(file!, edited);
    expect(checked.problems.map((p) => p.pointer)).toContain('/severity');
  });
});
