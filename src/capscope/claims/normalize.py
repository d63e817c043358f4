"""Article text in, clean sentences out, with a map back to the original characters.

Scraped articles arrive as bytes in unknown encodings, as HTML with scripts and navigation, or as
text mangled by the scraper: one word per line, hard-wrapped lines, photo captions and credits
mixed into the body, "Scroll to Top", tag lists, reader comments, disclaimers, smart quotes,
non-breaking spaces, "S & P". :func:`normalize` undoes all of that and keeps, for every character
of the clean text, the offset of the character it came from (``Document.origin``), so a claim can
be highlighted in the original. :func:`split_sentences` survives "U.S.", "Inc.", "vs.", "Nov. 5",
decimals and "$2,263.67".
"""

from __future__ import annotations

import codecs
import dataclasses
import html
import re
from collections.abc import Callable
from html.parser import HTMLParser

import numpy as np

from capscope._encoding import utf16_without_bom
from capscope.claims.model import Span
from capscope.claims.timexpr import DATE_WORDS, WEEKDAY_WORDS
from capscope.errors import BadInput

MAX_BYTES = 10 * 1024 * 1024  # larger inputs are rejected: no news article is this big
# article text left after markup and noise are removed; above this extraction would take minutes
MAX_TEXT_CHARS = 1_000_000

Repl = str | Callable[[re.Match[str]], str]


class _Tracked:
    """Text plus, per character, the offset of its source character (one sentinel at the end)."""

    __slots__ = ("origin", "text")

    def __init__(self, text: str, origin: np.ndarray | None = None) -> None:
        self.text = text
        self.origin = np.arange(len(text) + 1, dtype=np.int64) if origin is None else origin

    def sub(self, pattern: re.Pattern[str], repl: Repl, needs: tuple[str, ...] = ()) -> _Tracked:
        """Like ``pattern.sub`` but keeping the origin map: inserted text maps to the match start.

        ``needs``: substrings of which every match contains one. When the text has none of them
        the scan is skipped: most articles have no em dash, photo credit or chart embed, and a
        substring test is far cheaper than a regex scan of the whole text.
        """
        text = self.text
        if needs and not any(map(text.__contains__, needs)):
            return self
        pieces: list[str] = []
        starts: list[int] = []
        steps: list[int] = []
        lens: list[int] = []
        pos = 0
        # a replacement without backslashes expands to itself: skip re-parsing it per match
        literal = repl if isinstance(repl, str) and "\\" not in repl else None
        for m in pattern.finditer(text):
            s, e = m.span()
            r = literal if literal is not None else repl(m) if callable(repl) else m.expand(repl)
            if s == pos and e == s and not r:
                continue
            if s > pos:
                pieces.append(text[pos:s])
                starts.append(pos)
                steps.append(1)
                lens.append(s - pos)
            if r:
                pieces.append(r)
                starts.append(s)
                steps.append(0)
                lens.append(len(r))
            pos = e
        if not starts and pos == 0:
            return self
        if pos < len(text):
            pieces.append(text[pos:])
            starts.append(pos)
            steps.append(1)
            lens.append(len(text) - pos)
        ln = np.asarray(lens, dtype=np.int64)
        run = np.repeat(np.arange(len(ln)), ln)
        first = np.cumsum(ln) - ln
        src = np.asarray(starts, dtype=np.int64)[run] + np.asarray(steps, dtype=np.int64)[run] * (
            np.arange(int(ln.sum()), dtype=np.int64) - first[run])
        origin = np.append(self.origin[src], self.origin[-1])
        return _Tracked("".join(pieces), origin)


@dataclasses.dataclass
class Document:
    """A normalised article: clean text, sentence spans, and the way back to the source."""

    text: str
    source: str  # the decoded input (HTML included when the input was HTML)
    origin: np.ndarray  # origin[i] = offset in ``source`` of text[i]
    sentences: list[Span]
    was_html: bool = False
    published_in_text: str = ""  # the raw words stating a publication date, when present
    removed: list[str] = dataclasses.field(default_factory=list)  # noise taken out, for review

    def source_span(self, span: Span) -> Span:
        """The span of the source text a normalised span came from."""
        end = max(span.start, span.end - 1)
        return Span(int(self.origin[span.start]), int(self.origin[end]) + 1)

    def sentence_texts(self) -> list[str]:
        return [s.slice(self.text) for s in self.sentences]


