#!/usr/bin/env bash
# Checks the contract as clients see it: publishes the API, starts it on 127.0.0.1 with a throwaway
# SQLite database and admin key, fetches the OpenAPI document it serves, and runs the third-party
# tools of contract/ against that document and the live app: the linters, a validating proxy (Prism)
# with a realistic request mix, and generated clients. Fails when any of them fails.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

work=$(mktemp -d)
port=${LETTERTRACKER_CONTRACT_PORT:-58082}
pid=""
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

(cd contract && npm ci --no-audit --no-fund --loglevel=error)

dotnet publish src/LetterTracker.Api/LetterTracker.Api.csproj -c Release -o "$work/app" >/dev/null

export LETTERTRACKER_URL="http://127.0.0.1:$port"
export LETTERTRACKER_ADMIN_KEY="contract-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
(cd "$work/app" && Auth__BootstrapAdminKey="$LETTERTRACKER_ADMIN_KEY" ASPNETCORE_URLS="$LETTERTRACKER_URL" \
  exec dotnet LetterTracker.Api.dll >"$work/server.log" 2>&1) &
pid=$!
for _ in $(seq 1 120); do
  dotnet "$work/app/LetterTracker.Api.dll" probe "$LETTERTRACKER_URL/health/ready" >/dev/null 2>&1 && break
  kill -0 "$pid" 2>/dev/null || { cat "$work/server.log"; exit 1; }
  sleep 1
done
dotnet "$work/app/LetterTracker.Api.dll" probe "$LETTERTRACKER_URL/health/ready" || { cat "$work/server.log"; exit 1; }

export LETTERTRACKER_OPENAPI="$work/openapi.json"
curl -fsS -o "$LETTERTRACKER_OPENAPI" "$LETTERTRACKER_URL/swagger/v1/swagger.json"

bash contract/lint.sh "$LETTERTRACKER_OPENAPI"
echo "contract: lint passed on the served document"
bash contract/prism/run.sh
bash contract/clients/run.sh
