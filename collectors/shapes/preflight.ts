import { diagnostic, type Diagnostic } from '../../src/shared/diagnostic';
import type { SourceInput } from '../types';
import { looksBinary } from './lines';

/**
 * The checks every parser makes before it reads anything: a file with nothing in it, or with bytes that no
 * command writes, gives no facts and this one diagnostic. Undefined when the text is worth reading.
 */
export function unreadableInput(input: SourceInput): Diagnostic | undefined {
  // NUL counts as blank: a copy cut inside UTF-16 text, or a file the disk never filled, holds nothing else.
  // (`\s` is the set of characters trim() removes: the test finds one that is neither, without copying the text.)
  // eslint-disable-next-line no-control-regex
  if (!/[^\s\u0000]/.test(input.text)) {
    return diagnostic(input.file, 'warning', 'empty file: the command wrote nothing');
  }
  if (looksBinary(input.text)) return diagnostic(input.file, 'error', 'not command output: the file holds binary data');
  return undefined;
}
