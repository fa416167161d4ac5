// @ts-nocheck
import { existsSync, readFileSync } from 'fs';
import { basename, join } from 'path';
import { findRuleFiles } from '../../src/rules/load-rules';
import { parseRuleProse, proseFileOf } from '../../src/rules/docs/prose';
import type { RuleFile } from '../../src/rules/rule-schema';
import { readCatalogue } from '../helpers/catalogue';

/**
 * Keeps the catalogue honest: every rule has fixtures that fire, pass and are not evaluated, a prose doc
 * in both languages and an id equal to its file name; every id of the catalogue has a rule with the
 * catalogue's severity, profiles and scope (and states its assumption where the catalogue names one).
 */
const ROOT = join(__dirname, '..', '..');
const SHIPPED = findRuleFiles([join(ROOT, 'rules')]);
const SAMPLE = findRuleFiles([join(ROOT, 'samples', 'custom-rules')]);
const { rows: catalogue, idLines } = readCatalogue();

const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as RuleFile;
const shippedRules = SHIPPED.map((file) => ({ file, rule: read(file) }));

describe.each([...SHIPPED, ...SAMPLE].map((file) => [basename(file, '.json'), file]))('%s', (stem, file) => {
  const rule = read(file);

  test('its id equals its file name', () => {
    expect(rule.id).toBe(stem);
  });

  test('has fixtures that fire, pass and are not evaluated', () => {
    const fixtures = file.replace(/\.json$/, '.fixtures.json');
    expect(existsSync(fixtures)).toBe(true);
    const cases = (JSON.parse(readFileSync(fixtures, 'utf8')) as { cases: { expect: string }[] }).cases;
    const kinds = new Set(cases.map((c) => c.expect));
    expect([...kinds].sort()).toEqual(['finding', 'notEvaluated', 'pass']);
  });

  test('has a prose doc with an English and a German section', () => {
    const prose = proseFileOf(file);
    expect(existsSync(prose)).toBe(true);
    expect(parseRuleProse(readFileSync(prose, 'utf8'), rule.id).problems).toEqual([]);
  });
});

describe('the catalogue (docs/rule-catalogue.md)', () => {
  test('every table row with a rule id was read', () => {
    expect(catalogue.length).toBeGreaterThan(0);
    expect(catalogue).toHaveLength(idLines);
  });

  test.each(catalogue.map((row) => [row.id, row]))('%s has a rule with its severity, profiles and scope', (id, row) => {
    const found = shippedRules.find((r) => r.rule.id === id);
    expect(found ? { id } : { id, missing: `no rule file rules/<category>/${id}.json` }).toEqual({ id });
    const rule = found!.rule;
    expect({ severity: rule.severity, profiles: [...rule.profiles].sort(), scope: rule.scope }).toEqual({
      severity: row.severity,
      profiles: [...row.profiles].sort(),
      scope: row.scope,
    });
    if (row.assumption) expect(rule.assumption).toBeDefined();
  });

  test('every shipped rule is in the catalogue', () => {
    const ids = new Set(catalogue.map((r) => r.id));
    expect(shippedRules.map((r) => r.rule.id).filter((id) => !ids.has(id))).toEqual([]);
  });
});
