/**
 * How the language server's process is started, the same by every launcher: the VS Code
 * client, the Neovim recipe in the README and the benchmark. Measured with 1,000 scripts open
 * and then 10,000 edits across them (RSS after full collections; the JavaScript heap in use
 * stays at 49–52 MB throughout).
 *
 * glibc's malloc gives each thread that allocates its own arena, up to eight per core, and
 * keeps what is freed in that arena. V8's background threads (concurrent marking, compilation)
 * each fill one and leave it fragmented: without a limit the server went 153 → 184–231 MB.
 * Other C libraries (musl) and other systems ignore the variable.
 */
export const SERVER_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '2' };

/**
 * V8 grows its young generation to two 16 MB semi-spaces under the allocation of a burst of
 * edits and keeps them. 8 MB each is still many completions' or an incremental parse's
 * garbage between scavenges, and saves 15–25 MB at every stage: 126–130 → 137–162 MB,
 * against 141–150 → 171–180 MB with the arena limit alone, with the same edit and completion
 * latency. Node also reads it from NODE_OPTIONS.
 */
export const SERVER_NODE_ARGS: readonly string[] = ['--max-semi-space-size=8'];
