"""Comma-style humanities notes and lists (Romanian, Italian, Spanish, French, German,
Polish, English), read from their shape.  Own fixtures.

* a work cited through another ("…, apud X", "cit. in", "citado en", "cyt. za", "zit.
  nach", "cité par", "qtd. in"): the note cites the work read, after the marker, which may
  repeat an earlier note ("apud D. Șandru, op. cit., p. 71")
  (:func:`bibcheck.parse.references.commentary.cited_through`);
* the translator, editor, edition and volume after a title end it ("…, trad. X, ed. a II-a,
  …", "…, übers. v. X, 2. Aufl., …", "…, vol. VIII, …")
  (:mod:`bibcheck.parse.references.title_statements`);
* an editor's role after the name ("Scurtu, Ioan (coord.), Title, …") is the name's, and a
  list entry "Family, Given, Title, …, Place, Year." is a book
  (:mod:`bibcheck.parse.references.commaform`).
"""

from __future__ import annotations

import pytest

from bibcheck.analyse.consistency import anomaly_findings
from bibcheck.manuscript import parse_bytes
from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.commentary import citation_start, cited_through
from bibcheck.parse.references.repeat import find_repeats
from bibcheck.parse.references.title_statements import title_before_statements
from tests.test_reader_docx import build_docx, note, p, ref, t

B = RefKind.BOOK


@pytest.mark.parametrize(
    ("text", "authors", "title", "year"),
    [
        pytest.param(
            "V. Madgearu, Agrarianism, capitalism, imperialism, București, 1936, p. 40, apud "
            "Maria Stoica, Economia interbelică, Cluj-Napoca, Editura Dacia, 1981, p. 12.",
            ("Maria Stoica",),
            "Economia interbelică",
            1981,
            id="ro-apud-after-comma",
        ),
        pytest.param(
            "G. Salvemini, Scritti sulla questione meridionale, Torino 1955, p. 4, cit. in "
            "Roberto Vivarelli, Il fallimento del liberalismo, Bologna, Il Mulino, 1981, p. 77.",
            ("Roberto Vivarelli",),
            "Il fallimento del liberalismo",
            1981,
            id="it-cit-in",
        ),
        pytest.param(
            "J. Costa, Colectivismo agrario en España, Madrid, 1898, p. 3, citado en Manuel "
            "Ortega, La cuestión agraria, Barcelona, Editorial Crítica, 1974, p. 210.",
            ("Manuel Ortega",),
            "La cuestión agraria",
            1974,
            id="es-citado-en",
        ),
        pytest.param(
            "S. Grabski, Ekonomia społeczna, Lwów 1927, s. 8, cyt. za: J. Kowalski, Reforma "
            "rolna w Polsce, Warszawa 1970, s. 55.",
            ("J. Kowalski",),
            "Reforma rolna w Polsce",
            1970,
            id="pl-cyt-za",
        ),
        pytest.param(
            "M. Weber, Gesammelte Aufsätze, Tübingen 1924, S. 5, zit. nach Hartmut Lehmann, "
            "Max Webers Ethik, München, Beck, 1996, S. 33.",
            ("Hartmut Lehmann",),
            "Max Webers Ethik",
            1996,
            id="de-zit-nach",
        ),
        pytest.param(
            "J. Méline, Le retour à la terre, Paris, 1905, p. 9, cité par Pierre Barral, Les "
            "agrariens français, Paris, Armand Colin, 1968, p. 101.",
            ("Pierre Barral",),
            "Les agrariens français",
            1968,
            id="fr-cite-par",
        ),
        pytest.param(
            "Arthur Young, Travels in France, London, 1792, 12, qtd. in Peter Jones, The "
            "Peasantry in the French Revolution (Cambridge: Cambridge University Press, "
            "1988), 45.",
            ("Peter Jones",),
            "The Peasantry in the French Revolution",
            1988,
            id="en-qtd-in",
        ),
    ],
)
def test_a_note_cites_the_work_read_after_the_marker(
    text: str, authors: tuple[str, ...], title: str, year: int
) -> None:
    found = parse_reference(text, (1,), note=True)
    assert (found.authors, found.title, found.year, found.kind) == (authors, title, year, B)


@pytest.mark.parametrize(
    "text",
    [
        # prose: the English words of a sentence need the punctuation before them
        "This estimate is cited in many surveys of the period, e.g. Smith 1990.",
        # a cross-reference to a note, not a work read through another
        "Pérez, Puertos (cit. en nota 3), p. 12.",
        # nothing bibliographic after the marker
        "Lo riferisce il prefetto, cit. in una lettera privata.",
    ],
)
def test_no_marker_read_where_none_is(text: str) -> None:
    assert cited_through(text) == 0


