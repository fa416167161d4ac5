import { existsSync } from 'fs';
import { join } from 'path';
import type { Report } from '../report/report-schema';

/**
 * The name a report gets in an output folder: `bpa-<customer>-<yyyy-mm-dd>` (bpa-Müller-Logistik-GmbH-2008-11-20),
 * the profile in place of an unknown customer. The date is the collection's as the servers wrote it, else
 * the day the scan started (UTC).
 */
export function reportBaseName(report: Pick<Report, 'scan' | 'branding'>): string {
  const customer = safeFileNamePart(report.branding?.customer ?? report.scan.customer ?? '');
  const date = /^\d{4}-\d{2}-\d{2}/.exec(report.scan.collectedAt ?? '')?.[0] ?? report.scan.startedAt.slice(0, 10);
  return `bpa-${customer || report.scan.profile}-${date}`;
}

/**
 * A name as part of a file name on any system: letters and digits of any script kept, every run of anything
 * else (spaces, dots, slashes, `&`, control characters) one hyphen, at most 60 characters.
 */
export function safeFileNamePart(name: string): string {
  return name
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/**
 * `base` when none of its files exists in `dir`, else the first free `base-2`, `base-3`…: a second report
 * of the same day is written beside the first, never over it or over a file bpa did not write.
 */
export function freeBaseName(dir: string, base: string, extensions: string[]): string {
  const taken = (name: string) => extensions.some((ext) => existsSync(join(dir, `${name}.${ext}`)));
  if (!taken(base)) return base;
  let n = 2;
  while (taken(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}
