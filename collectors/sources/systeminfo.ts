/**
 * systeminfo.txt: the output of `systeminfo`.
 *
 * Layout based on the real captures in `test/fixtures/corpus/systeminfo/` (English Server 2003 SP1 x64 and
 * 2003 R2 SP2 x86, German Windows 7 SP1, English Server 2012 R2) and on wesng's Server 2008 and French
 * Windows 7 captures: labels at column 0, values in one column, `Hotfix(s)` / `Network Card(s)` continued as
 * `[01]: …` items (see `label-value.ts`). What the captures teach:
 * - Server 2003 R2 is not told apart from 2003: the OS name is `Microsoft(R) Windows(R) Server 2003, Standard
 *   Edition` on R2 too (R2 only shows in GetSystemMetrics(SM_SERVERR2)), so `release` is '2003' for both.
 * - systeminfo cuts long hotfix lists (`352 Hotfix(s) Installed.` lists 240 rows, the last one cut in
 *   `KB2862`; the German Windows 7 capture ends its list in `[24`): the declared count, the rows listed and
 *   `hotfixListComplete` say so, and a cut row is not read.
 * - On 2003 most hotfixes are listed as `File 1` (no KB number): they are counted, not guessed.
 * - Server 2008 writes `Microsoftr Windows Serverr 2008` (the ® through the OEM code page).
 */
import { diagnostic, type Diagnostic } from '../../src/shared/diagnostic';
import type { Language, Parser } from '../types';
import { endsMidLine } from '../shapes/console-wrap';
import { nestedItems, parseLabelValue, splitField, type LabelValueField, type NestedItem } from '../shapes/label-value';
import { splitLines, type Line } from '../shapes/lines';
import { unreadableInput } from '../shapes/preflight';
import { normalizeKb } from '../shapes/windows-ids';
import { labelFreeFacts } from './systeminfo-label-free';
import { readOs, type ProductType, type SysteminfoOs } from './systeminfo-os';

export type { OsArchitecture, ProductType, SysteminfoOs } from './systeminfo-os';

export type NetworkCardStatus = 'mediaDisconnected' | 'disabled' | 'hardwareNotPresent' | 'other';

export interface SysteminfoNetworkCard {
  description: string;
  connectionName?: string;
  dhcpEnabled?: boolean;
  dhcpServer?: string;
  ipAddresses?: string[];
  /** Only printed for a card that is not connected; absent otherwise. */
  status?: NetworkCardStatus;
  /** The status as printed, when it is one bpa does not know. */
  statusText?: string;
  line: number;
}

export interface SysteminfoFacts {
  hostName?: string;
  os?: SysteminfoOs;
  manufacturer?: string;
  model?: string;
  domain?: string;
  totalPhysicalMemoryMb?: number;
  /** The KB (or Q) numbers of the listed hotfixes, each once, in order. */
  hotfixes?: string[];
  /** Listed hotfix rows without a KB number (`File 1` on Server 2003). */
  hotfixesWithoutKb?: number;
  /** The count systeminfo gives in `352 Hotfix(s) Installed.`. */
  hotfixesDeclared?: number;
  /** False when systeminfo listed fewer rows than it declared (it cuts long lists). */
  hotfixListComplete?: boolean;
  networkCards?: SysteminfoNetworkCard[];
}

