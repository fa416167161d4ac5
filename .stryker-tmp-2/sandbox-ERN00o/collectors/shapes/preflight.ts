// @ts-nocheck
import { diagnostic, type Diagnostic } from '../../src/shared/diagnostic';
import type { SourceInput } from '../types';
import { looksBinary } from './lines';

/**
 * The checks every parser makes before it reads anything: a file with nothing in it, or with bytes that no
 * command writes, gives no facts and this one diagnostic. Undefined when the text is worth reading.
 */
export function unreadableInput(input: SourceInput): Diagnostic | undefined {
  // NUL counts as blank: a copy cut inside UTF-16 text, or a file the disk never filled, holds nothing else.
  // eslint-disable-next-line no-control-regex
  if (input.text.replace(/\u0000/g, '').trim() === '') {
    return diagnostic(input.file, 'warning', 'empty file: the command wrote nothing');
  }
  if (looksBinary(input.text)) return diagnostic(input.file, 'error', 'not command output: the file holds binary data');
  return undefined;
}
