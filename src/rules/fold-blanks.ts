/** Blanks folded to one space, none at the ends. A text with nothing to fold (the most) is returned as it is. */
export function fold(text: string): string {
  return needsFolding(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

/**
 * What `replace(/\s+/g, ' ').trim()` would change: a space at an end, a blank other than a space, or two spaces.
 * Every finding's title, message and target is asked, and almost none needs folding: the ends are asked by
 * character code and the rest by the blanks written out as a class, in about half the time of the one expression
 * `/[^\S ]| {2}|^ | $/` (fold-blanks.test.ts holds the class to `\s`).
 */
export function needsFolding(text: string): boolean {
  return text.charCodeAt(0) === 32 || text.charCodeAt(text.length - 1) === 32 || INNER_BLANKS.test(text);
}

/** JavaScript's `\s` without the space (white space and line terminators), or two spaces. */
export const INNER_BLANKS = /[\t-\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}/;