/** The labels systeminfo prints, per language. Each key may have several spellings (Windows versions differ). */
const LABELS = {
  en: {
    hostName: ['Host Name'],
    osName: ['OS Name'],
    osVersion: ['OS Version'],
    osConfiguration: ['OS Configuration'],
    manufacturer: ['System Manufacturer'],
    model: ['System Model'],
    systemType: ['System Type'],
    totalMemory: ['Total Physical Memory'],
    domain: ['Domain'],
    hotfixes: ['Hotfix(s)'],
    networkCards: ['Network Card(s)'],
    connectionName: ['Connection Name'],
    dhcpEnabled: ['DHCP Enabled'],
    dhcpServer: ['DHCP Server'],
    ipAddresses: ['IP address(es)'],
    status: ['Status'],
    yes: ['Yes'],
    no: ['No'],
    mediaDisconnected: ['Media disconnected'],
    disabled: ['Disabled'],
    hardwareNotPresent: ['Hardware not present'],
  },
  de: {
    hostName: ['Hostname'],
    osName: ['Betriebssystemname'],
    osVersion: ['Betriebssystemversion'],
    osConfiguration: ['Betriebssystemkonfiguration'],
    manufacturer: ['Systemhersteller'],
    model: ['Systemmodell'],
    systemType: ['Systemtyp'],
    totalMemory: ['Gesamter physikalischer Speicher', 'Gesamter physischer Speicher'],
    domain: ['Domäne'],
    hotfixes: ['Hotfix(es)'],
    networkCards: ['Netzwerkkarte(n)'],
    connectionName: ['Verbindungsname'],
    dhcpEnabled: ['DHCP aktiviert'],
    dhcpServer: ['DHCP-Server'],
    ipAddresses: ['IP-Adresse(n)'],
    status: ['Status'],
    yes: ['Ja'],
    no: ['Nein'],
    mediaDisconnected: ['Medien getrennt', 'Medium getrennt'],
    disabled: ['Deaktiviert'],
    hardwareNotPresent: ['Hardware nicht vorhanden'],
  },
} satisfies Record<Language, Record<string, string[]>>;

type LabelKey = keyof (typeof LABELS)['en'];

/**
 * The words of the OS configuration (`Member Server`, `Standalone Workstation`, `Primary Domain Controller`;
 * German `Mitgliedsserver`, `Eigenständige Arbeitsstation`, `Primärer Domänencontroller`), tested in the
 * order domain controller, workstation, server.
 */
const PRODUCT_TYPE_WORDS: Record<Language, Record<ProductType, RegExp>> = {
  en: { domainController: /Domain Controller/i, workstation: /Workstation/i, server: /Server/i },
  de: { domainController: /Domänencontroller/i, workstation: /Arbeitsstation/i, server: /Server/i },
};

/** The first label of systeminfo in languages bpa does not read, to name them in the diagnostic. */
const FOREIGN_HOST_LABELS: Array<[string, RegExp]> = [
  ['French', /^Nom de l.h\S*te\s*:/i],
  ['Spanish', /^Nombre de host\s*:/i],
  ['Italian', /^Nome host\s*:/i],
  ['Portuguese', /^Nome do host\s*:/i],
  ['Dutch', /^Host-?naam\s*:/i],
  ['Russian', /^Имя узла\s*:/i],
  ['Chinese', /^主机名\s*:/],
];

/**
 * The language whose labels the lines use most (host name, OS name and version, hotfixes, network cards),
 * among those whose host name, OS name or OS version label appears: `Hotfix(es):` alone is German, but
 * Dutch systeminfo prints it too.
 */
export function detectLanguage(lines: Line[]): Language | undefined {
  let best: Language | undefined;
  let bestCount = 0;
  const count = (prefixes: string[]) => lines.filter((line) => prefixes.some((prefix) => line.text.startsWith(prefix))).length;
  for (const language of ['en', 'de'] as const) {
    const head = count(LANGUAGE_PREFIXES[language].head);
    const all = head + count(LANGUAGE_PREFIXES[language].more);
    if (head > 0 && all > bestCount) [best, bestCount] = [language, all];
  }
  return best;
}

/** The line starts detectLanguage counts (`Host Name:`), built once rather than for every line. */
const LANGUAGE_PREFIXES = Object.fromEntries(
  (['en', 'de'] as const).map((language) => {
    const l = LABELS[language];
    const prefixes = (labels: readonly string[]) => labels.map((label) => `${label}:`);
    return [
      language,
      { head: prefixes([...l.hostName, ...l.osName, ...l.osVersion]), more: prefixes([...l.hotfixes, ...l.networkCards]) },
    ];
  }),
) as Record<Language, { head: string[]; more: string[] }>;

