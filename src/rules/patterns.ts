import type { RE2JS } from 're2js';

/**
 * The patterns of rules (the `matches` and `notMatches` operators, pattern parameters and the configuration
 * values that set them) run on RE2 (re2js, pure JavaScript), whose matching time grows linearly with the text:
 * `(a+)+$` on a long adapter name costs what any pattern costs. RE2 has no backreferences and no lookaround; a
 * pattern that uses them is a validation error, before anything runs.
 */
const compiled = new Map<string, RE2JS>();
/** Patterns can also come from a fact (a bundle): the cache forgets rather than grow with the input. */
const CACHE_LIMIT = 1000;

/**
 * re2js (≈ 20 ms to load, in every thread of a fleet scan) is required when the first pattern is compiled:
 * a rule set without patterns, and every command that runs no rule, never loads it.
 */
let engine: typeof RE2JS | undefined;

function compile(pattern: string): RE2JS {
  let re = compiled.get(pattern);
  if (!re) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    engine ??= (require('re2js') as typeof import('re2js')).RE2JS;
    re = engine.compile(pattern, engine.CASE_INSENSITIVE);
    if (compiled.size >= CACHE_LIMIT) compiled.clear();
    compiled.set(pattern, re);
  }
  return re;
}

/** Why RE2 cannot take the pattern (`invalid or unsupported Perl syntax: (?=`), or undefined when it can. */
export function patternProblem(pattern: string): string | undefined {
  try {
    compile(pattern);
    return undefined;
  } catch (e) {
    return (e as Error).message.replace(/^error parsing regexp: /, '');
  }
}

/** True when the pattern matches somewhere in the text, any case; false for a pattern RE2 cannot take. */
export function matchesPattern(text: string, pattern: string): boolean {
  let answers = answered.get(pattern);
  const known = answers?.get(text);
  if (known !== undefined) return known;
  let answer: boolean;
  try {
    answer = compile(pattern).matcher(text).find();
  } catch {
    answer = false;
  }
  if (!answers || answered.size >= CACHE_LIMIT) {
    if (answered.size >= CACHE_LIMIT) answered.clear();
    answers = new Map();
    answered.set(pattern, answers);
  }
  if (answers.size >= ANSWER_LIMIT) answers.clear();
  answers.set(text, answer);
  return answer;
}

/**
 * The answers already given, per pattern and text: a fleet's adapters and groups repeat their names, and a
 * name matched once is not matched again. Bounded like the patterns, as the texts come from bundles.
 */
const answered = new Map<string, Map<string, boolean>>();
const ANSWER_LIMIT = 10000;

/** The operators whose value is a pattern. */
export const PATTERN_OPERATORS: ReadonlySet<string> = new Set(['matches', 'notMatches']);
