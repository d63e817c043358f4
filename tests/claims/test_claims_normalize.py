"""Normalisation: decoding, HTML, scraping noise, offsets back to the source, sentences."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from capscope.claims import normalize as normalize_module
from capscope.claims.extract import extract_article, extract_claims, find_published_date
from capscope.claims.normalize import decode, normalize, split_sentences
from capscope.errors import BadInput


def _sentences(text: str) -> list[str]:
    return [s.slice(text) for s in split_sentences(text)]


def test_sentences_survive_abbreviations_decimals_and_prices():
    text = ("The U.S. economy grew. Apple Inc. rose 2.5% vs. the S&P 500 on Nov. 5 to $2,263.67. "
            "Then J. Powell spoke. It fell.")
    assert _sentences(text) == [
        "The U.S. economy grew.",
        "Apple Inc. rose 2.5% vs. the S&P 500 on Nov. 5 to $2,263.67.",
        "Then J. Powell spoke.",
        "It fell.",
    ]


def test_sentence_may_end_with_us_before_a_new_sentence():
    assert _sentences("Goods made in the U.S. The index rose.") == [
        "Goods made in the U.S.", "The index rose."]


def test_one_word_per_line_is_reflowed_and_chars_normalised():
    words = "The\nRussell\n2000\nindex\njumped\n3.5%\non\nTuesday\u2014a\nrecord\nfor\nthe\nS\n&\nP\n500\u2019s\nrival."
    doc = normalize(words)
    assert doc.text == "The Russell 2000 index jumped 3.5% on Tuesday - a record for the S&P 500's rival."


def test_noise_lines_and_comments_removed():
    text = ("Small caps rallied.\nAdvertisement\nScroll to Top\nBy Jane Doe\n"
            "Tags: stocks, markets\nThe index rose 2% on Monday.\n"
            "Disclaimer: this article is not investment advice.\n"
            "Related\nSmall caps soar 50% in a day\nBig tech slumps\n\n"
            "12 Comments\nI think it rises 90% tomorrow!!")
    doc = normalize(text)
    assert "Advertisement" not in doc.text and "Scroll" not in doc.text and "Tags" not in doc.text
    assert "50%" not in doc.text and "90%" not in doc.text and "Disclaimer" not in doc.text
    assert doc.sentence_texts() == ["Small caps rallied.", "The index rose 2% on Monday."]


def test_photo_credit_and_caption_removed():
    doc = normalize("Traders work on the floor on July 11, 2024 in New York City. Spencer Platt | Getty Images "
                    "Small-cap stocks rose 1% on Tuesday.")
    assert doc.text == "Small-cap stocks rose 1% on Tuesday."


def test_html_text_and_offsets_map_back_to_source():
    html = ("<html><head><title>x</title><script>var a = '9% off';</script></head><body>"
            "<nav>Home | Markets</nav><article><p>The Russell&nbsp;2000 jumped <b>3.5%</b> on Tuesday.</p>"
            "<div class='ad-slot'>Buy now 50% off</div><p>It hit a record.</p></article>"
            "<footer>\u00a9 2024</footer></body></html>")
    doc = normalize(html)
    assert doc.was_html
    assert doc.sentence_texts() == ["The Russell 2000 jumped 3.5% on Tuesday.", "It hit a record."]
    i = doc.text.index("3.5%")
    src = doc.source_span(type(doc.sentences[0])(i, i + 4))
    assert html[src.start:src.end] == "3.5%"


def test_offsets_map_back_in_reflowed_text():
    text = "Small\ncaps\nrose\n3.5%\non\nTuesday\nafter\nthe\nFed\ncut."
    doc = normalize(text)
    i = doc.text.index("3.5%")
    src = doc.source_span(type(doc.sentences[0])(i, i + 4))
    assert text[src.start:src.end] == "3.5%"


def test_decoding():
    s = "The S&P 500 rose 2% \u2014 caf\u00e9"
    assert decode(s.encode("utf-8")) == s
    assert decode(b"\xef\xbb\xbf" + s.encode("utf-8")) == s
    assert decode(s.encode("utf-16")) == s
    assert decode("caf\u00e9 \u2019".encode("cp1252")) == "caf\u00e9 \u2019"


@pytest.mark.parametrize("data, words", [
    (b"", "empty"), (b"   \n\t ", "empty"), ("", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (b"%PDF-1.4\n\x00\x01\x02", "binary"),
    (bytes(range(1, 32)) * 50, "binary"),
    (b"\x81\x8d\x8f\x90\x9d" * 10, "neither UTF-8"),
    ("<html><body><script>x</script></body></html>", "no article text"),
])
def test_unusable_input_is_one_line_bad_input(data, words):
    with pytest.raises(BadInput) as info:
        extract_claims(data)
    assert words in info.value.message and "\n" not in info.value.one_line()


def test_too_large_is_rejected_quickly():
    big = b"a" * (10 * 1024 * 1024 + 1)
    t0 = time.perf_counter()
    with pytest.raises(BadInput, match="MB"):
        extract_claims(big)
    assert time.perf_counter() - t0 < 2


def test_ten_megabytes_of_prose_rejected_clearly():
    para = ("The Russell 2000 jumped 3.5% on Tuesday, hitting its highest level since January 2022. "
            "Analysts were not surprised.\n")
    data = (para * (10 * 1024 * 1024 // len(para) - 10)).encode()
    t0 = time.perf_counter()
    with pytest.raises(BadInput, match="more than the 1,000,000"):
        extract_article(data, None)
    assert time.perf_counter() - t0 < 60


@pytest.mark.slow
def test_one_megabyte_one_word_per_line_in_bounded_time():
    words = ("The small-cap index rose 1.2% on Monday and closed at 2,100.55 . " * 14000).split()
    data = "\n".join(words)
    assert len(data) > 900_000
    t0 = time.perf_counter()
    claims = extract_claims(data)
    assert time.perf_counter() - t0 < 60
    assert len(claims) > 100


def test_hundred_kilobytes_one_word_per_line_is_quick():
    data = "\n".join(("The small-cap index rose 1.2% on Monday and closed at 2,100.55 . " * 1500).split())
    t0 = time.perf_counter()
    claims = extract_claims(data)
    assert time.perf_counter() - t0 < 8
    assert sum(c.kind.value == "day_move" for c in claims) == 1500


def test_no_claims_and_pathological_numbers():
    assert extract_claims("The weather was nice and the traders went home.") == []
    claims = extract_claims("The Russell 2000 jumped 9999999999999999999% on Monday. It rose 1e308% on "
                            "Tuesday. It fell " + "9" * 5000 + "% on Friday.")
    moves = [c for c in claims if c.kind.value == "day_move"]
    assert [q.value for c in moves for q in c.quantities] == [9999999999999999999.0]


def test_published_date_found_only_when_stated_about_the_article():
    assert find_published_date("Published Tue, Jul 16 2024 4:05 PM EDT\nSmall caps rose.")[0].isoformat() == "2024-07-16"
    assert find_published_date("Jul 16, 2024 4:05 PM ET\nSmall caps rose.")[0].isoformat() == "2024-07-16"
    assert find_published_date("Traders work on July 11, 2024 in New York.")[0] is None
    ex = extract_article("Published July 16, 2024\nThe Russell 2000 jumped 3.5% on Tuesday.")
    assert ex.published.isoformat() == "2024-07-16" and ex.published_source.startswith("found in text")
    assert ex.claims[0].time.start.isoformat() == "2024-07-16"


def test_relative_dates_unresolved_without_publication_date():
    ex = extract_article("The Russell 2000 jumped 3.5% on Tuesday.")
    c = ex.claims[0]
    assert c.time.start is None and not c.time.resolved
    assert any("unresolved time 'on Tuesday'" in f for f in c.flags)
    assert ex.warnings


_PIECES = ["The", "Russell", "2000", "rose", "3.5%.", "S", "&", "P", "S&P", "S &P", "S&amp;P", "\u2014", "--", " ",
           "  ", "\n", "\n\n\n", "-\n", "word-\nwrap", "Scroll to Top", "Skip to main content", "Advertisement",
           "IWM mountain 2021-11-01 IWM since late 2021", "Spencer Platt | Getty Images", "Photo / Reuters",
           "Tags:", "Related", "it", "fell", "\u201cquoted\u201d", "line", "area 2024-01-02", "Copyright 2024"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=40), st.sampled_from([" ", "", "\n"]))
def test_substring_gates_of_normalize_change_nothing(pieces, sep):
    """The ``needs`` gates of ``_Tracked.sub`` only skip scans that would find nothing."""
    text = sep.join(pieces)
    try:
        fast = normalize(text)
    except BadInput:
        fast = None
    plain_sub = normalize_module._Tracked.sub

    def ungated(self, pattern, repl, needs=()):
        return plain_sub(self, pattern, repl)

    normalize_module._Tracked.sub = ungated
    try:
        slow = normalize(text)
    except BadInput:
        slow = None
    finally:
        normalize_module._Tracked.sub = plain_sub
    if fast is None or slow is None:
        assert fast is None and slow is None
        return
    assert (fast.text, fast.sentences, fast.removed) == (slow.text, slow.sentences, slow.removed)
    assert fast.origin.tolist() == slow.origin.tolist()


_DOUBLE_SPACED = """Russell 2000 notches record close
Sep 20, 2025 9:04 PM

