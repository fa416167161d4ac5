import { Type, type Static } from '@sinclair/typebox';

/**
 * A waiver file (JSON or YAML): each waiver accepts one rule's findings for a server, a target, or both,
 * with a justification, an owner and an expiry date. Published as schemas/waivers.schema.json.
 */
const Text = (description: string) => Type.String({ minLength: 1, pattern: '\\S', description });

export const WaiverSchema = Type.Object(
  {
    rule: Type.String({ pattern: '^[A-Za-z]{2,3}-[0-9]{3}$', description: 'the rule id, e.g. NET-002' }),
    server: Type.Optional(Text('the server (or cluster) as findings name it; absent: every server')),
    target: Type.Optional(Text('the adapter, account, storage group… as findings name it; absent: every target')),
    justification: Text('why the finding is accepted'),
    owner: Text('who accepted it and answers for it'),
    expires: Type.String({ format: 'date', description: 'last day the waiver applies (YYYY-MM-DD, UTC)' }),
  },
  { additionalProperties: false },
);

export const WaiverFileSchema = Type.Object(
  {
    $schema: Type.Optional(Type.String()),
    waivers: Type.Array(WaiverSchema),
  },
  { additionalProperties: false, $id: 'https://bpa.invalid/schemas/waivers.schema.json', title: 'bpa waivers' },
);

export type Waiver = Static<typeof WaiverSchema>;
export type WaiverFile = Static<typeof WaiverFileSchema>;

/** A waiver as read from its file: where it is written, for every message about it. */
export interface LoadedWaiver extends Waiver {
  file: string;
  line?: number;
}
