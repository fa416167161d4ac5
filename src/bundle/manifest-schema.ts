import { Type, type Static } from '@sinclair/typebox';
import { PlanSchema } from '../snapshot/schema';

/**
 * `bundle.json`: who and when, and for a readiness scan the planned deployment. All optional. A module of its
 * own so that reading a bundle loads no TypeBox: the build precompiles the validator (manifest.ts).
 */
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
