/**
 * The collection scripts, generated from the source list the parsers use (`collectors/registry.ts`): pure,
 * from the list and bpa's version to the text of each script. `bpa collector-script` writes them; the copies
 * in this folder are kept current by a test.
 */
// @ts-nocheck

import { SOURCES } from '../registry';
import type { SourceDefinition } from '../source-definition';
import { collectCmd } from './cmd-script';
import { cmdSteps, powershellSteps } from './commands';
import { collectExchangePs1 } from './powershell-script';

/** The script file names, as the README and the CLI name them. */
export const COLLECT_CMD = 'collect.cmd';
export const COLLECT_EXCHANGE_PS1 = 'collect-exchange.ps1';

export function generateCollectorScripts(
  version: string,
  sources: readonly SourceDefinition[] = SOURCES,
): Record<string, string> {
  return {
    [COLLECT_CMD]: collectCmd(cmdSteps(sources), version),
    [COLLECT_EXCHANGE_PS1]: collectExchangePs1(powershellSteps(sources), version),
  };
}
