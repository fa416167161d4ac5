import { valueWord } from '../../reports/value-words';

/** A value from a bundle is shown in the report's words only when it is a word of the table, never a property of every object. */
test.each([
  ['Healthy', 'de', 'fehlerfrei'],
  ['  healthy ', 'de', 'fehlerfrei'],
  ['constructor', 'de', undefined],
  ['toString', 'en', undefined],
  ['__proto__', 'en', undefined],
  ['hasOwnProperty', 'de', undefined],
  ['a sentence far longer than any word of the table is never looked up', 'de', undefined],
] as const)('%j (%s) → %p', (text, lang, word) => {
  expect(valueWord(text, lang)).toBe(word);
});
