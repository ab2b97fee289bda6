"""Rasa extensions: NLU components and policy, the tracker store, the REST channel, speed-ups. May import milia."""
