import type { Lang } from '../src/rules/rule-schema';
import { EXCHANGE_ROLE_WORDS } from '../src/shared/exchange-role-words';
import { STATUS_WORDS_DE } from '../src/shared/status-words';

/**
 * The words values are written with, in English and German: booleans, states, roles. The type makes a
 * missing German word a compile error.
 */
const EN = {
  yes: 'yes',
  no: 'no',
  enabled: 'enabled',
  disabled: 'disabled',
  installed: 'installed',
  notInstalled: 'not installed',
  absent: '(unknown)',
  empty: '(empty)',
  noneListed: 'none',
  more: '… and {n} more',
  serverTime: "the server's local time",
  days: ['day', 'days'] as readonly [string, string],
  hours: ['hour', 'hours'] as readonly [string, string],
  networkRoles: {
    0: 'not used by the cluster',
    1: 'internal cluster communication only',
    2: 'client access only',
    3: 'all communications',
  } as Record<number, string>,
  serverRoles: {
    clusterNode: 'cluster node',
    plannedNode: 'planned cluster node',
    clusteredMailboxServer: 'clustered mailbox server',
    server: 'server',
  } as Record<string, string>,
  exchangeRoles: EXCHANGE_ROLE_WORDS.en as Record<string, string>,
  quorumTypes: {
    majorityNodeSet: 'Majority Node Set',
    disk: 'quorum disk',
    localQuorum: 'local quorum',
    nodeMajority: 'Node Majority',
    nodeAndDiskMajority: 'Node and Disk Majority',
    nodeAndFileShareMajority: 'Node and File Share Majority',
    diskOnly: 'No Majority: Disk Only',
    fileShareWitness: 'file share witness',
    fileShare: 'file share witness',
    none: 'none',
  } as Record<string, string>,
  replication: { none: 'none', local: 'LCR (local)', cluster: 'CCR (cluster)' } as Record<string, string>,
  adapterTypes: {
    ethernet: 'Ethernet',
    teamed: 'teamed Ethernet',
    wireless: 'wireless LAN',
    tunnel: 'tunnel',
    ppp: 'PPP',
    unknownAdapter: 'unknown adapter type',
    other: 'other',
  } as Record<string, string>,
  productTypes: { workstation: 'workstation', server: 'server', domainController: 'domain controller' } as Record<string, string>,
  /** Words a value may be on its own (lower case), from collectors, checks and Exchange: written as the reader's language says them. */
  words: {
    true: 'yes',
    false: 'no',
    none: 'none',
    never: 'never',
    unknown: 'unknown',
    planned: 'planned',
    partiallyonline: 'partially online',
    majoritynodeset: 'Majority Node Set',
  } as Record<string, string>,
};

export type ValueWords = typeof EN;

const DE: ValueWords = {
  yes: 'ja',
  no: 'nein',
  enabled: 'aktiviert',
  disabled: 'deaktiviert',
  installed: 'installiert',
  notInstalled: 'nicht installiert',
  absent: '(unbekannt)',
  empty: '(leer)',
  noneListed: 'keine',
  more: '… und {n} weitere',
  serverTime: 'Ortszeit des Servers',
  days: ['Tag', 'Tage'],
  hours: ['Stunde', 'Stunden'],
  networkRoles: {
    0: 'vom Cluster nicht genutzt',
    1: 'nur interne Clusterkommunikation',
    2: 'nur Clientzugriff',
    3: 'alle Kommunikationen',
  },
  serverRoles: {
    clusterNode: 'Clusterknoten',
    plannedNode: 'geplanter Clusterknoten',
    clusteredMailboxServer: 'geclusterter Postfachserver',
    server: 'Server',
  },
  exchangeRoles: EXCHANGE_ROLE_WORDS.de,
  quorumTypes: {
    majorityNodeSet: 'Majority Node Set',
    disk: 'Quorumdatenträger',
    localQuorum: 'lokales Quorum',
    nodeMajority: 'Knotenmehrheit',
    nodeAndDiskMajority: 'Knoten- und Datenträgermehrheit',
    nodeAndFileShareMajority: 'Knoten- und Dateifreigabemehrheit',
    diskOnly: 'Keine Mehrheit: nur Datenträger',
    fileShareWitness: 'Dateifreigabezeuge',
    fileShare: 'Dateifreigabezeuge',
    none: 'keiner',
  },
  replication: { none: 'keine', local: 'LCR (lokal)', cluster: 'CCR (Cluster)' },
  adapterTypes: {
    ethernet: 'Ethernet',
    teamed: 'Ethernet-Team',
    wireless: 'WLAN',
    tunnel: 'Tunnel',
    ppp: 'PPP',
    unknownAdapter: 'unbekannter Adaptertyp',
    other: 'anderer',
  },
  productTypes: { workstation: 'Arbeitsstation', server: 'Server', domainController: 'Domänencontroller' },
  words: {
    true: 'ja',
    false: 'nein',
    yes: 'ja',
    no: 'nein',
    enabled: 'aktiviert',
    disabled: 'deaktiviert',
    installed: 'installiert',
    'not installed': 'nicht installiert',
    private: 'privat',
    public: 'öffentlich',
    none: 'keine',
    never: 'nie',
    unknown: 'unbekannt',
    planned: 'geplant',
    connected: 'verbunden',
    disconnected: 'getrennt',
    // Exchange's copy, clustered mailbox server and mount states: the same words as in rule messages.
    ...STATUS_WORDS_DE,
    up: 'in Betrieb',
    down: 'ausgefallen',
    paused: 'angehalten',
    joining: 'tritt bei',
    pending: 'ausstehend',
    majoritynodeset: 'Majority Node Set',
  },
};

export const VALUE_WORDS: Record<Lang, ValueWords> = { en: EN, de: DE };

/** A value that is one known word ("enabled", "Healthy", "up") in the reader's language; undefined for any other text. */
export function valueWord(text: string, lang: Lang): string | undefined {
  const trimmed = text.trim();
  // A sentence is no word: not lowercased only to be looked up in vain (lowercasing never shortens a text).
  if (trimmed.length > LONGEST_WORD[lang]) return undefined;
  const words = VALUE_WORDS[lang].words;
  const key = trimmed.toLowerCase();
  // Own words only: a value "constructor" or "toString" from a bundle is no word of the table.
  return Object.hasOwn(words, key) ? words[key] : undefined;
}

/** The length of the longest word of each language's table. */
const LONGEST_WORD: Record<Lang, number> = {
  en: Math.max(...Object.keys(EN.words).map((w) => w.length)),
  de: Math.max(...Object.keys(DE.words).map((w) => w.length)),
};
