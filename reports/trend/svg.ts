import type { Night, ServerStrip } from '../../src/history/trend/model';
import type { Lang } from '../../src/rules/rule-schema';
import { formatNumber } from '../values';
import { TREND_COLORS, stripRuns, type ChartGeometry } from './geometry';
import type { TrendLabels } from './labels';
import { dayLabel } from './trend-view';

/** Text in SVG markup: every character that could end an attribute or start an element escaped. */
export function xml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.codePointAt(0)};`);
}

const title = (text: string) => `<title>${xml(text)}</title>`;

interface ChartText {
  id: string;
  title: string;
  desc: string;
  yAxis: string;
  xAxis: string;
  legend: { color: string; label: string; dashed?: boolean }[];
  bands: Record<'gap' | 'damaged' | 'otherProfile', string>;
}

/** The frame of a chart: axes, grid, tick labels, axis titles, the bands of gaps and damaged nights, and the legend. */
function chartSvg(g: ChartGeometry, nights: readonly Night[], text: ChartText, lang: Lang, body: string[]): string {
  const { plot } = g;
  const legendY = g.height + 8;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" id="${text.id}" class="chart" viewBox="0 0 ${g.width} ${g.height + 30}" role="img" aria-labelledby="${text.id}-title ${text.id}-desc">`,
    `<title id="${text.id}-title">${xml(text.title)}</title>`,
    `<desc id="${text.id}-desc">${xml(text.desc)}</desc>`,
  ];
  const bandColor = { gap: TREND_COLORS.gapBand, damaged: TREND_COLORS.damagedBand, otherProfile: TREND_COLORS.otherProfileBand };
  parts.push('<g class="bands">');
  for (const b of g.bands) {
    const label = `${dayLabel(nights[b.index]!.day, lang)}: ${text.bands[b.state]}`;
    parts.push(
      `<rect class="band band-${b.state}" x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}" fill="${bandColor[b.state]}">${title(label)}</rect>`,
    );
  }
  parts.push('</g><g class="grid">');
  for (const t of g.yTicks) {
    parts.push(
      `<line x1="${plot.x}" y1="${t.at}" x2="${plot.x + plot.w}" y2="${t.at}" stroke="${TREND_COLORS.grid}" stroke-width="1"/>`,
      `<text class="tick y-tick" x="${plot.x - 6}" y="${t.at + 4}" text-anchor="end">${xml(formatNumber(Math.abs(t.value), lang))}</text>`,
    );
  }
  parts.push('</g>', ...body, '<g class="axes">');
  parts.push(
    `<line x1="${plot.x}" y1="${g.zero}" x2="${plot.x + plot.w}" y2="${g.zero}" stroke="${TREND_COLORS.axis}" stroke-width="1"/>`,
    `<line x1="${plot.x}" y1="${plot.y}" x2="${plot.x}" y2="${plot.y + plot.h}" stroke="${TREND_COLORS.axis}" stroke-width="1"/>`,
  );
  for (const t of g.xTicks) {
    parts.push(
      `<line x1="${t.at}" y1="${plot.y + plot.h}" x2="${t.at}" y2="${plot.y + plot.h + 4}" stroke="${TREND_COLORS.axis}"/>`,
      `<text class="tick x-tick" x="${t.at}" y="${plot.y + plot.h + 17}" text-anchor="middle">${xml(dayLabel(nights[t.index!]!.day, lang))}</text>`,
    );
  }
  parts.push(
    `<text class="axis-title x-axis-title" x="${plot.x + plot.w / 2}" y="${plot.y + plot.h + 36}" text-anchor="middle">${xml(text.xAxis)}</text>`,
    `<text class="axis-title y-axis-title" x="14" y="${plot.y + plot.h / 2}" text-anchor="middle" transform="rotate(-90 14 ${plot.y + plot.h / 2})">${xml(text.yAxis)}</text>`,
    '</g>',
    `<g class="legend" transform="translate(${plot.x} ${legendY})">`,
  );
  let x = 0;
  for (const item of text.legend) {
    const swatch = item.dashed
      ? `<line x1="${x}" y1="6" x2="${x + 12}" y2="6" stroke="${item.color}" stroke-width="2" stroke-dasharray="3 2"/>`
      : `<rect x="${x}" y="0" width="12" height="12" fill="${item.color}" stroke="${TREND_COLORS.grid}"/>`;
    parts.push(`<g class="legend-item">${swatch}<text x="${x + 16}" y="10">${xml(item.label)}</text></g>`);
    x += 16 + item.label.length * 6.5 + 18;
  }
  parts.push('</g></svg>');
  return parts.join('');
}

function marksSvg(g: ChartGeometry, nights: readonly Night[], labels: TrendLabels, lang: Lang): string[] {
  return g.marks.map(
    (m) =>
      `<line class="rules-changed" x1="${m.x}" y1="${g.plot.y}" x2="${m.x}" y2="${g.plot.y + g.plot.h}" stroke="${TREND_COLORS.rulesChanged}" stroke-width="1.5" stroke-dasharray="4 3">${title(`${dayLabel(nights[m.index]!.day, lang)}: ${labels.rulesChanged}`)}</line>`,
  );
}

