#!/usr/bin/env bash
# Generates three clients from the OpenAPI document the app serves, with third-party tools and no
# hand edits, compiles them and runs one scenario each against the live app (the same steps for all;
# see nswag/Program.cs, kiota/Program.cs, typescript/scenario.mts):
#   nswag       NSwag C# client, System.Text.Json  (dotnet tool NSwag.ConsoleCore, dotnet-tools.json)
#   kiota       Kiota C# client with a backing store (dotnet tool Microsoft.OpenApi.Kiota, dotnet-tools.json)
#   typescript  openapi-typescript types + openapi-fetch, tsc --strict, node (contract/package.json)
# Each client is generated, built and run even when another failed; every step prints PASS or FAIL.
# Exits non-zero when any client failed to generate, compile or pass its scenario.
#
# Needs: LETTERTRACKER_URL (the running app), LETTERTRACKER_ADMIN_KEY (an admin key of it),
# LETTERTRACKER_OPENAPI (the document fetched from it), and `npm ci` done in contract/.
# .ci/contract.sh provides all of these. CONTRACT_CLIENTS_VERBOSE=1 shows every step's exchange.
# Generated code goes to */generated/ (git-ignored), rewritten on every run.
set -euo pipefail
cd "$(dirname "$0")"
clients=$PWD
: "${LETTERTRACKER_URL:?the URL of the running app}"
: "${LETTERTRACKER_ADMIN_KEY:?an admin API key of that app}"
: "${LETTERTRACKER_OPENAPI:?the path of the OpenAPI document it serves}"
doc=$(realpath "$LETTERTRACKER_OPENAPI")
bin=$clients/../node_modules/.bin
[ -x "$bin/tsc" ] || { echo "contract/clients: run npm ci in contract/ first" >&2; exit 1; }
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# Kiota checks for a newer release online before each command (there is no network here) and prints hints.
export KIOTA_OFFLINE_ENABLED=true KIOTA_TUTORIAL_ENABLED=false KIOTA_CLI_TELEMETRY_OPTOUT=true

(cd .. && dotnet tool restore >/dev/null)

declare -A outcome
# Runs one stage of a client ("generate", "compile", "scenario"); on failure records it and returns 1.
stage() {
  local client=$1 name=$2; shift 2
  echo "== $client: $name"
  if "$@"; then return 0; fi
  outcome[$client]="FAIL ($name)"
  return 1
}

# NSwag: options in nswag/nswag.json (System.Text.Json, nullable reference types, optional properties
# nullable, wrapped responses for headers); merge-patch serializer settings in nswag/MergePatch.cs.
rm -rf nswag/generated
outcome[nswag]=PASS
stage nswag generate dotnet nswag run nswag/nswag.json \
    "/variables:Input=$doc,Output=$clients/nswag/generated/LetterTrackerClient.g.cs" \
  && stage nswag compile dotnet build nswag -c Release --nologo -v quiet \
  && stage nswag scenario dotnet nswag/bin/Release/net10.0/LetterTracker.Clients.NSwag.dll \
  || true

# Kiota: -b gives models a backing store, so a request sends only the properties set (a null
# included); --ebc leaves out the members Kiota keeps for older clients.
rm -rf kiota/generated
outcome[kiota]=PASS
stage kiota generate dotnet kiota generate -d "$doc" -o kiota/generated -l CSharp \
    -c LetterTrackerClient -n LetterTracker.Clients.Kiota.Generated -b --ebc --co --ll Warning \
  && stage kiota compile dotnet build kiota -c Release --nologo -v quiet \
  && stage kiota scenario dotnet kiota/bin/Release/net10.0/LetterTracker.Clients.Kiota.dll \
  || true

# openapi-typescript runs in typescript/, where no redocly.yaml is: it then checks only what it needs
# to generate. (From contract/ it would pick up the lint configuration there and refuse the document
# on any lint error, which is the lint step's verdict to give, not this one's.)
rm -rf typescript/generated typescript/out
outcome[typescript]=PASS
stage typescript generate env -C typescript "$bin/openapi-typescript" "$doc" -o generated/lettertracker.ts \
  && stage typescript compile env -C typescript "$bin/tsc" -p . --strict \
  && stage typescript scenario env -C typescript node out/scenario.mjs \
  || true

echo "== generated clients: nswag ${outcome[nswag]}, kiota ${outcome[kiota]}, typescript ${outcome[typescript]}"
for client in nswag kiota typescript; do
  [ "${outcome[$client]}" = PASS ] || exit 1
done
