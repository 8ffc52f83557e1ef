"""A work's registry identifiers as fields of its reference (fix66i): PMID, PMCID, ISBN,
arXiv id, read from an entry's text in the labels and links real lists use, from .bib
fields, CSL-JSON, wiki citation templates and Manubot keys, in every reader (the
document's build step); an ISBN with a wrong check digit is ``isbn-invalid``, no field;
a PubMed record's link no longer takes the place of the work's own address."""

from __future__ import annotations

import pytest

from bibcheck.bibfile import read_bib
from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode, Reference
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.bibtex import to_reference as bib_reference
from bibcheck.parse.references.csljson import to_reference as csl_reference
from bibcheck.parse.references.identifiers import (
    Identifiers,
    identifiers_in,
    identifiers_of_fields,
    isbn_checks,
    normal_isbn,
    with_identifiers,
)
from bibcheck.parse.references.wikicite import CiteTemplate, cite_reference
from bibcheck.readers.manubot import identify, reference

# ISBNs whose check digits are right (computed by the rule, not copied from a book)
ISBN13 = "9783161484100"  # written 978-3-16-148410-0
ISBN10 = "0306406152"  # written 0-306-40615-2
ISBN10_X = "080442957X"  # written 0-8044-2957-X


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # PubMed ids: labels as Vancouver/NLM, AMA and journals' own styles write them
        ("Li Q, Guan X. Title. N Engl J Med. 2020;382(13):1199-207. PMID: 31995857.",
         Identifiers(pmid="31995857")),
        ("Title. Lancet. 2019;1:2-3. doi: 10.1016/x. PubMed PMID: 30012345; PubMed Central "
         "PMCID: PMC6543210.", Identifiers(pmid="30012345", pmcid="PMC6543210")),
        ("Autor A. Titel. Z Med. 2018;3:4. PMID 29876543", Identifiers(pmid="29876543")),
        ("著者. 題名. 雑誌. 2017;5:6-7. [PMID：28765432]", Identifiers(pmid="28765432")),
        ("Title. J Biol. 2016. PubMed ID: 27654321.", Identifiers(pmid="27654321")),
        ("Title. 2015. PMCID PMC4567890", Identifiers(pmcid="PMC4567890")),
        ("Title. 2015. PMCID: PMC 4567890.", Identifiers(pmcid="PMC4567890")),
        ("Title. Science. 2015;3:4. PMC4567890", Identifiers(pmcid="PMC4567890")),
        # registry links name the identifier
        ("Title. 2020. https://pubmed.ncbi.nlm.nih.gov/31995857/",
         Identifiers(pmid="31995857")),
        ("Title. 2012. Available from: http://www.ncbi.nlm.nih.gov/pubmed/22334455",
         Identifiers(pmid="22334455")),
        ("Title. 2020. https://www.ncbi.nlm.nih.gov/pmc/articles/PMC7121484/",
         Identifiers(pmcid="PMC7121484")),
        ("Title. 2024. https://pmc.ncbi.nlm.nih.gov/articles/PMC1112223/",
         Identifiers(pmcid="PMC1112223")),
        ("Title. 2019. https://europepmc.org/article/MED/31234567",
         Identifiers(pmid="31234567")),
        # ISBNs: ten or thirteen digits, hyphenated or not, labelled in several ways
        ("Sipser M. Title. Boston: Cengage; 2012. ISBN 978-3-16-148410-0.",
         Identifiers(isbn=ISBN13)),
        ("Title. Paris: Seuil, 2012. ISBN-13: 9783161484100", Identifiers(isbn=ISBN13)),
        ("Titel. Berlin: Springer, 1999. ISBN 0-306-40615-2 (kart.)",
         Identifiers(isbn=ISBN10)),
        ("Название. М.: Наука, 1990. ISBN 0-8044-2957-X.", Identifiers(isbn=ISBN10_X)),
        ("书名. 北京: 出版社, 2010. ISBN：978-3-16-148410-0", Identifiers(isbn=ISBN13)),
        ("Title. 2011. e-ISBN 978-3-16-148410-0", Identifiers(isbn=ISBN13)),
        ("Title. 2011. ISBN (pbk.) 0-306-40615-2", Identifiers(isbn=ISBN10)),
        ("Title. London, 2011. ISBN 978 3 16 148410 0. 2nd ed.", Identifiers(isbn=ISBN13)),
        # arXiv ids, new and old schemes, versions kept as written
        ("Hu E, et al. LoRA. arXiv preprint arXiv:2106.09685, 2021.",
         Identifiers(arxiv="2106.09685")),
        ("A. Vogel, Title, arXiv:2106.09685v2 [cs.CL] (2021).",
         Identifiers(arxiv="2106.09685v2")),
        ("A. Vogel, Title, arXiv: hep-th/9901001.", Identifiers(arxiv="hep-th/9901001")),
        ("Title. 2021. https://arxiv.org/abs/2106.09685v3", Identifiers(arxiv="2106.09685v3")),
        ("Title. 2021. https://arxiv.org/pdf/2106.09685.pdf", Identifiers(arxiv="2106.09685")),
        # a wrong check digit is refused, not read
        ("Title. Berlin, 1999. ISBN 978-3-16-148410-9.",
         Identifiers(refused_isbns=("978-3-16-148410-9",))),
    ],
)  # fmt: skip
def test_identifiers_in_text(text: str, want: Identifiers) -> None:
    assert identifiers_in(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Title. J Med. 2020;31995857:12.",  # a number with no label
        "Title. Smith, PMC Press, 2019.",  # PMC not followed by digits
        "Title. Report of the PMC 2019 meeting.",  # no label, a year after the letters
        "Title. Int J Med. 2019;7:1-9. doi:10.1186/s12345-019-0001-2",
        "Title. ISBN pending.",
        "Title. In: Proc. of arXiv workshops, 2021.",
        "Title. PMID: 31995857.5 units",  # a decimal, no id
    ],
)
def test_no_identifier(text: str) -> None:
    found = identifiers_in(text)
    assert found == Identifiers(), found


