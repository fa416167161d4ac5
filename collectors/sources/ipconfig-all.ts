/**
 * ipconfig-all.txt: the output of `ipconfig /all`.
 *
 * Layout based on the real captures in `test/fixtures/corpus/ipconfig/` (English XP and Server 2008) and on
 * German output pasted in forum posts (XP: `Ethernetadapter LAN-Verbindung:`, 8-blank indent,
 * `NetBIOS über TCP/IP . . . : Deaktiviert`; Windows 7: `Ethernet-Adapter LAN-Verbindung:`,
 * `Medienstatus. . . : Medium getrennt`, `(Bevorzugt)` suffixes, a description wrapped at 80 columns). What
 * they teach:
 * - XP/2003 print no NetBIOS line unless NetBIOS over TCP/IP is disabled, so a missing line leaves
 *   `netbiosOverTcpip` absent (not known from this source; the registry's NetbiosOptions is the authority).
 * - `Media State . . . : Media disconnected` is printed only for a disconnected adapter, as the section's
 *   first line: a section with fields and without it is connected.
 * - Vista and later suffix addresses with `(Preferred)` / `(Bevorzugt)` (also `(Tentative)`, `(Deprecated)`),
 *   which are stripped; an IPv6 zone (`%11`) is kept.
 */
import { diagnostic, type Diagnostic } from '../../src/shared/diagnostic';
import type { Language, Parser } from '../types';
import { endsMidLine } from '../shapes/console-wrap';
import { parseLabelValue, type LabelValueField, type LabelValueSection } from '../shapes/label-value';
import { splitLines, type Line } from '../shapes/lines';
import { unreadableInput } from '../shapes/preflight';
import { normalizeMac } from '../shapes/windows-ids';

/**
 * The adapter kind by the section heading: `Ethernet adapter` / `Ethernetadapter` / `Ethernet-Adapter`,
 * `PPP adapter` / `PPP-Adapter`, `Tunnel adapter` / `Tunneladapter`, `Wireless LAN adapter` /
 * `Drahtlos-LAN-Adapter`, `Unknown adapter` / `Unbekannter Adapter`; anything else (`Mobile Broadband
 * adapter`) is other. No section is dropped.
 */
export type AdapterKind = 'ethernet' | 'ppp' | 'tunnel' | 'wireless' | 'unknown' | 'other';

export interface IpconfigAdapter {
  /** The connection name from the section heading (`Local Area Connection`). */
  connectionName: string;
  kind: AdapterKind;
  description?: string;
  /** Upper case with dashes (`00-0C-29-76-C8-D0`). */
  mac?: string;
  dhcpEnabled?: boolean;
  /** IPv4 and IPv6 addresses, `(Preferred)` suffixes stripped. */
  ipAddresses?: string[];
  subnetMasks?: string[];
  gateways?: string[];
  dnsServers?: string[];
  /** Primary, then secondary WINS server. */
  winsServers?: string[];
  /** Absent when ipconfig printed no NetBIOS line (XP/2003 print it only when disabled). */
  netbiosOverTcpip?: 'enabled' | 'disabled';
  /** True for `Media disconnected`; false when the section has fields and no media state line. */
  mediaDisconnected?: boolean;
  line: number;
}

export interface IpconfigFacts {
  hostName?: string;
  primaryDnsSuffix?: string;
  adapters?: IpconfigAdapter[];
}

