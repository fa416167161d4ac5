import { describeErrors, namedValidator } from '../shared/ajv';
import { UserError } from '../shared/errors';
import type { Report } from './report-schema';

/** The TypeBox schema, loaded only to compile it at run time (the TypeScript sources): the build precompiles it. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const reportSchema = () => (require('./report-schema') as typeof import('./report-schema')).ReportSchema;

/** Validates a findings file against the report schema; throws a UserError listing the problems. */
export function validateReport(data: unknown, file: string): Report {
  const validate = namedValidator('report', reportSchema);
  if (!validate(data)) {
    const problems = describeErrors(validate.errors);
    throw new UserError(`${file}: not a bpa findings file (${problems.length} problem(s))`, problems.slice(0, 20));
  }
  return data as Report;
}
