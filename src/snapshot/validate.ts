import { describeErrors, namedValidator } from '../shared/ajv';
import { UserError } from '../shared/errors';

/** The TypeBox schema, loaded only to compile it at run time (the TypeScript sources): the build precompiles it. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const snapshotSchema = () => (require('./schema') as typeof import('./schema')).SnapshotSchema;

/** Validates a snapshot against its schema; throws a UserError listing every problem. */
export function validateSnapshot(data: unknown, file: string): void {
  const validate = namedValidator('snapshot', snapshotSchema);
  if (!validate(data)) {
    const problems = describeErrors(validate.errors);
    throw new UserError(`${file}: not a valid bpa snapshot (${problems.length} problem(s))`, problems.slice(0, 20));
  }
}
