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

    /// <summary>The framework's problem writer declines an Accept without JSON; the API still answers the problem, whole.</summary>
    [Theory]
    [InlineData("/api/letters/not-an-id", HttpStatusCode.BadRequest)]
    [InlineData("/api/letters?limit=abc", HttpStatusCode.BadRequest)]
    [InlineData("/api/nothing-here", HttpStatusCode.NotFound)]
    [InlineData("/api/letters/01a23769-c34e-71ef-aa9b-e1277ea9e4b6", HttpStatusCode.NotFound)]
    public async Task A_problem_is_json_whatever_accept_asks_for(string path, HttpStatusCode status)
    {
        foreach (var accept in new[] { "text/csv", "text/html", "image/png" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.TryAddWithoutValidation("Accept", accept);
            using var response = await client.SendAsync(request);
            var problem = await ProblemAssert.IsProblemAsync(response, status);
            Assert.StartsWith("https://", problem.Str("type"));
        }
    }
}
