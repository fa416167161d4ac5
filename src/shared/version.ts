/** Compares dotted versions numerically (`5.2.3790.4331` > `5.2.3790.3959`); missing parts count as 0. */
export function compareVersions(a: string, b: string): number {
  return compareDigitsAndDots(a, b) ?? compareParsed(a, b);
}

/**
 * Each part `parseInt(part, 10) || 0`, compared in order. The general form, for any text (blanks, signs, letters after
 * the digits, parts too long for a number to hold exactly).
 */
function compareParsed(a: string, b: string): number {
  const pa = a.split('.').map((p) => parseInt(p, 10) || 0);
  const pb = b.split('.').map((p) => parseInt(p, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

/** The most digits a part may have here: every such number is exact in a double, as `parseInt` gives it. */
const MAX_DIGITS = 15;

/**
 * `compareParsed` for versions of ASCII digits and dots only (every version a snapshot holds), read character by
 * character: no lists, no texts per part (the rules compare a version for every server). An empty part is 0 as
 * `parseInt('') || 0` is, and a missing part 0 too, so the parts can be compared pairwise until both texts end.
 * Undefined for any other text (or a part of more than MAX_DIGITS digits): `compareParsed` decides it.
 */
function compareDigitsAndDots(a: string, b: string): number | undefined {
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    let x = 0;
    for (let digits = 0; i < a.length; i++) {
      const c = a.charCodeAt(i);
      if (c === 46) break;
      if (c < 48 || c > 57 || ++digits > MAX_DIGITS) return undefined;
      x = x * 10 + (c - 48);
    }
    let y = 0;
    for (let digits = 0; j < b.length; j++) {
      const c = b.charCodeAt(j);
      if (c === 46) break;
      if (c < 48 || c > 57 || ++digits > MAX_DIGITS) return undefined;
      y = y * 10 + (c - 48);
    }
    if (x !== y) return x < y ? -1 : 1;
    i++; // past the dot (or the end)
    j++;
  }
  return 0;
}
