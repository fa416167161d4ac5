import { useRuleChecksList } from '../../src/rules/checked-rules';

/**
 * Jest set-up of every test file: the rule loader of the TypeScript sources uses the build's list of checked rule
 * files when jest's global set-up found that build to be made from these very sources (scripts/jest-global-setup.js
 * says why and when). Otherwise nothing changes: every rule file is checked in full.
 */
const list = process.env.BPA_TEST_RULE_CHECKS;
if (list) useRuleChecksList(list);
