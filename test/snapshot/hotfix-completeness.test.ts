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
