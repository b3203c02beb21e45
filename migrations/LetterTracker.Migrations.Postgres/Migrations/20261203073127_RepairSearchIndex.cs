using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LetterTracker.Migrations.Postgres.Migrations
{
    /// <summary>
    /// Builds the search index again from scratch: drops whatever of it exists (IF EXISTS) and creates
    /// the text search configuration, lettertracker_search_text, the SearchIndex table with its
    /// tsvector and GIN index, and the trigger functions and triggers exactly as the SearchIndex
    /// migration now defines them, then indexes every record there is. Correct whatever state the
    /// database was in.
    /// </summary>
    /// <remarks>
    /// The SearchIndex migration was edited after it had landed: databases that applied its first,
    /// empty version (builds up to 4c78d99) had no index at all and answered every search with a 500
    /// (42P01); those that applied the next version had no lettertracker_search_text, which search now
    /// calls, and index recipients' acronyms in the body too. Landed migrations are now pinned
    /// (migrations/landed.sha256), so this cannot happen again. The definitions below are a copy of
    /// that migration's final ones, as a migration must keep its own: never edit them. The GIN index
    /// is built once the table is filled, which is faster on a large database than row by row.
    /// </remarks>
    public partial class RepairSearchIndex : Migration
    {
        /// <summary>A record type in the index: its table, the columns it is built from, and Title and Body as SQL over a row named {0}.</summary>
        private sealed record Indexed(string Type, string Table, string[] Columns, string Title, string Body);

        private static readonly Indexed[] Records =
        [
            new("letter", "Letters", ["Subject", "Summary", "Body", "Demands"],
                "{0}.\"Subject\"",
                "concat_ws(E'\\n', {0}.\"Summary\", {0}.\"Body\", array_to_string({0}.\"Demands\", E'\\n'))"),
            new("incident", "Incidents", ["Title", "District", "DistrictAliases", "Place", "Country", "Description"],
                "{0}.\"Title\"",
                "concat_ws(E'\\n', {0}.\"District\", array_to_string({0}.\"DistrictAliases\", E'\\n'), {0}.\"Place\", {0}.\"Country\", {0}.\"Description\")"),
            new("organisation", "Organisations", ["Name", "Aliases", "City", "Country"],
                "{0}.\"Name\"",
                "concat_ws(E'\\n', array_to_string({0}.\"Aliases\", E'\\n'), {0}.\"City\", {0}.\"Country\")"),
            // The acronym is in the title only: in the body too, a snippet could be the bare acronym.
            new("recipient", "Recipients", ["Name", "Acronym", "Country"],
                "{0}.\"Name\" || coalesce(' (' || {0}.\"Acronym\" || ')', '')",
                "coalesce({0}.\"Country\", '')"),
            new("source", "Sources", ["Title", "Outlet", "Author", "Attribution", "FullText"],
                "coalesce({0}.\"Title\", {0}.\"Attribution\")",
                "concat_ws(E'\\n', {0}.\"Outlet\", {0}.\"Author\", {0}.\"Attribution\", {0}.\"FullText\")"),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Writes to the indexed tables wait until the migration commits (reads go on): a record written
            // between the refill and its trigger's creation would otherwise be missing from the index.
            migrationBuilder.Sql($"LOCK TABLE {string.Join(", ", Records.Select(r => $"\"{r.Table}\""))} IN SHARE ROW EXCLUSIVE MODE;");
            foreach (var record in Records)
            {
                migrationBuilder.Sql($"""
                    DROP TRIGGER IF EXISTS "SearchIndex_{record.Table}" ON "{record.Table}";
                    DROP FUNCTION IF EXISTS "SearchIndex_{record.Table}"();
                    """);
            }

            migrationBuilder.Sql("""DROP TABLE IF EXISTS "SearchIndex";""");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS lettertracker_search_text(text);");
            migrationBuilder.Sql("DROP TEXT SEARCH CONFIGURATION IF EXISTS lettertracker_search;");

            // A trusted extension since PostgreSQL 13: the database owner may create it.
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS unaccent;");
            migrationBuilder.Sql("""
                CREATE TEXT SEARCH CONFIGURATION lettertracker_search (COPY = pg_catalog.simple);
                ALTER TEXT SEARCH CONFIGURATION lettertracker_search
                    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part, numword, numhword, hword_numpart
                    WITH unaccent, simple;
                """);
            migrationBuilder.Sql("""
                CREATE FUNCTION lettertracker_search_text(t text) RETURNS text
                LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $function$
                    -- ‘’‚‛‹› to ', “”„‟«» to ", dashes and minus to -, … to ., no-break spaces to spaces
                    SELECT regexp_replace(
                        translate(t, E'\u2018\u2019\u201A\u201B\u2039\u203A\u201C\u201D\u201E\u201F\u00AB\u00BB\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2026\u00A0\u202F',
                            repeat('''', 6) || repeat('"', 6) || repeat('-', 7) || '.  '),
                        '[\u00A1-\u00BF\u00D7\u00F7\u2000-\u206F\u2190-\u2BFF\u2E00-\u2E7F\u3000-\u303F]', ' ', 'g')
                $function$;
                """);
            // The body is indexed up to 200,000 characters (some 30,000 words): a tsvector's words
            // may take 1 MB at most, which a source's full text (up to 1,000,000 characters) of
            // distinct words could exceed, failing the write; 200,000 characters take 800 kB at most.
            migrationBuilder.Sql("""
                CREATE TABLE "SearchIndex" (
                    "Type" text NOT NULL,
                    "RecordId" uuid NOT NULL,
                    "Title" text NOT NULL,
                    "Body" text NOT NULL,
                    "Document" tsvector GENERATED ALWAYS AS (
                        setweight(to_tsvector('lettertracker_search'::regconfig, lettertracker_search_text("Title")), 'A')
                        || setweight(to_tsvector('lettertracker_search'::regconfig, lettertracker_search_text(left("Body", 200000))), 'D')) STORED,
                    CONSTRAINT "PK_SearchIndex" PRIMARY KEY ("Type", "RecordId"));
                """);

            foreach (var record in Records)
            {
                var table = $"\"{record.Table}\"";
                migrationBuilder.Sql($$"""
                    INSERT INTO "SearchIndex" ("Type", "RecordId", "Title", "Body")
                    SELECT '{{record.Type}}', "Id", {{Over(record.Title, table)}}, {{Over(record.Body, table)}} FROM {{table}};
                    """);
            }

            migrationBuilder.Sql("""CREATE INDEX "IX_SearchIndex_Document" ON "SearchIndex" USING GIN ("Document");""");

            foreach (var record in Records)
            {
                migrationBuilder.Sql($$"""
                    CREATE FUNCTION "SearchIndex_{{record.Table}}"() RETURNS trigger LANGUAGE plpgsql AS $function$
                    BEGIN
                        IF TG_OP = 'DELETE' THEN
                            DELETE FROM "SearchIndex" WHERE "Type" = '{{record.Type}}' AND "RecordId" = OLD."Id";
                        ELSE
                            INSERT INTO "SearchIndex" ("Type", "RecordId", "Title", "Body")
                            VALUES ('{{record.Type}}', NEW."Id", {{Over(record.Title, "NEW")}}, {{Over(record.Body, "NEW")}})
                            ON CONFLICT ("Type", "RecordId") DO UPDATE SET "Title" = EXCLUDED."Title", "Body" = EXCLUDED."Body";
                        END IF;
                        RETURN NULL;
                    END
                    $function$;
                    CREATE TRIGGER "SearchIndex_{{record.Table}}"
                        AFTER INSERT OR DELETE OR UPDATE OF {{string.Join(", ", record.Columns.Select(c => $"\"{c}\""))}} ON "{{record.Table}}"
                        FOR EACH ROW EXECUTE FUNCTION "SearchIndex_{{record.Table}}"();
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
