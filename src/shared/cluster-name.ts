import type { Lang } from '../rules/rule-schema';

/**
 * The name of a server or cluster as a text in `lang` writes it. The snapshot names a cluster that the bundle
 * plans "CCR (planned: MBX1, MBX2)" (src/snapshot/assemble/clusters.ts); German texts write "CCR (geplant: MBX1,
 * MBX2)". Host names have no spaces or parentheses, so no real name is changed.
 */
export function displayName(name: string, lang: Lang): string {
  if (lang === 'en') return name;
  const planned = /^(.+) \(planned: (.+)\)$/.exec(name);
  return planned ? `${planned[1]} (geplant: ${planned[2]})` : name;
}
