"""The safety detector (spaCy patterns), the order of urgency (triage) and its report. Imports nothing else of ours."""