/** ipconfig's labels and words, per language. Labels compare without case; several spellings per key. */
const LABELS = {
  en: {
    title: ['Windows IP Configuration'],
    hostName: ['Host Name'],
    primaryDnsSuffix: ['Primary Dns Suffix'],
    mediaState: ['Media State'],
    description: ['Description'],
    mac: ['Physical Address'],
    dhcpEnabled: ['DHCP Enabled', 'Dhcp Enabled'],
    ipAddresses: [
      'IP Address',
      'IPv4 Address',
      'IPv6 Address',
      'Link-local IPv6 Address',
      'Temporary IPv6 Address',
      'Autoconfiguration IP Address',
      'Autoconfiguration IPv4 Address',
    ],
    subnetMasks: ['Subnet Mask'],
    gateways: ['Default Gateway'],
    dnsServers: ['DNS Servers'],
    winsServers: ['Primary WINS Server', 'Secondary WINS Server'],
    netbios: ['NetBIOS over Tcpip'],
    yes: ['Yes'],
    no: ['No'],
    enabled: ['Enabled'],
    disabled: ['Disabled'],
    mediaDisconnected: ['Media disconnected'],
    // (?<!\s): a blank run is tried from its start only, not from each of its blanks (quadratic).
    adapter: /^(.*?)(?<!\s)\s*adapter\s+(.*)$/is,
  },
  de: {
    title: ['Windows-IP-Konfiguration'],
    hostName: ['Hostname'],
    primaryDnsSuffix: ['Primäres DNS-Suffix'],
    mediaState: ['Medienstatus'],
    description: ['Beschreibung'],
    mac: ['Physikalische Adresse', 'Physische Adresse'],
    dhcpEnabled: ['DHCP aktiviert'],
    ipAddresses: [
      'IP-Adresse',
      'IPv4-Adresse',
      'IPv6-Adresse',
      'Verbindungslokale IPv6-Adresse',
      'Temporäre IPv6-Adresse',
      'Autokonfigurations-IP-Adresse',
      'IPv4-Adresse (Auto. Konfiguration)',
      'Autokonfigurations-IPv4-Adresse',
    ],
    subnetMasks: ['Subnetzmaske'],
    gateways: ['Standardgateway'],
    dnsServers: ['DNS-Server'],
    winsServers: ['Primärer WINS-Server', 'Sekundärer WINS-Server'],
    netbios: ['NetBIOS über TCP/IP'],
    yes: ['Ja'],
    no: ['Nein'],
    enabled: ['Aktiviert'],
    disabled: ['Deaktiviert'],
    mediaDisconnected: ['Medium getrennt', 'Medien getrennt'],
    adapter: /^(.*?)-?adapter\s+(.*)$/is,
  },
};

type Labels = (typeof LABELS)[Language];

/** The adapter kinds by the first word(s) of a heading, in every language bpa reads. */
const KINDS: Array<[RegExp, AdapterKind]> = [
  [/^ethernet/i, 'ethernet'],
  [/^ppp/i, 'ppp'],
  [/^tunnel/i, 'tunnel'],
  [/^(wireless|drahtlos)/i, 'wireless'],
  [/^(unknown|unbekannt)/i, 'unknown'],
];

/** The title line of ipconfig in languages bpa does not read. */
const FOREIGN_TITLES: Array<[string, RegExp]> = [
  ['French', /^Configuration IP de Windows/i],
  ['Spanish', /^Configuraci\S*n IP de Windows/i],
  ['Italian', /^Configurazione IP di Windows/i],
  ['Portuguese', /^Configura\S* de IP do Windows/i],
  ['Dutch', /^Windows IP-configuratie/i],
  ['Russian', /^Настройка протокола IP для Windows/i],
];

/** English or German, by the title line or the host name label. */
export function detectLanguage(lines: Line[]): Language | undefined {
  for (const language of ['en', 'de'] as const) {
    const { title, hostName } = LABELS[language];
    const hostLabel = new RegExp(`^\\s+${hostName[0]!}[ .]*:`, 'i');
    if (lines.some((l) => title.includes(l.text.trim()) || hostLabel.test(l.text))) return language;
  }
  return undefined;
}

export const parseIpconfigAll: Parser<IpconfigFacts> = ({ text, file }) => {
  const unreadable = unreadableInput({ text, file });
  if (unreadable) return { facts: {}, diagnostics: [unreadable] };
  const diagnostics: Diagnostic[] = [];
  const lines = splitLines(text);
  const language = detectLanguage(lines);
  if (!language) {
    const foreign = FOREIGN_TITLES.find(([, re]) => lines.some((l) => re.test(l.text.trim())))?.[0];
    const message = foreign
      ? `unsupported language (${foreign} labels)`
      : 'not ipconfig /all output: no "Windows IP Configuration" title';
    return { facts: {}, diagnostics: [diagnostic(file, foreign ? 'warning' : 'error', message)] };
  }
  const labels = LABELS[language];
  const sections = readableSections(text, lines, file, diagnostics);
  const facts: IpconfigFacts = {};
  const global = sections.find((s) => s.heading === undefined || labels.title.includes(s.heading));
  const host = global?.fields.find((f) => matches(labels.hostName, f.label));
  if (host?.value) facts.hostName = host.value;
  const suffix = global?.fields.find((f) => matches(labels.primaryDnsSuffix, f.label));
  if (suffix) facts.primaryDnsSuffix = suffix.value;
  facts.adapters = sections.filter((s) => s !== global).flatMap((s) => readAdapter(s, labels, file, diagnostics));
  return { facts, diagnostics, language };
};

