# Shared by run.sh and test.sh: install what is missing, find free ports, start and stop Azurite.
# shellcheck shell=bash

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

ensure_tools() {
  if ! command -v dotnet >/dev/null 2>&1; then
    echo "error: the .NET SDK (dotnet) is not on PATH; install .NET 10 (https://dot.net) and try again." >&2
    exit 1
  fi
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    say "installing Node.js and npm (apt-get)"
    apt-get update -qq && apt-get install -y -qq nodejs npm >/dev/null
  fi
  if ! command -v python3 >/dev/null 2>&1; then
    say "installing python3 (apt-get)"
    apt-get update -qq && apt-get install -y -qq python3 >/dev/null
  fi
}

ensure_node_modules() {
  # npm ci when node_modules is missing or was installed from another package-lock.json (a stamp holds its hash).
  local want have=
  want=$(sha256sum package-lock.json | cut -d' ' -f1)
  [ -f node_modules/.alliancebot-lock ] && have=$(cat node_modules/.alliancebot-lock)
  if [ "$want" != "$have" ] || [ ! -x node_modules/.bin/azurite ] || [ ! -x node_modules/.bin/agentsplayground ]; then
    say "npm ci (Azurite, Agents Playground, card and manifest validators)"
    npm ci --no-audit --no-fund --loglevel=error
    echo "$want" > node_modules/.alliancebot-lock
  fi
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

port_open() {
  python3 -c 'import socket,sys; s=socket.socket(); s.settimeout(0.3); sys.exit(0 if s.connect_ex(("127.0.0.1", int(sys.argv[1]))) == 0 else 1)' "$1"
}

wait_port() { # port seconds name
  local i
  for ((i = 0; i < $2 * 5; i++)); do
    port_open "$1" && return 0
    sleep 0.2
  done
  echo "error: $3 did not listen on 127.0.0.1:$1 within $2 s" >&2
  return 1
}

# start_azurite BLOB QUEUE TABLE LOCATION|--inMemoryPersistence LOGFILE: starts Azurite in the background, sets AZURITE_PID.
start_azurite() {
  local where=(--location "$4")
  [ "$4" = "--inMemoryPersistence" ] && where=(--inMemoryPersistence)
  node_modules/.bin/azurite --silent --skipApiVersionCheck --loose "${where[@]}" \
    --blobHost 127.0.0.1 --blobPort "$1" --queueHost 127.0.0.1 --queuePort "$2" --tableHost 127.0.0.1 --tablePort "$3" \
    >"$5" 2>&1 &
  AZURITE_PID=$!
  wait_port "$3" 30 Azurite && wait_port "$2" 30 Azurite && wait_port "$1" 30 Azurite
}

azurite_connection_string() { # BLOB QUEUE TABLE
  printf 'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=%s;BlobEndpoint=http://127.0.0.1:%s/devstoreaccount1;QueueEndpoint=http://127.0.0.1:%s/devstoreaccount1;TableEndpoint=http://127.0.0.1:%s/devstoreaccount1;' \
    'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==' "$1" "$2" "$3"
}

stop_pid() {
  [ -n "${1:-}" ] || return 0
  kill "$1" 2>/dev/null || true
  for _ in 1 2 3 4 5 6 7 8 9 10; do kill -0 "$1" 2>/dev/null || return 0; sleep 0.3; done
  kill -9 "$1" 2>/dev/null || true
}
