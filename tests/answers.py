"""Small helpers the tests share for reading the matcher's answer."""

from slackbot.matching import Matcher


def best_id(matcher: Matcher, text: str) -> str:
    """The id of the entry ``matcher`` puts first for ``text``, or "none"."""
    best = matcher.match(text).best
    return best.entry_id if best is not None else "none"
