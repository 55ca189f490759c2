/**
 * How the language server's process is started, the same by every launcher: the VS Code
 * client, the Neovim recipe in the README and the benchmark.
 *
 * glibc's malloc gives each thread that allocates its own arena, up to eight per core, and
 * keeps what is freed in an arena for that arena. V8's background threads (concurrent marking,
 * compilation) each fill one and leave it fragmented: with 1,000 scripts open, 10,000 edits
 * grew the server from 153 to 201–231 MB while its JavaScript heap stayed at 52 MB. With two
 * arenas it holds 167–173 MB. Other C libraries (musl) and other systems ignore the variable.
 */
export const SERVER_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '2' };
