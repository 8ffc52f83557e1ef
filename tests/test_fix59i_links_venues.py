"""Conference papers named by their venue bare ("ICML 2005", "Proceedings of …"), a genre
word after the title ("Dataset, Zenodo 2019"), quoted one-word link titles, two people in
natural order read as one inverted name, and "[n]" in a Markdown code block."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode, Reference, RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.natural_list import natural_order, split_pairs
from bibcheck.parse.references.venues import conference_venue
from bibcheck.urls import extract_urls


@pytest.mark.parametrize(
    ("after", "want"),
    [
        ('"](https://example.org/p.pdf). Proceedings of the 12th Conference on X, 2017.', True),
        (". ICML 2005, pp. 625–632.", True),
        (". NeurIPS 2019.", True),
        (". ICLR'21.", True),
        (". AAAI Conference on Artificial Intelligence 2015.", True),
        (". Advances in Neural Information Processing Systems 33 (NeurIPS 2020).", True),
        ("*. 2021 IEEE International Symposium on Y, pp. 1–9.", True),
        (". Proc. 12th Workshop on Sparse Models, pp. 4–9.", True),
        (". Proc. Inst. Civ. Eng. 165, 1–9.", False),
        (". Proceedings of the VLDB Endowment 12, 5.", False),
        (". Journal of Physics: Conference Series 1234, 012001.", False),
        (". The Conference Board, 2019.", False),
        (". Nature 521, 436–444 (2015).", False),
        (". ICML workshop notes", False),  # no year after the acronym
        (". ICMLX 2005.", False),
    ],
)
def test_conference_venue(after: str, want: bool) -> None:
    assert conference_venue(after) is want


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            'Ann Roe, Bo Lee. ["Sparse Probes for Deep Nets"](https://example.org/roe.pdf).'
            " Proceedings of the 38th International Conference on Machine Learning (ICML),"
            " PMLR 139, pp. 1–10, 2021.",
            RefKind.CHAPTER,
        ),
        ('Ann Roe. "Sparse Probes for Deep Nets". ICML 2021, pp. 11–19.', RefKind.CHAPTER),
        ('Ann Roe. "Sparse Probes". ICLR 2020.', RefKind.CHAPTER),
        (
            'Ann Roe. "Sparse Probes". Advances in Neural Information Processing Systems 33'
            " (NeurIPS 2020).",
            RefKind.CHAPTER,
        ),
        (
            'Ann Roe, Bo Lee. ["Cloud-Masked Tiles"](https://doi.org/10.5281/zenodo.1000001).'
            " Dataset, Zenodo 2021.",
            RefKind.WEB,
        ),
        ('Ann Roe. "tilekit". Software, version 2.1, 2022.', RefKind.WEB),
    ],
)
def test_kinds_after_title(text: str, kind: RefKind) -> None:
    assert parse_reference(text, (1,), detect_styles=True).kind is kind


def test_journal_called_proceedings_no_chapter() -> None:
    text = 'Ann Roe. "Sparse Probes". Proceedings of the National Academy of Sciences 117, 1–9.'
    assert parse_reference(text, (1,), detect_styles=True).kind is not RefKind.CHAPTER


def test_quoted_one_word_link_title_kept() -> None:
    rest = extract_urls('Ann Roe. ["ImageNet-C"](https://doi.org/10.5281/zenodo.1). Data.', (1,))
    assert '"ImageNet-C"' in rest.rest
    # (an unquoted one-word label is still no title: "[here](…)")
    assert "Here" not in extract_urls("See [Here](https://example.org/x).", (1,)).rest


def test_quoted_title_after_second_name() -> None:
    ref = parse_reference(
        'Dan Roe, Tom Lee. ["ImageNet-X"](https://doi.org/10.5281/zenodo.1). Dataset, Zenodo 2019.',
        (1,),
        detect_styles=True,
    )
    assert ref.title == "ImageNet-X"
    assert ref.kind is RefKind.WEB


def _ref(*authors: str) -> Reference:
    return Reference(raw="x", line=1, end_line=1, authors=authors)


@pytest.mark.parametrize(
    ("refs", "want"),
    [
        ([_ref("Ann Roe", "Bo Lee"), _ref("Kilian Q. Weinberger", "Yu Sun")], True),
        ([_ref("Ann Roe", "Bo Lee")], False),  # one such entry is no convention
        ([_ref("Ann Roe", "Bo Lee"), _ref("Ann Roe", "Bo Lee"), _ref("Roe, A.", "Lee, B.")], False),
        ([_ref("World Health Organization", "Ann Roe"), _ref("Ann Roe", "Bo Lee")], False),
    ],
)
def test_natural_order(refs: list[Reference], want: bool) -> None:
    assert natural_order(refs) is want


@pytest.mark.parametrize(
    ("authors", "want"),
    [
        (("Alexandra Mill-Roe, Rich Caro",), ("Alexandra Mill-Roe", "Rich Caro")),
        (("Mahdi Pakdaman Naeini, Greg F. Cooper",), ("Mahdi Pakdaman Naeini", "Greg F. Cooper")),
        (("Van Gogh, Vincent",), ("Van Gogh, Vincent",)),  # one word after the comma
        (("Roe, Ann B.",), ("Roe, Ann B.",)),
        (("Ann Roe", "Bo Lee"), ("Ann Roe", "Bo Lee")),
    ],
)
def test_split_pairs(authors: tuple[str, ...], want: tuple[str, ...]) -> None:
    assert split_pairs(_ref(*authors)).authors == want


DOC = """# Notes on probing

