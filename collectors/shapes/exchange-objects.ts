/**
 * Reading Exchange Management Shell objects from `Format-List` output: one typed accessor per record, by
 * property name (the names are the same in every language), that turns each culture-formatted value into
 * a normalised fact and says so, with the line, when a value is there but cannot be read.
 */
import { diagnostic, type Diagnostic } from '../../src/shared/diagnostic';
import type { Language, SourceInput } from '../types';
import {
  detectDateOrder,
  parseBoolean,
  parseByteQuantifiedSize,
  parseEnumFlags,
  parseExchangeDate,
  parseExchangeVersion,
  parseInteger,
  parseMultiValued,
  parseTimeSpan,
  parseUnlimitedBytes,
  parseUnlimitedInteger,
  parseUnlimitedTimeSpan,
  type DateOrder,
  type ExchangeVersion,
  type Unlimited,
} from './exchange-values';
import { parseFormatList, type FormatListRecord } from './format-list';
import { unreadableInput } from './preflight';

/** An enumeration value: one of the known names, or the name Exchange printed when it is not known. */
export type Open<Known extends string> = Known | (string & {});

/** Typed access to the properties of one record. Every getter returns undefined for a blank or missing value. */
export interface ExchangeObject {
  /** Line of the record's first property. */
  line: number;
  text(name: string): string | undefined;
  boolean(name: string): boolean | undefined;
  bytes(name: string): number | undefined;
  bytesOrUnlimited(name: string): number | Unlimited | undefined;
  integer(name: string): number | undefined;
  integerOrUnlimited(name: string): number | Unlimited | undefined;
  seconds(name: string): number | undefined;
  secondsOrUnlimited(name: string): number | Unlimited | undefined;
  list(name: string): string[] | undefined;
  /** A flag enumeration; with `known`, a flag outside it is noted (and kept as printed). */
  flags<Known extends string>(name: string, known?: readonly Known[]): Array<Open<Known>> | undefined;
  version(name: string): ExchangeVersion | undefined;
  date(name: string): string | undefined;
  enumeration<Known extends string>(name: string, known: readonly Known[]): Open<Known> | undefined;
}

export interface ExchangeObjects<T> {
  /** Undefined when the file is empty or holds no object (binary, an error, not Format-List output). */
  items?: T[];
  diagnostics: Diagnostic[];
  language?: Language;
}

/**
 * Reads every record with `read`; a record that `read` cannot identify (it returns undefined) is skipped
 * with a warning that names `what` it should have been.
 */
export function readExchangeObjects<T>(
  input: SourceInput,
  what: string,
  read: (object: ExchangeObject) => T | undefined,
): ExchangeObjects<T> {
  const unreadable = unreadableInput(input);
  if (unreadable) return { diagnostics: [unreadable] };
  const list = parseFormatList(input.text, input.file);
  const diagnostics = [...list.diagnostics];
  const order = detectDateOrder(allValues(list.records));
  const items: T[] = [];
  for (const record of list.records) {
    const item = read(exchangeObject(record, input.file, diagnostics, order));
    if (item !== undefined) items.push(item);
    else diagnostics.push(diagnostic(input.file, 'warning', `${what} without a name or identity: skipped`, record.line));
  }
  const result: ExchangeObjects<T> = { diagnostics: sortByLine(diagnostics) };
  if (list.records.length > 0) result.items = items;
  if (list.language) result.language = list.language;
  return result;
}

/** Reads the one object a command returns (Get-TransportConfig…); more than one is noted, the first read. */
export function readSingleExchangeObject<T>(
  input: SourceInput,
  what: string,
  read: (object: ExchangeObject) => T | undefined,
): { item?: T; diagnostics: Diagnostic[]; language?: Language } {
  const { items, diagnostics, language } = readExchangeObjects(input, what, read);
  if (items && items.length > 1) {
    const message = `${items.length} ${what} objects: only the first is read`;
    diagnostics.push(diagnostic(input.file, 'warning', message));
  }
  const result: { item?: T; diagnostics: Diagnostic[]; language?: Language } = { diagnostics };
  if (items?.[0] !== undefined) result.item = items[0];
  if (language) result.language = language;
  return result;
}

