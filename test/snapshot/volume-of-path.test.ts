import { logsOnSameVolume } from '../../src/snapshot/assemble/database-volumes';
import { sameVolume, volumeOfPath } from '../../src/snapshot/assemble/volume-of-path';
import type { Server } from '../../src/snapshot/schema';

/** The volume of a path (STO-005): the longest mount point that holds it, from the volumes of volumes.txt. */
type Volumes = NonNullable<Server['mountedVolumes']>;
const vol = (name: string, id: string): Volumes[number] => ({ name, deviceId: `\\\\?\\Volume{${id}}\\` });
const VOLUMES: Volumes = [
  vol('C:\\', 'c'),
  vol('M:\\', 'm'),
  vol('M:\\MP\\', 'mp'),
  vol('M:\\MP2\\', 'mp2'),
  vol('M:\\MP\\Logs\\', 'mplogs'),
  vol('\\\\?\\Volume{spare}\\', 'spare'),
];

describe('volumeOfPath', () => {
  test.each([
    ['a file on the drive root', 'M:\\DB\\DB1.edb', 'M:\\'],
    ['a file in a folder mount point', 'M:\\MP\\DB1.edb', 'M:\\MP\\'],
    ['the mount point folder itself, without a closing backslash', 'M:\\MP', 'M:\\MP\\'],
    ['the mount point folder itself, with one', 'M:\\MP\\', 'M:\\MP\\'],
    ['C:\\MP2 is not inside C:\\MP: only whole folder names match', 'M:\\MP2\\DB2.edb', 'M:\\MP2\\'],
    ['a folder whose name starts like a mount point is on the drive', 'M:\\MPX\\DB.edb', 'M:\\'],
    ['the longest mount point wins (nested)', 'M:\\MP\\Logs\\SG1', 'M:\\MP\\Logs\\'],
    ['case does not matter', 'm:\\mp\\logs\\sg1', 'M:\\MP\\Logs\\'],
    ['forward slashes', 'M:/MP/DB1.edb', 'M:\\MP\\'],
  ])('%s: %s is on %s', (_name, path, mountPoint) => {
    expect(volumeOfPath(path, VOLUMES)).toMatchObject({ mountPoint });
  });

  test('the volume is the GUID path, so one volume mounted at two places is one volume', () => {
    expect(volumeOfPath('M:\\MP\\x', VOLUMES)).toMatchObject({ volume: '\\\\?\\volume{mp}\\' });
    expect(volumeOfPath('M:\\MP\\x', VOLUMES)).toMatchObject({
      basis: {
        en: 'M:\\MP\\x is on the volume mounted at M:\\MP\\',
        de: 'M:\\MP\\x liegt auf dem unter M:\\MP\\ bereitgestellten Volume',
      },
    });
  });

  test.each([
    ['a UNC path is on its share', '\\\\FS01\\Exchange$\\SG1\\Logs', '\\\\fs01\\exchange$'],
    ['a UNC path in other case is the same share', '\\\\fs01\\EXCHANGE$\\SG1', '\\\\fs01\\exchange$'],
  ])('%s', (_name, path, volume) => {
    expect(volumeOfPath(path, VOLUMES)).toMatchObject({ volume });
    expect(volumeOfPath(path, undefined)).toMatchObject({ volume });
  });

  test('a drive no volume is mounted at is unknown; so is a path that is no path', () => {
    expect(volumeOfPath('X:\\DB\\x.edb', VOLUMES)).toMatchObject({
      unknown: { en: 'no volume in volumes.txt is mounted at X:\\ or a folder holding X:\\DB\\x.edb' },
    });
    expect(volumeOfPath('Datenbank.edb', VOLUMES)).toMatchObject({
      unknown: {
        en: 'Datenbank.edb is neither a drive nor a UNC path',
        de: 'Datenbank.edb ist weder ein Laufwerks- noch ein UNC-Pfad',
      },
    });
    expect(volumeOfPath('', VOLUMES)).toEqual({ unknown: { en: 'no path', de: 'kein Pfad' } });
  });

  test('without volumes.txt only the drive letter is known', () => {
    expect(volumeOfPath('m:\\MP\\DB1.edb', undefined)).toEqual({
      volume: 'M:',
      mountPoint: 'M:\\',
      basis: { en: 'm:\\MP\\DB1.edb is on drive M:', de: 'm:\\MP\\DB1.edb liegt auf Laufwerk M:' },
      byDriveLetterOnly: true,
    });
  });
});

