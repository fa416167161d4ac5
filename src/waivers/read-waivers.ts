import { readFileSync } from 'fs';
import type { ErrorObject } from 'ajv';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import { describeErrors, namedValidator } from '../shared/ajv';
import { UserError } from '../shared/errors';
import type { LoadedWaiver, WaiverFile } from './waiver-schema';

/** The TypeBox schema, loaded only to compile it at run time (the TypeScript sources): the build precompiles it. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const waiverFileSchema = () => (require('./waiver-schema') as typeof import('./waiver-schema')).WaiverFileSchema;

/** Reads a waiver file (YAML, or JSON, which is YAML too) and validates it; every problem is named with its line. */
export function readWaivers(file: string): LoadedWaiver[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    throw new UserError(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return parseWaivers(text, file);
}

/** Parses and validates the text of a waiver file. */
export function parseWaivers(text: string, file: string): LoadedWaiver[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const message = (e: Error) => e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    const problems = doc.errors.map((e) => `${file}:${e.linePos?.[0]?.line ?? 1}: ${message(e)}`);
    throw new UserError(`${file}: not valid YAML or JSON (${problems.length} problem(s))`, problems);
  }
  const data: unknown = doc.toJS();
  if (data === null || data === undefined) throw new UserError(`${file}: empty (a waiver file holds "waivers:", a list)`);
  const validate = namedValidator('waivers', waiverFileSchema);
  if (!validate(data)) {
    const problems = (validate.errors ?? []).map(
      (e) => `${file}:${lineOf(doc, lines, e)}: ${describeErrors([e])[0] ?? e.message}`,
    );
    const unique = [...new Set(problems)].filter((p) => !/: must match a schema in anyOf$/.test(p));
    throw new UserError(`${file}: not a valid waiver file (${unique.length} problem(s))`, unique);
  }
  return (data as WaiverFile).waivers.map((w, i) => {
    const line = lineAt(doc, lines, ['waivers', i]);
    return { ...w, file, ...(line !== undefined ? { line } : {}) };
  });
}

/** The line an ajv error points at: the unknown property itself, else the deepest node of its path. */
function lineOf(doc: Document, lines: LineCounter, error: ErrorObject): number {
  const path: (string | number)[] = error.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  if (error.keyword === 'additionalProperties') path.push(String(error.params.additionalProperty));
  for (let n = path.length; n >= 0; n--) {
    const line = lineAt(doc, lines, path.slice(0, n));
    if (line !== undefined) return line;
  }
  return 1;
}

function lineAt(doc: Document, lines: LineCounter, path: (string | number)[]): number | undefined {
  const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
  if (!isNode(node) || !node.range) return undefined;
  return lines.linePos(node.range[0]).line;
}
