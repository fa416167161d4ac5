import { existsSync } from 'fs';
import { basename, join, resolve } from 'path';
import { safeFileNamePart } from '../report-name';

/** The names the summary takes in the output folder: no bundle's report may be called so. */
export const SUMMARY_BASE_NAME = 'summary';

/**
 * The base name of each bundle's report in a fleet scan: the bundle folder's (or .zip's, or snapshot
 * .json's) name as a safe file name, `bundle` when nothing of it is left. Two bundles of one name
 * (`site-a/EXCH` and `site-b/EXCH`) get `EXCH` and `EXCH-2`; a name whose file already exists in the
 * output folder, or the summary's name, takes the next free number: nothing in the folder is overwritten.
 */
export function bundleReportNames(inputs: string[], dir: string, extensions: string[]): string[] {
  const used = new Set<string>([SUMMARY_BASE_NAME]);
  const free = (name: string) =>
    !used.has(name.toLowerCase()) && !extensions.some((ext) => existsSync(join(dir, `${name}.${ext}`)));
  return inputs.map((input) => {
    const base = safeFileNamePart(bundleFolderName(input)) || 'bundle';
    let name = base;
    for (let n = 2; !free(name); n += 1) name = `${base}-${n}`;
    used.add(name.toLowerCase());
    return name;
  });
}

/** The last part of the path, with / or \\ as separator: `customers/Müller/` → `Müller`; `bundle.zip` → `bundle`; `snap.json` → `snap`. */
export function bundleFolderName(input: string): string {
  const last =
    input
      .split(/[\\/]+/)
      .filter(Boolean)
      .pop() ?? '';
  // `.` and `..` name the folder they stand for.
  if (last === '.' || last === '..') return basename(resolve(input));
  return last.replace(/\.(zip|json)$/i, '');
}