export const parseSysteminfo: Parser<SysteminfoFacts> = ({ text, file }) => {
  const unreadable = unreadableInput({ text, file });
  if (unreadable) return { facts: {}, diagnostics: [unreadable] };
  const diagnostics: Diagnostic[] = [];
  const lines = splitLines(text);
  const fields = readableFields(text, lines, file, diagnostics);
  const language = detectLanguage(lines);
  if (!language) {
    const foreign = FOREIGN_HOST_LABELS.find(([, re]) => lines.some((l) => re.test(l.text)))?.[0];
    const labelFree = labelFreeFacts(fields, file);
    if (!foreign && !labelFree.recognised) {
      diagnostics.push(diagnostic(file, 'error', 'not systeminfo output: no known label such as "Host Name:"'));
      return { facts: {}, diagnostics };
    }
    const which = foreign ? `${foreign} labels` : 'labels bpa does not know';
    diagnostics.push(diagnostic(file, 'warning', `unsupported language (${which})`), ...labelFree.diagnostics);
    return { facts: labelFree.facts, diagnostics };
  }
  const facts = readFacts(fields, language, file, diagnostics);
  return { facts, diagnostics, language };
};

/** The fields, without the line a truncated file ends inside (its value may be cut). */
function readableFields(text: string, lines: Line[], file: string, diagnostics: Diagnostic[]): LabelValueField[] {
  const fields = parseLabelValue(text, { headings: false }, lines).sections[0]?.fields ?? [];
  const last = lines[lines.length - 1];
  if (!endsMidLine(text) || !last) return fields;
  diagnostics.push(diagnostic(file, 'warning', `truncated: the file ends inside line ${last.no}, which is ignored`, last.no));
  return fields.filter((f) => f.line !== last.no).map((f) => ({ ...f, more: f.more.filter((l) => l.no !== last.no) }));
}

type Labels = (typeof LABELS)[Language];

function readFacts(fields: LabelValueField[], language: Language, file: string, diagnostics: Diagnostic[]): SysteminfoFacts {
  const labels = LABELS[language];
  // `fields.find((f) => matches(labels[key], f.label))`, each label lower-cased once rather than once per key.
  const lowerLabels = fields.map((f) => f.label.toLowerCase());
  const get = (key: LabelKey) => {
    const wanted = labels[key].map((s) => s.toLowerCase());
    const at = lowerLabels.findIndex((label) => wanted.includes(label));
    return at < 0 ? undefined : fields[at];
  };
  const facts: SysteminfoFacts = {};
  setText(facts, 'hostName', get('hostName'));
  const osFields = {
    name: get('osName'),
    version: get('osVersion'),
    systemType: get('systemType'),
    configuration: get('osConfiguration'),
  };
  const os = readOs(osFields, PRODUCT_TYPE_WORDS[language], file, diagnostics);
  if (Object.keys(os).length > 0) facts.os = os;
  setText(facts, 'manufacturer', get('manufacturer'));
  setText(facts, 'model', get('model'));
  setText(facts, 'domain', get('domain'));
  const memory = get('totalMemory');
  if (memory) {
    const mb = megabytes(memory.value);
    if (mb !== undefined) facts.totalPhysicalMemoryMb = mb;
    else diagnostics.push(diagnostic(file, 'warning', `unreadable memory size "${memory.value}"`, memory.line));
  }
  const hotfixes = get('hotfixes');
  if (hotfixes) Object.assign(facts, readHotfixes(hotfixes, file, diagnostics));
  const cards = get('networkCards');
  if (cards) facts.networkCards = nestedItems(cards.more).items.map((item) => readNetworkCard(item, labels));
  else {
    const end = Math.max(0, ...fields.flatMap((f) => [f.line, ...f.more.map((l) => l.no)]));
    const message =
      end > 0
        ? `truncated: the file ends at line ${end}, before the network card section`
        : 'truncated: the file ends before the network card section';
    diagnostics.push(diagnostic(file, 'warning', message, end > 0 ? end : undefined));
  }
  return facts;
}

