// @ts-nocheck
import { describeDamagedInput, readFixture, wrapAsConsole } from '../../test/helpers/parser-robustness';
import { parseRegUpdates, type RegUpdatesFacts } from './reg-updates';

const FILE = 'reg-updates.txt';
const parse = (text: string) => parseRegUpdates({ text, file: FILE });
const sp2 = readFixture('sources/reg-updates/2003-sp2.txt');
const de2008 = readFixture('sources/reg-updates/2008-de.txt', 850);

describe('parseRegUpdates', () => {
  it('reads the hotfix keys of Server 2003 SP2 (reg.exe 3.0), each with its product', () => {
    expect(parse(sp2)).toEqual<{ facts: RegUpdatesFacts; diagnostics: [] }>({
      facts: {
        hotfixes: [
          {
            kb: 'KB926776',
            product: 'Microsoft .NET Framework 2.0',
            servicePackLevel: 'SP0',
            description: 'Hotfix for Microsoft .NET Framework 2.0 (KB926776)',
            installedOn: '2008-02-11',
            line: 10,
          },
          {
            kb: 'KB938127',
            product: 'Windows Internet Explorer 7',
            servicePackLevel: 'SP0',
            description: 'Security Update for Windows Internet Explorer 7 (KB938127)',
            installedOn: '2008-02-11',
            line: 20,
          },
          { kb: 'KB926776', product: 'Windows Server 2003', servicePackLevel: 'SP1', line: 30 },
          {
            kb: 'KB921181',
            product: 'Windows Server 2003',
            servicePackLevel: 'SP2',
            description: 'Update for Windows Server 2003 (KB921181)',
            installedOn: '2008-03-14',
            line: 34,
          },
          {
            kb: 'KB950762',
            product: 'Windows Server 2003',
            servicePackLevel: 'SP2',
            description: 'Security Update for Windows Server 2003 (KB950762)',
            installedOn: '2008-03-14',
            line: 47,
          },
          { kb: 'Q147222', product: 'Windows Server 2003', servicePackLevel: 'SP2', description: 'Q147222', line: 53 },
        ],
      },
      diagnostics: [],
    });
  });

  it('reads Server 2008 output with German dates and umlauts (CP850)', () => {
    expect(parse(de2008).facts.hotfixes).toEqual([
      {
        kb: 'KB958484',
        product: 'Microsoft .NET Framework 3.5 SP1',
        servicePackLevel: 'SP0',
        description: 'Hotfix für Microsoft .NET Framework 3.5 SP1 (KB958484)',
        installedOn: '2009-01-20',
        line: 8,
      },
    ]);
  });

  it('reads a console copy wrapped at 80 columns like the file', () => {
    const wrapped = wrapAsConsole(sp2);
    expect(wrapped.split('\r\n').length).toBeGreaterThan(sp2.split('\r\n').length);
    const withoutLines = (f: RegUpdatesFacts) => f.hotfixes?.map(({ line: _line, ...h }) => h);
    expect(withoutLines(parse(wrapped).facts)).toEqual(withoutLines(parse(sp2).facts));
  });

  it.each([
    ['ERROR: The system was unable to find the specified registry key or value.'],
    ['FEHLER: Der angegebene Registrierungsschlüssel bzw. Wert wurde nicht gefunden.'],
  ])('gives an empty list when the Updates key does not exist (%s)', (message) => {
    const { facts, diagnostics } = parse(`${message}\r\n`);
    expect(facts).toEqual({ hotfixes: [] });
    expect(diagnostics.map((d) => d.severity)).toEqual(['info']);
  });
});

describeDamagedInput(parseRegUpdates, sp2, FILE);
