"""Time and peak memory of the markup readers at 1x..8x size.

Each case builds a synthetic document of n units (notes, links, nesting levels...) and
reads it with the reader alone (no claims, numbering or linking), at n, 2n, 4n and 8n.
Linear readers show the time column doubling with the size; a quadratic one would
quadruple it.  Issue 15: 2,000 HTML notes and 2,000 nested <span> were the bad cases;
issue 11 round 2 added unclosed inline-note openers in one paragraph (Pandoc, Org),
a line of numeric markers (markdown-links), many footnotes (AsciiDoc) and citation
links into an HTML reference list.

    .venv/bin/python benchmarks/markup_bench.py
    .venv/bin/python benchmarks/markup_bench.py --base 1000 --case html-notes
"""

from __future__ import annotations

import argparse
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bibcheck.readers import asciidoc, html, mdlinks, mediawiki, org, pandoc, rst  # noqa: E402


def html_notes(n: int) -> str:
    body = "".join(f'<p>Claim {i}.<sup><a href="#fn{i}">{i}</a></sup></p>' for i in range(1, n + 1))
    notes = "".join(f'<li id="fn{i}">Source {i}, 2020.</li>' for i in range(1, n + 1))
    return f"<html><body>{body}<ol>{notes}</ol></body></html>"


def html_nested_spans(n: int) -> str:
    note = "<span>" * n + "Smith, J. (2020). Deep. Press." + "</span>" * n
    body = '<p>Claim.<sup><a href="#fn1">1</a></sup></p>'
    return f'<html><body>{body}<ol><li id="fn1">{note}</li></ol></body></html>'


def html_links(n: int) -> str:
    return (
        "<html><body>"
        + "".join(
            f'<p>Fact {i} per <a href="https://s{i}.example.org/">s{i}</a>.</p>' for i in range(n)
        )
        + "</body></html>"
    )


def wiki_refs(n: int) -> str:
    return "".join(
        f"Claim {i}.<ref>{{{{cite web|url=https://a.example/{i}|title=T{i}}}}}</ref>\n"
        for i in range(n)
    )


def wiki_nested_templates(n: int) -> str:
    return "Claim.<ref>" + "{{x|" * n + "Smith, 2001." + "}}" * n + "</ref>\n"


def wiki_sfn(n: int) -> str:
    body = "".join(f"Claim {i}.{{{{sfn|Author{i % 100}|2001|p={i}}}}}\n" for i in range(n))
    sources = "".join(
        f"* {{{{cite book|last=Author{i}|title=Book {i}|year=2001}}}}\n" for i in range(100)
    )
    return body + "\n== Sources ==\n" + sources


def rst_footnotes(n: int) -> str:
    body = "".join(f"Claim {i} [#]_ and `link {i} <https://a.example/{i}>`_.\n\n" for i in range(n))
    notes = "".join(f".. [#] Source {i}, 2020.\n" for i in range(n))
    return "Title\n=====\n\n" + body + notes


def rst_long_paragraph(n: int) -> str:
    return "Title\n=====\n\n" + "word [1]_ `a`_ ``c`` :math:`x` " * n + "\n\n.. [1] R, 2001.\n"


def html_reference_links(n: int) -> str:
    body = "".join(
        f'<p>Claim {i} [<a href="#B{i}">{i}</a>–<a href="#B{i + 1}">{i + 1}</a>].</p>'
        for i in range(1, n + 1)
    )
    items = "".join(f'<li id="B{i}">Author {i}. Title {i}. 2020.</li>' for i in range(1, n + 2))
    return f"<html><body>{body}<h2>References</h2><ol>{items}</ol></body></html>"


def pandoc_unclosed_notes(n: int) -> str:
    return "Text ^[open " * n + "\n"


def pandoc_inline_notes(n: int) -> str:
    return "".join(f"Claim {i}.^[Note {i} that\nwraps [@k{i}].]\n" for i in range(n))


def org_unclosed_notes(n: int) -> str:
    return "#+TITLE: T\n\n* A\n" + "Text [fn::open " * n + "\n"


def mdlinks_marker_line(n: int) -> str:
    return (
        "# T\n\n" + "Fact [1][2], [1-2]. " * n + "\n\n## References\n\n[1] A. 2001.\n[2] B. 2002.\n"
    )


def asciidoc_footnotes(n: int) -> str:
    body = "".join(
        f"Claim {i}.footnote:[Source {i}, see <<k{i % 50},the\nentry>>.]\n\n" for i in range(n)
    )
    entries = "".join(f"* [[[k{i}]]] Author {i}. Title. 2020.\n" for i in range(50))
    return "= T\n\n== A\n\n" + body + "[bibliography]\n== References\n\n" + entries


CASES: dict[str, tuple[Callable[[int], str], Callable[[str], object], int]] = {
    "html-notes": (html_notes, html.read, 500),
    "html-nested-spans": (html_nested_spans, html.read, 500),
    "html-links": (html_links, html.read, 500),
    "wiki-refs": (wiki_refs, mediawiki.read, 500),
    "wiki-nested-templates": (wiki_nested_templates, mediawiki.read, 500),
    "wiki-sfn": (wiki_sfn, mediawiki.read, 500),
    "rst-footnotes": (rst_footnotes, rst.read, 500),
    "rst-long-paragraph": (rst_long_paragraph, rst.read, 2000),
    "html-reference-links": (html_reference_links, html.read, 500),
    "pandoc-unclosed-notes": (pandoc_unclosed_notes, pandoc.read, 2000),
    "pandoc-inline-notes": (pandoc_inline_notes, pandoc.read, 500),
    "org-unclosed-notes": (org_unclosed_notes, org.read, 2000),
    "mdlinks-marker-line": (mdlinks_marker_line, mdlinks.read, 2000),
    "asciidoc-footnotes": (asciidoc_footnotes, asciidoc.read, 500),
}


def measure(
    make: Callable[[int], str], read: Callable[[str], object], n: int
) -> tuple[int, float, float]:
    text = make(n)
    tracemalloc.start()
    start = time.perf_counter()
    read(text)
    elapsed = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return len(text), elapsed, peak / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--case", action="append", choices=sorted(CASES), help="only these cases")
    parser.add_argument("--base", type=int, help="units at 1x (default per case)")
    args = parser.parse_args()
    print(f"{'case':<24}{'size':>6}{'units':>8}{'bytes':>11}{'seconds':>10}{'peak MB':>10}")
    for name in args.case or CASES:
        make, read, base = CASES[name]
        base = args.base or base
        first = None
        for factor in (1, 2, 4, 8):
            size, elapsed, peak = measure(make, read, base * factor)
            first = first or elapsed
            print(
                f"{name:<24}{factor:>5}x{base * factor:>8}{size:>11}{elapsed:>10.3f}{peak:>10.1f}"
                f"   ({elapsed / first:.1f}x time)"
            )


if __name__ == "__main__":
    main()
