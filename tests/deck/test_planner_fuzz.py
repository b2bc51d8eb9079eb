"""Fuzz the planner: mutated articles and outlines give a deck or the project's error, nothing else.

Any exception that is not a ``WocdeskError`` counts as a failure; 1,000 examples per run.
"""

from __future__ import annotations

import dataclasses
import json
import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wocdesk.deck.outlines.outline import KINDS, parse_outline
from wocdesk.deck.planner import plan_deck
from wocdesk.errors import WocdeskError
from wocdesk.model import BiText
from wocdesk.model.article import SeriesFigure, SeriesPoint

pytestmark = pytest.mark.slow

IDS = [
    "p-event", "p-waves", "p-eastward", "p-exchange", "p-keys", "p-read-more", "nope",
    "digital-age", "eastward", "exchange", "policy", "asia-share", "top-clusters",
    "cluster-enterprises",
]  # fmt: skip
TEXT = st.text(
    alphabet=st.one_of(st.characters(codec="utf-8"), st.sampled_from("中文,:;()?-  \n*…")),
    max_size=60,
)
SCALAR = st.one_of(
    TEXT,
    st.integers(min_value=-(10**6), max_value=10**6),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.sampled_from(IDS),
)
GOOD_BITEXT = st.one_of(TEXT, st.fixed_dictionaries({}, optional={"zh": TEXT, "en": TEXT}))
BITEXT = st.one_of(
    *[GOOD_BITEXT] * 40, st.dictionaries(st.sampled_from(["zh", "en", "fr"]), SCALAR, max_size=3)
)
VALUE = st.recursive(
    st.one_of(SCALAR, BITEXT),
    lambda inner: st.one_of(
        st.lists(inner, max_size=6),
        st.dictionaries(
            st.sampled_from(["passage", "start", "end", "sentences", "zh", "en"]), inner, max_size=4
        ),
    ),
    max_leaves=12,
)
PASSAGES = st.sampled_from([i for i in IDS if i.startswith("p-")] + ["nope"])
HIGHLIGHTS = st.sampled_from(
    ["digital-age", "deep-science", "eastward", "exchange", "enterprise-driven", "policy",
     "registries", "databases", "cooperation", "capacity-building", "nope"]
)  # fmt: skip
FIGURES = st.sampled_from(["asia-share", "top-clusters", "cluster-enterprises", "nope"])
QUOTE = st.fixed_dictionaries(
    {"passage": PASSAGES},
    optional={"start": BITEXT, "end": BITEXT, "sentences": st.integers(-2, 5)},
)
# Mostly the values a key expects (so that the planner runs), sometimes anything at all.
EXPECTED = {
    "highlights": st.lists(HIGHLIGHTS, min_size=1, max_size=7),
    "highlight": HIGHLIGHTS,
    "chart": FIGURES,
    "ranking": FIGURES,
    "table": FIGURES,
    "figure": FIGURES,
    "items": st.lists(BITEXT, min_size=1, max_size=9),
    "quote": QUOTE,
    "passages": st.lists(PASSAGES, max_size=3),
    "notes": st.lists(PASSAGES, max_size=3),
    "show": st.sampled_from(["name", "detail", "summary", "all"]),
}


def _value(key: str) -> st.SearchStrategy:  # type: ignore[type-arg]
    expected = EXPECTED.get(key, BITEXT)
    return st.one_of(*[expected] * 40, VALUE)


def _slide(kind: str) -> st.SearchStrategy:  # type: ignore[type-arg]
    required, optional = KINDS[kind]
    return st.fixed_dictionaries(
        {"kind": st.just(kind), **{key: _value(key) for key in sorted(required)}},
        optional={key: _value(key) for key in sorted(optional | {"title", "notes"})},
    )


GOOD_SLIDE = st.sampled_from(sorted(KINDS)).flatmap(_slide)
SLIDE = st.one_of(*[GOOD_SLIDE] * 12, st.fixed_dictionaries({"kind": st.one_of(TEXT, VALUE)}))
OUTLINE = st.fixed_dictionaries(
    {"slides": st.lists(SLIDE, min_size=1, max_size=4)},
    optional={"title": BITEXT, "name": TEXT, "labels": st.dictionaries(TEXT, BITEXT, max_size=3)},
)


def _string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


def toml(value: object) -> str:
    """A TOML value (inline tables and arrays), enough for generated outlines."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, list):
        return "[" + ", ".join(toml(v) for v in value) + "]"
    assert isinstance(value, dict)
    return "{" + ", ".join(f"{_string(k)} = {toml(v)}" for k, v in value.items()) + "}"


def outline_text(data: dict) -> str:  # type: ignore[type-arg]
    lines = [f"{_string(k)} = {toml(v)}" for k, v in data.items() if k != "slides"]
    for slide in data["slides"]:
        lines.append("[[slides]]")
        lines.extend(f"{_string(k)} = {toml(v)}" for k, v in slide.items())
    return "\n".join(lines) + "\n"


def mutate(article, texts: list[str], values: list[float]):  # type: ignore[no-untyped-def]
    """The article with some names, passages and figure values replaced."""
    if not texts:
        return article
    sections = []
    for n, section in enumerate(article.sections):
        passages = tuple(
            dataclasses.replace(p, text=BiText(texts[(n + i) % len(texts)] or None, p.text.en))
            if (n + i) % 3 == 0
            else p
            for i, p in enumerate(section.passages)
        )
        sections.append(dataclasses.replace(section, passages=passages))
    trends = tuple(
        dataclasses.replace(t, name=BiText(t.name.zh, texts[i % len(texts)] or None))
        for i, t in enumerate(article.trends)
    )
    figures = []
    for figure in article.figures:
        if isinstance(figure, SeriesFigure) and values:
            points = tuple(
                SeriesPoint(p.label, values[i % len(values)]) for i, p in enumerate(figure.points)
            )
            figure = dataclasses.replace(figure, points=points)
        figures.append(figure)
    title = BiText(texts[0] * 3 or None, article.title.en)
    return dataclasses.replace(
        article, sections=tuple(sections), trends=trends, figures=tuple(figures), title=title
    )


@settings(
    max_examples=1000,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    data=OUTLINE,
    texts=st.lists(TEXT, max_size=4),
    values=st.lists(st.floats(allow_nan=True, allow_infinity=True), max_size=3),
    mode=st.sampled_from(["zh", "en", "zh-en", "en-zh"]),
    notes=st.sampled_from([None, "zh", "en", "both"]),
)
def test_the_planner_raises_only_its_own_errors(article, data, texts, values, mode, notes) -> None:  # type: ignore[no-untyped-def]
    try:
        outline = parse_outline(outline_text(data), "fuzz.toml")
        plan_deck(mutate(article, texts, values), outline, mode, notes=notes)
    except WocdeskError:
        pass  # the project's own error: one line for the user (exit 2), never a traceback
