import { createHash } from 'crypto';
import type { Snapshot } from '../snapshot/schema';
import type { Analysis } from '../rules/evaluate';
import type { Lang, Profile, RuleFile } from '../rules/rule-schema';
import type { Branding, Report } from './report-schema';
import type { Diagnostic } from '../shared/diagnostic';
import { renderTemplate } from '../rules/render-template';
import { coverageOf } from './coverage';
import { inventoryOf } from './inventory';

type Finding = Report['findings'][number];
type NotEvaluated = Report['notEvaluated'][number];

export interface ScanMeta {
  profile: Profile;
  lang: Lang;
  startedAt: string;
  finishedAt: string;
  toolVersion: string;
  /** The rules that ran: their rationale and titles go into the report, so it renders again without them. */
  rules?: readonly RuleTexts[];
  /** Customer, consultant, logo and accent colour from the command line or the config file. */
  branding?: Branding;
}

/** What a report needs of a rule beyond its findings. */
export type RuleTexts = Pick<RuleFile, 'id' | 'title' | 'severity' | 'category' | 'rationale'>;

/** Assembles the JSON report, its keys in the contract's order, so the same input gives the same bytes. */
export function buildReport(snapshot: Snapshot, analysis: Analysis, meta: ScanMeta): Report {
  const count = (s: string) => analysis.findings.filter((f) => f.severity === s).length;
  const scan: Report['scan'] = {
    profile: meta.profile,
    startedAt: meta.startedAt,
    finishedAt: meta.finishedAt,
    source: snapshot.bundle.source,
    lang: meta.lang,
    ...(snapshot.bundle.customer !== undefined ? { customer: snapshot.bundle.customer } : {}),
    ...(snapshot.bundle.consultant !== undefined ? { consultant: snapshot.bundle.consultant } : {}),
    ...(snapshot.bundle.collectedAt !== undefined ? { collectedAt: snapshot.bundle.collectedAt } : {}),
    snapshotSha256: snapshotHash(snapshot),
    servers: snapshot.servers.map((s) => s.name),
    rules: analysis.rulesRun,
  };
  const texts = new Map((meta.rules ?? []).map((r) => [r.id, r]));
  return {
    schemaVersion: 1,
    tool: { name: 'bpa', version: meta.toolVersion },
    scan,
    ...(meta.branding && Object.keys(meta.branding).length > 0 ? { branding: meta.branding } : {}),
    summary: {
      critical: count('critical'),
      warning: count('warning'),
      info: count('info'),
      notEvaluated: analysis.notEvaluated.length,
    },
    coverage: coverageOf(snapshot, analysis),
    findings: analysis.findings.map((f) => withRationale(f, texts.get(f.ruleId), meta.lang)),
    notEvaluated: analysis.notEvaluated.map((n) => withRuleTitle(n, texts.get(n.ruleId), meta.lang)),
    diagnostics: collectionDiagnostics(snapshot),
    inventory: inventoryOf(snapshot),
    ...(texts.size > 0 ? { rules: ruleTitles(analysis.rulesRun, texts, meta.lang) } : {}),
  };
}

/** The title, severity and category of every check that ran (and whose texts were given), by id. */
function ruleTitles(ids: readonly string[], texts: Map<string, RuleTexts>, lang: Lang): NonNullable<Report['rules']> {
  const out: NonNullable<Report['rules']> = {};
  for (const id of [...ids].sort()) {
    const rule = texts.get(id);
    if (rule) out[id] = { title: titleOf(rule, lang), severity: rule.severity, category: rule.category };
  }
  return out;
}

/** The finding with its rule's rationale after the message (the keys in the schema's order). */
function withRationale(finding: Finding, rule: RuleTexts | undefined, lang: Lang): Finding {
  if (!rule) return finding;
  const { evidence, notChecked, remediation, references, fingerprint, ...head } = finding;
  return {
    ...head,
    rationale: rule.rationale[lang],
    evidence,
    ...(notChecked ? { notChecked } : {}),
    remediation,
    references,
    fingerprint,
  };
}

/** A not-evaluated item named by its rule's title, severity and category, so a report can say what was not checked. */
function withRuleTitle(item: NotEvaluated, rule: RuleTexts | undefined, lang: Lang): NotEvaluated {
  if (!rule) return item;
  const { ruleId, ...rest } = item;
  return { ruleId, title: titleOf(rule, lang), severity: rule.severity, category: rule.category, ...rest };
}

/**
 * A rule's title, rendered once per rule and language: it names no fact (rendered with no data), and every
 * report of a scan (each bundle of a fleet) names the same rules, most of them several times.
 */
const titles = new WeakMap<RuleTexts, Partial<Record<Lang, string>>>();

function titleOf(rule: RuleTexts, lang: Lang): string {
  let byLang = titles.get(rule);
  if (!byLang) titles.set(rule, (byLang = {}));
  return (byLang[lang] ??= renderTemplate(rule.title[lang], {}));
}

/** Every diagnostic of the snapshot, each naming its file by `<folder>/<file>` inside the bundle. */
export function collectionDiagnostics(snapshot: Snapshot): Diagnostic[] {
  const out: Diagnostic[] = [...snapshot.diagnostics];
  for (const server of snapshot.servers) {
    for (const status of Object.values(server.sources)) out.push(...status.diagnostics);
  }
  for (const status of Object.values(snapshot.organization.sources)) out.push(...status.diagnostics);
  return out;
}

/** The hash of the snapshot a report came from, so a report can be traced to its data. */
export function snapshotHash(snapshot: Snapshot): string {
  return createHash('sha256').update(JSON.stringify(snapshot)).digest('hex');
}
