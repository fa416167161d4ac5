import { hotfixListComplete } from '../../src/snapshot/assemble/hotfix-completeness';

/**
 * Whether the merged hotfix list is whole, so that a KB missing from it is missing from the server: a
 * `File 1` row of systeminfo may be any hotfix, until qfe or the registry names it.
 */
test.each([
  ['qfe names every row', { qfe: { unnamed: 0 } }, true],
  ['qfe leaves a row unnamed, nothing else', { qfe: { unnamed: 1 } }, false],
  ['systeminfo names every hotfix', { systeminfo: { named: ['KB1'], unnamed: 0, whole: true } }, true],
  ['systeminfo with File 1 rows alone', { systeminfo: { named: ['KB1'], unnamed: 2, whole: true } }, false],
  [
    'the registry adds as many KBs as systeminfo has File 1 rows',
    { systeminfo: { named: ['KB1'], unnamed: 2, whole: true }, registry: ['KB1', 'KB2', 'KB3'] },
    true,
  ],
  [
    'the registry adds one KB fewer',
    { systeminfo: { named: ['KB1'], unnamed: 2, whole: true }, registry: ['KB1', 'kb2'] },
    false,
  ],
  ['the registry alone says nothing about systeminfo', { registry: ['KB2'] }, false],
  ['a list systeminfo cut short, no File 1 rows shown', { systeminfo: { named: ['KB1'], unnamed: 0, whole: false } }, false],
  [
    'a list systeminfo cut short, the registry adding KBs',
    { systeminfo: { named: [], unnamed: 0, whole: false }, registry: ['KB2'] },
    false,
  ],
  ['a list systeminfo cut short, qfe whole', { systeminfo: { named: [], unnamed: 0, whole: false }, qfe: { unnamed: 0 } }, true],
  [
    'qfe with an unnamed row, systeminfo whole',
    { systeminfo: { named: [], unnamed: 0, whole: true }, qfe: { unnamed: 1 } },
    true,
  ],
] as [string, Parameters<typeof hotfixListComplete>[0], boolean][])('%s', (_name, sources, complete) => {
  expect(hotfixListComplete(sources)?.complete).toBe(complete);
});

test('no source: unknown', () => {
  expect(hotfixListComplete({})).toBeUndefined();
});

test.each([
  [
    'systeminfo names every hotfix',
    { systeminfo: { named: ['KB1'], unnamed: 0, whole: true }, qfe: { unnamed: 2 } },
    'systeminfo.txt names a KB for every hotfix',
    'systeminfo.txt nennt für jeden Hotfix eine KB',
  ],
  [
    'the registry names the File 1 rows (KBs systeminfo names too do not count, in any case)',
    { systeminfo: { named: ['KB1'], unnamed: 2, whole: true }, registry: ['kb1', 'KB2', 'KB3', 'KB3'] },
    'reg-updates.txt names 2 KB(s) for the 2 hotfix(es) systeminfo.txt shows as File 1',
    'reg-updates.txt nennt 2 KB für die 2 Hotfixes, die systeminfo.txt als File 1 zeigt',
  ],
  [
    'a list systeminfo cut short',
    { systeminfo: { named: ['KB1'], unnamed: 3, whole: false }, registry: ['KB7', 'KB8', 'KB9', 'KB10'] },
    'systeminfo.txt cut its hotfix list short, and qfe.txt does not name every hotfix',
    'systeminfo.txt hat die Hotfixliste gekürzt, und qfe.txt nennt nicht jeden Hotfix',
  ],
  [
    'File 1 rows in both lists: the larger count',
    { systeminfo: { named: [], unnamed: 2, whole: true }, qfe: { unnamed: 5 } },
    '5 hotfix(es) without a KB number (File 1) that neither qfe.txt nor reg-updates.txt identifies',
    '5 Hotfixes ohne KB-Nummer (File 1), die weder qfe.txt noch reg-updates.txt benennt',
  ],
  [
    'File 1 rows in systeminfo, more than qfe leaves unnamed',
    { systeminfo: { named: [], unnamed: 4, whole: true }, qfe: { unnamed: 1 }, registry: ['KB1'] },
    '4 hotfix(es) without a KB number (File 1) that neither qfe.txt nor reg-updates.txt identifies',
    '4 Hotfixes ohne KB-Nummer (File 1), die weder qfe.txt noch reg-updates.txt benennt',
  ],
  [
    'the registry alone',
    { registry: ['KB2'] },
    'only reg-updates.txt was read, and the Updates key does not list every hotfix (systeminfo.txt or qfe.txt would)',
    'nur reg-updates.txt wurde gelesen, und der Updates-Schlüssel führt nicht jeden Hotfix (systeminfo.txt oder qfe.txt täten es)',
  ],
] as [string, Parameters<typeof hotfixListComplete>[0], string, string][])('the basis: %s', (_name, sources, en, de) => {
  expect(hotfixListComplete(sources)!.basis).toEqual({ en, de });
});
