using LetterTracker.Api.Hosting;

namespace LetterTracker.Api.Tests.Hosting;

public class NativeHeapTests
{
    [Fact]
    public void On_linux_glibc_takes_the_arena_limit_unless_the_environment_sets_one()
    {
        // The tests run on Debian (glibc). An operator's MALLOC_ARENA_MAX is left as it is.
        var expected = OperatingSystem.IsLinux() && Environment.GetEnvironmentVariable("MALLOC_ARENA_MAX") is null;

        Assert.Equal(expected, NativeHeap.UseOneArena());
    }
}
