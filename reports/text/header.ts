import type { Report } from '../../src/report/report-schema';
import type { Lang } from '../../src/rules/rule-schema';
import { collectedAtText } from './collected-at';
import { displayText } from './display';
import type { TextLabels } from './labels';
import type { Style } from './style';

/** The title and who, what and when: customer, bundle, collection time with its time zone, profile, language. */
export function headerLines(report: Report, labels: TextLabels, lang: Lang, style: Style): string[] {
  const { scan } = report;
  const customer = report.branding?.customer ?? scan.customer;
  const consultant = report.branding?.consultant ?? scan.consultant;
  const rows: [string, string][] = [
    [labels.customer, customer !== undefined ? displayText(customer) : labels.notGiven],
    ...(consultant !== undefined ? [[labels.consultant, displayText(consultant)] as [string, string]] : []),
    [labels.bundle, displayText(scan.source)],
    [
      labels.collected,
      scan.collectedAt ? displayText(collectedAtText(scan.collectedAt, lang, labels.zoneUnknown)) : labels.notGiven,
    ],
    [labels.profile, labels.profileName[scan.profile]],
    [labels.language, labels.languageName],
  ];
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  return [
    style.bold(`${labels.title[scan.profile]} (bpa ${report.tool.version})`),
    ...rows.map(([label, value]) => `${`${label}:`.padEnd(width)}${value}`),
  ];
}
