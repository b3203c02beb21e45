using System.Text.Json;
using System.Text.Json.Nodes;
using LetterTracker.Api.Tests.Infrastructure;

namespace LetterTracker.Api.Tests.Features.Stats;

/// <summary>An unseeded app holding <see cref="StatsDataSet"/>, for tests that only read it (and leave the clock alone).</summary>
public sealed class StatsApp : IAsyncLifetime
{
    public LetterTrackerApp Host { get; } = new(seed: false);

    public StatsDataSet Data { get; private set; } = null!;

    public async Task InitializeAsync() => Data = await StatsDataSet.BuildAsync(Host);

    public Task DisposeAsync()
    {
        Host.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Asserts that a JSON response equals the expected value, written as an anonymous object.</summary>
    public static void AssertJson(object expected, JsonNode? actual)
    {
        var expectedNode = JsonSerializer.SerializeToNode(expected, Json.Options);
        Assert.True(JsonNode.DeepEquals(expectedNode, actual), $"Expected {expectedNode?.ToJsonString()}\n     got {actual?.ToJsonString()}");
    }
}