/** The sections, without the line a truncated file ends inside (its value may be cut). */
function readableSections(text: string, lines: Line[], file: string, diagnostics: Diagnostic[]): LabelValueSection[] {
  const sections = parseLabelValue(text, { headings: true }, lines).sections;
  const last = lines[lines.length - 1];
  if (!endsMidLine(text) || !last) return sections;
  diagnostics.push(diagnostic(file, 'warning', `truncated: the file ends inside line ${last.no}, which is ignored`, last.no));
  return sections
    .filter((s) => s.line !== last.no)
    .map((s) => ({
      ...s,
      fields: s.fields.filter((f) => f.line !== last.no).map((f) => ({ ...f, more: f.more.filter((l) => l.no !== last.no) })),
    }));
}

function matches(spellings: readonly string[], label: string): boolean {
  return spellings.some((s) => s.toLowerCase() === label.toLowerCase());
}

function readAdapter(section: LabelValueSection, labels: Labels, file: string, diagnostics: Diagnostic[]): IpconfigAdapter[] {
  const heading = labels.adapter.exec(section.heading ?? '');
  if (!heading) {
    diagnostics.push(diagnostic(file, 'warning', `unrecognized section heading "${section.heading ?? ''}"`, section.line));
    return [];
  }
  const kind = KINDS.find(([re]) => re.test(heading[1]!))?.[1] ?? 'other';
  const adapter: IpconfigAdapter = { connectionName: heading[2]!.trim(), kind, line: section.line ?? 0 };
  for (const field of section.fields) readAdapterField(adapter, field, labels);
  if (section.fields.length > 0) adapter.mediaDisconnected ??= false;
  return [adapter];
}

function readAdapterField(adapter: IpconfigAdapter, field: LabelValueField, labels: Labels): void {
  const { label, value } = field;
  const is = (spellings: readonly string[]) => matches(spellings, label);
  if (is(labels.mediaState)) adapter.mediaDisconnected = matches(labels.mediaDisconnected, value);
  else if (is(labels.description)) adapter.description = value;
  else if (is(labels.mac)) {
    const mac = normalizeMac(value);
    if (mac) adapter.mac = mac;
  } else if (is(labels.dhcpEnabled)) {
    const flag = yesNo(value, labels);
    if (flag !== undefined) adapter.dhcpEnabled = flag;
  } else if (is(labels.netbios)) {
    if (matches(labels.enabled, value)) adapter.netbiosOverTcpip = 'enabled';
    else if (matches(labels.disabled, value)) adapter.netbiosOverTcpip = 'disabled';
  } else {
    const list = (['ipAddresses', 'subnetMasks', 'gateways', 'dnsServers', 'winsServers'] as const).find((key) =>
      is(labels[key]),
    );
    if (list) adapter[list] = [...(adapter[list] ?? []), ...fieldValues(field)];
  }
}

function yesNo(value: string, labels: Labels): boolean | undefined {
  if (matches(labels.yes, value)) return true;
  if (matches(labels.no, value)) return false;
  return undefined;
}

/** The field's value and its continuation lines, each without `(Preferred)`-like suffixes; empty ones dropped. */
function fieldValues(field: LabelValueField): string[] {
  return (
    [field.value, ...field.more.map((l) => l.text)]
      // (?<!\s): a blank run is tried from its start only, not from each of its blanks (quadratic).
      .map((v) => v.trim().replace(/(?<!\s)\s*\([^()]*\)$/, ''))
      .filter((v) => v !== '')
  );
}
