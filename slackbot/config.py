"""Settings, read from the environment here and nowhere else.

:func:`load_settings` turns the environment into a :class:`Settings`, or raises
:class:`~slackbot.errors.ConfigError` with one line that names the bad variable.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

from slackbot.compiled import default_catalog_dir
from slackbot.errors import ConfigError

DEFAULT_SLACK_API_URL = "https://slack.com/api/"
DEFAULT_GITHUB_API_URL = "https://api.github.com"
DEFAULT_GITLAB_URL = "https://gitlab.com"
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
# One CI_LINK_ALLOW entry: an owner or group path, a host, or a host and a path.
_ALLOW_ENTRY = re.compile(r"[a-z0-9][a-z0-9_.~-]*(?::\d{1,5})?(?:/[a-z0-9_.~-]+)*")


@dataclass(frozen=True)
class StoreLocation:
    """Where the store lives: Redis when ``redis_url`` is set, else SQLite in ``data_dir``."""

    redis_url: str = ""
    redis_prefix: str = "ci-error"
    data_dir: Path = Path("data")
    #: ``redis_url`` is one node of a Redis Cluster.
    redis_cluster: bool = False


@dataclass(frozen=True)
class RunSettings:
    """How CI runs are read from their links: the APIs, their tokens, limits and policy.

    ``allow`` is ``CI_LINK_ALLOW`` as lower-case entries, or ``None`` when it is unset
    (then only public repositories and projects are read); see :mod:`slackbot.runs`.
    """

    github_token: str = ""
    github_api_url: str = DEFAULT_GITHUB_API_URL
    gitlab_token: str = ""
    gitlab_url: str = DEFAULT_GITLAB_URL
    jenkins_url: str = ""
    jenkins_user: str = ""
    jenkins_token: str = ""
    max_log_mb: int = 50
    allow: tuple[str, ...] | None = None
    deadline: int = 60

    @property
    def max_log_bytes(self) -> int:
        """The most of one job's log that is read (its end)."""
        return self.max_log_mb << 20

    @property
    def secrets(self) -> tuple[str, ...]:
        """The CI tokens, redacted by exact value wherever text is echoed."""
        return tuple(s for s in (self.github_token, self.gitlab_token, self.jenkins_token) if s)


@dataclass(frozen=True)
class Settings:
    """Everything the bot needs to know about its environment."""

    bot_token: str
    signing_secret: str = ""
    app_token: str = ""
    slack_api_url: str = DEFAULT_SLACK_API_URL
    store: StoreLocation = field(default_factory=StoreLocation)
    catalog_dirs: tuple[Path, ...] = field(default_factory=lambda: (default_catalog_dir(),))
    #: Seconds between checks for changed catalog files (0: never reload).
    catalog_reload: int = 10
    support_channels: frozenset[str] = frozenset()
    #: Who reviews drafts proposed from Slack (approve / reject in App Home).
    admin_users: frozenset[str] = frozenset()
    log_level: str = "INFO"
    host: str = "0.0.0.0"
    port: int = 3000
    threads: int = 8
    workers: int = 32
    backlog: int = 200
    stop_timeout: int = 20
    max_file_mb: int = 20
    runs: RunSettings = field(default_factory=RunSettings)
    #: ``CACHE_DIR`` when set; else the cache is in ``DATA_DIR/cache``.
    cache_path: Path | None = None

    @property
    def cache_dir(self) -> Path:
        """Where the validated catalog is cached between start-ups."""
        return self.cache_path or self.store.data_dir / "cache"

    @property
    def socket_mode(self) -> bool:
        return bool(self.app_token)

    @property
    def secrets(self) -> tuple[str, ...]:
        """The bot's own secrets, redacted by exact value wherever text is echoed."""
        own = (self.bot_token, self.signing_secret, self.app_token)
        return tuple(s for s in own if s) + self.runs.secrets

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


def cache_dir_from_env(env: Mapping[str, str] | None = None) -> Path:
    """Where compiled catalogs are cached: ``CACHE_DIR``, else ``DATA_DIR/cache``, else the
    user's cache directory (the command line in a CI job leaves no files behind)."""
    env = os.environ if env is None else env
    if env.get("CACHE_DIR", "").strip():
        return Path(env["CACHE_DIR"].strip())
    if env.get("DATA_DIR", "").strip():
        return Path(env["DATA_DIR"].strip()) / "cache"
    base = env.get("XDG_CACHE_HOME", "").strip() or str(Path.home() / ".cache")
    return Path(base) / "ci-error"


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


