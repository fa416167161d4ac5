// @ts-nocheck
import { itReadsEveryVariantOfTheCmdCapture, readCmdFixture } from '../../test/helpers/cmd-source';
import { wrapAsConsole } from '../../test/helpers/parser-robustness';
import { splitLines } from '../shapes/lines';
import { detectLanguage, parseNetLocalgroupAdministrators } from './net-localgroup-administrators';

// Fixtures: test/fixtures/sources/net-localgroup-administrators/{en,de}.txt, written as net.exe prints
// `net localgroup Administrators` / `net localgroup Administratoren` (layout of published captures: values at
// column 15 in English and 14 in German, a comment longer than 80 columns, 79 dashes; German in CP850).
const FILE = 'net-localgroup-administrators.txt';
const en = readCmdFixture('net-localgroup-administrators', 'en.txt');
const de = readCmdFixture('net-localgroup-administrators', 'de.txt');
const parse = (text: string) => parseNetLocalgroupAdministrators({ text, file: FILE });
const DASHES = '-'.repeat(79);

describe('parseNetLocalgroupAdministrators', () => {
  it('reads name, comment and members of an English capture', () => {
    expect(parse(en)).toEqual({
      facts: {
        groupName: 'Administrators',
        comment: 'Administrators have complete and unrestricted access to the computer/domain',
        members: ['Administrator', 'CONTOSO\\clusadmin', 'CONTOSO\\Domain Admins', 'CONTOSO\\Exchange Servers'],
      },
      diagnostics: [],
      language: 'en',
    });
  });

  it('reads a German capture (CP850)', () => {
    expect(parse(de)).toEqual({
      facts: {
        groupName: 'Administratoren',
        comment: 'Administratoren haben uneingeschränkten Vollzugriff auf den Computer bzw. die Domäne.',
        members: ['Administrator', 'CONTOSO\\clusadmin', 'CONTOSO\\Domänen-Admins'],
      },
      diagnostics: [],
      language: 'de',
    });
  });

  it('joins the comment a console copy wrapped at 80 columns', () => {
    const wrapped = wrapAsConsole(en, 80);
    expect(splitLines(wrapped)[2]!.text).toBe('ter/domain');
    expect(parse(wrapped).facts.comment).toBe('Administrators have complete and unrestricted access to the computer/domain');
  });

  it('reads a group without members as an empty list', () => {
    const text = ['Alias name     Administrators', '', 'Members', '', DASHES, 'The command completed successfully.', ''].join(
      '\r\n',
    );
    expect(parse(text).facts).toEqual({ groupName: 'Administrators', members: [] });
  });

  it('does not report members when the closing line is missing: the list may be cut short', () => {
    const text = ['Alias name     Administrators', '', 'Members', '', DASHES, 'Administrator', 'CONTOSO\\clusadmin', ''].join(
      '\r\n',
    );
    const { facts, diagnostics } = parse(text);
    expect(facts).toEqual({ groupName: 'Administrators' });
    expect(diagnostics).toEqual([
      {
        file: FILE,
        line: 7,
        severity: 'warning',
        message: 'truncated: no closing line after line 7, the member list may be incomplete',
      },
    ]);
  });

  it('reads the members of Spanish output, whose labels it does not know', () => {
    const text = [
      'Nombre de alias     Administradores',
      '',
      'Miembros',
      '',
      DASHES,
      'Administrador',
      'CONTOSO\\clusadmin',
      'Se ha completado el comando correctamente.',
      '',
    ].join('\r\n');
    expect(parse(text)).toEqual({
      facts: { members: ['Administrador', 'CONTOSO\\clusadmin'] },
      diagnostics: [{ file: FILE, severity: 'warning', message: 'unsupported language (Spanish labels)' }],
    });
  });

  it('reports a group that does not exist', () => {
    const text = ['System error 1376 has occurred.', '', 'The specified local group does not exist.', '', ''].join('\r\n');
    expect(parse(text)).toEqual({
      facts: {},
      diagnostics: [
        {
          file: FILE,
          line: 1,
          severity: 'error',
          message: 'net.exe reported system error 1376: The specified local group does not exist.',
        },
      ],
    });
  });

  it('tells the language from its labels', () => {
    expect(detectLanguage(splitLines(en))).toBe('en');
    expect(detectLanguage(splitLines(de))).toBe('de');
  });

  itReadsEveryVariantOfTheCmdCapture({ parser: parseNetLocalgroupAdministrators, file: FILE, fixtures: { en, de }, noFacts: {} });
});
