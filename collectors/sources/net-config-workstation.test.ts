import { itReadsEveryVariantOfTheCmdCapture, readCmdFixture } from '../../test/helpers/cmd-source';
import { splitLines } from '../shapes/lines';
import { detectLanguage, parseNetConfigWorkstation } from './net-config-workstation';

// Fixtures: test/fixtures/sources/net-config-workstation/, written as net.exe prints `net config workstation`:
// - 2003-en.txt, 2008-en.txt: the English layout of published captures (Windows 7, Server 2008 R2, Windows 10:
//   values at column 37, the transports indented by 8 under `Workstation active on`, the domain block of
//   `Workstation domain`, `Workstation Domain DNS Name`, `Logon domain`); 2003 lists `NetbiosSmb` as a transport
//   as XP/2003 do. On 2008 an administrator logged on locally: the logon domain is the machine, which is why it
//   is never read as the machine's domain.
// - 2003-de.txt, 2008-de.txt: German, CP850, with the labels of the table in net-config-workstation.ts (best
//   knowledge, not checked against a real capture) at column 45.
// - workgroup-en.txt: a machine in a workgroup, which prints no `Workstation Domain DNS Name` line (published
//   scripts test for that line to tell a domain member).
const FILE = 'net-config-workstation.txt';
const fixture = (name: string) => readCmdFixture('net-config-workstation', name);
const parse = (text: string) => parseNetConfigWorkstation({ text, file: FILE });

describe('parseNetConfigWorkstation', () => {
  it.each([
    ['2003-en.txt', 'en', 'contoso.com', 'node1.contoso.com', 'Microsoft Windows Server 2003'],
    ['2003-de.txt', 'de', 'contoso.com', 'node1.contoso.com', 'Microsoft Windows Server 2003'],
    ['2008-en.txt', 'en', 'corp.contoso.com', 'node1.corp.contoso.com', 'Windows Server (R) 2008 Enterprise'],
    ['2008-de.txt', 'de', 'corp.contoso.com', 'node1.corp.contoso.com', 'Windows Server (R) 2008 Enterprise'],
  ])('reads the domain names of %s', (name, language, dns, full, version) => {
    expect(parse(fixture(name))).toEqual({
      facts: {
        computerName: 'NODE1',
        fullComputerName: full,
        softwareVersion: version,
        domainNetbiosName: 'CONTOSO',
        domainDnsName: dns,
      },
      diagnostics: [],
      language,
    });
  });

  it('reads a workgroup machine: a NetBIOS name, no DNS name', () => {
    expect(parse(fixture('workgroup-en.txt')).facts).toEqual({
      computerName: 'NODE1',
      fullComputerName: 'node1',
      softwareVersion: 'Microsoft Windows Server 2003',
      domainNetbiosName: 'WORKGROUP',
    });
  });

  it('never takes the logon domain for the machine domain', () => {
    const text = fixture('2008-en.txt').replace(/Workstation domain {3,}CONTOSO\r\n/, '');
    expect(parse(text).facts.domainNetbiosName).toBeUndefined();
  });

  it('reads German labels garbled by a wrong code page (`Arbeitsstationsdom„ne`)', () => {
    const garbled = fixture('2003-de.txt').replace(/ä/g, '„');
    expect(parse(garbled).facts).toMatchObject({ domainNetbiosName: 'CONTOSO', domainDnsName: 'contoso.com' });
  });

  it.each([
    ['Arbeitsstationsdomäne (DNS)', 'domainDnsName', 'contoso.com'],
    ['DNS-Domänenname der Arbeitsstation', 'domainDnsName', 'contoso.com'],
    ['Arbeitsstationsdomäne (NetBIOS)', 'domainNetbiosName', 'CONTOSO'],
  ])('reads a German label worded otherwise by its words: "%s"', (label, key, value) => {
    const text = [
      'Computername                            \\\\NODE1',
      `${label.padEnd(40)}${value}`,
      'Der Befehl wurde erfolgreich ausgeführt.',
      '',
    ].join('\r\n');
    expect(parse(text).facts).toMatchObject({ [key]: value });
  });

  it.each([
    ['Workstation domain', 'CONTOSO.COM', 'no NetBIOS domain name'],
    ['Workstation domain', 'A-NAME-LONGER-THAN-15', 'no NetBIOS domain name'],
    ['Workstation Domain DNS Name', 'contoso..com', 'no DNS domain name'],
  ])('does not read a value that is no domain name: %s %s', (label, value, message) => {
    const text = fixture('2003-en.txt').replace(new RegExp(`^${label} +\\S+`, 'm'), `${label.padEnd(37)}${value}`);
    const result = parse(text);
    expect(result.diagnostics.map((d) => d.message)).toEqual([`"${label}" is ${message}: "${value}"`]);
  });

  it("reports a stopped Workstation service as net.exe's error", () => {
    const text = 'System error 2138 has occurred.\r\n\r\nThe Workstation service has not been started.\r\n\r\n';
    const result = parse(text);
    expect(result.facts).toEqual({});
    expect(result.diagnostics).toEqual([
      {
        file: FILE,
        line: 1,
        severity: 'error',
        message: 'net.exe reported system error 2138: The Workstation service has not been started.',
      },
    ]);
  });

  it.each([
    ['English', 'The syntax of this command is:'],
    ['German', 'Die Syntax dieses Befehls lautet:'],
  ])("reads net.exe's usage text (%s) as an unknown command, not as a truncated capture", (_, first) => {
    // Wine's net.exe knows only HELP, START, STOP and USE, and prints this for `net config workstation`.
    const text = [
      first,
      '',
      'NET command [arguments]',
      '    -or-',
      'NET command /HELP',
      '',
      "Where 'command' is one of HELP, START, STOP or USE.",
      '',
    ].join('\r\n');
    expect(parse(text)).toEqual({
      facts: {},
      diagnostics: [
        {
          file: FILE,
          line: 1,
          severity: 'error',
          message: 'net.exe printed its usage instead of the configuration: this net.exe does not know "net config workstation"',
        },
      ],
    });
  });

  it('names a language it does not read', () => {
    const text = [
      "Nom de l'ordinateur                  \\\\NODE1",
      'Domaine de la station de travail     CONTOSO',
      "La commande s'est terminée correctement.",
      '',
    ].join('\r\n');
    expect(parse(text).diagnostics.map((d) => d.message)).toEqual(['unsupported language (French labels)']);
  });

  it('tells English from German by the labels', () => {
    expect(detectLanguage(splitLines(fixture('2003-en.txt')))).toBe('en');
    expect(detectLanguage(splitLines(fixture('2003-de.txt')))).toBe('de');
    expect(detectLanguage(splitLines('Computer name  \\\\X\r\n'))).toBeUndefined();
  });

  itReadsEveryVariantOfTheCmdCapture({
    parser: parseNetConfigWorkstation,
    file: FILE,
    fixtures: Object.fromEntries(
      ['2003-en.txt', '2003-de.txt', '2008-en.txt', '2008-de.txt', 'workgroup-en.txt'].map((n) => [n, fixture(n)]),
    ),
    noFacts: {},
  });
});
