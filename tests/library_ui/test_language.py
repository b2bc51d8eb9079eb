"""Everything the library adds to the window speaks the interface language, switched live."""

from __future__ import annotations

from pathlib import Path

from wocdesk.i18n import _
from wocdesk.library.store import Library
from wocdesk.ui.app.language import set_interface_language


def texts(window) -> dict[str, str]:  # type: ignore[no-untyped-def]
    controller = window.library
    panel = controller.panel
    return {
        "dock": controller.dock.windowTitle(),
        "toggle": controller.library_action.text(),
        "import action": window.action_registry["library-import"].text(),
        "recent": controller.recent_menu.title(),
        "field": panel.field.placeholderText(),
        "button": panel.import_button.text(),
        "count": panel.count_label.text(),
        "hits": panel.hits_label.text(),
        "rename": panel.rename_action.text(),
        "heading": controller.home.heading.text(),
    }


def test_every_text_follows_the_interface_language(
    make_library_window, library: Library, ten_files: list[Path], qtbot
) -> None:
    library.import_file(ten_files[8])
    window = make_library_window()
    controller = window.library
    controller.show_library()
    controller.panel.search_now("知识产权")
    english = texts(window)
    assert (english["dock"], english["toggle"]) == ("Library", "&Library")
    assert english["recent"] == "Open &Recent"
    assert english["count"] == "2 articles"
    assert english["hits"].startswith("“知识产权”: ")
    set_interface_language("zh")
    chinese = texts(window)
    assert chinese == {
        "dock": "文库",
        "toggle": "文库(&L)",
        "import action": "导入到文库(&I)…",
        "recent": "最近打开(&R)",
        "field": "筛选标题，搜索正文…",
        "button": "导入…",
        "count": "2 篇文章",
        "hits": chinese["hits"],
        "rename": "重命名(&R)…\tF2",
        "heading": "文库",
    }
    assert chinese["hits"].startswith("“知识产权”：") and "篇文章中共" in chinese["hits"]
    controller.recent_menu.fill()
    entries = [a.text() for a in controller.recent_menu.actions()]
    assert entries and "前沿科技中国实践故事会" in entries[0]
    set_interface_language("en")
    assert texts(window) == english


def test_the_import_summary_and_its_lines_follow_the_language(
    make_library_window, library: Library, ten_files: list[Path], qtbot
) -> None:
    window = make_library_window()
    window.library.import_files(ten_files[:1])
    qtbot.waitUntil(lambda: not window.library.imports.is_busy(), timeout=30_000)
    summary = window.library.imports.summary
    assert summary.windowTitle() == "Imported into the library"
    set_interface_language("zh")
    assert summary.windowTitle() == "已导入文库"
    assert summary.lines()[0].startswith("post.txt：已添加为 2")
    assert "：2 节，10 段，2 行仅有一种语言" in summary.lines()[0]
    assert summary.heading.text() == "已导入 1 个文件"
    assert _("Library") == "文库"
