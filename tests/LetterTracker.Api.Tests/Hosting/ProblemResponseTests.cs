using System.Net;
using LetterTracker.Api.Tests.Infrastructure;

namespace LetterTracker.Api.Tests.Hosting;

public sealed class ProblemResponseTests(SeededApp app) : IClassFixture<SeededApp>
{
    private readonly HttpClient client = app.CreateClient();

    [Theory]
    [InlineData("/api/nothing-here")]
    [InlineData("/nothing")]
    public async Task An_unknown_path_is_a_404_problem(string path)
    {
        using var response = await client.GetAsync(path);
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Contains(path, problem.Str("detail"));
    }

    [Fact]
    public async Task A_method_a_route_does_not_serve_is_a_405_problem()
    {
        using var response = await client.PutAsync("/api/sources", new StringContent("{}"));
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.MethodNotAllowed);
        Assert.Contains("PUT", problem.Str("detail"));
    }
}
