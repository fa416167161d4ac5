/**
 * jest `setupFiles`: one fixed seed for every fast-check property that names none (`collectors/shapes/*`,
 * `test/rules/validation-fuzz.test.ts`), so that `npm test` draws the same inputs on every run and a failure
 * can be run again. `BPA_FUZZ_SEED=<n>` draws others, as it does for `test/collectors/fuzz.test.ts`; a
 * property with its own `seed` keeps it.
 */
import fc from 'fast-check';

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: Number(process.env.BPA_FUZZ_SEED ?? 20081120) });
