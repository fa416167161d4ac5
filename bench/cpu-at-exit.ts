/**
 * Loaded with `node --require` into a benchmarked command (bench/startup.ts): at exit, the process writes the
 * CPU time it used (user + system, all its threads) to standard error as `BPA_BENCH_CPU <ms>`. On a loaded
 * machine the wall time of a short command says more about the other processes than about it; its CPU time
 * much less so.
 */
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  process.stderr.write(`\nBPA_BENCH_CPU ${(user + system) / 1000}\n`);
});
