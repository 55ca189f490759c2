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