function allValues(records: readonly FormatListRecord[]): string[] {
  const values: string[] = [];
  for (const record of records) for (const name in record.props) values.push(record.props[name]!.value);
  return values;
}

function sortByLine(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** The accessor for one record; unreadable values go to `diagnostics` as warnings with their line. */
export function exchangeObject(
  record: FormatListRecord,
  file: string,
  diagnostics: Diagnostic[],
  order?: DateOrder,
): ExchangeObject {
  const raw = (name: string): string | undefined => {
    const value = record.props[name]?.value;
    return value === undefined || value === '' ? undefined : value;
  };
  function typed<V>(expected: string, parse: (text: string) => V | undefined) {
    return (name: string): V | undefined => {
      const text = raw(name);
      if (text === undefined) return undefined;
      const value = parse(text);
      if (value === undefined) {
        const message = `unreadable ${name} value '${shorten(text)}' (expected ${expected})`;
        diagnostics.push(diagnostic(file, 'warning', message, record.props[name]!.line));
      }
      return value;
    };
  }
  const unknown = (name: string, value: string): void => {
    const message = `unknown ${name} value '${shorten(value)}', kept as printed`;
    diagnostics.push(diagnostic(file, 'info', message, record.props[name]!.line));
  };
  const list = typed('a list', parseMultiValued);
  return {
    line: record.line,
    text: raw,
    boolean: typed('True or False', parseBoolean),
    bytes: typed('a size', parseByteQuantifiedSize),
    bytesOrUnlimited: typed('a size or unlimited', parseUnlimitedBytes),
    integer: typed('a whole number', parseInteger),
    integerOrUnlimited: typed('a whole number or unlimited', parseUnlimitedInteger),
    seconds: typed('a time span', parseTimeSpan),
    secondsOrUnlimited: typed('a time span or unlimited', parseUnlimitedTimeSpan),
    list(name) {
      const values = list(name);
      if (values?.truncated) {
        const message = `${name} shows only its first ${values.values.length} values: the others are not known`;
        diagnostics.push(diagnostic(file, 'warning', message, record.props[name]!.line));
      }
      return values?.values;
    },
    flags<Known extends string>(name: string, known?: readonly Known[]): Array<Open<Known>> | undefined {
      const flags = typed('names separated by commas', parseEnumFlags)(name);
      for (const flag of flags ?? []) if (known && !(known as readonly string[]).includes(flag)) unknown(name, flag);
      return flags;
    },
    version: typed('a version such as Version 8.1 (Build 240.6)', parseExchangeVersion),
    date: typed('a date', (text) => parseExchangeDate(text, order)),
    enumeration<Known extends string>(name: string, known: readonly Known[]): Open<Known> | undefined {
      const value = typed('a name', (text) => (/^[A-Za-z][\w-]*$/.test(text) ? text : undefined))(name);
      if (value !== undefined && !(known as readonly string[]).includes(value)) unknown(name, value);
      return value;
    },
  };
}

/** The object without its undefined values: a fact the text does not give stays absent. */
export function definedOnly<T extends object>(values: T): T {
  // What `Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined))` builds, without
  // the list of pairs. A key `__proto__` is defined as a property, as fromEntries does, not set as the prototype.
  const defined: Record<string, unknown> = {};
  for (const key of Object.keys(values)) {
    const value = (values as Record<string, unknown>)[key];
    if (value === undefined) continue;
    if (key === '__proto__') Object.defineProperty(defined, key, { value, enumerable: true, writable: true, configurable: true });
    else defined[key] = value;
  }
  return defined as T;
}

function shorten(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
