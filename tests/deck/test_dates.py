"""The deck's dates are Babel's long dates, written without loading Babel's locale data."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest
from babel.dates import format_date as babel_format_date

from wocdesk.i18n import babel_locale, format_date

DAYS = [
    dt.date(year, month, day)
    for year in (1, 999, 1999, 2024, 9999)
    for month in range(1, 13)
    for day in (1, 9, 10, 28)
]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_long_dates_are_babels(lang: str) -> None:
    for day in DAYS:
        expected = babel_format_date(day, format="long", locale=babel_locale(lang))
        assert format_date(day, lang) == expected, day


def test_other_styles_still_go_through_babel() -> None:
    day = dt.date(2024, 2, 23)
    assert format_date(day, "en", style="medium") == "Feb 23, 2024"
    assert format_date(day, "zh", style="short") == babel_format_date(
        day, format="short", locale=babel_locale("zh")
    )


def test_a_long_date_loads_no_babel() -> None:
    code = (
        "import sys, datetime; from wocdesk.i18n import format_date; "
        "day = datetime.date(2024, 2, 23); "
        "print(format_date(day, 'zh'), format_date(day, 'en')); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'babel'))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert out == ["2024年2月23日 February 23, 2024", "[]"]
