"""Many RE2 patterns searched together, without paying for a set a short text does not need.

Compiling an RE2 set of a thousand patterns takes tens of milliseconds, longer than
matching a one-line paste. So a :class:`PatternSet` first answers literal-first: each
pattern has the words every match of it must contain (:func:`required_words`, computed
once and cached with the matcher), and only the patterns whose words are in the text
are compiled and searched. Once the texts it has seen add up to ``SET_AFTER_CHARS``
(a big log, or a bot that has answered for a while), it compiles the RE2 sets and
answers a long text in one pass. A text shorter than ``LITERAL_FIRST_CHARS`` is still
answered literal-first: a set of thousands of patterns builds its automaton's states as
the text needs them, and a paste full of new words costs more that way (about 3 ms for
500 characters of a real paste) than finding its words and searching the twenty patterns
they name (under 1 ms). The words themselves are found in one pass, by an RE2 set of the
words alone. Both ways give the same answer.
"""

from __future__ import annotations

# The parser behind ``re`` (typeshed only types its deprecated alias ``sre_parse``).
import re
import re._constants as sre  # type: ignore[import-not-found]
import re._parser as sre_parse  # type: ignore[import-not-found]
import threading
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import re2

#: Shorter words (in UTF-8 bytes) are in too many texts to spare any work.
MIN_WORD_CHARS = 3
#: The most ways a stretch of literal text may be spelled and still make words
#: ("[Ee]rror MSB4019: " is one, "(?:FAIL|ERROR): " two).
MAX_SPELLINGS = 16
#: Text searched literal-first before the RE2 sets are compiled: about where the time
#: spent looking for words passes the time a set of the catalog takes to compile.
SET_AFTER_CHARS = 64 << 10
#: Texts shorter than this are searched literal-first even once the sets are compiled.
#: Measured on the shipped catalog with real pastes: literal-first is the faster up to
#: about 256 KB of new text; a long log is mostly lines the sets' automaton has seen.
LITERAL_FIRST_CHARS = 64 << 10
#: Text searched by looking for each word in turn before the words' own RE2 set is
#: compiled (about 20 ms for a catalog's words; a short paste takes about 1 ms that way).
WORD_SET_AFTER_CHARS = 8 << 10
#: Patterns per RE2 set: a very large catalog is split so that no set outgrows RE2's
#: memory budget (each set is one more pass over the text).
SET_SIZE = 10_000
#: The memory budget of one RE2 set (a single pattern keeps the caller's).
SET_MAX_MEM = 256 << 20

#: Words, any one of which every match contains; ``None`` when none can be told.
Words = list[str] | None

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
#: RE2's POSIX classes ("[[:alpha:]]"), which Python reads as a class and a literal "]".
_POSIX_CLASS = re.compile(r"\[:\^?[A-Za-z]+:\]")
#: RE2's \x{HHHH}, not itself escaped ("\\x{" is a backslash, then "x{").
_RE2_HEX = re.compile(r"(?<!\\)((?:\\\\)*)\\x\{([0-9A-Fa-f]{1,6})\}")
#: Characters without case that a word may hold beside ASCII: CJK, symbols, punctuation.
_CASELESS_CATEGORIES = frozenset({"Lo", "So", "Sm", "Sc", "Sk", "Po", "Pd", "Ps", "Pe", "Pi", "Pf"})
#: The strings a piece of a pattern matches, when they are few and fixed.
Spellings = frozenset[str]
_EMPTY: Spellings = frozenset({""})


def required_words(pattern: str) -> Words:
    """Casefolded words, one of which is in every text ``pattern`` matches anywhere.

    Read off Python's parse of the pattern, which agrees with RE2 on the syntax the
    catalog uses; a pattern Python cannot parse (RE2-only syntax) has no words and is
    always searched. A word holds ASCII and characters that have no case (so that case
    folding cannot change a match), and runs across the pieces of a pattern that match a
    few fixed strings: "[Ee]rror: " gives "error: ", "(?:FAIL|ERROR): " gives "fail: " and
    "error: ", "_{3,}" gives "___".
    """
    if _POSIX_CLASS.search(pattern):
        return None
    if "\\x{" in pattern:  # RE2's \x{201C} is Python's \U0000201c
        pattern = _RE2_HEX.sub(lambda m: f"{m[1]}\\U{int(m[2], 16):08x}", pattern)
    try:
        parsed = sre_parse.parse(pattern)
    except (sre.error, RecursionError, OverflowError):
        return None
    return _words(parsed)


def _size(word: str) -> int:
    return len(word.encode())