@pytest.mark.parametrize(
    ("digits", "valid"),
    [(ISBN13, True), (ISBN10, True), (ISBN10_X, True), ("9783161484109", False),
     ("0306406153", False), ("1234567890123", False), ("12345", False)],
)  # fmt: skip
def test_isbn_checks(digits: str, valid: bool) -> None:
    assert isbn_checks(digits) is valid


@pytest.mark.parametrize(
    ("written", "want"),
    [("978-3-16-148410-0", (ISBN13, True)), ("0-8044-2957-x", (ISBN10_X, True)),
     ("978‐3‐16‐148410‐0", (ISBN13, True)), ("0-306-40615-3", ("0306406153", False)),
     ("12-34", (None, False))],
)  # fmt: skip
def test_normal_isbn(written: str, want: tuple[str | None, bool]) -> None:
    assert normal_isbn(written) == want


@pytest.mark.parametrize(
    ("fields", "want"),
    [
        ({"pmid": "31995857", "pmcid": "PMC7121484"},
         Identifiers(pmid="31995857", pmcid="PMC7121484")),
        ({"PMID": "31995857", "PMCID": "7121484", "ISBN": "978-3-16-148410-0"},
         Identifiers(pmid="31995857", pmcid="PMC7121484", isbn=ISBN13)),
        ({"eprint": "2106.09685", "archivePrefix": "arXiv"}, Identifiers(arxiv="2106.09685")),
        ({"eprint": "hep-th/9901001v2", "eprinttype": "arxiv"},
         Identifiers(arxiv="hep-th/9901001v2")),
        ({"eprint": "31995857", "eprinttype": "pubmed"}, Identifiers(pmid="31995857")),
        ({"eprint": "2106.09685"}, Identifiers()),  # no scheme: not said to be arXiv
        ({"pmc": "7121484", "arxiv": "2106.09685"},
         Identifiers(pmcid="PMC7121484", arxiv="2106.09685")),
        ({"isbn": "0-306-40615-2; 978-3-16-148410-0"}, Identifiers(isbn=ISBN10)),
        ({"isbn": "978-3-16-148410-9"}, Identifiers(refused_isbns=("978-3-16-148410-9",))),
        ({"pmid": "not a number"}, Identifiers()),
    ],
)  # fmt: skip
def test_identifiers_of_fields(fields: dict[str, str], want: Identifiers) -> None:
    assert identifiers_of_fields(fields) == want


