// @ts-nocheck
export { assembleSnapshot, type BundleContext } from './assemble/index';
