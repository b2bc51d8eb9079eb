"""The bundled article against the published text: verbatim, complete, leftovers kept apart."""

from __future__ import annotations

import re

from wocdesk.content.importing.importer import leftover_kind
from wocdesk.model import GroupsFigure, RankingFigure, SeriesFigure


def _seed_lines(seed_text: str) -> list[str]:
    return [line for line in seed_text.split("\n") if line.strip()]


def test_every_passage_is_a_line_of_the_seed(article, seed_text) -> None:  # type: ignore[no-untyped-def]
    lines = set(_seed_lines(seed_text))
    for passage in article.passages():
        for lang in ("zh", "en"):
            text = passage.text.get(lang)
            if text is not None:
                assert text in lines, f"{passage.id}.{lang} is not verbatim"


def test_every_text_line_of_the_seed_is_in_the_article(article, seed_text) -> None:  # type: ignore[no-untyped-def]
    texts = {t for p in article.passages() for t in (p.zh, p.en) if t}
    headings = {t for s in article.sections for t in (s.title.zh, s.title.en)}
    leftovers = {item.text for item in article.leftovers}
    title = article.title.en
    for line in _seed_lines(seed_text):
        assert line in texts | headings | leftovers | {title}, f"seed line missing: {line[:40]}"


def test_pairs_follow_the_published_order(article, seed_text) -> None:  # type: ignore[no-untyped-def]
    lines = _seed_lines(seed_text)
    for passage in article.passages():
        if passage.zh and passage.en:
            assert lines[lines.index(passage.zh) + 1] == passage.en


def test_one_language_lines_are_flagged(article) -> None:  # type: ignore[no-untyped-def]
    one_language = [p.id for p in article.passages() if p.is_one_language]
    assert one_language == ["p-read-more", "p-attribution"]
    assert article.passage("p-read-more").en is None


def test_leftovers_are_typed_and_never_body_text(article) -> None:  # type: ignore[no-untyped-def]
    kinds = sorted({item.kind for item in article.leftovers})
    assert kinds == ["carousel-hint", "photo-credit", "tip"]
    body = {t for p in article.passages() for t in (p.zh, p.en) if t}
    for item in article.leftovers:
        assert item.text not in body
        assert leftover_kind(item.text) == item.kind
    assert sum(item.kind == "photo-credit" for item in article.leftovers) == 3


def test_event_facts(article) -> None:  # type: ignore[no-untyped-def]
    assert article.event.date.isoformat() == "2024-02-23"
    assert article.event.place.get("en") == "Beijing"
    assert article.event.name.zh == "前沿科技中国实践故事会"
    assert article.event.name.zh in article.passage("p-event").zh
    assert article.event.speaker.zh == "刘华"
    assert article.event.speaker_role.en in article.passage("p-waves").en


def test_three_trends_in_the_articles_own_words(article) -> None:  # type: ignore[no-untyped-def]
    assert [t.name.en for t in article.trends] == ["Eastward", "Exchange", "Enterprise-driven"]
    assert [t.name.zh for t in article.trends] == ["创新中心东移", "交流促进创新", "企业驱动创新"]
    for trend in article.trends:
        source = article.passage(trend.passage_id)
        assert f"{trend.name.zh}({trend.name.en})" in source.zh
        assert trend.detail.en in source.en
        assert trend.summary.zh and trend.summary.en  # ours, editorial


def test_five_keys_per_language(article) -> None:  # type: ignore[no-untyped-def]
    source = article.passage("p-keys")
    assert [k.name.zh for k in article.keys] == [
        "政策平台",
        "注册体系",
        "数据库",
        "合作平台",
        "能力建设",
    ]
    for key in article.keys:
        assert key.name.zh in source.zh
        assert key.name.en in source.en
    assert article.keys[0].name.en == "policy frameworks"


def test_figures_are_the_articles_numbers(article) -> None:  # type: ignore[no-untyped-def]
    share = article.figure("asia-share")
    assert isinstance(share, SeriesFigure)
    assert [p.value for p in share.points] == [50, 60, 70]
    source = article.passage(share.passage_id)
    for value in (50, 60, 70):
        assert f"{value}%" in source.zh and f"{value}%" in source.en
    ranking = article.figure("top-clusters")
    assert isinstance(ranking, RankingFigure)
    assert [i.name.en for i in ranking.items] == [
        "Tokyo-Yokohama",
        "Shenzhen-Hong Kong-Guangzhou",
        "Seoul",
        "Beijing",
        "Shanghai-Suzhou",
    ]
    order = [
        source.zh.index(f"第{n}是{i.name.zh}")
        for n, i in zip("一二三四五", ranking.items, strict=True)
    ]
    assert order == sorted(order)
    groups = article.figure("cluster-enterprises")
    assert isinstance(groups, GroupsFigure)
    members = {g.name.en: [m.en for m in g.members] for g in groups.groups}
    assert members == {
        "Tokyo-Yokohama": ["Mitsubishi Electric", "Sony"],
        "Beijing": ["BOE", "Baidu", "Xiaomi"],
        "Shenzhen-Hong Kong-Guangzhou": ["Huawei", "OPPO", "ZTE"],
    }
    enterprise_text = article.passage("p-enterprise")
    for group in groups.groups:
        for member in group.members:
            assert member.zh in enterprise_text.zh and member.en in enterprise_text.en


def test_ascii_commas_in_the_chinese_are_kept(article) -> None:  # type: ignore[no-untyped-def]
    assert "2024年2月23日,北京 – " in article.passage("p-event").zh
    assert not re.search("，", article.text_in("zh"))