def _better(first: Words, second: Words) -> Words:
    """The more selective of two word lists: longest shortest word, then fewest words."""
    if first is None or second is None:
        return first or second
    rank_first = (min(map(_size, first)), -len(first))
    rank_second = (min(map(_size, second)), -len(second))
    return first if rank_first >= rank_second else second


def _char(code: int) -> str | None:
    """The character as a casefolded text holds it, or None when case folding could change it."""
    char = chr(code)
    if code < 128:
        return char.lower()
    same = char.lower() == char.upper() == char.casefold() == char
    return char if same and unicodedata.category(char) in _CASELESS_CATEGORIES else None


def _product(first: Spellings, second: Spellings) -> Spellings | None:
    """Each of ``first`` followed by each of ``second``; None when too many."""
    if len(first) * len(second) > MAX_SPELLINGS:
        return None
    return frozenset(a + b for a in first for b in second)


def _spellings(op: Any, value: Any) -> Spellings | None:
    """Every string a node matches, when they are few and fixed; else None."""
    if op is sre.LITERAL:
        char = _char(value)
        return None if char is None else frozenset({char})
    if op is sre.AT:  # ^, $, \b: they match no text
        return _EMPTY
    if op is sre.IN:
        chars = set()
        for item_op, item in value:
            char = _char(item) if item_op is sre.LITERAL else None
            if char is None:
                return None
            chars.add(char)
        return frozenset(chars) if len(chars) <= MAX_SPELLINGS else None
    if op is sre.SUBPATTERN:
        return _sequence(value[3])
    if op is sre.BRANCH:
        spelled: set[str] = set()
        for branch in value[1]:
            found = _sequence(branch)
            if found is None:
                return None
            spelled |= found
        return frozenset(spelled) if len(spelled) <= MAX_SPELLINGS else None
    if op in _REPEATS and (value[0] == value[1] <= 64 or value[:2] == (0, 1)):
        body = _sequence(value[2])
        if body is None:
            return None
        if value[:2] == (0, 1):  # x? is x or nothing
            return body | _EMPTY if len(body) < MAX_SPELLINGS else None
        result: Spellings | None = _EMPTY
        for _ in range(value[0]):
            result = _product(result, body) if result is not None else None
        return result
    return None


def _sequence(parsed: Any) -> Spellings | None:
    """The strings a parsed sequence matches, when they are few and fixed; else None."""
    result: Spellings | None = _EMPTY
    for op, value in parsed.data:
        found = _spellings(op, value)
        if found is None or result is None:
            return None
        result = _product(result, found)
    return result


def _words(parsed: Any) -> Words:
    best: Words = None
    run: Spellings = _EMPTY

    def consider(spelled: Spellings) -> None:
        nonlocal best
        if all(_size(word) >= MIN_WORD_CHARS for word in spelled):
            best = _better(best, sorted(spelled))

    def end_run() -> None:
        nonlocal run
        consider(run)
        run = _EMPTY

    for op, value in parsed.data:
        spelled = _spellings(op, value)
        if spelled is not None:
            if len(spelled) > 1:  # the run so far may be better: "fail" in "fail(?:s|ed)?"
                consider(run)
            longer = _product(run, spelled)
            if longer is None:
                end_run()
                longer = spelled
            run = longer
            continue
        if op in _REPEATS and value[0] >= 1:
            # The body's first copies follow the run ("_{3,}"); more may come before the next.
            body = _sequence(value[2])
            if body is not None:
                for _ in range(min(value[0], 8)):
                    longer = _product(run, body)
                    if longer is None:
                        break
                    if len(body) > 1:
                        consider(run)
                    run = longer
        end_run()
        if op is sre.SUBPATTERN:
            best = _better(best, _words(value[3]))
        elif op is sre.ATOMIC_GROUP:
            best = _better(best, _words(value))
        elif op in _REPEATS and value[0] >= 1:
            best = _better(best, _words(value[2]))
        elif op is sre.BRANCH:
            branches = [_words(branch) for branch in value[1]]
            if all(branch is not None for branch in branches):
                best = _better(best, sorted({w for branch in branches for w in branch or ()}))
    end_run()
    return best


