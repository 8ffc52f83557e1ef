"""The work a call does, counted in steps, not timed: a growth check that cannot flake.

Python offers one count of the work its interpreter and its regular-expression engine do
that a test can read: both stop now and then to run pending signal handlers (the
interpreter at a function's start, a loop's turn and after a call; the ``re`` engine every
4,096 steps of its matching program).  :func:`steps` keeps a signal pending for the whole of
a call, its handler counting each stop and arming the next, so the count is the number of
those stops: the same for the same call on the same text, whatever else the machine is
doing, and growing with the work (a pattern that backtracks quadratically over a long line
stops the engine quadratically often).  Stops while a pattern is compiled are not counted:
a compile is paid once, whatever the text.

The engine runs a repeat of one character (``\\w+``, ``[^,]*``) in an inner loop of its
own that takes no program steps, the commonest way a pattern goes quadratic (the run counted
again from every place a search starts).  :func:`unrolled_repeats` compiles bibcheck's
patterns again for the count with those repeats as general ones (what they match is the
same; each character is then a step of the program), so that work is counted too.
"""

from __future__ import annotations

import _thread
import dis
import functools
import re
import signal
import sys
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from re import _compiler  # type: ignore[attr-defined]
from types import CodeType, FrameType

from bibcheck.lazyre import LazyPattern

_SIGNAL = signal.SIGUSR1
# where patterns are compiled (``re``'s parser and compiler, bibcheck's store of programs):
# a stop there is no work of the call's own (a pattern is compiled once, whatever its text)
_COMPILING = ("re/_parser.py", "re/_compiler.py", "re/_casefix.py", "bibcheck/regexcache.py")


class WorkLimit(BaseException):  # noqa: N818 (a stop, not an error: no "except Exception" takes it)
    """The call ran past the steps it was allowed (a pattern gone exponential stops here)."""


_CALL = dis.opmap["CALL"]


class _Counter:
    """The handler: counts a stop and arms the next one.

    A stop at the same call of the same frame as the stop before it was made inside that
    call by C code checking for signals as it works (the ``re`` engine, every 4,096 steps of
    its program): the interpreter itself stops at most once at a call, after it returns.
    Those stops are counted apart too, as the engine's (``engine``): a pattern that
    backtracks quadratically shows there, whatever the interpreter's share of the count."""

    def __init__(self, limit: int, engine_limit: int) -> None:
        self.count = 0
        self.engine = 0
        self.limit = limit
        self.engine_limit = engine_limit
        self.armed = True
        self.frame: FrameType | None = None
        self.lasti = -1
        # (code, offset) -> the instruction there is a call
        self.calls: dict[tuple[CodeType, int], bool] = {}
        # (the next signal is raised by a dict's missing-key factory, a C function: the
        # handler makes no call after it, so the interpreter does not stop again inside it)
        self.rearm: defaultdict[int, None] = defaultdict(
            functools.partial(_thread.interrupt_main, _SIGNAL)
        )

    def _at_a_call(self, code: CodeType, lasti: int) -> bool:
        key = (code, lasti)
        found = self.calls.get(key)
        if found is None:
            found = self.calls[key] = code.co_code[lasti] == _CALL
        return found

    def __call__(self, _signum: int, frame: FrameType | None) -> None:
        if not self.armed:
            self.count += 1
            return
        if frame is None or not frame.f_code.co_filename.endswith(_COMPILING):
            self.count += 1
            if frame is not None:
                lasti = frame.f_lasti
                if (
                    frame is self.frame
                    and lasti == self.lasti
                    and self._at_a_call(frame.f_code, lasti)
                ):
                    self.engine += 1
                self.frame, self.lasti = frame, lasti
        if self.count > self.limit or self.engine > self.engine_limit:
            self.armed = False
            raise WorkLimit
        self.rearm.clear()
        _ = self.rearm[self.count]


def _settle() -> None:
    """A call for the interpreter to stop at: the last pending signal is handled here."""


def work(
    call: functools.partial[object] | object,
    *args: object,
    limit: int,
    engine_limit: int = sys.maxsize,
) -> tuple[int, int] | None:
    """The steps ``call(*args)`` takes and, of them, the regular-expression engine's stops
    (see :class:`_Counter`); None when it ran past ``limit`` steps or ``engine_limit``
    stops of the engine."""
    assert callable(call)
    counter = _Counter(limit, engine_limit)
    previous = signal.signal(_SIGNAL, counter)
    try:
        _thread.interrupt_main(_SIGNAL)
        call(*args)
    except WorkLimit:
        return None
    finally:
        counter.armed = False
        counter.frame = None
        _settle()
        signal.signal(_SIGNAL, previous)
    return counter.count, counter.engine


def steps(call: functools.partial[object] | object, *args: object, limit: int) -> int | None:
    """The steps ``call(*args)`` takes, or None when it ran past ``limit`` steps."""
    found = work(call, *args, limit=limit)
    return None if found is None else found[0]


# (pattern, flags) -> the pattern compiled with its one-character repeats unrolled
_UNROLLED: dict[tuple[str, int], re.Pattern[str]] = {}


def _unrolled(pattern: str, flags: int) -> re.Pattern[str]:
    found = _UNROLLED.get((pattern, flags))
    if found is None:
        found = _UNROLLED[(pattern, flags)] = _compiler.compile(pattern, flags)
    return found


@contextmanager
def unrolled_repeats() -> Iterator[None]:
    """While it lasts, bibcheck's module-level patterns (those already compiled) and every
    pattern compiled anew have their repeats of one character compiled as general repeats:
    the same matches, every character a counted step."""
    simple = _compiler._simple
    _compiler._simple = lambda _p: False
    lazy: list[tuple[LazyPattern, re.Pattern[str]]] = []
    plain: list[tuple[object, str, re.Pattern[str]]] = []
    try:
        for name, module in list(sys.modules.items()):
            if not name.startswith("bibcheck") or module is None:
                continue
            for attr, value in list(vars(module).items()):
                if isinstance(value, LazyPattern) and value._compiled is not None:
                    lazy.append((value, value._compiled))
                    value._compiled = _unrolled(value.pattern, value._flags)
                elif isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                    plain.append((module, attr, value))
                    setattr(module, attr, _unrolled(value.pattern, value.flags))
        re.purge()
        yield
    finally:
        for pattern, compiled in lazy:
            pattern._compiled = compiled
        for module, attr, value in plain:
            setattr(module, attr, value)
        _compiler._simple = simple
        re.purge()


def counted(call: object, *args: object, limit: int = 100_000_000) -> int:
    """The steps ``call(*args)`` takes, its one-character repeats unrolled, once it has run
    (its patterns compiled: no compile is counted)."""
    assert callable(call)
    call(*args)
    with unrolled_repeats():
        call(*args)
        found = steps(call, *args, limit=limit)
    assert found is not None, f"past {limit} steps"
    return found
