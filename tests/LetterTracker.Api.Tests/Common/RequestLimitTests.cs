using System.Net;
using System.Net.Http.Headers;
using System.Text;
using LetterTracker.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Api.Tests.Common;

/// <summary>Bodies and query strings over the configured limits are refused as problems before anything reads them.</summary>
public sealed class RequestLimitTests
{
    private const int SmallBodyLimit = 1000;

    /// <summary>
    /// A client that sends bodies as given, with the admin key: the default test client buffers each
    /// body (to replay it on a redirect), which gives even a chunked body a Content-Length.
    /// </summary>
    private static HttpClient StreamingClient(LetterTrackerApp app)
    {
        var client = app.Server.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", LetterTrackerApp.AdminKey);
        return client;
    }

    private static LetterTrackerApp SmallLimitsApp() => new(seed: false, new Dictionary<string, string?>
    {
        ["Limits:MaxRequestBodyBytes"] = SmallBodyLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Limits:MaxQueryStringLength"] = "100",
        ["Limits:MaxQueryParameters"] = "3",
    });

    /// <summary>A source whose JSON is exactly <paramref name="bytes"/> bytes long (its fullText pads it).</summary>
    private static string SourceOfLength(int bytes)
    {
        const string empty = """{"attribution":"Test","language":"en","fullText":""}""";
        return empty.Replace("\"fullText\":\"\"", $"\"fullText\":\"{new string('t', bytes - empty.Length)}\"", StringComparison.Ordinal);
    }