function matches(spellings: readonly string[], label: string): boolean {
  return spellings.some((s) => s.toLowerCase() === label.toLowerCase());
}

function setText(facts: SysteminfoFacts, key: 'hostName' | 'manufacturer' | 'model' | 'domain', field?: LabelValueField): void {
  if (field?.value) facts[key] = field.value;
}

/** `1,023 MB`, `16.155 MB`, `2 047 Mo` → 1023, 16155, 2047. */
function megabytes(value: string): number | undefined {
  const m = /^(\d{1,3}(?:[.,'\s\u00a0\u202f]\d{3})*|\d+)\s*(?:MB|Mo)$/i.exec(value.trim());
  return m ? Number(m[1]!.replace(/\D/g, '')) : undefined;
}

/**
 * The hotfix items: KB numbers, rows without one, and whether the list is whole. When systeminfo cut the
 * list without leaving a broken line (`[240]: KB2862`), the last row may itself be cut and is not read.
 */
function readHotfixes(field: LabelValueField, file: string, diagnostics: Diagnostic[]): Partial<SysteminfoFacts> {
  const { items, others } = nestedItems(field.more);
  const declared = /^(\d+)/.exec(field.value.trim());
  const out: Partial<SysteminfoFacts> = {};
  let rows = items;
  if (declared) {
    out.hotfixesDeclared = Number(declared[1]);
    out.hotfixListComplete = items.length >= out.hotfixesDeclared;
    if (!out.hotfixListComplete) {
      if (others.length === 0) rows = items.slice(0, -1);
      const cutLine = others[0]?.no ?? items[items.length - 1]?.line;
      const cut = cutLine === undefined ? '' : ` (cut at line ${cutLine})`;
      diagnostics.push(
        diagnostic(
          file,
          'warning',
          `hotfix list incomplete: ${out.hotfixesDeclared} declared, ${items.length} listed${cut}; the cut row is not read`,
          field.line,
        ),
      );
    }
  }
  out.hotfixes = [...new Set(rows.map((i) => normalizeKb(i.text)).filter((kb): kb is string => kb !== undefined))];
  out.hotfixesWithoutKb = rows.filter((i) => normalizeKb(i.text) === undefined).length;
  return out;
}

function readNetworkCard(item: NestedItem, labels: Labels): SysteminfoNetworkCard {
  const card: SysteminfoNetworkCard = { description: item.text, line: item.line };
  let addresses: string[] | undefined;
  for (const child of item.children) {
    const text = child.text.trim();
    const address = /^\[\d+\]\s*:\s*(\S+)$/.exec(text);
    if (address && addresses) addresses.push(address[1]!);
    else if (matches(labels.ipAddresses, text)) addresses = card.ipAddresses = [];
    else readCardField(card, splitField(text), labels);
  }
  return card;
}

function readCardField(card: SysteminfoNetworkCard, field: { label: string; value: string } | undefined, labels: Labels): void {
  if (!field) return;
  const { label, value } = field;
  if (matches(labels.connectionName, label)) card.connectionName = value;
  else if (matches(labels.dhcpServer, label)) card.dhcpServer = value;
  else if (matches(labels.dhcpEnabled, label)) {
    if (matches(labels.yes, value)) card.dhcpEnabled = true;
    else if (matches(labels.no, value)) card.dhcpEnabled = false;
  } else if (matches(labels.status, label)) {
    const status = (['mediaDisconnected', 'disabled', 'hardwareNotPresent'] as const).find((s) => matches(labels[s], value));
    card.status = status ?? 'other';
    if (!status) card.statusText = value;
  }
}
