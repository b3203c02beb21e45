#!/usr/bin/env bash
# Publishes the API as the Dockerfile does, starts the published entry point from a fresh working
# folder (as /app in the image), and checks it with the image's HEALTHCHECK command and a real read.
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
port=58081
pid=""
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

dotnet restore src/LetterTracker.Api/LetterTracker.Api.csproj
dotnet publish src/LetterTracker.Api/LetterTracker.Api.csproj -c Release --no-restore -o "$work/app"

cd "$work/app"
ASPNETCORE_URLS="http://127.0.0.1:$port" dotnet LetterTracker.Api.dll >"$work/server.log" 2>&1 &
pid=$!

for _ in $(seq 1 60); do
  if dotnet LetterTracker.Api.dll probe "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; then
    break
  fi
  sleep 1
done
dotnet LetterTracker.Api.dll probe "http://127.0.0.1:$port/health/ready" || { cat "$work/server.log"; exit 1; }

letters=$(curl -fsS "http://127.0.0.1:$port/api/letters")
case "$letters" in
  *'"subject":"Protest letters after the mine explosions in Aghdam and Jabrayil'*) ;;
  *) echo "published app did not serve the seeded letter: $letters" >&2; cat "$work/server.log"; exit 1 ;;
esac
[ -f "$work/app/data/lettertracker.db" ] || { echo "no SQLite file under data/" >&2; exit 1; }
curl -fsS -o /dev/null "http://127.0.0.1:$port/swagger/v1/swagger.json"
echo "published app: ready, seeded, Swagger served"
