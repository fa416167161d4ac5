import { newOption } from './lazy-commander';
import { UserError } from '../shared/errors';
import { LANGUAGES, PROFILES, SEVERITIES, type Lang } from '../rules/vocabulary';
import { FORMAT_FILES, FORMAT_NAMES } from '../../reports/format-files';

/**
 * The options several commands share, and what reads them, without loading anything heavy: a command's
 * registration imports only this, so that `bpa --version` and `bpa --help` load no rule, schema or renderer.
 */

export const profileOption = () =>
  newOption(
    '--profile <profile>',
    "scan profile (default: the configuration file's, else readiness when bundle.json plans a cluster, else health)",
  ).choices([...PROFILES]);
export const failOnIncompleteOption = () =>
  newOption('--fail-on-incomplete', 'also exit 1 when a check was not evaluated or a server the cluster names is missing');
export const langOption = () => newOption('--lang <lang>', 'language of the output (default: from LANG)').choices([...LANGUAGES]);
export const failOnOption = () =>
  newOption('--fail-on <severity>', 'exit 1 when a finding is at or above this severity')
    .choices([...SEVERITIES, 'none'])
    .default('critical');
/** `--rules a --rules b` and `--rules a b` both give every folder. */
export const rulesOption = () =>
  newOption('--rules <dir...>', 'additional rule folders, validated like the shipped ones (may be given more than once)');
export const formatOption = () =>
  newOption(
    '--format <formats>',
    `output formats, comma-separated: ${FORMAT_NAMES.join(', ')} (default: text, or what the --output file's extension names)`,
  );

/** The language from --lang, else from the environment's locale (de_DE… → de), else English. */
export function resolveLang(lang: string | undefined): Lang {
  if (lang === 'en' || lang === 'de') return lang;
  const env = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '';
  return env.toLowerCase().startsWith('de') ? 'de' : 'en';
}

/** The format a file name's extension names (report.html → html), for --output without --format. */
const BY_EXTENSION: Record<string, string> = { htm: 'html', txt: 'text', xml: 'junit', ...extensionsOf() };

function extensionsOf(): Record<string, string> {
  return Object.fromEntries(FORMAT_NAMES.map((name) => [FORMAT_FILES[name].extension.split('.').pop()!, name]));
}

/** --format as given, else the format the --output file names by its extension, else text. */
export function formatsFor(format: string | undefined, output: string | undefined): string[] {
  if (format !== undefined) return parseFormats(format);
  const extension = /\.([a-z0-9]+)$/i.exec(output && output !== '-' ? output : '')?.[1]?.toLowerCase();
  return [(extension && BY_EXTENSION[extension]) || 'text'];
}

export function parseFormats(text: string): string[] {
  const formats = [
    ...new Set(
      text
        .split(',')
        .map((f) => f.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
  const unknown = formats.filter((f) => !(f in FORMAT_FILES));
  if (unknown.length > 0 || formats.length === 0) {
    throw new UserError(`--format: unknown format "${unknown.join(', ') || text}" (known: ${FORMAT_NAMES.join(', ')})`);
  }
  return formats;
}

export const configOption = () =>
  newOption('--config <file>', 'project configuration file (default: bpa.config.json in the working directory, if any)');