class PatternSet:
    """Which of ``patterns`` match a text. Thread-safe; compiled on first use.

    ``words`` are :func:`required_words` of each pattern, when the caller has them
    cached; otherwise they are worked out when first needed. The RE2 sets are compiled
    once ``set_after_chars`` of text have been searched (``SET_AFTER_CHARS``); they answer
    texts of ``literal_first_below`` characters and more (``LITERAL_FIRST_CHARS``).
    """

    def __init__(
        self,
        patterns: Sequence[str],
        options: Any,
        words: Sequence[Words] | None = None,
        *,
        set_after_chars: int | None = None,
        literal_first_below: int | None = None,
    ) -> None:
        self.patterns = list(patterns)
        self._options = options
        if words is not None and len(words) != len(self.patterns):
            raise ValueError("one word list per pattern")
        self._words = list(words) if words is not None else None
        self._by_word: _Words | None = None
        self._word_set: Any = None
        self._set_after = SET_AFTER_CHARS if set_after_chars is None else set_after_chars
        self._literal_first_below = (
            LITERAL_FIRST_CHARS if literal_first_below is None else literal_first_below
        )
        self._compiled: dict[int, Any] = {}
        self._sets: list[tuple[int, Any]] | None = None
        self._seen = 0
        self._lock = threading.Lock()

    @property
    def prepared(self) -> bool:
        """Whether the RE2 sets are compiled (every text is then searched in one pass)."""
        return self._sets is not None

    def prepare(self) -> None:
        """Compile the RE2 sets and the words' set now (a long-running process, off its
        request path).

        Texts searched meanwhile are searched literal-first; they do not wait.
        """
        with self._lock:
            if self._sets is None:
                self._sets = self._compile_sets()
        words = self._words_by_pattern().words
        if self._word_set is None and words:
            self._word_set = _word_set(words)

    def pattern(self, index: int) -> Any:
        """The compiled pattern at ``index``."""
        # Safe to race: two threads compile the same thing.
        compiled = self._compiled.get(index)
        if compiled is None:
            compiled = self._compiled[index] = re2.compile(self.patterns[index], self._options)
        return compiled

    def match(self, text: str) -> list[int]:
        """The indices of the patterns found somewhere in ``text``, in ascending order."""
        self._seen += len(text)  # a threshold: a count lost to a race does no harm
        sets = self._sets
        # Whoever holds the lock is compiling the sets: meanwhile, search literal-first.
        if sets is None and self._seen >= self._set_after and self._lock.acquire(blocking=False):
            try:
                if self._sets is None:
                    self._sets = self._compile_sets()
            finally:
                self._lock.release()
            sets = self._sets
        if sets is not None and len(text) >= self._literal_first_below:
            return sorted(offset + i for offset, found in sets for i in found.Match(text) or ())
        return self._match_literal_first(text)

    def _words_by_pattern(self) -> _Words:
        by_word = self._by_word
        if by_word is None:  # a big log alone never needs the words
            by_word = self._by_word = _by_word(
                self._words or [required_words(p) for p in self.patterns]
            )
        return by_word

    def _match_literal_first(self, text: str) -> list[int]:
        by_word = self._words_by_pattern()
        folded = text.casefold()
        word_set = self._word_set
        if word_set is None and by_word.words and self._seen >= WORD_SET_AFTER_CHARS:
            word_set = self._word_set = _word_set(by_word.words)  # safe to race
        if not by_word.words:
            present = []
        elif word_set is not None:
            present = [by_word.words[i] for i in word_set.Match(folded) or ()]
        else:
            present = [word for word in by_word.words if word in folded]
        candidates = {index for word in present for index in by_word.patterns[word]}
        candidates.update(by_word.unfiltered)
        return [i for i in sorted(candidates) if self.pattern(i).search(text) is not None]

    def _compile_sets(self) -> list[tuple[int, Any]]:
        options = re2.Options()
        for name in re2.Options.NAMES:
            setattr(options, name, getattr(self._options, name))
        options.max_mem = max(options.max_mem, SET_MAX_MEM)
        sets: list[tuple[int, Any]] = []
        for offset in range(0, len(self.patterns), SET_SIZE):
            search_set = re2.Set.SearchSet(options)
            for pattern in self.patterns[offset : offset + SET_SIZE]:
                search_set.Add(pattern)
            search_set.Compile()
            sets.append((offset, search_set))
        return sets


@dataclass(frozen=True)
class _Words:
    """The distinct words, the patterns each belongs to, and the patterns without words."""

    words: list[str]
    patterns: dict[str, list[int]]
    unfiltered: list[int]


def _by_word(all_words: Sequence[Words]) -> _Words:
    patterns: dict[str, list[int]] = {}
    for index, words in enumerate(all_words):
        for word in words or ():
            patterns.setdefault(word, []).append(index)
    unfiltered = [index for index, words in enumerate(all_words) if words is None]
    return _Words(list(patterns), patterns, unfiltered)


def _word_set(words: Sequence[str]) -> Any:
    """An RE2 set of ``words`` as literal text: which of them a text holds, in one pass.

    Its automaton is the words' trie, small and quick to build, unlike the patterns'.
    """
    options = re2.Options()
    options.log_errors = False
    options.max_mem = SET_MAX_MEM
    word_set = re2.Set.SearchSet(options)
    for word in words:
        word_set.Add(re2.escape(word))
    word_set.Compile()
    return word_set
