import { namedValidator, describeErrors } from '../shared/ajv';
import { decodeCapture } from './decode';
import { diagnostic, type Diagnostic } from '../shared/diagnostic';
import { parseJsonText } from '../shared/json-text';
import type { Manifest } from './manifest-schema';

export type { Manifest };

/** The TypeBox schema, loaded only to compile it at run time (the TypeScript sources): the build precompiles it. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const manifestSchema = () => (require('./manifest-schema') as typeof import('./manifest-schema')).ManifestSchema;

/**
 * Reads bundle.json. A broken manifest is a warning (a diagnostic naming its line), never a failed scan: what is
 * valid of it is kept.
 */
export function parseManifest(bytes: Uint8Array | undefined): { manifest: Manifest; diagnostics: Diagnostic[] } {
  if (!bytes) return { manifest: {}, diagnostics: [] };
  const file = 'bundle.json';
  const parsed = parseJsonText(decodeCapture(bytes).text.replace(/^\uFEFF/, ''));
  if (!parsed.ok) {
    const column = parsed.position ? `column ${parsed.position.column}: ` : '';
    const message = `not valid JSON (${column}${parsed.message}); ignored: no customer, collection time or plan from it`;
    return { manifest: {}, diagnostics: [diagnostic(file, 'warning', message, parsed.position?.line)] };
  }
  const data = parsed.value;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { manifest: {}, diagnostics: [{ file, severity: 'warning', message: 'not a JSON object, ignored' }] };
  }
  const validate = namedValidator('manifest', manifestSchema);
  if (validate(data)) return { manifest: data as Manifest, diagnostics: [] };
  const diagnostics: Diagnostic[] = describeErrors(validate.errors).map((m) => ({
    file,
    severity: 'warning',
    message: `${m} (ignored)`,
  }));
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (validate({ [key]: value })) kept[key] = value;
  }
  return { manifest: kept as Manifest, diagnostics };
}
