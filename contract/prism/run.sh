#!/usr/bin/env bash
# Puts Prism 5, a validating proxy, in front of the running app with the document it serves, and
# sends a realistic mix of requests through it (mix.py): Prism must find no valid request or answer
# that contradicts the document, and must flag each request the document says is invalid.
# Needs LETTERTRACKER_URL, LETTERTRACKER_ADMIN_KEY, LETTERTRACKER_OPENAPI (as .ci/contract.sh sets
# them) and `npm ci` done in contract/.
set -euo pipefail
cd "$(dirname "$0")"
: "${LETTERTRACKER_URL:?the URL of the running app}"
: "${LETTERTRACKER_ADMIN_KEY:?an admin API key of that app}"
: "${LETTERTRACKER_OPENAPI:?the path of the OpenAPI document it serves}"
port=${LETTERTRACKER_PRISM_PORT:-58083}
log=$(mktemp)
../node_modules/.bin/prism proxy "$LETTERTRACKER_OPENAPI" "$LETTERTRACKER_URL" --host 127.0.0.1 --port "$port" >"$log" 2>&1 &
pid=$!
stop() { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -f "$log"; }
trap stop EXIT
for _ in $(seq 1 120); do
  curl -fsS -o /dev/null "http://127.0.0.1:$port/health/live" 2>/dev/null && break
  kill -0 "$pid" 2>/dev/null || { cat "$log"; exit 1; }
  sleep 1
done
status=0
python3 mix.py "http://127.0.0.1:$port" "$LETTERTRACKER_ADMIN_KEY" || status=$?
stop
exit "$status"
