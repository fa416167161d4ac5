// @ts-nocheck
import { cmdSteps } from '../../../collectors/windows/commands';
import { loadInput } from '../../pipeline/load-input';
import type { Progress } from '../../cli/progress';
import { UserError } from '../../shared/errors';
import { toolVersion } from '../../shared/package-root';
import type { Snapshot } from '../../snapshot/schema';
import { collectBundle } from '../collect-bundle';
import { assertLiveCollectionPossible, captureLive, type LiveOptions } from './capture-live';
import { saveBundle } from './save-bundle';

/** The options of `bpa collect` that concern live collection. */
export interface LiveCliOptions {
  live?: boolean;
  account?: string;
  saveBundle?: string;
}

/**
 * The snapshot `bpa collect` works on: the bundle given, or, with `--live`, this machine collected through
 * child processes (and saved as a bundle folder with `--save-bundle`). `overrides` is for tests.
 */
export async function collectInput(
  bundle: string | undefined,
  opts: LiveCliOptions,
  progress: Progress,
  overrides: Partial<LiveOptions> = {},
): Promise<Snapshot> {
  if (!opts.live) {
    if (opts.account || opts.saveBundle) throw new UserError('--account and --save-bundle go with --live');
    if (!bundle) throw new UserError('give a capture bundle (folder or .zip), or --live to collect this machine');
    return loadInput(bundle, progress);
  }
  if (bundle) throw new UserError(`give either a bundle (${bundle}) or --live, not both`);
  assertLiveCollectionPossible(overrides.platform ?? process.platform);
  const messages: string[] = [];
  progress.start(cmdSteps().length, 'collecting');
  let raw;
  try {
    raw = await captureLive({
      version: toolVersion(),
      ...(opts.account ? { account: opts.account } : {}),
      onSource: (file) => progress.tick(file),
      onMessage: (message) => messages.push(message),
      ...overrides,
    });
  } finally {
    progress.stop();
  }
  for (const message of messages) process.stderr.write(`bpa: ${message}\n`);
  if (opts.saveBundle)
    process.stderr.write(`bpa: bundle saved, ${saveBundle(raw, opts.saveBundle).length} files in ${opts.saveBundle}\n`);
  return collectBundle(raw);
}
