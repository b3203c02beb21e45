#!/usr/bin/env bash
# Writes the PostgreSQL migrations as one idempotent SQL script, for operators who migrate with psql
# rather than with the app's `migrate` command. Each migration in it runs only when the
# __EFMigrationsHistory table does not list it yet, so the script applies to an empty database and to
# one any number of migrations behind alike; it does not seed (the app seeds at start-up or with
# `migrate`). SQLite has no such script (EF Core cannot make one idempotent): use `migrate` there.
# Usage: scripts/migrations-sql.sh FILE [TO_MIGRATION]    (e.g. psql -v ON_ERROR_STOP=1 -f FILE)
set -euo pipefail
out=${1:?usage: scripts/migrations-sql.sh FILE [TO_MIGRATION]}
to=${2:-}
out=$(realpath -m "$out")
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null

project=migrations/LetterTracker.Migrations.Postgres
dotnet build "$project" -p:EfDesign=true -v quiet -nologo
# From the empty database (0) to the last migration, or to TO_MIGRATION when given.
dotnet ef migrations script 0 ${to:+"$to"} --idempotent --project "$project" --startup-project "$project" --no-build --output "$out"
# Leave the normal (non-design) build state behind for the rest of the solution.
dotnet build "$project" -v quiet -nologo >/dev/null
echo "Wrote $out"
