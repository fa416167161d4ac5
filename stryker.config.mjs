// Mutation testing of the modules that derive facts (docs/testing.md): `npm run mutate`. Not part of `npm test`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'jest',
  jest: { projectType: 'custom', configFile: 'jest.config.mutate.js', enableFindRelatedTests: true },
  coverageAnalysis: 'perTest',
  checkers: ['typescript'],
  // The fact modules and their tests (and what they import): type-checking each mutant against the whole
  // project would take minutes longer and find nothing more.
  tsconfigFile: 'tsconfig.mutate.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  // Each derived fact: value and basis, one concern per file.
  mutate: [
    'src/snapshot/assemble/kind/adapter-kind.ts',
    'src/snapshot/assemble/kind/adapter-type.ts',
    'src/snapshot/assemble/kind/gateway-evidence.ts',
    'src/snapshot/assemble/kind/ipv4.ts',
    'src/snapshot/assemble/kind/kind-evidence.ts',
    'src/snapshot/assemble/kind/name-evidence.ts',
    'src/snapshot/assemble/kind/network-kind.ts',
    'src/snapshot/assemble/kind/network-summary.ts',
    'src/snapshot/assemble/kind/replication-network.ts',
    'src/snapshot/assemble/kind/role-words.ts',
    'src/snapshot/assemble/adapter-roles.ts',
    'src/snapshot/assemble/network-kinds.ts',
    'src/snapshot/assemble/transport-limits.ts',
  ],
  // Static mutants (module-level constants: the role word lists, the role texts) need every test re-run with a
  // fresh module registry, ~20 s each on the 2-core machine: 488 of them took the run from ~15 min to ~3 h.
  // They are reported as ignored, not counted; docs/testing.md says how many and how to run them.
  ignoreStatic: true,
  concurrency: 2,
  // Off: a full run takes minutes, and an incremental file would have to be kept in git to help anyone else.
  incremental: false,
  tempDirName: '.stryker-tmp',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'mutation-report/index.html' },
  jsonReporter: { fileName: 'mutation-report/mutation.json' },
  thresholds: { high: 90, low: 80, break: 80 },
  timeoutMS: 10000,
};
