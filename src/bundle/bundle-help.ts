import { UserError } from '../shared/errors';

/** What a capture bundle looks like, in one short paragraph, for every message about input that is not one. */
export const BUNDLE_HELP = [
  'A capture bundle is a folder, or a .zip of one, with a folder per server named by its host name that holds',
  'the raw output of the commands collect.cmd runs (EX2007-NODE1/systeminfo.txt, EX2007-NODE1/ipconfig-all.txt,',
  'EX2007-NODE1/cluster-node.txt, …), and optionally bundle.json (customer, collection time, planned cluster).',
  'docs/bundle-format.md lists every file; `bpa collector-script` writes the scripts that collect them.',
];

/** The input error for something that is not a capture bundle: what is wrong with it, then what a bundle is. */
export function notABundle(path: string, problem: string): UserError {
  return new UserError(`${path}: ${problem}`, BUNDLE_HELP);
}
