using System.Text;
using Microsoft.Data.Sqlite;

namespace LetterTracker.Api.Tests.Infrastructure;

/// <summary>Every row of every table of a SQLite database, as text: two snapshots are equal only if nothing changed.</summary>
public static class DatabaseSnapshot
{
    public static async Task<string> TakeAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            // A virtual table (the FTS5 search index) is read through itself; its shadow tables, some
            // without rowids, are its storage, not content.
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN (SELECT name FROM pragma_table_list WHERE type = 'shadow') ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var text = new StringBuilder();
        foreach (var table in tables)
        {
            text.Append("## ").AppendLine(table);
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\" ORDER BY rowid";
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    text.Append(reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append('\t');
                }

                text.AppendLine();
            }
        }

        return text.ToString();
    }
}
