#!/usr/bin/env bash
# Runs AllianceBot locally: Azurite (data in .azurite/), the Bot host on http://localhost:3978 with sample facts,
# and the Microsoft 365 Agents Playground connected to it. Ctrl-C stops everything it started.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/common.sh

BOT_PORT=${BOT_PORT:-3978}
PLAYGROUND_PORT=${PLAYGROUND_PORT:-56150}
CHANNEL=${CHANNEL:-msteams}
logs=.artifacts/run
mkdir -p "$logs" .azurite

ensure_tools
ensure_node_modules

AZURITE_PID= BOT_PID= PLAYGROUND_PID=
cleanup() {
  trap - EXIT INT TERM
  say "stopping"
  stop_pid "$PLAYGROUND_PID"; stop_pid "$BOT_PID"; stop_pid "$AZURITE_PID"
}
trap cleanup EXIT INT TERM

if port_open 10002; then
  say "Azurite (or another table service) already listens on 10002: using it"
else
  say "starting Azurite (data in .azurite/, log in $logs/azurite.log)"
  start_azurite 10000 10001 10002 .azurite "$logs/azurite.log"
fi

if port_open "$BOT_PORT"; then
  echo "error: port $BOT_PORT is taken; stop what uses it or set BOT_PORT" >&2
  exit 1
fi
say "building and starting the Bot host on http://localhost:$BOT_PORT (log in $logs/bot.log)"
dotnet build Bot/AllianceBot.Bot.csproj --nologo -v quiet -clp:NoSummary
ASPNETCORE_ENVIRONMENT=Development Facts__LoadSamples=true \
  dotnet run --project Bot --no-build --no-launch-profile --urls "http://localhost:$BOT_PORT" >"$logs/bot.log" 2>&1 &
BOT_PID=$!
wait_port "$BOT_PORT" 90 "the Bot host" || { tail -n 40 "$logs/bot.log" >&2; exit 1; }

if port_open "$PLAYGROUND_PORT"; then
  echo "error: port $PLAYGROUND_PORT is taken; stop what uses it or set PLAYGROUND_PORT" >&2
  exit 1
fi
say "starting the Agents Playground on http://localhost:$PLAYGROUND_PORT (channel $CHANNEL, log in $logs/playground.log)"
playground_dir=$(mktemp -d)
( cd "$playground_dir" && env -u AUTH_CLIENT_ID -u AUTH_CLIENT_SECRET -u AUTH_TENANT_ID -u BOT_ENDPOINT \
    TEAMSAPPTESTER_BROWSER=none APPLICATION_INSIGHTS_NO_STATSBEAT=true M365_AGENTS_PLAYGROUND_LOGFILE="$PWD/playground.log" \
    node -r "$OLDPWD/scripts/loopback-only.cjs" "$OLDPWD/node_modules/@microsoft/m365agentsplayground/cli.js" \
      -e "http://127.0.0.1:$BOT_PORT/api/messages" -c "$CHANNEL" --port "$PLAYGROUND_PORT" \
      --service-url "http://127.0.0.1:$PLAYGROUND_PORT/_connector" --disable-telemetry ) >"$logs/playground.log" 2>&1 &
PLAYGROUND_PID=$!
wait_port "$PLAYGROUND_PORT" 60 "the Agents Playground" || { tail -n 40 "$logs/playground.log" >&2; exit 1; }

cat <<INFO

  AllianceBot is running.
    Bot endpoint (Bot Framework Emulator: no app id, no password): http://localhost:$BOT_PORT/api/messages
    Agents Playground (open in a browser):                         http://localhost:$PLAYGROUND_PORT
    Fact API:                                                      http://localhost:$BOT_PORT/api/facts
    Health:                                                        http://localhost:$BOT_PORT/health
  Try: "Which countries requested Article 4 consultations?"  Press Ctrl-C to stop.

INFO
wait "$BOT_PID"
