// @ts-nocheck
import { endsMidLine, joinWrapped } from './console-wrap';

describe('joinWrapped', () => {
  const full = 'Description . . . . . . . . . . . : Atheros AR8131 PCI-E Gigabit Ethernet Con'.padStart(80);
  const short = 'Time Zone:                 (GMT+01:00) Amsterdam, Berlin, Bern, Rome,';

  it('joins a start that filled the row without a blank (the break fell inside a word)', () => {
    expect(full).toHaveLength(80);
    expect(joinWrapped(full, 'troller')).toBe(`${full}troller`);
  });

  it('puts back the blank a shorter start lost (the break fell on a blank)', () => {
    expect(short.length).toBeLessThan(80);
    expect(joinWrapped(short, 'Stockholm')).toBe(`${short} Stockholm`);
  });

  it('takes the width as a parameter (wider consoles)', () => {
    expect(joinWrapped('a'.repeat(120), 'b', 120)).toBe('a'.repeat(120) + 'b');
    expect(joinWrapped('a'.repeat(80), 'b', 120)).toBe('a'.repeat(80) + ' b');
  });
});

describe('endsMidLine', () => {
  it.each([
    ['', false],
    ['a\r\n', false],
    ['a\n', false],
    ['a\r', false],
    ['a\r\nb', true],
    ['a', true],
  ])('%j → %s', (text, expected) => {
    expect(endsMidLine(text)).toBe(expected);
  });
});
