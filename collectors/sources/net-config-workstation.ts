/**
 * `net-config-workstation.txt`: the output of `net config workstation`: the machine's names and the NetBIOS
 * and DNS names of the domain it is a member of. It is the one read-only command of Windows Server 2003 that
 * gives both domain names together (systeminfo gives only the DNS name; `Winlogon\DefaultDomainName` is the
 * domain of the last user who logged on, which may be the machine itself; the Tcpip `Domain` value is the
 * primary DNS suffix, which may differ from the domain's DNS name in a disjoint namespace).
 *
 * Layout, from published captures of net.exe (Windows 7, Windows 10, Server 2008 R2) and net.exe's own message
 * table (`Workstation Domain DNS Name` since Windows 2000):
 *
 *     Computer name                        \\NODE1
 *     Full Computer name                   node1.mueller.local
 *     User name                            Administrator
 *
 *     Workstation active on
 *             NetBT_Tcpip_{3B0A6F0C-…} (001A4B0C11A1)
 *
 *     Software version                     Microsoft Windows Server 2003
 *
 *     Workstation domain                   MUELLER              <- the NetBIOS name of the machine's domain
 *     Workstation Domain DNS Name          mueller.local        <- absent on a machine in a workgroup
 *     Logon domain                         MUELLER              <- the domain of the user who ran it: not read
 *
 *     COM Open Timeout (sec)               0
 *     …
 *     The command completed successfully.
 *
 * German labels (`Arbeitsstationsdomäne`, `DNS-Name der Arbeitsstationsdomäne`, `Anmeldedomäne`, …) are
 * best knowledge, not checked against a real capture: they are matched by their words (Arbeitsstation, DNS,
 * Domäne), so that a variant of the wording is still read, and a value that is no NetBIOS or DNS name is not.
 */
import type { Language, Parser } from '../types';
import { diagnostic, type Diagnostic } from '../../src/shared/diagnostic';
import { splitLines, type Line } from '../shapes/lines';
import { foldLabel, parseNetFields, type NetField } from '../shapes/net-fields';
import { foreignLanguage } from './cmd-common';
import { unreadableInput } from '../shapes/preflight';

export interface NetConfigWorkstationFacts {
  /** The NetBIOS computer name, without the leading `\\`. */
  computerName?: string;
  /** The DNS host name with the primary DNS suffix (`node1.mueller.local`). */
  fullComputerName?: string;
  softwareVersion?: string;
  /** `Workstation domain`: the NetBIOS name of the domain (or the workgroup) the machine is a member of. */
  domainNetbiosName?: string;
  /** `Workstation Domain DNS Name`: the DNS name of that domain; absent in a workgroup. */
  domainDnsName?: string;
}

type Field =
  'computerName' | 'fullComputerName' | 'userName' | 'activeOn' | 'softwareVersion' | 'domain' | 'domainDns' | 'logonDomain';

/** The labels as net.exe prints them; German ones are best knowledge (see above). */
const LABELS: Record<Language, Record<Field, string[]>> = {
  en: {
    computerName: ['Computer name'],
    fullComputerName: ['Full Computer name'],
    userName: ['User name'],
    activeOn: ['Workstation active on'],
    softwareVersion: ['Software version'],
    domain: ['Workstation domain'],
    domainDns: ['Workstation Domain DNS Name'],
    logonDomain: ['Logon domain'],
  },
  de: {
    computerName: ['Computername'],
    fullComputerName: ['Vollständiger Computername'],
    userName: ['Benutzername'],
    activeOn: ['Arbeitsstation aktiv auf', 'Arbeitsstation ist aktiv auf'],
    softwareVersion: ['Softwareversion'],
    domain: ['Arbeitsstationsdomäne'],
    domainDns: ['DNS-Name der Arbeitsstationsdomäne', 'Arbeitsstationsdomäne (DNS-Name)'],
    logonDomain: ['Anmeldedomäne'],
  },
};

/** The words a German domain label is recognized by, when its wording differs from the table. */
const GERMAN_WORDS: Array<[Field, (folded: string) => boolean]> = [
  ['domainDns', (l) => /\bdns\b/.test(l) && /arbeitsstation/.test(l)],
  ['domain', (l) => /^arbeitsstationsdom/.test(l) && !/\bdns\b/.test(l)],
  ['logonDomain', (l) => /^anmeldedom/.test(l)],
];

