// Preloaded into the benchmarked language server (with --expose-gc and an IPC channel): on
// request, collects garbage and reports memory, or writes a heap snapshot.
const v8 = require('node:v8');

process.on('message', (message) => {
  if (!message || typeof message !== 'object') return;
  if (message.probe === 'memory') {
    for (let i = 0; i < 3; i++) global.gc();
    const { rss, heapTotal, heapUsed, external } = process.memoryUsage();
    process.send({ probe: 'memory', id: message.id, rss, heapTotal, heapUsed, external });
  } else if (message.probe === 'snapshot') {
    global.gc();
    process.send({ probe: 'snapshot', id: message.id, file: v8.writeHeapSnapshot(message.file) });
  }
});
// The IPC channel must not keep the server alive after `exit`.
if (process.channel) process.channel.unref();
