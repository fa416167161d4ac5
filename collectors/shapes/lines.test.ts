import fc from 'fast-check';
import { endsWithBlankLine } from './format-list';
import { splitField } from './label-value';
import { isSpace, splitLines, trimBlanksEnd, trimEndWhere } from './lines';

/**
 * The linear replacements of regexes that cost the square of a long blank run: each must give what the regex
 * gave, on every string of the characters that matter to it.
 */
const chars = (alphabet: string[]) => fc.array(fc.constantFrom(...alphabet), { maxLength: 14 }).map((a) => a.join(''));

describe('trimBlanksEnd', () => {
  it.each([
    ['value   ', 'value'],
    ['value\t \u0000\u0000', 'value'],
    ['a   b', 'a   b'],
    ['   ', ''],
    ['', ''],
    ['x\u00A0', 'x\u00A0'],
  ])('%j → %j', (text, trimmed) => expect(trimBlanksEnd(text)).toBe(trimmed));

  it('trims what /[ \\t\\u0000]+$/ trims', () => {
    fc.assert(
      fc.property(chars([' ', '\t', '\u0000', 'a', '\u00A0']), (text) => {
        // eslint-disable-next-line no-control-regex
        expect(trimBlanksEnd(text)).toBe(text.replace(/[ \t\u0000]+$/, ''));
      }),
    );
  });

  it('keeps a long run of blanks inside a line and drops the one at its end', () => {
    const line = `Host Name${' '.repeat(200000)}EX1${' '.repeat(100000)}`;
    expect(splitLines(`${line}\r\n`)).toEqual([{ no: 1, text: `Host Name${' '.repeat(200000)}EX1` }]);
  });
});

describe('trimEndWhere and isSpace', () => {
  it('trims what /[\\s.]+$/ trims', () => {
    fc.assert(
      fc.property(chars([' ', '.', '\t', 'a', '\u00A0', '\u2028', '\u200B']), (text) => {
        expect(trimEndWhere(text, (c) => c === '.' || isSpace(c))).toBe(text.replace(/[\s.]+$/, ''));
      }),
    );
  });

  it.each([' ', '\t', '\u00A0', '\u2028', '\uFEFF', '\n'])('%j is a blank', (c) => expect(isSpace(c)).toBe(true));
  it.each(['a', '.', '\u200B', '\u0000'])('%j is not', (c) => expect(isSpace(c)).toBe(false));
});

describe('splitField without a value column', () => {
  /** The regex splitField used before, quadratic on a long blank run without a colon. */
  const before = (text: string) => {
    const m = /^(\s*[^:\s[][^:]*?)\s*:(?:\s+(.*))?$/.exec(text);
    if (!m) return undefined;
    const label = m[1]!
      .trim()
      .replace(/[\s.]+$/, '')
      .replace(/\s+/g, ' ');
    return { label, value: (m[2] ?? '').trim() };
  };

  it('splits as the regex did', () => {
    fc.assert(
      fc.property(chars([' ', ':', 'a', '[', '.', '\t', '\u2028', 'b']), (text) => {
        expect(splitField(text)).toEqual(before(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a label followed by a long blank run and no colon as no field', () => {
    expect(splitField(`Name${' '.repeat(100000)}x`)).toBeUndefined();
    expect(splitField(`Name${' .'.repeat(50000)}: x`)).toEqual({ label: 'Name', value: 'x' });
  });
});

describe('endsWithBlankLine (Format-List output ends with an empty line)', () => {
  it('tests what /\\n[ \\t\\u0000]*\\n\\s*$/ tests', () => {
    fc.assert(
      fc.property(chars(['\n', '\r', ' ', '\t', '\u0000', 'a', '\u00A0']), (text) => {
        // eslint-disable-next-line no-control-regex
        expect(endsWithBlankLine(text)).toBe(/\n[ \t\u0000]*\n\s*$/.test(text.replace(/\r\n?/g, '\n')));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads many line breaks before a last word as a file cut short', () => {
    expect(endsWithBlankLine(`${'\r\n'.repeat(100000)}x`)).toBe(false);
    expect(endsWithBlankLine(`x${'\r\n'.repeat(100000)}`)).toBe(true);
  });
});
