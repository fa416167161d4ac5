/**
 * `ex-replication-health.txt`: `Test-ReplicationHealth | Format-List`, run in the Exchange Management Shell of
 * each node of a clustered mailbox server (CCR, SCC) and of an LCR mailbox server, written into that node's
 * own folder.
 *
 * Where the shape comes from: the Exchange 2007 SP1 cmdlet reference (Test-ReplicationHealth, TechNet
 * bb691314(v=exchg.80)) gives the cmdlet without an `-Identity` (unlike Exchange 2010): it tests the server it
 * runs on, so it must run on every node, passive ones included. Its output is one object per check with the
 * properties `Server`, `Check`, `Result` and `Error` (the four columns of its table view, which Format-List
 * prints one record each); `Result` is `Passed`, `Warning` or `Failed` (Exchange 2010 and later print failures
 * as `*FAILED*`, which is read too), `Error` blank when the check passed. The names of Exchange 2007's checks
 * (`PassiveNodeUp`, `ClusterNetwork`, `QuorumGroup`, `FileShareQuorum`, `NodePaused`, `DnsRegistrationStatus`,
 * `ReplayService`, `SGCopySuspended`, `SGCopyFailed`, `SGInitializing`, `SGCopyQueueLength`,
 * `SGReplayQueueLength`…) are kept as printed: the parser reads any name, and the rules do not depend on
 * them. Property names are the same in every culture; a result word that is neither of the three (a
 * localized shell) is kept as printed and noted, so that the verdict on it stays unknown rather than guessed.
 * Fixtures: `test/fixtures/sources/ex-replication-health/` (a CCR node in English culture with a failed check,
 * a German-culture node where every check passes).
 */
import type { Parser } from '../types';
import { definedOnly, readExchangeObjects, type ExchangeObject, type Open } from '../shapes/exchange-objects';
import { diagnostic } from '../../src/shared/diagnostic';

export const CHECK_RESULTS = ['Passed', 'Warning', 'Failed'] as const;
export type CheckResult = Open<(typeof CHECK_RESULTS)[number]>;

export interface ReplicationCheck {
  /** The check's name as printed (`QuorumGroup`). */
  check: string;
  server?: string;
  /** `Passed`, `Warning`, `Failed`, or the word printed when it is none of them. Undefined when blank. */
  result?: CheckResult;
  /** The error text (several lines joined by blanks); undefined when blank. */
  error?: string;
}

export interface ExReplicationHealthFacts {
  /** Undefined when the file is empty or holds no check (binary, an error, not Format-List output). */
  checks?: ReplicationCheck[];
}

/** `Passed`, `*FAILED*`, `warning` → the known word; anything else as printed. */
export function checkResultOf(text: string | undefined): CheckResult | undefined {
  if (text === undefined) return undefined;
  const word = text.replace(/^\*+|\*+$/g, '').trim();
  return CHECK_RESULTS.find((r) => r.toLowerCase() === word.toLowerCase()) ?? text.trim();
}

function readCheck(object: ExchangeObject): (ReplicationCheck & { line: number }) | undefined {
  const check = object.text('Check');
  if (check === undefined) return undefined;
  return definedOnly({
    line: object.line,
    check,
    server: object.text('Server'),
    result: checkResultOf(object.text('Result')),
    error: object.text('Error')?.replace(/\s+/g, ' ').trim(),
  });
}

export const parseExReplicationHealth: Parser<ExReplicationHealthFacts> = (input) => {
  const { items, diagnostics, language } = readExchangeObjects(input, 'replication health check', readCheck);
  for (const c of items ?? []) {
    if (c.result !== undefined && !(CHECK_RESULTS as readonly string[]).includes(c.result))
      diagnostics.push(diagnostic(input.file, 'info', `check ${c.check}: unknown Result '${c.result}', kept as printed`, c.line));
  }
  const checks = items?.map(({ line: _line, ...check }) => check);
  const facts: ExReplicationHealthFacts = checks === undefined ? {} : { checks };
  return language ? { facts, diagnostics, language } : { facts, diagnostics };
};
