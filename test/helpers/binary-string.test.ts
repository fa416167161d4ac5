import fc from 'fast-check';
import { anyCodePoint, binaryString } from './binary-string';

// The one test file that builds fast-check's own binary unit (about 1 s of set-up), to show that ours draws
// the same strings: if a fast-check upgrade changes its binary unit, this fails and the helper must follow.
describe('binaryString', () => {
  const theirs = fc.string({ unit: 'binary', maxLength: 400 });
  const ours = binaryString({ maxLength: 400 });

  it.each([42, 1, 20081120])('draws the very strings fast-check draws for seed %d', (seed) => {
    expect(fc.sample(ours, { seed, numRuns: 300 })).toEqual(fc.sample(theirs, { seed, numRuns: 300 }));
  });

  it('recognises the same values (fast-check mixes in strings such as __proto__ through them)', () => {
    const single = fc.string({ unit: 'binary', minLength: 1, maxLength: 1 });
    const ourSingle = binaryString({ minLength: 1, maxLength: 1 });
    const values = ['a', '\u0000', '\ud7ff', '\ud800', '\udfff', '\ue000', '\u{1f600}', '\u{10ffff}', '', 'ab', '\ud800\ud800'];
    for (const value of values) {
      expect([value, ourSingle.canShrinkWithoutContext(value)]).toEqual([value, single.canShrinkWithoutContext(value)]);
      expect([value, ours.canShrinkWithoutContext(value)]).toEqual([value, theirs.canShrinkWithoutContext(value)]);
    }
    expect(ours.canShrinkWithoutContext('__proto__')).toBe(true);
    expect(anyCodePoint.canShrinkWithoutContext('\u{10ffff}')).toBe(true);
    expect(anyCodePoint.canShrinkWithoutContext('\ud800')).toBe(false);
  });
});
