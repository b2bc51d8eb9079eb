"""Locale formatting through Babel: dates, numbers, percentages, lists and language names."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from functools import cache
from typing import Any

from wocdesk.i18n.catalogs import interface_language
from wocdesk.model.text import Lang, parse_lang

BABEL_LOCALES: dict[Lang, str] = {"zh": "zh_Hans_CN", "en": "en_US"}


@cache
def babel_locale(lang: Lang | str) -> Any:
    """The ``babel.Locale`` for ``lang`` (the interface language when empty)."""
    from babel import Locale

    return Locale.parse(BABEL_LOCALES[parse_lang(lang)])


def _lang(lang: str | None) -> Lang:
    return parse_lang(lang) if lang else interface_language()


# CLDR's long date patterns of the two locales ("y年M月d日", "MMMM d, y"), applied here so that
# a date costs no locale data (loading it is a tenth of a cold ``wocdesk export``); a test
# checks them against Babel for every month.
_MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def format_date(date: dt.date, lang: str | None = None, style: str = "long") -> str:
    """A date for ``lang``: 2024年2月23日 · February 23, 2024."""
    code = _lang(lang)
    if style == "long":
        if code == "zh":
            return f"{date.year}年{date.month}月{date.day}日"
        return f"{_MONTHS_EN[date.month - 1]} {date.day}, {date.year}"
    from babel.dates import format_date as babel_format_date

    return str(babel_format_date(date, format=style, locale=babel_locale(code)))


def format_number(value: float, lang: str | None = None) -> str:
    """A number with the locale's grouping and decimal signs."""
    from babel.numbers import format_decimal

    return str(format_decimal(value, locale=babel_locale(_lang(lang))))


def format_percent(value: float, lang: str | None = None) -> str:
    """A share as a percentage (0.7 → 70%).

    Both locales' CLDR pattern is ``#,##0%`` (whole percent, half to even, grouped by three),
    applied here to every finite value, so that the key points cost no locale data at start-up
    and a huge value cannot make Babel's quantize fail; a test checks it against Babel. NaN and
    infinities go to Babel.
    """
    code = _lang(lang)
    if isinstance(value, int | float) and math.isfinite(value):
        negative, whole = _whole_percent(float(value))
        return f"{'-' if negative else ''}{whole:,}%"
    from babel.numbers import format_percent as babel_format_percent

    return str(babel_format_percent(value, locale=babel_locale(code)))


def _whole_percent(value: float) -> tuple[bool, int]:
    """The sign of ``value`` and ``|value| × 100`` rounded half to even, in whole numbers.

    Worked on the decimal digits of ``repr(value)``, as Babel reads a float (``1e-05``,
    ``-0.125``, ``1.5e+300``), with integers: exact at any size, and no decimal module to load.
    """
    text = repr(value)
    negative = text.startswith("-")
    mantissa, _, exponent = text.lstrip("-").partition("e")
    whole, _, fraction = mantissa.partition(".")
    digits = int(whole + fraction)
    power = int(exponent or 0) - len(fraction) + 2  # |value| × 100 == digits × 10 ** power
    if power >= 0:
        return negative, digits * 10**power
    unit = 10**-power
    quotient, rest = divmod(digits, unit)
    if 2 * rest > unit or (2 * rest == unit and quotient % 2):
        quotient += 1
    return negative, quotient


def format_list(items: Sequence[str], lang: str | None = None, style: Any = "standard") -> str:
    """A list joined the locale's way: 政策平台、注册体系和数据库 · a, b, and c."""
    from babel.lists import format_list as babel_format_list

    return str(babel_format_list(list(items), style=style, locale=babel_locale(_lang(lang))))


def language_name(code: str, in_lang: str | None = None) -> str:
    """The name of language ``code`` in ``in_lang``: 中文 · Chinese · 英语 · English."""
    return str(babel_locale(parse_lang(code)).get_language_name(babel_locale(_lang(in_lang))))
