import { readFileSync } from 'fs';
import { UserError } from './errors';
import { atPosition, parseJsonText } from './json-text';

/** Reads a JSON file or throws a UserError naming the file (and the line and column of a syntax error). */
export function readJsonFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    throw new UserError(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok) throw new UserError(`${atPosition(path, parsed.position)}: not valid JSON (${parsed.message})`);
  return parsed.value;
}
