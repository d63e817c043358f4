"""The --html page: self-contained, every verdict colour in the legend, overlapping claims
marked, and no way for article text to inject markup or script."""

from __future__ import annotations

import re

from capscope.claims import check_text
from capscope.claims.html import COLOURS, render_html


def test_overlapping_claims_and_legend():
    text = ("The small-cap benchmark is up 12.8% over the last one month, triple the gains in "
            "the S&P 500.")
    report = check_text(text, "2024-07-16")
    page = render_html(report, title="t")
    assert len(report.items) == 2
    assert "<sup>1</sup>" in page and "<sup>2</sup>" in page
    for v in COLOURS:
        assert f'class="v-{v.value}"' in page  # the legend has every verdict
    assert "capscope returns RUT --vs SPX --window 1M --on 2024-07-16" in page
    assert "http" not in page.lower().replace("http-equiv", "")  # nothing loaded from elsewhere


def test_article_text_cannot_inject_markup():
    evil = ('The Russell 2000 jumped 3.5% on Tuesday" onmouseover="alert(1) '
            "<script>alert(2)</script> <b>bold</b> & </mark><iframe src=x></iframe>.")
    report = check_text(evil, "2024-07-16")
    assert report.items  # the claim is still found
    page = render_html(report, title="<script>alert(3)</script>")
    assert "<script" not in page and "<iframe" not in page and "<b>" not in page
    assert 'onmouseover="' not in page
    assert "&lt;script&gt;" in page
    # every mark element opened is closed: the article's own "</mark>" was escaped
    assert len(re.findall(r"<mark ", page)) == len(re.findall(r"</mark>", page))
