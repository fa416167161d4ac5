// @ts-nocheck
import type { ChangesSection, SettingChange } from '../../src/report/report-schema';
import type { Lang } from '../../src/rules/rule-schema';
import { formatDate, printable } from './format';
import { fill, LABELS, type Labels } from './labels';
import { refView, type RefView } from './ref-view';

/** A configuration value that differs from the previous scan. */
export interface SettingView {
  /** The server or cluster, or "Organization-wide". */
  server: string;
  path: string;
  /** The member of a list that was added or removed (a hotfix). */
  item?: string;
  change: SettingChange['change'];
  changeLabel: string;
  before: string;
  after: string;
  sources: string[];
}

/** "Since the last scan": the previous scan, findings new, resolved and with a changed severity, changed settings. */
export interface ChangesView {
  previousScan: string;
  previousId?: string;
  previousSource: string;
  newFindings: RefView[];
  resolved: RefView[];
  severityChanged: RefView[];
  unchangedNote: string;
  settings: SettingView[];
}

export function changesView(changes: ChangesSection, lang: Lang, timeZone?: string): ChangesView {
  const labels = LABELS[lang];
  const { since, findings } = changes;
  const unchanged = findings.unchanged.filter((f) => f.previousSeverity === undefined).length;
  return {
    previousScan: printable(formatDate(since.startedAt, lang, timeZone)!),
    ...(since.id !== undefined ? { previousId: printable(since.id) } : {}),
    previousSource: printable(since.source),
    newFindings: findings.new.map((f) => refView(f, lang)),
    resolved: findings.resolved.map((f) => refView(f, lang)),
    severityChanged: findings.unchanged.filter((f) => f.previousSeverity !== undefined).map((f) => refView(f, lang)),
    unchangedNote: fill(labels.unchangedFindings, { n: unchanged }),
    settings: changes.settings.map((s) => settingView(s, labels)),
  };
}

function settingView(s: SettingChange, labels: Labels): SettingView {
  const changeLabel =
    s.change === 'added' ? labels.changeAdded : s.change === 'removed' ? labels.changeRemoved : labels.changeChanged;
  return {
    server: s.server !== undefined ? printable(s.server) : labels.organization,
    path: printable(s.path),
    ...(s.item !== undefined ? { item: printable(s.item) } : {}),
    change: s.change,
    changeLabel,
    before: s.before !== undefined ? printable(s.before) : labels.absent,
    after: s.after !== undefined ? printable(s.after) : labels.absent,
    sources: s.sources.map(printable),
  };
}