def _allow_list(env: Mapping[str, str]) -> tuple[str, ...] | None:
    raw = env.get("CI_LINK_ALLOW", "").strip()
    if not raw:
        return None
    entries: list[str] = []
    for item in raw.replace(";", ",").split(","):
        entry = item.strip().lower()
        for scheme in ("https://", "http://"):
            entry = entry.removeprefix(scheme)
        entry = entry.strip("/")
        if not entry:
            continue
        if not _ALLOW_ENTRY.fullmatch(entry):
            raise ConfigError(
                f"CI_LINK_ALLOW holds {item.strip()!r}: use owners or groups (acme, "
                "acme/infra), hosts (jenkins.acme.dev) or host/group (gitlab.acme.dev/platform)"
            )
        entries.append(entry)
    return tuple(entries)


def run_settings_from_env(env: Mapping[str, str] | None = None) -> RunSettings:
    """The settings for reading CI runs from links (no Slack token needed)."""
    env = os.environ if env is None else env
    jenkins_user = env.get("JENKINS_USER", "").strip()
    jenkins_token = env.get("JENKINS_TOKEN", "").strip()
    if bool(jenkins_user) != bool(jenkins_token):
        raise ConfigError("JENKINS_USER and JENKINS_TOKEN must be set together")
    jenkins_url = _url(env, "JENKINS_URL", "", ("http", "https"))
    gitlab_url = _url(env, "GITLAB_URL", DEFAULT_GITLAB_URL, ("http", "https")).rstrip("/")
    return RunSettings(
        github_token=env.get("GITHUB_TOKEN", "").strip(),
        github_api_url=_url(
            env, "GITHUB_API_URL", DEFAULT_GITHUB_API_URL, ("http", "https")
        ).rstrip("/"),
        gitlab_token=env.get("GITLAB_TOKEN", "").strip(),
        gitlab_url=gitlab_url.removesuffix("/api/v4"),
        jenkins_url=jenkins_url.rstrip("/") + "/" if jenkins_url else "",
        jenkins_user=jenkins_user,
        jenkins_token=jenkins_token,
        max_log_mb=_integer(env, "MAX_LOG_MB", 50, 1, 1024),
        allow=_allow_list(env),
        deadline=_integer(env, "RUN_DEADLINE", 60, 1, 3600),
    )


def catalog_dirs_from_env(env: Mapping[str, str] | None = None) -> tuple[Path, ...]:
    """``CATALOG_DIR`` (directories separated by ``:``, later ones win), or the packaged one."""
    env = os.environ if env is None else env
    raw = [part.strip() for part in env.get("CATALOG_DIR", "").split(":") if part.strip()]
    return tuple(Path(part) for part in raw) or (default_catalog_dir(),)


def _ids(env: Mapping[str, str], name: str, first: str, what: str) -> frozenset[str]:
    """A comma-separated list of Slack ids whose first letter is one of ``first``."""
    items = env.get(name, "").replace(";", ",").split(",")
    found = frozenset(item.strip() for item in items if item.strip())
    for item in found:
        if not item.isalnum() or item[0] not in first:
            raise ConfigError(f"{name} holds {item!r}, which is not {what}")
    return found


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
    channels = _ids(env, "SUPPORT_CHANNELS", "CGD", "a channel id")
    admins = _ids(env, "SLACK_ADMIN_USERS", "UW", "a user id (U…)")
    catalog_dirs = catalog_dirs_from_env(env)
    for directory in catalog_dirs:
        if not directory.is_dir():
            raise ConfigError(f"CATALOG_DIR {str(directory)!r} is not a directory")
    return Settings(
        bot_token=bot_token,
        signing_secret=signing_secret,
        app_token=app_token,
        slack_api_url=api_url,
        store=store_location_from_env(env),
        catalog_dirs=catalog_dirs,
        catalog_reload=_integer(env, "CATALOG_RELOAD", 10, 0, 86_400),
        support_channels=channels,
        admin_users=admins,
        log_level=log_level,
        host=env.get("HOST", "").strip() or "0.0.0.0",
        port=_integer(env, "PORT", 3000, 1, 65535),
        threads=_integer(env, "THREADS", 8, 1, 256),
        workers=_integer(env, "WORKERS", 32, 1, 256),
        backlog=_integer(env, "BACKLOG", 200, 0, 100_000),
        stop_timeout=_integer(env, "STOP_TIMEOUT", 20, 0, 600),
        max_file_mb=_integer(env, "MAX_FILE_MB", 20, 1, 1024),
        runs=run_settings_from_env(env),
        cache_path=Path(env["CACHE_DIR"].strip()) if env.get("CACHE_DIR", "").strip() else None,
    )
