/**
 * `fc.string({ unit: 'binary' })` without its set-up cost. fast-check draws a binary unit as one of the
 * 1,112,064 Unicode scalar values (every code point but the surrogates) and, when the arbitrary is built,
 * fills a reverse map of all of them (to recognise its "dangerous" strings such as `__proto__`): about 1 s of CPU on a
 * quiet machine and 5 s under load, paid again in every jest test file, since each file loads fast-check
 * afresh. This unit draws the same code points from the same random numbers (the same `nat` mapped the same
 * way, so a seed gives the very same strings; test/helpers/binary-string.test.ts checks it) and recognises a
 * code point by reading it back, which costs nothing up front.
 */
import fc from 'fast-check';

// fast-check's ranges [0, 0xd7ff] and [0xe000, 0x10ffff], numbered one after the other.
const FIRST_SURROGATE = 0xd800;
const SURROGATES = 0x800;
const LAST_INDEX = 0x10ffff - SURROGATES;

const codePointAt = (index: number): string => String.fromCodePoint(index < FIRST_SURROGATE ? index : index + SURROGATES);

function indexOf(value: unknown): number {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2) throw new Error('not one code point');
  const codePoint = value.codePointAt(0)!;
  const isSurrogate = codePoint >= FIRST_SURROGATE && codePoint < FIRST_SURROGATE + SURROGATES;
  if (isSurrogate || String.fromCodePoint(codePoint) !== value) throw new Error('not one scalar value');
  return codePoint < FIRST_SURROGATE ? codePoint : codePoint - SURROGATES;
}

/** One Unicode scalar value (any code point but a surrogate): fast-check's `binary` unit. */
export const anyCodePoint: fc.Arbitrary<string> = fc.nat({ max: LAST_INDEX }).map(codePointAt, indexOf);

/** `fc.string({ unit: 'binary', ...constraints })`, the same strings for the same seed. */
export function binaryString(constraints: Omit<fc.StringConstraints, 'unit'> = {}): fc.Arbitrary<string> {
  return fc.string({ ...constraints, unit: anyCodePoint });
}
