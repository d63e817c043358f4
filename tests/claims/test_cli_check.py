"""``capscope check`` end to end through the CLI: table, --json, --html, stdin, bad input."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from capscope.cli import app

EXAMPLES = Path(__file__).parent / "examples"
IWM_ARTICLE = EXAMPLES / "iwm-highest-since-2021.txt"
runner = CliRunner()


def run(*args: str, input: bytes | str | None = None):
    return runner.invoke(app, ["check", *args], input=input)


def test_table_exit_zero_even_with_contradictions():
    # the example's own contradictions were forecasts, which are reported, never judged: a wrong
    # figure put into its lead makes the contradiction: a close 2.3% up for RUT's +3.505% that day
    # (read off the rows in test_check_articles), understated at 0.66 times and said of the close
    # (the session traded through +0.52% to +3.58%), is an alarm; an overstated one past 1.3 times
    # the data's would be withheld as unverifiable
    text = (EXAMPLES / "small-caps-on-a-tear.txt").read_text(encoding="utf-8")
    planted = text.replace("jumped\n3.5%\non", "jumped\n2.3%\nat\nthe\nclose\non")
    assert planted != text
    r = run("-", "--published", "2024-07-16", input=planted)
    assert r.exit_code == 0, r.output
    assert "contradicted" in r.output and "supported" in r.output
    assert "capscope move RUT --on 2024-07-16" in r.output


def test_json_one_object_per_claim():
    r = run(str(IWM_ARTICLE), "--published", "2024-10-17", "--json")
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    art = data["articles"][0]
    assert art["published"] == "2024-10-17" and art["published_from"] == "option"
    claims = art["claims"]
    move = next(c for c in claims if c["kind"] == "day_move")
    assert move["verdict"] == "supported"  # +1.645% for "1.7%": at its rounding edge (test_check_articles)
    assert move["resolved"]["symbol"] == "IWM"
    assert move["resolved"]["time"]["day"] == "2024-10-16"
    assert move["command"] == "capscope move IWM --on 2024-10-16"
    assert move["evidence"][0]["values"]["close"] == 226.74
    text = IWM_ARTICLE.read_text(encoding="utf-8")
    s = move["source_span"]
    assert text[s["start"]:s["end"]] == "rising 1.7%"
    assert sum(data["counts"].values()) == len(claims)


def test_stdin_and_html(tmp_path):
    out = tmp_path / "report.html"
    r = run("-", "--published", "2024-10-17", "--html", str(out),
            input=IWM_ARTICLE.read_bytes())
    assert r.exit_code == 0, r.output
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<script" not in page
    assert 'class="v-imprecise"' in page and "capscope move IWM --on 2024-10-16" in page


def test_several_files(tmp_path):
    r = run(str(IWM_ARTICLE), str(EXAMPLES / "small-caps-on-a-tear.txt"), "--json")
    assert r.exit_code == 0
    data = json.loads(r.stdout)
    assert [a["name"] for a in data["articles"]] == ["iwm-highest-since-2021.txt",
                                                     "small-caps-on-a-tear.txt"]


def test_unusable_input_exit_2(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "blob.bin"
    binary.write_bytes(bytes(range(256)) * 8)
    utf16_no_bom = tmp_path / "odd.txt"
    utf16_no_bom.write_bytes(b"\xff\xfe\x00\x00" * 4 + b"\x00\x01\x02\x03" * 50)
    for args in ([str(empty)], [str(binary)], [str(tmp_path / "missing.txt")], [str(tmp_path)],
                 [str(utf16_no_bom)], [str(IWM_ARTICLE), "--published", "2024-13-45"]):
        r = run(*args)
        assert r.exit_code == 2, (args, r.output)
        assert "Traceback" not in r.output
        assert r.output.count("\n") <= 2, r.output
    r = run("-", input=b"   \n  ")
    assert r.exit_code == 2


def test_text_with_no_claims():
    r = run("-", input="The weather was pleasant and everyone went home early.")
    assert r.exit_code == 0
    assert "no checkable claims" in r.output


def test_html_output_is_escaped(tmp_path):
    evil = ("<script>alert('x')</script> The Russell 2000 jumped 3.5% on Tuesday "
            "<img src=x onerror=alert(1)>.")
    out = tmp_path / "x.html"
    r = run("-", "--published", "2024-07-16", "--html", str(out), input=evil)
    assert r.exit_code == 0, r.output
    page = out.read_text(encoding="utf-8")
    assert "<script" not in page and "<img" not in page and "onerror=alert" not in page.replace(
        "onerror=alert(1)&gt;", "")


def test_rich_markup_in_article_is_printed_literally():
    r = run("-", "--published", "2024-07-16",
            input="[bold red]The Russell 2000 jumped 3.5% on Tuesday.[/bold red] [link]x")
    assert r.exit_code == 0, r.output
    assert "supported" in r.output


def test_html_article_with_its_own_date(tmp_path):
    page = tmp_path / "a.html"
    page.write_text(
        '<html><head><meta property="article:published_time" content="2024-07-16T20:15:00Z">'
        "</head><body><nav>Home | Markets</nav><article><p>The Russell 2000 index jumped 3.5% "
        "on Tuesday, hitting its highest level since January 2022.</p><script>var x = "
        '"fell 9% on Tuesday";</script></article><footer>Scroll to Top</footer></body></html>',
        encoding="utf-8")
    r = run(str(page), "--json")
    assert r.exit_code == 0, r.output
    art = json.loads(r.stdout)["articles"][0]
    assert art["published"] == "2024-07-16" and art["published_from"] == "text"
    assert [(c["kind"], c["verdict"]) for c in art["claims"]] == [
        ("day_move", "supported"), ("highest_since", "supported")]


def test_table_names_the_cue_of_a_claim_that_is_not_checked():
    text = ("The Russell 2000 jumped 3.5% on Tuesday. If the gains hold through Friday, the index will "
            "post its best week since 2020.")
    r = run("-", "--published", "2024-07-16", input=text)
    assert r.exit_code == 0, r.output
    assert "not an assertion of a present fact: a conditional" in r.output