const FOREIGN: Record<string, RegExp[]> = {
  French: [/^Nom de l'ordinateur\s/i, /^Domaine de la station de travail\s/i],
  Spanish: [/^Nombre de equipo\s/i, /^Dominio de estaci\S*n de trabajo\s/i],
  Italian: [/^Nome computer\s/i, /^Dominio workstation\s/i],
  Dutch: [/^Computernaam\s/i, /^Werkstationdomein\s/i],
};

/** A NetBIOS name: 1 to 15 characters, none of those Windows forbids, no dot (NetBIOS domain names have none). */
const NETBIOS_NAME = /^[^\\/:*?"<>|.\s][^\\/:*?"<>|.]{0,14}$/;
/** A DNS name: labels of letters, digits and hyphens, separated by dots. */
const DNS_NAME = /^[a-z0-9_]([a-z0-9_-]{0,62})(\.[a-z0-9_]([a-z0-9_-]{0,62}))*\.?$/i;

/** The labels of each language folded once (not per line or per field): every label, and by field. */
const FOLDED_LABELS: Record<Language, string[]> = {
  en: Object.values(LABELS.en).flat().map(foldLabel),
  de: Object.values(LABELS.de).flat().map(foldLabel),
};
const FIELD_LABELS: Record<Language, Array<[Field, string[]]>> = {
  en: Object.entries(LABELS.en).map(([field, labels]) => [field as Field, labels.map(foldLabel)]),
  de: Object.entries(LABELS.de).map(([field, labels]) => [field as Field, labels.map(foldLabel)]),
};
/** The labels parseNetFields cuts lines at. The German domain labels are matched by their words, so they must
 * not cut a label worded otherwise short. */
const NET_FIELD_LABELS = [
  ...Object.values(LABELS.en),
  ...Object.entries(LABELS.de)
    .filter(([field]) => field !== 'domain' && field !== 'domainDns')
    .map(([, labels]) => labels),
].flat();

/** English or German: the language with more known labels at the start of lines (at least two). */
export function detectLanguage(lines: Line[]): Language | undefined {
  const score = (language: Language) => {
    const labels = FOLDED_LABELS[language];
    const known = (folded: string) => labels.some((label) => folded.startsWith(label));
    const worded = (text: string) => language === 'de' && GERMAN_WORDS.some(([, matches]) => matches(foldLabel(labelOf(text))));
    return lines.filter((l) => known(foldLabel(l.text)) || worded(l.text)).length;
  };
  const en = score('en');
  const de = score('de');
  if (Math.max(en, de) < 2) return undefined;
  return en >= de ? 'en' : 'de';
}

/** The text before the first run of two blanks: where a label ends. */
const labelOf = (text: string) => text.split(/\s{2,}/)[0]!;

/** net.exe's usage text, which it prints for a command it does not know (Wine's net.exe has no `config`). */
const USAGE = /^(The syntax of this command is|Die Syntax dieses Befehls lautet)\s*:?$/i;

export const parseNetConfigWorkstation: Parser<NetConfigWorkstationFacts> = (input) => {
  const bad = unreadableInput(input);
  if (bad) return { facts: {}, diagnostics: [bad] };
  const lines = splitLines(input.text);
  const usage = lines.find((l) => USAGE.test(l.text.trim()));
  if (usage && lines.findIndex((l) => l.text.trim() !== '') === lines.indexOf(usage)) {
    const message = 'net.exe printed its usage instead of the configuration: this net.exe does not know "net config workstation"';
    return { facts: {}, diagnostics: [diagnostic(input.file, 'error', message, usage.no)] };
  }
  const language = detectLanguage(lines);
  const { fields: net, diagnostics } = parseNetFields(input.text, input.file, NET_FIELD_LABELS, lines);
  for (const error of net.errors.filter((e) => e.code !== undefined)) {
    const explanation = net.errors.find((e) => e.line > error.line)?.text;
    const message = `net.exe reported system error ${error.code}${explanation ? `: ${explanation}` : ''}`;
    diagnostics.push(diagnostic(input.file, 'error', message, error.line));
  }
  const facts: NetConfigWorkstationFacts = {};
  if (!language) {
    const foreign = foreignLanguage(lines, FOREIGN);
    if (foreign) diagnostics.push(diagnostic(input.file, 'warning', `unsupported language (${foreign} labels)`));
    else if (net.errors.length === 0) diagnostics.push(diagnostic(input.file, 'error', 'no net config workstation fields found'));
    return { facts, diagnostics };
  }
  readFields(net.fields, language, facts, input.file, diagnostics);
  return { facts, diagnostics, language };
};

function fieldOf(label: string, language: Language): Field | undefined {
  const folded = foldLabel(label);
  const exact = FIELD_LABELS[language].find(([, labels]) => labels.includes(folded))?.[0];
  if (exact || language === 'en') return exact;
  return GERMAN_WORDS.find(([, matches]) => matches(folded))?.[0];
}

function readFields(
  fields: NetField[],
  language: Language,
  facts: NetConfigWorkstationFacts,
  file: string,
  out: Diagnostic[],
): void {
  for (const field of fields) {
    const value = field.value.trim();
    if (value === '') continue;
    switch (fieldOf(field.label, language)) {
      case 'computerName':
        facts.computerName = value.replace(/^\\\\/, '');
        break;
      case 'fullComputerName':
        facts.fullComputerName = value;
        break;
      case 'softwareVersion':
        facts.softwareVersion = value;
        break;
      case 'domain':
        if (NETBIOS_NAME.test(value)) facts.domainNetbiosName = value;
        else out.push(diagnostic(file, 'warning', `"${field.label}" is no NetBIOS domain name: "${value}"`, field.line));
        break;
      case 'domainDns':
        if (DNS_NAME.test(value)) facts.domainDnsName = value.replace(/\.$/, '');
        else if (!/^\(null\)$/i.test(value))
          out.push(diagnostic(file, 'warning', `"${field.label}" is no DNS domain name: "${value}"`, field.line));
        break;
    }
  }
}
