import { Type, type Static } from '@sinclair/typebox';
import { PlanSchema } from '../snapshot/schema';
import { namedValidator, describeErrors } from '../shared/ajv';
import { decodeCapture } from './decode';
import { diagnostic, type Diagnostic } from '../shared/diagnostic';
import { parseJsonText } from '../shared/json-text';

/** `bundle.json`: who and when, and for a readiness scan the planned deployment. All optional. */
export const ManifestSchema = Type.Object(
  {
    customer: Type.Optional(Type.String()),
    consultant: Type.Optional(Type.String()),
    collectedAt: Type.Optional(Type.String()),
    collector: Type.Optional(Type.Object({ name: Type.Optional(Type.String()), version: Type.Optional(Type.String()) })),
    plan: Type.Optional(PlanSchema),
  },
  { additionalProperties: false },
);
export type Manifest = Static<typeof ManifestSchema>;

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
  const validate = namedValidator('manifest', () => ManifestSchema);
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
