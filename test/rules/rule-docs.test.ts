import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { loadRules } from '../../src/rules/load-rules';
import { buildRuleDocs } from '../../src/rules/docs/build-docs';
import { parseRuleProse } from '../../src/rules/docs/prose';
import { factsOf, ruleDoc } from '../../src/rules/docs/rule-doc';
import { renderRuleText } from '../../src/rules/docs/terminal';
import { renderRulePage } from '../../src/rules/docs/markdown';

const ROOT = join(__dirname, '..', '..');
const DOCS = join(ROOT, 'docs', 'rules');
const rules = loadRules([join(ROOT, 'rules')]);
const files = buildRuleDocs(rules);

describe('the committed rule documentation (npm run docs)', () => {
  test.each([...files.keys()])('docs/rules/%s is up to date', (path) => {
    expect(readFileSync(join(DOCS, path), 'utf8')).toBe(files.get(path));
  });

  test('there is no page of a rule that does not exist', () => {
    const committed = ['en', 'de'].flatMap((lang) => readdirSync(join(DOCS, lang)).map((name) => `${lang}/${name}`));
    expect(committed.filter((path) => !files.has(path))).toEqual([]);
  });
});

describe('a rule page and `bpa rules show` say the same', () => {
  const rule = rules.find((r) => r.id === 'TRN-001')!;
  const prose = { en: 'Checked: the ratio.', de: 'Geprüft: das Verhältnis.' };

  test('metadata, prose, why, how, parameters, facts with their sources, references', () => {
    const doc = ruleDoc(rule, 'de', prose);
    const page = renderRulePage(doc);
    const text = renderRuleText(doc);
    for (const part of [
      doc.title,
      'Geprüft: das Verhältnis.',
      rule.rationale.de,
      'Den Dumpster auf das 1,5-fache der größten Nachrichtengröße setzen',
      '-MaxDumpsterSizePerStorageGroup \\<1,5 × Grenze\\>MB', // plain text, shown as written
      '`minRatio` | 1.35',
      '`organization.transport.dumpsterToMessageSizeRatio` | `ex-transport-config.txt`',
      'https://learn.microsoft.com/en-us/previous-versions/office/exchange-server-2007/aa997963(v=exchg.80)',
    ]) {
      expect(page).toContain(part);
    }
    expect(text).toContain('TRN-001  Der Transportdumpster ist nicht auf die maximale Nachrichtengröße abgestimmt');
    expect(text).toContain('Schweregrad: Warnung');
    expect(text).toContain('  Geprüft: das Verhältnis.');
    expect(text).toContain('  minRatio = 1.35: ');
    expect(text).toContain('  organization.transport.dumpsterToMessageSizeRatio  ← ex-transport-config.txt');
  });

  test('a configured value and severity are shown beside the defaults', () => {
    const configured = { ...rule, parameterValues: { ...rule.parameterValues, minRatio: 1.5 } };
    const text = renderRuleText(ruleDoc(configured, 'en', prose, { file: 'bpa.config.json', severity: 'critical' }));
    expect(text).toContain('minRatio = 1.5 (Default 1.35)');
    expect(text).toContain('Severity: critical (set in bpa.config.json; Default: warning)');
  });

  test('facts come from appliesTo, conditions and severity overrides, each once, with the files that give them', () => {
    expect(factsOf(rule)).toEqual([
      { path: 'organization.continuousReplication', sources: ['ex-mailbox-server.txt', 'ex-storage-groups.txt'] },
      { path: 'organization.transport.maxMessageSizeUnlimited', sources: ['ex-transport-config.txt'] },
      {
        path: 'organization.transport.dumpsterToMessageSizeRatio',
        sources: ['ex-transport-config.txt', 'ex-receive-connectors.txt', 'ex-send-connectors.txt'],
      },
      { path: 'organization.transport.dumpsterRatioAtMost', sources: ['ex-transport-config.txt'] },
    ]);
  });
});

describe('prose files', () => {
  test('two sections, in order, read without their headings', () => {
    const text = '# NET-002\n\n## English\n\nWhat.\n\nMore.\n\n## Deutsch\n\nWas.\n';
    expect(parseRuleProse(text, 'NET-002')).toEqual({ prose: { en: 'What.\n\nMore.', de: 'Was.' }, problems: [] });
  });

  test.each([
    ['# NET-003\n\n## English\n\nx\n\n## Deutsch\n\ny\n', 'first line must be "# NET-002", found "# NET-003"'],
    ['# NET-002\n\n## English\n\nx\n', 'section "## Deutsch" is missing'],
    ['# NET-002\n\n## English\n\n\n## Deutsch\n\ny\n', 'section "## English" is empty'],
    ['# NET-002\n\n## English\n\nx\n\n## Français\n\ny\n', 'unknown section "## Français"'],
  ])('%j is rejected', (text, problem) => {
    expect(parseRuleProse(text, 'NET-002').problems.join('\n')).toContain(problem);
  });
});
