"""Fuzz the article loader with valid articles mutated: wrong types, deep nesting, odd text."""

from __future__ import annotations

import warnings

import pytest
import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wocdesk.content.article_file.loader import parse_article
from wocdesk.errors import WocdeskError

from .strategies import DEEP, GOOD_TEXT, good_data, mutate, paths_into, values

pytestmark = pytest.mark.slow
FUZZ = settings(
    max_examples=1000,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
_PATHS = paths_into(good_data())


def _load(text: str) -> None:
    """Load ``text``; anything but a one-line WocdeskError (or success) fails the test."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            parse_article(text, "fuzz.toml")
        except WocdeskError as exc:
            message = str(exc)
            assert "\n" not in message and len(message) < 1000, message


@FUZZ
@given(
    st.lists(
        st.tuples(
            st.sampled_from(_PATHS),
            st.sampled_from(["replace", "replace", "delete", "sibling"]),
            values(),
        ),
        min_size=1,
        max_size=3,
    ),
    st.integers(min_value=1, max_value=20_000),
)
def test_mutated_articles_load_or_are_one_error(
    mutations: list[tuple[tuple[object, ...], str, object]], depth: int
) -> None:
    data = good_data()
    for path, action, value in mutations:
        try:
            data = mutate(data, path, action, value)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation removed or replaced that path
    try:
        text = tomli_w.dumps(data)
    except (TypeError, ValueError):
        return  # not expressible in TOML (a time with a zone, a key that is not text)
    _load(text.replace(f'"{DEEP}"', "[" * depth + "]" * depth))


@FUZZ
@given(
    st.integers(min_value=0, max_value=len(GOOD_TEXT)),
    st.integers(min_value=0, max_value=40),
    st.text(alphabet="[]{}=\"'\\#\n,.0123456789aefilnrstux \x00\u2028\ufeff中", max_size=30),
)
def test_edited_article_text_loads_or_is_one_error(at: int, cut: int, insert: str) -> None:
    _load(GOOD_TEXT[:at] + insert + GOOD_TEXT[at + cut :])
