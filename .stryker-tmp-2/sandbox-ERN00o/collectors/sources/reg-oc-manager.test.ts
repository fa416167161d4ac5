// @ts-nocheck
import { describeDamagedInput, readFixture, wrapAsConsole } from '../../test/helpers/parser-robustness';
import { parseRegOcManager } from './reg-oc-manager';

const FILE = 'reg-oc-manager.txt';
const parse = (text: string) => parseRegOcManager({ text, file: FILE });
const en2003 = readFixture('sources/reg-oc-manager/2003.txt');

describe('parseRegOcManager', () => {
  it('reads the installed Windows components of Server 2003 (reg.exe 3.0)', () => {
    const { facts, diagnostics } = parse(en2003);
    expect(diagnostics).toEqual([]);
    expect(facts).toMatchObject({ iisWww: true, iisSmtp: false, iisNntp: false });
    expect(Object.keys(facts.components ?? {})).toHaveLength(20);
    expect(facts.components).toMatchObject({
      aspnet: true,
      iis_common: true,
      iis_www: true,
      iis_smtp: false,
      TerminalServer: false,
    });
  });

  it('reads the modern layout and German default value name the same way', () => {
    const text = [
      '',
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Setup\\Oc Manager\\Subcomponents',
      '    (Standard)    REG_SZ    ',
      '    iis_www    REG_DWORD    0x1',
      '    iis_smtp    REG_DWORD    0x1',
      '',
    ].join('\r\n');
    expect(parse(text).facts).toEqual({ components: { iis_www: true, iis_smtp: true }, iisWww: true, iisSmtp: true });
  });

  it('reads a console copy wrapped at 80 columns like the file', () => {
    expect(parse(wrapAsConsole(en2003)).facts).toEqual(parse(en2003).facts);
  });

  it('gives no facts when the key does not exist (Server 2008 has no Oc Manager components)', () => {
    const { facts, diagnostics, language } = parse(
      'FEHLER: Der angegebene Registrierungsschlüssel bzw. Wert wurde nicht gefunden.\r\n',
    );
    expect(facts).toEqual({});
    expect(language).toBe('de');
    expect(diagnostics.map((d) => d.severity)).toEqual(['info']);
  });
});

describeDamagedInput(parseRegOcManager, en2003, FILE);
