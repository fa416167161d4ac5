/**
 * `text.toUpperCase()`, the text itself when upper-casing changes nothing: a text of ASCII without a–z (every KB
 * number, most hotfix and setting names). The sets of per-node values are compared and shown upper-cased, member by
 * member, for every cluster: a look at the characters is about half of what a new upper-cased text costs. Any other
 * character (a–z, or anything beyond ASCII, whose upper case only `toUpperCase` knows) is upper-cased by it.
 */
export function upperCased(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && (c <= 122 || c > 127)) return text.toUpperCase();
  }
  return text;
}
