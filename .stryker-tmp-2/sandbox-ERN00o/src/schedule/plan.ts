// @ts-nocheck
import { cmdWord, cronCommand, schtasksRun, shWord } from './quote';
import { addMinutes, checkScheduleOptions, reportsFolder, type ScheduleOptions } from './options';

/** The collection scripts on the share: a copy of bpa's `collectors/windows/` folder. */
export const COLLECT_CMD = 'collectors\\windows\\collect.cmd';
export const COLLECT_EXCHANGE = 'collectors\\windows\\collect-exchange.ps1';
/** The bundle folder on the share: each server writes its own folder in it every night. */
export const BUNDLE_FOLDER = 'bundle';
/** Windows Server 2003 takes at most this many characters after /TR. */
const TR_LIMIT = 261;

export type { ScheduleOptions };

/**
 * The whole nightly set-up as commands with comments: the bundle of the night before moved aside, the
 * collection on every server, the scan with --history on the analysis host, and what monitoring reads.
 */
export function schedulePlan(o: ScheduleOptions): string {
  checkScheduleOptions(o);
  const share = o.share.replace(/\\+$/, '');
  const lines = [
    ...rotation(o, share),
    '',
    ...collection(o, share),
    '',
    ...(o.analysisHost === 'linux' ? linuxScan(o) : windowsScan(o, share)),
    '',
    '# Monitoring: the scan exits 0 (nothing at or above --fail-on), 1 (findings at or above it), 2 (unusable input:',
    '# a missing bundle, a bad waiver file; one line on stderr names the file). On stdout it prints one line:',
    '#   bpa health: 3 critical, 8 warning, 2 info, 0 not evaluated on 4 servers → …; since 20081120-021507: 1 new, 1 resolved, 2 setting(s) changed',
    '# `bpa history list <history>` shows every night; `bpa diff latest~1 latest --history <history>` what changed.',
  ];
  const tooLong = lines.filter((l) => l.startsWith('schtasks') && trLength(l) > TR_LIMIT);
  if (tooLong.length > 0)
    lines.push('', `# Note: a /TR command above is longer than the ${TR_LIMIT} characters Windows Server 2003 takes.`);
  return `${lines.join('\n')}\n`;
}

/** Each night starts with an empty bundle: a server that did not collect is then missing, not yesterday's data. */
function rotation(o: ScheduleOptions, share: string): string[] {
  const at = addMinutes(o.collectAt, -15);
  const head = [
    `# 0. On the analysis host, at ${at}: move last night's bundle aside (to ${BUNDLE_FOLDER}.previous), so that`,
    '#    every night starts empty and a server that did not collect shows as missing, not with old data.',
  ];
  if (o.analysisHost === 'linux') {
    const mount = o.mount.replace(/\/+$/, '');
    const [h, m] = at.split(':').map(Number);
    const [bundle, previous] = [shWord(`${mount}/${BUNDLE_FOLDER}`), shWord(`${mount}/${BUNDLE_FOLDER}.previous`)];
    const command = `rm -rf ${previous}; test ! -d ${bundle} || mv ${bundle} ${previous}`;
    return [...head, `${m} ${h} * * * ${cronCommand(command)}`];
  }
  const previous = `${share}\\${BUNDLE_FOLDER}.previous`;
  const command = `cmd /c rd /s /q ${cmdWord(previous)} & move ${cmdWord(`${share}\\${BUNDLE_FOLDER}`)} ${cmdWord(previous)}`;
  return [...head, schtasks('bpa rotate', at, o.runAs ?? 'DOMAIN\\bpa-scan', command)];
}