describe('sameVolume', () => {
  test.each([
    ['database on the mount point, logs on the drive root: apart', 'M:\\MP\\DB1.edb', 'M:\\SG1', false],
    ['both under one mount point: together', 'M:\\MP\\DB1.edb', 'M:\\MP\\SG1', true],
    ['MP and MP2: apart', 'M:\\MP\\DB1.edb', 'M:\\MP2\\SG1', false],
    ['both on the drive root: together', 'M:\\DB\\DB1.edb', 'M:\\SG1', true],
    ['two drives: apart', 'C:\\DB1.edb', 'M:\\SG1', false],
    ['a share and a drive: apart', '\\\\FS01\\DB\\DB1.edb', 'M:\\SG1', false],
  ])('%s', (_name, a, b, same) => {
    expect(sameVolume(a, b, VOLUMES)).toMatchObject({ same });
  });

  test('without volumes.txt: two drive letters are apart, one drive letter is unknown', () => {
    expect(sameVolume('M:\\SG1\\DB1.edb', 'L:\\SG1', undefined)).toEqual({
      same: false,
      basis: {
        en: 'M:\\SG1\\DB1.edb is on drive M:; L:\\SG1 is on drive L: (by drive letter: volumes.txt missing)',
        de: 'M:\\SG1\\DB1.edb liegt auf Laufwerk M:; L:\\SG1 liegt auf Laufwerk L: (nach Laufwerksbuchstabe: volumes.txt fehlt)',
      },
      mountPoints: ['M:\\', 'L:\\'],
    });
    expect(sameVolume('M:\\SG1\\DB1.edb', 'M:\\SG1\\Logs', undefined)).toMatchObject({
      unknown: { en: 'both are on drive M:; whether a mount point separates them needs volumes.txt' },
    });
  });
});

describe('logsOnSameVolume over the machines that hold the files', () => {
  const node = (name: string, mountedVolumes?: Volumes) => ({ name, ...(mountedVolumes ? { mountedVolumes } : {}) });
  const apart: Volumes = [vol('M:\\', 'm1'), vol('M:\\Logs\\', 'l1')];
  const together: Volumes = [vol('M:\\', 'm2')];

  test.each([
    ['both CCR nodes keep them apart', [node('N1', apart), node('N2', apart)], { value: false }],
    ['one node keeps them on one volume: that node decides, named', [node('N1', apart), node('N2', together)], { value: true }],
    [
      'a node without the drive (passive shared-storage node) is left out',
      [node('N1', apart), node('N2', [vol('C:\\', 'c')])],
      { value: false },
    ],
    [
      'a node without volumes.txt and one drive letter: unknown',
      [node('N1', apart), node('N2')],
      { unknown: { en: expect.stringContaining('N2: both are on drive M:') } },
    ],
    [
      'no machine at all: the drive letters',
      [],
      { unknown: { en: 'both are on drive M:; whether a mount point separates them needs volumes.txt' } },
    ],
  ])('%s', (_name, hosts, expected) => {
    expect(logsOnSameVolume('M:\\SG1\\DB1.edb', 'M:\\Logs\\SG1', hosts)).toMatchObject(expected);
  });

  test('the basis names the machine and the mount points', () => {
    expect(logsOnSameVolume('M:\\SG1\\DB1.edb', 'M:\\Logs\\SG1', [node('N1', apart), node('N2', together)])).toEqual({
      value: true,
      basis: {
        en: 'N2: M:\\SG1\\DB1.edb is on the volume mounted at M:\\; M:\\Logs\\SG1 is on the volume mounted at M:\\',
        de: 'N2: M:\\SG1\\DB1.edb liegt auf dem unter M:\\ bereitgestellten Volume; M:\\Logs\\SG1 liegt auf dem unter M:\\ bereitgestellten Volume',
      },
      host: 'N2',
      edbMountPoint: 'M:\\',
      logMountPoint: 'M:\\',
    });
  });

  test('an unknown path is unknown', () => {
    expect(logsOnSameVolume(undefined, 'M:\\Logs', [])).toMatchObject({
      unknown: { en: 'the database or log path is not known' },
    });
  });
});

