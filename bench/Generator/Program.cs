using System.Diagnostics;
using LetterTracker.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

// Usage: <database file> [letters] [dispatches per letter] [recipients] [organisations] [event share %]
if (args.Length is < 1 or > 6)
{
    Console.Error.WriteLine("usage: <database file> [letters=100000] [perLetter=10] [recipients=1000] [organisations=500] [eventShare=30]");
    return 2;
}

var file = Path.GetFullPath(args[0]);
int Arg(int index, int fallback) => args.Length > index ? int.Parse(args[index], System.Globalization.CultureInfo.InvariantCulture) : fallback;
var parameters = new Dictionary<string, int>
{
    ["$letters"] = Arg(1, 100_000),
    ["$perLetter"] = Arg(2, 10),
    ["$recipients"] = Arg(3, 1_000),
    ["$organisations"] = Arg(4, 500),
    ["$eventShare"] = Arg(5, 30),
};
// The strides in generate.sql keep a letter's recipients and signatories distinct within these bounds.
if (parameters["$perLetter"] < 1 || parameters["$perLetter"] * parameters["$perLetter"] > parameters["$recipients"]
    || parameters["$recipients"] < 10 || parameters["$organisations"] < 16 || parameters["$letters"] < 1)
{
    Console.Error.WriteLine("Needs perLetter² <= recipients, at least 10 recipients, 16 organisations and 1 letter.");
    return 2;
}

foreach (var suffix in new[] { "", "-wal", "-shm" })
{
    File.Delete(file + suffix);
}

var total = Stopwatch.StartNew();
var connectionString = $"Data Source={file};Pooling=False";

// The schema is the app's: its migrations, through its own provider setup (WAL included).
var options = new DbContextOptionsBuilder<LetterTrackerDbContext>();
options.UseLetterTrackerDatabase(DatabaseProvider.Sqlite, connectionString);
await using (var db = new LetterTrackerDbContext(options.Options))
{
    await db.Database.MigrateAsync();
}

Console.WriteLine($"migrations          {total.Elapsed.TotalSeconds,7:F1} s");

await using var connection = new SqliteConnection(connectionString);
await connection.OpenAsync();
Execute("PRAGMA journal_mode=MEMORY; PRAGMA synchronous=OFF; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-1048576;");
var triggers = Scalar("SELECT group_concat(name, ', ') FROM sqlite_master WHERE type = 'trigger'");
Console.WriteLine($"triggers: {(triggers is string names ? names : "none")}");

using var sql = new StreamReader(typeof(Program).Assembly.GetManifestResourceStream("generate.sql")!);
var steps = (await sql.ReadToEndAsync()).Split("-- step: ")[1..];
using (var transaction = connection.BeginTransaction())
{
    foreach (var step in steps)
    {
        var name = step[..step.IndexOf('\n')].Trim();
        var watch = Stopwatch.StartNew();
        var rows = Execute("-- " + step, transaction);
        Console.WriteLine($"{name,-42} {watch.Elapsed.TotalSeconds,7:F1} s  {rows,10:N0} changes");
    }

    transaction.Commit();
}

// Back to the mode the app runs in; the journal mode is stored in the file.
Execute("PRAGMA journal_mode=WAL;");
foreach (var table in new[] { "Letters", "Dispatches", "DispatchEvents", "LetterSignatories", "Recipients", "Organisations" })
{
    Console.WriteLine($"{table,-20} {Scalar($"SELECT count(*) FROM \"{table}\""),10:N0}");
}

Console.WriteLine($"total               {total.Elapsed.TotalSeconds,7:F1} s, {new FileInfo(file).Length / 1048576.0:F0} MB");
return 0;

int Execute(string text, SqliteTransaction? transaction = null)
{
    using var command = connection.CreateCommand();
    command.CommandText = text;
    command.CommandTimeout = 0;
    command.Transaction = transaction;
    foreach (var (parameter, value) in parameters)
    {
        if (text.Contains(parameter, StringComparison.Ordinal))
        {
            command.Parameters.AddWithValue(parameter, value);
        }
    }

    return command.ExecuteNonQuery();
}

object? Scalar(string text)
{
    using var command = connection.CreateCommand();
    command.CommandText = text;
    var value = command.ExecuteScalar();
    return value is DBNull ? null : value;
}
