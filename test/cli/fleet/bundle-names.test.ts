import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { basename, join } from 'path';
import { bundleFolderName, bundleReportNames } from '../../../src/cli/fleet/bundle-names';

describe('bundleFolderName: the name a bundle is known by', () => {
  test.each([
    ['customers/Müller', 'Müller'],
    ['customers/Müller/', 'Müller'],
    ['C:\\bundles\\site-a\\', 'site-a'],
    ['bundle.zip', 'bundle'],
    ['archive/BUNDLE.ZIP', 'BUNDLE'],
    ['saved/snap.json', 'snap'],
    ['site.v2', 'site.v2'],
    ['.', basename(process.cwd())],
  ])('%s → %s', (input, name) => expect(bundleFolderName(input)).toBe(name));
});

describe('bundleReportNames: safe, distinct, never over an existing file', () => {
  const empty = mkdtempSync(join(tmpdir(), 'bpa-names-'));
  test.each<[string, string[], string[]]>([
    ['one bundle', ['a/site'], ['site']],
    ['the same folder name under two parents', ['x/EXCH', 'y/EXCH', 'z/EXCH'], ['EXCH', 'EXCH-2', 'EXCH-3']],
    ['names that differ only in case collide (Windows, macOS)', ['x/Site', 'y/site'], ['Site', 'site-2']],
    ['unsafe characters become hyphens', ['in/Kunde & Co. <1>'], ['Kunde-Co-1']],
    ['nothing left of the name', ['in/&&&'], ['bundle']],
    ["the summary's name is taken", ['in/summary', 'in/Summary'], ['summary-2', 'Summary-3']],
    ['a safe name that meets a numbered one', ['a/EXCH', 'b/EXCH', 'c/EXCH-2'], ['EXCH', 'EXCH-2', 'EXCH-2-2']],
  ])('%s', (_, inputs, names) => expect(bundleReportNames(inputs, empty, ['json'])).toEqual(names));

  test('a report file already in the folder keeps its name: the bundle takes the next number', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bpa-names-'));
    writeFileSync(join(dir, 'EXCH.html'), '');
    expect(bundleReportNames(['a/EXCH'], dir, ['json', 'html'])).toEqual(['EXCH-2']);
    expect(bundleReportNames(['a/EXCH'], dir, ['json'])).toEqual(['EXCH']);
  });
});
