// The scenario through the NSwag C# client (System.Text.Json) generated from the served document.
// Every call goes through the generated client's typed methods; run by contract/clients/run.sh.
using LetterTracker.Clients;
using LetterTracker.Clients.NSwag;
using LetterTracker.Clients.NSwag.Generated;
using static LetterTracker.Clients.Scenario;

var (url, adminKey) = Settings();
var recorder = new ExchangeRecorder(new HttpClientHandler());
var scenario = new Scenario("nswag", recorder);

// X-Api-Key is the document's security scheme; NSwag leaves credentials to the HttpClient it is given.
using var http = new HttpClient(recorder);
http.DefaultRequestHeaders.Add("X-Api-Key", adminKey);
// The document's server is "/", the instance that serves it: here, the app under test.
var api = new LetterTrackerClient(http) { BaseUrl = url.ToString() };

var run = Guid.NewGuid().ToString("N")[..8];
var place = $"Outskirts of the district, contract run {run}";
IncidentRequest NewIncident() => new()
{
    Title = $"Contract check {run}: mine explosion (nswag)",
    Kind = IncidentKind.LandmineExplosion,
    Country = "Azerbaijan",
    District = "Aghdam",
    DistrictAliases = ["Agdam"],
    Place = place,
    OccurredFrom = new DateTimeOffset(2025, 4, 6, 0, 0, 0, TimeSpan.Zero),
    OccurredTo = new DateTimeOffset(2025, 4, 7, 0, 0, 0, TimeSpan.Zero),
    Civilian = true,
    Description = "Created by the generated-client contract check.",
};

string? pageTwoCursor = null;
Guid? pageOneLetter = null;
IncidentResponse? incident = null;
string? etag = null;
string? staleEtag = null;
var idempotencyKey = Guid.NewGuid().ToString();
var newTitle = $"Contract check {run}: title changed by merge patch (nswag)";

await scenario.Step("create a draft letter with the admin key (so letters span two pages of 1)", async () =>
{
    var created = await api.CreateLetterAsync(null, new LetterRequest { Subject = $"Contract check {run} (nswag)", Status = LetterStatus.Draft });
    Check(created.StatusCode == 201, $"201, got {created.StatusCode}");
});

await scenario.Step("list letters with limit=1: one letter and a nextCursor", async () =>
{
    var page = (await api.ListLettersAsync(null, null, null, null, null, null, null, null, limit: 1, cursor: null, format: null)).Result;
    Check(page.Items.Count == 1, $"1 item, got {page.Items.Count}");
    Check(!string.IsNullOrEmpty(page.NextCursor), "a nextCursor on page 1");
    pageOneLetter = page.Items.Single().Id;
    pageTwoCursor = page.NextCursor;
});

await scenario.Step("follow nextCursor to page 2: another letter", async () =>
{
    var cursor = Needs(pageTwoCursor, "page 1's nextCursor");
    var page = (await api.ListLettersAsync(null, null, null, null, null, null, null, null, limit: 1, cursor: cursor, format: null)).Result;
    Check(page.Items.Count == 1, $"1 item on page 2, got {page.Items.Count}");
    Check(page.Items.Single().Id != pageOneLetter, "page 2 holds a letter page 1 did not");
});

await scenario.Step("create an incident with X-Api-Key and Idempotency-Key: 201 with an ETag", async () =>
{
    var created = await api.CreateIncidentAsync(idempotencyKey, NewIncident());
    Check(created.StatusCode == 201, $"201, got {created.StatusCode}");
    Check(created.Result.Place == place && created.Result.Kind == IncidentKind.LandmineExplosion, "the record as sent");
    Check(Header(created, "ETag") == $"\"{created.Result.Version}\"", $"ETag \"{created.Result.Version}\", got {Header(created, "ETag")}");
    incident = created.Result;
});

await scenario.Step("send that create again with the same Idempotency-Key: the same incident, replayed", async () =>
{
    var first = Needs(incident, "the created incident");
    var again = await api.CreateIncidentAsync(idempotencyKey, NewIncident());
    Check(again.StatusCode == 201 && again.Result.Id == first.Id, $"201 with id {first.Id}, got {again.StatusCode} with {again.Result.Id}");
    Check(Header(again, "Idempotency-Replayed") == "true", "Idempotency-Replayed: true");
});

await scenario.Step("read the incident back with its ETag", async () =>
{
    var id = Needs(incident, "the created incident").Id;
    var read = await api.GetIncidentAsync(id);
    Check(read.Result.Id == id && read.Result.Place == place, "the record created");
    etag = Header(read, "ETag");
    Check(etag == $"\"{read.Result.Version}\"", $"ETag \"{read.Result.Version}\", got {etag}");
});

