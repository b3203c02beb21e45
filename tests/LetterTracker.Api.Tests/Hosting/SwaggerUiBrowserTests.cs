using System.Text.Json;
using System.Text.Json.Nodes;
using LetterTracker.Api.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace LetterTracker.Api.Tests.Hosting;

/// <summary>
/// Swagger UI in a real browser (chromium, through Playwright) against the app on Kestrel over its own
/// seeded in-memory database: the padlocks say which operations need a key, Authorize takes a key,
/// Try it out reads the seeded letter and creates an incident, and a 404's example is the API's problem.
/// Screenshots go to TestResults/swagger-ui/ at the repository root.
/// </summary>
public sealed class SwaggerUiBrowserTests(ITestOutputHelper output)
{
    private const string SeededLetterSubject = "Protest letters after the mine explosions in Aghdam and Jabrayil on 6–7 April 2025";

    // Upper bounds for a loaded machine: Playwright waits for each element only as long as it takes.
    private const float Patience = 180_000;

    private static readonly string Screenshots = RepositoryFiles.PathOf("TestResults", "swagger-ui");

    [ChromiumFact]
    public async Task Padlocks_tell_which_operations_need_a_key_and_Authorize_and_Try_it_out_work()
    {
        Assert.True(DebianChromium.IsInstalled, $"Chromium is not installed at {DebianChromium.ExecutablePath} (apt-get install chromium; .ci/run installs it).");
        Directory.CreateDirectory(Screenshots);
        output.WriteLine($"Screenshots: {Screenshots}");

        using var app = new LetterTrackerApp(seed: true);
        app.UseKestrel(0); // a free port on 127.0.0.1
        app.StartServer();
        var address = app.ClientOptions.BaseAddress;
        using var client = app.CreateClient(apiKey: null);
        var document = await client.GetObjectAsync("/swagger/v1/swagger.json");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions
        {
            BaseURL = address.ToString(),
            ViewportSize = new ViewportSize { Width = 1400, Height = 1000 },
        });
        page.SetDefaultTimeout(Patience);
        page.SetDefaultNavigationTimeout(Patience);
        SetDefaultExpectTimeout(Patience);
        var scriptErrors = new List<string>();
        page.PageError += (_, error) => scriptErrors.Add(error);

