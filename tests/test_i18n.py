"""The Babel layer: complete catalogs in sync with the source, live switching, locale formatting."""

from __future__ import annotations

import datetime as dt
import gettext
import io
import re
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from wocdesk import i18n
from wocdesk.i18n.catalogs import CATALOG_LOCALES, po_path

ROOT = Path(__file__).resolve().parent.parent


def _source_messages() -> set[str]:
    method_map = [("wocdesk/**.py", "python")]
    found: set[str] = set()
    for _file, _line, message, _comments, _context in extract_from_dir(
        str(ROOT), method_map=method_map
    ):
        # A plural message (ngettext) is known by its singular form, as in the catalog.
        found.add(message[0] if isinstance(message, tuple | list) else message)
    return found


@pytest.mark.parametrize("lang", sorted(CATALOG_LOCALES))
def test_catalog_is_complete_and_in_sync(lang: str) -> None:
    with open(po_path(lang), "rb") as handle:  # type: ignore[arg-type]
        catalog = read_po(handle)
    in_catalog = {m.id if isinstance(m.id, str) else m.id[0] for m in catalog if m.id}
    missing = _source_messages() - in_catalog
    assert not missing, f"run pybabel extract/update: not in the {lang} catalog: {sorted(missing)}"
    untranslated = [
        m.id
        for m in catalog
        if m.id and (m.fuzzy or not all(m.string if isinstance(m.string, tuple) else [m.string]))
    ]
    assert not untranslated, f"untranslated or fuzzy in the {lang} catalog: {untranslated}"


def test_pot_template_lists_every_source_message() -> None:
    with open(ROOT / "resources" / "locale" / "wocdesk.pot", "rb") as handle:
        template = {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(handle) if m.id}
    assert _source_messages() <= template


def test_switching_is_looked_up_at_call_time() -> None:
    message = "(The original has no English for this line.)"
    assert i18n._(message) == message
    i18n.set_interface_language("zh")
    assert i18n.interface_language() == "zh"
    assert i18n._(message) == "（原文此处没有英文。）"
    i18n.set_interface_language("en")
    assert i18n._(message) == message


def test_listeners_hear_the_switch() -> None:
    heard: list[str] = []
    i18n.add_language_listener(heard.append)
    try:
        i18n.set_interface_language("zh")
        i18n.set_interface_language("zh")  # no change, no call
        i18n.set_interface_language("en")
    finally:
        i18n.remove_language_listener(heard.append)
    i18n.set_interface_language("zh")
    assert heard == ["zh", "en"]


