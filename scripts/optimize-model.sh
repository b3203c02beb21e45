#!/usr/bin/env bash
# Generates the EF Core compiled models (src/LetterTracker.Data/CompiledModels/<Provider>) from the
# model OnModelCreating builds, one per provider, with the design-time build (EfDesign=true). Run it
# after every model change (CompiledModelTests fails until then).
# Usage: scripts/optimize-model.sh [sqlite|postgres|all]
set -euo pipefail
which=${1:-all}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null

optimize() {
  local project=migrations/LetterTracker.Migrations.$1 output=CompiledModels/$1
  dotnet build "$project" -p:EfDesign=true -v quiet -nologo
  rm -rf "src/LetterTracker.Data/$output"
  dotnet ef dbcontext optimize --project src/LetterTracker.Data --startup-project "$project" --no-build \
    --context LetterTrackerDbContext --output-dir "$output" --namespace "LetterTracker.Data.CompiledModels.$1"
  # Both models are of the same context, so neither may be discovered by the assembly attribute EF
  # writes: UseLetterTrackerDatabase picks the provider's model itself.
  rm -f "src/LetterTracker.Data/$output/LetterTrackerDbContextAssemblyAttributes.cs"
  # Leave the normal (non-design) build state behind for the rest of the solution.
  dotnet build "$project" -v quiet -nologo >/dev/null
}

case "$which" in
  sqlite) optimize Sqlite ;;
  postgres) optimize Postgres ;;
  all) optimize Sqlite; optimize Postgres ;;
  *) echo "unknown provider: $which" >&2; exit 2 ;;
esac