await scenario.Step("merge patch one field (title) with If-Match: changed, the rest kept, a new ETag", async () =>
{
    var id = Needs(incident, "the created incident").Id;
    var ifMatch = Needs(etag, "the incident's ETag");
    var patched = await api.PatchIncidentAsync(id, ifMatch, new IncidentPatch { Title = newTitle });
    var r = patched.Result;
    var next = Header(patched, "ETag");
    (staleEtag, etag) = (ifMatch, next);
    Check(r.Title == newTitle, $"title \"{newTitle}\", got \"{r.Title}\"");
    CheckFields("the fields not in the patch are unchanged",
        ("place", place, r.Place), ("kind", IncidentKind.LandmineExplosion, r.Kind), ("country", "Azerbaijan", r.Country),
        ("district", "Aghdam", r.District), ("districtAliases", new[] { "Agdam" }, r.DistrictAliases),
        ("occurredFrom", "2025-04-06", r.OccurredFrom.ToString("yyyy-MM-dd")), ("occurredTo", "2025-04-07", r.OccurredTo.ToString("yyyy-MM-dd")),
        ("civilian", true, r.Civilian), ("description", NewIncident().Description, r.Description));
    Check(next == $"\"{r.Version}\"" && next != ifMatch, $"a new ETag \"{r.Version}\", got {next}");
});

await scenario.Step("merge patch place: null with If-Match: place cleared, the rest kept", async () =>
{
    var id = Needs(incident, "the created incident").Id;
    var ifMatch = Needs(etag, "the patched incident's ETag");
    var patched = await api.PatchIncidentAsync(id, ifMatch, MergePatch.Clear(new IncidentPatch(), p => p.Place));
    var r = patched.Result;
    etag = Header(patched, "ETag");
    Check(r.Place is null, $"place null, got \"{r.Place}\"");
    CheckFields("the fields not in the patch are unchanged",
        ("title", newTitle, r.Title), ("kind", IncidentKind.LandmineExplosion, r.Kind), ("district", "Aghdam", r.District),
        ("occurredFrom", "2025-04-06", r.OccurredFrom.ToString("yyyy-MM-dd")), ("civilian", true, r.Civilian));
});

await scenario.Step("list recipients: every row reads, parent null on some and set on others", async () =>
{
    var items = (await api.ListRecipientsAsync(null, null, null, null, limit: 200, cursor: null, format: null)).Result.Items;
    Check(items.Any(r => r.Parent is null && r.ParentId is null), "a recipient without a parent");
    Check(items.Any(r => r.Parent is { } p && p.Id == r.ParentId), "a recipient whose parent matches its parentId");
});

await scenario.Step("list dispatches: every row reads, channel null where none is known", async () =>
{
    var items = (await api.ListDispatchesAsync(null, null, null, null, null, null, null, null, null, limit: 200, cursor: null, format: null)).Result.Items;
    Check(items.Count > 0, "some dispatches");
    Check(items.Any(d => d.Channel is null), "a dispatch without a channel");
});

await scenario.Step("GET an incident that does not exist: a typed 404 problem", async () =>
{
    var missing = Guid.NewGuid();
    try
    {
        await api.GetIncidentAsync(missing);
        Check(false, "a 404, got a success");
    }
    catch (ApiException<Problem> e)
    {
        Check(e.StatusCode == 404 && e.Result.Status == 404, $"status 404, got {e.StatusCode} / {e.Result.Status}");
        Check(!string.IsNullOrEmpty(e.Result.Title) && e.Result.Detail?.Contains(missing.ToString()) == true, "a title, and a detail naming the id");
    }
});

await scenario.Step("merge patch with a stale If-Match: a typed 412 problem", async () =>
{
    var id = Needs(incident, "the created incident").Id;
    var stale = Needs(staleEtag, "the ETag from before the first patch");
    try
    {
        await api.PatchIncidentAsync(id, stale, new IncidentPatch { Title = "never written" });
        Check(false, "a 412, got a success");
    }
    catch (ApiException<Problem> e)
    {
        Check(e.StatusCode == 412 && e.Result.Status == 412, $"status 412, got {e.StatusCode} / {e.Result.Status}");
        Check(!string.IsNullOrEmpty(e.Result.Title) && !string.IsNullOrEmpty(e.Result.Detail), "a title and a detail");
        Check(HeaderIn(e.Headers, "ETag") == etag, $"the current ETag {etag}, got {HeaderIn(e.Headers, "ETag")}");
    }
});

return scenario.End();

static string? Header(SwaggerResponse response, string name) => HeaderIn(response.Headers, name);

static string? HeaderIn(IReadOnlyDictionary<string, IEnumerable<string>> headers, string name) =>
    headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
