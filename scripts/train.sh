#!/usr/bin/env bash
# Train only when the training inputs changed since the last model (a hash of them is kept beside it).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
.venv/bin/python scripts/build_data.py >/dev/null
inputs=$(cat config.yml domain.yml $(find data knowledge components -type f \( -name '*.yml' -o -name '*.py' -o -name '*.txt' \) | sort) | sha256sum | cut -c1-16)
if [ -f models/milia.tar.gz ] && [ "$(cat models/.inputs 2>/dev/null)" = "$inputs" ] && [ "${FORCE:-}" != 1 ]; then
  echo "Model is up to date (inputs $inputs)."; exit 0
fi
start=$(date +%s)
.venv/bin/rasa train --data data --config config.yml --domain domain.yml --out models --fixed-model-name milia "$@"
echo "$inputs" > models/.inputs
echo "Trained in $(( $(date +%s) - start )) s."
