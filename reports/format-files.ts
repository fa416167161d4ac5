/**
 * The output formats by name, with the extension of their files and whether they are binary: what the command
 * line needs to read `--format` and `--output report.html` without loading a single renderer (index.ts adds
 * the renderers).
 */
export const FORMAT_FILES = {
  text: { extension: 'txt', binary: false },
  json: { extension: 'json', binary: false },
  csv: { extension: 'csv', binary: false },
  sarif: { extension: 'sarif', binary: false },
  junit: { extension: 'junit.xml', binary: false },
  html: { extension: 'html', binary: false },
  pdf: { extension: 'pdf', binary: true },
} as const satisfies Record<string, { extension: string; binary: boolean }>;

export type FormatName = keyof typeof FORMAT_FILES;

export const FORMAT_NAMES = Object.keys(FORMAT_FILES) as FormatName[];
