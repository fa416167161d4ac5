import fc from 'fast-check';
import { compareVersions } from '../../src/shared/version';

/** The definition: each dotted part `parseInt(part, 10) || 0`, missing parts 0, compared in order (the sign only). */
function byDefinition(a: string, b: string): number {
  const pa = a.split('.').map((p) => parseInt(p, 10) || 0);
  const pb = b.split('.').map((p) => parseInt(p, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

describe('compareVersions', () => {
  test.each([
    ['5.2.3790.3959', '5.2.3790.4331', -1],
    ['5.2.3790.4331', '5.2.3790.3959', 1],
    ['8.1.240.6', '8.1.240.6', 0],
    ['8.1', '8.1.0.0', 0],
    ['8.1.0.1', '8.1', 1],
    ['', '0', 0],
    ['', '.', 0],
    ['1..2', '1.0.2', 0],
    ['1.2.', '1.2', 0],
    ['007.1', '7.1', 0],
    ['10', '9', 1],
    ['999999999999999', '999999999999998', 1],
    // past the fast path: 16 digits, blanks, signs, letters, hex, exponents, other scripts' digits
    ['9007199254740993', '9007199254740992', 0],
    ['12345678901234567', '12345678901234566', 1],
    [' 5.2', '5.2', 0],
    ['-1.0', '0', -1],
    ['+3', '3', 0],
    ['6.0a', '6.0', 0],
    ['6.0.6000 SP2', '6.0.6000', 0],
    ['0x10', '0', 0],
    ['1e3', '1', 0],
    ['١.٢', '0', 0],
    ['abc', '', 0],
    ['8.1\n', '8.1', 0],
  ])('%j against %j → %d', (a, b, want) => {
    expect(compareVersions(a, b)).toBe(want);
    expect(byDefinition(a, b)).toBe(want);
  });

  const part = fc.oneof(
    fc.stringMatching(/^[0-9]{0,4}$/),
    fc.stringMatching(/^[0-9]{14,17}$/),
    fc.constantFrom('', ' 1', '-2', '+3', '4a', 'x', '0x1f', '1e2', '\t7', '٣', 'NaN', 'Infinity'),
  );
  const version = fc.array(part, { minLength: 1, maxLength: 6 }).map((parts) => parts.join('.'));

  test('gives what the definition gives for any two texts of parts (fast-check)', () => {
    fc.assert(
      fc.property(version, version, (a, b) => compareVersions(a, b) === byDefinition(a, b)),
      { numRuns: 20000, seed: 1612 },
    );
  });

  test('gives what the definition gives for close versions of digits and dots (fast-check)', () => {
    const digits = fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 0, maxLength: 5 });
    fc.assert(
      fc.property(digits, digits, fc.boolean(), (x, y, dot) => {
        const a = x.join('.') + (dot ? '.' : '');
        const b = y.join('.');
        return compareVersions(a, b) === byDefinition(a, b) && compareVersions(b, a) === byDefinition(b, a);
      }),
      { numRuns: 20000, seed: 1613 },
    );
  });

  test('any text at all (fast-check)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => compareVersions(a, b) === byDefinition(a, b)),
      { numRuns: 5000, seed: 1614 },
    );
  });
});
