"""Hypothesis strategies for hostile input: raw bilingual texts and mutated article files."""

from __future__ import annotations

import tomllib
from typing import Any

from hypothesis import strategies as st

from wocdesk.resources import bundled_article_path

HAN = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所"
    "民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日"
    "那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想"
    "已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指"
    "几九区强放决西被干做必战先回则任取据处理府研质"
)
ZH_PUNCTUATION = "，。、；：？！“”（）《》—…· ,.;:?!()"
ODD = (
    "\x00\x07\x0b\x0c\x1b\x7f\x85\u00a0\u200b\u2028\u2029\u3000"
    "\ufeff\ufffd\uffff\U0001f600\U00020000"
)
LEFTOVERS = (
    "图片:WOC|Photo: WOC",
    "温馨提示:(向右滑动查看更多)",
    "Tips: Swipe right to see more",
    "滑动查看更多嘉宾发言",
    "Photo: somebody",
)
HEADING_PREFIXES = (
    "一、",
    "（二）",
    "第三章 ",
    "1.1 ",
    "2. ",
    "（1）",
    "I. ",
    "Chapter 4 ",
    "3.2.1 ",
)


def zh_lines() -> st.SearchStrategy[str]:
    """A line of Chinese (with the publisher's ASCII punctuation now and then)."""
    return st.text(alphabet=HAN + ZH_PUNCTUATION + "WIPO 2024%", min_size=1, max_size=120)


def en_lines() -> st.SearchStrategy[str]:
    """A line of English."""
    words = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFG", min_size=1, max_size=12)
    return (
        st.lists(words, min_size=1, max_size=40)
        .map(" ".join)
        .flatmap(
            lambda line: st.sampled_from(["", ".", ";", ":", "?", "”"]).map(lambda end: line + end)
        )
    )


def headings() -> st.SearchStrategy[str]:
    """A numbered heading in either language."""
    return st.tuples(
        st.sampled_from(HEADING_PREFIXES),
        st.text(alphabet=HAN + "abcdefgh ABC", min_size=1, max_size=15),
    ).map("".join)


def raw_lines() -> st.SearchStrategy[str]:
    """Any line a pasted text may hold, hostile ones included."""
    return st.one_of(
        zh_lines(),
        en_lines(),
        headings(),
        st.sampled_from(LEFTOVERS),
        st.just(""),
        st.text(alphabet=HAN + ODD + "abc \t", max_size=40),
        st.text(max_size=60),
    )


def raw_texts() -> st.SearchStrategy[str]:
    """A raw text: lines joined by LF, CRLF or CR, with a BOM or odd bytes now and then."""
    return st.tuples(
        st.lists(raw_lines(), max_size=40),
        st.sampled_from(["\n", "\r\n", "\r", "\n\n"]),
        st.sampled_from(["", "\ufeff", "\n\n  "]),
    ).map(lambda parts: parts[2] + parts[1].join(parts[0]))


# -- mutated article files ------------------------------------------------------------------------
GOOD_TEXT = bundled_article_path().read_text(encoding="utf-8")
DEEP = "__WOCDESK_DEEP__"


def good_data() -> dict[str, Any]:
    """The bundled article as parsed TOML (a fresh copy each time)."""
    return tomllib.loads(GOOD_TEXT)


def scalar_values() -> st.SearchStrategy[Any]:
    """Values of every TOML type, with the odd ones a hostile file would hold."""
    return st.one_of(
        st.integers(min_value=-(2**63), max_value=2**63 - 1),
        st.floats(allow_nan=True, allow_infinity=True),
        st.sampled_from([1e28, -1e300, 0.0, -0.0, 1e-300, 2**53 + 1.0]),
        st.booleans(),
        st.text(max_size=30),
        st.text(alphabet=ODD + "ab\"\\'[]{}=#", max_size=30),
        st.sampled_from(["", " ", "p-event", "p-missing", "zh", "en", "series", "x" * 300]),
        st.dates(),
        st.datetimes(),
        st.times(),
        st.just(DEEP),
    )


def values() -> st.SearchStrategy[Any]:
    """Scalars, and lists and tables of them nested a few levels."""
    return st.recursive(
        scalar_values(),
        lambda inner: st.one_of(
            st.lists(inner, max_size=4),
            st.dictionaries(
                st.sampled_from(["zh", "en", "id", "x", "kind", "value"]), inner, max_size=3
            ),
        ),
        max_leaves=8,
    )


def paths_into(data: Any) -> list[tuple[Any, ...]]:
    """Every path to a value in ``data`` (keys and list indexes)."""
    out: list[tuple[Any, ...]] = []

    def walk(value: Any, path: tuple[Any, ...]) -> None:
        out.append(path)
        if isinstance(value, dict):
            for key, item in value.items():
                walk(item, (*path, key))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                walk(item, (*path, index))

    walk(data, ())
    return out


def mutate(data: Any, path: tuple[Any, ...], action: str, value: Any) -> Any:
    """``data`` with the value at ``path`` replaced, removed, or given an unknown sibling key."""
    if not path:
        return value if action == "replace" and isinstance(value, dict) else data
    parent = data
    for step in path[:-1]:
        parent = parent[step]
    last = path[-1]
    if action == "delete":
        del parent[last]
    elif action == "sibling" and isinstance(parent, dict):
        parent[f"unknown_{len(parent)}"] = value
    else:
        parent[last] = value
    return data
