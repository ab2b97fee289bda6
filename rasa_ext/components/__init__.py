"""Rasa NLU components and the rule policy named in config.yml."""
