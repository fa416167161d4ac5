/**
 * What every parser promises for any input (collectors/types.ts): it returns, never throws; `facts` is plain
 * data that survives the JSON snapshot unchanged; every diagnostic names the file it was given, a severity, a
 * message and, when it has one, a line that exists in the text; `language` is one bpa reads.
 */
// @ts-nocheck

import type { ParseResult, SourceInput } from '../../collectors/types';

const SEVERITIES = new Set(['error', 'warning', 'info']);

/** The problems of one parse result, as readable lines; empty when the result keeps every promise. */
export function wellFormedProblems(result: ParseResult<unknown>, input: SourceInput): string[] {
  const problems: string[] = [];
  if (result === null || typeof result !== 'object') return [`returned ${String(result)} instead of { facts, diagnostics }`];
  if (result.facts === null || typeof result.facts !== 'object' || Array.isArray(result.facts)) {
    problems.push(`facts is ${JSON.stringify(result.facts)}, not an object`);
  } else {
    problems.push(...plainDataProblems(result.facts, 'facts'));
  }
  if (!Array.isArray(result.diagnostics)) return [...problems, 'diagnostics is not an array'];
  const lineCount = input.text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/).length;
  for (const d of result.diagnostics) {
    const where = `diagnostic ${JSON.stringify(d)}`;
    if (d.file !== input.file) problems.push(`${where} does not name the file ${input.file}`);
    if (!SEVERITIES.has(d.severity)) problems.push(`${where} has no known severity`);
    if (typeof d.message !== 'string' || d.message.trim() === '') problems.push(`${where} has no message`);
    if (d.line !== undefined && !(Number.isInteger(d.line) && d.line >= 1 && d.line <= lineCount)) {
      problems.push(`${where} names line ${d.line}, but the text has ${lineCount}`);
    }
  }
  if (result.language !== undefined && result.language !== 'en' && result.language !== 'de') {
    problems.push(`language ${JSON.stringify(result.language)} is not en or de`);
  }
  return problems;
}

/** Strings, finite numbers, booleans, arrays and plain objects only: what JSON keeps as it is. */
function plainDataProblems(value: unknown, path: string): string[] {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return [];
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path} is ${value}`];
  if (Array.isArray(value)) {
    return value.flatMap((item, i) =>
      item === undefined ? [`${path}[${i}] is undefined`] : plainDataProblems(item, `${path}[${i}]`),
    );
  }
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null) return [`${path} is not a plain object`];
    return Object.entries(value as Record<string, unknown>).flatMap(([key, v]) =>
      v === undefined ? [] : plainDataProblems(v, `${path}.${key}`),
    );
  }
  return [`${path} is a ${typeof value}`];
}

/** Runs the parser and throws (for fast-check to shrink) when it throws or breaks a promise. */
export function assertWellFormed(parse: (input: SourceInput) => ParseResult<unknown>, input: SourceInput): void {
  const result = parse(input);
  const problems = wellFormedProblems(result, input);
  if (problems.length > 0) throw new Error(`${input.file}: ${problems.join('; ')}`);
}
