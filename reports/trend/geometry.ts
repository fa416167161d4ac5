import type { Night, StripCell } from '../../src/history/trend/model';
import { SEVERITIES, type Severity } from '../../src/rules/rule-schema';

/** The colours of the trend charts: severities as in the HTML and PDF reports, then the states of a night. */
export const TREND_COLORS = {
  critical: '#b42318',
  warning: '#b54708',
  info: '#175cd3',
  clean: '#3b8f4a',
  notScanned: '#f2f4f7',
  gap: '#d0d5dd',
  damaged: '#6b21a8',
  gapBand: '#eef0f3',
  damagedBand: '#efe3fa',
  otherProfileBand: '#fdf1d3',
  rulesChanged: '#1f4e79',
  new: '#b42318',
  resolved: '#3b8f4a',
  axis: '#5b6475',
  grid: '#e4e7ec',
} as const;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Tick {
  value: number;
  /** Position along the axis (x for the nights, y for counts). */
  at: number;
  /** For the nights' axis: the night's index. */
  index?: number;
}

export interface Segment extends Box {
  key: Severity | 'new' | 'resolved';
  count: number;
}

export interface Band extends Box {
  state: 'gap' | 'damaged' | 'otherProfile';
  index: number;
}

export interface ChartGeometry {
  width: number;
  height: number;
  plot: Box;
  yTicks: Tick[];
  xTicks: Tick[];
  /** One per night with a scan. */
  bars: { index: number; segments: Segment[] }[];
  bands: Band[];
  /** Nights whose checks differ from the scan before: a dashed line. */
  marks: { index: number; x: number }[];
  /** y of the zero line (the bottom, or the middle of the new/resolved chart). */
  zero: number;
}

const MARGIN = { left: 52, right: 12, top: 12, bottom: 46 };

/** A step of 1, 2 or 5 × 10^k that gives about `target` ticks up to `max`. */
export function niceStep(max: number, target = 5): number {
  if (max <= target) return 1;
  const raw = max / target;
  const power = 10 ** Math.floor(Math.log10(raw));
  const factor = [1, 2, 5, 10].find((f) => f * power >= raw)!;
  return factor * power;
}

function frame(n: number, width: number, height: number) {
  const plot = { x: MARGIN.left, y: MARGIN.top, w: width - MARGIN.left - MARGIN.right, h: height - MARGIN.top - MARGIN.bottom };
  const slot = n > 0 ? plot.w / n : plot.w;
  const step = Math.max(1, Math.ceil(n / 8));
  const xTicks: Tick[] = [];
  for (let i = 0; i < n; i += step) xTicks.push({ value: i, index: i, at: round(plot.x + (i + 0.5) * slot) });
  return { plot, slot, xTicks };
}

const round = (v: number) => Math.round(v * 100) / 100;

function bandsOf(nights: readonly Night[], plot: Box, slot: number): Band[] {
  const bands: Band[] = [];
  nights.forEach((n, i) => {
    if (n.state === 'scanned') return;
    bands.push({ state: n.state, index: i, x: round(plot.x + i * slot), y: plot.y, w: round(slot), h: plot.h });
  });
  return bands;
}

/** The stacked chart of findings per night: critical at the bottom, then warning, then info. */
export function severityChartGeometry(nights: readonly Night[], width = 960, height = 280): ChartGeometry {
  const { plot, slot, xTicks } = frame(nights.length, width, height);
  const totals = nights.map((n) => (n.scan ? n.scan.counts.critical + n.scan.counts.warning + n.scan.counts.info : 0));
  const step = niceStep(Math.max(1, ...totals));
  const top = Math.max(step, Math.ceil(Math.max(1, ...totals) / step) * step);
  const scale = plot.h / top;
  const zero = plot.y + plot.h;
  const barW = round(Math.max(0.6, slot * 0.8));
  const bars = nights.flatMap((n, i) => {
    if (!n.scan) return [];
    let y = zero;
    const segments: Segment[] = [];
    for (const key of SEVERITIES) {
      const count = n.scan.counts[key];
      if (count === 0) continue;
      const h = count * scale;
      y -= h;
      segments.push({ key, count, x: round(plot.x + i * slot + (slot - barW) / 2), y: round(y), w: barW, h: round(h) });
    }
    return [{ index: i, segments }];
  });
  const yTicks: Tick[] = [];
  for (let v = 0; v <= top; v += step) yTicks.push({ value: v, at: round(zero - v * scale) });
  return {
    width,
    height,
    plot,
    yTicks,
    xTicks,
    bars,
    bands: bandsOf(nights, plot, slot),
    marks: marksOf(nights, plot, slot),
    zero,
  };
}

/** New findings up from the middle line, resolved ones down (findings of new or dropped checks included). */
export function changesChartGeometry(nights: readonly Night[], width = 960, height = 220): ChartGeometry {
  const { plot, slot, xTicks } = frame(nights.length, width, height);
  const up = nights.map((n) => n.newFindings.length + n.newChecks.length);
  const down = nights.map((n) => n.resolved.length + n.droppedChecks.length);
  const max = Math.max(1, ...up, ...down);
  const step = niceStep(max, 3);
  const top = Math.max(step, Math.ceil(max / step) * step);
  const zero = round(plot.y + plot.h / 2);
  const scale = plot.h / 2 / top;
  const barW = round(Math.max(0.6, slot * 0.8));
  const bars = nights.flatMap((n, i) => {
    const segments: Segment[] = [];
    const x = round(plot.x + i * slot + (slot - barW) / 2);
    if (up[i]! > 0)
      segments.push({ key: 'new', count: up[i]!, x, y: round(zero - up[i]! * scale), w: barW, h: round(up[i]! * scale) });
    if (down[i]! > 0) segments.push({ key: 'resolved', count: down[i]!, x, y: zero, w: barW, h: round(down[i]! * scale) });
    return segments.length > 0 ? [{ index: i, segments }] : [];
  });
  const yTicks: Tick[] = [];
  for (let v = -top; v <= top; v += step) yTicks.push({ value: v, at: round(zero - v * scale) });
  return {
    width,
    height,
    plot,
    yTicks,
    xTicks,
    bars,
    bands: bandsOf(nights, plot, slot),
    marks: marksOf(nights, plot, slot),
    zero,
  };
}

function marksOf(nights: readonly Night[], plot: Box, slot: number): { index: number; x: number }[] {
  return nights.flatMap((n, i) => (n.rulesChanged ? [{ index: i, x: round(plot.x + i * slot) }] : []));
}

/** A run of nights with the same look in a server's strip, drawn as one rectangle. */
export interface StripRun {
  start: number;
  length: number;
  state: StripCell['state'];
  otherProfile: boolean;
  incomplete: boolean;
}

export function stripRuns(cells: readonly StripCell[]): StripRun[] {
  const runs: StripRun[] = [];
  cells.forEach((c, i) => {
    const incomplete = c.notEvaluated > 0;
    const last = runs[runs.length - 1];
    if (last && last.state === c.state && last.otherProfile === c.otherProfile && last.incomplete === incomplete) last.length++;
    else runs.push({ start: i, length: 1, state: c.state, otherProfile: c.otherProfile, incomplete });
  });
  return runs;
}
