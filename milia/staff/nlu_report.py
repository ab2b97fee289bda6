"""Print per-intent precision, recall and F1 from Rasa's intent report; fail below a minimum accuracy."""

from __future__ import annotations

import argparse
import json
import sys


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("report")
    parser.add_argument("--min-accuracy", type=float, default=0.95)
    args = parser.parse_args()
    with open(args.report, encoding="utf-8") as fh:
        report = json.load(fh)
    rows = {k: v for k, v in report.items() if isinstance(v, dict) and "support" in v and "avg" not in k}
    print(f"{'intent':28} {'prec':>5} {'rec':>5} {'f1':>5} {'n':>3}  confused with")
    for name, r in sorted(rows.items()):
        confused = ", ".join(f"{k} ({n})" for k, n in (r.get("confused_with") or {}).items())
        print(f"{name:28} {r['precision']:5.2f} {r['recall']:5.2f} {r['f1-score']:5.2f} {r['support']:3d}  {confused}")
    accuracy = report["accuracy"]
    print(f"\nHeld-out intent accuracy: {accuracy:.3f} over {sum(r['support'] for r in rows.values())} messages "
          f"(minimum {args.min_accuracy:.2f})")
    return 0 if accuracy >= args.min_accuracy else 1


if __name__ == "__main__":
    sys.exit(main())
