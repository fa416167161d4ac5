import type { Command } from 'commander';
import { join } from 'path';

/**
 * `bpa collector-script [--output <dir>]`: writes collect.cmd and collect-exchange.ps1, generated from the
 * source list the parsers use, so the scripts always write what this bpa reads.
 */
export function registerCollectorScript(program: Command): void {
  program
    .command('collector-script')
    .description('write the collection scripts for the servers (collect.cmd, collect-exchange.ps1)')
    .option('--output <dir>', 'folder to write them to', '.')
    .addHelpText(
      'after',
      [
        '',
        'On each server, as an administrator:',
        '  collect.cmd <bundle folder> [cluster service account]      (cmd.exe, Windows Server 2003 and later)',
        '  .\\collect-exchange.ps1 <bundle folder>                     (Exchange Management Shell)',
        'then: bpa scan <bundle folder>',
      ].join('\n'),
    )
    .action(async (opts: { output: string }) => {
      const { generateCollectorScripts } = await import('../../../collectors/windows/generate');
      const { toolVersion } = await import('../../shared/package-root');
      const { writeFileSafely } = await import('../output');
      for (const [name, text] of Object.entries(generateCollectorScripts(toolVersion()))) {
        const path = join(opts.output, name);
        writeFileSafely(path, text);
        process.stdout.write(`${path}\n`);
      }
    });
}
