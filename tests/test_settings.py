from datetime import time, timedelta
from pathlib import Path

import pytest

from milia.callbacks.signing import secret_key
from milia.config.processes import ProcessSettings
from milia.config.settings import (
    DEFAULT_SETTINGS_PATH,
    DEV_WEBHOOK_SECRET,
    REPO_ROOT,
    RuntimeConfig,
    SettingsError,
    load_settings,
    settings_from_mapping,
    settings_path,
)

GOOD = {
    "name": "Test Clinic",
    "phone": "0121 567 8111",
    "timezone": "Europe/London",
    "privacy_url": "/privacy.html",
    "callback_hours": {"mon": ["09:00", "20:00"], "sat": ["09:00", "17:00"]},
    "callback_horizon_days": 14,
    "duplicate_window_minutes": 10,
}


def test_repo_clinic_yml_loads():
    settings = load_settings(DEFAULT_SETTINGS_PATH)
    assert settings.timezone == "Europe/London" and str(settings.tz) == "Europe/London"
    assert len(settings.callback_hours) == 7
    for hours in settings.callback_hours:
        assert hours is None or (isinstance(hours[0], time) and hours[0] < hours[1])
    assert settings.callback_horizon_days >= 1
    assert settings.duplicate_window >= timedelta(minutes=1)


def test_hours_by_weekday():
    settings = settings_from_mapping(GOOD)
    assert settings.hours_on(0) == (time(9), time(20))
    assert settings.hours_on(5) == (time(9), time(17))
    assert settings.hours_on(6) is None  # Sunday: no callbacks
    assert settings.duplicate_window == timedelta(minutes=10)


def test_env_override_path(tmp_path: Path):
    import yaml

    file = tmp_path / "clinic.yml"
    file.write_text(yaml.safe_dump(GOOD))
    assert settings_path({"CLINIC_SETTINGS": str(file)}) == file
    assert settings_path({}) == DEFAULT_SETTINGS_PATH
    assert load_settings(env={"CLINIC_SETTINGS": str(file)}).name == "Test Clinic"


def test_an_edit_counts_at_the_next_read_and_an_unchanged_file_is_parsed_once(tmp_path: Path):
    import yaml

    file = tmp_path / "clinic.yml"
    file.write_text(yaml.safe_dump(GOOD))
    first = load_settings(file)
    assert load_settings(file) is first  # same content: not parsed again
    file.write_text(yaml.safe_dump({**GOOD, "phone": "0121 567 8222"}))
    assert load_settings(file).phone == "0121 567 8222"  # no restart, no retrain
    file.write_text("- not a mapping\n")
    with pytest.raises(SettingsError, match="expected a YAML mapping"):
        load_settings(file)
    with pytest.raises(SettingsError):  # errors are not cached away
        load_settings(file)


def test_missing_days_are_closed():
    settings = settings_from_mapping(GOOD)
    assert [settings.hours_on(d) is None for d in range(7)] == [False, True, True, True, True, False, True]


@pytest.mark.parametrize(
    "change",
    [
        {"callback_hours": {"mon": ["20:00", "09:00"]}},
        {"callback_hours": {"mon": ["9am", "5pm"]}},
        {"callback_hours": {"monday": ["09:00", "17:00"]}},
        {"callback_hours": {"mon": ["09:00"]}},
        {"timezone": "Europe/Nowhere"},
        {"callback_horizon_days": 0},
        {"duplicate_window_minutes": "ten"},
        {"name": ""},
    ],
)
def test_bad_settings_rejected(change):
    with pytest.raises(SettingsError):
        settings_from_mapping({**GOOD, **change})


def test_runtime_defaults():
    config = RuntimeConfig.from_env({})
    assert (config.rasa_port, config.action_port, config.web_port, config.receiver_port) == (5005, 5055, 8080, 8090)
    assert config.booking_webhook_url is None
    assert config.webhook_url == "http://127.0.0.1:8090/webhook"
    assert config.booking_webhook_secret == DEV_WEBHOOK_SECRET and config.uses_dev_secret
    assert len(secret_key(DEV_WEBHOOK_SECRET)) == 32
    assert config.outbox_db_url == f"sqlite:///{REPO_ROOT / 'var' / 'outbox.db'}"
    assert config.receiver_db_url == f"sqlite:///{REPO_ROOT / 'var' / 'receiver.db'}"
    assert config.relay_poll_seconds == 1.0


