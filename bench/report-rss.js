// Preloaded (node -r) into the processes bench/cli.ts compares: writes the peak resident set size (KB)
// to $BENCH_RSS_FILE when the process exits.
'use strict';
process.on('exit', () => {
  if (process.env.BENCH_RSS_FILE)
    require('fs').writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
});
