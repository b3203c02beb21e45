using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LetterTracker.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// Builds the search index again from scratch: drops whatever of it exists (IF EXISTS) and creates
    /// the FTS5 table, its row map and the triggers exactly as the SearchIndex migration now defines
    /// them, then indexes every record there is. Correct whatever state the database was in.
    /// </summary>
    /// <remarks>
    /// The SearchIndex migration was edited after it had landed: databases that applied its first,
    /// empty version (builds up to 4c78d99) had no index at all and answered every search with a 500;
    /// those that applied the next version index recipients' acronyms in the body too. Landed migrations
    /// are now pinned (migrations/landed.sha256), so this cannot happen again. The definitions below are
    /// a copy of that migration's final ones, as a migration must keep its own: never edit them.
    /// Ids are UUIDv7, so ordering the rows by record id gives the index rowids in the order the records
    /// were created, which the search's newest-first windows rely on.
    /// </remarks>
    public partial class RepairSearchIndex : Migration
    {
        /// <summary>A record type in the index: its table, the columns it is built from, and Title and Body as SQL over a row named {0}.</summary>
        private sealed record Indexed(string Type, string Table, string[] Columns, string Title, string Body);

        // Lists are JSON text whose non-ASCII characters may be \u-escaped: json_each reads them back.
        private static readonly Indexed[] Records =
        [
            new("letter", "Letters", ["Subject", "Summary", "Body", "Demands"],
                "{0}.\"Subject\"",
                "concat_ws(char(10), {0}.\"Summary\", {0}.\"Body\", (SELECT group_concat(value, char(10)) FROM json_each({0}.\"Demands\")))"),
            new("incident", "Incidents", ["Title", "District", "DistrictAliases", "Place", "Country", "Description"],
                "{0}.\"Title\"",
                "concat_ws(char(10), {0}.\"District\", (SELECT group_concat(value, char(10)) FROM json_each({0}.\"DistrictAliases\")), {0}.\"Place\", {0}.\"Country\", {0}.\"Description\")"),
            new("organisation", "Organisations", ["Name", "Aliases", "City", "Country"],
                "{0}.\"Name\"",
                "concat_ws(char(10), (SELECT group_concat(value, char(10)) FROM json_each({0}.\"Aliases\")), {0}.\"City\", {0}.\"Country\")"),
            // The acronym is in the title only: in the body too, a snippet could be the bare acronym.
            new("recipient", "Recipients", ["Name", "Acronym", "Country"],
                "{0}.\"Name\" || coalesce(' (' || {0}.\"Acronym\" || ')', '')",
                "coalesce({0}.\"Country\", '')"),
            new("source", "Sources", ["Title", "Outlet", "Author", "Attribution", "FullText"],
                "coalesce({0}.\"Title\", {0}.\"Attribution\")",
                "concat_ws(char(10), {0}.\"Outlet\", {0}.\"Author\", {0}.\"Attribution\", {0}.\"FullText\")"),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var record in Records)
            {
                foreach (var operation in new[] { "Insert", "Update", "Delete" })
                {
                    migrationBuilder.Sql($"""DROP TRIGGER IF EXISTS "SearchIndex_{record.Table}_{operation}";""");
                }
            }

            migrationBuilder.Sql("""DROP TABLE IF EXISTS "SearchIndex";""");
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "SearchIndexRows";""");

            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "SearchIndex" USING fts5(
                    "Type" UNINDEXED, "RecordId" UNINDEXED, "Title", "Body",
                    tokenize = 'unicode61 remove_diacritics 2');
                """);
            // The default rank: BM25 with a title match worth ten body matches.
            migrationBuilder.Sql("""INSERT INTO "SearchIndex" ("SearchIndex", "rank") VALUES ('rank', 'bm25(0, 0, 10, 1)');""");
            migrationBuilder.Sql("""
                CREATE TABLE "SearchIndexRows" (
                    "RowId" INTEGER PRIMARY KEY,
                    "Type" TEXT NOT NULL,
                    "RecordId" TEXT NOT NULL,
                    UNIQUE ("Type", "RecordId"));
                """);

            // Every record, oldest first whatever its type, then each type's text by its row.
            migrationBuilder.Sql($"""
                INSERT INTO "SearchIndexRows" ("Type", "RecordId")
                SELECT "Type", "RecordId" FROM ({string.Join(" UNION ALL ", Records.Select(r => $"SELECT '{r.Type}' AS \"Type\", \"Id\" AS \"RecordId\" FROM \"{r.Table}\""))})
                ORDER BY "RecordId", "Type";
                """);
            foreach (var record in Records)
            {
                var table = $"\"{record.Table}\"";
                migrationBuilder.Sql($$"""
                    INSERT INTO "SearchIndex" (rowid, "Type", "RecordId", "Title", "Body")
                    SELECT r."RowId", '{{record.Type}}', {{table}}."Id", {{Over(record.Title, table)}}, {{Over(record.Body, table)}}
                    FROM {{table}} JOIN "SearchIndexRows" AS r ON r."Type" = '{{record.Type}}' AND r."RecordId" = {{table}}."Id"
                    ORDER BY r."RowId";
                    """);
            }

            foreach (var record in Records)
            {
                var rowId = $"(SELECT \"RowId\" FROM \"SearchIndexRows\" WHERE \"Type\" = '{record.Type}' AND \"RecordId\" = {{0}}.\"Id\")";
                migrationBuilder.Sql($$"""
                    CREATE TRIGGER "SearchIndex_{{record.Table}}_Insert" AFTER INSERT ON "{{record.Table}}" BEGIN
                        INSERT INTO "SearchIndexRows" ("Type", "RecordId") VALUES ('{{record.Type}}', NEW."Id");
                        INSERT INTO "SearchIndex" (rowid, "Type", "RecordId", "Title", "Body")
                        VALUES ({{Over(rowId, "NEW")}}, '{{record.Type}}', NEW."Id", {{Over(record.Title, "NEW")}}, {{Over(record.Body, "NEW")}});
                    END;
                    """);
                migrationBuilder.Sql($$"""
                    CREATE TRIGGER "SearchIndex_{{record.Table}}_Update" AFTER UPDATE OF {{string.Join(", ", record.Columns.Select(c => $"\"{c}\""))}} ON "{{record.Table}}" BEGIN
                        UPDATE "SearchIndex" SET "Title" = {{Over(record.Title, "NEW")}}, "Body" = {{Over(record.Body, "NEW")}}
                        WHERE rowid = {{Over(rowId, "NEW")}};
                    END;
                    """);
                migrationBuilder.Sql($$"""
                    CREATE TRIGGER "SearchIndex_{{record.Table}}_Delete" AFTER DELETE ON "{{record.Table}}" BEGIN
                        DELETE FROM "SearchIndex" WHERE rowid = {{Over(rowId, "OLD")}};
                        DELETE FROM "SearchIndexRows" WHERE "Type" = '{{record.Type}}' AND "RecordId" = OLD."Id";
                    END;
                    """);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Nothing: the index it rebuilt is the SearchIndex migration's, whose Down removes it.
        }

        private static string Over(string sql, string row) => string.Format(System.Globalization.CultureInfo.InvariantCulture, sql, row);
    }
}