    private static HttpContent Json(string json, bool declareLength, string mediaType = "application/json")
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        // Without a declared length the body goes chunked, and its size is known only as it is read.
        HttpContent content = declareLength ? new ByteArrayContent(bytes) : new UnknownLengthContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return content;
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_body_over_the_limit_is_a_413_problem_and_one_at_the_limit_is_read(bool declareLength)
    {
        using var app = SmallLimitsApp();
        using var client = StreamingClient(app);

        using var tooLarge = await client.PostAsync("/api/sources", Json(SourceOfLength(SmallBodyLimit + 1), declareLength));
        var problem = await ProblemAssert.IsProblemAsync(tooLarge, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal($"A request body may have at most {SmallBodyLimit} bytes.", problem.Str("detail"));
        Assert.Equal(0, await app.WithDbAsync(db => db.Sources.CountAsync()));

        using var atLimit = await client.PostAsync("/api/sources", Json(SourceOfLength(SmallBodyLimit), declareLength));
        Assert.Equal(HttpStatusCode.Created, atLimit.StatusCode);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_merge_patch_over_the_limit_is_a_413_problem(bool declareLength)
    {
        using var app = SmallLimitsApp();
        using var client = StreamingClient(app);
        var created = await client.CreateAsync("/api/organisations", new { name = "Patched", kind = "other" });
        var url = $"/api/organisations/{created.Str("id")}";

        using var request = new HttpRequestMessage(HttpMethod.Patch, url)
        {
            Content = Json($$"""{"city":"{{new string('c', SmallBodyLimit)}}"}""", declareLength, HttpWrites.MergePatch),
        };
        request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        using var response = await client.SendAsync(request);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(created.ToJsonString(), (await client.GetObjectAsync(url)).ToJsonString());
    }

    [Fact]
    public async Task By_default_the_largest_source_the_validator_accepts_fits_even_escaped_and_a_byte_over_8_MiB_does_not()
    {
        using var app = new LetterTrackerApp(seed: false);
        using var client = StreamingClient(app);

        // Every text at its longest, every character \u-escaped (six bytes), as .NET's and Python's
        // JSON serializers write non-ASCII text by default: the largest body a valid write can have.
        string Text(int length) => new('é', length);
        var json = System.Text.Json.JsonSerializer.Serialize(new
        {
            title = Text(500),
            outlet = Text(300),
            author = Text(300),
            attribution = Text(300),
            language = "az-Latn-AZ",
            url = "https://example.org/" + new string('u', 2000),
            fileName = Text(300),
            fullText = Text(1_000_000),
        });
        Assert.InRange(Encoding.UTF8.GetByteCount(json), 6_000_000, 6_100_000);
        using var largest = await client.PostAsync("/api/sources", Json(json, declareLength: true));
        Assert.Equal(HttpStatusCode.Created, largest.StatusCode);

        using var tooLarge = await client.PostAsync("/api/sources", Json(SourceOfLength((8 * 1024 * 1024) + 1), declareLength: false));
        var problem = await ProblemAssert.IsProblemAsync(tooLarge, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("A request body may have at most 8388608 bytes.", problem.Str("detail"));
    }

    [Fact]
    public async Task A_query_string_over_the_limit_is_a_414_problem()
    {
        using var app = SmallLimitsApp();
        using var client = StreamingClient(app);

        // "?q=" and 97 characters: 100, the limit.
        using var atLimit = await client.GetAsync("/api/letters?q=" + new string('x', 97));
        Assert.Equal(HttpStatusCode.OK, atLimit.StatusCode);

        using var tooLong = await client.GetAsync("/api/letters?q=" + new string('x', 98));
        var problem = await ProblemAssert.IsProblemAsync(tooLong, HttpStatusCode.RequestUriTooLong);
        Assert.Equal("The query string has 101 characters; at most 100 are accepted. Shorten q or the filters.", problem.Str("detail"));
    }

    [Theory]
    [InlineData("?status=sent&sort=sentOn&limit=5", HttpStatusCode.OK)]
    [InlineData("?a=1&b=2&c=3&d=4", HttpStatusCode.BadRequest)]
    [InlineData("?a=1&a=2&a=3&a=4", HttpStatusCode.BadRequest)] // each repeat counts
    [InlineData("?a&b&c&d", HttpStatusCode.BadRequest)] // so do parameters without a value
    public async Task Too_many_query_parameters_are_a_400_keyed_query(string query, HttpStatusCode expected)
    {
        using var app = SmallLimitsApp();
        using var client = StreamingClient(app);
        using var response = await client.GetAsync("/api/letters" + query);
        if (expected == HttpStatusCode.OK)
        {
            Assert.Equal(expected, response.StatusCode);
            return;
        }

        var problem = await response.AssertInvalidAsync("query");
        Assert.Equal("4 query parameters were sent; at most 3 are accepted.", problem["errors"]!["query"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task The_default_query_limits_admit_the_longest_useful_search()
    {
        using var app = new LetterTrackerApp(seed: false);
        using var client = StreamingClient(app);
        // 200 characters of three UTF-8 bytes, percent-encoded (1,800 characters), with a cursor's worth of
        // characters: the limits let it through to the endpoint, which reads it (and refuses the made-up cursor).
        var q = Uri.EscapeDataString(new string('語', 200));
        using var response = await client.GetAsync($"/api/search?q={q}&type=letter&limit=10&cursor={new string('c', 512)}");
        await response.AssertInvalidAsync("cursor");
    }

    [Fact]
    public async Task The_limits_hold_on_Kestrel_too()
    {
        using var directory = new TemporaryDirectory();
        await using var server = await ServerProcess.StartAsync(directory.Path, new Dictionary<string, string>
        {
            ["ConnectionStrings__LetterTracker"] = $"Data Source={System.IO.Path.Combine(directory.Path, "limits.db")}",
            ["Database__SeedOnStartup"] = "false",
            ["RateLimiting__Enabled"] = "false",
            ["Limits__MaxRequestBodyBytes"] = $"{SmallBodyLimit}",
            ["Limits__MaxQueryStringLength"] = "100",
        });
        using var client = server.CreateClient();

        foreach (var declareLength in new[] { true, false })
        {
            using var tooLarge = await client.PostAsync("/api/sources", Json(SourceOfLength(SmallBodyLimit + 1), declareLength));
            await ProblemAssert.IsProblemAsync(tooLarge, HttpStatusCode.RequestEntityTooLarge);
            using var atLimit = await client.PostAsync("/api/sources", Json(SourceOfLength(SmallBodyLimit), declareLength));
            Assert.Equal(HttpStatusCode.Created, atLimit.StatusCode);
        }

        using var tooLong = await client.GetAsync("/api/letters?pad=" + new string('x', 96));
        await ProblemAssert.IsProblemAsync(tooLong, HttpStatusCode.RequestUriTooLong);
    }

    /// <summary>A folder for a server's database, removed afterwards.</summary>
    private sealed class TemporaryDirectory : IDisposable
    {
        private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("lettertracker-limits-");

        public string Path => directory.FullName;

        public void Dispose()
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }

    /// <summary>A body that does not tell its length, so it is sent chunked.</summary>
    private sealed class UnknownLengthContent(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
