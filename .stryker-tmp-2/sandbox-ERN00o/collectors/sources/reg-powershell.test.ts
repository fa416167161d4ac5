// @ts-nocheck
import { describeDamagedInput, readFixture, wrapAsConsole } from '../../test/helpers/parser-robustness';
import { parseRegPowershell } from './reg-powershell';

const FILE = 'reg-powershell.txt';
const parse = (text: string) => parseRegPowershell({ text, file: FILE });
const en2003 = readFixture('sources/reg-powershell/2003.txt');
const de2008 = readFixture('sources/reg-powershell/2008-de.txt', 850);

describe('parseRegPowershell', () => {
  it('reads PowerShell 1.0 on Server 2003 (reg.exe 3.0)', () => {
    expect(parse(en2003)).toEqual({
      facts: { installed: true, version: '1.0', executionPolicy: 'RemoteSigned' },
      diagnostics: [],
    });
  });

  it('reads PowerShell 2.0 on Server 2008, without an execution policy set', () => {
    expect(parse(de2008).facts).toEqual({ installed: true, version: '2.0' });
  });

  it('reads a console copy wrapped at 80 columns like the file', () => {
    expect(parse(wrapAsConsole(en2003)).facts).toEqual(parse(en2003).facts);
  });

  it.each([
    ['ERROR: The system was unable to find the specified registry key or value.', 'en'],
    ['FEHLER: Der angegebene Registrierungsschlüssel bzw. Wert wurde nicht gefunden.', 'de'],
  ])('reads a missing key as not installed (%s)', (message, language) => {
    const result = parse(`\r\n${message}\r\n`);
    expect(result.facts).toEqual({ installed: false });
    expect(result.language).toBe(language);
  });
});

describeDamagedInput(parseRegPowershell, en2003, FILE);