describe('volumeOfPath: the forms of a path', () => {
  test('a UNC path: the share, mounted at the share, with its basis', () => {
    expect(volumeOfPath('\\\\FS01\\Exchange$\\SG1', undefined)).toEqual({
      volume: '\\\\fs01\\exchange$',
      mountPoint: '\\\\fs01\\exchange$\\',
      basis: {
        en: '\\\\FS01\\Exchange$\\SG1 is on the share \\\\fs01\\exchange$',
        de: '\\\\FS01\\Exchange$\\SG1 liegt auf der Freigabe \\\\fs01\\exchange$',
      },
    });
  });

  test('a volume GUID path names its volume', () => {
    expect(volumeOfPath('\\\\?\\Volume{1a2b-3c}\\SG1\\DB1.edb', VOLUMES)).toEqual({
      volume: '\\\\?\\volume{1a2b-3c}\\',
      mountPoint: '\\\\?\\volume{1a2b-3c}\\',
      basis: {
        en: '\\\\?\\Volume{1a2b-3c}\\SG1\\DB1.edb names its volume \\\\?\\volume{1a2b-3c}\\',
        de: '\\\\?\\Volume{1a2b-3c}\\SG1\\DB1.edb nennt sein Volume \\\\?\\volume{1a2b-3c}\\',
      },
    });
  });

  test.each([
    ['blanks around the path', '  M:\\MP\\DB1.edb ', 'M:\\MP\\'],
    ['a doubled backslash after the drive is no UNC path', 'M:\\\\MP\\DB1.edb', 'M:\\'],
  ])('%s', (_name, path, mountPoint) => {
    expect(volumeOfPath(path, VOLUMES)).toMatchObject({ mountPoint });
  });

  test('a drive letter later in a relative path is no drive', () => {
    expect(volumeOfPath('SG1\\M:\\DB1.edb', undefined)).toEqual({
      unknown: {
        en: 'SG1\\M:\\DB1.edb is neither a drive nor a UNC path',
        de: 'SG1\\M:\\DB1.edb ist weder ein Laufwerks- noch ein UNC-Pfad',
      },
    });
  });
});

test('sameVolume: a share and a drive letter without volumes.txt are apart, and the basis says one of them was by letter', () => {
  expect(sameVolume('\\\\FS01\\DB\\DB1.edb', 'M:\\SG1', undefined)).toEqual({
    same: false,
    basis: {
      en: '\\\\FS01\\DB\\DB1.edb is on the share \\\\fs01\\db; M:\\SG1 is on drive M: (by drive letter: volumes.txt missing)',
      de: '\\\\FS01\\DB\\DB1.edb liegt auf der Freigabe \\\\fs01\\db; M:\\SG1 liegt auf Laufwerk M: (nach Laufwerksbuchstabe: volumes.txt fehlt)',
    },
    mountPoints: ['\\\\fs01\\db\\', 'M:\\'],
  });
  expect(sameVolume('M:\\SG1', '\\\\FS01\\DB\\x', undefined)).toMatchObject({
    basis: { en: expect.stringMatching(/volumes\.txt missing\)$/) },
  });
});
