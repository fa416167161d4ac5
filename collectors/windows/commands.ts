/**
 * What runs on a server, derived from the source list (`collectors/registry.ts`): the command line of every
 * cmd.exe source with its placeholders turned into environment variables, what a server must be for it to
 * run, and the PowerShell pipeline of every Exchange source with the servers it runs for. `collect.cmd`,
 * `collect-exchange.ps1` and `bpa collect --live` are all made from this plan, so they run the same commands
 * and write the same file names the parsers read.
 */
import { SOURCES } from '../registry';
import type { SourceDefinition } from '../source-definition';

/** The environment variables the command lines use. collect.cmd sets them; live collection passes them on. */
export const VARIABLES = {
  /** The cluster service account, without its domain. */
  account: 'BPA_ACCOUNT',
  /** The name of the local Administrators group (SID S-1-5-32-544): `Administratoren` on German Windows. */
  adminsGroup: 'BPA_ADMINS_GROUP',
  /** `%SystemRoot%` with doubled backslashes, as a WQL string in `wmic … where "name='…'"` needs it. */
  wmicSystemRoot: 'BPA_WMIC_SYSTEMROOT',
} as const;

/**
 * What a server must be for a cmd source to be collected on it. A node is a cluster node or a planned one: a
 * planned node is one the cluster service account was given for (readiness check).
 */
export type Requirement = 'clusterService' | 'account' | 'adminsGroup' | 'node';

/** Why a source is skipped when a requirement does not hold: printed by the scripts and by live collection. */
export const SKIP_REASONS: Record<Requirement, string> = {
  clusterService: 'no Cluster service (ClusSvc) or cluster.exe on this server, so it is no cluster node',
  account: 'no cluster service account: give it as the second argument (the Cluster service runs as no domain account)',
  adminsGroup: 'the local Administrators group (SID S-1-5-32-544) was not found with wmic',
  node: 'neither a cluster node nor a planned one (a planned node is given the cluster service account)',
};

export interface CmdStep {
  definition: SourceDefinition;
  /** The file name, `%BPA_ACCOUNT%` standing for the account. */
  file: string;
  /** The command line for cmd.exe, `%VARIABLES%` unexpanded, without redirection of its output. */
  commandLine: string;
  requires: Requirement[];
}

/**
 * The Exchange objects an Exchange source is collected for; `clusterNode`: the computer the script runs on, when
 * it is a node of a clustered mailbox server (for the cmdlets that test the machine they run on).
 */
export type ExchangeScope = 'organization' | 'exchangeServer' | 'mailboxServer' | 'clusteredMailboxServer' | 'clusterNode';

export interface PowerShellStep {
  definition: SourceDefinition;
  file: string;
  /** The pipeline before `| Format-List`, `$name` standing for the server. */
  pipeline: string;
  scope: ExchangeScope;
}

/** The probes a collector runs to learn what the server is (the same in the script and in live collection). */
export const PROBES = {
  /** Exit code 0 when the Cluster service is installed (1060 when it is not). */
  clusterService: 'sc query ClusSvc',
  /** `SERVICE_START_NAME : DOMAIN\account`: the account the Cluster service runs as. */
  serviceAccount: 'sc qc ClusSvc',
  /** `Name=Administratoren`: the local group with the well-known SID of the Administrators. */
  adminsGroup: `wmic group where "LocalAccount=TRUE and SID='S-1-5-32-544'" get Name /value`,
  /** The same, for a domain controller, where the built-in groups are no local accounts. */
  adminsGroupAnyDomain: `wmic group where "SID='S-1-5-32-544'" get Name /value`,
} as const;

/** Where each Exchange cmdlet of the source list is run. A new cmdlet must be added here, or the plan fails. */
const SCOPES_BY_CMDLET: Record<string, ExchangeScope[]> = {
  'Get-ExchangeServer': ['exchangeServer', 'organization'],
  'Get-MailboxServer': ['mailboxServer'],
  'Get-ClusteredMailboxServerStatus': ['clusteredMailboxServer'],
  'Get-StorageGroup': ['mailboxServer'],
  'Get-MailboxDatabase': ['mailboxServer'],
  'Get-PublicFolderDatabase': ['mailboxServer'],
  'Get-StorageGroupCopyStatus': ['mailboxServer'],
  'Get-TransportConfig': ['organization'],
  'Get-ReceiveConnector': ['organization'],
  'Get-SendConnector': ['organization'],
  'Test-ReplicationHealth': ['clusterNode'],
};

/** The cmdlets besides Get-* a collection may run: they test and report, and change nothing. */
export const READ_ONLY_TESTS: ReadonlySet<string> = new Set(['Test-ReplicationHealth']);

