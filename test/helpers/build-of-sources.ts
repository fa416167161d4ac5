import { useBuildArtefactsBelow } from '../../src/shared/build-artefacts';

/**
 * Jest set-up of every test file: the TypeScript sources take the build's generated files (the list of checked rule
 * files, the precompiled validators) from the build jest's global set-up found to be made from these very sources
 * (scripts/jest-global-setup.js says why and when). Otherwise nothing changes: every rule file is checked in full
 * and every schema compiled by ajv, as the sources do on their own.
 */
const below = process.env.BPA_TEST_BUILD;
if (below) useBuildArtefactsBelow(below);
