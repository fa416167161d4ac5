// @ts-nocheck
import type { Report } from '../src/report/report-schema';

/** The JSON report of design.md: UTF-8, two-space indentation, keys in the contract's order. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
