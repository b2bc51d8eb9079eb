"""Fixtures for the library: a private data folder per test, sample files of every kind."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from wocdesk.library.store import Library

ROOT = Path(__file__).resolve().parents[2]


def run_wocdesk(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """``wocdesk ARGS`` as a process of its own, with this test's data folder."""
    return subprocess.run(
        [sys.executable, "-m", "wocdesk", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=timeout,
        check=False,
    )


@pytest.fixture(autouse=True)
def private_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets its own data folder (and so its own library)."""
    folder = tmp_path / "data"
    monkeypatch.setenv("XDG_DATA_HOME", str(folder))
    monkeypatch.delenv("WOCDESK_LIBRARY", raising=False)
    return folder


@pytest.fixture
def library_path(private_data: Path) -> Path:
    return private_data / "wocdesk" / "library.sqlite3"


@pytest.fixture
def library(library_path: Path) -> Iterator[Library]:
    opened = Library.open()
    assert opened.path == library_path
    yield opened
    opened.close()


@pytest.fixture
def seed_file(tmp_path: Path, seed_text: str) -> Path:
    path = tmp_path / "seed.txt"
    path.write_text(seed_text, encoding="utf-8")
    return path


def make_docx(path: Path, picture: bool = False) -> Path:
    """A Word file with heading pairs at two levels, paragraph pairs and a bilingual table."""
    from docx import Document

    document = Document()
    document.add_paragraph("专利与创新", style="Title")
    document.add_heading("第一章 专利", level=1)
    document.add_heading("Chapter One: Patents", level=1)
    document.add_paragraph("发明专利申请量继续增长。")
    document.add_paragraph("Applications for invention patents keep growing.")
    document.add_heading("技术创新", level=2)
    document.add_heading("Technical innovation", level=2)
    paragraph = document.add_paragraph("技术创新中心")
    paragraph.add_run().add_break()
    paragraph.add_run("正在东移。")
    document.add_paragraph("Centres of technical innovation are moving east.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "专利权人可以许可他人实施其专利。"
    table.cell(0, 1).text = "A patentee may license others to work the patent."
    table.cell(1, 0).text = "这一行只有中文。"
    table.cell(1, 1).text = ""
    document.add_heading("第二章 合作", level=1)
    document.add_heading("Chapter Two: Cooperation", level=1)
    document.add_paragraph("合作平台促进能力建设。")
    document.add_paragraph("Cooperation platforms support capacity-building.")
    if picture:
        from PIL import Image

        buffer = io.BytesIO()
        Image.new("RGB", (8, 8), "navy").save(buffer, "PNG")
        buffer.seek(0)
        document.add_picture(buffer)
    document.save(str(path))
    return path


WECHAT_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>WIPO中国</title>
<style>.rich_media_title { font-size: 22px }</style>
<script>var msg_title = "不要读我";</script></head>
<body>
<nav><a href="/">首页</a> <a href="/about">About us</a></nav>
<div id="js_top_ad_area">广告 Advertisement</div>
<h1 class="rich_media_title" id="activity-name">
    专利与创新的故事
</h1>
<div class="rich_media_content" id="js_content">
  <h2>第一部分</h2><h2>Part One</h2>
  <p><span>世界知识产权组织</span><span>中国办事处</span>举办活动。</p>
  <p>The WIPO Office in China held an event.</p>
  <p><img src="a.jpg"></p>
  <p>图片:WOC|Photo: WOC</p>
  <h3>小节</h3><h3>Subsection</h3>
  <p>发明专利与技术创新
     互相促进。</p>
  <p>Invention patents and technical innovation&nbsp;reinforce each other.</p>
  <section><p>滑动查看更多</p></section>
  <script>console.log("专利")</script>
</div>
<footer>版权所有 Copyright</footer>
<div id="js_pc_qr_code">微信扫一扫 Scan with WeChat</div>
</body></html>
"""
