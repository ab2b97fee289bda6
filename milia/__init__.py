"""The milia assistant's own logic, in plain modules without Rasa (see docs/architecture.md)."""
