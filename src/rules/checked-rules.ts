import { createHash } from 'crypto';
import { existsSync, readFileSync } from 'fs';
import { basename } from 'path';
import { builtArtefact } from '../shared/build-artefacts';

/**
 * The rule files known to pass the full check (JSON syntax, depth, the rule schema, the semantic checks: fact
 * paths, operators, parameters, message templates), so that the loader only parses them. The full check takes
 * most of a second (the templates are compiled by handlebars, the schema by ajv) and would otherwise run in every
 * process and worker thread. A file is known to pass when its name and text give a key that is
 * - in the build's list: `npm run build` runs every shipped rule file through the full check and writes the key of
 *   each file that passed beside the compiled loader (`dist/src/rules/rule-checks.json`,
 *   scripts/build-rule-checks.ts);
 * - or remembered from a full check earlier in this process that found no problem (the check depends on nothing
 *   but the name and the text, so the same text passes again; a process that loads the rules many times, as a
 *   test file does, pays for the check once).
 * Any other file, a user's rule folder or a shipped rule edited after the build, is checked in full. The build's
 * list exists only in the build (shared/build-artefacts.ts says where the TypeScript sources find it).
 */
export const RULE_CHECKS_FILE = 'rule-checks.json';

/** At most this many keys are remembered from full checks in one process (a rule folder has dozens). */
export const MAX_REMEMBERED_CHECKS = 10_000;

/** The key of a rule file: the hash of its name (the id must equal it) and its text. */
export function ruleCheckKey(file: string, text: string): string {
  return createHash('sha256').update(basename(file)).update('\0').update(text).digest('hex');
}

let listed: Set<string> | undefined;
const remembered = new Set<string>();

/** Whether this very file (name and text) is known to pass the full check: the build's list or this process. */
export function knownToPass(file: string, text: string): boolean {
  listed ??= readChecks(builtArtefact('rules', RULE_CHECKS_FILE));
  if (listed.size === 0 && remembered.size === 0) return false;
  const key = ruleCheckKey(file, text);
  return listed.has(key) || remembered.has(key);
}

/** Records that a full check of this file (name and text) found no problem. */
export function rememberPassed(file: string, text: string): void {
  if (remembered.size < MAX_REMEMBERED_CHECKS) remembered.add(ruleCheckKey(file, text));
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