# ----------------------------------------------------------------------------- decoding

# control characters other than \t \n \v \f \r (9-13): a count of them tells binary from text
_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1f]")


def decode(data: bytes | str) -> str:
    """Bytes to text: BOMs (utf-8, utf-16, utf-32), then utf-8, then cp1252; binary is refused."""
    if isinstance(data, str):
        text = data
    else:
        if len(data) > MAX_BYTES:
            raise BadInput(f"input is {len(data) / 1e6:.1f} MB, more than the "
                           f"{MAX_BYTES // (1024 * 1024)} MB limit",
                           "pass the article text only (save the page as text, or cut it down)")
        text = _decode_bytes(data)
    if len(text) > MAX_BYTES:
        raise BadInput(f"input has {len(text):,} characters, more than the {MAX_BYTES:,} limit",
                       "pass the article text only")
    if "\x00" in text:
        raise BadInput("input looks binary (it contains NUL bytes)",
                       "pass a text or HTML file, not a PDF, image or archive")
    head = text[:65536]
    controls = len(_CONTROL_RE.findall(head)) if _CONTROL_RE.search(head) else 0
    if controls > max(8, len(text[:65536]) // 100):
        raise BadInput("input looks binary (it is full of control characters)",
                       "pass a text or HTML file, not a PDF, image or archive")
    if not text.strip():
        raise BadInput("input is empty", "pass an article as text or HTML")
    return text


_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))


def _decode_bytes(data: bytes) -> str:
    if not data.strip():
        raise BadInput("input is empty", "pass an article as text or HTML")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                raise BadInput(f"input starts with a {enc} byte-order mark but does not decode as {enc}",
                               "re-save the file as UTF-8") from None
    if b"\x00" in data:
        enc = utf16_without_bom(data[:8192])
        if enc is None:
            raise BadInput("input looks binary (it contains NUL bytes)",
                           "pass a text or HTML file, not a PDF, image or archive")
        try:
            return data.decode(enc)  # UTF-16 saved without a byte-order mark
        except UnicodeDecodeError:
            raise BadInput("input looks like UTF-16 without a byte-order mark but does not "
                           "decode as such", "re-save the file as UTF-8") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise BadInput("input is neither UTF-8 nor Windows-1252 text",
                       "re-save the file as UTF-8") from None


# ----------------------------------------------------------------------------- HTML

_SKIP_TAGS = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "button",
              "svg", "iframe", "figcaption", "figure", "template", "select", "option", "head",
              "title", "menu", "dialog", "object", "embed", "canvas", "video", "audio", "picture"}
_BLOCK_TAGS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
               "table", "section", "article", "blockquote", "pre", "hr", "dd", "dt", "dl", "main",
               "td", "th", "caption"}
