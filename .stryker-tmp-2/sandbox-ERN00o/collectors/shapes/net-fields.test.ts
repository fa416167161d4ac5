// @ts-nocheck
import { toLf, withTrailingBlanks, wrapAsConsole } from '../../test/helpers/parser-robustness';
import { foldLabel, parseNetFields, starredNames } from './net-fields';

const FILE = 'net-user-clusadmin.txt';
const field = (label: string, value = '', column = 29) => `${label.padEnd(column)}${value}`.trimEnd();
const LABELS = [
  'User name',
  'Full Name',
  'Comment',
  'Account active',
  'Local Group Memberships',
  'Global Group memberships',
  'Logon hours allowed',
];

// Layout of published `net user` captures (English, value column 29).
const USER = [
  'The request will be processed at a domain controller for domain contoso.com.',
  '',
  field('User name', 'clusadmin'),
  field('Full Name'),
  field('Comment', 'Runs the cluster service of CCR-CLUSTER001 and must never expire its password at all'),
  field('Account active', 'Yes'),
  '',
  field('Logon hours allowed', 'Sunday 13:00:00 - 19:00:00'),
  field('', 'Monday 13:00:00 - 15:00:00'),
  '',
  field('Local Group Memberships', '*Administrators       *Users'),
  field('Global Group memberships', '*Domain Users'),
  'The command completed successfully.',
  '',
  '',
].join('\r\n');

const read = (text: string, labels = LABELS) => parseNetFields(text, FILE, labels);

