using System.Data.Common;
using System.Net;
using System.Text.Json.Nodes;
using LetterTracker.Api.Tests.Infrastructure;
using LetterTracker.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace LetterTracker.Api.Tests.Database.Upgrade;

/// <summary>
/// Databases written by earlier builds, started on by today's app (which migrates them at start):
/// nothing lost or changed, search finds every type, statistics and writes work, and it is ready.
/// The 4c78d99 fixtures are that build's own database and answers (see README.md here); the older-
/// migration cases hold rows in every table of that schema, API keys, audit and idempotency included.
/// </summary>
public sealed class UpgradeTests
{
    private const string OldBuild = "4c78d99";

    /// <summary>The migration the older-schema cases stop at: after the keys, audit and idempotency tables, before the counters.</summary>
    private const string OlderMigration = "_OverdueByRecipientIndex";

    [Fact]
    public async Task A_sqlite_database_of_build_4c78d99_upgrades_with_every_record_intact()
    {
        await using var database = await SqliteFile.CreateAsync();
        await using (var connection = new SqliteConnection(database.ConnectionString))
        {
            await connection.OpenAsync();
            await ExecuteAsync(connection, await File.ReadAllTextAsync(Fixture($"sqlite-{OldBuild}.dump.sql")));
        }

        using (var app = new LetterTrackerApp(settings: database.Settings))
        {
            await AssertUpgradedOldBuildAsync(app, $"sqlite-{OldBuild}.records.json");
        }

        // The schema is a new database's, but for what SQLite alters only by rebuilding Dispatches
        // (see RepairDispatchReferralKey): the unused ReferredFromId column and its key, and no key on ReferredFromDispatchId.
        await using var fresh = await SqliteFile.CreateAsync();
        await using (var db = SqliteContext(fresh.ConnectionString))
        {
            await db.Database.MigrateAsync();
        }

        AssertSameSchema(
            await SchemaAsync(new SqliteConnection(fresh.ConnectionString)),
            await SchemaAsync(new SqliteConnection(database.ConnectionString)),
            onlyNew: ["foreign key Dispatches(ReferredFromDispatchId) -> Dispatches(Id) on delete RESTRICT"],
            onlyUpgraded: ["column Dispatches.ReferredFromId TEXT null", "foreign key Dispatches(ReferredFromId) -> Dispatches(Id) on delete RESTRICT"]);
    }

