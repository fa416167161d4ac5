import type { FindingRef } from '../../src/report/report-schema';
import type { Lang, Severity } from '../../src/rules/rule-schema';
import type { Night, TimelineChange, TrendModel, TrendWarning } from '../../src/history/trend/model';
import { displayText } from '../../src/shared/display-text';
import { NAME_MAX } from '../display-report';
import { fill } from '../html/labels';
import { formatNumber, formatSize, localeOf } from '../values';
import { VALUE_WORDS, valueWord } from '../value-words';
import { TREND_LABELS, type TrendLabels } from './labels';

/** A name from a bundle as the page shows it: invisible characters escaped, a long one shortened. */
const name = (text: string) => displayText(text, { max: NAME_MAX });
/** Any other text from a bundle: invisible characters escaped. */
const shown = (text: string) => displayText(text);

export interface RefView {
  severity: Severity;
  severityLabel: string;
  ruleId: string;
  server: string;
  title: string;
  status?: string;
}

export interface NightView {
  day: string;
  dayLabel: string;
  state: Night['state'];
  stateLabel: string;
  id?: string;
  href?: string;
  profile?: string;
  counts?: { critical: string; warning: string; info: string };
  newFindings: RefView[];
  resolved: RefView[];
  newChecks: RefView[];
  droppedChecks: RefView[];
  changed: boolean;
  notes: string[];
}

export interface ChangeView {
  kind: TimelineChange['kind'];
  label: string;
  server: string;
  text: string;
}

export interface TimelineView {
  dayLabel: string;
  id: string;
  since: string;
  changes: ChangeView[];
  other?: string;
  notCompared?: string;
}

export interface TrendView {
  lang: Lang;
  labels: TrendLabels;
  title: string;
  range: string;
  counts: string;
  profile?: string;
  timeZoneNote: string;
  empty: boolean;
  warnings: string[];
  gaps?: string;
  nights: NightView[];
  open: (RefView & { firstSeen: string; openSince: string })[];
  strips: { name: string; organization: boolean }[];
  timeline: TimelineView[];
  generatedBy: string;
  toolVersion: string;
}

const dayFormats = new Map<Lang, Intl.DateTimeFormat>();

/** `2008-11-20` → `20.11.2008` / `20 Nov 2008`. */
export function dayLabel(day: string, lang: Lang): string {
  let format = dayFormats.get(lang);
  if (!format) dayFormats.set(lang, (format = new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'medium', timeZone: 'UTC' })));
  const t = Date.parse(`${day}T00:00:00Z`);
  return Number.isNaN(t) ? day : format.format(new Date(t));
}

export function trendView(model: TrendModel, lang: Lang, toolVersion: string): TrendView {
  const labels = TREND_LABELS[lang];
  const day = (d: string) => dayLabel(d, lang);
  const n = (v: number) => formatNumber(v, lang);
  return {
    lang,
    labels,
    title: labels.title,
    range: model.nights.length > 0 ? fill(labels.range, { from: day(model.from), to: day(model.to) }) : '',
    counts: fill(labels.counts, {
      nights: n(model.counts.nights),
      scans: n(model.counts.scans),
      gaps: n(model.counts.gaps),
      damaged: n(model.counts.damaged),
    }),
    ...(model.profile ? { profile: labels.profiles[model.profile] } : {}),
    timeZoneNote: fill(labels.timeZone, { zone: model.timeZone }),
    empty: model.nights.length === 0,
    warnings: model.warnings.map((w) => warningText(w, labels, lang)),
    ...gapsOf(model, labels, lang),
    nights: model.nights.map((night) => nightView(night, model, labels, lang)),
    open: model.open.map((o) => ({ ...refView(o.ref, labels), firstSeen: day(o.firstSeen), openSince: day(o.openSince) })),
    strips: model.strips.map((s) => ({
      name: s.server === undefined ? labels.organization : name(s.server),
      organization: s.server === undefined,
    })),
    timeline: model.timeline.map((e) => ({
      dayLabel: day(e.day),
      id: e.id,
      since: fill(labels.comparedWith, { day: day(e.since.day) }),
      changes: e.changes.map((c) => changeView(c, labels, lang)),
      ...(e.otherChanges > 0
        ? { other: fill(labels.otherChanges, { n: n(e.otherChanges), before: e.since.id, after: e.id }) }
        : {}),
      ...(e.notCompared !== undefined ? { notCompared: fill(labels.notCompared, { id: e.notCompared }) } : {}),
    })),
    generatedBy: fill(labels.generatedBy, { version: toolVersion }),
    toolVersion,
  };
}

/** The file a warning is about, from the message the store gave. */
function fileOf(w: TrendWarning): string {
  if (w.what === 'snapshot') return 'snapshot.json.gz';
  return /meta\.json/.test(w.message) ? 'meta.json' : 'report.json.gz';
}

/** A warning about a damaged scan. The store's detail is English: the German page names the scan and the file only. */
export function warningText(w: TrendWarning, labels: TrendLabels, lang: Lang): string {
  const template = w.what === 'snapshot' ? labels.damagedSnapshot : labels.damagedScan;
  return fill(template, { id: w.id, day: dayLabel(w.day, lang), file: fileOf(w), detail: lang === 'en' ? shown(w.message) : '' });
}

