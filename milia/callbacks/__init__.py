"""Callback requests: the outbox (their only writer), webhook signing, the relay. May import milia.config."""
