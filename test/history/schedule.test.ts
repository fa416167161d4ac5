import { cmdWord, cronCommand, schtasksRun, shWord } from '../../src/schedule/quote';
import { schedulePlan, type ScheduleOptions } from '../../src/schedule/plan';
import { readFileSync } from 'fs';
import { join } from 'path';
import { bpa } from '../helpers/bpa-in-process';
import { ROOT } from '../helpers/run-bpa';

// These tests run bpa's command line in process, several times per test: generous limits for a loaded machine.
jest.setTimeout(60_000);

const options: ScheduleOptions = {
  share: '\\\\FS01\\bpa$',
  history: '/var/lib/bpa/history',
  analysisHost: 'linux',
  mount: '/mnt/bpa',
  collectAt: '02:00',
  scanAt: '04:30',
  runAs: 'MUELLER\\svc-bpa',
  localDir: 'C:\\bpa',
  retention: '730d',
  format: 'json,html,pdf',
  failOn: 'critical',
  bpa: 'bpa',
};
const commands = (text: string) => text.split('\n').filter((l) => l !== '' && !l.startsWith('#'));

describe('bpa schedule', () => {
  test('last night moved aside, the collection tasks for every server, the cron line of the analysis host', () => {
    expect(commands(schedulePlan(options))).toEqual([
      '45 1 * * * rm -rf /mnt/bpa/bundle.previous; test ! -d /mnt/bpa/bundle || mv /mnt/bpa/bundle /mnt/bpa/bundle.previous',
      'schtasks /Create /TN "bpa collect" /SC DAILY /ST 02:00:00 /RU MUELLER\\svc-bpa /RP * /TR "\\\\FS01\\bpa$\\collectors\\windows\\collect.cmd \\\\FS01\\bpa$\\bundle"',
      'schtasks /Create /TN "bpa collect exchange" /SC DAILY /ST 02:10:00 /RU MUELLER\\svc-bpa /RP * /TR "powershell.exe -NoProfile -NonInteractive -Command \\"& \'C:\\bpa\\collect-exchange.ps1\' \'\\\\FS01\\bpa$\\bundle\'\\""',
      '30 4 * * * bpa scan /mnt/bpa/bundle --history /var/lib/bpa/history --retention 730d --format json,html,pdf --output /var/lib/bpa/history-reports --fail-on critical --no-progress',
    ]);
  });

  test('a Windows analysis host gets a Task Scheduler command; paths with blanks are quoted for cmd and schtasks', () => {
    const plan = schedulePlan({
      ...options,
      analysisHost: 'windows',
      history: 'D:\\bpa history',
      format: 'pdf',
      waivers: 'D:\\bpa\\waivers.yaml',
    });
    expect(commands(plan)[0]).toBe(
      'schtasks /Create /TN "bpa rotate" /SC DAILY /ST 01:45 /RU MUELLER\\svc-bpa /RP * /TR "cmd /c rd /s /q \\\\FS01\\bpa$\\bundle.previous & move \\\\FS01\\bpa$\\bundle \\\\FS01\\bpa$\\bundle.previous"',
    );
    expect(commands(plan)[3]).toBe(
      'schtasks /Create /TN "bpa scan" /SC DAILY /ST 04:30 /RU MUELLER\\svc-bpa /RP * /TR "cmd /c bpa scan \\\\FS01\\bpa$\\bundle --history \\"D:\\bpa history\\" --retention 730d --format pdf --output \\"D:\\bpa history-reports/\\" --fail-on critical --no-progress --waivers D:\\bpa\\waivers.yaml >> \\"D:\\bpa history.log\\" 2>&1"',
    );
  });

  test('the collection scripts are named by their path in bpa (collectors/windows), copied to the share', () => {
    const plan = schedulePlan({ ...options, clusterAccount: 'clusdienst', collectAt: '00:05' });
    expect(plan).toContain(
      "\\\\FS01\\bpa$\\collectors\\windows\\ is a copy of bpa's collectors/windows/ (collect.cmd, collect-exchange.ps1).",
    );
    expect(plan).toContain('collect.cmd \\\\FS01\\bpa$\\bundle clusdienst"');
    expect(plan).toContain('copy \\\\FS01\\bpa$\\collectors\\windows\\collect-exchange.ps1 C:\\bpa\\');
    expect(commands(plan)[0]).toMatch(/^50 23 \* \* \* /);
    expect(plan).toContain(
      'MUELLER\\svc-bpa needs local Administrator rights, Exchange View-Only Administrator, and write access to the share;',
    );
    expect(plan).toContain('# Monitoring: the scan exits 0');
  });

  test('quoting: cmd, schtasks (C runtime rules), POSIX shell, crontab', () => {
    expect(cmdWord('C:\\Program Files\\bpa\\')).toBe('"C:\\Program Files\\bpa\\\\"');
    expect(cmdWord('D:\\bpa')).toBe('D:\\bpa');
    expect(schtasksRun('a "b c\\" d')).toBe('"a \\"b c\\\\\\" d"');
    expect(shWord("it's here")).toBe("'it'\\''s here'");
    expect(shWord('/var/lib/bpa')).toBe('/var/lib/bpa');
    expect(cronCommand("bpa scan '/x/100%'")).toBe("bpa scan '/x/100\\%'");
  });

  test('mistakes are exit 2 with one line', async () => {
    const run = (...args: string[]) => bpa(['schedule', '--history', '/h', ...args]);
    expect((await run('--share', 'FS01\\bpa')).stderr).toBe('bpa: --share: "FS01\\bpa" is not a UNC share (\\\\SERVER\\share)\n');
    expect((await run('--share', '\\\\FS01\\bpa', '--scan-at', '25:00')).stderr).toBe(
      'bpa: --scan-at: "25:00" is not a time of day (HH:MM, 24 hours)\n',
    );
    expect((await run('--share', '\\\\FS01\\bpa', '--retention', 'forever')).status).toBe(2);
    expect((await run('--share', '\\\\FS01\\bpa', '--format', 'xls')).stderr).toMatch(/^bpa: --format: unknown format "xls"/);
    const ok = await run('--share', '\\\\FS01\\bpa');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('30 4 * * * bpa scan /mnt/bpa/bundle --history /h ');
  });

  test('the README shows the commands bpa schedule prints', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Nightly health scans'), readme.indexOf('### History'));
    const shown = section
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => /^(schtasks |\d+ \d+ \* \* \* )/.test(l));
    expect(shown).toHaveLength(4);
    expect(commands(schedulePlan({ ...options, runAs: 'MUELLER\\svc-bpa' }))).toEqual(shown);
  });
});
