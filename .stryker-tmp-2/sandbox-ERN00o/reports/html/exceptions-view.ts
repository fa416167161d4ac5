// @ts-nocheck
import type { AcceptedSection, WaivedSection } from '../../src/report/report-schema';
import type { Lang } from '../../src/rules/rule-schema';
import { formatDate, printable } from './format';
import { fill, LABELS } from './labels';
import { refView, waiverView, type RefView, type WaiverView } from './ref-view';

/** A waived finding: the finding named briefly, its message, and the waiver that waives it. */
export interface WaivedFindingView extends RefView {
  message: string;
  waiver: WaiverView;
}

/** "Waived findings": the findings a waiver file waives, its expired waivers and those that match nothing. */
export interface WaivedView {
  intro: string;
  findings: WaivedFindingView[];
  expired: (WaiverView & { findings: RefView[] })[];
  unmatched: WaiverView[];
}

/** "Accepted findings (baseline)": those found again, those worse than accepted, those no longer found. */
export interface AcceptedView {
  intro: string;
  findings: RefView[];
  worse: RefView[];
  resolved: RefView[];
}

export function waivedView(section: WaivedSection, lang: Lang): WaivedView {
  return {
    intro: fill(LABELS[lang].waivedIntro, { file: printable(section.file) }),
    findings: section.findings.map((f) => ({
      ...refView(f, lang),
      message: printable(f.message),
      waiver: waiverView(f.waiver, lang),
    })),
    expired: section.expired.map((e) => ({ ...waiverView(e.waiver, lang), findings: e.findings.map((f) => refView(f, lang)) })),
    unmatched: section.unmatched.map((w) => waiverView(w, lang)),
  };
}

export function acceptedView(section: AcceptedSection, lang: Lang, timeZone?: string): AcceptedView {
  const { baseline } = section;
  return {
    intro: fill(LABELS[lang].acceptedIntro, {
      file: printable(baseline.file),
      date: printable(formatDate(baseline.createdAt, lang, timeZone)!),
      n: baseline.findings,
    }),
    findings: section.findings.map((f) => refView(f, lang)),
    worse: section.worse.map((f) => refView(f, lang)),
    resolved: section.resolved.map((f) => refView(f, lang)),
  };
}
