/**
 * `bpa collect --live`: collection on this Windows machine through child processes, with the command plan
 * the collection scripts are generated from (`collectors/windows/commands.ts`), fed to the same pipeline.
 */
// @ts-nocheck

export { assertLiveCollectionPossible, captureLive, isoWithOffset, type LiveOptions } from './capture-live';
export { childProcessRunner, cmdCommand, type CommandResult, type CommandRunner, type CommandSpec } from './run-command';
export { saveBundle } from './save-bundle';
