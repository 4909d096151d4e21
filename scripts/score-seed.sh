#!/usr/bin/env bash
# Extracts facts from the seed articles (../shared/seeds/*.txt, published 2022-02-24) and scores them against the
# hand labels with ../shared/eval/score_facts.py. Usage: scripts/score-seed.sh [OUTDIR]
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${SHARED_DIR:-../shared}
out=${1:-.artifacts/seed-facts}
mkdir -p "$out"
dotnet run --project Tools/AllianceBot.Extract -c Release -- --published 2022-02-24 --out "$out" "$shared"/seeds/*.txt
python3 "$shared/eval/score_facts.py" "$shared/eval/seed-labels.json" "$shared/seeds" "$out"
