// @ts-nocheck
import { CATEGORIES, type Lang } from '../rule-schema';
import { categoryLabel, docLabels, severityLabel } from './labels';
import type { RuleDoc } from './rule-doc';

/** Plain text (rule titles, rationale, remediation) as Markdown that shows it as written: `\\<hub>\share` stays so. */
const plain = (text: string) => text.replace(/[\\`*_[\]<>]/g, (c) => `\\${c}`);
/** Plain text for a Markdown table cell: one line, pipes escaped too. */
const cell = (text: string) => plain(text).replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');

/** A rule's page, `docs/rules/<lang>/<ID>.md`. */
export function renderRulePage(doc: RuleDoc): string {
  const l = docLabels(doc.lang);
  const other = doc.lang === 'en' ? 'de' : 'en';
  const out = [
    `<!-- ${l.generated} -->`,
    '',
    `# ${doc.id}: ${plain(doc.title)}`,
    '',
    `| ${l.severity} | ${l.category} | ${l.profiles} | ${l.scope} |`,
    '|---|---|---|---|',
    `| ${severityLabel(doc.severity, doc.lang)} | ${categoryLabel(doc.category, doc.lang)} | ${doc.profiles.join(', ')} | ${doc.scope} |`,
    '',
    `## ${l.whatIsChecked}`,
    '',
    doc.prose ?? l.noProse,
    '',
    `## ${l.why}`,
    '',
    plain(doc.rationale),
    '',
    `## ${l.howToFix}`,
    '',
    plain(doc.remediation),
  ];
  if (doc.assumption) out.push('', `## ${l.assumption}`, '', plain(doc.assumption));
  if (doc.parameters.length > 0) {
    out.push('', `## ${l.parameters}`, '', `| ${l.parameter} | ${l.defaultValue} | ${l.description} |`, '|---|---|---|');
    for (const p of doc.parameters) out.push(`| \`${p.name}\` | ${p.defaultValue} | ${cell(p.description)} |`);
  }
  out.push('', `## ${l.factsAndSources}`, '', `| ${l.fact} | ${l.sourceFiles} |`, '|---|---|');
  for (const f of doc.facts) out.push(`| \`${f.path}\` | ${f.sources.map((s) => `\`${s}\``).join(', ') || l.derived} |`);
  out.push('', `## ${l.references}`, '', ...doc.references.map((r) => `- [${cell(r.title)}](${r.url})`));
  out.push('', `[${l.otherLanguage}](../${other}/${doc.id}.md) · [${l.index}](../README.md)`, '');
  return out.join('\n');
}

/** The index, `docs/rules/README.md`: every rule by category, with its English and German page. */
export function renderRuleIndex(docs: { en: RuleDoc; de: RuleDoc }[]): string {
  const en = docLabels('en');
  const de = docLabels('de');
  const out = [`<!-- ${en.generated} -->`, '', `# ${en.rulesTitle} · ${de.rulesTitle}`, '', en.rulesIntro, '', de.rulesIntro];
  const categories = [...CATEGORIES, ...new Set(docs.map((d) => d.en.category))].filter((c, i, all) => all.indexOf(c) === i);
  for (const category of categories) {
    const rows = docs.filter((d) => d.en.category === category).sort((a, b) => a.en.id.localeCompare(b.en.id));
    if (rows.length === 0) continue;
    const german = categoryLabel(category, 'de');
    out.push('', `## ${category}${german === category ? '' : ` · ${german}`}`, '');
    out.push(`| ID | ${en.severity} | ${en.profiles} | ${en.scope} | English | Deutsch |`, '|---|---|---|---|---|---|');
    for (const { en: e, de: d } of rows) {
      const profiles = e.profiles.map((p) => p[0]!.toUpperCase()).join(' ');
      out.push(
        `| [${e.id}](en/${e.id}.md) | ${e.severity} | ${profiles} | ${e.scope} | [${cell(e.title)}](en/${e.id}.md) | [${cell(d.title)}](de/${d.id}.md) |`,
      );
    }
  }
  out.push('');
  return out.join('\n');
}

export const DOC_LANGUAGES: Lang[] = ['en', 'de'];
