using System.Runtime.InteropServices;

namespace LetterTracker.Api.Hosting;

/// <summary>
/// Fewer glibc malloc arenas. SQLite allocates and frees ~80 KB per request through malloc (~3 GB over
/// a benchmark of by-id reads and letter POSTs), on whichever thread runs the request, and glibc gives
/// threads arenas of their own (up to eight per core), each keeping the memory freed into it: at 100k
/// letters, after 10 s of letter POSTs glibc held ~140 MB of which ~45 MB was in use (SQLite's own
/// high-water mark was 32 MB). Limited to one arena from here on, the same POSTs peaked at 278 to
/// 303 MB RSS (four runs) instead of 312 to 334 MB (five runs); see docs/benchmarks.md.
/// </summary>
/// <remarks>
/// Arenas the runtime's first threads made before this runs stay, and later threads share them.
/// <c>MALLOC_ARENA_MAX=1</c> in the environment, as the Dockerfile sets, limits them from the process
/// start and saves more (247 and 259 MB; CPU per request unchanged within noise, interleaved A/B). An
/// operator's own MALLOC_ARENA_MAX is left as it is. Only glibc has arenas: elsewhere this does nothing.
/// </remarks>
public static class NativeHeap
{
    private const int ArenaMax = -8; // M_ARENA_MAX in glibc's malloc.h

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate int MallOpt(int param, int value);

    /// <summary>Whether glibc took the limit (false when not on glibc, or when MALLOC_ARENA_MAX is set).</summary>
    public static bool UseOneArena()
    {
        if (!OperatingSystem.IsLinux() || Environment.GetEnvironmentVariable("MALLOC_ARENA_MAX") is not null
            || !NativeLibrary.TryLoad("libc.so.6", out var glibc)) // glibc's soname; musl's differs
        {
            return false;
        }

        return NativeLibrary.TryGetExport(glibc, "mallopt", out var mallopt)
            && Marshal.GetDelegateForFunctionPointer<MallOpt>(mallopt)(ArenaMax, 1) == 1;
    }
}
