"""Text encodings a file may come in without saying so: one detector for every reader.

UTF-16 text saved without a byte-order mark (Excel's "Unicode Text", some Windows tools) looks
binary to a NUL check: ASCII characters with a NUL in every other byte. Both the CSV importer and
the claim checker ask here before calling such input binary.
"""

from __future__ import annotations


def utf16_without_bom(head: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" when ``head`` reads as BOM-less UTF-16 text, else None: NULs
    in nearly every odd (little-endian) or even (big-endian) byte and almost none in the other."""
    if len(head) < 4:
        return None
    for zeros, chars, enc in ((head[1::2], head[0::2], "utf-16-le"),
                              (head[0::2], head[1::2], "utf-16-be")):
        if zeros.count(0) >= 0.9 * len(zeros) and chars.count(0) <= 0.1 * len(chars):
            return enc
    return None


__all__ = ["utf16_without_bom"]
