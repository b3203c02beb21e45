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
            new("recipient", "Recipients", ["Name", "Acronym", "Country"],
                "{0}.\"Name\" || coalesce(' (' || {0}.\"Acronym\" || ')', '')",
                "concat_ws(E'\\n', {0}.\"Acronym\", {0}.\"Country\")"),
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
            // The body is indexed up to 300,000 characters: a tsvector holds at most 1 MB, which a
            // source's full text (up to 1,000,000 characters) could otherwise exceed and fail its write.
            migrationBuilder.Sql("""
                CREATE TABLE "SearchIndex" (
                    "Type" text NOT NULL,
                    "RecordId" uuid NOT NULL,
                    "Title" text NOT NULL,
                    "Body" text NOT NULL,
                    "Document" tsvector GENERATED ALWAYS AS (
                        setweight(to_tsvector('lettertracker_search'::regconfig, "Title"), 'A')
                        || setweight(to_tsvector('lettertracker_search'::regconfig, left("Body", 300000)), 'D')) STORED,
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
            migrationBuilder.Sql("DROP TEXT SEARCH CONFIGURATION lettertracker_search;");
            // unaccent stays: other objects of the database may have come to use it.
        }

        private static string Over(string sql, string row) => string.Format(System.Globalization.CultureInfo.InvariantCulture, sql, row);
    }
}
