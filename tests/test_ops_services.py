"""The Rasa command line `ops/services.py` builds is one Rasa's own parser reads as meant."""

from __future__ import annotations

import os

import pytest
from rasa.__main__ import create_argument_parser

from ops.services import services


@pytest.mark.parametrize("token", ["plainToken123", "-starts_with_a_dash", "--two-dashes"])
def test_the_api_token_reaches_rasa_whatever_it_starts_with(token: str) -> None:
    # secrets.token_urlsafe starts with "-" one time in 64: "--auth-token", token as two arguments
    # made `rasa run` exit with "expected one argument"
    argv = services({**os.environ, "RASA_API_TOKEN": token})["rasa"].argv
    args = create_argument_parser().parse_args(argv[argv.index("run"):])
    assert args.enable_api and args.auth_token == token


def test_no_token_no_api() -> None:
    env = {k: v for k, v in os.environ.items() if k != "RASA_API_TOKEN"}
    argv = services(env)["rasa"].argv
    args = create_argument_parser().parse_args(argv[argv.index("run"):])
    assert not args.enable_api and args.auth_token is None
