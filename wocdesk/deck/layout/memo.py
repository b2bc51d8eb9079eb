"""Work one plan repeats, done once: results kept for the length of one ``plan_deck`` call.

Planning a default deck looks at every passage several times (to page the outline, to check
it, to lay out its slides): its opening sentence, its text as typeset for a slide. A global
cache of fixed size forgets them between those passes once a text has more passages than the
cache holds, so a long text would cost more per slide than a short one; kept per plan, each is
computed once whatever the length, and dropped when the plan is done. Outside a plan (the
outline command, the window's outline panel) the functions compute directly.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar

T = TypeVar("T")

_MEMO: ContextVar[dict[tuple[Any, ...], Any] | None] = ContextVar("deck_plan_memo", default=None)


@contextmanager
def one_plan() -> Iterator[None]:
    """Keep results for as long as the block runs (a nested block shares the outer one's)."""
    if _MEMO.get() is not None:
        yield
        return
    token = _MEMO.set({})
    try:
        yield
    finally:
        _MEMO.reset(token)


def remembered(function: Callable[..., T], *args: Any) -> T:
    """``function(*args)``, computed once per plan for the same function and arguments."""
    memo = _MEMO.get()
    if memo is None:
        return function(*args)
    key = (function, *args)
    try:
        return memo[key]  # type: ignore[no-any-return]
    except KeyError:
        value = memo[key] = function(*args)
        return value


def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The sentences of ``text`` as (start, end) offsets (see ``wocdesk.briefing.sentences``)."""
    from wocdesk.briefing.sentences import sentence_spans as spans

    return remembered(spans, text)
