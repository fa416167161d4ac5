import { fold, INNER_BLANKS, needsFolding } from '../../src/rules/fold-blanks';

/** What `fold` must give: the one expression it replaces. */
const folded = (text: string) => text.replace(/\s+/g, ' ').trim();

test('the class of blanks is exactly `\\s` without the space, over every UTF-16 code unit', () => {
  const differing: number[] = [];
  for (let code = 0; code <= 0xffff; code++) {
    const ch = String.fromCharCode(code);
    const isBlankButSpace = /\s/.test(ch) && ch !== ' ';
    if (INNER_BLANKS.test(`a${ch}b`) !== isBlankButSpace) differing.push(code);
  }
  expect(differing).toEqual([]);
});

test.each([
  ['', false],
  ['plain text', false],
  ['a single space between words', false],
  [' leading space', true],
  ['trailing space ', true],
  [' ', true],
  ['two  spaces', true],
  ['a\ttab', true],
  ['a\nline', true],
  ['a\r\nline', true],
  ['no\u00a0break', true],
  ['ideographic\u3000space', true],
  ['byte order\ufeffmark', true],
  ['line\u2028separator', true],
  ['next line \u0085 is not a blank to JavaScript', false],
  ['mongolian vowel separator\u180e is not either', false],
  ['zero width\u200bspace is not either', false],
])('%j needs folding: %s', (text, expected) => {
  expect(needsFolding(text)).toBe(expected);
  expect(needsFolding(text)).toBe(folded(text) !== text);
  expect(fold(text)).toBe(folded(text));
});

test('fold gives what the one expression gives for texts made of blanks, spaces and letters', () => {
  const parts = [' ', '  ', '\t', '\n', '\u00a0', 'a', 'bc', '\u2029', '\u0085'];
  for (const a of parts)
    for (const b of parts)
      for (const c of parts) {
        const text = a + b + c;
        expect(fold(text)).toBe(folded(text));
      }
});