def test_system_language(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    assert i18n.system_language() == "en"
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert i18n.system_language() == "zh"
    assert i18n.set_interface_language(None) == "zh"
    monkeypatch.setenv("LANGUAGE", "en_US:zh_CN")
    assert i18n.system_language() == "en"


def test_system_language_follows_gettext_order_and_the_c_locale(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LC_CTYPE", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.setenv("LC_MESSAGES", "zh_CN.UTF-8")
    assert i18n.system_language() == "zh"  # LC_MESSAGES before LANG
    monkeypatch.setenv("LC_ALL", "C")
    assert i18n.system_language() == "en"  # the C locale is English
    monkeypatch.setenv("LANGUAGE", "zh_TW:en")
    assert i18n.system_language() == "zh"


def test_system_language_asks_the_platform_when_no_variable_is_set(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from wocdesk.i18n import catalogs

    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LC_CTYPE", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setattr(catalogs, "platform_locale", lambda: "zh_CN")
    assert i18n.system_language() == "zh"
    monkeypatch.setattr(catalogs, "platform_locale", lambda: None)
    assert i18n.system_language() == "en"


def test_windows_ui_language_ids_map_to_locales() -> None:
    """The table the Windows probe reads (GetUserDefaultUILanguage gives 0x0804 for zh-CN)."""
    import locale

    assert locale.windows_locale[0x0804] == "zh_CN"
    assert locale.windows_locale[0x0409] == "en_US"


def test_gettext_in_ignores_the_interface_language() -> None:
    i18n.set_interface_language("en")
    assert i18n.gettext_in("zh", "[Only in English in the original]") == "[原文仅有英文]"


def test_bad_interface_language_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown language 'fr'"):
        i18n.set_interface_language("fr")
    assert i18n.interface_language() == "en"


def test_dates() -> None:
    day = dt.date(2024, 2, 23)
    assert i18n.format_date(day, "zh") == "2024年2月23日"
    assert i18n.format_date(day, "en") == "February 23, 2024"
    i18n.set_interface_language("zh")
    assert i18n.format_date(day) == "2024年2月23日"


def test_numbers_percentages_lists_and_names() -> None:
    assert i18n.format_percent(0.7, "zh") == "70%"
    assert i18n.format_percent(0.7, "en") == "70%"
    assert i18n.format_number(1234567.5, "en") == "1,234,567.5"
    assert (
        i18n.format_list(["政策平台", "注册体系", "数据库"], "zh") == "政策平台、注册体系和数据库"
    )
    assert i18n.format_list(["a", "b", "c"], "en") == "a, b, and c"
    assert i18n.language_name("zh", "zh") == "中文"
    assert i18n.language_name("zh", "en") == "Chinese"
    assert i18n.language_name("en", "zh") == "英语"


def _po_messages(lang: str) -> dict[str | tuple[str, ...], str | tuple[str, ...]]:
    with open(po_path(lang), "rb") as handle:  # type: ignore[arg-type]
        catalog = read_po(handle)
    return {
        (m.id if isinstance(m.id, str) else tuple(m.id)): (
            m.string if isinstance(m.string, str) else tuple(m.string)
        )
        for m in catalog
        if m.id and not m.fuzzy
    }


def _mo_says(translations: gettext.GNUTranslations, msgid: str | tuple[str, ...], n: int) -> str:
    if isinstance(msgid, str):
        return translations.gettext(msgid)
    return translations.ngettext(msgid[0], msgid[1], n)


@pytest.mark.parametrize("lang", sorted(CATALOG_LOCALES))
def test_compiled_catalog_says_what_its_po_says(lang: str) -> None:
    """Every message and plural form of the .po comes out of the compiled catalog (any Babel)."""
    from wocdesk.i18n.catalogs import compile_po

    source = Path(po_path(lang)).read_bytes()  # type: ignore[arg-type]
    translations = gettext.GNUTranslations(io.BytesIO(compile_po(lang, source)))  # type: ignore[arg-type]
    messages = _po_messages(lang)
    assert messages
    for msgid, msgstr in messages.items():
        if isinstance(msgstr, str):
            assert _mo_says(translations, msgid, 1) == msgstr, msgid
        else:  # Chinese has one plural form: every count says it
            for n in (1, 2, 5):
                assert _mo_says(translations, msgid, n) == msgstr[0], msgid


@pytest.mark.parametrize("lang", sorted(CATALOG_LOCALES))
def test_build_hook_compiles_the_catalog_under_the_name_looked_for(lang: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The .mo is built, not committed: the hook writes it where ``_load`` looks, stale ones go."""
    from wocdesk.i18n import catalogs

    po = Path(po_path(lang))  # type: ignore[arg-type]
    copy = tmp_path / "zh_CN" / "LC_MESSAGES" / "wocdesk.po"
    copy.parent.mkdir(parents=True)
    copy.write_bytes(po.read_bytes())
    (copy.parent / "wocdesk-00000000.mo").write_bytes(b"stale")
    original = catalogs.po_path
    catalogs.po_path = lambda _lang: str(copy)  # type: ignore[assignment]
    try:
        written = catalogs.compile_catalogs()
    finally:
        catalogs.po_path = original  # type: ignore[assignment]
    assert [p.name for p in written] == [catalogs.compiled_path(lang, po.read_bytes()).name]  # type: ignore[arg-type]
    assert sorted(p.name for p in copy.parent.glob("*.mo")) == [written[0].name]


def test_an_edited_po_is_not_shadowed_by_an_old_mo(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from wocdesk.i18n import catalogs

    po = tmp_path / "wocdesk.po"
    text = Path(po_path("zh")).read_text(encoding="utf-8")  # type: ignore[arg-type]
    po.write_text(text.replace('msgstr "[原文仅有英文]"', 'msgstr "[只有英文]"'), encoding="utf-8")
    monkeypatch.setattr(catalogs, "po_path", lambda lang: str(po))
    catalogs._load.cache_clear()
    try:
        assert not catalogs.compiled_path("zh", po.read_bytes()).exists()
        assert catalogs._load("zh").gettext("[Only in English in the original]") == "[只有英文]"
    finally:
        catalogs._load.cache_clear()


# Our own Chinese uses full-width punctuation. Exempt: placeholders ({file}), Qt mnemonics
# ((&F)), file-dialog filters ((*.toml);;), quoted code ("zh", 'both'), options (--help).
_EXEMPT = re.compile(r"\{[^{}]*\}|\(&\w\)|\([^()]*\*[^()]*\)|;;|\"[^\"]*\"|'[^']*'|--[\w-]+")
_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")
_ASCII_PUNCTUATION = re.compile(r"[,:;()?]")


def ascii_punctuation_beside_chinese(text: str) -> list[str]:
    """The ASCII , : ; ( ) ? in ``text`` whose nearest neighbour (past spaces) is Chinese."""
    text = _EXEMPT.sub("x", text)
    found = []
    for match in _ASCII_PUNCTUATION.finditer(text):
        before = text[: match.start()].rstrip()[-1:]
        after = text[match.end() :].lstrip()[:1]
        if _CJK.match(before) or _CJK.match(after):
            found.append(text[max(match.start() - 6, 0) : match.end() + 6])
    return found


def test_the_punctuation_check_catches_ascii_beside_chinese() -> None:
    assert ascii_punctuation_beside_chinese("英文在前,中文在后")
    assert ascii_punctuation_beside_chinese("(原文此处没有中文。)")
    assert ascii_punctuation_beside_chinese("无:使用 wocdesk 自带设计")
    assert not ascii_punctuation_beside_chinese("关于 wocdesk(&A)")
    assert not ascii_punctuation_beside_chinese("文章和双语文本 (*.toml *.txt);;所有文件 (*)")
    assert not ascii_punctuation_beside_chinese("{file}：无法写入（{reason}）")


@pytest.mark.parametrize("lang", sorted(CATALOG_LOCALES))
def test_our_chinese_uses_full_width_punctuation(lang: str) -> None:
    with open(po_path(lang), "rb") as handle:  # type: ignore[arg-type]
        catalog = read_po(handle)
    bad = {}
    for message in catalog:
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for text in strings:
            found = ascii_punctuation_beside_chinese(text or "")
            if found:
                bad[message.id if isinstance(message.id, str) else message.id[0]] = found
    assert not bad, f"ASCII punctuation beside Chinese in the {lang} catalog: {bad}"


def test_percentages_say_what_babel_says_without_loading_it() -> None:
    """The percent fast path follows CLDR's ``#,##0%`` exactly as Babel applies it."""
    import random

    from babel.numbers import format_percent as babel_percent

    from wocdesk.i18n.formatting import babel_locale

    rng = random.Random(7)
    values = [0.7, 0.005, 0.015, 0.025, 0.125, -0.001, -0.0, 0.0, 12.345, 1234.5, 1e15]
    values += [5e-05, 1.5e-05, 2.5e-05, -5e-03, 5e-324, 1e16, 1.2345678901234567e18, 7]
    values += [rng.uniform(-100, 100) for _ in range(2000)]
    values += [round(rng.uniform(-2, 2), 4) for _ in range(2000)]
    for value in values:
        for lang in ("zh", "en"):
            expected = babel_percent(value, locale=babel_locale(lang))
            assert i18n.format_percent(value, lang) == expected, (value, lang)


def test_a_huge_percentage_is_written_out_not_an_error() -> None:
    assert i18n.format_percent(1e28, "en") == "1,000,000,000,000,000,000,000,000,000,000%"
    assert i18n.format_percent(-1.5e300, "zh") == f"-{15 * 10**301:,}%"