_NOISE_CLASS = re.compile(
    r"(?:^|[\s_-])(ad|ads|advert|advertisement|promo|sponsored|related|comments?|newsletter|"
    r"share|sharing|social|sidebar|footer|nav|navbar|menu|cookie|subscribe|caption|byline|"
    r"breadcrumbs?|disclaimer|disclosure|tags?|paywall|signup|recirc|outbrain|taboola)(?:$|[\s_-])",
    re.IGNORECASE,
)
_VOID = {"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "wbr", "source", "track"}


class _TextExtractor(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self.pieces: list[str] = []
        self.offsets: list[int] = []
        self.skip_stack: list[str] = []
        self.meta_dates: list[str] = []

    def _pos(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: (v or "") for k, v in attrs}
        if tag == "meta":
            prop = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if prop in ("article:published_time", "datepublished", "pubdate", "publishdate",
                        "date", "dc.date", "og:published_time", "sailthru.date", "parsely-pub-date"):
                self.meta_dates.append(a.get("content", ""))
            return
        if tag == "time" and a.get("datetime") and not self.skip_stack:
            self.meta_dates.append(a["datetime"])
        if tag in _VOID:
            if tag in ("br", "hr"):
                self._emit("\n", self._pos())
            return
        if self.skip_stack:
            self.skip_stack.append(tag)
            return
        noisy = _NOISE_CLASS.search(" ".join((a.get("class", ""), a.get("id", ""),
                                               a.get("role", ""))))
        if tag in _SKIP_TAGS or noisy or a.get("aria-hidden") == "true" or "hidden" in a:
            self.skip_stack.append(tag)
            return
        if tag in _BLOCK_TAGS:
            self._emit("\n\n", self._pos())

    def handle_endtag(self, tag: str) -> None:
        if self.skip_stack:
            # pop up to the matching tag (HTML in the wild is not always well nested)
            if tag in self.skip_stack:
                while self.skip_stack and self.skip_stack.pop() != tag:
                    pass
            return
        if tag in _BLOCK_TAGS:
            self._emit("\n\n", self._pos())

    def handle_data(self, data: str) -> None:
        if self.skip_stack:
            if data.strip() and re.search(r"\"datePublished\"\s*:\s*\"([^\"]+)\"", data):
                self.meta_dates.append(re.search(r"\"datePublished\"\s*:\s*\"([^\"]+)\"", data).group(1))
            return
        self._emit(data, self._pos())

    def _emit(self, s: str, at: int) -> None:
        self.pieces.append(s)
        self.offsets.append(at)


def looks_like_html(text: str) -> bool:
    head = text[:4096].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or bool(
        re.search(r"<(html|body|p|div|article|span|br)\b[^>]*>", text[:65536], re.IGNORECASE))


def html_to_tracked(source: str) -> tuple[_Tracked, list[str]]:
    """Visible article text of an HTML page, each character mapped to its place in the page."""
    parser = _TextExtractor(source)
    try:
        parser.feed(source)
        parser.close()
    except Exception as exc:  # html.parser is lenient; anything left is truly unusable input
        raise BadInput(f"HTML could not be read: {exc}", "save the article as plain text") from None
    text = "".join(parser.pieces)
    origin = np.empty(len(text) + 1, dtype=np.int64)
    i = 0
    for piece, at in zip(parser.pieces, parser.offsets, strict=True):
        n = len(piece)
        origin[i:i + n] = np.minimum(at + np.arange(n), len(source) - 1) if n > 1 else at
        i += n
    origin[-1] = len(source)
    return _Tracked(text, origin), parser.meta_dates


# ----------------------------------------------------------------------------- cleaning

_CHAR_MAP = {
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ", "\u2002": " ",
    "\u2003": " ", "\u3000": " ", "\t": " ", "\f": "\n", "\v": "\n", "\u2028": "\n", "\u2029": "\n\n",
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"',
    "\u00bb": '"', "\u2212": "-", "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-",
    "\uff05": "%", "\u2026": "...", "\ufeff": "", "\u200b": "", "\u200c": "", "\u200d": "",
    "\u2060": "", "\u00ad": "", "\r": "",
}
_CHAR_RE = re.compile("|".join(re.escape(c) for c in _CHAR_MAP))
_EMDASH_RE = re.compile(r"\s*\u2014\s*|\s+--\s+")
# "S & P", "S &P", "S&amp;P" -> "S&P" (the written form is left alone: no copy, exact offsets)
_SANDP_RE = re.compile(r"\bS(?:\s+&\s*|&\s+|&amp;)P\b")
_SPACES_RE = re.compile(r"[ ]{2,}")
_TRAIL_RE = re.compile(r"[ ]+\n|\n[ ]+")
_MANY_NL_RE = re.compile(r"\n{3,}")

_LINE_NOISE = re.compile(
    r"^(?:tags?|topics?|filed under|related(?: articles| stories| content| posts| coverage| news)?|"
    r"read (?:more|next|also)|more from [^\n]{0,60}|recommended(?: for you)?|most popular|trending|"
    r"share(?: this(?: article| story)?)?|sign up[^\n]{0,120}|subscribe[^\n]{0,120}|"
    r"newsletter[^\n]{0,120}|follow us[^\n]{0,80}|scroll to top|back to top|skip to (?:main )?content|"
    r"advertisement|sponsored(?: content)?|watch(?: now| live)?|listen(?: to this article)?|"
    r"click here[^\n]{0,120}|print|email|copy link|getty images|image source:[^\n]*|"
    r"photo(?: credit)?:[^\n]*|\(photo by[^\n]*|(?:by|written by|reporting by|edited by|"
    r"additional reporting by)\s+(?-i:[A-Z])(?!(?:the|this|that|these|those|then|its|their|now|early|mid|"
    r"late|end|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*\b)(?![^\n]*(?:%|\bpercent\b))[^\n]{0,80}|(?:published|updated|posted|last updated)\b[^\n]{0,80}|"
    r"[^\n]{0,60}\|\s*(?:getty images|reuters|afp|bloomberg|ap photo|ap|shutterstock)[^\n]{0,40}|"
    r"[^\n]{0,80}(?:©|copyright|all rights reserved)[^\n]{0,200})\s*:?\s*$",
    re.IGNORECASE,
)
_DISCLAIMER = re.compile(
    r"^(?:disclaimer|disclosure|important information|this (?:article|content|material|post) "
    r"(?:is|was) (?:for|not|provided|intended)|past performance (?:is|does)|the views (?:and opinions )?"
    r"expressed|nothing in this|not investment advice|this is not (?:investment|financial) advice|"
    r"(?:the author|\w+ \w+) (?:has|have|had) (?:no )?positions? in)",
    re.IGNORECASE,
)
_COMMENTS = re.compile(
    r"^(?:\d+\s+)?(?:comments?|reader comments|leave a (?:comment|reply)|join the (?:conversation|discussion)|"
    r"add a comment|show comments|view comments|post a comment|what do you think\??)\s*(?:\(\d+\))?:?\s*$",
    re.IGNORECASE,
)
_LIST_HEADER = re.compile(r"^(?:related|read (?:more|next|also)|more from|recommended|most popular|"
                          r"trending|tags?|topics)\b", re.IGNORECASE)

_INLINE_NOISE = re.compile(
    r"\b(?:Scroll to Top|Back to Top|Skip to (?:main )?content|ADVERTISEMENT|Advertisement|"
    r"Sponsored Content|Story continues below advertisement)\b\s*"
)
# a photo credit ("Spencer Platt | Getty Images") and, before it, the caption sentence
_CREDIT = re.compile(
    r"(?:(?<=^)|(?<=[.!?\"\n] ))(?:[^.!?\n]{0,300}?[.!?]\"?\s+)?"
    r"(?:[A-Z][\w.'-]*\s+){1,4}(?:/|\|)\s*(?:Getty Images|Reuters|AFP|Bloomberg(?: via Getty Images)?|"
    r"AP Photo|AP|Shutterstock|NurPhoto|Anadolu)(?:\s+(?:via|for)\s+Getty Images)?\s*"
)
# chart embeds left by some publishers: "IWM mountain 2021-11-01 IWM since late 2021"
_CHART = re.compile(
    r"\b([A-Z.^]{1,6}) (?:mountain|line|candle|area) \d{4}-\d{2}-\d{2}"
    r"(?: \1 (?:since|over|in|year[- ]to[- ]date|YTD)(?: (?:early|mid|late|the (?:start|end) of))?"
    r"(?: [A-Z][a-z]+\.?)?(?: \d{4})?)?\s*"
)


# inline noise, with the substrings one of which every match contains (see _Tracked.sub)
_NOISE_PATTERNS = (
    (_CHART, "chart", ("mountain ", "line ", "candle ", "area ")),
    (_CREDIT, "photo caption/credit", ("/", "|")),
    (_INLINE_NOISE, "boilerplate", ("Scroll to Top", "Back to Top", "Skip to ", "ADVERTISEMENT", "Advertisement",
                                    "Sponsored Content", "Story continues below advertisement")),
)


def _drop_noise_lines(t: _Tracked, removed: list[str]) -> _Tracked:
    """Remove boilerplate lines, lists after "Related"-like headers, and reader comments."""
    text = t.text
    drops: list[tuple[int, int]] = []
    pos = 0
    in_list = False
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        s = line.strip()
        if not s:
            in_list = False
            continue
        if _COMMENTS.match(s):
            drops.append((start, len(text)))
            removed.append(f"reader comments from: {s[:60]}")
            break
        if _LIST_HEADER.match(s) and len(s) < 80:
            in_list = True
            drops.append((start, end))
            removed.append(s[:80])
            continue
        if in_list and len(s) < 160 and not s.endswith((".", "!", "?", '"')):
            drops.append((start, end))
            removed.append(s[:80])
            continue
        in_list = False
        if (len(s) < 220 and _LINE_NOISE.match(s)) or _DISCLAIMER.match(s):  # length first: cheap
            drops.append((start, end))
            removed.append(s[:80])
    return _cut(t, drops) if drops else t


def _cut(t: _Tracked, drops: list[tuple[int, int]]) -> _Tracked:
    """Remove character ranges (sorted, non-overlapping) keeping the origin map."""
    keep = np.ones(len(t.text), dtype=bool)
    for a, b in drops:
        keep[a:b] = False
    idx = np.flatnonzero(keep)
    arr = np.frombuffer(t.text.encode("utf-32-le"), dtype=np.uint32)
    text = arr[idx].tobytes().decode("utf-32-le")
    return _Tracked(text, np.append(t.origin[idx], t.origin[-1]))


_HYPHEN_BREAK = re.compile(r"(?<=[a-z])-\n(?=[a-z])")
_SENTENCE_END = (".", "!", "?", '."', '?"', '!"', ":")
# a line that is only a date stamp ("Sep 20, 2025 9:04 PM", "2025-09-18"): page furniture that
# must not be glued to the headline above it
_DATE_STAMP = re.compile(
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
    r"\s+\d{1,2},?\s+\d{4}|\d{4}-\d\d-\d\d)(?:,?\s*(?:at\s+)?\d{1,2}:\d\d\s*(?:[ap]\.?m\.?)?\s*"
    r"(?:ET|EDT|EST|GMT|UTC)?)?", re.IGNORECASE)


# the signature closing an embedded post: "- Bespoke (@bespokeinvest) July 11, 2024"
_POST_SIGNATURE = re.compile(r"\(@\w{1,30}\)\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+"
                             r"\d{1,2},\s+\d{4}$")


def _continues(line: str, nxt: str) -> bool:
    """True when ``nxt`` carries on the sentence that ``line`` leaves unfinished: a wrapped line.

    A line that ends a sentence never continues; otherwise the next one does when it starts in
    lower case, with a digit or with "$%(," , or when the line is long (a wrapped line, not a
    heading). A bare date stamp is never joined to its neighbours.
    """
    stripped = line.rstrip()
    if not stripped or not nxt or stripped.endswith(_SENTENCE_END):
        return False
    if _DATE_STAMP.fullmatch(nxt.strip()) or _DATE_STAMP.fullmatch(stripped.strip()):
        return False
    if _POST_SIGNATURE.search(stripped):
        return False  # an embedded post ends with its signature: the next line is not part of it
    return nxt[0].islower() or nxt[0].isdigit() or nxt[0] in "$%(," or len(stripped) > 50


def _double_spaced(parts: list[str]) -> bool:
    """Hard-wrapped text with a blank line after every line (some scrapers save articles so).

    ``parts`` alternate paragraph, blank-line break, paragraph... Told by its breaks: at least
    eight, and in three or more of ten the line before stops mid-sentence and the next starts in
    lower case. Real paragraphs start with a capital, so ordinary articles score near zero
    (at most one such break in the real articles tried) while double-spaced ones score above half.
    """
    breaks = parts[1::2]
    if len(breaks) < 8:
        return False
    wrapped = 0
    for k in range(1, len(parts) - 1, 2):
        before = parts[k - 1].rsplit("\n", 1)[-1].rstrip()
        after = parts[k + 1].lstrip()
        if before and not before.endswith(_SENTENCE_END) and after[:1].islower():
            wrapped += 1
    return wrapped >= 0.3 * len(breaks)


def _reflow(t: _Tracked) -> _Tracked:
    """Join one-word-per-line paragraphs and hard-wrapped lines; keep real paragraph breaks."""
    t = t.sub(_HYPHEN_BREAK, "-", needs=("-\n",))
    text = t.text
    joins: list[int] = []  # offsets of newlines to turn into spaces
    pos = 0
    parts = re.split(r"(\n\s*\n)", text)
    double = _double_spaced(parts)
    for k, para in enumerate(parts):
        if para.startswith("\n") and not para.strip():
            if double and 0 < k < len(parts) - 1:
                before = parts[k - 1].rsplit("\n", 1)[-1]
                after = parts[k + 1].split("\n", 1)[0].lstrip()
                if _continues(before, after):
                    joins.extend(range(pos, pos + len(para)))  # the blank line becomes spaces
            pos += len(para)
            continue
        lines = para.split("\n")
        words = [len(ln.split()) for ln in lines]
        one_word = len(lines) >= 6 and sum(1 for w in words if w <= 2) >= 0.7 * len(lines)
        off = pos
        for i, ln in enumerate(lines[:-1]):
            nl = off + len(ln)
            if one_word or _continues(ln, lines[i + 1].lstrip()):
                joins.append(nl)
            off = nl + 1
        pos += len(para)
    if not joins:
        return t
    # a newline becomes a space in place: the text keeps its length, so the origin map holds
    chars = list(text)
    for i in joins:
        chars[i] = " "
    return _Tracked("".join(chars), t.origin)


def normalize(data: bytes | str) -> Document:
    """Decode, strip HTML and scraping noise, normalise characters, re-flow, split sentences."""
    source = decode(data)
    removed: list[str] = []
    meta_dates: list[str] = []
    was_html = looks_like_html(source)
    if was_html:
        t, meta_dates = html_to_tracked(source)
        t = t.sub(re.compile(r"&(?:amp|nbsp|quot|#\d+|#x[0-9a-f]+);", re.IGNORECASE),
                  lambda m: html.unescape(m.group(0)))
    else:
        t = _Tracked(source)
    t = t.sub(_CHAR_RE, lambda m: _CHAR_MAP[m.group(0)])
    t = t.sub(_EMDASH_RE, " - ", needs=("\u2014", "--"))
    t = t.sub(_SANDP_RE, "S&P", needs=("&",))
    t = t.sub(_TRAIL_RE, "\n", needs=(" \n", "\n "))
    t = t.sub(_SPACES_RE, " ", needs=("  ",))
    published_line = _published_line(t.text)
    t = _drop_noise_lines(t, removed)
    t = _reflow(t)
    for rx, label, needs in _NOISE_PATTERNS:
        t = t.sub(rx, lambda m, label=label: (removed.append(f"{label}: {m.group(0).strip()[:80]}")
                                              or (" " if m.group(0)[-1:].isspace() else "")), needs)
    t = t.sub(_SPACES_RE, " ", needs=("  ",))
    t = t.sub(_MANY_NL_RE, "\n\n", needs=("\n\n\n",))
    text = t.text
    lead = len(text) - len(text.lstrip())
    if lead:
        t = _cut(t, [(0, lead)])
    doc = Document(text=t.text, source=source, origin=t.origin, sentences=[], was_html=was_html,
                   published_in_text=(meta_dates[0] if meta_dates else published_line),
                   removed=removed)
    if len(doc.text) > MAX_TEXT_CHARS:
        raise BadInput(f"article text is {len(doc.text):,} characters, more than the "
                       f"{MAX_TEXT_CHARS:,} the checker reads",
                       "pass one article at a time (split the file)")
    if not doc.text.strip():
        raise BadInput("input has no article text once markup and boilerplate are removed",
                       "pass the article body as text")
    doc.sentences = split_sentences(doc.text)
    return doc


_PUBLISHED = re.compile(
    r"^[ \"]*(?:published|posted|updated|last updated|first published)\b[^\n]{0,80}\d{4}[^\n]{0,40}$|"
    # a byline with the date: "By Jane Doe | November 12, 2024", "By JANE DOE, Reuters - Nov. 12, 2024"
    r"^[ \"]*by\s+(?-i:[A-Z])[^\n|\u2014\u2013\u00b7]{1,60}?\s*(?:\||\u2014|\u2013|\u00b7|-|,)\s*"
    r"(?:" + WEEKDAY_WORDS + r",?\s+)?" + DATE_WORDS + r"[^\n]{0,40}$",
    re.IGNORECASE | re.MULTILINE,
)


# a line that is only a date, near the top: the date stamp under a headline ("December 15, 2023",
# "Friday, Dec. 15, 2023")
_DATE_STAMP = re.compile(r"^[ \"]*(?:" + WEEKDAY_WORDS + r",?[ \t]+)?" + DATE_WORDS + r"[ \"]*$",
                         re.IGNORECASE | re.MULTILINE)
_STAMP_REACH = 400  # how far into the text a bare date line is the page's own stamp


def _published_line(text: str) -> str:
    m = _PUBLISHED.search(text[:20000])
    if m:
        return m.group(0).strip()
    stamp = _DATE_STAMP.search(text[:_STAMP_REACH])
    return stamp.group(0).strip(' "') if stamp else ""


# ----------------------------------------------------------------------------- sentences

ABBREVIATIONS = frozenset({
    "u.s", "u.k", "u.n", "e.u", "inc", "corp", "co", "ltd", "llc", "plc", "vs", "v", "mr", "mrs",
    "ms", "dr", "st", "jr", "sr", "prof", "gov", "sen", "rep", "gen", "lt", "col", "capt", "mt",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun", "no", "nos", "fig", "approx",
    "est", "e.g", "i.e", "a.m", "p.m", "ave", "dept", "univ", "assn", "bros", "cf", "al", "ph.d",
    "n.y", "d.c", "l.a", "s.a", "n.v", "a.g", "ft",
})
# after these an abbreviation may still end a sentence if a new one plainly starts
_STARTERS = frozenset({"the", "it", "but", "and", "this", "that", "these", "those", "in", "on",
                       "a", "an", "he", "she", "we", "they", "investors", "stocks", "shares",
                       "meanwhile", "however", "still", "yet", "so", "its", "their", "analysts"})
# the last alternative splits sentences a scraper glued together ("through year's end.The Dow rose")
_BOUNDARY = re.compile(r"[.!?]+[\"')\]]*(?=\s+[\"'(\[]?[A-Z0-9$])|\n\s*\n|\n|[.!?](?<=[a-z]{2}[.!?])(?P<glued>)(?=[A-Z][a-z])|"
                       # a list's bullets run into one line: "* Nasdaq hits 10-yr high * Fed in no
                       # hurry ... * Russell 2000 Index ends at record high"
                       r"[*\u2022](?<=\s[*\u2022])(?=\s+[A-Z])")
# (the glued branch consumes its stop so every branch starts with a stop, a newline or a bullet,
# which lets the engine skip to candidates; it is not an abbreviation's period: see ``glued`` below)


_LAST_WORD = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_NEXT_WORD = re.compile(r"\s+[\"'(\[]?([A-Za-z0-9$]+)")


# abbreviations that still end a sentence when a plain sentence start follows them
_ENDS_BEFORE_STARTER = frozenset({"u.s", "u.k", "inc", "corp", "co", "ltd"})


def _next_word(text: str, end: int) -> str:
    """The word after a stop at ``end``, lower-cased ("" when none): read only after one of
    ``_ENDS_BEFORE_STARTER``, not at every full stop."""
    after = _NEXT_WORD.match(text[end:end + 30])
    return after.group(1).lower() if after else ""


def split_sentences(text: str) -> list[Span]:
    """Sentence spans; abbreviations, initials, decimals and prices do not end a sentence."""
    spans: list[Span] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        if text[m.start()] == "." and m.group("glued") is None:
            before = text[max(start, m.start() - 12):m.start()]
            word = _LAST_WORD.search(before)
            if word:
                w = word.group(1).lower()
                if (len(w) == 1 and w.isalpha() and word.group(1).isupper()) or (
                        w in ABBREVIATIONS and not (w in _ENDS_BEFORE_STARTER
                                                    and _next_word(text, end) in _STARTERS)):
                    continue
        piece = text[start:end]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            trail = len(piece) - len(piece.rstrip())
            spans.append(Span(start + lead, end - trail))
        start = end
    if text[start:].strip():
        piece = text[start:]
        lead = len(piece) - len(piece.lstrip())
        spans.append(Span(start + lead, len(text.rstrip())))
    return spans


__all__ = ["ABBREVIATIONS", "MAX_BYTES", "MAX_TEXT_CHARS", "Document", "decode", "looks_like_html", "normalize",
           "split_sentences"]
