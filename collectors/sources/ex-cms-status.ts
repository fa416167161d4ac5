/**
 * `ex-cms-status.txt`: `Get-ClusteredMailboxServerStatus | Format-List`, collected on the active node of a
 * clustered mailbox server (CMS).
 *
 * Layout: PowerShell `Format-List` (see `collectors/shapes/format-list.ts`), one object with the
 * properties of Exchange 2007 SP1/SP3: `Identity`, `ClusteredMailboxServerName` (FQDN), `State` (`Online`,
 * `PartiallyOnline`, `OnlinePending`, `Offline`, `OfflinePending`, `Failed`), `OperationalMachines`
 * (`{NODE1 <Active, Quorum Owner>, NODE2}`: each node with its roles in angle brackets),
 * `FailedResources`, and since SP1 `OperationalReplicationHostNames`, `FailedReplicationHostNames`,
 * `InUseReplicationHostNames` — as the cmdlet reference describes them and administrators' scripts read
 * them (`-like "*Active*"`, `"*Quorum Owner*"`). `QuorumResource` is read when the output has it.
 * The node roles are Exchange's own words, which a localized Exchange may translate: only the English ones
 * are known, others are kept as printed and named in a diagnostic.
 * Fixtures: `test/fixtures/sources/ex-cms-status/`.
 */
import { diagnostic, type Diagnostic } from '../../src/shared/diagnostic';
import type { Language, Parser } from '../types';
import { definedOnly, readSingleExchangeObject, type ExchangeObject, type Open } from '../shapes/exchange-objects';

/** The node roles in `OperationalMachines`, by language (`<Active, Quorum Owner>`). */
const LABELS: Record<Language, { active: string; quorumOwner: string } | undefined> = {
  en: { active: 'Active', quorumOwner: 'Quorum Owner' },
  // The German words are not known from any capture: German roles are kept as printed and noted.
  de: undefined,
};

export const CMS_STATES = [
  'Online',
  'PartiallyOnline',
  'OnlinePending',
  'Offline',
  'OfflinePending',
  'Failed',
  'Unknown',
] as const;
export type CmsState = Open<(typeof CMS_STATES)[number]>;

export interface OperationalMachine {
  name: string;
  /** The roles in angle brackets, as printed (`Active`, `Quorum Owner`). */
  flags: string[];
  /** Undefined when the roles are in words the parser does not know. */
  active?: boolean;
  quorumOwner?: boolean;
}

export interface ExCmsStatusFacts {
  identity?: string;
  clusteredMailboxServerName?: string;
  state?: CmsState;
  operationalMachines?: OperationalMachine[];
  /** The name of the node that runs the CMS, when exactly one node is marked active. */
  activeNode?: string;
  failedResources?: string[];
  operationalReplicationHostNames?: string[];
  failedReplicationHostNames?: string[];
  inUseReplicationHostNames?: string[];
  quorumResource?: string;
}

/** `EX2007-NODE1 <Active, Quorum Owner>` → name and flags. */
export function parseOperationalMachine(text: string): { name: string; flags: string[] } {
  // What /^(.*?)\s*<([^>]*)>\s*$/ finds, without trying every `<` against the rest of a hostile line.
  const t = text.trimEnd();
  const close = t.endsWith('>') ? t.length - 1 : -1;
  const open = close < 0 ? -1 : t.indexOf('<', t.lastIndexOf('>', close - 1) + 1);
  if (open < 0 || open >= close) return { name: text.trim(), flags: [] };
  return {
    name: t.slice(0, open).trim(),
    flags: t
      .slice(open + 1, close)
      .split(',')
      .map((f) => f.trim())
      .filter((f) => f !== ''),
  };
}

function readMachines(object: ExchangeObject, diagnostics: Diagnostic[], file: string): OperationalMachine[] | undefined {
  const items = object.list('OperationalMachines');
  if (items === undefined) return undefined;
  const labels = LABELS.en!;
  const machines = items.map(parseOperationalMachine);
  const unknown = machines.flatMap((m) => m.flags).filter((f) => f !== labels.active && f !== labels.quorumOwner);
  if (unknown.length > 0) {
    const message = `unsupported language (OperationalMachines roles '${unknown.join("', '")}' are not known)`;
    diagnostics.push(diagnostic(file, 'warning', message, object.line));
    return machines;
  }
  return machines.map((m) => ({
    ...m,
    active: m.flags.includes(labels.active),
    quorumOwner: m.flags.includes(labels.quorumOwner),
  }));
}

export const parseExCmsStatus: Parser<ExCmsStatusFacts> = (input) => {
  const extra: Diagnostic[] = [];
  const read = (object: ExchangeObject): ExCmsStatusFacts => {
    const operationalMachines = readMachines(object, extra, input.file);
    const active = operationalMachines?.filter((m) => m.active === true) ?? [];
    return definedOnly({
      identity: object.text('Identity'),
      clusteredMailboxServerName: object.text('ClusteredMailboxServerName'),
      state: object.enumeration('State', CMS_STATES),
      operationalMachines,
      activeNode: active.length === 1 ? active[0]!.name : undefined,
      failedResources: object.list('FailedResources'),
      operationalReplicationHostNames: object.list('OperationalReplicationHostNames'),
      failedReplicationHostNames: object.list('FailedReplicationHostNames'),
      inUseReplicationHostNames: object.list('InUseReplicationHostNames'),
      quorumResource: object.text('QuorumResource'),
    });
  };
  const { item, diagnostics, language } = readSingleExchangeObject(input, 'clustered mailbox server status', read);
  const all = [...diagnostics, ...extra].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const facts = item ?? {};
  return language ? { facts, diagnostics: all, language } : { facts, diagnostics: all };
};
