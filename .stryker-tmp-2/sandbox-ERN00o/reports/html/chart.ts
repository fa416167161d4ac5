// @ts-nocheck
import type { SeverityView } from './report-view';

export interface ChartBar {
  label: string;
  count: number;
  color: string;
  /** Top of the bar, from the top of the chart. */
  y: number;
  /** Length of the bar; a zero count still shows a hairline. */
  width: number;
  /** Where the count is written, after the bar. */
  countX: number;
}

export interface Chart {
  width: number;
  height: number;
  labelWidth: number;
  barHeight: number;
  bars: ChartBar[];
}

/**
 * The geometry of the horizontal bar chart of findings per severity (plus "not evaluated"), in abstract units
 * that the HTML draws as inline SVG and the PDF as vectors. Bars are scaled to the largest count.
 */
export function severityChart(severities: SeverityView[], width = 520, labelWidth = 150): Chart {
  const barHeight = 22;
  const gap = 10;
  const plotWidth = width - labelWidth - 50;
  const max = Math.max(1, ...severities.map((s) => s.count));
  const bars = severities.map((s, i) => {
    const barWidth = s.count === 0 ? 1 : Math.max(3, (s.count / max) * plotWidth);
    return {
      label: s.label,
      count: s.count,
      color: s.color,
      y: i * (barHeight + gap),
      width: Math.round(barWidth * 10) / 10,
      countX: Math.round((labelWidth + barWidth + 8) * 10) / 10,
    };
  });
  return { width, height: severities.length * (barHeight + gap) - gap, labelWidth, barHeight, bars };
}
