import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { Snapshot } from '../src/snapshot/schema';

/**
 * Hostile inputs for `bench/hostile.ts`, each made at a given size n: what a customer's machine (or a
 * careless script) can put into a bundle. Each maker returns a bundle folder (a copy of a sample with one
 * file replaced) or a snapshot, built outside the timed part.
 */

const WMIC_QFE_COLUMNS = [
  'Caption',
  'CSName',
  'Description',
  'FixComments',
  'HotFixID',
  'InstallDate',
  'InstalledBy',
  'InstalledOn',
  'Name',
  'ServicePackInEffect',
  'Status',
];

/** A copy of a sample bundle in a temporary folder. */
export function copySample(sampleDir: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'bpa-hostile-'));
  cpSync(sampleDir, dir, { recursive: true });
  return dir;
}

/**
 * `wmic qfe list` output (UTF-16LE with BOM, CRLF, columns padded to the widest cell) with n distinct
 * hotfixes: the KB numbers `offset, offset + step, …`, so two nodes given different offsets differ in every one.
 */
export function qfeText(server: string, n: number, offset: number, step: number): Buffer {
  const rows = Array.from({ length: n }, (_, i) => ({
    CSName: server,
    Description: 'Update',
    HotFixID: `KB${1000000 + offset + i * step}`,
    InstalledOn: '3/1/2010',
  }));
  const cell = (row: Record<string, string>, c: string) => row[c] ?? '';
  const widths = WMIC_QFE_COLUMNS.map((c) => Math.max(c.length, ...rows.slice(0, 1).map((r) => cell(r, c).length)) + 2);
  const line = (get: (c: string) => string) => `${WMIC_QFE_COLUMNS.map((c, j) => get(c).padEnd(widths[j]!)).join('')}\r\n`;
  const text = `\uFEFF${line((c) => c)}${rows.map((r) => line((c) => cell(r, c))).join('')}`;
  return Buffer.from(text, 'utf16le');
}

/** A sample bundle whose two cluster nodes each list n hotfixes, none of them on the other node. */
export function hotfixBundle(sampleDir: string, nodes: [string, string], n: number): string {
  const dir = copySample(sampleDir);
  nodes.forEach((node, k) => writeFileSync(join(dir, node, 'qfe.txt'), qfeText(node, n, k, 2)));
  return dir;
}

/**
 * `ipconfig /all` output of about `bytes` bytes: the sample's header, then its adapter blocks repeated, each
 * copy under a connection name of its own.
 */
export function ipconfigText(sampleText: string, bytes: number): string {
  const start = sampleText.search(/^\S.*adapter /m);
  const header = sampleText.slice(0, start);
  const blocks = sampleText.slice(start);
  const parts = [header];
  let size = header.length;
  for (let i = 0; size < bytes; i++) {
    const copy = blocks.replace(/^(\S.*adapter )(.*):/gm, (_, lead: string, name: string) => `${lead}${name} ${i}:`);
    parts.push(copy);
    size += copy.length;
  }
  return parts.join('');
}

/** A sample bundle whose node's ipconfig-all.txt is about `bytes` bytes long. */
export function ipconfigBundle(sampleDir: string, node: string, bytes: number): string {
  const dir = copySample(sampleDir);
  const path = join(dir, node, 'ipconfig-all.txt');
  writeFileSync(path, ipconfigText(readFileSync(path, 'latin1'), bytes), 'latin1');
  return dir;
}

/** A snapshot whose server (and its cluster's name where it appears) is renamed to n characters. */
export function longNameSnapshot(snapshot: Snapshot, server: string, n: number): Snapshot {
  const long = `${server}-${'X'.repeat(Math.max(0, n - server.length - 1))}`;
  const text = JSON.stringify(snapshot).split(JSON.stringify(server)).join(JSON.stringify(long));
  return JSON.parse(text) as Snapshot;
}

/** A long unbroken word of n characters, the customer's name in a hostile bundle.json. */
export function longName(n: number): string {
  return `Fabrikam-${'Y'.repeat(Math.max(0, n - 9))}`;
}

/** Hostile line shapes for every parser: one line of about n characters. */
export const LINE_SHAPES: Record<string, (n: number) => string> = {
  'blanks inside a line': (n) => `a${' '.repeat(n)}b\r\n`,
  'tabs inside a line': (n) => `a${'\t'.repeat(n)}b\r\n`,
  'leading blanks': (n) => `${' '.repeat(n)}x\r\n`,
  'blanks before a colon': (n) => `Name${' '.repeat(n)}x :\r\n`,
  'words and blanks': (n) => `${'a '.repeat(n / 2)}\r\n`,
  'one long word': (n) => `${'a'.repeat(n)}\r\n`,
  'dotted label': (n) => `Host Name${' .'.repeat(n / 2)} x\r\n`,
  'registry value line': (n) => `    a${' '.repeat(n)}b\r\n`,
  'adapter heading': (n) => `Ethernet adapter ${'x '.repeat(n / 2)}:\r\n`,
  'table rule': (n) => `${'-'.repeat(n / 2)} ${'- '.repeat(n / 4)}x\r\n`,
  'blank lines': (n) => '\r\n'.repeat(n / 2),
  'blank lines, then a word': (n) => `${'\r\n'.repeat(n / 2)}x`,
  'repeated words': (n) => `${'Ressourcen adapter 1 <'.repeat(n / 22)}\u2028`,
  'short lines': (n) => 'a\r\n'.repeat(n / 3),
};
