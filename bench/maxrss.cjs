// Preloaded into a benchmarked process: reports its peak memory and CPU time on exit.
process.on('exit', () => {
  const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
  process.stderr.write(`\nMAXRSS_KB=${maxRSS}\nCPU_US=${userCPUTime + systemCPUTime}\n`);
});
