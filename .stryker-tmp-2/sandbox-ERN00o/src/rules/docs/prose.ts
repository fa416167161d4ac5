// @ts-nocheck
import { existsSync, readFileSync } from 'fs';
import type { LocalizedText } from '../rule-schema';

/**
 * The short prose file beside each rule (`rules/<category>/<ID>.md`): what exactly is checked and how, in
 * English and German, in a fixed format:
 *
 *     # <ID>
 *
 *     ## English
 *
 *     <paragraphs>
 *
 *     ## Deutsch
 *
 *     <paragraphs>
 */
export type RuleProse = LocalizedText;

const SECTIONS: Record<string, keyof RuleProse> = { English: 'en', Deutsch: 'de' };

/** Parses a prose file; returns its two sections or the problems found (each naming what is wrong). */
export function parseRuleProse(text: string, id: string): { prose?: RuleProse; problems: string[] } {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const problems: string[] = [];
  const heading = lines.find((l) => l.trim() !== '');
  if (heading?.trim() !== `# ${id}`) problems.push(`first line must be "# ${id}", found "${heading?.trim() ?? ''}"`);
  const parts: Partial<Record<keyof RuleProse, string[]>> = {};
  let current: keyof RuleProse | undefined;
  for (const line of lines) {
    const section = /^## (.+?)\s*$/.exec(line);
    if (section) {
      current = SECTIONS[section[1]!];
      if (!current) problems.push(`unknown section "## ${section[1]}" (expected "## English" and "## Deutsch")`);
      else if (parts[current]) problems.push(`section "## ${section[1]}" appears twice`);
      else parts[current] = [];
      continue;
    }
    if (current) parts[current]!.push(line);
  }
  const text_ = (lang: keyof RuleProse) => (parts[lang] ?? []).join('\n').trim();
  for (const [name, lang] of Object.entries(SECTIONS)) {
    if (!parts[lang]) problems.push(`section "## ${name}" is missing`);
    else if (!text_(lang)) problems.push(`section "## ${name}" is empty`);
  }
  return problems.length > 0 ? { problems } : { prose: { en: text_('en'), de: text_('de') }, problems };
}

/** The prose file of a rule file (`NET-002.json` → `NET-002.md`), or undefined when there is none or it is broken. */
export function readRuleProse(ruleFile: string, id: string): RuleProse | undefined {
  const file = proseFileOf(ruleFile);
  if (!existsSync(file)) return undefined;
  return parseRuleProse(readFileSync(file, 'utf8'), id).prose;
}

export function proseFileOf(ruleFile: string): string {
  return ruleFile.replace(/\.json$/, '.md');
}
