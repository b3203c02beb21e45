using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using LetterTracker.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

// Usage: <database file> [letters] [dispatches per letter] [recipients] [organisations] [event share %]
//    or: --postgres <connection string> [letters] ...
// Any failure (a SQL error, a count that does not match, a row the app cannot read back) prints
// what failed and exits non-zero: a half-filled database must never pass for a benchmark one.
const string Usage = "usage: (<database file> | --postgres <connection string>) [letters=100000] [perLetter=10] [recipients=1000] [organisations=500] [eventShare=30]";
var provider = DatabaseProvider.Sqlite;
if (args.Length > 0 && args[0] == "--postgres")
{
    provider = DatabaseProvider.Postgres;
    args = args[1..];
}

if (args.Length is < 1 or > 6)
{
    Console.Error.WriteLine(Usage);
    return 2;
}

int Arg(int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;
var parameters = new Dictionary<string, long>
{
    ["letters"] = Arg(1, 100_000),
    ["perLetter"] = Arg(2, 10),
    ["recipients"] = Arg(3, 1_000),
    ["organisations"] = Arg(4, 500),
    ["eventShare"] = Arg(5, 30),
};
// The strides in the SQL keep a letter's recipients and signatories distinct within these bounds.
if (parameters["perLetter"] < 1 || parameters["perLetter"] * parameters["perLetter"] > parameters["recipients"]
    || parameters["recipients"] < 10 || parameters["organisations"] < 16 || parameters["letters"] < 1
    || parameters["eventShare"] is < 0 or > 100)
{
    Console.Error.WriteLine("Needs perLetter² <= recipients, at least 10 recipients, 16 organisations and 1 letter, eventShare 0 to 100.");
    return 2;
}

try
{
    return provider == DatabaseProvider.Sqlite
        ? await GenerateSqlite(Path.GetFullPath(args[0]))
        : await GeneratePostgres(args[0]);
}
catch (GenerationFailed failure)
{
    Console.Error.WriteLine($"GENERATION FAILED: {failure.Message}");
    return 1;
}
catch (DbException exception)
{
    Console.Error.WriteLine($"GENERATION FAILED (SQL error): {exception.GetType().Name}: {exception.Message}");
    return 1;
}

async Task<int> GenerateSqlite(string file)
{
    foreach (var suffix in new[] { "", "-wal", "-shm" })
    {
        File.Delete(file + suffix);
    }

    var total = Stopwatch.StartNew();
    var connectionString = $"Data Source={file};Pooling=False";
    await Migrate(connectionString);
    Console.WriteLine($"migrations          {total.Elapsed.TotalSeconds,7:F1} s");

    await using var connection = new SqliteConnection(connectionString);
    await connection.OpenAsync();
    Execute(connection, "PRAGMA journal_mode=MEMORY; PRAGMA synchronous=OFF; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-1048576;");
    var triggers = Scalar(connection, "SELECT group_concat(name, ', ') FROM sqlite_master WHERE type = 'trigger'");
    Console.WriteLine($"triggers: {triggers ?? "none"}");

    // One transaction for all of it: SQLite triggers are cheap per row, and a failure leaves nothing.
    await using (var transaction = await connection.BeginTransactionAsync())
    {
        foreach (var (name, text) in Steps("generate.sql"))
        {
            RunStep(connection, transaction, name, text, 0, parameters["letters"]);
        }

        await transaction.CommitAsync();
    }

    // Back to the mode the app runs in; the journal mode is stored in the file.
    Execute(connection, "PRAGMA journal_mode=WAL;");
    // Raw SQL ran with foreign keys unenforced (the app's connections enforce them): check them all.
    var broken = Scalar(connection, "SELECT count(*) FROM pragma_foreign_key_check");
    if (Convert.ToInt64(broken, CultureInfo.InvariantCulture) != 0)
    {
        var sample = Scalar(connection, "SELECT group_concat(\"table\" || ' rowid ' || rowid || ' -> ' || parent, '; ') FROM (SELECT * FROM pragma_foreign_key_check LIMIT 5)");
        throw new GenerationFailed($"{broken} rows break a foreign key, e.g. {sample}");
    }

    CheckCounts(connection, "\"");
    await ReadBack(connectionString);
    Console.WriteLine($"total               {total.Elapsed.TotalSeconds,7:F1} s, {new FileInfo(file).Length / 1048576.0:F0} MB");
    return 0;
}

async Task<int> GeneratePostgres(string connectionString)
{
    var target = new NpgsqlConnectionStringBuilder(connectionString);
    if (string.IsNullOrEmpty(target.Database) || target.Database == "postgres")
    {
        throw new GenerationFailed("the connection string must name a database of its own (Database=...), which is dropped and created again");
    }

    var total = Stopwatch.StartNew();
    // An existing database is replaced, like the SQLite file.
    var maintenance = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
    await using (var admin = new NpgsqlConnection(maintenance.ConnectionString))
    {
        await admin.OpenAsync();
        var quoted = "\"" + target.Database.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        Execute(admin, $"DROP DATABASE IF EXISTS {quoted} WITH (FORCE)");
        Execute(admin, $"CREATE DATABASE {quoted} ENCODING 'UTF8' TEMPLATE template0");
    }

    target.Pooling = false;
    await Migrate(target.ConnectionString);
    Console.WriteLine($"migrations          {total.Elapsed.TotalSeconds,7:F1} s");

    await using var connection = new NpgsqlConnection(target.ConnectionString);
    await connection.OpenAsync();
    Execute(connection, "SET synchronous_commit = off; SET TimeZone = 'UTC'; SET work_mem = '256MB'; SET maintenance_work_mem = '512MB';");
    var triggers = Scalar(connection, "SELECT string_agg(tgname, ', ' ORDER BY tgname) FROM pg_trigger WHERE NOT tgisinternal");
    Console.WriteLine($"triggers: {triggers ?? "none"}");

    // A transaction per step; a step over letters ($from, $to) runs in chunks of BENCH_PG_CHUNK
    // letters, a transaction each, so that triggers whose work grows with the transaction's size
    // (e.g. deferred per-row triggers summing the transaction's changes) stay cheap.
    var chunk = long.Parse(Environment.GetEnvironmentVariable("BENCH_PG_CHUNK") ?? "20", CultureInfo.InvariantCulture);
    foreach (var (name, text) in Steps("generate.postgres.sql"))
    {
        var watch = Stopwatch.StartNew();
        long rows = 0, chunks = 0;
        var size = text.Contains("$from", StringComparison.Ordinal) ? chunk : parameters["letters"];
        for (long from = 0; from < parameters["letters"]; from += size)
        {
            await using var transaction = await connection.BeginTransactionAsync();
            rows += RunStep(connection, transaction, name, text, from, Math.Min(from + size, parameters["letters"]), quiet: true);
            await transaction.CommitAsync();
            chunks++;
        }

        Console.WriteLine($"{name,-42} {watch.Elapsed.TotalSeconds,7:F1} s  {rows,10:N0} changes{(chunks > 1 ? $" ({chunks:N0} transactions)" : "")}");
    }

    // Statistics and the visibility map, as autovacuum would soon have them: runs start alike.
    var analyse = Stopwatch.StartNew();
    Execute(connection, "VACUUM (ANALYZE)");
    Console.WriteLine($"{"vacuum analyze",-42} {analyse.Elapsed.TotalSeconds,7:F1} s");
    CheckCounts(connection, "\"");
    await ReadBack(target.ConnectionString);
    var megabytes = Scalar(connection, "SELECT pg_database_size(current_database()) / 1048576");
    Console.WriteLine($"total               {total.Elapsed.TotalSeconds,7:F1} s, {megabytes} MB");
    return 0;
}

// The schema is the app's: its migrations, through its own provider setup.
async Task Migrate(string connectionString)
{
    var options = new DbContextOptionsBuilder<LetterTrackerDbContext>();
    options.UseLetterTrackerDatabase(provider, connectionString);
    await using var db = new LetterTrackerDbContext(options.Options);
    await db.Database.MigrateAsync();
}

// The generated rows must be the app's: read a letter's tree, and some of every table, with its model.
async Task ReadBack(string connectionString)
{
    var options = new DbContextOptionsBuilder<LetterTrackerDbContext>();
    options.UseLetterTrackerDatabase(provider, connectionString);
    await using var db = new LetterTrackerDbContext(options.Options);
    var letter = await db.Letters.AsNoTracking().AsSplitQuery().OrderBy(l => l.Id).Skip((int)(parameters["letters"] / 2))
        .Include(l => l.Signatories).Include(l => l.Incidents).Include(l => l.CasualtyFigures)
        .Include(l => l.Dispatches).ThenInclude(d => d.Events)
        .Include(l => l.Dispatches).ThenInclude(d => d.Recipient)
        .FirstAsync();
    if (letter.Dispatches.Count != parameters["perLetter"] || letter.Signatories.Count == 0 || letter.Incidents.Count != 1)
    {
        throw new GenerationFailed($"letter {letter.Id} read back with {letter.Dispatches.Count} dispatches, {letter.Signatories.Count} signatories, {letter.Incidents.Count} incidents");
    }

    var counts = new[]
    {
        (await db.Organisations.AsNoTracking().Take(100).ToListAsync()).Count,
        (await db.Recipients.AsNoTracking().Take(100).ToListAsync()).Count,
        (await db.Incidents.AsNoTracking().Take(100).ToListAsync()).Count,
        (await db.CasualtyFigures.AsNoTracking().Take(100).ToListAsync()).Count,
        (await db.Dispatches.AsNoTracking().OrderByDescending(d => d.Id).Take(100).ToListAsync()).Count,
        (await db.DispatchEvents.AsNoTracking().OrderByDescending(e => e.Id).Take(100).ToListAsync()).Count,
    };
    if (counts.Take(5).Any(c => c == 0))
    {
        throw new GenerationFailed($"a table read back empty: {string.Join(", ", counts)}");
    }

    Console.WriteLine($"read back: letter {letter.Id} ({letter.Status}, sent {letter.SentOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-"}), "
        + $"{letter.Dispatches.Count} dispatches with {letter.Dispatches.Sum(d => d.Events.Count)} events, {letter.Signatories.Count} signatories");
}

