/**
 * Part of `npm run build`: checks every shipped rule file in full and writes the keys of those that pass to
 * dist/src/rules/rule-checks.json (src/rules/checked-rules.ts says why). A file with a problem is left out, so
 * bpa reports its problem at run time as before.
 */
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { packageRoot } from '../src/shared/package-root';
import { checkRuleFile, findRuleFiles } from '../src/rules/load-rules';
import { RULE_CHECKS_FILE, ruleCheckKey } from '../src/rules/checked-rules';

const files = findRuleFiles([join(packageRoot(), 'rules')]);
const passed: string[] = [];
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const { rule, problems } = checkRuleFile(file, text, { full: true });
  if (rule && problems.length === 0) passed.push(ruleCheckKey(file, text));
}
const target = join(packageRoot(), 'dist', 'src', 'rules', RULE_CHECKS_FILE);
writeFileSync(target, `${JSON.stringify({ passed: passed.sort() })}\n`);
process.stdout.write(`rule checks: ${passed.length} of ${files.length} shipped rule files pass → ${target}\n`);
