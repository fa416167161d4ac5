/**
 * `net-user-<account>.txt`: the output of `net user <account> /domain`.
 *
 * Layout, from published captures of net.exe (English, Windows 2003 to 2022; German, Windows 11, CP850):
 *
 *     The request will be processed at a domain controller for domain contoso.com.
 *
 *     User name                    clusadmin            | Benutzername                        clusadmin
 *     Account active               Yes                  | Konto aktiv                         Ja
 *     Account expires              Never                | Konto abgelaufen                    Nie
 *     Password last set            3/14/2008 10:22 AM   | Letztes Setzen des Kennworts        14.03.2008 10:22:31
 *     Password expires             Never                | Kennwort läuft ab                   Nie
 *     Password changeable          3/15/2008 10:22 AM   | Kennwort änderbar                   15.03.2008 10:22:31
 *     Password required            Yes                  | Kennwort erforderlich               Ja
 *     User may change password     No                   | Benutzer kann Kennwort ändern       Nein
 *     Last logon                   Never                | Letzte Anmeldung                    Nie
 *     Local Group Memberships      *Administrators      | Lokale Gruppenmitgliedschaften      *Administratoren
 *     Global Group memberships     *Domain Users        | Globale Gruppenmitgliedschaften     *Domänen-Benutzer
 *     The command completed successfully.               | Der Befehl wurde erfolgreich ausgeführt.
 *
 * `Account active` reads `Locked` (`Gesperrt`) for an account that is locked out. Group names are cut to
 * 21 characters by net.exe. `Password changeable` is the date from which the password may be changed.
 */
import type { Language, Parser } from '../types';
import { diagnostic, type Diagnostic } from '../../src/shared/diagnostic';
import { parseLocalizedDateTime } from '../shapes/dates';
import { isBlank, splitLines, type Line } from '../shapes/lines';
import { foldLabel, parseNetFields, starredNames, type NetField } from '../shapes/net-fields';
import { foreignLanguage } from './cmd-common';
import { unreadableInput } from '../shapes/preflight';

/** An ISO local date-time (`2008-03-14T10:22:31`), or 'never'. */
export type NetDate = 'never' | (string & {});

export interface NetUserFacts {
  /** The `User name` value, else the account named by the file name `net-user-<account>.txt`. */
  account?: string;
  /** The domain of the "request will be processed at a domain controller" line. */
  domain?: string;
  fullName?: string;
  comment?: string;
  active?: boolean;
  /** True when `Account active` reads `Locked`; false when it reads `Yes`; unknown for a disabled account. */
  lockedOut?: boolean;
  accountExpires?: NetDate;
  passwordLastSet?: NetDate;
  passwordExpires?: NetDate;
  /** When the password may next be changed. */
  passwordChangeable?: NetDate;
  passwordRequired?: boolean;
  userMayChangePassword?: boolean;
  lastLogon?: NetDate;
  /** Group names without the leading `*` (net.exe cuts them to 21 characters). */
  localGroups?: string[];
  globalGroups?: string[];
}

type Field =
  | 'userName'
  | 'fullName'
  | 'comment'
  | 'accountActive'
  | 'accountExpires'
  | 'passwordLastSet'
  | 'passwordExpires'
  | 'passwordChangeable'
  | 'passwordRequired'
  | 'userMayChangePassword'
  | 'lastLogon'
  | 'localGroups'
  | 'globalGroups';

type Word = 'yes' | 'no' | 'locked' | 'never' | 'none';

const LABELS: Record<Language, { fields: Record<Field, string[]>; words: Record<Word, string[]> }> = {
  en: {
    fields: {
      userName: ['User name'],
      fullName: ['Full Name'],
      comment: ['Comment'],
      accountActive: ['Account active'],
      accountExpires: ['Account expires'],
      passwordLastSet: ['Password last set'],
      passwordExpires: ['Password expires'],
      passwordChangeable: ['Password changeable'],
      passwordRequired: ['Password required'],
      userMayChangePassword: ['User may change password'],
      lastLogon: ['Last logon'],
      localGroups: ['Local Group Memberships'],
      globalGroups: ['Global Group memberships'],
    },
    words: { yes: ['Yes'], no: ['No'], locked: ['Locked'], never: ['Never'], none: ['None'] },
  },
  de: {
    fields: {
      userName: ['Benutzername'],
      fullName: ['Vollständiger Name'],
      comment: ['Beschreibung', 'Kommentar'],
      accountActive: ['Konto aktiv'],
      accountExpires: ['Konto abgelaufen', 'Konto läuft ab'],
      passwordLastSet: ['Letztes Setzen des Kennworts'],
      passwordExpires: ['Kennwort läuft ab'],
      passwordChangeable: ['Kennwort änderbar'],
      passwordRequired: ['Kennwort erforderlich'],
      userMayChangePassword: ['Benutzer kann Kennwort ändern'],
      lastLogon: ['Letzte Anmeldung'],
      localGroups: ['Lokale Gruppenmitgliedschaften'],
      globalGroups: ['Globale Gruppenmitgliedschaften'],
    },
    words: { yes: ['Ja'], no: ['Nein'], locked: ['Gesperrt'], never: ['Nie'], none: ['Kein', 'Keine'] },
  },
};

