/**
 * `sc-qc-clussvc.txt`: the output of `sc qc ClusSvc`, the configuration of the Cluster service, above all the
 * account it logs on with (`SERVICE_START_NAME`).
 *
 * Layouts, from published captures of sc.exe (`sc qc <service>` on XP/Server 2003 and on Vista/2008 and later,
 * English and German; see the fixtures under `test/fixtures/sources/sc-qc-clussvc/`):
 *
 *     [SC] GetServiceConfig SUCCESS                     <- 2003: this line is English on every language
 *                                                       <- 2008: [SC] QueryServiceConfig SUCCESS / ERFOLG
 *     SERVICE_NAME: ClusSvc
 *             TYPE               : 10  WIN32_OWN_PROCESS
 *             START_TYPE         : 2   AUTO_START
 *             ERROR_CONTROL      : 1   NORMAL
 *             BINARY_PATH_NAME   : C:\WINDOWS\Cluster\clussvc.exe
 *             LOAD_ORDER_GROUP   :
 *             TAG                : 0
 *             DISPLAY_NAME       : Cluster Service       <- localized: Clusterdienst
 *             DEPENDENCIES       : ClusNet
 *                                : RpcSs               <- further dependencies, one per line
 *             SERVICE_START_NAME : MUELLER\clusdienst   <- 2008 failover clusters: LocalSystem
 *
 * The field names are the same in every language; 2003's sc.exe ends each value with two blanks. A service
 * that is not installed reads `[SC] OpenService FAILED 1060:` (`FEHLER 1060` on German 2008) and a sentence in
 * the system's language. The account is read as written (`DOMAIN\user`, `.\user`, `user@upn`, `LocalSystem`);
 * what it names is decided later, with the domain names of the machine (`account-identity.ts`).
 */
import type { Language, Parser } from '../types';
import { diagnostic, type Diagnostic } from '../../src/shared/diagnostic';
import { endsMidLine, joinWrapped } from '../shapes/console-wrap';
import { isBlank, splitLines, type Line } from '../shapes/lines';
import { unreadableInput } from '../shapes/preflight';

export interface ScQcClussvcFacts {
  /** False when sc.exe says the service does not exist (error 1060); true when it printed the configuration. */
  installed?: boolean;
  serviceName?: string;
  /** `WIN32_OWN_PROCESS` */
  type?: string;
  /** `AUTO_START`, `DEMAND_START`, `DISABLED` */
  startType?: string;
  binaryPath?: string;
  displayName?: string;
  dependencies?: string[];
  /** `SERVICE_START_NAME`: the account the service logs on with, as written. */
  startName?: string;
}

/** The frame of sc.exe, which alone tells the language (the field names never change). */
const LANGUAGE_MARKERS: Record<Language, RegExp[]> = {
  en: [/^\[SC\] \w+ SUCCESS$/, /^The specified service does not exist/i],
  de: [/^\[SC\] \w+ ERFOLG$/, /^\[SC\] [\w:]+ FEHLER \d+/, /^Der angegebene Dienst ist/i],
};

/** 2003's sc.exe prints `GetServiceConfig SUCCESS` and `FAILED` in English on every system: no language in them. */
const UNTRANSLATED = [/^\[SC\] GetServiceConfig SUCCESS$/, /^\[SC\] [\w:]+ FAILED \d+/];

const FIELD = /^\s+([A-Z_]+)\s*:\s?(.*)$/;
const MORE = /^\s+:\s?(.*)$/;
const SERVICE_NAME = /^SERVICE_NAME:\s*(.*)$/;
const RESULT = /^\[SC\] ([\w:]+) (?:SUCCESS|ERFOLG|FAILED|FEHLER)(?: (\d+))?:?$/;
const NOT_INSTALLED = 1060;

