"""A hyphen at a line end told by the language of the document's body (or its metadata),
not guessed from the entry: ``all-`` / ``gemeinen`` in a German text is *allgemeinen*,
``post-`` / ``face`` in a French one *postface*, ``demi-`` / ``urge`` in an English one
*demiurge*; a compound's own hyphen stays (``cross-`` / ``sectional``, ``Ost-`` /
``West-Handel``).  Documents written for the tests."""

from __future__ import annotations

import pytest

from bibcheck.readers import pdftext, plaintext
from bibcheck.readers.bodylanguage import declared_language, document_language, text_language
from bibcheck.readers.linewrap import join_hyphenated

GERMAN = [
    "1 Einleitung",
    "",
    "Die Untersuchung der Geldpolitik ist nicht neu, und die Frage wird seit",
    "langem in der Forschung gestellt. Die Daten stammen aus dem Archiv der",
    "Zentralbank und sind für die Jahre nach dem Krieg vollständig erhalten.",
    "Sie werden hier mit den Berichten der Länder verglichen, die auch auf",
    "die Entwicklung des Handels und der Preise eingehen.1",
    "",
]
ENGLISH = [
    "1 Introduction",
    "",
    "The study of monetary policy is not new, and the question has been asked",
    "for a long time. The data are from the archive of the central bank and",
    "were kept complete for the years after the war. They are compared with",
    "the reports of the regions, which also discuss the prices of their trade.1",
    "",
]
FRENCH = [
    "1 Introduction",
    "",
    "L'étude de la politique monétaire n'est pas nouvelle, et la question est",
    "posée dans les travaux depuis longtemps. Les données sont celles des",
    "archives de la banque centrale et sont complètes pour les années qui",
    "suivent la guerre. Elles sont comparées aux rapports des régions, qui",
    "traitent aussi des prix et du commerce.1",
    "",
]
NEXT_PAGE = ["", "\f2 Ergebnisse", "", "Die Zahlen stiegen im zweiten Jahr."]

# (the body, the note's two lines, what the note reads)
NOTES = [
    (GERMAN, ["1 K. Brandt, Die all-", "gemeinen Grundsätze (Bonn, 2011), 4."], "Die allgemeinen"),
    (GERMAN, ["1 K. Brandt, Die Bundes-", "bank nach 1957 (Bonn, 2011), 4."], "Die Bundesbank"),
    (GERMAN, ["1 K. Brandt, Der Ost-", "West-Handel (Bonn, 2011), 4."], "Der Ost-West-Handel"),
    (GERMAN, ["1 K. Brandt, Die post-", "alische Ordnung (Bonn, 2011), 4."], "Die postalische"),
    # (an English title in a German text: its compound stays)
    (GERMAN, ["1 A. Hale, A cross-", "sectional survey (York, 2012), 9."], "A cross-sectional"),
    # (a French title in an English text: its particle stays)
    (ENGLISH, ["1 J. Roux, Ce qui est peut-", "être vrai (Lyon, 2015), 8."], "est peut-être vrai"),
    (ENGLISH, ["1 A. Hale, A cross-", "sectional survey (York, 2012), 9."], "A cross-sectional"),
    (ENGLISH, ["1 A. Hale, The eco-", "nomics of trade (York, 2012), 9."], "The economics"),
    (ENGLISH, ["1 A. Hale, The Platonic demi-", "urge (York, 2012), 9."], "Platonic demiurge"),
    (FRENCH, ["1 J. Roux, Une post-", "face inédite (Lyon, 2015), 8."], "Une postface"),
    (FRENCH, ["1 J. Roux, Le droit non-", "obstant la loi (Lyon, 2015), 8."], "nonobstant la"),
    (FRENCH, ["1 J. Roux, Une ill-", "usion tenace (Lyon, 2015), 8."], "Une illusion"),
    (FRENCH, ["1 J. Roux, Ce qui est peut-", "être vrai (Lyon, 2015), 8."], "est peut-être vrai"),
]


@pytest.mark.parametrize(("body", "note", "expected"), NOTES)
def test_pdftext_note_hyphen_by_the_body_language(
    body: list[str], note: list[str], expected: str
) -> None:
    doc = pdftext.read("\n".join([*body, *note, *NEXT_PAGE]) + "\n")
    texts = [" ".join(n.text.split()) for n in doc.footnotes]
    assert len(texts) == 1
    assert expected in texts[0]


# the same entry lines, joined as the document's language has them
ENTRY = [("Brandt, K. (2011). Die all-", 1), ("gemeinen Grundsätze. Bonn.", 2)]


@pytest.mark.parametrize(
    ("language", "expected"),
    [("de", "Die allgemeinen"), ("en", "Die all-gemeinen"), (None, "Die all-gemeinen")],
)
def test_join_hyphenated_takes_the_language(language: str | None, expected: str) -> None:
    joined = " ".join(text for text, _ in join_hyphenated(ENTRY, {}, language))
    assert expected in joined


@pytest.mark.parametrize(
    ("lines", "declared", "language"),
    [
        (GERMAN, None, "de"),
        (ENGLISH, None, "en"),
        (FRENCH, None, "fr"),
        (ENGLISH, "de-AT", "de"),  # the metadata's word wins
        (["---", "title: Notiz", "lang: fr-CH", "---", *ENGLISH], None, "fr"),
        (["Die Daten.", "The data."], None, None),  # too few words to tell
    ],
)
def test_document_language(lines: list[str], declared: str | None, language: str | None) -> None:
    assert document_language(lines, declared) == language


@pytest.mark.parametrize(
    ("code", "language"),
    [("de-AT", "de"), ("FR", "fr"), ("pt_BR", "pt"), ("", None), ("deu", None)],
)
def test_declared_language(code: str, language: str | None) -> None:
    assert declared_language(code) == language


def test_mixed_text_names_no_language() -> None:
    mixed = " ".join(ENGLISH[2:6] + GERMAN[2:6])
    assert text_language(mixed) is None


# a converted PDF's numbered list (pages: "\f") in plain text, under a German body
PLAIN = "\n".join(
    [
        *GERMAN[2:7],
        "",
        "Literatur",
        "",
        "[1] Brandt, K. (2011). Die all-",
        "gemeinen Grundsätze der Geldpolitik. Bonn: Dietz.",
        "[2] Hale, A. (2012). Die Bundes-",
        "bank und der Ost-",
        "West-Handel. Berlin: Links.",
        "\f",
    ]
)


def test_plaintext_list_hyphens_by_the_body_language() -> None:
    doc = plaintext.read(PLAIN + "\n")
    texts = [" ".join(e.text.split()) for e in doc.literature]
    assert any("Die allgemeinen Grundsätze" in t for t in texts), texts
    assert any("Die Bundesbank und der Ost-West-Handel" in t for t in texts), texts
