"""Fuzz the outline loader, checker and planner: any exception but the project's is a failure.

Outlines are the bundled one and a default one with key points, mutated (values replaced by
values of other types, keys dropped or added, slides duplicated), written as TOML and read back;
plus arbitrary text. Each is loaded, checked against its article and, if it passes, planned.
"""

from __future__ import annotations

import copy
import datetime as dt
import tomllib
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wocdesk.errors import WocdeskError

pytestmark = pytest.mark.slow
EXAMPLES = 1000

SCALARS = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["p-1", "p-keys", "kp-1", "eastward", "asia-share", "points", "zh", "en"]),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates(min_value=dt.date(1, 1, 1)),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from(["zh", "en", "passage", "point", "x", "start"]), inner, max_size=3
        )
    ),
    max_leaves=12,
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            out += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            out += _paths(item, (*prefix, index))
    return out


def _mutate(data: dict[str, Any], draw: Any) -> dict[str, Any]:
    data = copy.deepcopy(data)
    for _ in range(draw(st.integers(1, 4))):
        paths = _paths(data)[1:]
        if not paths:
            break
        path = paths[draw(st.integers(0, len(paths) - 1))]
        parent: Any = data
        for step in path[:-1]:
            parent = parent[step]
        action = draw(st.sampled_from(["replace", "replace", "delete", "add", "duplicate"]))
        last = path[-1]
        if action == "replace":
            parent[last] = draw(VALUES)
        elif action == "delete":
            del parent[last]
        elif action == "add" and isinstance(parent[last], dict):
            parent[last][
                draw(st.sampled_from(["kind", "items", "notes", "title", "sentence", "bogus"]))
            ] = draw(VALUES)
        elif action == "duplicate" and isinstance(parent, list):
            parent.insert(last, copy.deepcopy(parent[last]))
    return data


@pytest.fixture(scope="module")
def cases(tmp_path_factory, seed_text):  # type: ignore[no-untyped-def]
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("data")))
        yield _cases(tmp_path_factory.mktemp("fuzz"), seed_text)


def _cases(folder: Path, seed_text: str) -> list[tuple[Any, dict[str, Any]]]:
    from wocdesk import load_article
    from wocdesk.briefing.keypoints import mark_sentence
    from wocdesk.briefing.store import store_for
    from wocdesk.content.article_file.article_toml import article_toml
    from wocdesk.content.article_file.loader import load_article as load_file
    from wocdesk.content.importing.importer import import_text
    from wocdesk.deck.outlines.default import default_outline_data
    from wocdesk.resources import default_outline_path

    path = folder / "seed.toml"
    path.write_text(article_toml(import_text(seed_text, "seed")), encoding="utf-8")
    imported = load_file(path)
    store = store_for(imported)
    store.add(mark_sentence(imported, "p-3", "en", 1))
    store.add(mark_sentence(imported, "p-8", "zh", 0))
    bundled = tomllib.loads(default_outline_path().read_text(encoding="utf-8"))
    return [(load_article(), bundled), (imported, default_outline_data(imported))]


def _try(text: str, article: Any, folder: Path) -> None:
    from wocdesk.deck import plan_deck
    from wocdesk.deck.outlines.check import outline_problems
    from wocdesk.deck.outlines.outline import parse_outline

    try:
        outline = parse_outline(text, folder / "fuzz.toml")
        outline_problems(outline, article)
        plan_deck(article, outline, "zh-en")
    except WocdeskError as exc:
        message = str(exc)
        assert "\n" not in message and len(message) < 600, message


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_mutated_outlines_fail_only_with_one_line(cases, tmp_path, data) -> None:  # type: ignore[no-untyped-def]
    article, outline = cases[data.draw(st.integers(0, 1))]
    mutated = _mutate(outline, data.draw)
    try:
        text = tomli_w.dumps(mutated)
    except (TypeError, ValueError):  # e.g. an empty key path tomli-w cannot write
        return
    _try(text, article, tmp_path)


@settings(
    max_examples=EXAMPLES // 2,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    text=st.text(max_size=200)
    | st.from_regex(
        r"\[\[slides\]\]\nkind = \"(points|cover|credits|agenda)\"\n[a-z]+ = .{0,30}",
        fullmatch=True,
    )
)
def test_arbitrary_text_fails_only_with_one_line(cases, tmp_path, text) -> None:  # type: ignore[no-untyped-def]
    _try(text, cases[1][0], tmp_path)


def test_the_outlines_fuzzed_plan_cleanly_and_a_crash_would_count(
    cases, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from wocdesk.deck import planner

    for article, outline in cases:  # unmutated, both plan without an error
        _try(tomli_w.dumps(outline), article, tmp_path)

    def crash(*args: object, **kwargs: object) -> None:
        raise TypeError("unhashable type: 'list'")

    monkeypatch.setattr(planner, "check_outline", crash)
    with pytest.raises(TypeError):
        _try(tomli_w.dumps(cases[0][1]), cases[0][0], tmp_path)