def test_runtime_from_env():
    config = RuntimeConfig.from_env(
        {
            "RECEIVER_PORT": "9999",
            "BOOKING_WEBHOOK_SECRET": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
            "OUTBOX_DB_URL": "postgresql://u@h/db",
            "RELAY_POLL_SECONDS": "0.2",
        }
    )
    assert config.webhook_url == "http://127.0.0.1:9999/webhook"
    assert not config.uses_dev_secret
    assert config.outbox_db_url == "postgresql://u@h/db"
    assert config.relay_poll_seconds == 0.2
    other = RuntimeConfig.from_env({"BOOKING_WEBHOOK_URL": "https://booking.example/hook"})
    assert other.webhook_url == "https://booking.example/hook"


@pytest.mark.parametrize(
    "env",
    [
        {"RASA_PORT": "abc"},
        {"WEB_PORT": "70000"},
        {"BOOKING_WEBHOOK_SECRET": "not-a-whsec"},
        {"RELAY_POLL_SECONDS": "-1"},
    ],
)
def test_runtime_bad_env(env):
    with pytest.raises(SettingsError):
        RuntimeConfig.from_env(env)


# --------------------------------------------------------------------------
# Ports, hosts, origins and URLs of the processes (milia/config/processes.py)



def test_process_settings_defaults_are_closed():
    settings = ProcessSettings.from_env({})
    assert settings.public_host == settings.web_host == "127.0.0.1"
    assert (settings.rasa_port, settings.action_port, settings.web_port) == (5005, 5055, 8080)
    assert settings.rasa_url == "http://localhost:5005" and settings.booking_webhook_url is None


def test_process_settings_read_the_environment():
    settings = ProcessSettings.from_env({
        "RASA_PORT": "6005", "PUBLIC_HOST": "0.0.0.0", "WIDGET_ORIGINS": "https://clinic.example http://localhost:8080",
        "BOOKING_WEBHOOK_URL": "https://booking.example/hook/", "RASA_API_TOKEN": " t0ken ",
    })
    assert settings.rasa_port == 6005 and settings.rasa_url == "http://localhost:6005"
    assert settings.web_host == "0.0.0.0"  # the page follows PUBLIC_HOST unless WEB_HOST says otherwise
    assert settings.widget_origins == ("https://clinic.example", "http://localhost:8080")
    assert settings.booking_webhook_url == "https://booking.example/hook" and settings.rasa_api_token == "t0ken"


@pytest.mark.parametrize(
    "name, value",
    [("RASA_PORT", "50o5"), ("WEB_PORT", "0"), ("ACTION_PORT", "70000"), ("STAFF_PORT", "-1"),
     ("PUBLIC_HOST", "not a host!"), ("WEB_HOST", "http://x"), ("RASA_URL", "localhost:5005"),
     ("BOOKING_WEBHOOK_URL", "ftp://booking"), ("WIDGET_ORIGINS", "*"), ("WIDGET_ORIGINS", "https://a.example/page")],
)
def test_a_wrong_value_stops_start_up_naming_the_variable(name, value):
    with pytest.raises(SettingsError, match=name):
        ProcessSettings.from_env({name: value})


# The cluster's own variables (ops/cluster.py), read with the same checked readers


def test_cluster_settings_share_make_runs_ports_and_read_their_own():
    from ops.cluster import ClusterConfig

    config = ClusterConfig.from_env({"WEB_PORT": "9080", "STAFF_PORT": "9081", "CLUSTER_RASA_PORTS": "6005, 6006 6007",
                                     "CLUSTER_RATE_LIMIT": "off", "CLUSTER_RELAYS": "3"}, workdir=Path("/tmp/c"))
    assert (config.web_port, config.console_port, config.rasa_ports) == (9080, 9081, (6005, 6006, 6007))
    assert config.rate_limit is None and config.relays == 3 and config.public_host == "127.0.0.1"
    assert ClusterConfig.from_env({}, workdir=Path("/tmp/c")).rate_limit == "30r/m"


@pytest.mark.parametrize(
    "name, value",
    [("CLUSTER_RASA_PORTS", "5005 50o6"), ("CLUSTER_PORT", "80800"), ("CLUSTER_HOST", "not a host!"),
     ("CLUSTER_RELAYS", "0"), ("CLUSTER_RATE_LIMIT", "lots"), ("CLUSTER_PUBLIC_URL", "clinic.example"),
     ("WEB_PORT", "x"), ("STAFF_CLUSTER_PORT", "0")],
)
def test_a_wrong_cluster_value_stops_start_up_naming_the_variable(name, value):
    from ops.cluster import ClusterConfig

    with pytest.raises(SettingsError, match=name):
        ClusterConfig.from_env({name: value}, workdir=Path("/tmp/c"))
