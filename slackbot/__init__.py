"""ci-error: recognise CI failures and answer with the known fix, in Slack and the terminal."""

__version__ = "0.1.0"