void CheckCounts(DbConnection connection, string q)
{
    var expected = new (string Table, long Rows)[]
    {
        ("Letters", parameters["letters"]),
        ("Dispatches", parameters["letters"] * parameters["perLetter"]),
        ("Recipients", parameters["recipients"]),
        ("Organisations", parameters["organisations"]),
        ("DispatchEvents", -1),
        ("LetterSignatories", -1),
    };
    foreach (var (table, rows) in expected)
    {
        var actual = Convert.ToInt64(Scalar(connection, $"SELECT count(*) FROM {q}{table}{q}"), CultureInfo.InvariantCulture);
        Console.WriteLine($"{table,-20} {actual,10:N0}");
        if (rows >= 0 && actual != rows)
        {
            throw new GenerationFailed($"{table} holds {actual:N0} rows, expected {rows:N0}");
        }
    }
}

// The "-- step: name" sections of an embedded SQL file.
static IEnumerable<(string Name, string Text)> Steps(string resource)
{
    using var stream = typeof(GenerationFailed).Assembly.GetManifestResourceStream(resource)
        ?? throw new GenerationFailed($"no embedded {resource}");
    using var reader = new StreamReader(stream);
    foreach (var step in reader.ReadToEnd().Split("-- step: ")[1..])
    {
        yield return (step[..step.IndexOf('\n', StringComparison.Ordinal)].Trim(), "-- " + step);
    }
}

