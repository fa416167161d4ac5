// @ts-nocheck
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'fs';
import { dirname, join } from 'path';
import { UserError } from '../../shared/errors';
import type { LoadedRule } from '../load-rules';
import { DOC_LANGUAGES, renderRuleIndex, renderRulePage } from './markdown';
import { readRuleProse, type RuleProse } from './prose';
import { ruleDoc } from './rule-doc';

/**
 * The rule documentation as files, by path relative to the docs folder: `README.md` (the index by category)
 * and `en/<ID>.md`, `de/<ID>.md` (a page per rule and language). Pure but for reading the prose files.
 */
export function buildRuleDocs(
  rules: LoadedRule[],
  proseOf: (rule: LoadedRule) => RuleProse | undefined = (r) => readRuleProse(r.file, r.id),
): Map<string, string> {
  const files = new Map<string, string>();
  const sorted = [...rules].sort((a, b) => a.id.localeCompare(b.id));
  const docs = sorted.map((rule) => {
    const prose = proseOf(rule);
    return { en: ruleDoc(rule, 'en', prose), de: ruleDoc(rule, 'de', prose) };
  });
  files.set('README.md', renderRuleIndex(docs));
  for (const pair of docs) {
    for (const lang of DOC_LANGUAGES) files.set(`${lang}/${pair[lang].id}.md`, renderRulePage(pair[lang]));
  }
  return files;
}

const RULE_PAGE = /^[A-Z]{2,3}-[0-9]{3}\.md$/;

/** Writes the files below `dir` and removes rule pages of rules that no longer exist. Returns the paths written. */
export function writeRuleDocs(files: Map<string, string>, dir: string): string[] {
  const written: string[] = [];
  let target = dir;
  try {
    for (const lang of DOC_LANGUAGES) {
      target = join(dir, lang);
      mkdirSync(target, { recursive: true });
      for (const name of readdirSync(target)) {
        if (RULE_PAGE.test(name) && !files.has(`${lang}/${name}`)) rmSync(join(target, name));
      }
    }
    for (const [path, text] of files) {
      target = join(dir, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
      written.push(target);
    }
  } catch (e) {
    throw new UserError(`${target}: cannot write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return written;
}
