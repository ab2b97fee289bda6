#!/usr/bin/env bash
# Train only when the training inputs changed since the last model (a hash of them is kept beside it),
# then let the quality gate (milia/staff/gate.py) decide whether the new model replaces the current one.
#
#   models/milia.tar.gz      the model the assistant uses (inputs hash in models/.inputs)
#   models/candidate.tar.gz  a newly trained model waiting for / refused by the gate
#                            (inputs hash in models/.candidate-inputs)
#   models/previous.tar.gz   the model used before the last promotion (for `make deploy-model ROLLBACK=1`)
#
# FORCE=1 retrains even if nothing changed. Extra arguments go to `rasa train`.
#
# Always a full training: `rasa train --finetune` does not help here. Rasa refuses it as soon as a topic
# (intent/response) is added or removed, and when only examples change, LinearIntentClassifier (not
# incremental) refits from scratch anyway: measured 44 s fine-tuning vs 28 s full retraining.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
.venv/bin/python -m milia.staff.build_data >/dev/null
inputs=$(cat config.yml domain.yml clinic.yml $(find data knowledge rasa_ext/components -type f \( -name '*.yml' -o -name '*.py' -o -name '*.txt' \) | sort) | sha256sum | cut -c1-16)
if [ -f models/milia.tar.gz ] && [ "$(cat models/.inputs 2>/dev/null)" = "$inputs" ] && [ "${FORCE:-}" != 1 ]; then
  echo "Model is up to date (inputs $inputs)."; exit 0
fi
mkdir -p models
if [ -f models/candidate.tar.gz ] && [ "$(cat models/.candidate-inputs 2>/dev/null)" = "$inputs" ] && [ "${FORCE:-}" != 1 ]; then
  echo "models/candidate.tar.gz was already trained from these inputs ($inputs); checking it again."
else
  rm -f models/.candidate-inputs
  start=$(date +%s)
  .venv/bin/rasa train --data data --config config.yml --domain domain.yml --out models --fixed-model-name candidate "$@"
  echo "$inputs" > models/.candidate-inputs
  echo "Trained in $(( $(date +%s) - start )) s."
fi
if .venv/bin/python -m milia.staff.gate; then
  mv models/.candidate-inputs models/.inputs
else
  echo "make train: the new model was NOT put into use (see above)." >&2
  exit 1
fi
