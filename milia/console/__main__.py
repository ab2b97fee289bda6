"""Run the staff console: ``python -m milia.console`` (``make staff``; ``make run`` starts it too)."""

from __future__ import annotations

import logging
import os
import sys
from typing import Collection

from aiohttp import web

from milia.config.production import is_production, require_production_settings
from milia.config.settings import ConsoleConfig, SettingsError
from milia.console.app import Console, create_app


def trust_forwarded_for(app: web.Application, proxies: Collection[str]) -> None:
    """Behind a reverse proxy (nginx in the cluster) every request comes from the proxy: take the
    client's address from the last ``X-Forwarded-For`` entry, only when the request comes from
    one of ``proxies`` (``STAFF_TRUSTED_PROXIES``), so the login lockout and the audit log see
    each client rather than the proxy."""

    @web.middleware
    async def forwarded_for(request: web.Request, handler):
        if request.remote in proxies:
            forwarded = request.headers.get("X-Forwarded-For", "").split(",")[-1].strip()
            if forwarded:
                request = request.clone(remote=forwarded[:64])
        return await handler(request)

    app.middlewares.insert(0, forwarded_for)


def main() -> int:
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    try:
        config = ConsoleConfig.from_env()
    except SettingsError as exc:
        print(f"staff console: {exc}", file=sys.stderr)
        return 2
    require_production_settings()
    if not config.secret and is_production(os.environ):
        print("staff console: MILIA_ENV=production needs STAFF_SECRET (32+ random characters)", file=sys.stderr)
        return 2
    if not config.secret:
        print("staff console: STAFF_SECRET is not set; sessions end when the console restarts.", file=sys.stderr)
    console = Console.from_config(config)
    print(f"Staff console: http://{config.host}:{config.port}/", flush=True)
    app = create_app(console)
    proxies = os.environ.get("STAFF_TRUSTED_PROXIES", "").split()
    if proxies:
        trust_forwarded_for(app, frozenset(proxies))
    web.run_app(app, host=config.host, port=config.port, print=None, access_log=None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
