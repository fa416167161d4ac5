import { mkdtempSync, readFileSync, symlinkSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { Report } from '../../src/report/report-schema';
import { bpa, type InProcessRun } from '../helpers/bpa-in-process';
import { ROOT } from '../helpers/run-bpa';
import { bpaCommands, codeBlocks, ruleIdsIn, shellWords, tableAfter, type CodeBlock } from './readme-commands';

// A hang guard, not a time limit: the README's commands run in process (see test/cli/scan.test.ts).
jest.setTimeout(120_000);

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const BLOCKS = codeBlocks(README);
const SHELL = BLOCKS.filter((b) => /^(sh|bash|shell)\b/.test(b.info));
const TESTED = SHELL.filter((b) => /\btested\b/.test(b.info));

/** A working folder where the README's relative paths (samples/…) work and what the commands write stays. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bpa-readme-'));
  symlinkSync(join(ROOT, 'samples'), join(dir, 'samples'));
  return dir;
}

/** The non-blank lines of an output block appear in the output in that order (`…` stands for lines left out). */
function expectLinesInOrder(output: string, shown: string[]): void {
  const lines = output.split('\n');
  let at = 0;
  for (const line of shown.filter((l) => l.trim() !== '' && l.trim() !== '…')) {
    const found = lines.indexOf(line, at);
    expect({ line, found: found >= 0 }).toEqual({ line, found: true });
    at = found + 1;
  }
}

describe('every bpa command of the README', () => {
  test('is in a block this test runs (```sh tested) or in a synopsis (```sh synopsis)', () => {
    const unmarked = SHELL.filter((b) => !/\b(tested|synopsis)\b/.test(b.info)).flatMap((b) => bpaCommands(b));
    expect(unmarked.map((c) => `README.md:${c.line}: ${c.text}`)).toEqual([]);
    expect(TESTED.length).toBeGreaterThanOrEqual(4);
  });

  test('the first command is still `npm ci && npx bpa scan samples/ccr-health-de --lang de`', () => {
    expect(README.split('\n').slice(2, 4)).toEqual([
      '```sh tested',
      expect.stringMatching(/^npm ci && npx bpa scan samples\/ccr-health-de --lang de +#/),
    ]);
  });

  test.each(TESTED.map((b) => [b.line, b] as [number, CodeBlock]))(
    'README.md:%d runs as the README says',
    async (_line, block) => {
      const cwd = workspace();
      let last: InProcessRun | undefined;
      for (const command of bpaCommands(block)) {
        const run = await bpa(command.args, { cwd });
        const where = `README.md:${command.line}: ${command.text}`;
        expect({ where, stated: command.exit !== undefined }).toEqual({ where, stated: true });
        expect({ where, status: run.status, stderr: run.stderr }).toEqual({ where, status: command.exit, stderr: '' });
        last = run;
      }
      const next = BLOCKS[BLOCKS.indexOf(block) + 1];
      if (next?.info === 'text output') expectLinesInOrder(last!.stdout, next.lines);
    },
  );
});

describe('the README’s sample table', () => {
  const rows = tableAfter(README, '## What the samples give');

  test('has a row per sample and profile', () => expect(rows.length).toBeGreaterThanOrEqual(5));

  test.each(rows.map((r) => [r[1]!, r] as [string, string[]]))('%s', async (cell, [, , finds, exit]) => {
    const words = shellWords(cell.replace(/`/g, ''));
    expect(words.slice(0, 2)).toEqual(['npx', 'bpa']);
    const run = await bpa([...words.slice(2), '--format', 'json'], { cwd: workspace() });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(Number(exit));
    const report = JSON.parse(run.stdout) as Report;
    expect([...new Set(report.findings.map((f) => f.ruleId))].sort()).toEqual(ruleIdsIn(finds!));
    const counts = /(\d+) critical, (\d+) warning, (\d+) info/.exec(finds!);
    expect(counts).not.toBeNull();
    const { critical, warning, info } = report.summary;
    expect([critical, warning, info]).toEqual(counts!.slice(1).map(Number));
  });
});
