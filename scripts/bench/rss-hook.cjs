// Preloaded by scripts/bench/speed.mjs (node --require: CommonJS, so that measuring does not start
// Node's ES module loader in a process that would not otherwise start it): prints this process's
// peak RSS (MiB) and CPU time (ms) as one JSON line on stderr when it exits.
process.on('exit', () => {
  const u = process.resourceUsage();
  process.stderr.write(`\n@@bench ${JSON.stringify({ peakMiB: u.maxRSS / 1024, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 })}\n`);
});
