// @ts-nocheck
import { PROBES } from '../../../collectors/windows/commands';
import { decodeCapture } from '../../bundle/decode';
import { cmdCommand, type CommandRunner, type CommandSpec } from './run-command';

/** What this machine is, learnt the way collect.cmd learns it. */
export interface MachineFacts {
  /** The Cluster service is installed and cluster.exe is there: a cluster node. */
  clusterNode: boolean;
  /** The cluster service account without its domain: given, or the account the Cluster service runs as. */
  account?: string;
  /** The name of the local group with the SID S-1-5-32-544 (`Administratoren` on German Windows). */
  adminsGroup?: string;
}

const PROBE_TIMEOUT_MS = 60_000;

export async function probeMachine(
  run: CommandRunner,
  env: CommandSpec['env'],
  givenAccount: string | undefined,
): Promise<MachineFacts> {
  const text = async (commandLine: string) => {
    const result = await run(cmdCommand(commandLine, env, PROBE_TIMEOUT_MS));
    return { ok: result.exitCode === 0, text: decodeCapture(result.stdout).text };
  };
  const cluster = await text(`if exist "%SystemRoot%\\system32\\cluster.exe" (${PROBES.clusterService}) else exit /b 1`);
  const facts: MachineFacts = { clusterNode: cluster.ok };
  const account = givenAccount || (cluster.ok ? serviceAccount((await text(PROBES.serviceAccount)).text) : undefined);
  if (account) facts.account = account;
  const group = valueOf((await text(PROBES.adminsGroup)).text) ?? valueOf((await text(PROBES.adminsGroupAnyDomain)).text);
  if (group) facts.adminsGroup = group;
  return facts;
}

/** `SERVICE_START_NAME : MUELLER\clusdienst` → `clusdienst`; nothing for LocalSystem (Windows 2008 clusters). */
export function serviceAccount(scQcOutput: string): string | undefined {
  const logon = /SERVICE_START_NAME\s*:\s*(.*\S)/.exec(scQcOutput)?.[1];
  const account = logon?.includes('\\') ? logon.slice(logon.indexOf('\\') + 1) : undefined;
  return account ? account : undefined;
}

/** The value of the first `Name=value` line of wmic's `/value` output. */
export function valueOf(wmicOutput: string): string | undefined {
  return /^\s*\w+=(.*\S)\s*$/m.exec(wmicOutput)?.[1];
}
