// @ts-nocheck
import { describeDamagedInput, readFixture, wrapAsConsole } from '../../test/helpers/parser-robustness';
import { parseRegNetworkConnections, type RegNetworkConnectionsFacts } from './reg-network-connections';

const FILE = 'reg-network-connections.txt';
const parse = (text: string) => parseRegNetworkConnections({ text, file: FILE });
const en2003 = readFixture('sources/reg-network-connections/2003.txt');
const de2008 = readFixture('sources/reg-network-connections/2008-de-cp850.txt', 850);

describe('parseRegNetworkConnections', () => {
  it('maps adapter GUIDs to connection names on Server 2003 (reg.exe 3.0)', () => {
    expect(parse(en2003)).toEqual({
      facts: {
        connections: [
          {
            guid: '{4A1C3B2D-8E5F-4A6B-9C7D-1E2F3A4B5C6D}',
            name: 'PUBLIC',
            pnpInstanceId: 'PCI\\VEN_14E4&DEV_1645&SUBSYS_007C0E11&REV_15\\4&1B2D5C9&0&28F0',
            line: 14,
          },
          {
            guid: '{9F8E7D6C-5B4A-4392-8170-6F5E4D3C2B1A}',
            name: 'HEARTBEAT',
            pnpInstanceId: 'PCI\\VEN_14E4&DEV_1645&SUBSYS_007C0E11&REV_15\\4&1B2D5C9&0&30F0',
            line: 20,
          },
          {
            guid: '{0D1E2F3A-4B5C-4D6E-8F70-8192A3B4C5D6}',
            name: 'Local Area Connection 3',
            pnpInstanceId: 'PCI\\VEN_8086&DEV_1010&SUBSYS_10128086&REV_01\\5&2FE1F8E7&0&0008F0',
            line: 26,
          },
        ],
      },
      diagnostics: [],
    });
  });

  it('reads German Server 2008 output written in CP850 (umlauts in names)', () => {
    const result = parse(de2008);
    expect(result.language).toBe('de');
    expect(result.facts.connections?.map((c) => [c.guid, c.name])).toEqual([
      ['{4A1C3B2D-8E5F-4A6B-9C7D-1E2F3A4B5C6D}', 'Öffentlich'],
      ['{9F8E7D6C-5B4A-4392-8170-6F5E4D3C2B1A}', 'Taktsignal (privat)'],
    ]);
  });

  it('reads a console copy wrapped at 80 columns like the file (the key paths are longer than 80)', () => {
    const withoutLines = (f: RegNetworkConnectionsFacts) => f.connections?.map(({ line: _line, ...c }) => c);
    expect(withoutLines(parse(wrapAsConsole(en2003)).facts)).toEqual(withoutLines(parse(en2003).facts));
  });

  it('gives no facts when the key does not exist', () => {
    expect(parse('FEHLER: Der angegebene Registrierungsschlüssel bzw. Wert wurde nicht gefunden.\r\n').facts).toEqual({});
  });
});

describeDamagedInput(parseRegNetworkConnections, en2003, FILE);