function gapsOf(model: TrendModel, labels: TrendLabels, lang: Lang): { gaps?: string } {
  const runs: string[] = [];
  let start: number | undefined;
  model.nights.forEach((night, i) => {
    const isGap = night.state === 'gap';
    if (isGap && start === undefined) start = i;
    const next = model.nights[i + 1];
    if (start !== undefined && (!next || next.state !== 'gap')) {
      const a = dayLabel(model.nights[start]!.day, lang);
      runs.push(i === start ? a : `${a} – ${dayLabel(night.day, lang)}`);
      start = undefined;
    }
  });
  return runs.length > 0 ? { gaps: fill(labels.gapsList, { days: runs.join(', ') }) } : {};
}

function refView(f: FindingRef, labels: TrendLabels): RefView {
  return {
    severity: f.severity,
    severityLabel: labels[f.severity],
    ruleId: shown(f.ruleId),
    server:
      f.server !== undefined ? name(f.server) + (f.target !== undefined ? ` · ${name(f.target)}` : '') : labels.organization,
    title: shown(f.title),
    ...(f.status ? { status: labels.status[f.status] } : {}),
  };
}

function nightView(night: Night, model: TrendModel, labels: TrendLabels, lang: Lang): NightView {
  const n = (v: number) => formatNumber(v, lang);
  const day = (d: string) => dayLabel(d, lang);
  const notes: string[] = [];
  const s = night.scan;
  if (s && !night.comparedWith) notes.push(labels.firstInRange);
  if (night.comparedWith) {
    const before = model.nights.find((x) => x.scan?.id === night.comparedWith);
    const previousNight = model.nights[model.nights.indexOf(night) - 1];
    if (before && before !== previousNight) notes.push(fill(labels.spans, { day: day(before.day) }));
  }
  const r = night.rulesChanged;
  if (r) {
    if (r.toolBefore !== r.toolAfter)
      notes.push(fill(labels.toolChanged, { before: shown(r.toolBefore), after: shown(r.toolAfter) }));
    if (r.added.length > 0) notes.push(fill(labels.checksAdded, { ids: r.added.map(shown).join(', ') }));
    if (r.removed.length > 0) notes.push(fill(labels.checksRemoved, { ids: r.removed.map(shown).join(', ') }));
  }
  if (night.profileChanged) {
    notes.push(
      fill(labels.profileChanged, {
        before: labels.profiles[night.profileChanged.before],
        after: labels.profiles[night.profileChanged.after],
      }),
    );
  }
  if (night.otherScans.length > 0) notes.push(fill(labels.moreScans, { ids: night.otherScans.join(', ') }));
  if (night.damaged.length > 0) notes.push(fill(labels.damagedIds, { ids: night.damaged.join(', ') }));
  const refs = (list: FindingRef[]) => list.map((f) => refView(f, labels));
  return {
    day: night.day,
    dayLabel: day(night.day),
    state: night.state,
    stateLabel: labels.states[night.state],
    ...(s
      ? {
          id: s.id,
          profile: labels.profiles[s.profile],
          counts: { critical: n(s.counts.critical), warning: n(s.counts.warning), info: n(s.counts.info) },
          ...(s.reportHref !== undefined ? { href: s.reportHref } : {}),
        }
      : {}),
    newFindings: refs(night.newFindings),
    resolved: refs(night.resolved),
    newChecks: refs(night.newChecks),
    droppedChecks: refs(night.droppedChecks),
    changed: night.newFindings.length + night.resolved.length + night.newChecks.length + night.droppedChecks.length > 0,
    notes,
  };
}

function changeView(c: TimelineChange, labels: TrendLabels, lang: Lang): ChangeView {
  const words = VALUE_WORDS[lang];
  const value = (v: string | undefined): string => {
    if (v === undefined) return words.absent;
    if (v === '') return words.empty;
    switch (c.kind) {
      case 'networkRole':
        return words.networkRoles[Number(v)] ?? shown(v);
      case 'adapterRole':
        return valueWord(v, lang) ?? shown(v);
      case 'dumpsterSize':
        return /^\d+$/.test(v) ? formatSize(Number(v) / 1048576, lang) : shown(v);
      case 'servicePack':
        return /^\d+$/.test(v) ? formatNumber(Number(v), lang) : shown(v);
      default:
        return shown(v);
    }
  };
  let text: string;
  if (c.kind === 'hotfixInstalled' || c.kind === 'hotfixRemoved') text = shown(c.item ?? '');
  else if (c.kind === 'serverAdded' || c.kind === 'serverRemoved') text = '';
  else if (c.item !== undefined) text = `${name(c.item)} ${c.change === 'added' ? labels.added : labels.removed}`;
  else text = `${value(c.before)} → ${value(c.after)}`;
  const subject = c.subject !== undefined ? ` · ${name(c.subject)}` : '';
  return {
    kind: c.kind,
    label: labels.kinds[c.kind],
    server: (c.server !== undefined ? name(c.server) : labels.organization) + subject,
    text,
  };
}