function collection(o: ScheduleOptions, share: string): string[] {
  const bundle = `${share}\\${BUNDLE_FOLDER}`;
  const runAs = o.runAs ?? 'DOMAIN\\bpa-collect';
  const account = o.clusterAccount ? ` ${cmdWord(o.clusterAccount)}` : '';
  const collect = `${cmdWord(`${share}\\${COLLECT_CMD}`)} ${cmdWord(bundle)}${account}`;
  const local = `${o.localDir.replace(/\\+$/, '')}\\collect-exchange.ps1`;
  const exchange = `powershell.exe -NoProfile -NonInteractive -Command "& '${local}' '${bundle}'"`;
  return [
    '# 1. On every server of the bundle (each cluster node, and the Hub Transport server), as an administrator.',
    `#    ${runAs} needs local Administrator rights, Exchange View-Only Administrator, and write access to the share;`,
    ...(o.runAs ? [] : ['#    replace DOMAIN\\bpa-collect by that account (or give --run-as).']),
    `#    ${share}\\collectors\\windows\\ is a copy of bpa's collectors/windows/ (collect.cmd, collect-exchange.ps1).`,
    '#    Windows Server 2003 wants /ST as HH:MM:SS, as below; on Windows Server 2008 give HH:MM.',
    `#    a) cmd.exe outputs, every night at ${o.collectAt}, into ${bundle}\\<SERVER>\\:`,
    schtasks('bpa collect', `${o.collectAt}:00`, runAs, collect),
    `#    b) on every Exchange server, the Exchange outputs (PowerShell 1.0) from a local copy of the script (a script`,
    `#       on a share is "remote" to the RemoteSigned policy): copy ${share}\\${COLLECT_EXCHANGE} ${o.localDir}\\`,
    '#       Start it a few minutes apart on each server: the organization-wide outputs of the last one win.',
    schtasks('bpa collect exchange', `${addMinutes(o.collectAt, 10)}:00`, runAs, exchange),
  ];
}

function schtasks(name: string, at: string, runAs: string, command: string): string {
  return `schtasks /Create /TN "${name}" /SC DAILY /ST ${at} /RU ${cmdWord(runAs)} /RP * /TR ${schtasksRun(command)}`;
}

const trLength = (line: string) => line.slice(line.indexOf(' /TR ') + 5).length - 2;

function scanArgs(o: ScheduleOptions, bundle: string, reports: string, word: (w: string) => string): string {
  const args = [
    ...['scan', bundle, '--history', o.history, '--retention', o.retention, '--format', o.format],
    ...['--output', reports, '--fail-on', o.failOn, '--no-progress'],
    ...(o.waivers ? ['--waivers', o.waivers] : []),
    ...(o.baseline ? ['--baseline', o.baseline] : []),
    ...(o.lang ? ['--lang', o.lang] : []),
  ];
  return [o.bpa, ...args.map(word)].join(' ');
}

function linuxScan(o: ScheduleOptions): string[] {
  const mount = o.mount.replace(/\/+$/, '');
  const reports = reportsFolder(o, /\/+$/);
  const [hour, minute] = o.scanAt.split(':').map(Number);
  return [
    `# 2. On the analysis host (Linux, Node.js 20, bpa installed), in the crontab of the user that owns ${o.history}:`,
    `#    scan at ${o.scanAt}, when every server has written. The share ${o.share} is mounted at ${mount} (cifs;`,
    '#    writable, for step 0). cron mails what the scan prints, the one-line summary, to MAILTO; the reports of',
    `#    the latest scan go to ${reports}, and every scan stays in the history.`,
    `${minute} ${hour} * * * ${cronCommand(scanArgs(o, `${mount}/${BUNDLE_FOLDER}`, reports, shWord))}`,
  ];
}

function windowsScan(o: ScheduleOptions, share: string): string[] {
  const reports = reportsFolder(o, /\\+$/);
  const log = `${o.history.replace(/\\+$/, '')}.log`;
  const command = `cmd /c ${scanArgs(o, `${share}\\${BUNDLE_FOLDER}`, reports, cmdWord)} >> ${cmdWord(log)} 2>&1`;
  return [
    '# 2. On the analysis host (Windows, Node.js 20, bpa installed), as the account that owns the history:',
    `#    scan at ${o.scanAt}, when every server has written; the one-line summary goes to ${log}.`,
    schtasks('bpa scan', o.scanAt, o.runAs ?? 'DOMAIN\\bpa-scan', command),
  ];
}
