#!/usr/bin/env bash
# Train only when the training inputs changed since the last model (a hash of them is kept beside it),
# then let the quality gate (milia/staff/gate.py) decide whether the new model replaces the current one.
#
#   models/milia.tar.gz      the model the assistant uses (inputs hash in models/.inputs)
#   models/candidate.tar.gz  a newly trained model waiting for / refused by the gate
#                            (inputs hash in models/.candidate-inputs)
#   models/previous.tar.gz   the model used before the last promotion (roll back uses models/deployed/history.jsonl)
#
# FORCE=1 retrains even if nothing changed. Extra arguments go to `rasa train`, whose output is kept in
# reports/train.log (not shown).
#
# Always a full training: `rasa train --finetune` does not help here. Rasa refuses it as soon as a topic
# (intent/response) is added or removed, and when only examples change, LinearIntentClassifier (not
# incremental) refits from scratch anyway: measured 44 s fine-tuning vs 28 s full retraining.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
# The topic files are checked before anything is trained from them (the same checks as
# `make check-data` and the staff console's save): a broken edit stops here with file and line.
.venv/bin/python -m milia.staff.check_data
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
  # Rasa's own output (~125 lines of warnings meant for developers) goes to a log file, so that what
  # staff see is short and ends with the gate's verdict.
  mkdir -p reports
  log=reports/train.log
  echo "Training a new model (a few minutes). Rasa's messages go to $log."
  if ! .venv/bin/rasa train --data data --config config.yml --domain domain.yml --out models \
      --fixed-model-name candidate "$@" >"$log" 2>&1; then
    echo "Training FAILED: no new model was made. The last lines of $log:"
    tail -n 20 "$log" | sed 's/^/  /'
    echo "make train: training failed; send $log to whoever looks after the assistant."
    exit 1
  fi
  echo "$inputs" > models/.candidate-inputs
  echo "Trained in $(( $(date +%s) - start )) s."
fi
# The gate prints its verdict ("Gate: PROMOTED - ..." / "Gate: REFUSED - ...") first and last.
if .venv/bin/python -m milia.staff.gate; then
  mv models/.candidate-inputs models/.inputs
else
  exit 1
fi