long RunStep(DbConnection connection, DbTransaction transaction, string name, string text, long from, long to, bool quiet = false)
{
    var watch = Stopwatch.StartNew();
    long rows;
    try
    {
        rows = Execute(connection, Substitute(text, from, to), transaction);
    }
    catch (DbException exception)
    {
        var chunk = to - from < parameters["letters"] ? $" (letters {from} to {to - 1})" : "";
        throw new GenerationFailed($"step '{name}'{chunk}: {exception.Message}");
    }

    if (!quiet)
    {
        Console.WriteLine($"{name,-42} {watch.Elapsed.TotalSeconds,7:F1} s  {rows,10:N0} changes");
    }

    return rows;
}

// The parameters are whole numbers checked above: written into the text, the same for both providers.
string Substitute(string text, long from, long to) =>
    Regex.Replace(text, @"\$(letters|perLetter|recipients|organisations|eventShare|from|to)\b", m => m.Groups[1].Value switch
    {
        "from" => from.ToString(CultureInfo.InvariantCulture),
        "to" => to.ToString(CultureInfo.InvariantCulture),
        var key => parameters[key].ToString(CultureInfo.InvariantCulture),
    });

static int Execute(DbConnection connection, string text, DbTransaction? transaction = null)
{
    using var command = connection.CreateCommand();
    command.CommandText = text;
    command.CommandTimeout = 0;
    command.Transaction = transaction;
    return command.ExecuteNonQuery();
}

static object? Scalar(DbConnection connection, string text)
{
    using var command = connection.CreateCommand();
    command.CommandText = text;
    var value = command.ExecuteScalar();
    return value is DBNull ? null : value;
}

internal sealed class GenerationFailed(string message) : Exception(message);