export const parseScQcClussvc: Parser<ScQcClussvcFacts> = (input) => {
  const bad = unreadableInput(input);
  if (bad) return { facts: {}, diagnostics: [bad] };
  const { file } = input;
  const diagnostics: Diagnostic[] = [];
  let lines = joinConsoleWraps(splitLines(input.text));
  if (endsMidLine(input.text)) {
    const last = lines.filter((l) => !isBlank(l)).pop();
    diagnostics.push(diagnostic(file, 'warning', `truncated: line ${last?.no ?? 1} is cut off and not read`, last?.no));
    lines = lines.filter((l) => l !== last);
  }
  const language = languageOf(lines);
  const facts: ScQcClussvcFacts = {};
  readResult(lines, facts, file, diagnostics);
  if (facts.installed !== false) readFields(lines, facts);
  if (facts.installed && facts.startName === undefined && diagnostics.length === 0)
    diagnostics.push(diagnostic(file, 'warning', 'no SERVICE_START_NAME line: the output ends early'));
  if (facts.installed === undefined && facts.startName === undefined && diagnostics.length === 0)
    diagnostics.push(diagnostic(file, 'error', 'not sc qc output: no SERVICE_START_NAME and no [SC] result line'));
  return language ? { facts, diagnostics, language } : { facts, diagnostics };
};

/** English or German from the translated frame (2008 and later, and the error sentences); 2003's frame tells none. */
function languageOf(lines: Line[]): Language | undefined {
  const texts = lines.map((l) => l.text.trim()).filter((t) => !UNTRANSLATED.some((re) => re.test(t)));
  return (['en', 'de'] as const).find((language) => LANGUAGE_MARKERS[language].some((re) => texts.some((t) => re.test(t))));
}

/** `[SC] OpenService FAILED 1060:` and the sentence after it; `[SC] … SUCCESS` marks the configuration as read. */
function readResult(lines: Line[], facts: ScQcClussvcFacts, file: string, diagnostics: Diagnostic[]): void {
  lines.forEach((line, i) => {
    const m = RESULT.exec(line.text.trim());
    if (!m) return;
    if (m[2] === undefined) return;
    const code = Number(m[2]);
    const explanation = lines
      .slice(i + 1)
      .find((l) => !isBlank(l))
      ?.text.trim();
    const text = `sc.exe: ${m[1]} failed with error ${code}${explanation ? `: ${explanation}` : ''}`;
    if (code === NOT_INSTALLED) {
      facts.installed = false;
      diagnostics.push(diagnostic(file, 'info', `${text} (the Cluster service is not installed)`, line.no));
    } else diagnostics.push(diagnostic(file, 'error', text, line.no));
  });
}

function readFields(lines: Line[], facts: ScQcClussvcFacts): void {
  let current: string | undefined;
  for (const line of lines) {
    const name = SERVICE_NAME.exec(line.text.trim());
    const field = FIELD.exec(line.text);
    const more = MORE.exec(line.text);
    if (name) {
      if (name[1]) facts.serviceName = name[1].trim();
      facts.installed = true;
    } else if (more && current === 'DEPENDENCIES') {
      const value = more[1]!.trim();
      if (value) facts.dependencies = [...(facts.dependencies ?? []), value];
    } else if (field) {
      current = field[1]!;
      setField(facts, current, field[2]!.trim());
    }
  }
}

function setField(facts: ScQcClussvcFacts, name: string, value: string): void {
  const word = (v: string) => /^[0-9a-f]+\s+(\S+)/i.exec(v)?.[1];
  switch (name) {
    case 'TYPE':
      if (word(value)) facts.type = word(value)!;
      break;
    case 'START_TYPE':
      if (word(value)) facts.startType = word(value)!;
      break;
    case 'BINARY_PATH_NAME':
      if (value) facts.binaryPath = value;
      break;
    case 'DISPLAY_NAME':
      if (value) facts.displayName = value;
      break;
    case 'DEPENDENCIES':
      facts.dependencies = value ? [value] : [];
      break;
    case 'SERVICE_START_NAME':
      if (value) facts.startName = value;
      break;
  }
}

/**
 * Joins the rest of a line that an 80-column console wrapped (a long `BINARY_PATH_NAME`): a piece starts at
 * column 0, below a line that filled the row, and is neither a field nor sc.exe's frame.
 */
function joinConsoleWraps(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    const piece =
      prev !== undefined &&
      prev.text.length >= 70 &&
      !isBlank(line) &&
      !/^\s/.test(line.text) &&
      !RESULT.test(line.text.trim()) &&
      !SERVICE_NAME.test(line.text);
    if (piece) out[out.length - 1] = { no: prev.no, text: joinWrapped(prev.text, line.text) };
    else out.push(line);
  }
  return out;
}
