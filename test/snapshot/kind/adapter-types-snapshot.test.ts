import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import iconv from 'iconv-lite';
import { readBundle } from '../../../src/bundle/read-bundle';
import { collectBundle } from '../../../src/collect/collect-bundle';
import type { Snapshot } from '../../../src/snapshot/schema';

/** Every adapter ipconfig lists is in the snapshot with its type: nothing is dropped. */
const CORPUS = join(__dirname, '..', '..', 'fixtures', 'corpus', 'ipconfig');

function snapshotOf(ipconfig: Buffer): Snapshot {
  const dir = mkdtempSync(join(tmpdir(), 'bpa-types-'));
  mkdirSync(join(dir, 'SERVER1'));
  writeFileSync(join(dir, 'SERVER1', 'ipconfig-all.txt'), ipconfig);
  return collectBundle(readBundle(dir));
}

function fromCorpus(file: string): Snapshot {
  const dir = mkdtempSync(join(tmpdir(), 'bpa-types-'));
  mkdirSync(join(dir, 'SERVER1'));
  copyFileSync(join(CORPUS, file), join(dir, 'SERVER1', 'ipconfig-all.txt'));
  return collectBundle(readBundle(dir));
}

test('the real Server 2008 capture: the ISATAP tunnel adapter is kept as a tunnel, without a role', () => {
  const adapters = fromCorpus('windows-2008_en_ipconfig.txt').servers[0]!.adapters!;
  expect(adapters.map((a) => [a.name, a.type, a.role])).toEqual([
    ['Local Area Connection', 'ethernet', 'public'],
    ['isatap.{F856FDB3-CE70-489D-A231-704790DC1351}', 'tunnel', undefined],
  ]);
});

test('the real XP capture: one Ethernet adapter', () => {
  const adapters = fromCorpus('windows-xp_en_ipconfig.txt').servers[0]!.adapters!;
  expect(adapters.map((a) => [a.name, a.type])).toEqual([['Local Area Connection', 'ethernet']]);
});

test('a German node with a BASP team, an unknown adapter and a PPP connection, in CP850', () => {
  const text = [
    '',
    'Windows-IP-Konfiguration',
    '',
    '        Hostname. . . . . . . . . . . . . : SERVER1',
    '',
    'Ethernetadapter Privat:',
    '',
    '        Beschreibung. . . . . . . . . . . : BASP Virtual Adapter',
    '        IP-Adresse. . . . . . . . . . . . : 10.0.0.1',
    '        Subnetzmaske. . . . . . . . . . . : 255.255.255.0',
    '        Standardgateway . . . . . . . . . :',
    '        Primärer WINS-Server. . . . . . . : 10.0.0.5',
    '',
    'Unbekannter Adapter LAN-Verbindung 3:',
    '',
    '        Medienstatus. . . . . . . . . . . : Medium getrennt',
    '        Beschreibung. . . . . . . . . . . : TAP-Win32 Adapter V8',
    '',
    'PPP-Adapter Einwahl:',
    '',
    '        Beschreibung. . . . . . . . . . . : WAN (PPP/SLIP) Interface',
    '        IP-Adresse. . . . . . . . . . . . : 172.16.5.9',
    '',
  ].join('\r\n');
  const server = snapshotOf(iconv.encode(text, 'cp850')).servers[0]!;
  expect(server.adapters!.map((a) => [a.name, a.type, a.role])).toEqual([
    ['Privat', 'teamed', 'private'],
    ['LAN-Verbindung 3', 'unknownAdapter', undefined],
    ['Einwahl', 'ppp', undefined],
  ]);
  expect(server.adapters![0]!.winsServers).toEqual(['10.0.0.5']);
});