/** The cmd.exe steps, `chcp` first (it tells the code page of every file after it). */
export function cmdSteps(sources: readonly SourceDefinition[] = SOURCES): CmdStep[] {
  const steps = sources.filter((d) => d.writer !== 'powershell').map(cmdStep);
  return [...steps.filter((s) => s.file === 'chcp.txt'), ...steps.filter((s) => s.file !== 'chcp.txt')];
}

function cmdStep(definition: SourceDefinition): CmdStep {
  let commandLine = definition.command;
  let file = definition.file;
  // A cluster node's own sources need the Cluster service (cluster.exe, and the service's own configuration)
  // or at least a node (the account and domain ones, which a planned node has too); checked in this order, so
  // that a hub server is told it is no node.
  const needsService = /^cluster(\.exe)?\s/i.test(commandLine) || /^sc\s+qc\s+ClusSvc$/i.test(commandLine);
  const requires: Requirement[] = definition.place !== 'cluster node' ? [] : needsService ? ['clusterService'] : ['node'];
  if (commandLine.includes('<account>')) {
    commandLine = commandLine.replace('<account>', `"%${VARIABLES.account}%"`);
    file = file.replace('<account>', `%${VARIABLES.account}%`);
    requires.push('account');
  }
  if (commandLine.includes('<name of S-1-5-32-544>')) {
    commandLine = commandLine.replace('<name of S-1-5-32-544>', `"%${VARIABLES.adminsGroup}%"`);
    requires.push('adminsGroup');
  }
  // The registry names C:\WINDOWS as the design does; the script asks the server where Windows is.
  commandLine = commandLine.split('C:\\\\WINDOWS').join(`%${VARIABLES.wmicSystemRoot}%`);
  // wmic waits for input when its standard input is not a console (a script, a child process): give it none.
  if (definition.writer === 'wmic') commandLine += ' <nul';
  checkCmdLine(definition, commandLine, file);
  return { definition, file, commandLine, requires };
}

/** Refuses a command line cmd.exe would read differently than written: unknown placeholders, unquoted `&|<>^`. */
function checkCmdLine(definition: SourceDefinition, commandLine: string, file: string): void {
  const placeholder = /<[^<>"]*>/.exec(`${commandLine} ${file}`.replace(/ <nul$/, ''));
  if (placeholder)
    throw new Error(`${definition.file}: no variable for the placeholder ${placeholder[0]} in "${definition.command}"`);
  const unquoted = commandLine.replace(/"[^"]*"/g, '""').replace(/ <nul$/, '');
  if (/[&|<>^]/.test(unquoted)) throw new Error(`${definition.file}: "${commandLine}" has a character cmd.exe would interpret`);
  const percents = commandLine.replace(/%BPA_[A-Z_]+%/g, '');
  if (percents.includes('%')) throw new Error(`${definition.file}: "${commandLine}" has a % that is no bpa variable`);
}

/** The Exchange Management Shell steps, each once per scope it is run in. */
export function powershellSteps(sources: readonly SourceDefinition[] = SOURCES): PowerShellStep[] {
  return sources
    .filter((d) => d.writer === 'powershell')
    .flatMap((definition) => {
      const pipeline = definition.command.replace(/\s*\|\s*Format-List\s*$/, '');
      if (pipeline === definition.command)
        throw new Error(`${definition.file}: "${definition.command}" does not end in | Format-List`);
      const cmdlet = /^([A-Za-z]+-[A-Za-z]+)/.exec(pipeline)?.[1] ?? '';
      if (!cmdlet.startsWith('Get-') && !READ_ONLY_TESTS.has(cmdlet))
        throw new Error(`${definition.file}: ${cmdlet || pipeline} is not a Get-* cmdlet`);
      // A source of the organization folder runs there only, whatever else its cmdlet is run for.
      const scopes: ExchangeScope[] | undefined =
        definition.place === 'organization' ? ['organization'] : SCOPES_BY_CMDLET[cmdlet];
      if (!scopes) throw new Error(`${definition.file}: where to run ${cmdlet} is not known (SCOPES_BY_CMDLET)`);
      return scopes.map((scope) => ({ definition, file: definition.file, pipeline: forScope(pipeline, scope), scope }));
    });
}

/** `Get-StorageGroup -Server <name>` → `Get-StorageGroup -Server $name`; all servers in the organization. */
function forScope(pipeline: string, scope: ExchangeScope): string {
  if (scope === 'organization') return pipeline.replace(/\s+<name>/, '');
  if (scope === 'clusterNode') return pipeline;
  if (pipeline.includes('<name>')) return pipeline.replace('<name>', '$name');
  return `${pipeline} -Identity $name`;
}
