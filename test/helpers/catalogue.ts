import { readFileSync } from 'fs';
import { join } from 'path';
import type { Profile, Scope, Severity } from '../../src/rules/rule-schema';

/** One row of the rule catalogue (`docs/rule-catalogue.md`). */
export interface CatalogueRow {
  id: string;
  severity: Severity;
  profiles: Profile[];
  scope: Scope;
  /** The row says *assumption*: the rule must state it. */
  assumption: boolean;
  line: number;
}

const SCOPES: Record<string, Scope> = {
  server: 'server',
  adapter: 'adapter',
  account: 'account',
  cluster: 'cluster',
  organization: 'organization',
  database: 'database',
  'storage group': 'storageGroup',
  volume: 'volume',
  disk: 'disk',
};
const PROFILES: Record<string, Profile> = { R: 'readiness', H: 'health' };

export const CATALOGUE_FILE = join(__dirname, '..', '..', 'docs', 'rule-catalogue.md');

/** The rows of every table of the catalogue whose first cell is a rule id; `lines` counts such rows, parsed or not. */
export function readCatalogue(file: string = CATALOGUE_FILE): { rows: CatalogueRow[]; idLines: number } {
  const rows: CatalogueRow[] = [];
  let idLines = 0;
  readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .forEach((text, i) => {
      if (!/^\|\s*[A-Z]{2,3}-\d{3}\s*\|/.test(text)) return;
      idLines++;
      const cells = text.split('|').map((c) => c.trim());
      const [, id, severity, profiles, scope] = cells;
      const mapped = (profiles ?? '').split(/\s+/).map((p) => PROFILES[p]);
      const scopeId = SCOPES[scope ?? ''];
      if (!id || !severity || !scopeId || mapped.some((p) => p === undefined)) return;
      rows.push({
        id,
        severity: severity as Severity,
        profiles: mapped as Profile[],
        scope: scopeId,
        assumption: /\*assumption\*/.test(text),
        line: i + 1,
      });
    });
  return { rows, idLines };
}
