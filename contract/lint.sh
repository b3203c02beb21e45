#!/usr/bin/env bash
# Lints an OpenAPI document with Spectral (spectral:oas + the OWASP API ruleset, .spectral.yaml)
# and Redocly (redocly.yaml). Fails on any error; warnings are printed, not fatal.
# Usage: contract/lint.sh path/to/openapi.json   (after `npm ci` in contract/)
set -euo pipefail
doc=$(realpath "$1")
cd "$(dirname "$0")"
npx --no-install spectral lint "$doc" --ruleset .spectral.yaml --fail-severity error --display-only-failures
npx --no-install redocly lint "$doc" --config redocly.yaml