Sept 18 (Reuters) - The Russell 2000 index notched a

record-high close on Thursday for the first time in four years,

reflecting growing optimism about small-cap U.S. companies as

lower interest rates boost investor confidence.

The index gained 2.5% for the session to close at

2,467.70, its best level in years.

The Russell 2000 is made up of about 2,000 publicly

listed companies that are smaller than those included in the S&P

500. It has soared about 40% since April 8, the low point

of a global selloff fueled by worries about President Donald

Trump's sweeping tariffs.
"""


def test_double_spaced_hard_wrapped_text_is_joined_into_sentences():
    doc = normalize(_DOUBLE_SPACED)
    sentences = doc.sentence_texts()
    assert "The index gained 2.5% for the session to close at 2,467.70, its best level in years." in sentences
    assert ("The Russell 2000 is made up of about 2,000 publicly listed companies that are smaller than "
            "those included in the S&P 500.") in sentences
    assert ("It has soared about 40% since April 8, the low point of a global selloff fueled by worries "
            "about President Donald Trump's sweeping tariffs.") in sentences
    # a bare date stamp stays off the headline above it
    assert "Russell 2000 notches record close" in sentences
    # the paragraph that ends a sentence keeps its break
    assert any(s.endswith("boost investor confidence.") for s in sentences)


def test_single_line_paragraphs_are_not_taken_for_double_spacing():
    text = "\n\n".join(["Headline About Small Caps"] + [f"Paragraph {i} says the index rose {i}%." for i in range(10)]
                       + ["Related", "More stories"])
    doc = normalize(text)
    assert "Headline About Small Caps" in doc.sentence_texts()
    assert "Paragraph 0 says the index rose 0%." in doc.sentence_texts()


def test_spaced_s_and_p_is_joined_and_the_written_form_keeps_exact_offsets():
    doc = normalize("Stocks: the S & P 500 and the S&P rose.")
    assert doc.text == "Stocks: the S&P 500 and the S&P rose."
    i = doc.text.rindex("S&P")
    assert [int(doc.origin[i + k]) for k in range(3)] == [i + 2 + k for k in range(3)]  # two spaces fewer before it


def test_utf16_without_a_byte_order_mark_is_read_as_text():
    from capscope.claims.normalize import decode

    text = "The Russell 2000 jumped 3.5% on Tuesday."
    assert decode(text.encode("utf-16-le")) == text
    assert decode(text.encode("utf-16-be")) == text


def test_bullets_run_into_one_line_are_sentences():
    # a wire story's summary bullets flattened into one line: each item is its own sentence, so
    # the name that opens the first is not the subject of the others; a product's "*" is no bullet
    text = ("* Nasdaq hits 10-yr high * Fed in no hurry * Russell 2000 Index ends at record high of 858.31 "
            "* Dow up 0.8 pct. Two \u2022 Three. 2 * 3 is six.")
    got = [text[s.start:s.end] for s in split_sentences(text)]
    assert got == ["* Nasdaq hits 10-yr high *", "Fed in no hurry *", "Russell 2000 Index ends at record high of 858.31 *",
                   "Dow up 0.8 pct.", "Two \u2022", "Three.", "2 * 3 is six."]
    claims = extract_claims(text, None)
    record = next(c for c in claims if c.kind.value == "record")
    assert record.subject is not None and record.subject.symbol == "RUT"
    move = next(c for c in claims if c.kind.value == "day_move")
    assert move.subject is not None and move.subject.symbol == "DJI"
