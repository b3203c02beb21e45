using System.Security.Cryptography;
using System.Text.RegularExpressions;
using LetterTracker.Api.Tests.Infrastructure;

namespace LetterTracker.Api.Tests.Database;

/// <summary>
/// A migration that has landed has been applied by databases, which never run it again: editing it
/// changes nothing for them and leaves them apart from new databases (the SearchIndex migration was
/// edited after it landed, and databases upgraded from before the edit had no search index).
/// migrations/landed.sha256 pins every migration file; scripts/pin-migrations.sh adds new ones.
/// </summary>
public sealed partial class LandedMigrationTests
{
    private const string ListPath = "migrations/landed.sha256";

    [Fact]
    public void Every_landed_migration_is_unchanged_and_every_migration_is_pinned()
    {
        var pinned = ReadList();
        var onDisk = MigrationFiles();
        var problems = new List<string>();

        foreach (var (path, expected) in pinned)
        {
            var full = RepositoryFiles.PathOf(path.Split('/'));
            if (!File.Exists(full))
            {
                problems.Add($"{path} was deleted. That migration has landed and databases have applied it: restore it "
                    + "(git checkout it back); to undo what it did, add a new migration with scripts/add-migration.sh NAME.");
            }
            else if (HashOf(full) != expected)
            {
                problems.Add($"{path} changed since it was pinned. That migration has landed and databases have applied it, "
                    + "so they will never run the edited version: revert the edit, and add a new migration with "
                    + "scripts/add-migration.sh NAME that makes the change.");
            }
        }

        foreach (var path in onDisk.Where(p => !pinned.ContainsKey(p)))
        {
            problems.Add($"{path} is not pinned: run scripts/pin-migrations.sh and commit {ListPath} with the migration.");
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void The_hash_does_not_depend_on_line_endings()
    {
        var folder = Directory.CreateTempSubdirectory("lettertracker-pin-");
        try
        {
            var lf = Path.Combine(folder.FullName, "lf.cs");
            var crlf = Path.Combine(folder.FullName, "crlf.cs");
            File.WriteAllText(lf, "\uFEFFnamespace A\n{\n}\n");
            File.WriteAllText(crlf, "\uFEFFnamespace A\r\n{\r\n}\r\n");
            Assert.Equal(HashOf(lf), HashOf(crlf));
            // The same hash as `sha256sum` of the LF file, which scripts/pin-migrations.sh writes.
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(lf))), HashOf(crlf));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_list_names_migration_files_only_once_each()
    {
        var lines = File.ReadAllLines(RepositoryFiles.PathOf(ListPath.Split('/'))).Where(l => l.Trim().Length > 0).ToList();
        Assert.All(lines, line => Assert.Matches(EntryPattern(), line.TrimEnd('\r')));
        var paths = lines.Select(l => EntryPattern().Match(l.TrimEnd('\r')).Groups["path"].Value).ToList();
        Assert.Equal(paths.Count, paths.Distinct(StringComparer.Ordinal).Count());
    }

    /// <summary>The migration files of both providers (the snapshot, rewritten by every migration, is not one).</summary>
    private static List<string> MigrationFiles() =>
        [.. Directory.EnumerateDirectories(RepositoryFiles.PathOf("migrations"), "LetterTracker.Migrations.*")
            .Select(project => Path.Combine(project, "Migrations"))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.cs"))
            .Where(file => char.IsAsciiDigit(Path.GetFileName(file)[0]))
            .Select(file => Path.GetRelativePath(RepositoryFiles.Root, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    private static Dictionary<string, string> ReadList()
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadAllLines(RepositoryFiles.PathOf(ListPath.Split('/'))))
        {
            if (EntryPattern().Match(line.TrimEnd('\r')) is { Success: true } entry)
            {
                entries[entry.Groups["path"].Value] = entry.Groups["hash"].Value;
            }
        }

        return entries;
    }

    /// <summary>SHA-256 of the file with CRLF turned into LF, in lowercase hex (as sha256sum prints it).</summary>
    private static string HashOf(string file)
    {
        var bytes = File.ReadAllBytes(file);
        var normalised = new List<byte>(bytes.Length);
        for (var i = 0; i < bytes.Length; i++)
        {
            if (!(bytes[i] == '\r' && i + 1 < bytes.Length && bytes[i + 1] == '\n'))
            {
                normalised.Add(bytes[i]);
            }
        }

        return Convert.ToHexStringLower(SHA256.HashData([.. normalised]));
    }

    [GeneratedRegex("^(?<hash>[0-9a-f]{64})  (?<path>migrations/[^ ]+\\.cs)$")]
    private static partial Regex EntryPattern();
}