const bandLegend = (labels: TrendLabels) => [
  { color: TREND_COLORS.gapBand, label: labels.gap },
  { color: TREND_COLORS.damagedBand, label: labels.damaged },
  { color: TREND_COLORS.otherProfileBand, label: labels.otherProfile },
  { color: TREND_COLORS.rulesChanged, label: labels.rulesChanged, dashed: true },
];

/** Findings per night by severity, stacked; gaps, damaged nights and other profiles as bands. */
export function severityChartSvg(g: ChartGeometry, nights: readonly Night[], labels: TrendLabels, lang: Lang): string {
  const body = ['<g class="bars">'];
  for (const bar of g.bars) {
    const day = dayLabel(nights[bar.index]!.day, lang);
    for (const s of bar.segments) {
      body.push(
        `<rect class="bar bar-${s.key}" x="${s.x}" y="${s.y}" width="${s.w}" height="${s.h}" fill="${TREND_COLORS[s.key]}">${title(`${day}: ${formatNumber(s.count, lang)} ${labels[s.key as 'critical']}`)}</rect>`,
      );
    }
  }
  body.push('</g>', ...marksSvg(g, nights, labels, lang));
  return chartSvg(
    g,
    nights,
    {
      id: 'severity-chart',
      title: labels.chartTitle,
      desc: labels.chartDesc,
      yAxis: labels.axisFindings,
      xAxis: labels.axisNights,
      legend: [
        { color: TREND_COLORS.critical, label: labels.critical },
        { color: TREND_COLORS.warning, label: labels.warning },
        { color: TREND_COLORS.info, label: labels.info },
        ...bandLegend(labels),
      ],
      bands: { gap: labels.gap, damaged: labels.damaged, otherProfile: labels.otherProfile },
    },
    lang,
    body,
  );
}

/** New findings per night up, resolved ones down. */
export function changesChartSvg(g: ChartGeometry, nights: readonly Night[], labels: TrendLabels, lang: Lang): string {
  const body = ['<g class="bars">'];
  for (const bar of g.bars) {
    const day = dayLabel(nights[bar.index]!.day, lang);
    for (const s of bar.segments) {
      const word = s.key === 'new' ? labels.newFindings : labels.resolved;
      body.push(
        `<rect class="bar bar-${s.key}" x="${s.x}" y="${s.y}" width="${s.w}" height="${s.h}" fill="${TREND_COLORS[s.key as 'new']}">${title(`${day}: ${formatNumber(s.count, lang)} ${word}`)}</rect>`,
      );
    }
  }
  body.push('</g>', ...marksSvg(g, nights, labels, lang));
  return chartSvg(
    g,
    nights,
    {
      id: 'changes-chart',
      title: labels.changesTitle,
      desc: labels.changesDesc,
      yAxis: labels.axisFindings,
      xAxis: labels.axisNights,
      legend: [
        { color: TREND_COLORS.new, label: labels.newFindings },
        { color: TREND_COLORS.resolved, label: labels.resolved },
        ...bandLegend(labels),
      ],
      bands: { gap: labels.gap, damaged: labels.damaged, otherProfile: labels.otherProfile },
    },
    lang,
    body,
  );
}

/** A server's strip: one rectangle per run of nights that look the same, each with its nights and state as a tooltip. */
export function stripSvg(strip: ServerStrip, nights: readonly Night[], labels: TrendLabels, lang: Lang): string {
  const n = Math.max(1, nights.length);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="strip" viewBox="0 0 ${n} 1" preserveAspectRatio="none" role="img">`,
  ];
  const words: Record<string, string> = {
    critical: labels.critical,
    warning: labels.warning,
    info: labels.info,
    clean: labels.clean,
    notScanned: labels.notScanned,
    gap: labels.gap,
    damaged: labels.damaged,
  };
  for (const run of stripRuns(strip.cells)) {
    const from = dayLabel(nights[run.start]!.day, lang);
    const to = dayLabel(nights[run.start + run.length - 1]!.day, lang);
    const extra = [run.otherProfile ? labels.otherProfile : '', run.incomplete ? labels.notEvaluated.replace('{n} ', '') : '']
      .filter(Boolean)
      .join(', ');
    const label = `${run.length > 1 ? `${from} – ${to}` : from}: ${words[run.state]}${extra ? ` (${extra})` : ''}`;
    const opacity = run.otherProfile ? ' fill-opacity="0.45"' : '';
    parts.push(
      `<rect class="cell cell-${run.state}${run.incomplete ? ' incomplete' : ''}" x="${run.start}" y="0" width="${run.length}" height="1" fill="${TREND_COLORS[run.state]}"${opacity}>${title(label)}</rect>`,
    );
  }
  parts.push('</svg>');
  return parts.join('');
}