def test_the_cited_through_note_before_the_marker_still_starts_at_zero() -> None:
    assert citation_start("Ibid., p. 4.") == (0, False)


@pytest.mark.parametrize(
    ("notes", "target"),
    [
        pytest.param(
            [
                "Dumitru Șandru, Reforma agrară, București, Editura Academiei, 1975, p. 34.",
                "Ibidem, p. 58.",
                "C. Garoflid, *Chestiunea agrară*, București, 1920, p. 22, apud D. Șandru, "
                "*op. cit.*, p. 71.",
            ],
            0,
            id="ro-apud-op-cit-italic",
        ),
        pytest.param(
            [
                "Jan Łoś, Dzieje wsi polskiej, Kraków 1987, s. 3.",
                "Adam Nowak, Historia miast, Warszawa 1990, s. 5.",
                "W. Grabski, Zarys, Lwów 1920, s. 2, cyt. za: J. Łoś, dz. cyt., s. 40.",
            ],
            0,
            id="pl-cyt-za-dz-cyt",
        ),
        pytest.param(
            [
                "Émile Ollivier, La France rurale, Paris, Éditions du Seuil, 1960, p. 4.",
                "Jules Méline, Le retour à la terre, Paris, 1905, p. 9.",
                "A. Smith, Letters, London, 1790, p. 2, cité par Ollivier, op. cit., p. 88.",
            ],
            0,
            id="fr-cite-par-op-cit",
        ),
    ],
)
def test_the_work_after_the_marker_may_repeat_an_earlier_note(
    notes: list[str], target: int
) -> None:
    found = find_repeats(notes)
    assert found[-1] is not None and found[-1].target == target


def test_an_op_cit_before_the_marker_is_not_the_work_read() -> None:
    notes = [
        "Jules Méline, Le retour à la terre, Paris, 1905, p. 9.",
        "Pierre Barral, Les agrariens français, Paris, Armand Colin, 1968, p. 101.",
        "Méline, op. cit., p. 12, cité par Barral, op. cit., p. 104.",
    ]
    found = find_repeats(notes)
    assert found[-1] is not None and found[-1].target == 1


@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("România 1866–1947, trad. George G. Potra, ed. a II-a", "România 1866–1947"),
        ("Cultura română, 1900–1940, ediția a III-a", "Cultura română, 1900–1940"),
        ("Istoria românilor, vol. VIII, România întregită", "Istoria românilor"),
        ("Poezii, îngr. Ion Popescu", "Poezii"),
        ("Rural Europe, transl. by Anne Roe, 2nd ed.", "Rural Europe"),
        ("Rural Europe, 3rd edn", "Rural Europe"),
        ("Wirtschaft und Gesellschaft, übers. v. Hans Roth", "Wirtschaft und Gesellschaft"),
        ("Wirtschaft und Gesellschaft, 5. Aufl.", "Wirtschaft und Gesellschaft"),
        ("Historia wsi, przeł. Anna Lis, wyd. 2", "Historia wsi"),
        ("Аграрный вопрос, пер. с англ. А. Петрова", "Аграрный вопрос"),
        ("Paysans de France, trad. de l’anglais par M. Roux", "Paysans de France"),
        ("Los campesinos, traducción de Ana Gil", "Los campesinos"),
        ("Storia agraria, 2e éd.", "Storia agraria"),
        # a title's own commas, and words that only look like the marks, stay
        ("Essays, Letters and Speeches", "Essays, Letters and Speeches"),
        (
            "Cultură și naționalism în România Mare, 1918–1930",
            "Cultură și naționalism în România Mare, 1918–1930",
        ),
        ("Edinburgh, Trade and Edition Binding", "Edinburgh, Trade and Edition Binding"),
        ("Travels, Vol", "Travels, Vol"),
    ],
)
def test_title_before_statements(title: str, want: str) -> None:
    assert title_before_statements(title) == want


