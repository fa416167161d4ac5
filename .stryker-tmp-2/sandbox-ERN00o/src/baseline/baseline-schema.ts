// @ts-nocheck
import { Type, type Static } from '@sinclair/typebox';

/**
 * A baseline: the findings a team accepted at one scan (`bpa baseline create`). Later scans against it
 * report only what is new. Published as schemas/baseline.schema.json.
 */
const Severity = Type.Union([Type.Literal('critical'), Type.Literal('warning'), Type.Literal('info')]);

export const BaselineFindingSchema = Type.Object(
  {
    fingerprint: Type.String({ pattern: '^[0-9a-f]{16}$' }),
    ruleId: Type.String(),
    severity: Severity,
    server: Type.Optional(Type.String()),
    target: Type.Optional(Type.String()),
    title: Type.String(),
  },
  { additionalProperties: false },
);

export const BaselineSchema = Type.Object(
  {
    $schema: Type.Optional(Type.String()),
    kind: Type.Literal('bpa-baseline'),
    version: Type.Literal(1),
    createdAt: Type.String({ format: 'date-time' }),
    from: Type.Object(
      {
        source: Type.String({ description: 'the bundle the accepted scan read' }),
        startedAt: Type.String({ format: 'date-time' }),
        profile: Type.Union([Type.Literal('readiness'), Type.Literal('health')]),
        customer: Type.Optional(Type.String()),
        report: Type.Optional(Type.String({ description: 'the findings file or history entry it was made from' })),
      },
      { additionalProperties: false },
    ),
    findings: Type.Array(BaselineFindingSchema),
  },
  { additionalProperties: false, $id: 'https://bpa.invalid/schemas/baseline.schema.json', title: 'bpa baseline' },
);

export type Baseline = Static<typeof BaselineSchema>;
export type BaselineFinding = Static<typeof BaselineFindingSchema>;
