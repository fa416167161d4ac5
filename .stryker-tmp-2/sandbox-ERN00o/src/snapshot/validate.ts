// @ts-nocheck
import { describeErrors, validatorFor } from '../shared/ajv';
import { UserError } from '../shared/errors';
import { SnapshotSchema } from './schema';

/** Validates a snapshot against its schema; throws a UserError listing every problem. */
export function validateSnapshot(data: unknown, file: string): void {
  const validate = validatorFor(SnapshotSchema);
  if (!validate(data)) {
    const problems = describeErrors(validate.errors);
    throw new UserError(`${file}: not a valid bpa snapshot (${problems.length} problem(s))`, problems.slice(0, 20));
  }
}