@pytest.mark.parametrize(
    ("text", "note", "authors", "title", "year"),
    [
        pytest.param(
            "Eliade, Mircea, Istoria credințelor și ideilor religioase, 1976–1983, trad. "
            "Cezar Baltag, București, Humanitas, 2000.",
            False,
            ("Eliade, Mircea",),
            "Istoria credințelor și ideilor religioase, 1976–1983",
            2000,
            id="ro-list-translator-after-dated-title",
        ),
        pytest.param(
            "Popa, Ioan (coord.), Istoria Transilvaniei, vol. II, Cluj-Napoca, Editura "
            "Academiei, 2005.",
            False,
            ("Popa, Ioan",),
            "Istoria Transilvaniei",
            2005,
            id="ro-list-coordinator-volume",
        ),
        pytest.param(
            "Ioan Popa (coord.), Istoria Transilvaniei, vol. II, Cluj-Napoca, Editura "
            "Academiei, 2005, p. 30.",
            True,
            ("Ioan Popa",),
            "Istoria Transilvaniei",
            2005,
            id="ro-note-coordinator-volume",
        ),
        pytest.param(
            "Rossi, Mario (a cura di), Storia agraria, Bologna, Il Mulino, 1990.",
            False,
            ("Rossi, Mario",),
            "Storia agraria",
            1990,
            id="it-list-a-cura-di",
        ),
        pytest.param(
            "Smith, John (ed.), Rural Europe, London, Verso Books, 1990.",
            False,
            ("Smith, John",),
            "Rural Europe",
            1990,
            id="en-list-editor",
        ),
        pytest.param(
            "Silva, Ana (org.), História agrária, São Paulo, Editora Unesp, 2001.",
            False,
            ("Silva, Ana",),
            "História agrária",
            2001,
            id="pt-list-organizer",
        ),
        pytest.param(
            "Müller, Hans (Hrsg.), Agrargeschichte, 2. Aufl., Stuttgart, Ulmer Verlag, 1995.",
            False,
            ("Müller, Hans",),
            "Agrargeschichte",
            1995,
            id="de-list-hrsg-auflage",
        ),
        pytest.param(
            "Irina Popescu, Satul românesc, 1900–1940, trad. Ana Radu, București, Humanitas, "
            "1998, p. 45 și urm.",
            True,
            ("Irina Popescu",),
            "Satul românesc, 1900–1940",
            1998,
            id="ro-note-si-urm",
        ),
        pytest.param(
            "John Smith, Rural Europe, transl. by Anne Roe, 2nd ed., London, Verso Books, "
            "1990, p. 3 ff.",
            True,
            ("John Smith",),
            "Rural Europe",
            1990,
            id="en-note-ff",
        ),
        pytest.param(
            "Hitchins, Keith, Românii, 1774–1866, trad. George G. Potra, ed. a II-a, "
            "București, 1998.",
            False,
            ("Hitchins, Keith",),
            "Românii, 1774–1866",
            1998,
            id="ro-list-no-publisher",
        ),
        pytest.param(
            "Kowal, Jan, Dzieje wsi, przeł. Anna Lis, wyd. 2, Kraków, 1990.",
            False,
            ("Kowal, Jan",),
            "Dzieje wsi",
            1990,
            id="pl-list-no-publisher",
        ),
        pytest.param(
            "Max Weber, Wirtschaft und Gesellschaft, übers. v. Hans Roth, 2. Aufl., "
            "Tübingen 1980, S. 3.",
            True,
            ("Max Weber",),
            "Wirtschaft und Gesellschaft",
            1980,
            id="de-note-place-year",
        ),
    ],
)
def test_comma_form_names_titles_and_statements(
    text: str, note: bool, authors: tuple[str, ...], title: str, year: int
) -> None:
    found = parse_reference(text, (1,), detect_styles=not note, note=note)
    assert (found.authors, found.title, found.year, found.kind) == (authors, title, year, B)


def test_word_endnotes_cited_through_and_edited_match_their_bibliography() -> None:
    body = [
        p(t("Reforma a fost discutată."), ref(1), t(" Apoi criticată."), ref(2)),
        p(t("Ministrul o considera insuficientă."), ref(3), t(" Sinteza o rezumă."), ref(4)),
        p(t("Bibliografie"), style="Heading1"),
        p(
            t(
                "Popa, Ioan (coord.), Istoria Transilvaniei, vol. II, Cluj-Napoca, Editura "
                "Academiei, 2005."
            )
        ),
        p(t("Radu, Elena, Satul românesc, 1900–1940, trad. Ana Dinu, București, Humanitas, 1998.")),
        p(t("Stoica, Maria, Economia interbelică, Cluj-Napoca, Editura Dacia, 1981.")),
    ]
    notes = [
        note(1, t("Maria Stoica, Economia interbelică, Cluj-Napoca, Editura Dacia, 1981, p. 3.")),
        note(
            2,
            t(
                "Elena Radu, Satul românesc, 1900–1940, trad. Ana Dinu, București, "
                "Humanitas, 1998, p. 45 și urm."
            ),
        ),
        note(
            3,
            t("V. Madgearu, Agrarianism, București, 1936, p. 40, apud M. Stoica, op. cit., p. 12."),
        ),
        note(
            4,
            t(
                "Ioan Popa (coord.), Istoria Transilvaniei, vol. II, Cluj-Napoca, Editura "
                "Academiei, 2005, p. 30."
            ),
        ),
    ]
    doc = parse_bytes(build_docx(body=body, footnotes=notes), "reforma.docx")
    found = [
        (f.kind, f.footnotes)
        for f in anomaly_findings(doc)
        if f.kind.endswith("literature-entry") or f.kind == "footnote-literature-mismatch"
    ]
    assert found == []