describe('parseNetFields', () => {
  it('reads the preamble, the fields with their continuation lines, and the closing line', () => {
    const { fields, diagnostics } = read(USER);
    expect(diagnostics).toEqual([]);
    expect(fields.domain).toBe('contoso.com');
    expect(fields.completed).toBe(true);
    expect(fields.members).toBeUndefined();
    expect(fields.fields).toEqual([
      { label: 'User name', value: 'clusadmin', more: [], line: 3 },
      { label: 'Full Name', value: '', more: [], line: 4 },
      {
        label: 'Comment',
        value: 'Runs the cluster service of CCR-CLUSTER001 and must never expire its password at all',
        more: [],
        line: 5,
      },
      { label: 'Account active', value: 'Yes', more: [], line: 6 },
      { label: 'Logon hours allowed', value: 'Sunday 13:00:00 - 19:00:00', more: ['Monday 13:00:00 - 15:00:00'], line: 8 },
      { label: 'Local Group Memberships', value: '*Administrators       *Users', more: [], line: 11 },
      { label: 'Global Group memberships', value: '*Domain Users', more: [], line: 12 },
    ]);
  });

  it('gives the same fields from LF, trailing blanks and a console copy wrapped at 80 columns', () => {
    const strip = (text: string) => read(text).fields.fields.map(({ label, value, more }) => ({ label, value, more }));
    const expected = strip(USER);
    expect(wrapAsConsole(USER, 80).split('\r\n')).toContain(' never expire its password at all'); // the break fell on a blank
    for (const variant of [toLf(USER), withTrailingBlanks(USER), wrapAsConsole(USER, 80), wrapAsConsole(toLf(USER), 80)]) {
      expect(strip(variant)).toEqual(expected);
    }
  });

  it('reads German output: the preamble, value column 36, the closing line', () => {
    const text = [
      'Die Anforderung wird bei einem Domänencontroller für Domäne contoso.com bearbeitet.',
      '',
      field('Kennwort läuft ab', 'Nie', 36),
      field('Globale Gruppenmitgliedschaften', '*Domänen-Benutzer', 36),
      'Der Befehl wurde erfolgreich ausgeführt.',
      '',
    ].join('\r\n');
    const { fields } = read(text, ['Kennwort läuft ab', 'Globale Gruppenmitgliedschaften']);
    expect(fields.domain).toBe('contoso.com');
    expect(fields.completed).toBe(true);
    expect(fields.fields.map((f) => [f.label, f.value])).toEqual([
      ['Kennwort läuft ab', 'Nie'],
      ['Globale Gruppenmitgliedschaften', '*Domänen-Benutzer'],
    ]);
  });

  it('splits a known label followed by a single blank, where the value column is too narrow for it', () => {
    const text = ['Global Group memberships *Domain Users', field('User name', 'x'), field('Account active', 'Yes'), ''].join(
      '\r\n',
    );
    expect(read(text).fields.fields[0]).toEqual({ label: 'Global Group memberships', value: '*Domain Users', more: [], line: 1 });
  });

  it('splits unknown labels at the value column or the first double blank', () => {
    const text = [
      field('Nom complet', 'Jean'),
      field('Compte actif', 'Oui'),
      'Commentaire  x',
      'La commande s’est terminée correctement.',
      '',
    ].join('\r\n');
    expect(read(text, []).fields.fields.map((f) => [f.label, f.value])).toEqual([
      ['Nom complet', 'Jean'],
      ['Compte actif', 'Oui'],
      ['Commentaire', 'x'],
    ]);
  });

  it('reads the member list after the dash rule', () => {
    const text = [
      field('Alias name', 'Administrators', 15),
      '',
      'Members',
      '',
      '-'.repeat(79),
      'Administrator',
      'CONTOSO\\Domain Admins',
      'The command completed successfully.',
      '',
    ].join('\r\n');
    const { fields } = read(text, ['Alias name', 'Members']);
    expect(fields.members).toEqual(['Administrator', 'CONTOSO\\Domain Admins']);
    expect(fields.membersLine).toBe(5);
    expect(fields.completed).toBe(true);
  });

  it('reads system errors with the lines that explain them', () => {
    const text = ['System error 5 has occurred.', '', 'Access is denied.', '', ''].join('\r\n');
    expect(read(text).fields).toEqual({
      fields: [],
      completed: false,
      errors: [
        { line: 1, code: 5, text: 'System error 5 has occurred.' },
        { line: 3, text: 'Access is denied.' },
      ],
    });
    expect(read('Systemfehler 1355 aufgetreten.\r\n').fields.errors[0]!.code).toBe(1355);
  });

  it('drops the last field of a capture cut off without its closing line', () => {
    const cut = USER.slice(0, USER.indexOf('*Domain Users') + 5);
    const { fields, diagnostics } = read(cut);
    expect(fields.fields.map((f) => f.label)).not.toContain('Global Group memberships');
    expect(diagnostics).toEqual([
      {
        file: FILE,
        line: 12,
        severity: 'warning',
        message: 'truncated: line 12 is cut off, "Global Group memberships" not read',
      },
    ]);
  });

  it('notes that net.exe completed with errors', () => {
    const { fields, diagnostics } = read('The command completed with one or more errors.\r\n');
    expect(fields.completed).toBe(true);
    expect(diagnostics).toEqual([{ file: FILE, line: 1, severity: 'warning', message: 'net.exe reported errors' }]);
  });
});

describe('starredNames', () => {
  it.each([
    [['*Domain Users         *Exchange Servers'], ['Domain Users', 'Exchange Servers']],
    [['*Performance Log Users*Remote Desktop Users'], ['Performance Log Users', 'Remote Desktop Users']],
    [
      ['*Administrators', '*Users'],
      ['Administrators', 'Users'],
    ],
    [['*None'], ['None']],
    [[''], []],
  ])('reads %p as %p', (values, names) => {
    expect(starredNames(values)).toEqual(names);
  });
});

describe('foldLabel', () => {
  it('compares labels whatever happened to their umlauts', () => {
    expect(foldLabel('Kennwort läuft ab')).toBe(foldLabel('Kennwort l„uft ab'));
    expect(foldLabel('Kennwort läuft ab')).toBe(foldLabel('KENNWORT LUFT  AB'));
  });
});
