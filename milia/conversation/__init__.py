"""What the callback form understands: phone numbers, callback times, answers, hours. May import milia.config."""