*Posted 3 May 2024 · tags: ml, probes*

Probes can mislead [1], as the [sparse probes paper](https://example.org/roe.pdf) shows. Older work on boosted trees said the same [2], and a data set
of corrupted tiles shows it [3].

    scores = model(batch)
    print(scores[2], labels[4])

Bigger models do not fix it [1][3]; calibrated probes might [4].

## References

[1] Ann Roe, Bo Lee, Kim Park. ["Sparse Probes for Deep Nets"](https://example.org/roe.pdf). Proceedings of the 38th International Conference on Machine Learning (ICML), PMLR 139, pp. 1–10, 2021.

[2] Alexandra Mill-Roe, Rich Caro. ["Boosted Trees Are Overconfident"](https://doi.org/10.1145/1000001.1000002). ICML 2005, pp. 625–632.

[3] Dan Roe, Tom Lee. ["TileNet-C"](https://doi.org/10.5281/zenodo.1000001). Dataset, Zenodo 2019.

[4] Eva Sand, Li Wei, Omar Haddad. ["Calibrated Probes"](https://arxiv.org/abs/2101.00001). arXiv preprint arXiv:2101.00001, 2021.
"""


def test_markdown_links_document(tmp_path: Path) -> None:
    path = tmp_path / "probes.md"
    path.write_text(DOC, encoding="utf-8")
    doc = parse_file(path)
    assert doc.reader == "markdown-links"
    notes = {fn.label: fn.reference for fn in doc.footnotes}
    assert notes["1"].kind is RefKind.CHAPTER
    assert notes["2"].authors == ("Alexandra Mill-Roe", "Rich Caro")
    assert notes["2"].kind is RefKind.CHAPTER
    assert notes["3"].authors == ("Dan Roe", "Tom Lee")
    assert notes["3"].title == "TileNet-C"
    assert notes["3"].kind is RefKind.WEB
    listed = [e.reference for e in doc.literature]
    assert listed[1].authors == ("Alexandra Mill-Roe", "Rich Caro")
    assert listed[2].title == "TileNet-C"
    # the code block's "scores[2]" and "labels[4]" are no unread citations
    assert not [a for a in doc.all_anomalies() if a.code is AnomalyCode.UNREAD_REGION]
