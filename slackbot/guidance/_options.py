"""The RE2 options every pattern of the guidance is compiled with."""

from __future__ import annotations

import re2

_OPTIONS = re2.Options()
_OPTIONS.log_errors = False
_OPTIONS.never_nl = True
#: For the patterns of thousands of characters that judge every line (a cause, no cause, a
#: log's line): within RE2's default 8 MB their automaton's states were thrown away and
#: rebuilt all the time (_NOT_A_CAUSE took 130 µs a line, 12 µs with room; about 14 MB).
_BIG_OPTIONS = re2.Options()
_BIG_OPTIONS.log_errors = False
_BIG_OPTIONS.never_nl = True
_BIG_OPTIONS.max_mem = 64 << 20
