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
        var tables = new List<(string Name, string Order)>();
        await using (var list = connection.CreateCommand())
        {
            // A virtual table (the FTS5 search index) is read through itself; its shadow tables are its
            // storage, not content. A table WITHOUT ROWID (the counters) is read in its key's order.
            list.CommandText = """
                SELECT t.name, CASE WHEN t.wr THEN (SELECT group_concat('"' || name || '"', ', ' ORDER BY pk) FROM pragma_table_info(t.name) WHERE pk > 0) ELSE 'rowid' END
                FROM pragma_table_list AS t
                WHERE t.schema = 'main' AND t.type <> 'shadow' AND t.name IN (SELECT name FROM sqlite_master WHERE type = 'table')
                ORDER BY t.name
                """;
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        var text = new StringBuilder();
        foreach (var (table, order) in tables)
        {
            text.Append("## ").AppendLine(table);
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\" ORDER BY {order}";
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
