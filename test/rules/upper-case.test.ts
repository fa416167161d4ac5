import fc from 'fast-check';
import { upperCased } from '../../src/rules/upper-case';

describe('upperCased: toUpperCase, the text itself when nothing changes', () => {
  test('every UTF-16 code unit alone, and after an ASCII letter', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (upperCased(ch) !== ch.toUpperCase() || upperCased(`KB${ch}1`) !== `KB${ch}1`.toUpperCase()) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  test.each([
    '',
    'KB921181',
    'kb921181',
    'Kb921181',
    'straße',
    'ǆ',
    'ﬀ',
    'İ',
    'ı',
    '\ud83d\ude00',
    'x'.repeat(300),
    '{|}~\u007f',
  ])('%j', (text) => expect(upperCased(text)).toBe(text.toUpperCase()));

  test('any text (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme-ascii' })),
        (t) => upperCased(t) === t.toUpperCase(),
      ),
      { numRuns: 20000, seed: 1615 },
    );
  });
});
