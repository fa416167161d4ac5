import type { FindingRef } from '../../report/report-schema';
import type { Profile, Severity } from '../../rules/rule-schema';

/**
 * The trend over a history folder: what `bpa history report` shows, language-neutral (the renderers word it).
 * Built by `buildTrend` from the stored scans, one scan at a time.
 */
export interface TrendModel {
  /** The first and last night shown (`YYYY-MM-DD`, in `timeZone`). */
  from: string;
  to: string;
  timeZone: string;
  /** The profile of the newest readable scan: nights scanned with another profile are marked. */
  profile: Profile | undefined;
  nights: Night[];
  /** One strip per server (and one for organization-wide findings when there are any), cells aligned with `nights`. */
  strips: ServerStrip[];
  /** The findings of the newest readable scan of `profile`, each with the night it first appeared. */
  open: OpenFinding[];
  /** Configuration changes between scans, oldest first. */
  timeline: TimelineEntry[];
  /** Damaged scans and snapshots, each named: shown on the page and written to stderr. */
  warnings: TrendWarning[];
  counts: { scans: number; nights: number; gaps: number; damaged: number; otherProfile: number };
}

export type NightState = 'scanned' | 'otherProfile' | 'gap' | 'damaged';

export type SeverityCounts = Record<Severity, number>;

/** What a scan ran: the tool version and the rule ids. */
export interface RuleSetChange {
  toolBefore: string;
  toolAfter: string;
  added: string[];
  removed: string[];
}

/** One calendar night of the range. */
export interface Night {
  day: string;
  /**
   * `scanned`: a readable scan of the report's profile; `otherProfile`: a readable scan of another profile;
   * `damaged`: only damaged scans this night; `gap`: no scan at all.
   */
  state: NightState;
  /** The scan that stands for the night: the last readable one (of the report's profile when there is one). */
  scan?: NightScan;
  /** Further scans of the night, readable or not (ids). */
  otherScans: string[];
  /** Damaged scans of the night (ids); their findings are unknown. */
  damaged: string[];
  /** Compared with the previous scan of the same profile: findings new and resolved (by fingerprint). */
  comparedWith?: string;
  newFindings: FindingRef[];
  resolved: FindingRef[];
  /** New findings of checks the previous scan did not run, and findings of checks this scan no longer runs. */
  newChecks: FindingRef[];
  droppedChecks: FindingRef[];
  /** The tool version or the set of checks differs from the previous scan of the same profile. */
  rulesChanged?: RuleSetChange;
  /** The profile differs from the previous readable scan's. */
  profileChanged?: { before: Profile; after: Profile };
}

export interface NightScan {
  id: string;
  startedAt: string;
  profile: Profile;
  toolVersion: string;
  counts: SeverityCounts;
  notEvaluated: number;
  waived: number;
  accepted: number;
  servers: number;
  /** Relative link to the stored report, when the entry keeps one. */
  reportHref?: string;
}

export type CellState = Severity | 'clean' | 'notScanned' | 'gap' | 'damaged';

export interface StripCell {
  state: CellState;
  /** Findings on this server that night. */
  findings: number;
  /** Checks not evaluated on this server that night (missing sources): a clean cell with these is not all clear. */
  notEvaluated: number;
  /** The night's scan was of another profile. */
  otherProfile: boolean;
}

export interface ServerStrip {
  /** The server's name; undefined for organization-wide findings. */
  server: string | undefined;
  cells: StripCell[];
}

export interface OpenFinding {
  ref: FindingRef;
  /** The first night of the range on which the fingerprint was found. */
  firstSeen: string;
  /** The night the current uninterrupted run began (later than firstSeen when it was resolved in between). */
  openSince: string;
}

export type TimelineKind =
  | 'hotfixInstalled'
  | 'hotfixRemoved'
  | 'servicePack'
  | 'exchangeBuild'
  | 'bindingOrder'
  | 'networkRole'
  | 'adapterRole'
  | 'dumpsterSize'
  | 'serverAdded'
  | 'serverRemoved';

export interface TimelineChange {
  kind: TimelineKind;
  /** The server or cluster; undefined for the organization. */
  server: string | undefined;
  /** The adapter or cluster network the change is about. */
  subject?: string;
  change: 'added' | 'removed' | 'changed';
  /** The hotfix, or the adapter added to or removed from the binding order. */
  item?: string;
  before?: string;
  after?: string;
  sources: string[];
}

export interface TimelineEntry {
  day: string;
  id: string;
  /** The scan compared with (the previous one whose snapshot could be read). */
  since: { day: string; id: string };
  changes: TimelineChange[];
  /** Further configuration values that changed (of kinds the timeline does not list). */
  otherChanges: number;
  /** The snapshots could not be compared: a damaged snapshot (named in `warnings`). */
  notCompared?: string;
}

export interface TrendWarning {
  id: string;
  day: string;
  /** `scan`: the stored report (or the entry's meta.json) is damaged; `snapshot`: only its snapshot. */
  what: 'scan' | 'snapshot';
  message: string;
}
