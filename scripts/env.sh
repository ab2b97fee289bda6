# Working defaults for every port, URL and secret; anything already set in the environment wins.
# Sourced by the Makefile's recipes and ops/run.py.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export RASA_PORT="${RASA_PORT:-5005}"
export ACTION_PORT="${ACTION_PORT:-5055}"
export WEB_PORT="${WEB_PORT:-8080}"
# 127.0.0.1: only this machine. PUBLIC_HOST=0.0.0.0 opens the page and the REST channel to the network.
export PUBLIC_HOST="${PUBLIC_HOST:-127.0.0.1}"
export RECEIVER_PORT="${RECEIVER_PORT:-8090}"
mkdir -p "$ROOT/var"
export TRACKER_DB_URL="${TRACKER_DB_URL:-sqlite:///$ROOT/var/tracker.db}"
export OUTBOX_DB_URL="${OUTBOX_DB_URL:-sqlite:///$ROOT/var/outbox.db}"
export RASA_URL="${RASA_URL:-http://localhost:$RASA_PORT}"
export WIDGET_ORIGINS="${WIDGET_ORIGINS:-http://localhost:$WEB_PORT http://127.0.0.1:$WEB_PORT}"

export RASA_TELEMETRY_ENABLED=false
export TF_CPP_MIN_LOG_LEVEL=2
export SQLALCHEMY_SILENCE_UBER_WARNING=1
export TQDM_DISABLE=1
