import { diagnostic, type Diagnostic } from '../../src/shared/diagnostic';
import type { SourceInput } from '../types';
import { looksBinary } from './lines';

/**
 * The checks every parser makes before it reads anything: a file with nothing in it, or with bytes that no
 * command writes, gives no facts and this one diagnostic. Undefined when the text is worth reading.
 */
export function unreadableInput(input: SourceInput): Diagnostic | undefined {
  if (input.text.trim() === '') return diagnostic(input.file, 'warning', 'empty file: the command wrote nothing');
  if (looksBinary(input.text)) return diagnostic(input.file, 'error', 'not command output: the file holds binary data');
  return undefined;
}
