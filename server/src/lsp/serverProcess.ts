/**
 * How the language server's process is started, the same by every launcher: the VS Code
 * client, the Neovim recipe in the README and the benchmark. Measured with 1,000 scripts open
 * and then 10,000 edits across them (RSS after full collections, once V8 has given back the
 * pages they freed; the JavaScript heap in use is 39 MB opened, 42 MB after the edits).
 *
 * glibc's malloc gives each thread that allocates its own arena, up to eight per core, and
 * keeps what is freed in that arena; V8's background threads (concurrent marking, compilation)
 * each fill one. Two arenas save about 4 MB at every stage: 116–122 → 122–131 MB against
 * 121–122 → 129–132 MB without the limit. Other C libraries (musl) and other systems ignore
 * the variable.
 */
export const SERVER_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '2' };

/**
 * V8 grows its young generation to two 16 MB semi-spaces under the allocation of a burst of
 * edits and keeps them. 8 MB each is still many completions' or an incremental parse's
 * garbage between scavenges, and saves 11–16 MB at every stage: 116–122 → 122–131 MB against
 * 133–134 → 139–140 MB, with the same edit and completion latency. Node also reads it from
 * NODE_OPTIONS.
 */
export const SERVER_NODE_ARGS: readonly string[] = ['--max-semi-space-size=8'];

/**
 * V8 flags the server sets on itself when it starts (`server.ts`), so that every launcher gets
 * them: Node refuses them in NODE_OPTIONS.
 *
 * `--heap-growing-percent=150`: the next full collection starts once the old generation is 2.5×
 * what the last one left. V8's own factor goes up to 4×, reckoned from how fast the last
 * collection ran against how fast the program allocated. In a burst of edits on a busy machine,
 * V8's background marking gets little CPU, and what the program allocates while it marks counts
 * as live: one collection left 110 MB where about 40 MB were live, and the heap then grew to
 * 430 MB before the next. Six runs of fourteen of the memory benchmark did so (peak RSS 510 MB, and
 * 16 MB that the C allocator kept afterwards: 1.21–1.25× after the edits). At 2.5×: peak 169–201
 * MB, 1.04–1.10×, 10,000 edits as fast, and the same edit and completion latency on a
 * 10,000-line script (four interleaved runs each).
 */
export const SERVER_V8_FLAGS: readonly string[] = ['--heap-growing-percent=150'];
