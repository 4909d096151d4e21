#!/usr/bin/env bash
# Runs every test of AllianceBot on a fresh machine: installs what is missing, starts Azurite on free ports,
# runs all test projects, stops what it started, and ends with one line "N passed, N failed[, N skipped]".
set -euo pipefail
cd "$(dirname "$0")"
source scripts/common.sh

ensure_tools
ensure_node_modules

results=.artifacts/test-results
rm -rf "$results"; mkdir -p "$results"
AZURITE_PID=
cleanup() { stop_pid "$AZURITE_PID"; }
trap cleanup EXIT INT TERM

say "starting Azurite on free loopback ports"
blob=$(free_port); queue=$(free_port); table=$(free_port)
start_azurite "$blob" "$queue" "$table" --inMemoryPersistence "$results/azurite.log"
export ALLIANCEBOT_TEST_STORAGE
ALLIANCEBOT_TEST_STORAGE=$(azurite_connection_string "$blob" "$queue" "$table")

say "dotnet build"
dotnet build AllianceBot.sln -c Release --nologo -v quiet -clp:NoSummary

say "dotnet test (unit, Azurite, loopback and Agents Playground tests)"
status=0
dotnet test --solution AllianceBot.sln -c Release --no-build --results-directory "$results" 2>&1 | tee "$results/dotnet-test.log" || status=$?

python3 scripts/count-tests.py "$results/dotnet-test.log" || status=$?
exit "$status"
