"""Settings, read from the environment here and nowhere else.

:func:`load_settings` turns the environment into a :class:`Settings`, or raises
:class:`~slackbot.errors.ConfigError` with one line that names the bad variable.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

from slackbot.catalog import default_catalog_dir
from slackbot.errors import ConfigError

DEFAULT_SLACK_API_URL = "https://slack.com/api/"
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


@dataclass(frozen=True)
class StoreLocation:
    """Where the store lives: Redis when ``redis_url`` is set, else SQLite in ``data_dir``."""

    redis_url: str = ""
    redis_prefix: str = "ci-error"
    data_dir: Path = Path("data")
    #: ``redis_url`` is one node of a Redis Cluster.
    redis_cluster: bool = False


@dataclass(frozen=True)
class Settings:
    """Everything the bot needs to know about its environment."""

    bot_token: str
    signing_secret: str = ""
    app_token: str = ""
    slack_api_url: str = DEFAULT_SLACK_API_URL
    store: StoreLocation = field(default_factory=StoreLocation)
    catalog_dir: Path = field(default_factory=default_catalog_dir)
    support_channels: frozenset[str] = frozenset()
    log_level: str = "INFO"
    host: str = "0.0.0.0"
    port: int = 3000
    threads: int = 8
    workers: int = 32
    backlog: int = 200
    stop_timeout: int = 20
    max_file_mb: int = 20

    @property
    def cache_dir(self) -> Path:
        """Where the validated catalog is cached between start-ups."""
        return self.store.data_dir / "cache"

    @property
    def socket_mode(self) -> bool:
        return bool(self.app_token)

    @property
    def secrets(self) -> tuple[str, ...]:
        """The bot's own secrets, redacted by exact value wherever text is echoed."""
        return tuple(s for s in (self.bot_token, self.signing_secret, self.app_token) if s)

    def answers_in(self, channel: str) -> bool:
        """Whether pasted logs in ``channel`` are answered without being asked."""
        return not self.support_channels or channel in self.support_channels


def _integer(env: Mapping[str, str], name: str, default: int, low: int, high: int) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a whole number, not {raw!r}") from None
    if not low <= value <= high:
        raise ConfigError(f"{name} must be between {low} and {high}, not {value}")
    return value


def _url(env: Mapping[str, str], name: str, default: str, schemes: tuple[str, ...]) -> str:
    raw = env.get(name, "").strip() or default
    if not raw:
        return ""
    parsed = urlparse(raw)
    if parsed.scheme not in schemes or (not parsed.netloc and parsed.scheme != "unix"):
        raise ConfigError(f"{name} must be a {' or '.join(schemes)} URL, not {raw!r}")
    return raw


def _flag(env: Mapping[str, str], name: str) -> bool:
    raw = env.get(name, "").strip().lower()
    if raw in ("", "0", "false", "no", "off"):
        return False
    if raw in ("1", "true", "yes", "on"):
        return True
    raise ConfigError(f"{name} must be true or false, not {env.get(name)!r}")


def store_location_from_env(env: Mapping[str, str] | None = None) -> StoreLocation:
    """``REDIS_URL``, ``REDIS_PREFIX``, ``REDIS_CLUSTER`` and ``DATA_DIR`` (all the
    command line needs)."""
    env = os.environ if env is None else env
    redis_url = _url(env, "REDIS_URL", "", ("redis", "rediss", "unix"))
    prefix = env.get("REDIS_PREFIX", "ci-error").strip() or "ci-error"
    # Braces would change the keys' hash tags, and glob characters the SCAN patterns.
    if any(c in prefix for c in "{}*?[]") or any(c.isspace() for c in prefix):
        raise ConfigError(f"REDIS_PREFIX must not hold braces, * ? [ ] or spaces, not {prefix!r}")
    cluster = _flag(env, "REDIS_CLUSTER")
    if cluster and not redis_url:
        raise ConfigError("REDIS_CLUSTER is set but REDIS_URL is not (a node of the cluster)")
    if cluster and redis_url.startswith("unix:"):
        raise ConfigError("REDIS_CLUSTER needs a redis:// or rediss:// REDIS_URL, not unix://")
    return StoreLocation(
        redis_url=redis_url,
        redis_prefix=prefix,
        data_dir=Path(env.get("DATA_DIR", "").strip() or "data"),
        redis_cluster=cluster,
    )


def catalog_dir_from_env(env: Mapping[str, str] | None = None) -> Path:
    """``CATALOG_DIR``, or the packaged catalog."""
    env = os.environ if env is None else env
    raw = env.get("CATALOG_DIR", "").strip()
    return Path(raw) if raw else default_catalog_dir()


def load_settings(env: Mapping[str, str] | None = None) -> Settings:
    """Read the bot's settings from ``env`` (default: ``os.environ``)."""
    env = os.environ if env is None else env
    bot_token = env.get("SLACK_BOT_TOKEN", "").strip()
    if not bot_token:
        raise ConfigError("SLACK_BOT_TOKEN is not set (the bot token, xoxb-...)")
    if not bot_token.startswith("xoxb-"):
        raise ConfigError("SLACK_BOT_TOKEN must be a bot token starting with xoxb-")
    app_token = env.get("SLACK_APP_TOKEN", "").strip()
    if app_token and not app_token.startswith("xapp-"):
        raise ConfigError("SLACK_APP_TOKEN must be an app-level token starting with xapp-")
    signing_secret = env.get("SLACK_SIGNING_SECRET", "").strip()
    if not app_token and not signing_secret:
        raise ConfigError(
            "SLACK_SIGNING_SECRET is not set (needed in HTTP mode; set SLACK_APP_TOKEN "
            "for Socket Mode)"
        )
    api_url = _url(env, "SLACK_API_URL", DEFAULT_SLACK_API_URL, ("http", "https"))
    if not api_url.endswith("/"):
        api_url += "/"
    log_level = env.get("LOG_LEVEL", "INFO").strip().upper() or "INFO"
    if log_level not in LOG_LEVELS:
        raise ConfigError(f"LOG_LEVEL must be one of {', '.join(LOG_LEVELS)}, not {log_level!r}")
    channels = frozenset(
        c.strip() for c in env.get("SUPPORT_CHANNELS", "").replace(";", ",").split(",") if c.strip()
    )
    for channel in channels:
        if not channel.isalnum() or channel[0] not in "CGD":
            raise ConfigError(f"SUPPORT_CHANNELS holds {channel!r}, which is not a channel id")
    catalog_dir = catalog_dir_from_env(env)
    if not catalog_dir.is_dir():
        raise ConfigError(f"CATALOG_DIR {str(catalog_dir)!r} is not a directory")
    return Settings(
        bot_token=bot_token,
        signing_secret=signing_secret,
        app_token=app_token,
        slack_api_url=api_url,
        store=store_location_from_env(env),
        catalog_dir=catalog_dir,
        support_channels=channels,
        log_level=log_level,
        host=env.get("HOST", "").strip() or "0.0.0.0",
        port=_integer(env, "PORT", 3000, 1, 65535),
        threads=_integer(env, "THREADS", 8, 1, 256),
        workers=_integer(env, "WORKERS", 32, 1, 256),
        backlog=_integer(env, "BACKLOG", 200, 0, 100_000),
        stop_timeout=_integer(env, "STOP_TIMEOUT", 20, 0, 600),
        max_file_mb=_integer(env, "MAX_FILE_MB", 20, 1, 1024),
    )
