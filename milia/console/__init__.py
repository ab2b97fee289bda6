"""The staff console: a small web application for clinic staff (issue 13).

Plain Python (aiohttp, Jinja2, argon2-cffi), no Rasa. It reads the tracker store and the outbox
through milia.privacy.store and milia.callbacks.outbox, writes topic files through the same code
as the terminal route (milia.staff), and keeps its own accounts and audit log (``STAFF_DB_URL``).
Start it with ``make staff`` (alone) or ``make run``; create accounts with ``make staff-user``.
"""