        try
        {
            await page.GotoAsync("/swagger/index.html");
            await Expect(page.Locator("#operations-Letters-ListLetters")).ToBeVisibleAsync();

            // Before Authorize: every operation's padlock as its security in the document says.
            var before = await PadlocksAsync(page);
            Assert.Equal(ExpectedPadlocks(document), before.ToDictionary(p => p.Key, p => p.Value.State));
            Assert.Equal("open", before["GET /api/letters"].State);
            Assert.Equal("closed", before["POST /api/incidents"].State);
            Assert.Equal("closed", before["GET /api/api-keys"].State); // a read that needs a key whatever Auth:AnonymousRead says
            Assert.Equal("Needs an API key: give one in Authorize", before["POST /api/incidents"].Label);
            Assert.Equal("No API key needed (a key given in Authorize is sent too)", before["GET /api/letters"].Label);
            await page.Locator("#operations .wrapper").First.ScreenshotAsync(new LocatorScreenshotOptions { Path = Shot("1-padlocks-before-authorize.png") });

            await AuthorizeAsync(page, LetterTrackerApp.AdminKey);
            var after = await PadlocksAsync(page);
            Assert.Equal("open", after["GET /api/letters"].State);
            Assert.Equal("closed", after["POST /api/incidents"].State);
            Assert.Equal("Needs an API key: the key given in Authorize is sent", after["POST /api/incidents"].Label);

            // Try it out: list letters, which shows the seeded letter.
            var listLetters = await TryItOutAsync(page, "#operations-Letters-ListLetters");
            await ExecuteAsync(listLetters, "200");
            await Expect(ResponseBody(listLetters)).ToContainTextAsync(SeededLetterSubject);
            // As the open padlock's label says: a read needs no key, but the one given is sent.
            await Expect(listLetters.Locator(".curl-command")).ToContainTextAsync($"X-Api-Key: {LetterTrackerApp.AdminKey}");
            await listLetters.ScreenshotAsync(new LocatorScreenshotOptions { Path = Shot("3-list-letters.png") });

            // Try it out: create an incident, with the key given in Authorize.
            var createIncident = await TryItOutAsync(page, "#operations-Incidents-CreateIncident");
            await createIncident.Locator("textarea.body-param__text").FillAsync(JsonSerializer.Serialize(new
            {
                title = "Mine explosion near Aghdam, entered in Swagger UI",
                kind = "landmineExplosion",
                country = "Azerbaijan",
                district = "Aghdam",
                occurredFrom = "2025-04-06",
                occurredTo = "2025-04-06",
                description = "Created by the browser test through Try it out.",
            }));
            await ExecuteAsync(createIncident, "201");
            await Expect(createIncident.Locator(".curl-command")).ToContainTextAsync($"X-Api-Key: {LetterTrackerApp.AdminKey}");
            await createIncident.ScreenshotAsync(new LocatorScreenshotOptions { Path = Shot("4-create-incident.png") });
            var created = JsonNode.Parse(await ResponseBody(createIncident).InnerTextAsync())!;
            var stored = await client.GetObjectAsync($"/api/incidents/{created.Str("id")}");
            Assert.Equal("Mine explosion near Aghdam, entered in Swagger UI", stored.Str("title"));

            // Error examples are the API's problem shape, not ASP.NET's ProblemDetails (whose free-form
            // extensions showed as additionalProp1, and whose instance the API never sends).
            var getLetter = page.Locator("#operations-Letters-GetLetter");
            await getLetter.Locator(".opblock-summary-control").ClickAsync();
            var notFound = getLetter.Locator("tr.response[data-code='404']");
            var notFoundExample = notFound.Locator(".response-col_description .microlight").First;
            await Expect(notFoundExample).ToContainTextAsync("\"status\": 404");
            await Expect(notFoundExample).Not.ToContainTextAsync("additionalProp");
            await Expect(notFoundExample).Not.ToContainTextAsync("\"instance\"");
            await notFound.ScreenshotAsync(new LocatorScreenshotOptions { Path = Shot("5-not-found-example.png") });

            Assert.Empty(scriptErrors);
        }
        catch
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("failure.png"), FullPage = true });
            output.WriteLine($"Failed; the page as it was: {Shot("failure.png")}; script errors: {string.Join(" | ", scriptErrors)}");
            throw;
        }
    }

    private static string Shot(string name) => Path.Combine(Screenshots, name);

    /// <summary>"METHOD /path" to the padlock an operation should have: none without security, open where an
    /// empty requirement makes the key optional, closed where every alternative names a scheme.</summary>
    private static Dictionary<string, string> ExpectedPadlocks(JsonObject document) =>
        document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(operation => (
                Key: $"{operation.Key.ToUpperInvariant()} {path.Key}",
                Security: operation.Value!["security"]?.AsArray())))
            .ToDictionary(o => o.Key, o => o.Security switch
            {
                null or [] => "none",
                var alternatives when alternatives.Any(a => a!.AsObject().Count == 0) => "open",
                _ => "closed",
            });

    /// <summary>Each operation's padlock as drawn: its state (open, closed or none) and its label.</summary>
    private static async Task<Dictionary<string, (string State, string? Label)>> PadlocksAsync(IPage page)
    {
        var drawn = await page.EvaluateAsync<JsonElement>("""
            () => Array.from(document.querySelectorAll('.opblock')).map(operation => {
              const button = operation.querySelector('.opblock-summary .authorization__btn');
              const icon = button && button.querySelector('svg');
              return {
                key: operation.querySelector('.opblock-summary-method').textContent.trim().toUpperCase()
                  + ' ' + operation.querySelector('.opblock-summary-path').getAttribute('data-path'),
                state: !button ? 'none'
                  : icon && icon.classList.contains('locked') ? 'closed'
                  : icon && icon.classList.contains('unlocked') ? 'open'
                  : 'unknown',
                label: button && button.getAttribute('aria-label'),
              };
            })
            """);
        return drawn.EnumerateArray().ToDictionary(
            o => o.GetProperty("key").GetString()!,
            o => (o.GetProperty("state").GetString()!, o.GetProperty("label").GetString()));
    }

    private async Task AuthorizeAsync(IPage page, string key)
    {
        await page.Locator(".auth-wrapper button.authorize").ClickAsync();
        var dialog = page.Locator(".dialog-ux .modal-ux");
        await dialog.Locator("#api_key_value").FillAsync(key);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Apply credentials" }).ClickAsync();
        await Expect(dialog.GetByRole(AriaRole.Button, new() { Name = "Remove authorization" })).ToBeVisibleAsync();
        await dialog.ScreenshotAsync(new LocatorScreenshotOptions { Path = Shot("2-authorized.png") });
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Close" }).ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
    }

    /// <summary>Expands the operation and turns on Try it out.</summary>
    private static async Task<ILocator> TryItOutAsync(IPage page, string operationId)
    {
        var operation = page.Locator(operationId);
        await operation.Locator(".opblock-summary-control").ClickAsync();
        await operation.Locator("button.try-out__btn").ClickAsync();
        await Expect(operation.Locator("button.execute")).ToBeVisibleAsync();
        return operation;
    }

    private static async Task ExecuteAsync(ILocator operation, string status)
    {
        await operation.Locator("button.execute").ClickAsync();
        await Expect(operation.Locator(".live-responses-table .response .response-col_status")).ToHaveTextAsync(status);
    }

    private static ILocator ResponseBody(ILocator operation) =>
        operation.Locator(".live-responses-table .response .response-col_description .microlight").First;
}