/** First labels of `net user` in languages bpa does not read. */
const FOREIGN: Record<string, RegExp[]> = {
  French: [/^Nom d'utilisateur\s/i, /^Compte : actif|^Compte actif/i],
  Spanish: [/^Nombre de usuario\s/i, /^Cuenta activa\s/i],
  Italian: [/^Nome utente\s/i, /^Account attivo\s/i],
  Dutch: [/^Gebruikersnaam\s/i, /^Account actief\s/i],
  Russian: [/^Имя пользователя/i],
};

/** How far into a line a label can reach: far beyond the longest (30 letters), blanks and umlauts included. */
const LABEL_REACH = 256;

/** The field labels of each language folded once, not for every line or every lookup. */
const FOLDED_FIELD_LABELS = Object.fromEntries(
  (['en', 'de'] as const).map((language) => [
    language,
    Object.fromEntries(Object.entries(LABELS[language].fields).map(([field, labels]) => [field, labels.map(foldLabel)])),
  ]),
) as Record<Language, Record<Field, string[]>>;

/** English or German: the language with more known labels at the start of lines (at least two). */
export function detectLanguage(lines: Line[]): Language | undefined {
  // Each line folded once, and only its start, which is all a label can cover: a long line costs no more.
  const starts = lines.map((l) => foldLabel(l.text.slice(0, LABEL_REACH)));
  const score = (language: Language) => {
    const labels = Object.values(FOLDED_FIELD_LABELS[language]).flat();
    return starts.filter((start) => labels.some((label) => start.startsWith(label))).length;
  };
  const en = score('en');
  const de = score('de');
  if (Math.max(en, de) < 2) return undefined;
  return en >= de ? 'en' : 'de';
}

export const parseNetUser: Parser<NetUserFacts> = (input) => {
  const fromFileName = /(?:^|[\\/])net-user-(.+)\.txt$/i.exec(input.file)?.[1];
  const facts: NetUserFacts = fromFileName ? { account: fromFileName } : {};
  const bad = unreadableInput(input);
  if (bad) return { facts, diagnostics: [bad] };
  const lines = splitLines(input.text);
  const language = detectLanguage(lines);
  const allLabels = [...Object.values(LABELS.en.fields), ...Object.values(LABELS.de.fields)].flat();
  const { fields: net, diagnostics } = parseNetFields(input.text, input.file, allLabels, lines);
  if (net.domain) facts.domain = net.domain;
  for (const error of net.errors.filter((e) => e.code !== undefined)) {
    const explanation = net.errors.find((e) => e.line > error.line)?.text;
    diagnostics.push(
      diagnostic(
        input.file,
        'error',
        `net.exe reported system error ${error.code}${explanation ? `: ${explanation}` : ''}`,
        error.line,
      ),
    );
  }
  if (!language) {
    const foreign = foreignLanguage(lines, FOREIGN);
    if (foreign) diagnostics.push(diagnostic(input.file, 'warning', `unsupported language (${foreign} labels)`));
    else if (net.errors.length === 0 && !lines.every(isBlank))
      diagnostics.push(diagnostic(input.file, 'error', 'no net user fields found'));
    return { facts, diagnostics };
  }
  readFields(net.fields, language, facts, input.file, diagnostics);
  return { facts, diagnostics, language };
};

function readFields(fields: NetField[], language: Language, facts: NetUserFacts, file: string, diagnostics: Diagnostic[]): void {
  const labels = LABELS[language];
  const folded = fields.map((f) => foldLabel(f.label));
  const find = (key: Field) => {
    const at = folded.findIndex((label) => FOLDED_FIELD_LABELS[language][key].includes(label));
    return at < 0 ? undefined : fields[at];
  };
  const is = (word: Word, value: string) => labels.words[word].some((w) => w.toLowerCase() === value.trim().toLowerCase());
  const userName = find('userName');
  if (userName?.value) facts.account = userName.value;
  for (const key of ['fullName', 'comment'] as const) {
    const field = find(key);
    if (field) facts[key] = [field.value, ...field.more].filter((v) => v !== '').join(' ');
  }
  readActive(find('accountActive'), is, facts, file, diagnostics);
  for (const key of ['accountExpires', 'passwordLastSet', 'passwordExpires', 'passwordChangeable', 'lastLogon'] as const) {
    const field = find(key);
    if (!field) continue;
    const date = is('never', field.value) ? 'never' : parseLocalizedDateTime(field.value);
    if (date) facts[key] = date;
    else diagnostics.push(diagnostic(file, 'warning', `"${field.label}" is not a date: "${field.value}"`, field.line));
  }
  for (const key of ['passwordRequired', 'userMayChangePassword'] as const) {
    const field = find(key);
    if (!field) continue;
    if (is('yes', field.value) || is('no', field.value)) facts[key] = is('yes', field.value);
    else diagnostics.push(diagnostic(file, 'warning', `"${field.label}" is neither yes nor no: "${field.value}"`, field.line));
  }
  for (const key of ['localGroups', 'globalGroups'] as const) {
    const field = find(key);
    if (field) facts[key] = starredNames([field.value, ...field.more]).filter((name) => !is('none', name));
  }
}

function readActive(
  field: NetField | undefined,
  is: (word: Word, value: string) => boolean,
  facts: NetUserFacts,
  file: string,
  diagnostics: Diagnostic[],
): void {
  if (!field) return;
  if (is('yes', field.value)) Object.assign(facts, { active: true, lockedOut: false });
  else if (is('locked', field.value)) Object.assign(facts, { active: true, lockedOut: true });
  else if (is('no', field.value)) facts.active = false;
  else
    diagnostics.push(diagnostic(file, 'warning', `"${field.label}" is neither yes, no nor locked: "${field.value}"`, field.line));
}
