// The scenario through the Kiota C# client generated from the served document (with a backing store,
// so a request object sends only the properties that were set, a null included: a merge patch).
// Every call goes through the generated request builders; run by contract/clients/run.sh.
using LetterTracker.Clients;
using LetterTracker.Clients.Kiota.Generated;
using LetterTracker.Clients.Kiota.Generated.Models;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;
using static LetterTracker.Clients.Scenario;

var (url, adminKey) = Settings();
var recorder = new ExchangeRecorder(new HttpClientHandler());
var scenario = new Scenario("kiota", recorder);

// Kiota's own middleware (retries, redirects, header inspection) in front of the recorder.
using var http = KiotaClientFactory.Create(finalHandler: recorder);
// X-Api-Key is the document's security scheme (apiKey, in: header). Kiota's ApiKeyAuthenticationProvider
// refuses any URL but https ("Only https is supported"), and the app under test listens on
// http://127.0.0.1, so the same header is added by this provider.
var auth = new ApiKeyHeader(adminKey);
var adapter = new HttpClientRequestAdapter(auth, httpClient: http) { BaseUrl = url.ToString().TrimEnd('/') };
var api = new LetterTrackerClient(adapter).Api;

var run = Guid.NewGuid().ToString("N")[..8];
var place = $"Outskirts of the district, contract run {run}";
const string description = "Created by the generated-client contract check.";
IncidentRequest NewIncident() => new()
{
    Title = $"Contract check {run}: mine explosion (kiota)",
    Kind = IncidentKind.LandmineExplosion,
    Country = "Azerbaijan",
    District = "Aghdam",
    DistrictAliases = ["Agdam"],
    Place = place,
    OccurredFrom = new Date(2025, 4, 6),
    OccurredTo = new Date(2025, 4, 7),
    Civilian = true,
    Description = description,
};

string? pageTwoCursor = null;
Guid? pageOneLetter = null;
Guid? incidentId = null;
string? etag = null;
string? staleEtag = null;
var idempotencyKey = Guid.NewGuid().ToString();
var newTitle = $"Contract check {run}: title changed by merge patch (kiota)";

await scenario.Step("create a draft letter with the admin key (so letters span two pages of 1)", async () =>
{
    var created = await api.Letters.PostAsync(new LetterRequest { Subject = $"Contract check {run} (kiota)", Status = LetterStatus.Draft });
    Check(created?.Id is not null, "the created letter");
});

await scenario.Step("list letters with limit=1: one letter and a nextCursor", async () =>
{
    var page = await api.Letters.GetAsync(c => c.QueryParameters.Limit = 1);
    Check(page?.Items?.Count == 1, $"1 item, got {page?.Items?.Count}");
    Check(!string.IsNullOrEmpty(page!.NextCursor), "a nextCursor on page 1");
    pageOneLetter = page.Items!.Single().Id;
    pageTwoCursor = page.NextCursor;
});

await scenario.Step("follow nextCursor to page 2: another letter", async () =>
{
    var cursor = Needs(pageTwoCursor, "page 1's nextCursor");
    var page = await api.Letters.GetAsync(c => { c.QueryParameters.Limit = 1; c.QueryParameters.Cursor = cursor; });
    Check(page?.Items?.Count == 1, $"1 item on page 2, got {page?.Items?.Count}");
    Check(page!.Items!.Single().Id != pageOneLetter, "page 2 holds a letter page 1 did not");
});

await scenario.Step("create an incident with X-Api-Key and Idempotency-Key: 201 with an ETag", async () =>
{
    var headers = new HeadersInspectionHandlerOption { InspectResponseHeaders = true };
    var created = await api.Incidents.PostAsync(NewIncident(), c => { c.Headers.Add("Idempotency-Key", idempotencyKey); c.Options.Add(headers); });
    Check(created?.Place == place && created.Kind == IncidentKind.LandmineExplosion, "the record as sent");
    Check(Header(headers, "ETag") == $"\"{created!.Version}\"", $"ETag \"{created.Version}\", got {Header(headers, "ETag")}");
    incidentId = created.Id;
});

await scenario.Step("send that create again with the same Idempotency-Key: the same incident, replayed", async () =>
{
    var id = Needs(incidentId, "the created incident");
    var headers = new HeadersInspectionHandlerOption { InspectResponseHeaders = true };
    var again = await api.Incidents.PostAsync(NewIncident(), c => { c.Headers.Add("Idempotency-Key", idempotencyKey); c.Options.Add(headers); });
    Check(again?.Id == id, $"id {id}, got {again?.Id}");
    Check(Header(headers, "Idempotency-Replayed") == "true", "Idempotency-Replayed: true");
});

await scenario.Step("read the incident back with its ETag", async () =>
{
    var id = Needs(incidentId, "the created incident");
    var headers = new HeadersInspectionHandlerOption { InspectResponseHeaders = true };
    var read = await api.Incidents[id].GetAsync(c => c.Options.Add(headers));
    Check(read?.Id == id && read.Place == place, "the record created");
    etag = Header(headers, "ETag");
    Check(etag == $"\"{read!.Version}\"", $"ETag \"{read.Version}\", got {etag}");
});

