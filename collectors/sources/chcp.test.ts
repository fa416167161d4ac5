import { assertNeverThrows, binaryJunk } from '../../test/helpers/parser-robustness';
import { parseChcp } from './chcp';

const FILE = 'chcp.txt';
const parse = (text: string) => parseChcp({ text, file: FILE });

describe('parseChcp', () => {
  it.each([
    ['Active code page: 437\r\n', 437, 'en'],
    ['Active code page: 850\n', 850, 'en'],
    ['Aktive Codepage: 850.\r\n', 850, 'de'],
    ['Aktive Codepage: 1252.   \r\n', 1252, 'de'],
    ['\r\nActive code page: 65001\r\n\r\n', 65001, 'en'],
  ])('%j → %d', (text, codePage, language) => {
    expect(parse(text)).toEqual({ facts: { codePage }, diagnostics: [], language });
  });

  it('reads the number in a language it does not know, and names the language', () => {
    expect(parse('Page de codes active : 850\r\n')).toEqual({
      facts: { codePage: 850 },
      diagnostics: [
        {
          file: FILE,
          line: 1,
          severity: 'info',
          message: 'unsupported language (French labels); the code page number is still read',
        },
      ],
    });
  });

  it('does not read a number the file may have been cut inside', () => {
    expect(parse('Active code page: 125')).toEqual({
      facts: {},
      diagnostics: [
        { file: FILE, line: 1, severity: 'warning', message: 'truncated: the file ends inside the code page number' },
      ],
    });
    expect(parse('Aktive Codepage: 850.').facts).toEqual({ codePage: 850 });
  });

  it('says when there is no code page', () => {
    expect(parse('Parameter format not correct - "x"\r\n')).toEqual({
      facts: {},
      diagnostics: [{ file: FILE, line: 1, severity: 'error', message: 'not chcp output: no code page number' }],
    });
  });

  it('says that code page 0 names none: chcp without a console, as Wine runs it', () => {
    expect(parse('Active code page: 0\r\n')).toEqual({
      facts: {},
      diagnostics: [
        {
          file: FILE,
          line: 1,
          severity: 'error',
          message:
            'code page 0 is no code page: chcp ran without a console (as under Wine); the cmd outputs are decoded from their bytes (CP850 unless they are UTF-8 or ANSI)',
        },
      ],
      language: 'en',
    });
    expect(parse('Active code page: 850\r\n').facts).toEqual({ codePage: 850 });
  });

  it('gives no facts for empty or binary input, and never throws', () => {
    expect(parse('').diagnostics[0]?.message).toBe('empty file: the command wrote nothing');
    expect(parse(binaryJunk()).facts).toEqual({});
    assertNeverThrows(parseChcp, 'Aktive Codepage: 850.\r\n');
  });
});
