// @ts-nocheck
import iconv from 'iconv-lite';
import { decodeCapture } from '../../src/bundle/decode';
import { itReadsEveryVariantOfTheCmdCapture, readCmdFixture } from '../../test/helpers/cmd-source';
import { splitLines } from '../shapes/lines';
import { detectLanguage, parseNetUser } from './net-user';

// Fixtures: test/fixtures/sources/net-user/{en,de}.txt, written as net.exe prints `net user clusadmin /domain`:
// English with the 2003 labels (values at column 29, `Country code`), German in CP850 with the labels and
// value column 36 of a published Windows 11 capture (`Kennwort läuft ab` is `Kennwort l\x84uft ab`).
const FILE = 'net-user-clusadmin.txt';
const en = readCmdFixture('net-user', 'en.txt');
const de = readCmdFixture('net-user', 'de.txt');
const parse = (text: string, file = FILE) => parseNetUser({ text, file });

const field = (label: string, value = '', column = 29) => `${label.padEnd(column)}${value}`.trimEnd();
const capture = (fields: string[]) => [...fields, 'The command completed successfully.', '', ''].join('\r\n');

describe('parseNetUser', () => {
  it('reads an English capture', () => {
    expect(parse(en)).toEqual({
      facts: {
        account: 'clusadmin',
        domain: 'contoso.com',
        fullName: 'Cluster Service Account',
        comment: 'Cluster service account for CCR-CLUSTER',
        active: true,
        lockedOut: false,
        accountExpires: 'never',
        passwordLastSet: '2008-03-14T10:22:31',
        passwordExpires: 'never',
        passwordChangeable: '2008-03-15T10:22:31',
        passwordRequired: true,
        userMayChangePassword: false,
        lastLogon: '2008-04-02T07:45:12',
        localGroups: ['Administrators'],
        globalGroups: ['Domain Users', 'Exchange Servers', 'Cluster Admins'],
      },
      diagnostics: [],
      language: 'en',
    });
  });

  it('reads a German capture decoded from CP850', () => {
    expect(parse(de)).toEqual({
      facts: {
        account: 'clusadmin',
        domain: 'contoso.com',
        fullName: 'Clusterdienstkonto',
        comment: 'Dienstkonto für CCR-CLUSTER',
        active: true,
        lockedOut: false,
        accountExpires: 'never',
        passwordLastSet: '2008-03-14T10:22:31',
        passwordExpires: '2008-06-14T10:22:31',
        passwordChangeable: '2008-03-15T10:22:31',
        passwordRequired: true,
        userMayChangePassword: false,
        lastLogon: '2008-04-02T07:45:12',
        localGroups: ['Administratoren'],
        globalGroups: ['Domänen-Benutzer', 'Exchange Servers'],
      },
      diagnostics: [],
      language: 'de',
    });
  });

  it('decodes the OEM bytes net.exe writes: `Kennwort l\\x84uft ab` is `Kennwort läuft ab`', () => {
    const bytes = iconv.encode(de, 'cp850');
    expect(bytes.includes(Buffer.from('Kennwort l\x84uft ab', 'latin1'))).toBe(true);
    const decoded = decodeCapture(bytes, 850);
    expect(decoded.encoding).toBe('cp850');
    expect(decoded.text).toContain('Kennwort läuft ab');
    expect(parse(decoded.text).facts.passwordExpires).toBe('2008-06-14T10:22:31');
  });

  it('reads labels that a wrong code page garbled (`l„uft`, `ausgefhrt`)', () => {
    const garbled = de.replace(/ä/g, '„').replace(/ü/g, '');
    expect(parse(garbled).facts).toMatchObject({ passwordExpires: '2008-06-14T10:22:31', userMayChangePassword: false });
  });

  it.each([
    ['Yes', { active: true, lockedOut: false }],
    ['Locked', { active: true, lockedOut: true }],
    ['No', { active: false }],
  ])('reads Account active %s', (value, expected) => {
    const { facts } = parse(capture([field('User name', 'clusadmin'), field('Account active', value)]));
    expect(facts).toEqual({ account: 'clusadmin', ...expected });
  });

  it('reads German yes/no and dates, and `*Kein` as no group', () => {
    const text = [
      field('Benutzername', 'clusadmin', 36),
      field('Konto aktiv', 'Nein', 36),
      field('Konto abgelaufen', '31.12.2008 00:00:00', 36),
      field('Globale Gruppenmitgliedschaften', '*Kein', 36),
      'Der Befehl wurde erfolgreich ausgeführt.',
      '',
    ].join('\r\n');
    expect(parse(text).facts).toEqual({
      account: 'clusadmin',
      active: false,
      accountExpires: '2008-12-31T00:00:00',
      globalGroups: [],
    });
  });

  it('splits group names that fill their 21-character slot without a blank', () => {
    const text = capture([
      field('User name', 'svc'),
      field('Local Group Memberships', '*Performance Log Users*Remote Desktop Users'),
      field('', '*Remote Management Use*Users'),
    ]);
    expect(parse(text).facts.localGroups).toEqual([
      'Performance Log Users',
      'Remote Desktop Users',
      'Remote Management Use',
      'Users',
    ]);
  });

  it('takes the account from the file name when no User name is read', () => {
    expect(parse('', 'EX2007-NODE1/net-user-svc-cluster.txt').facts).toEqual({ account: 'svc-cluster' });
  });

  it('reports net.exe errors and reads nothing but the file name', () => {
    const text = [
      'The request will be processed at a domain controller for domain contoso.com.',
      '',
      'The user name could not be found.',
      '',
      'More help is available by typing NET HELPMSG 2221.',
      '',
    ].join('\r\n');
    expect(parse(text).facts).toEqual({ account: 'clusadmin', domain: 'contoso.com' });
    const failed = parse(
      'System error 1355 has occurred.\r\n\r\nThe specified domain either does not exist or could not be contacted.\r\n\r\n',
    );
    expect(failed).toEqual({
      facts: { account: 'clusadmin' },
      diagnostics: [
        {
          file: FILE,
          line: 1,
          severity: 'error',
          message: 'net.exe reported system error 1355: The specified domain either does not exist or could not be contacted.',
        },
      ],
    });
  });

  it('warns about a date it cannot read and leaves it out', () => {
    const { facts, diagnostics } = parse(capture([field('User name', 'clusadmin'), field('Password last set', 'yesterday')]));
    expect(facts).toEqual({ account: 'clusadmin' });
    expect(diagnostics).toEqual([
      { file: FILE, line: 2, severity: 'warning', message: '"Password last set" is not a date: "yesterday"' },
    ]);
  });

  it('does not report the last field of a capture without its closing line: groups may be missing', () => {
    const text = [
      field('User name', 'clusadmin'),
      field('Account active', 'Yes'),
      field('Global Group memberships', '*Domain Users'),
      '',
    ].join('\r\n');
    const { facts, diagnostics } = parse(text);
    expect(facts).toEqual({ account: 'clusadmin', active: true, lockedOut: false });
    expect(diagnostics).toEqual([
      {
        file: FILE,
        line: 3,
        severity: 'warning',
        message: 'truncated: no closing line after line 3, "Global Group memberships" not read',
      },
    ]);
  });

  it('names French output as unsupported and keeps the account of the file name', () => {
    const text = [
      "Nom d'utilisateur                    clusadmin",
      'Compte : actif                       Oui',
      'La commande s’est terminée correctement.',
      '',
    ].join('\r\n');
    expect(parse(text)).toEqual({
      facts: { account: 'clusadmin' },
      diagnostics: [{ file: FILE, severity: 'warning', message: 'unsupported language (French labels)' }],
    });
  });

  it('tells the language from its labels', () => {
    expect(detectLanguage(splitLines(en))).toBe('en');
    expect(detectLanguage(splitLines(de))).toBe('de');
    expect(detectLanguage(splitLines('User name   x'))).toBeUndefined();
  });

  itReadsEveryVariantOfTheCmdCapture({
    parser: parseNetUser,
    file: FILE,
    fixtures: { en, de },
    noFacts: { account: 'clusadmin' },
  });
});
