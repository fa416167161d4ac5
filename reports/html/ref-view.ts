import type { FindingRef, WaiverRef } from '../../src/report/report-schema';
import type { Lang, Severity } from '../../src/rules/rule-schema';
import { formatName } from '../values';
import { formatDay, printable } from './format';
import { fill, LABELS } from './labels';

/** A finding named briefly (new, resolved, accepted…), as the sections about changes, waivers and baselines list it. */
export interface RefView {
  ruleId: string;
  severity: Severity;
  severityLabel: string;
  /** "EX2007-NODE1 · Heartbeat", or "Organization-wide". */
  place: string;
  title: string;
  /** "waived" or "accepted" for a finding that is not active. */
  statusLabel?: string;
  /** "previously warning", for a finding whose severity changed. */
  previously?: string;
}

/** One waiver of a waiver file: what it applies to, why, who owns it, until when, and where it is written. */
export interface WaiverView {
  rule: string;
  appliesTo: string;
  justification: string;
  owner: string;
  expires: string;
  /** `waivers.yaml:12` */
  location: string;
}

export function refView(f: FindingRef, lang: Lang): RefView {
  const labels = LABELS[lang];
  const status = f.status === 'waived' ? labels.statusWaived : f.status === 'accepted' ? labels.statusAccepted : undefined;
  return {
    ruleId: printable(f.ruleId),
    severity: f.severity,
    severityLabel: labels[f.severity],
    place: placeOf(f.server, f.target, labels.organization, lang),
    title: printable(f.title),
    ...(status !== undefined ? { statusLabel: status } : {}),
    ...(f.previousSeverity !== undefined
      ? { previously: fill(labels.previously, { severity: labels[f.previousSeverity] }) }
      : {}),
  };
}

export function waiverView(w: WaiverRef, lang: Lang): WaiverView {
  const labels = LABELS[lang];
  return {
    rule: printable(w.rule),
    appliesTo: placeOf(w.server, w.target, labels.anyServer, lang),
    justification: printable(w.justification),
    owner: printable(w.owner),
    expires: printable(formatDay(w.expires, lang)),
    location: printable(w.line !== undefined ? `${w.file}:${w.line}` : w.file),
  };
}

/** "server · target", with `whole` for the server when there is none (the organization, or every server). */
function placeOf(server: string | undefined, target: string | undefined, whole: string, lang: Lang): string {
  const where = server !== undefined ? printable(formatName(server, lang)) : whole;
  return target !== undefined ? `${where} · ${printable(target)}` : where;
}
