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
    // the kind of an adapter and of a cluster network (private, public, unknown), and the network summary
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
    // the dumpster ratio and the largest message size
    'src/snapshot/assemble/transport-limits.ts',
    'src/snapshot/assemble/dumpster-ratio.ts',
    // OS support: family and service pack, install volume, node limit, majority node set, Exchange build
    'src/snapshot/assemble/os-family.ts',
    'src/snapshot/assemble/os-service-pack.ts',
    'src/snapshot/assemble/install-volume.ts',
    'src/snapshot/assemble/node-limit.ts',
    'src/snapshot/assemble/majority-node-set.ts',
    'src/snapshot/assemble/exchange-build.ts',
    // the OS of a machine with its bases, its hardware (virtual machine, hypervisor), the Exchange facts and the
    // architecture of the Exchange binaries
    'src/snapshot/assemble/machine.ts',
    'src/snapshot/assemble/exchange.ts',
    // account identity, the cluster service account, membership of Administrators, password expiry
    'src/snapshot/assemble/identity/account-identity.ts',
    'src/snapshot/assemble/identity/administrators-membership.ts',
    'src/snapshot/assemble/identity/cluster-service-account.ts',
    'src/snapshot/assemble/identity/domain-directory.ts',
    'src/snapshot/assemble/identity/domain-evidence.ts',
    'src/snapshot/assemble/identity/identity-key.ts',
    'src/snapshot/assemble/identity/password-expiry.ts',
    'src/snapshot/assemble/local-time.ts',
    'src/snapshot/assemble/identity/same-account.ts',
    // the account facts of a node's folder: its domain, the service account, each net-user account
    'src/snapshot/assemble/accounts.ts',
    // storage: the volume of a path (mount point or drive root), database and logs on one volume
    'src/snapshot/assemble/volume-of-path.ts',
    'src/snapshot/assemble/database-volumes.ts',
    // cluster: the quorum model, the groups' and resources' states
    'src/snapshot/assemble/quorum-model.ts',
    'src/snapshot/assemble/cluster-states.ts',
    // software: the merged hotfix list and whether it is complete, the .NET Frameworks
    'src/snapshot/assemble/hotfix-completeness.ts',
    'src/snapshot/assemble/software.ts',
    // the Windows settings: the page file against memory, the SNP values, the mailbox host, the partition of a
    // volume, the volumes holding Exchange files
    'src/snapshot/assemble/page-file.ts',
    'src/snapshot/assemble/scalable-networking.ts',
    'src/snapshot/assemble/mailbox-host.ts',
    'src/snapshot/assemble/partition-of-volume.ts',
    'src/snapshot/assemble/exchange-volumes.ts',
    // the values the nodes of a cluster are compared by
    'src/snapshot/assemble/node-values/node-values.ts',
    'src/snapshot/assemble/node-values/compared-settings.ts',
    // the Exchange checks: the age of the last backup, AutoDatabaseMountDial, the replication health
    'src/snapshot/assemble/backup-age.ts',
    'src/snapshot/assemble/mount-dial.ts',
    'src/snapshot/assemble/replication-health.ts',
  ],
  // Static mutants (module-level constants: the role word lists, the role texts) need every test re-run with a
  // fresh module registry, ~20 s each on the 2-core machine: 488 of them took the run from ~15 min to ~3 h.
  // They are reported as ignored, not counted; docs/testing.md says how many and how to run them.
  ignoreStatic: true,
  // One test runner (and one checker): the machine has 2 cores shared with other sessions; run it under `nice`.
  concurrency: 1,
  // Off: a full run takes minutes, and an incremental file would have to be kept in git to help anyone else.
  incremental: false,
  tempDirName: '.stryker-tmp',
  // The build is not needed: the tests run the TypeScript sources.
  ignorePatterns: ['/dist'],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'mutation-report/index.html' },
  jsonReporter: { fileName: 'mutation-report/mutation.json' },
  thresholds: { high: 90, low: 80, break: 80 },
  // On the shared 2-core machine a run of the covering tests under `nice` can take far longer than usual; a
  // timeout counts as killed and restarts the test runner, so it must not come from the load.
  timeoutMS: 60000,
};