def test_a_wrong_check_digit_is_an_anomaly_said_once() -> None:
    ref = Reference("Title. Berlin, 1999. ISBN 978-3-16-148410-9.", 4, 4)
    once = with_identifiers(ref)
    assert once.isbn is None
    (note,) = once.anomalies
    assert (note.code, note.line) == (AnomalyCode.ISBN_INVALID, 4)
    assert with_identifiers(once).anomalies == once.anomalies


def _bib(text: str) -> Reference:
    records, _errors = read_bib(text)
    return bib_reference(records[0])


@pytest.mark.parametrize(
    ("entry", "want"),
    [
        ("@article{a, author={Li, Qun}, title={Early dynamics}, journal={N Engl J Med}, "
         "year={2020}, pmid={31995857}, pmcid={PMC7121484}}",
         ("31995857", "PMC7121484", None, None)),
        ("@article{a, author={Hu, Edward}, title={LoRA}, year={2021}, eprint={2106.09685}, "
         "archivePrefix={arXiv}, primaryClass={cs.CL}}", (None, None, None, "2106.09685")),
        ("@online{a, author={Hu, Edward}, title={LoRA}, date={2021}, eprint={2106.09685v2}, "
         "eprinttype={arxiv}}", (None, None, None, "2106.09685v2")),
        ("@book{a, author={Sipser, Michael}, title={Theory}, publisher={Cengage}, "
         "year={2012}, isbn={978-3-16-148410-0}}", (None, None, ISBN13, None)),
        ("@article{a, author={Li, Qun}, title={Dynamics}, journal={J}, year={2020}, "
         "note={PMID: 31995857}}", ("31995857", None, None, None)),
    ],
)  # fmt: skip
def test_bibtex_fields(entry: str, want: tuple[str | None, ...]) -> None:
    ref = _bib(entry)
    assert (ref.pmid, ref.pmcid, ref.isbn, ref.arxiv) == want


def test_bibtex_wrong_isbn_is_reported() -> None:
    ref = _bib("@book{a, author={Sipser, M.}, title={T}, year={2012}, isbn={978-3-16-148410-9}}")
    assert ref.isbn is None
    assert [a.code for a in ref.anomalies] == [AnomalyCode.ISBN_INVALID]


@pytest.mark.parametrize(
    ("item", "want"),
    [
        ({"id": "a", "type": "article-journal", "title": "Dynamics", "PMID": "31995857",
          "PMCID": "PMC7121484"}, ("31995857", "PMC7121484", None)),
        ({"id": "b", "type": "book", "title": "Theory", "ISBN": "978-3-16-148410-0"},
         (None, None, ISBN13)),
        ({"id": "c", "type": "book", "title": "Theory", "ISBN": "0-306-40615-2 (pbk)"},
         (None, None, ISBN10)),
    ],
)  # fmt: skip
def test_csl_json_fields(item: dict[str, str], want: tuple[str | None, ...]) -> None:
    ref = csl_reference(item, 1)
    assert (ref.pmid, ref.pmcid, ref.isbn) == want


@pytest.mark.parametrize(
    ("name", "params", "want"),
    [
        ("cite journal", {"last": "Li", "first": "Qun", "title": "Dynamics",
                          "journal": "N Engl J Med", "year": "2020", "pmid": "31995857",
                          "pmc": "7121484"}, ("31995857", "PMC7121484", None, None)),
        ("cite book", {"last": "Sipser", "title": "Theory", "year": "2012",
                       "isbn": "978-3-16-148410-0"}, (None, None, ISBN13, None)),
        ("cite arxiv", {"last": "Hu", "title": "LoRA", "eprint": "2106.09685",
                        "class": "cs.CL", "year": "2021"}, (None, None, None, "2106.09685")),
        ("cite journal", {"last": "Hu", "title": "LoRA", "journal": "J", "year": "2021",
                          "arxiv": "2106.09685"}, (None, None, None, "2106.09685")),
        ("literatur", {"Autor": "Ines Vidal", "Titel": "Karstquellen", "Jahr": "2012",
                       "ISBN": "978-3-16-148410-0"}, (None, None, ISBN13, None)),
    ],
)  # fmt: skip
def test_wiki_templates(name: str, params: dict[str, str], want: tuple[str | None, ...]) -> None:
    template = CiteTemplate(name, params, dict.fromkeys(params, 3), "{{...}}", 3, 3)
    ref = cite_reference(template)
    assert (ref.pmid, ref.pmcid, ref.isbn, ref.arxiv) == want


