import { dotnetOf, hotfixesOf } from '../../src/snapshot/assemble/software';
import { folderOf } from '../helpers/folder-facts';

/**
 * The hotfix list merged from systeminfo, wmic qfe and the registry's Updates key, with whether it is
 * complete and why (hotfix-completeness.test.ts has the completeness table itself), and the .NET Frameworks.
 */
describe('hotfixesOf: the KB numbers of every source, upper case, sorted, with the sources named', () => {
  const systeminfo = (hotfixes: string[], extra: Record<string, unknown> = {}) => ({ hotfixes, ...extra });
  test.each([
    ['no source read: unknown', {}, undefined],
    ['a source that failed to parse is not read', { 'qfe.txt': 'failed' }, undefined],
    [
      'systeminfo alone, every hotfix named',
      { 'systeminfo.txt': systeminfo(['KB2', 'kb1']) },
      {
        ids: ['KB1', 'KB2'],
        unidentified: 0,
        sources: ['systeminfo.txt'],
        listComplete: true,
        listCompleteBasis: {
          en: 'systeminfo.txt names a KB for every hotfix',
          de: 'systeminfo.txt nennt für jeden Hotfix eine KB',
        },
      },
    ],
    [
      'systeminfo with two File 1 rows: incomplete, the rows counted',
      { 'systeminfo.txt': systeminfo(['KB1'], { hotfixesWithoutKb: 2 }) },
      {
        ids: ['KB1'],
        unidentified: 2,
        sources: ['systeminfo.txt'],
        listCompleteBasis: {
          en: '2 hotfix(es) without a KB number (File 1) that neither qfe.txt nor reg-updates.txt identifies',
          de: '2 Hotfixes ohne KB-Nummer (File 1), die weder qfe.txt noch reg-updates.txt benennt',
        },
      },
    ],
    [
      'a systeminfo list cut short is not whole',
      { 'systeminfo.txt': systeminfo(['KB1'], { hotfixListComplete: false }) },
      {
        ids: ['KB1'],
        unidentified: 0,
        sources: ['systeminfo.txt'],
        listCompleteBasis: {
          en: 'systeminfo.txt cut its hotfix list short, and qfe.txt does not name every hotfix',
          de: 'systeminfo.txt hat die Hotfixliste gekürzt, und qfe.txt nennt nicht jeden Hotfix',
        },
      },
    ],
    [
      'the three sources merged, duplicates once; qfe names every row',
      {
        'systeminfo.txt': systeminfo(['KB1'], { hotfixesWithoutKb: 1 }),
        'qfe.txt': { hotfixes: [{ kb: 'kb1' }, { kb: 'KB3' }], rowsWithoutKb: 0 },
        'reg-updates.txt': { hotfixes: [{ kb: 'KB2' }, { kb: 'KB1' }] },
      },
      {
        ids: ['KB1', 'KB2', 'KB3'],
        unidentified: 1,
        sources: ['systeminfo.txt', 'qfe.txt', 'reg-updates.txt'],
        listComplete: true,
        listCompleteBasis: { en: 'qfe.txt names a KB for every hotfix', de: 'qfe.txt nennt für jeden Hotfix eine KB' },
      },
    ],
    [
      'qfe without a count of rows without a KB: none',
      { 'qfe.txt': { hotfixes: [{ kb: 'KB3' }] } },
      {
        ids: ['KB3'],
        unidentified: 0,
        sources: ['qfe.txt'],
        listComplete: true,
        listCompleteBasis: { en: 'qfe.txt names a KB for every hotfix', de: 'qfe.txt nennt für jeden Hotfix eine KB' },
      },
    ],
    [
      'qfe leaving a row unnamed',
      { 'qfe.txt': { hotfixes: [{ kb: 'KB3' }], rowsWithoutKb: 1 } },
      {
        ids: ['KB3'],
        unidentified: 0,
        sources: ['qfe.txt'],
        listCompleteBasis: {
          en: '1 hotfix(es) without a KB number (File 1) that neither qfe.txt nor reg-updates.txt identifies',
          de: '1 Hotfixes ohne KB-Nummer (File 1), die weder qfe.txt noch reg-updates.txt benennt',
        },
      },
    ],
    [
      'the registry naming the File 1 rows of a whole systeminfo list',
      {
        'systeminfo.txt': systeminfo(['KB1'], { hotfixesWithoutKb: 1 }),
        'reg-updates.txt': { hotfixes: [{ kb: 'kb9' }] },
      },
      {
        ids: ['KB1', 'KB9'],
        unidentified: 1,
        sources: ['systeminfo.txt', 'reg-updates.txt'],
        listComplete: true,
        listCompleteBasis: {
          en: 'reg-updates.txt names 1 KB(s) for the 1 hotfix(es) systeminfo.txt shows as File 1',
          de: 'reg-updates.txt nennt 1 KB für die 1 Hotfixes, die systeminfo.txt als File 1 zeigt',
        },
      },
    ],
    [
      'the registry alone: its Updates key is no list of every hotfix',
      { 'reg-updates.txt': { hotfixes: [{ kb: 'KB5' }] } },
      {
        ids: ['KB5'],
        unidentified: 0,
        sources: ['reg-updates.txt'],
        listCompleteBasis: {
          en: 'only reg-updates.txt was read, and the Updates key does not list every hotfix (systeminfo.txt or qfe.txt would)',
          de: 'nur reg-updates.txt wurde gelesen, und der Updates-Schlüssel führt nicht jeden Hotfix (systeminfo.txt oder qfe.txt täten es)',
        },
      },
    ],
    ['sources read without a hotfix list are not sources of one', { 'systeminfo.txt': {}, 'qfe.txt': {} }, undefined],
  ] as [string, Record<string, unknown>, unknown][])('%s', (_name, sources, expected) => {
    expect(hotfixesOf(folderOf('NODE1', sources))).toEqual(expected);
  });
});

describe('dotnetOf: the installed frameworks and the service pack of 2.0', () => {
  test.each([
    ['no reg-ndp.txt: unknown', {}, undefined],
    ['reg-ndp.txt without frameworks: unknown', { 'reg-ndp.txt': {} }, undefined],
    ['an empty list: 2.0 not installed', { 'reg-ndp.txt': { frameworks: [] } }, { frameworks: [], v2Installed: false }],
    [
      '2.0 SP2 and 3.0 (no service pack given: 0)',
      {
        'reg-ndp.txt': {
          frameworks: [{ version: '2.0', fullVersion: '2.0.50727.3053', installed: true, servicePack: 2 }, { version: '3.0' }],
        },
      },
      {
        frameworks: [
          { version: '2.0', fullVersion: '2.0.50727.3053', installed: true, servicePack: 2 },
          { version: '3.0', installed: true, servicePack: 0 },
        ],
        v2Installed: true,
        v2ServicePack: 2,
      },
    ],
    [
      '2.0 listed but not installed',
      { 'reg-ndp.txt': { frameworks: [{ version: '2.0', installed: false, servicePack: 1 }] } },
      { frameworks: [{ version: '2.0', installed: false, servicePack: 1 }], v2Installed: false },
    ],
    [
      '2.0 RTM: service pack 0',
      { 'reg-ndp.txt': { frameworks: [{ version: '2.0', installed: true }] } },
      { frameworks: [{ version: '2.0', installed: true, servicePack: 0 }], v2Installed: true, v2ServicePack: 0 },
    ],
  ] as [string, Record<string, unknown>, unknown][])('%s', (_name, sources, expected) => {
    expect(dotnetOf(folderOf('NODE1', sources))).toEqual(expected);
  });
});
