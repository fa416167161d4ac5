import type { Severity } from '../../src/rules/rule-schema';

/** ANSI styles for a terminal; with colour off every style returns the text unchanged. */
export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  severity(severity: Severity, text: string): string;
}

const sgr = (open: string) => (text: string) => `\u001b[${open}m${text}\u001b[0m`;

const COLOURED: Style = {
  bold: sgr('1'),
  dim: sgr('2'),
  severity: (severity, text) => ({ critical: sgr('1;31'), warning: sgr('33'), info: sgr('36') })[severity](text),
};

const PLAIN: Style = { bold: (t) => t, dim: (t) => t, severity: (_s, t) => t };

export function styleFor(color: boolean): Style {
  return color ? COLOURED : PLAIN;
}