@pytest.mark.parametrize(
    ("key", "want"),
    [("pmid:31995857", ("31995857", None, None, None)),
     ("pmc:PMC7121484", (None, "PMC7121484", None, None)),
     ("arxiv:2106.09685v1", (None, None, None, "2106.09685v1")),
     ("isbn:9783161484100", (None, None, ISBN13, None))],
)  # fmt: skip
def test_manubot_keys(key: str, want: tuple[str | None, ...]) -> None:
    ident = identify(key)
    assert ident is not None
    ref = reference(ident, key, 1)
    assert (ref.pmid, ref.pmcid, ref.isbn, ref.arxiv) == want


_NOTES = """Fever spreads fast.[^1] Books help.[^2] Models learn.[^3] Bad books too.[^4]

[^1]: Li Q, Guan X. Early transmission dynamics. N Engl J Med. 2020;382(13):1199-207. doi:10.1056/NEJMoa2001316. PMID: 31995857; PMCID: PMC7121484.
[^2]: Sipser, M. *Introduction to the Theory of Computation*. Boston: Cengage, 2012. ISBN 978-3-16-148410-0.
[^3]: Hu, E. et al. LoRA: low-rank adaptation of large language models. arXiv preprint arXiv:2106.09685, 2021.
[^4]: Vidal, I. *Karst Springs*. Barcelona: Ariel, 2010. ISBN 978-3-16-148410-9.
"""  # noqa: E501

_LIST = """Fever spreads fast [1]. Books help [2].

## References

1. Li Q, Guan X. Early transmission dynamics. N Engl J Med. 2020;382(13):1199-207. PubMed: https://pubmed.ncbi.nlm.nih.gov/31995857/ Full text: https://www.nejm.org/doi/full/10.1056/NEJMoa2001316
2. Sipser M. Introduction to the Theory of Computation. Boston: Cengage; 2012. ISBN-13: 9783161484100.
"""  # noqa: E501


def test_every_readers_notes_get_the_fields() -> None:
    doc = parse_bytes(_NOTES.encode(), "notes.md")
    got = [(r.pmid, r.pmcid, r.isbn, r.arxiv) for r in (fn.reference for fn in doc.footnotes)]
    assert got == [
        ("31995857", "PMC7121484", None, None),
        (None, None, ISBN13, None),
        (None, None, None, "2106.09685"),
        (None, None, None, None),
    ]
    invalid = [a for a in doc.all_anomalies() if a.code is AnomalyCode.ISBN_INVALID]
    assert [(a.footnote, a.line) for a in invalid] == [("4", 6)]


def test_list_entries_get_the_fields_and_keep_their_own_url() -> None:
    doc = parse_bytes(_LIST.encode(), "list.md")
    first, second = (e.reference for e in doc.literature)
    assert first.pmid == "31995857"
    assert first.url == "https://www.nejm.org/doi/full/10.1056/NEJMoa2001316"
    assert "https://pubmed.ncbi.nlm.nih.gov/31995857/" in first.links
    assert second.isbn == ISBN13


@pytest.mark.parametrize(
    ("text", "url"),
    [
        # the record first, the work's own address after it: the work's address is the url
        ("Title. J Med. 2020;1:2. https://pubmed.ncbi.nlm.nih.gov/31995857/ "
         "https://journal.example.org/article/77", "https://journal.example.org/article/77"),
        ("Title. J Med. 2020;1:2. https://www.ncbi.nlm.nih.gov/pmc/articles/PMC7121484/ "
         "https://doi.org/10.1056/NEJMoa2001316", "https://doi.org/10.1056/NEJMoa2001316"),
    ],
)  # fmt: skip
def test_a_registry_record_does_not_displace_the_works_url(text: str, url: str) -> None:
    ref = parse_reference(text, (1,))
    assert ref.url == url
    assert len(ref.links) == 1


def test_a_wrong_check_digit_is_said_as_information() -> None:
    """(an ISBN left out of the fields is said, at info: not a defect of the citation)"""
    from bibcheck.analyse import analyse_document
    from bibcheck.model import FindingKind, Severity

    doc = parse_bytes(_NOTES.encode(), "notes.md")
    found = [f for f in analyse_document(doc, {}, {}) if "ISBN" in f.message]
    assert [(f.kind, f.severity, f.lines) for f in found] == [
        (FindingKind.MALFORMED_FIELD, Severity.INFO, (6,))
    ]
