// Preloaded into the benchmarked language server (with --expose-gc and an IPC channel): on
// request, collects garbage and reports memory once the pages the collections freed are back
// with the system, or writes a heap snapshot.
const v8 = require('node:v8');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * V8 frees the pages a full collection empties on a background thread, milliseconds after the
 * collection returns: read at once, the resident set still counts them (after 10,000 edits,
 * 154 MB at once against 125 MB 5 ms later; with --single-threaded-gc, 125 MB at once).
 * Reads `read()` every `everyMs` until it has not fallen for `quietMs`, or `capMs` have
 * passed, and returns the last reading with the time waited.
 */
async function settledRss(read, wait = sleep, { everyMs = 5, quietMs = 50, capMs = 2000 } = {}) {
  let rss = read();
  let quiet = 0;
  let waitedMs = 0;
  while (quiet < quietMs && waitedMs < capMs) {
    await wait(everyMs);
    waitedMs += everyMs;
    const now = read();
    quiet = now < rss ? 0 : quiet + everyMs;
    rss = now;
  }
  return { rss, waitedMs };
}

async function memory() {
  for (let i = 0; i < 3; i++) global.gc();
  const rssAtCollection = process.memoryUsage.rss();
  const { rss } = await settledRss(() => process.memoryUsage.rss());
  const { heapTotal, heapUsed, external } = process.memoryUsage();
  return { rss, rssAtCollection, heapTotal, heapUsed, external };
}

// Only in a process started to be probed: loaded for its functions, it listens to nothing.
if (process.channel && typeof global.gc === 'function') {
  process.on('message', (message) => {
    if (!message || typeof message !== 'object') return;
    if (message.probe === 'memory') {
      void memory().then((m) => process.send({ probe: 'memory', id: message.id, ...m }));
    } else if (message.probe === 'snapshot') {
      global.gc();
      process.send({ probe: 'snapshot', id: message.id, file: v8.writeHeapSnapshot(message.file) });
    }
  });
  // The IPC channel must not keep the server alive after `exit`.
  process.channel.unref();
}

module.exports = { settledRss };
