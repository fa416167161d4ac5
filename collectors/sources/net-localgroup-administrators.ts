/**
 * `net-localgroup-administrators.txt`: the output of `net localgroup Administrators` (`Administratoren` on
 * German Windows: the collection script asks for the group of SID S-1-5-32-544 by its local name).
 *
 * Layout, from published captures of net.exe (English, Windows XP to 2022) and German output:
 *
 *     Alias name     Administrators                        | Aliasname     Administratoren
 *     Comment        Administrators have complete and ...  | Beschreibung  Administratoren haben ...
 *                                                          |
 *     Members                                              | Mitglieder
 *                                                          |
 *     -------------------------------------------------------------------------------
 *     Administrator                                        | Administrator
 *     CONTOSO\clusadmin                                    | CONTOSO\Domänen-Admins
 *     The command completed successfully.                  | Der Befehl wurde erfolgreich ausgeführt.
 *
 * The members after the dash rule are read in any language; without net.exe's closing line the list may be
 * cut short, so it is not reported.
 */
import type { Language, Parser } from '../types';
import { diagnostic } from '../../src/shared/diagnostic';
import { splitLines, type Line } from '../shapes/lines';
import { foldLabel, parseNetFields, type NetField } from '../shapes/net-fields';
import { foreignLanguage } from './cmd-common';
import { unreadableInput } from '../shapes/preflight';

export interface NetLocalgroupAdministratorsFacts {
  /** The group's name as this Windows calls it (`Administrators`, `Administratoren`). */
  groupName?: string;
  comment?: string;
  /** Members as written (`CONTOSO\clusadmin`, `Administrator`); undefined when the list is not complete. */
  members?: string[];
}

type Field = 'aliasName' | 'comment' | 'members';

const LABELS: Record<Language, Record<Field, string[]>> = {
  en: { aliasName: ['Alias name'], comment: ['Comment'], members: ['Members'] },
  de: { aliasName: ['Aliasname'], comment: ['Beschreibung', 'Kommentar'], members: ['Mitglieder'] },
};

/** First labels of `net localgroup` in languages bpa does not read. */
const FOREIGN: Record<string, RegExp[]> = {
  French: [/^Nom d'alias\s/i, /^Membres$/i],
  Spanish: [/^Nombre de alias\s/i, /^Miembros$/i],
  Italian: [/^Nome alias\s/i, /^Membri$/i],
  Dutch: [/^Aliasnaam\s/i, /^Leden$/i],
  Russian: [/^Имя псевдонима/i, /^Члены$/i],
};

/** English or German: the language whose labels start at least two lines. */
export function detectLanguage(lines: Line[]): Language | undefined {
  for (const language of ['en', 'de'] as const) {
    const labels = Object.values(LABELS[language]).flat().map(foldLabel);
    const hits = lines.filter((l) =>
      labels.some((label) => foldLabel(l.text) === label || foldLabel(l.text).startsWith(`${label} `)),
    );
    if (hits.length >= 2) return language;
  }
  return undefined;
}

export const parseNetLocalgroupAdministrators: Parser<NetLocalgroupAdministratorsFacts> = (input) => {
  const bad = unreadableInput(input);
  if (bad) return { facts: {}, diagnostics: [bad] };
  const lines = splitLines(input.text);
  const language = detectLanguage(lines);
  const { fields: net, diagnostics } = parseNetFields(
    input.text,
    input.file,
    [...Object.values(LABELS.en), ...Object.values(LABELS.de)].flat(),
    lines,
  );
  const facts: NetLocalgroupAdministratorsFacts = {};
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
  if (language) {
    const find = (key: Field): NetField | undefined =>
      net.fields.find((f) => LABELS[language][key].some((l) => foldLabel(l) === foldLabel(f.label)));
    const alias = find('aliasName');
    const comment = find('comment');
    if (alias?.value) facts.groupName = alias.value;
    if (comment) facts.comment = [comment.value, ...comment.more].filter((v) => v !== '').join(' ');
  } else {
    const foreign = foreignLanguage(lines, FOREIGN);
    if (foreign) diagnostics.push(diagnostic(input.file, 'warning', `unsupported language (${foreign} labels)`));
  }
  if (net.members && net.completed) facts.members = net.members;
  else if (!net.members && net.errors.length === 0)
    diagnostics.push(diagnostic(input.file, 'error', 'no member list found: no dash rule before the members'));
  return language ? { facts, diagnostics, language } : { facts, diagnostics };
};
