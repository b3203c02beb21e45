#!/usr/bin/env bash
# Pins landed migrations: adds to migrations/landed.sha256 the SHA-256 of every migration file of
# both providers (migrations/*/Migrations/<timestamp>_<Name>.cs and its .Designer.cs) that it does
# not list yet. It never changes or removes an entry: a listed migration has landed, databases have
# applied it, and LandedMigrationTests fails when its content changes. Hashes are of the file with
# CRLF line endings turned into LF, so a Windows checkout hashes the same.
# Usage: scripts/pin-migrations.sh         (then commit migrations/landed.sha256)
set -euo pipefail
cd "$(dirname "$0")/.."
list=migrations/landed.sha256
touch "$list"

added=0
while IFS= read -r file; do
  if ! awk -v f="$file" '$2 == f { found = 1 } END { exit !found }' "$list"; then
    hash=$(perl -0777 -pe 's/\r\n/\n/g' "$file" | sha256sum | cut -d' ' -f1)
    printf '%s  %s\n' "$hash" "$file" >>"$list"
    echo "pinned $file"
    added=$((added + 1))
  fi
done < <(find migrations -path 'migrations/LetterTracker.Migrations.*/Migrations/[0-9]*.cs' -type f | LC_ALL=C sort)

# Kept sorted by path, so each new migration is one block of added lines.
LC_ALL=C sort -k2 -o "$list" "$list"
echo "$added migration file(s) pinned; $(wc -l <"$list") listed in $list"
