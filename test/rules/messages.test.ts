import { renderTemplate } from '../../src/rules/messages';

describe('message helpers', () => {
  it.each<[unknown, string, string]>([
    [0, 'less than a day', 'weniger als einen Tag'],
    [1, '1 day', '1 Tag'],
    [2, '2 days', '2 Tage'],
    [25, '25 days', '25 Tage'],
    [undefined, '?', '?'],
  ])('dayCount %p', (n, en, de) => {
    expect(renderTemplate("{{dayCount n 'en'}}", { n })).toBe(en);
    expect(renderTemplate("{{dayCount n 'de'}}", { n })).toBe(de);
  });

  it.each<[unknown, string, string]>([
    ['2008-12-15T10:15:00', '2008-12-15 10:15', '15.12.2008 10:15'],
    ['2008-12-15T10:15', '2008-12-15 10:15', '15.12.2008 10:15'],
    ['2008-12-15 10:15:07.5', '2008-12-15 10:15', '15.12.2008 10:15'],
    ['2008-10-31', '2008-10-31', '31.10.2008'],
    ['never', 'never', 'never'],
    ['2008-12-15T10:15:00Z', '2008-12-15T10:15:00Z', '2008-12-15T10:15:00Z'],
    [undefined, '?', '?'],
  ])('dateTime %p', (value, en, de) => {
    expect(renderTemplate("{{dateTime value 'en'}}", { value })).toBe(en);
    expect(renderTemplate("{{dateTime value 'de'}}", { value })).toBe(de);
  });

  it.each<[unknown, string]>([
    [0, 'yes'],
    [false, 'yes'],
    ['', 'yes'],
    [undefined, 'no'],
    [null, 'no'],
  ])('defined %p, which #if alone would take 0 and false for absent', (x, expected) => {
    expect(renderTemplate('{{#if (defined x)}}yes{{else}}no{{/if}}', { x })).toBe(expected);
  });
});