    [PostgresFact]
    public async Task A_postgres_database_of_build_4c78d99_upgrades_with_every_record_intact()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        // The dump sets search_path for its session: a connection of its own, not pooled.
        await using (var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ConnectionString))
        {
            await connection.OpenAsync();
            // psql runs the dump's meta-commands (\restrict, \unrestrict, written by pg_dump since 15.14);
            // they are not SQL, so they are left out here.
            var dump = (await File.ReadAllLinesAsync(Fixture($"postgres-{OldBuild}.dump.sql"))).Where(line => !line.StartsWith('\\'));
            await ExecuteAsync(connection, string.Join('\n', dump));
        }

        using (var app = new LetterTrackerApp(settings: PostgresSettings(database)))
        {
            await AssertUpgradedOldBuildAsync(app, $"postgres-{OldBuild}.records.json");
        }

        // The schema is exactly a new database's.
        await using var fresh = await PostgresTestDatabase.CreateAsync();
        await using (var db = fresh.CreateContext())
        {
            await db.Database.MigrateAsync();
        }

        AssertSameSchema(
            await SchemaAsync(new NpgsqlConnection(fresh.ConnectionString)),
            await SchemaAsync(new NpgsqlConnection(database.ConnectionString)),
            onlyNew: [], onlyUpgraded: []);
    }

    [Fact]
    public async Task A_sqlite_database_at_an_older_migration_with_rows_in_every_table_upgrades()
    {
        await using var source = await SqliteFile.CreateAsync();
        await using var target = await SqliteFile.CreateAsync();
        await AssertOlderSchemaUpgradesAsync(source.Settings, target.Settings, () => Task.FromResult(SqliteContext(target.ConnectionString)),
            () => new SqliteConnection(source.ConnectionString), () => new SqliteConnection(target.ConnectionString));
    }

    [PostgresFact]
    public async Task A_postgres_database_at_an_older_migration_with_rows_in_every_table_upgrades()
    {
        await using var source = await PostgresTestDatabase.CreateAsync();
        await using var target = await PostgresTestDatabase.CreateAsync();
        await AssertOlderSchemaUpgradesAsync(PostgresSettings(source), PostgresSettings(target), () => Task.FromResult(target.CreateContext()),
            () => new NpgsqlConnection(source.ConnectionString), () => new NpgsqlConnection(target.ConnectionString));
    }

    /// <summary>The 4c78d99 build's records, answered alike; search, statistics, writes and readiness.</summary>
    private static async Task AssertUpgradedOldBuildAsync(LetterTrackerApp app, string recordsFile)
    {
        var saved = JsonNode.Parse(await File.ReadAllTextAsync(Fixture(recordsFile)))!.AsObject();
        using var client = app.CreateClient();
        await AssertAnsweredAlikeAsync(client, saved.ToDictionary(p => p.Key, p => p.Value!));

        string IdOf(string collection, string field, string value) => saved
            .Single(p => p.Key.StartsWith(collection + "/", StringComparison.Ordinal) && !p.Key.Contains("/events/", StringComparison.Ordinal)
                && p.Value![field]?.GetValue<string>() == value).Value!.Str("id");

        // Records the old build wrote, of every type, and one of its seed's.
        await AssertFindsAsync(client, "letter", "horadiz road", IdOf("/api/letters", "subject", "Upgrade fixture: protest after the Horadiz road explosion"));
        await AssertFindsAsync(client, "incident", "fuzuli", IdOf("/api/incidents", "title", "Upgrade fixture: mine explosion near Füzuli"));
        await AssertFindsAsync(client, "organisation", "uppgradering", IdOf("/api/organisations", "name", "Upgrade Fixture Diaspora Council"));
        await AssertFindsAsync(client, "recipient", "rapporteur", IdOf("/api/recipients", "name", "Upgrade Fixture Rapporteur"));
        await AssertFindsAsync(client, "source", "horadiz", IdOf("/api/sources", "title", "Upgrade fixture report on Horadiz"));
        await AssertFindsAsync(client, "recipient", "UNMAS", IdOf("/api/recipients", "name", "UN Mine Action Service"));

        // Statistics count what was there before the counters existed.
        var dispatches = saved.Count(p => p.Key.StartsWith("/api/dispatches/", StringComparison.Ordinal) && !p.Key.Contains("/events", StringComparison.Ordinal));
        var overview = await client.GetObjectAsync("/api/stats/overview");
        Assert.Equal(dispatches, overview["dispatches"]!["total"]!.GetValue<int>());
        Assert.NotEmpty((await client.GetObjectAsync("/api/stats/recipients"))["items"]!.AsArray());
        var letterId = IdOf("/api/letters", "subject", "Upgrade fixture: protest after the Horadiz road explosion");
        Assert.Equal(letterId, (await client.GetObjectAsync($"/api/stats/letters/{letterId}"))["letter"]!.Str("id"));

        // Writes: a new record (once, however often its key is sent), an edit of an old one with its old ETag.
        var body = new { name = "Post-upgrade Mine Survivors Network", kind = "other" };
        using (var created = await client.PostJsonAsync("/api/organisations", body, "upgrade-fixture-1"))
        using (var replayed = await client.PostJsonAsync("/api/organisations", body, "upgrade-fixture-1"))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            Assert.Equal(HttpStatusCode.Created, replayed.StatusCode);
            Assert.Equal((await created.ReadObjectAsync()).Str("id"), (await replayed.ReadObjectAsync()).Str("id"));
        }

        var incidentUrl = $"/api/incidents/{IdOf("/api/incidents", "title", "Upgrade fixture: ordnance found in Tartar")}";
        var incident = saved[incidentUrl]!.AsObject();
        var version = incident["version"]!.GetValue<long>();
        using (var replaced = await client.PutJsonAsync(incidentUrl, new
        {
            title = "Upgrade fixture: ordnance found in Tartar", kind = "other", country = "Azerbaijan", district = "Tartar",
            districtAliases = new[] { "Terter" }, occurredFrom = "2025-02-10", occurredTo = "2025-02-11",
            description = "Unexploded ordnance reported by farmers; cleared by deminers from Ganja the next day.",
        }, $"\"{version}\""))
        {
            Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
            Assert.Equal(version + 1, (await replaced.ReadObjectAsync())["version"]!.GetValue<long>());
        }

        await AssertFindsAsync(client, "incident", "deminers ganja", incident.Str("id"));
        await AssertFindsAsync(client, "organisation", "survivors network", null);
        await AssertReadyAsync(client);
    }

    /// <summary>
    /// Today's app writes records of every kind through its API (with API keys, audit entries and
    /// Idempotency-Key answers) into source; a second database is migrated up to an older migration
    /// only, and every row of every table that schema has is copied into it with INSERTs (the
    /// trigger-kept tallies left to its triggers). Today's app then starts on it, migrates it, and
    /// answers every record as the first database did.
    /// </summary>
    private static async Task AssertOlderSchemaUpgradesAsync(
        Dictionary<string, string?> sourceSettings, Dictionary<string, string?> targetSettings,
        Func<Task<LetterTrackerDbContext>> targetContext, Func<DbConnection> sourceConnection, Func<DbConnection> targetConnection)
    {
        Dictionary<string, JsonNode> expected;
        JsonObject keyedAnswer;
        string editorSecret;
        const string IdempotencyKey = "older-schema-organisation";
        var keyedBody = new { name = "Older Schema Landmine Monitor", kind = "other", city = "Tovuz" };
        using (var app = new LetterTrackerApp(seed: false, settings: sourceSettings))
        {
            using var client = app.CreateClient();
            var editorKey = await client.CreateAsync("/api/api-keys", new { name = "Older schema editor", role = "editor" });
            editorSecret = editorKey.Str("secret");
            using var editor = app.CreateClient(editorSecret);
            using (var keyed = await editor.PostJsonAsync("/api/organisations", keyedBody, IdempotencyKey))
            {
                Assert.Equal(HttpStatusCode.Created, keyed.StatusCode);
                keyedAnswer = await keyed.ReadObjectAsync();
            }

            var signatory = await editor.CreateAsync("/api/organisations", new { name = "Older Schema Diaspora Forum", kind = "diasporaOrganisation", aliases = new[] { "OSDF" } });
            var incident = await editor.CreateAsync("/api/incidents", new
            {
                title = "Older schema: mine blast near Zangilan", kind = "landmineExplosion", country = "Azerbaijan", district = "Zangilan",
                occurredFrom = "2025-01-05", occurredTo = "2025-01-05", killed = 1, description = "A shepherd was killed.",
            });
            var figure = await editor.CreateAsync("/api/casualty-figures", new { description = "Older schema figure", measure = "killed", value = 1 });
            var parent = await editor.CreateAsync("/api/recipients", new { name = "Older Schema Commission", acronym = "OSC", kind = "euInstitution", responseDays = 10 });
            var child = await editor.CreateAsync("/api/recipients", new { name = "Older Schema Desk Officer", kind = "euInstitution", parentId = parent.Str("id") });
            var source = await editor.CreateAsync("/api/sources", new { title = "Older schema bulletin", attribution = "Zangilan bulletin", language = "en", fullText = "A shepherd was killed by a mine near Zangilan." });
            var letter = await editor.CreateAsync("/api/letters", new
            {
                subject = "Older schema: protest after the Zangilan blast", status = "sent", sentOn = "2025-01-10", demands = new[] { "maps" },
                signatoryIds = new[] { signatory.Str("id") }, incidentIds = new[] { incident.Str("id") },
                casualtyFigureIds = new[] { figure.Str("id") }, recipientIds = new[] { parent.Str("id") },
            });
            await editor.CreateAsync("/api/citations", new { sourceId = source.Str("id"), quote = "A shepherd was killed", recordType = "incident", recordId = incident.Str("id") });
            var dispatch = Assert.Single((await editor.GetObjectAsync($"/api/letters/{letter.Str("id")}/dispatches"))["items"]!.AsArray())!;
            var events = $"/api/dispatches/{dispatch.Str("id")}/events";
            using (var delivered = await editor.PostJsonAsync(events, new { type = "delivered", at = "2025-01-11T09:00:00Z" }, "older-schema-event"))
            {
                Assert.Equal(HttpStatusCode.Created, delivered.StatusCode);
            }

            using (var referred = await editor.PostJsonAsync(events, new { type = "referred", at = "2025-01-12T09:00:00Z", responseSummary = "To the desk.", referredToRecipientId = child.Str("id") }))
            {
                Assert.Equal(HttpStatusCode.Created, referred.StatusCode);
            }

            var incidentUrl = $"/api/incidents/{incident.Str("id")}";
            using (var patched = await editor.PatchJsonAsync(incidentUrl, new { injured = 2 }, await editor.ETagOfAsync(incidentUrl)))
            {
                Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
            }

            expected = await ReadEverythingAsync(client);
            Assert.Contains(expected.Keys, url => url.StartsWith("/api/audit/", StringComparison.Ordinal));
            Assert.Contains(expected.Keys, url => url.StartsWith("/api/api-keys/", StringComparison.Ordinal));
        }

        string older;
        await using (var db = await targetContext())
        {
            older = db.Database.GetMigrations().Single(m => m.EndsWith(OlderMigration, StringComparison.Ordinal));
            await db.GetService<IMigrator>().MigrateAsync(older);
        }

        var copied = await CopyRowsAsync(sourceConnection, targetConnection);
        Assert.Contains("ApiKeys", copied);
        Assert.Contains("AuditEntries", copied);
        Assert.Contains("IdempotencyRecords", copied);

        using (var app = new LetterTrackerApp(seed: false, settings: targetSettings))
        {
            var applied = await app.WithDbAsync(async db => (await db.Database.GetAppliedMigrationsAsync()).ToList());
            Assert.Equal(await app.WithDbAsync(db => Task.FromResult(db.Database.GetMigrations().ToList())), applied);

            // Every record, key and audit entry answered as before the upgrade.
            using var client = app.CreateClient();
            var now = await ReadEverythingAsync(client);
            var differences = new List<string>();
            foreach (var (url, before) in expected)
            {
                if (now.TryGetValue(url, out var after))
                {
                    Compare(url, before, after, differences);
                }
                else
                {
                    differences.Add($"{url} is gone");
                }
            }

            Assert.True(differences.Count == 0, $"{differences.Count} difference(s) in {expected.Count} records:\n" + string.Join("\n", differences.Take(30)));
            Assert.Equal(expected.Count, now.Count);

            await AssertFindsAsync(client, "letter", "zangilan blast", IdOf(expected, "/api/letters", "subject", "Older schema: protest after the Zangilan blast"));
            await AssertFindsAsync(client, "incident", "zangilan", IdOf(expected, "/api/incidents", "title", "Older schema: mine blast near Zangilan"));
            await AssertFindsAsync(client, "organisation", "OSDF", IdOf(expected, "/api/organisations", "name", "Older Schema Diaspora Forum"));
            await AssertFindsAsync(client, "recipient", "desk officer", IdOf(expected, "/api/recipients", "name", "Older Schema Desk Officer"));
            await AssertFindsAsync(client, "source", "shepherd", IdOf(expected, "/api/sources", "title", "Older schema bulletin"));

            var overview = await client.GetObjectAsync("/api/stats/overview");
            Assert.Equal(expected.Keys.Count(u => u.StartsWith("/api/dispatches/", StringComparison.Ordinal) && !u.Contains("/events", StringComparison.Ordinal)),
                overview["dispatches"]!["total"]!.GetValue<int>());

            // The Idempotency-Key answer stored before the upgrade is replayed (same key, same caller), not written again.
            using (var editor = app.CreateClient(editorSecret))
            using (var replayed = await editor.PostJsonAsync("/api/organisations", keyedBody, IdempotencyKey))
            {
                Assert.Equal(HttpStatusCode.Created, replayed.StatusCode);
                Assert.Equal(keyedAnswer.ToJsonString(), (await replayed.ReadObjectAsync()).ToJsonString());
                Assert.Equal(expected.Keys.Count(u => u.StartsWith("/api/organisations/", StringComparison.Ordinal)),
                    (await client.GetAllAsync("/api/organisations")).Count);
            }

            var letterUrl = $"/api/letters/{IdOf(expected, "/api/letters", "subject", "Older schema: protest after the Zangilan blast")}";
            var letter = expected[letterUrl];
            using (var replaced = await client.PatchJsonAsync(letterUrl, new { summary = "Followed up after the upgrade." }, $"\"{letter["version"]!.GetValue<long>()}\""))
            {
                Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
            }

            await AssertFindsAsync(client, "letter", "followed up", letter.Str("id"));

            await AssertReadyAsync(client);
        }
    }

    private static string IdOf(Dictionary<string, JsonNode> records, string collection, string field, string value) => records
        .Single(p => p.Key.StartsWith(collection + "/", StringComparison.Ordinal) && !p.Key.Contains("/events/", StringComparison.Ordinal)
            && p.Value[field] is JsonValue v && v.GetValue<string>() == value).Value.Str("id");

    /// <summary>Every record the API answers, by its URL: each resource and API key by id, dispatch events, audit entries (as listed, by id).</summary>
    private static async Task<Dictionary<string, JsonNode>> ReadEverythingAsync(HttpClient client)
    {
        var records = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        foreach (var collection in new[] { "/api/incidents", "/api/organisations", "/api/recipients", "/api/sources", "/api/citations", "/api/casualty-figures", "/api/letters", "/api/dispatches", "/api/api-keys" })
        {
            foreach (var item in await client.GetAllAsync(collection))
            {
                var url = $"{collection}/{item.Str("id")}";
                records[url] = await client.GetObjectAsync(url);
                if (collection == "/api/dispatches")
                {
                    foreach (var recorded in await client.GetAllAsync($"{url}/events"))
                    {
                        records[$"{url}/events/{recorded.Str("id")}"] = await client.GetObjectAsync($"{url}/events/{recorded.Str("id")}");
                    }
                }
            }
        }

        foreach (var entry in await client.GetAllAsync("/api/audit"))
        {
            records[$"/api/audit/{entry.Str("id")}"] = entry;
        }

        return records;
    }

    /// <summary>
    /// Copies every row of every table the target's schema has from source, in an order that puts
    /// referenced rows first, as INSERTs through the target's own triggers. Tables the triggers keep
    /// (tallies, the search index) and EF's own are left out. Returns the tables copied.
    /// </summary>
    private static async Task<List<string>> CopyRowsAsync(Func<DbConnection> sourceConnection, Func<DbConnection> targetConnection)
    {
        await using var from = sourceConnection();
        await using var to = targetConnection();
        await from.OpenAsync();
        await to.OpenAsync();
        var postgres = to is NpgsqlConnection;
        var tables = await ReadStringsAsync(to, postgres
            ? "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
            : "SELECT name FROM sqlite_master WHERE type = 'table'");
        tables = [.. tables.Where(t => !t.StartsWith("__EF", StringComparison.Ordinal) && !t.StartsWith("SearchIndex", StringComparison.Ordinal)
            && !t.EndsWith("Tallies", StringComparison.Ordinal) && t != "DispatchTallyChanges" && !t.StartsWith("sqlite_", StringComparison.Ordinal))];

        // Referenced tables first (self references: rows by id, which is creation order).
        var order = new[] { "ApiKeys", "AppliedSeeds", "Incidents", "Organisations", "Recipients", "Sources", "CasualtyFigures", "Letters",
            "LetterIncidents", "LetterSignatories", "LetterCasualtyFigures", "Dispatches", "DispatchEvents", "Citations", "AuditEntries", "IdempotencyRecords" };
        Assert.Empty(tables.Except(order));
        var copied = new List<string>();
        foreach (var table in order.Where(tables.Contains))
        {
            var columns = await ReadStringsAsync(to, postgres
                ? $"SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = '{table}' ORDER BY ordinal_position"
                : $"SELECT name FROM pragma_table_info('{table}')");
            var list = string.Join(", ", columns.Select(c => $"\"{c}\""));
            var byId = columns.Contains("Id") ? " ORDER BY \"Id\"" : "";
            await using var read = from.CreateCommand();
            read.CommandText = $"SELECT {list} FROM \"{table}\"{byId}";
            await using var reader = await read.ExecuteReaderAsync();
            var rows = 0;
            while (await reader.ReadAsync())
            {
                await using var insert = to.CreateCommand();
                insert.CommandText = $"INSERT INTO \"{table}\" ({list}) VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
                for (var i = 0; i < columns.Count; i++)
                {
                    var parameter = insert.CreateParameter();
                    parameter.ParameterName = $"p{i}";
                    parameter.Value = reader.GetValue(i);
                    insert.Parameters.Add(parameter);
                }

                await insert.ExecuteNonQueryAsync();
                rows++;
            }

            Assert.True(rows > 0 || table == "AppliedSeeds", $"No rows to copy in {table}: the source data should have some.");
            copied.Add(table);
        }

        return copied;
    }

    private static async Task<List<string>> ReadStringsAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    /// <summary>Every saved record is answered 200 with each of its fields as saved (fields added since may be there too).</summary>
    private static async Task AssertAnsweredAlikeAsync(HttpClient client, Dictionary<string, JsonNode> saved)
    {
        var differences = new List<string>();
        foreach (var (url, before) in saved)
        {
            using var response = await client.GetAsync(url);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                differences.Add($"{url} answered {(int)response.StatusCode}");
                continue;
            }

            Compare(url, before, JsonNode.Parse(await response.Content.ReadAsStringAsync()), differences);
        }

        Assert.True(differences.Count == 0, $"{differences.Count} difference(s) in {saved.Count} records:\n" + string.Join("\n", differences.Take(30)));
    }

    private static void Compare(string path, JsonNode? before, JsonNode? now, List<string> differences)
    {
        switch (before)
        {
            case JsonObject fields when now is JsonObject nowFields:
                foreach (var (name, value) in fields)
                {
                    if (!nowFields.ContainsKey(name))
                    {
                        differences.Add($"{path}.{name} is gone");
                    }
                    else
                    {
                        Compare($"{path}.{name}", value, nowFields[name], differences);
                    }
                }

                break;
            case JsonArray items when now is JsonArray nowItems && items.Count == nowItems.Count:
                for (var i = 0; i < items.Count; i++)
                {
                    Compare($"{path}[{i}]", items[i], nowItems[i], differences);
                }

                break;
            default:
                if (!JsonNode.DeepEquals(before, now))
                {
                    differences.Add($"{path}: {before?.ToJsonString()} is now {now?.ToJsonString()}");
                }

                break;
        }
    }

    /// <summary>A search of one type finds the record (id), or at least one record when id is null.</summary>
    private static async Task AssertFindsAsync(HttpClient client, string type, string q, string? id)
    {
        using var response = await client.GetAsync($"/api/search?type={type}&q={Uri.EscapeDataString(q)}&limit=200");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Search {type} '{q}' answered {(int)response.StatusCode}: {text}");
        var ids = JsonNode.Parse(text)!["items"]!.AsArray().Select(i => i.Str("id")).ToList();
        Assert.True(id is null ? ids.Count > 0 : ids.Contains(id), $"Search {type} '{q}' did not find {id ?? "anything"}: {text}");
    }

    private static async Task AssertReadyAsync(HttpClient client)
    {
        using var ready = await client.GetAsync("/health/ready");
        Assert.Equal((HttpStatusCode.OK, "Healthy"), (ready.StatusCode, await ready.Content.ReadAsStringAsync()));
    }

    private static LetterTrackerDbContext SqliteContext(string connectionString)
    {
        var options = new DbContextOptionsBuilder<LetterTrackerDbContext>();
        options.UseLetterTrackerDatabase(DatabaseProvider.Sqlite, connectionString);
        return new LetterTrackerDbContext(options.Options);
    }

    /// <summary>The upgraded schema is the new database's, but for the differences listed (each must be there).</summary>
    private static void AssertSameSchema(List<string> fresh, List<string> upgraded, string[] onlyNew, string[] onlyUpgraded)
    {
        var missing = fresh.Except(upgraded).ToList();
        var extra = upgraded.Except(fresh).ToList();
        Assert.True(missing.Order().SequenceEqual(onlyNew.Order()) && extra.Order().SequenceEqual(onlyUpgraded.Order()),
            "The upgraded schema differs from a new database's.\nOnly in the new one:\n  " + string.Join("\n  ", missing)
            + "\nOnly in the upgraded one:\n  " + string.Join("\n  ", extra));
    }

    /// <summary>
    /// A database's schema as lines to compare: tables' columns, foreign keys, indexes, triggers and
    /// (PostgreSQL) functions and text search configurations, whitespace in definitions collapsed.
    /// </summary>
    private static async Task<List<string>> SchemaAsync(DbConnection connection)
    {
        await using (connection)
        {
            await connection.OpenAsync();
            var sql = connection is NpgsqlConnection
                ? """
                    SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || (CASE WHEN is_nullable = 'YES' THEN ' null' ELSE '' END)
                        || coalesce(' default ' || column_default, '') || coalesce(' generated ' || generation_expression, '')
                    FROM information_schema.columns WHERE table_schema = current_schema()
                    UNION ALL SELECT 'index ' || indexname || ': ' || indexdef FROM pg_indexes WHERE schemaname = current_schema()
                    UNION ALL SELECT 'constraint ' || conrelid::regclass::text || ' ' || conname || ': ' || pg_get_constraintdef(oid)
                        FROM pg_constraint WHERE connamespace = current_schema()::regnamespace
                    UNION ALL SELECT 'trigger ' || pg_get_triggerdef(oid) FROM pg_trigger WHERE NOT tgisinternal
                    UNION ALL SELECT 'function ' || proname || ': ' || md5(prosrc) FROM pg_proc WHERE pronamespace = current_schema()::regnamespace
                    UNION ALL SELECT 'text search configuration ' || cfgname FROM pg_ts_config WHERE cfgnamespace = current_schema()::regnamespace
                    UNION ALL SELECT 'extension ' || extname FROM pg_extension
                    """
                : """
                    SELECT 'column ' || m.name || '.' || c.name || ' ' || c.type || (CASE WHEN c."notnull" THEN '' ELSE ' null' END)
                        || coalesce(' default ' || c.dflt_value, '') || (CASE WHEN c.pk > 0 THEN ' key' ELSE '' END)
                    FROM sqlite_master AS m, pragma_table_info(m.name) AS c WHERE m.type = 'table'
                    UNION ALL SELECT 'foreign key ' || m.name || '(' || f."from" || ') -> ' || f."table" || '(' || f."to" || ') on delete ' || f.on_delete
                    FROM sqlite_master AS m, pragma_foreign_key_list(m.name) AS f WHERE m.type = 'table'
                    UNION ALL SELECT 'index ' || m.name || ' on ' || m.tbl_name || '(' || (SELECT group_concat(i.name, ', ') FROM pragma_index_info(m.name) AS i) || ')'
                        || (CASE WHEN m.sql IS NULL THEN ' automatic' WHEN m.sql LIKE 'CREATE UNIQUE%' THEN ' unique' ELSE '' END)
                        || coalesce(substr(m.sql, instr(m.sql, ' WHERE ')), '')
                    FROM sqlite_master AS m WHERE m.type = 'index'
                    UNION ALL SELECT 'trigger ' || m.name || ': ' || m.sql FROM sqlite_master AS m WHERE m.type = 'trigger'
                    UNION ALL SELECT 'table ' || m.name || ': ' || (CASE WHEN m.sql LIKE 'CREATE VIRTUAL%' THEN m.sql ELSE '' END)
                    FROM sqlite_master AS m WHERE m.type = 'table'
                    """;
            var lines = await ReadStringsAsync(connection, sql);
            return [.. lines.Select(l => string.Join(' ', l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).Order(StringComparer.Ordinal)];
        }
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync();
    }

    private static string Fixture(string name) => RepositoryFiles.PathOf("tests", "LetterTracker.Api.Tests", "Database", "Upgrade", name);

    private static Dictionary<string, string?> PostgresSettings(PostgresTestDatabase database) => new()
    {
        ["Database:Provider"] = "Postgres",
        ["ConnectionStrings:LetterTracker"] = database.ConnectionString,
    };

    /// <summary>A SQLite database file of its own in a temp folder, deleted with the folder.</summary>
    private sealed class SqliteFile : IAsyncDisposable
    {
        private readonly DirectoryInfo folder;

        private SqliteFile(DirectoryInfo folder)
        {
            this.folder = folder;
            ConnectionString = $"Data Source={Path.Combine(folder.FullName, "upgrade.db")};Pooling=False";
        }

        public string ConnectionString { get; }

        public Dictionary<string, string?> Settings => new()
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:LetterTracker"] = ConnectionString,
        };

        public static Task<SqliteFile> CreateAsync() => Task.FromResult(new SqliteFile(Directory.CreateTempSubdirectory("lettertracker-upgrade-")));

        public ValueTask DisposeAsync()
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
            return ValueTask.CompletedTask;
        }
    }
}
