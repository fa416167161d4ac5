import { Command, CommanderError } from 'commander';
import { printable } from '../shared/display-text';
import { UserError } from '../shared/errors';
import { toolVersion } from '../shared/package-root';
import { EXIT } from './exit-codes';
import { registerAnalyze } from './commands/analyze';
import { registerCollect } from './commands/collect';
import { registerCollectorScript } from './commands/collector-script';
import { registerReport } from './commands/report';
import { registerRules } from './commands/rules';
import { registerScan } from './commands/scan';
import { registerHistory } from './commands/history';
import { registerDiff } from './commands/diff';
import { registerBaseline } from './commands/baseline';
import { registerSchedule } from './commands/schedule';

/** Builds the bpa command line. `setExit` receives the exit code a command decides (0 or 1). */
export function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('bpa')
    .description('Best-practices analyzer for Exchange Server 2007 clusters (CCR, LCR, SCC)')
    .version(toolVersion(), '-V, --version')
    .option('--verbose', 'print details, and the stack of an unexpected error')
    .exitOverride()
    .showSuggestionAfterError()
    .configureOutput({ outputError: (text, write) => write(`bpa: ${text.replace(/^error: /, '')}`) });
  registerScan(program, setExit);
  registerCollect(program);
  registerCollectorScript(program);
  registerAnalyze(program, setExit);
  registerReport(program);
  registerRules(program);
  registerHistory(program);
  registerDiff(program, setExit);
  registerBaseline(program);
  registerSchedule(program);
  for (const command of program.commands) command.exitOverride();
  return program;
}

/** Runs bpa with the given arguments and returns the exit code: 0, 1 (findings) or 2 (error). */
export async function main(argv: string[]): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram((c) => (code = c));
  if (argv.every((a) => a === '--verbose')) {
    // No command is a usage error: the usage goes to standard error, and nothing to the pipe a script reads.
    process.stderr.write(program.helpInformation());
    return EXIT.error;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    return handleError(e, argv.includes('--verbose'));
  }
}

function handleError(e: unknown, verbose: boolean): number {
  if (e instanceof CommanderError) {
    const ok = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(e.code);
    return ok || e.exitCode === 0 ? EXIT.ok : EXIT.error;
  }
  if (e instanceof UserError) {
    process.stderr.write(`bpa: ${printable(e.message)}\n`);
    for (const line of e.details) process.stderr.write(`  ${printable(line)}\n`);
    return EXIT.error;
  }
  const err = e instanceof Error ? e : new Error(String(e));
  process.stderr.write(`bpa: unexpected error: ${printable(err.message)}${verbose ? '' : ' (run with --verbose for details)'}\n`);
  if (verbose && err.stack) process.stderr.write(`${err.stack}\n`);
  return EXIT.error;
}

/**
 * Standard output closed by its reader (`bpa rules list | head -1`): the rest of the output has nowhere to go,
 * and that is no error. Further writes are dropped, the command finishes and exits with its own code.
 */
export function quietOnClosedPipe(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    stream.write = (() => true) as typeof stream.write;
  });
}

/** What bin/bpa.js runs. */
export function run(): void {
  quietOnClosedPipe();
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}

if (require.main === module) run();
