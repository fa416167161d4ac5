import { createHash } from 'crypto';
import { existsSync, readFileSync } from 'fs';
import { basename, join } from 'path';

/**
 * The rule files the build already checked. `npm run build` runs every shipped rule file through the full
 * check (JSON syntax, depth, the rule schema, the semantic checks: fact paths, operators, parameters, message
 * templates) and writes the key of each file that passed beside the compiled loader
 * (`dist/src/rules/rule-checks.json`, scripts/build-rule-checks.ts). A file whose name and text give a key in
 * that list is known to pass: the loader parses it and skips the checks, which take most of a second (the
 * templates are compiled by handlebars, the schema by ajv) and would otherwise run in every process and worker
 * thread. Any other file, a user's rule folder or a shipped rule edited after the build, is checked in full.
 * The list exists only in the build: the TypeScript sources (jest) always check in full.
 */
export const RULE_CHECKS_FILE = 'rule-checks.json';

/** The key of a rule file: the hash of its name (the id must equal it) and its text. */
export function ruleCheckKey(file: string, text: string): string {
  return createHash('sha256').update(basename(file)).update('\0').update(text).digest('hex');
}

let passed: Set<string> | undefined;

/** Whether the build checked this very file (name and text) and found no problem. */
export function checkedAtBuild(file: string, text: string): boolean {
  if (!passed) passed = readChecks(join(__dirname, RULE_CHECKS_FILE));
  return passed.size > 0 && passed.has(ruleCheckKey(file, text));
}

function readChecks(path: string): Set<string> {
  if (!existsSync(path)) return new Set();
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as { passed?: unknown };
    return new Set(Array.isArray(data.passed) ? data.passed.filter((k): k is string => typeof k === 'string') : []);
  } catch {
    return new Set();
  }
}
