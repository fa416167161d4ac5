import { describeErrors, namedValidator } from '../shared/ajv';
import { UserError } from '../shared/errors';
import { ReportSchema, type Report } from './report-schema';

/** Validates a findings file against the report schema; throws a UserError listing the problems. */
export function validateReport(data: unknown, file: string): Report {
  const validate = namedValidator('report', () => ReportSchema);
  if (!validate(data)) {
    const problems = describeErrors(validate.errors);
    throw new UserError(`${file}: not a bpa findings file (${problems.length} problem(s))`, problems.slice(0, 20));
  }
  return data as Report;
}
