"""Fuzz the importer: any raw text imports to an article that loads back, or is one WocdeskError."""

from __future__ import annotations

import dataclasses
import warnings
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wocdesk.content.article_file.article_toml import article_toml
from wocdesk.content.article_file.loader import parse_article
from wocdesk.content.importing.importer import import_file, import_text
from wocdesk.errors import WocdeskError

from .strategies import raw_texts

pytestmark = pytest.mark.slow
FUZZ = settings(
    max_examples=1000,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@FUZZ
@given(raw_texts())
def test_any_raw_text_imports_and_round_trips_or_is_one_error(text: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            article = import_text(text, "fuzz", "fuzz.txt")
        except WocdeskError as exc:
            assert "\n" not in str(exc)
            return
        loaded = parse_article(article_toml(article), "fuzz.toml")
    assert dataclasses.replace(loaded, path="") == dataclasses.replace(article, path="")


@FUZZ
@given(st.binary(max_size=400))
def test_any_bytes_import_or_are_one_error(
    tmp_path_factory: pytest.TempPathFactory, raw: bytes
) -> None:
    path: Path = tmp_path_factory.mktemp("bytes") / "raw.txt"
    path.write_bytes(raw)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            import_file(path)
        except WocdeskError as exc:
            assert "\n" not in str(exc)
