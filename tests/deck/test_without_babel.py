"""An export needs no Babel: its dates and the system language are Babel's, found without it."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest
from babel.core import default_locale
from babel.dates import format_date as babel_format_date

from wocdesk.i18n import babel_locale, format_date, system_language
from wocdesk.i18n.catalogs import _LOCALE_VARIABLES

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


VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LC_CTYPE", "LANG")
VALUES = (
    "zh_CN.UTF-8", "en_US.UTF-8", "C", "C.UTF-8", "POSIX", "zh", "en", "zh_TW:en", "en_GB:zh_CN",
    "zh_Hans_CN.UTF-8", "de_DE@euro", "ZH_cn", "zha", "", ":zh", "1234", "zh_CN_x_y", "中文",
    "sr_RS@latin", "fr_CA.ISO-8859-1", "zh_", "zh_CN@euro.UTF-8", "zh_Hans", "en_1", "ZH",
)  # fmt: skip


@pytest.mark.parametrize("variable", VARIABLES)
def test_the_system_language_is_what_babel_finds(
    monkeypatch: pytest.MonkeyPatch, variable: str
) -> None:
    for value in VALUES:
        for other in VARIABLES:
            monkeypatch.delenv(other, raising=False)
        monkeypatch.setenv(variable, value)
        monkeypatch.setenv("LANG", "en_US.UTF-8" if variable != "LANG" else value)
        code = default_locale(_LOCALE_VARIABLES)
        expected = "zh" if code and code.lower().startswith("zh") else "en"
        assert system_language() == expected, (variable, value)


def test_an_export_loads_no_babel(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # An English deck and interface: no catalog to load (a Chinese catalog whose .po is newer
    # than its compiled .mo, as in a checkout not reinstalled, is compiled with Babel); the
    # Chinese date as a Chinese deck writes it.
    code = (
        "import sys, datetime; from wocdesk.cli.main import main; "
        "from wocdesk.i18n import format_date; "
        f"code = main(['export', '--lang', 'en', '-o', {str(tmp_path / 'deck.pptx')!r}]); "
        "day = format_date(datetime.date(2024, 2, 23), 'zh'); "
        "print(code, day, sorted(m for m in sys.modules if m.split('.')[0] == 'babel'))"
    )
    env = {"LANG": "en_US.UTF-8", "PATH": "/usr/bin:/bin"}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    ).stdout
    assert out.splitlines() == ["0 2024年2月23日 []"]
    assert (tmp_path / "deck.pptx").stat().st_size > 10_000
