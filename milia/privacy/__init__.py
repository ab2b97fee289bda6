"""Personal data at rest: redaction, retention (purge) and forget. May import milia.callbacks and milia.config."""
