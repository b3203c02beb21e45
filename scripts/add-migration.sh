#!/usr/bin/env bash
# Adds an EF Core migration for one provider (or both), using the design-time build (EfDesign=true).
# Usage: scripts/add-migration.sh NAME [sqlite|postgres|all]
# A migration that has landed is never edited (databases have applied it and will not run it again):
# a change is always a new migration. Once the new one is right, pin it with scripts/pin-migrations.sh
# and commit migrations/landed.sha256 with it (LandedMigrationTests fails until then).
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh NAME [sqlite|postgres|all]}
which=${2:-all}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null

add() {
  local project=migrations/LetterTracker.Migrations.$1
  [ -d "$project" ] || return 0
  dotnet build "$project" -p:EfDesign=true -v quiet -nologo
  dotnet ef migrations add "$name" --project "$project" --startup-project "$project" --no-build --output-dir Migrations
  # Leave the normal (non-design) build state behind for the rest of the solution.
  dotnet build "$project" -v quiet -nologo >/dev/null
}

case "$which" in
  sqlite) add Sqlite ;;
  postgres) add Postgres ;;
  all) add Sqlite; add Postgres ;;
  *) echo "unknown provider: $which" >&2; exit 2 ;;
esac

echo
echo "Added migration $name. Once it is right (and before it lands), pin it: scripts/pin-migrations.sh,"
echo "then commit migrations/landed.sha256 with it. A pinned migration is never edited again."
