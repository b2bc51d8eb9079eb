"""A small typed validator: a schema written as data, checked in one walk, one error per file.

A schema is a tree of specs (:class:`Table`, :class:`ListOf`, :class:`Text`, :class:`Number`…).
:func:`validate` walks parsed TOML against it and raises :class:`SchemaError` with a translated
message and the path of the first value that does not fit (``("figures", 0, "points", 1,
"value")``); the caller turns the path into a field name and a line. Only what the schema
declares is descended into, so a value nested thousands deep is named by its type, never walked.
Numbers must be finite and within the spec's range (no NaN, no infinity, no 1e28 percentages).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping
from typing import Any

from wocdesk.errors import quote_value
from wocdesk.i18n import _

Path_ = tuple[str | int, ...]
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,199}")


class SchemaError(Exception):
    """A value that does not fit the schema: a translated message and where it is."""

    def __init__(self, message: str, path: Path_) -> None:
        super().__init__(message)
        self.message = message
        self.path = path


def type_name(value: object) -> str:
    """What a parsed TOML value is, in words: text, a whole number, a table."""
    if isinstance(value, bool):
        return _("true or false")
    if isinstance(value, int):
        return _("a whole number")
    if isinstance(value, float):
        return _("a number")
    if isinstance(value, str):
        return _("text")
    if isinstance(value, Mapping):
        return _("a table")
    if isinstance(value, list):
        return _("a list")
    if isinstance(value, dt.datetime | dt.time):
        return _("a time")
    if isinstance(value, dt.date):
        return _("a date")
    return type(value).__name__


def field_name(path: Path_) -> str:
    """``("sections", 2, "passages", 1, "zh")`` as ``sections[2].passages[1].zh``."""
    out = ""
    for step in path:
        out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else step)
    return out


class Spec:
    """A kind of value; ``check`` raises :class:`SchemaError` when ``value`` is not one."""

    def expected(self) -> str:
        """What the value must be, in words."""
        raise NotImplementedError

    def check(self, value: Any, path: Path_) -> None:
        """Raise :class:`SchemaError` unless ``value`` fits."""
        raise NotImplementedError

    def wrong(self, value: Any, path: Path_) -> SchemaError:
        """The error for a value of the wrong type."""
        message = _("must be {expected}, not {actual}")
        return SchemaError(message.format(expected=self.expected(), actual=type_name(value)), path)


class Text(Spec):
    """A string."""

    def expected(self) -> str:
        return _("text")

    def check(self, value: Any, path: Path_) -> None:
        if not isinstance(value, str):
            raise self.wrong(value, path)


class Ident(Spec):
    """An id: letters, digits, ``-``, ``_`` and ``.``, starting with a letter or digit."""

    def expected(self) -> str:
        return _("text")

    def check(self, value: Any, path: Path_) -> None:
        if not isinstance(value, str):
            raise self.wrong(value, path)
        if not _ID.fullmatch(value):
            message = _(
                "{value} is not a valid id (letters, digits, - _ and ., at most 200 characters)"
            )
            raise SchemaError(message.format(value=quote_value(value)), path)


class Choice(Spec):
    """One of a few words."""

    def __init__(self, choices: tuple[str, ...], unknown: str | None = None) -> None:
        self.choices = choices
        self.unknown = unknown  # the message for another word (``N_``), else the usual one

    def expected(self) -> str:
        return _("one of {choices}").format(choices=", ".join(self.choices))

    def check(self, value: Any, path: Path_) -> None:
        if not isinstance(value, str):
            raise self.wrong(value, path)
        if value not in self.choices:
            message = (
                _(self.unknown) if self.unknown else _("must be one of {choices}, not {value}")
            )
            raise SchemaError(
                message.format(choices=", ".join(self.choices), value=quote_value(value)), path
            )


class Integer(Spec):
    """A whole number from ``low`` to ``high``."""

    def __init__(self, low: int, high: int) -> None:
        self.low = low
        self.high = high

    def expected(self) -> str:
        return _("a whole number")

    def check(self, value: Any, path: Path_) -> None:
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.wrong(value, path)
        if not self.low <= value <= self.high:
            message = _("must be a whole number from {low} to {high}, not {value}")
            raise SchemaError(
                message.format(low=self.low, high=self.high, value=quote_value(value, 30)), path
            )


class Number(Spec):
    """A finite number (whole or not) from ``low`` to ``high``."""

    def __init__(self, low: float, high: float) -> None:
        self.low = low
        self.high = high

    def expected(self) -> str:
        return _("a number")

    def check(self, value: Any, path: Path_) -> None:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.wrong(value, path)
        if isinstance(value, float) and not math.isfinite(value):
            raise SchemaError(_("must be a finite number, not {value}").format(value=value), path)
        if not self.low <= value <= self.high:
            message = _("must be a number from {low:g} to {high:g}, not {value}")
            raise SchemaError(
                message.format(low=self.low, high=self.high, value=quote_value(value, 30)), path
            )


class Boolean(Spec):
    """``true`` or ``false``."""

    def expected(self) -> str:
        return _("true or false")

    def check(self, value: Any, path: Path_) -> None:
        if not isinstance(value, bool):
            raise self.wrong(value, path)


class Date(Spec):
    """A calendar date without a time, such as 2024-02-23."""

    def expected(self) -> str:
        return _("a date like 2024-02-23")

    def check(self, value: Any, path: Path_) -> None:
        if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
            raise self.wrong(value, path)


class BiTextSpec(Spec):
    """A table of texts keyed by language: ``{ zh = "…", en = "…" }``."""

    def expected(self) -> str:
        return _('a table of texts by language, like { zh = "…", en = "…" }')

    def check(self, value: Any, path: Path_) -> None:
        if not isinstance(value, Mapping):
            raise self.wrong(value, path)
        for key, text in value.items():
            if key not in ("zh", "en"):
                message = _("unknown language {value} (use zh and en)")
                raise SchemaError(message.format(value=quote_value(key)), path)
            if not isinstance(text, str):
                Text().check(text, (*path, key))


class ListOf(Spec):
    """A list of items of one kind, with at least ``least`` of them."""

    def __init__(self, item: Spec, least: int = 0, most: int | None = None) -> None:
        self.item = item
        self.least = least
        self.most = most

    def expected(self) -> str:
        return _("a list")

    def check(self, value: Any, path: Path_) -> None:
        if not isinstance(value, list):
            raise self.wrong(value, path)
        if len(value) < self.least:
            raise SchemaError(_("is empty") if not value else _("has too few items"), path)
        if self.most is not None and len(value) > self.most:
            message = _("must have {count} items, not {actual}")
            raise SchemaError(message.format(count=self.most, actual=len(value)), path)
        check = self.item.check
        for index, item in enumerate(value):
            check(item, (*path, index))


class Table(Spec):
    """A table with the ``fields`` it may have; those in ``required`` it must have.

    Keys the schema does not know are left alone (later versions may add fields).
    """

    def __init__(
        self,
        fields: Mapping[str, Spec],
        required: tuple[str, ...] = (),
        tag: str | None = None,
        variants: Mapping[str, Table] | None = None,
    ) -> None:
        self.fields = fields
        self.required = required
        self.tag = tag  # the field whose value picks one of ``variants``
        self.variants = variants or {}

    def expected(self) -> str:
        return _("a table")

    def check(self, value: Any, path: Path_) -> None:
        if not isinstance(value, Mapping):
            raise self.wrong(value, path)
        for key in self.required:
            if key not in value:
                raise SchemaError(_("is missing"), (*path, key))
        for key, spec in self.fields.items():
            if key in value:
                spec.check(value[key], (*path, key))
        if self.tag is not None:
            self.variants[value[self.tag]].check(value, path)


def validate(value: Any, schema: Spec) -> None:
    """Raise :class:`SchemaError` for the first part of ``value`` that does not fit ``schema``."""
    schema.check(value, ())
