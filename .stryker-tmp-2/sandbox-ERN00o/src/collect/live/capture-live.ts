// @ts-nocheck
import { hostname } from 'os';
import { cmdSteps, SKIP_REASONS, VARIABLES, type CmdStep } from '../../../collectors/windows/commands';
import type { BundleFile, BundleFolder, RawBundle } from '../../bundle/read-bundle';
import { UserError } from '../../shared/errors';
import { captureExchangeOutputs } from './exchange-outputs';
import { probeMachine, type MachineFacts } from './probe';
import { childProcessRunner, cmdCommand, type CommandRunner, type CommandSpec } from './run-command';

export interface LiveOptions {
  /** bpa's version, for bundle.json and the generated PowerShell script. */
  version: string;
  /** The cluster service account, when the Cluster service does not tell it (a planned node). */
  account?: string;
  runner?: CommandRunner;
  platform?: NodeJS.Platform;
  env?: NodeJS.ProcessEnv;
  /** Per command; systeminfo takes minutes on a 2003 server with hundreds of hotfixes. */
  timeoutMs?: number;
  now?: () => Date;
  /** Told each source as it starts; `skipped` says why a source is not collected. */
  onSource?: (file: string) => void;
  onMessage?: (message: string) => void;
}

const DEFAULT_TIMEOUT_MS = 10 * 60_000;

/** Live collection needs the Windows commands; anywhere else it says what to do instead. */
export function assertLiveCollectionPossible(platform: NodeJS.Platform): void {
  if (platform !== 'win32') {
    throw new UserError(
      `live collection needs Windows (this is ${platform}); run collectors/windows/collect.cmd on each server and scan the bundle`,
    );
  }
}

/**
 * Collects this machine as collect.cmd and collect-exchange.ps1 would, into an in-memory bundle: the same
 * command lines (from the same plan), run through cmd.exe and PowerShell as child processes.
 */
export async function captureLive(options: LiveOptions): Promise<RawBundle> {
  assertLiveCollectionPossible(options.platform ?? process.platform);
  const run = options.runner ?? childProcessRunner;
  const env = options.env ?? process.env;
  const computer = (env.COMPUTERNAME ?? hostname()).toUpperCase();
  const facts = await probeMachine(run, env, options.account);
  const childEnv = variablesFor(env, facts);
  const files = await runCmdSteps(run, childEnv, facts, options);
  const exchange = await captureExchangeOutputs(run, childEnv, options.version);
  exchange.messages.forEach((m) => options.onMessage?.(m));
  const now = (options.now ?? (() => new Date()))();
  const manifest = { collectedAt: isoWithOffset(now), collector: { name: 'bpa-collect-live', version: options.version } };
  return {
    source: `live collection on ${computer}`,
    manifest: new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`),
    folders: mergeFolders([{ name: computer, files }, ...exchange.folders]),
    strays: [],
  };
}

function variablesFor(env: NodeJS.ProcessEnv, facts: MachineFacts): CommandSpec['env'] {
  const systemRoot = env.SystemRoot ?? env.SYSTEMROOT ?? 'C:\\WINDOWS';
  return {
    ...env,
    [VARIABLES.account]: facts.account,
    [VARIABLES.adminsGroup]: facts.adminsGroup,
    [VARIABLES.wmicSystemRoot]: systemRoot.split('\\').join('\\\\'),
  };
}

async function runCmdSteps(
  run: CommandRunner,
  env: CommandSpec['env'],
  facts: MachineFacts,
  options: LiveOptions,
): Promise<BundleFile[]> {
  const holds = {
    clusterService: facts.clusterNode,
    node: facts.clusterNode || facts.account !== undefined,
    account: facts.account !== undefined,
    adminsGroup: facts.adminsGroup !== undefined,
  };
  const files: BundleFile[] = [];
  for (const step of cmdSteps()) {
    const missing = step.requires.find((r) => !holds[r]);
    if (missing) {
      options.onMessage?.(`skipped ${step.definition.file}: ${SKIP_REASONS[missing]}`);
      continue;
    }
    const name = fileName(step, facts);
    options.onSource?.(name);
    const result = await run(cmdCommand(step.commandLine, env, options.timeoutMs ?? DEFAULT_TIMEOUT_MS));
    if (result.startError) options.onMessage?.(`${name}: could not run (${result.startError})`);
    else {
      if (result.timedOut) options.onMessage?.(`${name}: stopped after the time limit; its output is cut`);
      files.push({ name, bytes: result.stdout });
    }
  }
  return files;
}

function fileName(step: CmdStep, facts: MachineFacts): string {
  return step.file.replace(`%${VARIABLES.account}%`, facts.account ?? '');
}

/** This machine's own Exchange outputs (a hub server's ex-server.txt) go into its folder. */
function mergeFolders(folders: BundleFolder[]): BundleFolder[] {
  const byName = new Map<string, BundleFolder>();
  for (const folder of folders) {
    const key = folder.name.toUpperCase();
    const existing = byName.get(key);
    if (existing) existing.files.push(...folder.files.filter((f) => !existing.files.some((e) => e.name === f.name)));
    else byName.set(key, { name: folder.name, files: [...folder.files] });
  }
  return [...byName.values()];
}

/** `2008-11-20T02:15:07+01:00`: the local time with its offset, as collect.cmd writes it. */
export function isoWithOffset(date: Date): string {
  const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  const time = `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
  return `${day}T${time}${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}
