// Preloaded into a benchmarked process: reports its peak memory on exit.
process.on('exit', () => {
  process.stderr.write(`\nMAXRSS_KB=${process.resourceUsage().maxRSS}\n`);
});
