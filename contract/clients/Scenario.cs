namespace LetterTracker.Clients;

/// <summary>
/// The steps of one generated client's scenario, run in order. Each prints PASS or FAIL with the
/// reason; a failed step does not stop the ones after it (a step that needs what a failed one should
/// have made fails too, saying so), so one run shows everything that is wrong. Exit code 1 when any failed.
/// </summary>
public sealed class Scenario(string client, ExchangeRecorder recorder)
{
    /// <summary>CONTRACT_CLIENTS_VERBOSE=1 shows the last exchange of passed steps too.</summary>
    private static readonly bool Verbose = Environment.GetEnvironmentVariable("CONTRACT_CLIENTS_VERBOSE") == "1";
    private int _passed;
    private int _failed;

    /// <summary>The settings run.sh passes: where the app is and its admin key.</summary>
    public static (Uri Url, string AdminKey) Settings()
    {
        var url = Environment.GetEnvironmentVariable("LETTERTRACKER_URL");
        var key = Environment.GetEnvironmentVariable("LETTERTRACKER_ADMIN_KEY");
        if (string.IsNullOrEmpty(url) || string.IsNullOrEmpty(key))
            throw new InvalidOperationException("Set LETTERTRACKER_URL and LETTERTRACKER_ADMIN_KEY (contract/clients/run.sh does).");
        return (new Uri(url.TrimEnd('/') + "/"), key);
    }

    public async Task Step(string name, Func<Task> body)
    {
        recorder.Last = null;
        try
        {
            await body();
            _passed++;
            Console.WriteLine($"PASS  {client}: {name}");
            if (Verbose && recorder.Last is { } exchange) Console.WriteLine($"      last exchange: {exchange}");
        }
        catch (Exception e)
        {
            // A step's failure may come before or after its request: the exchange shown is the last one sent.
            _failed++;
            Console.WriteLine($"FAIL  {client}: {name}");
            Console.WriteLine($"      {Describe(e)}");
            if (recorder.Last is { } exchange) Console.WriteLine($"      last exchange: {exchange}");
        }
    }

    /// <summary>Prints the tally and gives the exit code.</summary>
    public int End()
    {
        Console.WriteLine($"{client} scenario: {_passed} of {_passed + _failed} steps passed");
        return _failed == 0 ? 0 : 1;
    }

    /// <summary>A failed expectation; its message is the whole report of the step.</summary>
    public static void Check(bool condition, string expectation)
    {
        if (!condition) throw new ScenarioCheckException(expectation);
    }

    /// <summary>Fields that must hold the values given; a failure lists every one that does not.</summary>
    public static void CheckFields(string what, params (string Field, object? Expected, object? Actual)[] fields)
    {
        var wrong = fields.Where(f => Show(f.Expected) != Show(f.Actual))
            .Select(f => $"{f.Field} {Show(f.Actual)} (expected {Show(f.Expected)})").ToList();
        if (wrong.Count > 0) throw new ScenarioCheckException($"{what}: {string.Join("; ", wrong)}");
    }

    private static string Show(object? value) => value switch
    {
        null => "null",
        string text => $"\"{text}\"",
        System.Collections.IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Show)) + "]",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>What a step needs from an earlier one, or a failure naming that step.</summary>
    public static T Needs<T>(T? value, string what) where T : class =>
        value ?? throw new ScenarioCheckException($"not run: needs {what}, which an earlier step did not produce");

    public static T Needs<T>(T? value, string what) where T : struct =>
        value ?? throw new ScenarioCheckException($"not run: needs {what}, which an earlier step did not produce");

    private static string Describe(Exception e) => e switch
    {
        ScenarioCheckException => e.Message,
        // A generated client's exception: its type and message (NSwag's carries the answer's body), and its cause.
        _ => $"{e.GetType().FullName}: {e.Message}" + (e.InnerException is { } inner ? $" <- {inner.GetType().Name}: {inner.Message}" : ""),
    };
}

public sealed class ScenarioCheckException(string message) : Exception(message);

/// <summary>
/// Keeps the last request and answer as sent on the wire, so that a failed step shows what the
/// generated client actually sent (a merge patch's body above all) and what came back.
/// </summary>
public sealed class ExchangeRecorder(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    public string? Last { get; set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var sent = request.Content is null ? "" : " " + Shorten(await request.Content.ReadAsStringAsync(cancellationToken));
        var headers = string.Join(" ", request.Headers
            .Where(h => h.Key is "If-Match" or "Idempotency-Key")
            .Select(h => $"{h.Key}: {string.Join(",", h.Value)}"));
        var response = await base.SendAsync(request, cancellationToken);
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var received = Shorten(await response.Content.ReadAsStringAsync(cancellationToken));
        Last = $"{request.Method} {request.RequestUri?.PathAndQuery} {headers} {request.Content?.Headers.ContentType}{sent} -> {(int)response.StatusCode} {received}";
        return response;
    }

    private static string Shorten(string text) => text.Length <= 700 ? text : text[..700] + "...";
}
