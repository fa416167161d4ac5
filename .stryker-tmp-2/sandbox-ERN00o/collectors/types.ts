// @ts-nocheck
import type { Diagnostic } from '../src/shared/diagnostic';

/** The languages whose labels the collectors know. */
export type Language = 'en' | 'de';

/** What a parser is given: the decoded text of one source file and its name (for diagnostics). */
export interface SourceInput {
  /** The decoded text, exactly as the command wrote it (CRLF or LF, trailing blanks, maybe truncated). */
  text: string;
  /** The file name as it should appear in diagnostics (e.g. `systeminfo.txt`). */
  file: string;
}

/**
 * What a parser returns. Parsers are pure: no file system, no process, no clock, and they never throw
 * on bad input; anything odd becomes a diagnostic. A fact that the text does not give is left out
 * (undefined), never guessed: unknown is not false.
 */
export interface ParseResult<T> {
  facts: T;
  diagnostics: Diagnostic[];
  /** The language detected from the labels, when the source has localized labels. */
  language?: Language;
}

export type Parser<T> = (input: SourceInput) => ParseResult<T>;
