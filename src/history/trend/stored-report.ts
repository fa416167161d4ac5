import { Type, type Static } from '@sinclair/typebox';
import { describeErrors, validatorFor } from '../../shared/ajv';
import { UserError } from '../../shared/errors';

/**
 * The part of a stored report the trend reads, as a schema of its own: a year of nightly reports is
 * validated in a fraction of the time the whole report schema takes (compiling it alone costs more than
 * reading a month of scans), and what the trend does not read cannot break it. What it reads is checked
 * as strictly as the report schema checks it.
 */
const Severity = Type.Union([Type.Literal('critical'), Type.Literal('warning'), Type.Literal('info')]);
const Ref = Type.Object({
  ruleId: Type.String(),
  severity: Severity,
  server: Type.Optional(Type.String()),
  target: Type.Optional(Type.String()),
  title: Type.String(),
  fingerprint: Type.String({ pattern: '^[0-9a-f]{16}$' }),
});
const Count = Type.Integer({ minimum: 0 });

export const StoredReportSchema = Type.Object({
  schemaVersion: Type.Literal(1),
  tool: Type.Object({ name: Type.Literal('bpa'), version: Type.String() }),
  scan: Type.Object({
    profile: Type.Union([Type.Literal('readiness'), Type.Literal('health')]),
    startedAt: Type.String({ format: 'date-time' }),
    snapshotSha256: Type.String({ pattern: '^[0-9a-f]{64}$' }),
    servers: Type.Array(Type.String()),
    rules: Type.Array(Type.String()),
  }),
  summary: Type.Object({ critical: Count, warning: Count, info: Count, notEvaluated: Count }),
  findings: Type.Array(Ref),
  notEvaluated: Type.Array(
    Type.Object({ server: Type.Optional(Type.String()), notApplicable: Type.Optional(Type.Literal(true)) }),
  ),
  inventory: Type.Optional(Type.Object({ clusters: Type.Array(Type.Object({ name: Type.String() })) })),
  waived: Type.Optional(Type.Object({ findings: Type.Array(Ref) })),
  accepted: Type.Optional(Type.Object({ findings: Type.Array(Ref) })),
});

export type StoredReport = Static<typeof StoredReportSchema>;

/** Checks what the trend reads of a stored report; throws a UserError naming the file and the problems. */
export function validateStoredReport(data: unknown, file: string): StoredReport {
  const validate = validatorFor(StoredReportSchema);
  if (!validate(data)) {
    const problems = describeErrors(validate.errors);
    throw new UserError(`${file}: not a bpa report (${problems.slice(0, 3).join('; ')})`, problems.slice(0, 20));
  }
  return data as StoredReport;
}
