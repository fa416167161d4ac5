import { readFileSync } from 'fs';
import type { Branding } from '../report/report-schema';
import { UserError } from '../shared/errors';
import { invalidArgument, newOption } from './lazy-commander';

/** `--customer --consultant --logo --accent`, as `bpa scan` and `bpa report` take them. */
export interface BrandingFlags {
  customer?: string;
  consultant?: string;
  logo?: string;
  accent?: string;
}

export const customerOption = () =>
  newOption('--customer <name>', 'customer named on the HTML and PDF reports (default: from bundle.json)').argParser(nonEmpty);
export const consultantOption = () =>
  newOption('--consultant <name>', 'consultant named on the reports (default: from bundle.json)').argParser(nonEmpty);
export const logoOption = () => newOption('--logo <file>', 'logo on the reports: a PNG or JPEG file (at most 1 MB)');
export const accentOption = () => newOption('--accent <colour>', 'accent colour of the reports, #rrggbb').argParser(accentColour);

function nonEmpty(value: string): string {
  const trimmed = value.trim();
  if (!trimmed) throw invalidArgument('it is empty.');
  return trimmed;
}

function accentColour(value: string): string {
  if (!/^#[0-9a-fA-F]{6}$/.test(value.trim())) throw invalidArgument('expected a colour as #rrggbb, e.g. #1f4e79.');
  return value.trim().toLowerCase();
}

/**
 * The branding a report carries: the flags over `base` (a findings file's own branding, or the config file's),
 * the logo read and checked now so that the findings file renders again without it. Undefined when empty.
 */
export async function brandingFrom(flags: BrandingFlags, base: Branding = {}): Promise<Branding | undefined> {
  const branding: Branding = { ...base };
  if (flags.customer !== undefined) branding.customer = flags.customer;
  if (flags.consultant !== undefined) branding.consultant = flags.consultant;
  if (flags.accent !== undefined) branding.accent = flags.accent;
  if (flags.logo !== undefined) branding.logo = await readLogo(flags.logo);
  return Object.keys(branding).length > 0 ? branding : undefined;
}

export async function readLogo(path: string): Promise<NonNullable<Branding['logo']>> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new UserError(`--logo ${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  // The check loads pdfkit, which only a logo needs.
  const { checkLogo } = await import('../../reports/pdf/logo');
  const checked = checkLogo(bytes);
  if ('problem' in checked) throw new UserError(`--logo ${path}: ${checked.problem}`);
  return { mediaType: checked.mediaType, data: bytes.toString('base64') };
}
