"""The small exception hierarchy of ci-error.

Every error a user can cause derives from :class:`CiErrorError`, carries a one-line
message meant for people, and never needs a traceback to be understood.
"""

from __future__ import annotations


class CiErrorError(Exception):
    """Base class of every error ci-error raises on purpose."""


def unreadable(name: str, exc: OSError | UnicodeDecodeError) -> CiErrorError:
    """The one-line error that says why the file ``name`` cannot be read."""
    if isinstance(exc, IsADirectoryError):
        why = "is a directory"
    elif isinstance(exc, FileNotFoundError):
        why = "no such file"
    elif isinstance(exc, PermissionError):
        why = "permission denied"
    elif isinstance(exc, UnicodeDecodeError):
        why = "not UTF-8 text"
    else:
        why = f"cannot read ({exc.strerror or exc})"
    return CiErrorError(f"{name}: {why}")


class CatalogError(CiErrorError):
    """A catalog file is missing, unreadable or invalid.

    ``path`` is the file and ``field`` the dotted location inside it, when known.
    """

    def __init__(self, message: str, *, path: str = "", field: str = "") -> None:
        self.path = path
        self.field = field
        self.message = message
        where = ": ".join(part for part in (path, field) if part)
        super().__init__(f"{where}: {message}" if where else message)


class ConfigError(CiErrorError):
    """A setting in the environment is missing or malformed."""


class StoreUnavailable(CiErrorError):
    """The vote store cannot be reached right now; nothing was written."""


class StoreTimeout(StoreUnavailable):
    """The store did not answer in time: a write may or may not have taken effect."""


class InvalidVote(CiErrorError):
    """A vote names an entry or workaround that does not exist, or a bad direction."""


class FileProblem(CiErrorError):
    """A shared file could not be read; ``reason`` is a key of :mod:`slackbot.messages`."""

    def __init__(self, reason: str, **values: object) -> None:
        self.reason = reason
        self.values = values
        super().__init__(reason)


class RunProblem(CiErrorError):
    """A CI run could not be read from its link; one line says why and what to do.

    ``reason`` is a key of :mod:`slackbot.messages` and ``values`` fill it in, so the
    Slack side can answer in the reader's language (``say(p.reason, lang, **p.values)``).
    ``str()`` is the English sentence.
    """

    def __init__(self, reason: str, **values: object) -> None:
        self.reason = reason
        self.values = values
        super().__init__(reason)

    def __str__(self) -> str:
        from slackbot.messages import say  # messages imports the catalog, which imports us

        return say(self.reason, "en", **self.values)