await scenario.Step("merge patch one field (title) with If-Match: changed, the rest kept, a new ETag", async () =>
{
    var id = Needs(incidentId, "the created incident");
    var ifMatch = Needs(etag, "the incident's ETag");
    var headers = new HeadersInspectionHandlerOption { InspectResponseHeaders = true };
    var r = await api.Incidents[id].PatchAsync(new IncidentPatch { Title = newTitle },
        c => { c.Headers.Add("If-Match", ifMatch); c.Options.Add(headers); });
    var next = Header(headers, "ETag");
    (staleEtag, etag) = (ifMatch, next);
    Check(r?.Title == newTitle, $"title \"{newTitle}\", got \"{r?.Title}\"");
    CheckFields("the fields not in the patch are unchanged",
        ("place", place, r!.Place), ("kind", IncidentKind.LandmineExplosion, r.Kind), ("country", "Azerbaijan", r.Country),
        ("district", "Aghdam", r.District), ("districtAliases", new[] { "Agdam" }, r.DistrictAliases),
        ("occurredFrom", "2025-04-06", r.OccurredFrom?.ToString()), ("occurredTo", "2025-04-07", r.OccurredTo?.ToString()),
        ("civilian", true, r.Civilian), ("description", description, r.Description));
    Check(next == $"\"{r.Version}\"" && next != ifMatch, $"a new ETag \"{r.Version}\", got {next}");
});

await scenario.Step("merge patch place: null with If-Match: place cleared, the rest kept", async () =>
{
    var id = Needs(incidentId, "the created incident");
    var ifMatch = Needs(etag, "the patched incident's ETag");
    var headers = new HeadersInspectionHandlerOption { InspectResponseHeaders = true };
    // Set to null on a new object: the backing store records the change, and Kiota writes "place": null.
    var r = await api.Incidents[id].PatchAsync(new IncidentPatch { Place = null },
        c => { c.Headers.Add("If-Match", ifMatch); c.Options.Add(headers); });
    etag = Header(headers, "ETag");
    Check(r?.Place is null, $"place null, got \"{r?.Place}\"");
    CheckFields("the fields not in the patch are unchanged",
        ("title", newTitle, r!.Title), ("kind", IncidentKind.LandmineExplosion, r.Kind), ("district", "Aghdam", r.District),
        ("occurredFrom", "2025-04-06", r.OccurredFrom?.ToString()), ("civilian", true, r.Civilian));
});

await scenario.Step("list recipients: every row reads, parent null on some and set on others", async () =>
{
    var items = (await api.Recipients.GetAsync(c => c.QueryParameters.Limit = 200))?.Items ?? [];
    Check(items.Any(r => r.Parent is null && r.ParentId is null), "a recipient without a parent");
    Check(items.Any(r => r.Parent is { } p && p.Id == r.ParentId), "a recipient whose parent matches its parentId");
});

await scenario.Step("list dispatches: every row reads, channel null where none is known", async () =>
{
    var items = (await api.Dispatches.GetAsync(c => c.QueryParameters.Limit = 200))?.Items ?? [];
    Check(items.Count > 0, "some dispatches");
    Check(items.Any(d => d.Channel is null), "a dispatch without a channel");
});

await scenario.Step("GET an incident that does not exist: a typed 404 problem", async () =>
{
    var missing = Guid.NewGuid();
    try
    {
        await api.Incidents[missing].GetAsync();
        Check(false, "a 404, got a success");
    }
    catch (Problem e)
    {
        Check(e.ResponseStatusCode == 404 && e.Status == 404, $"status 404, got {e.ResponseStatusCode} / {e.Status}");
        Check(!string.IsNullOrEmpty(e.Title) && e.Detail?.Contains(missing.ToString()) == true, "a title, and a detail naming the id");
    }
});

await scenario.Step("merge patch with a stale If-Match: a typed 412 problem", async () =>
{
    var id = Needs(incidentId, "the created incident");
    var stale = Needs(staleEtag, "the ETag from before the first patch");
    try
    {
        await api.Incidents[id].PatchAsync(new IncidentPatch { Title = "never written" }, c => c.Headers.Add("If-Match", stale));
        Check(false, "a 412, got a success");
    }
    catch (Problem e)
    {
        Check(e.ResponseStatusCode == 412 && e.Status == 412, $"status 412, got {e.ResponseStatusCode} / {e.Status}");
        Check(!string.IsNullOrEmpty(e.Title) && !string.IsNullOrEmpty(e.Detail), "a title and a detail");
        var current = e.ResponseHeaders.FirstOrDefault(h => string.Equals(h.Key, "ETag", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
        Check(current == etag, $"the current ETag {etag}, got {current}");
    }
});

return scenario.End();

static string? Header(HeadersInspectionHandlerOption inspected, string name) =>
    inspected.ResponseHeaders.TryGetValue(name, out var values) ? values.FirstOrDefault() : null;

sealed class ApiKeyHeader(string key) : IAuthenticationProvider
{
    public Task AuthenticateRequestAsync(RequestInformation request, Dictionary<string, object>? context = null, CancellationToken cancellationToken = default)
    {
        request.Headers.Add("X-Api-Key", key);
        return Task.CompletedTask;
    }
}
