using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LetterTracker.Migrations.Postgres.Migrations
{
    /// <summary>
    /// Full-text search: one row per searchable record with a weighted tsvector (title A, body D)
    /// under a GIN index, kept in step by triggers, so a write and its index update commit together
    /// whichever code path wrote. The lettertracker_search configuration is 'simple' (no stemming,
    /// no stop words) with unaccent in front, so "geneve" finds "Genève" and ts_headline marks it.
    /// </summary>
    /// <remarks>
    /// Text goes through lettertracker_search_text before parsing, documents and queries alike: in a
    /// database with the C locale the parser takes every non-ASCII character for a letter, so
    /// "Azerbaijan’s" or "Guardian—also" would each be one word. It turns typographic quotes and
    /// dashes into their ASCII look-alikes (snippets stay readable) and other punctuation into spaces.
    /// </remarks>
    public partial class SearchIndex : Migration
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
                CREATE INDEX "IX_SearchIndex_Document" ON "SearchIndex" USING GIN ("Document");
                """);

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

                // Records written before this migration (none on a new database, whose seed comes after).
                var table = $"\"{record.Table}\"";
                migrationBuilder.Sql($$"""
                    INSERT INTO "SearchIndex" ("Type", "RecordId", "Title", "Body")
                    SELECT '{{record.Type}}', "Id", {{Over(record.Title, table)}}, {{Over(record.Body, table)}} FROM {{table}};
                    """);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var record in Records)
            {
                migrationBuilder.Sql($"""
                    DROP TRIGGER "SearchIndex_{record.Table}" ON "{record.Table}";
                    DROP FUNCTION "SearchIndex_{record.Table}"();
                    """);
            }

            migrationBuilder.Sql("""DROP TABLE "SearchIndex";""");
            migrationBuilder.Sql("DROP FUNCTION lettertracker_search_text(text);");
            migrationBuilder.Sql("DROP TEXT SEARCH CONFIGURATION lettertracker_search;");
            // unaccent stays: other objects of the database may have come to use it.
        }

        private static string Over(string sql, string row) => string.Format(System.Globalization.CultureInfo.InvariantCulture, sql, row);
    }
}
