"""fix65h: standards, specifications, manuals and datasheets as reports, their designation
no title nor author; acts and official journals in Polish, Portuguese and Dutch; patents
named in other languages; short notes repeating a numbered document by its opening words
and ``cit.``; a department between a body and a title; an issuing body's initials after an
Italian act's number; compounds a typeset list breaks at their own hyphen; a journal's
publication history after the last entry; a project's collective contributors in BibTeX."""

from __future__ import annotations

import pytest

from bibcheck.bibfile import read_bib
from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.bibtex import to_reference
from bibcheck.readers.linewrap import join_hyphenated, printed_hyphens


def _ref(text: str, *, note: bool = False):  # type: ignore[no-untyped-def]
    return parse_reference(text, [1], detect_styles=True, note=note)


@pytest.mark.parametrize(
    ("entry", "title", "kind"),
    [
        # IEEE: the body where a journal stands, then the document's number
        (
            'K. Lindqvist and P. Arora, "Datagram framing for sensor meshes," IETF, RFC 9733, '
            "Mar. 2025, doi: 10.17487/RFC9733.",
            "Datagram framing for sensor meshes",
            RefKind.REPORT,
        ),
        (
            'H. Okonkwo, "Batched acknowledgements for QUIC," IETF, Internet-Draft '
            "draft-okonkwo-quic-batch-ack-03, Jan. 2025.",
            "Batched acknowledgements for QUIC",
            RefKind.REPORT,
        ),
        (
            'R. Ferreira, "Service area scheduling," 3GPP, TS 29.988, Jun. 2024.',
            "Service area scheduling",
            RefKind.REPORT,
        ),
        # the designation after the title, the body and place after it
        (
            "Bezpieczeństwo maszyn – Ogólne zasady projektowania, PN-EN ISO 12100:2012-04, "
            "Polski Komitet Normalizacyjny, Warszawa, 2012.",
            "Bezpieczeństwo maszyn – Ogólne zasady projektowania",
            RefKind.REPORT,
        ),
        (
            "Betonbau – Festlegung, Eigenschaften, Herstellung, DIN EN 206-1:2001-07, Beuth, "
            "Berlin, 2001.",
            "Betonbau – Festlegung, Eigenschaften, Herstellung",
            RefKind.REPORT,
        ),
        (
            "Zatížení konstrukcí – Část 1-1: Obecná zatížení, ČSN EN 1991-1-1, ÚNMZ, Praha, 2004.",
            "Zatížení konstrukcí – Část 1-1: Obecná zatížení",
            RefKind.REPORT,
        ),
        # the designation where the author stands
        (
            "CNR-DT 210 R2/2019, Istruzioni per la progettazione di strutture in vetro, "
            "Consiglio Nazionale delle Ricerche, Roma 2019.",
            "Istruzioni per la progettazione di strutture in vetro",
            RefKind.REPORT,
        ),
        # a manual and a datasheet by their titles' words
        (
            "Hydrowave 7 Reference Manual, Hydrowave Software Ltd., Leeds, 2021.",
            "Hydrowave 7 Reference Manual",
            RefKind.REPORT,
        ),
        (
            "Datenblatt Fibrotek CF 200 – Kohlefasergelege, Fibrotek GmbH, Bremen 2020.",
            "Datenblatt Fibrotek CF 200 – Kohlefasergelege",
            RefKind.REPORT,
        ),
        (
            "Scheda tecnica Vetrex 44.2 – vetro stratificato, Edilvetro S.p.A., Brescia 2023.",
            "Scheda tecnica Vetrex 44.2 – vetro stratificato",
            RefKind.REPORT,
        ),
    ],
)
def test_standards_and_manuals(entry: str, title: str, kind: RefKind) -> None:
    ref = _ref(entry, note=True)  # (as footnotes cite them; IEEE lists read the same)
    # (the body and the place around a title read alone are other rules' to cut)
    assert ref.kind is kind
    assert ref.title is not None and ref.title.startswith(title)


def test_body_and_number_not_journal_but_journal_kept() -> None:
    # (the same IEEE shape with a journal's numbers stays an article)
    rfc = _ref('M. Ode, "Path probing for QUIC," IETF, RFC 9812, May 2025.')
    article = _ref(
        'T. Brandt, "Load balancing at the edge," IEEE Trans. Netw., vol. 12, no. 3, '
        "pp. 44–59, 2024."
    )
    assert (rfc.kind, rfc.host, rfc.publisher) == (RefKind.REPORT, None, "IETF")
    assert article.kind is RefKind.ARTICLE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ustawa z dnia 20 lutego 2015 r. o odnawialnych źródłach energii", True),
        ("Rozporządzenie Komisji (UE) 2017/1485 z dnia 2 sierpnia 2017 r.", True),
        ("Dyrektywa Parlamentu Europejskiego i Rady (UE) 2019/944", True),
        ("Lei n.º 14.300, de 6 de janeiro de 2022", True),
        ("Decreto-Lei n.º 162/2019, de 25 de outubro", True),
        ("Regulamento (UE) 2016/679 do Parlamento Europeu", True),
        ("Verordening (EU) 2019/943 van het Europees Parlement", True),
        ("Title, Dz. U. 2021 poz. 1093", True),
        ("Title, Diário Oficial da União, 7 jan. 2022", True),
        # no act: a book about one, a person named Lei
        ("Lei Wang, Energy markets in China, Springer, 2019", False),
        ("Ustawienia sieci, Helion, Gliwice 2020", False),
    ],
)
def test_further_act(text: str, expected: bool) -> None:
    from bibcheck.parse.references.official_acts import further_act  # (new in fix65h)

    assert further_act(text) is expected


def test_polish_eu_act_title_not_cut_at_gazette() -> None:
    ref = _ref(
        "Rozporządzenie Komisji (UE) 2017/1485 z dnia 2 sierpnia 2017 r. ustanawiające "
        "wytyczne dotyczące pracy systemu przesyłowego, Dz. Urz. UE L 220, 25.8.2017, s. 1–120."
    )
    assert ref.kind is RefKind.REPORT
    assert ref.title == (
        "Rozporządzenie Komisji (UE) 2017/1485 z dnia 2 sierpnia 2017 r. ustanawiające "
        "wytyczne dotyczące pracy systemu przesyłowego"
    )


def test_portuguese_law_in_bibtex_is_report() -> None:
    records, _ = read_bib(
        "@misc{lei14300,\n  author = {{Brasil}},\n"
        "  title = {Lei n.º 14.300, de 6 de janeiro de 2022: Marco Legal da Microgeração},\n"
        "  howpublished = {Diário Oficial da União},\n  year = {2022},\n"
        "  url = {https://www.planalto.gov.example/lei/l14300.htm}\n}\n"
    )
    assert to_reference(records[0]).kind is RefKind.REPORT


@pytest.mark.parametrize(
    ("entry", "title"),
    [
        (
            "G. Ferri, L. Tosi, Giunto scorrevole per travi prefabbricate, Brevetto europeo "
            "EP 3 812 455 B1, 2022.",
            "Giunto scorrevole per travi prefabbricate",
        ),
        (
            "J. Marchand, Dispositif d'ancrage pour façades, Brevet européen EP 3 101 223 A1, 2016.",
            "Dispositif d'ancrage pour façades",
        ),
        (
            "A. Nowak, Złącze śrubowe do konstrukcji drewnianych, Opis patentowy PL 234567 B1, "
            "2019.",
            "Złącze śrubowe do konstrukcji drewnianych",
        ),
    ],
)
def test_patent_named_in_other_languages(entry: str, title: str) -> None:
    ref = _ref(entry)
    assert (ref.title, ref.kind) == (title, RefKind.PATENT)


@pytest.mark.parametrize(
    ("text", "earlier", "expected"),
    [
        (
            "CNR-DT 210 R2/2019, cit., § 3.2.",
            ["Altro, Titolo, 2010.", "CNR-DT 210 R2/2019, Istruzioni per strutture, Roma 2019."],
            1,
        ),
        (
            "Circolare 21 gennaio 2019, n. 7, cit., § C8.7.2.",
            [
                "Circolare 21 gennaio 2019, n. 7 C.S.LL.PP., Istruzioni per l'applicazione, "
                "G.U. n. 35.",
                "Altro.",
            ],
            0,
        ),
        (
            "UNE-EN 1992-1-1:2013, op. cit., p. 12.",
            ["UNE-EN 1992-1-1:2013, Eurocódigo 2, AENOR, Madrid, 2013."],
            0,
        ),
        # a name alone before cit. is an author's short note; nothing opened so
        ("Rossi, cit., p. 5.", ["Rossi, Titolo, Milano 2001."], None),
        ("ISO 9001:2015, cit.", ["EN 206:2013, Calcestruzzo, UNI, 2014."], None),
    ],
)
def test_repeated_lead(text: str, earlier: list[str], expected: int | None) -> None:
    from bibcheck.parse.references.lead_repeat import repeated_lead  # (new in fix65h)

    assert repeated_lead(text, earlier) == expected


@pytest.mark.parametrize(
    ("entry", "title"),
    [
        (
            "Regione Veneto, Direzione Generale Sanità, Indagine sulle strutture ospedaliere "
            "2020–2022, Rapporto tecnico RT-05/2023, Venezia, 2023.",
            "Indagine sulle strutture ospedaliere 2020–2022",
        ),
        (
            "Junta de Andalucía, Dirección General de Infraestructuras, Inventario de puentes "
            "de la red autonómica, Informe técnico IT-12/2021, Sevilla, 2021.",
            "Inventario de puentes de la red autonómica",
        ),
    ],
)
def test_department_before_title(entry: str, title: str) -> None:
    assert _ref(entry).title == title


def test_italian_act_with_issuer_initials() -> None:
    ref = _ref(
        "Circolare 2 febbraio 2009, n. 617 C.S.LL.PP., Istruzioni per l'applicazione delle "
        "«Nuove norme tecniche per le costruzioni», Gazzetta Ufficiale n. 47 del 26 febbraio "
        "2009.",
        note=True,
    )
    assert ref.title == (
        "Istruzioni per l'applicazione delle «Nuove norme tecniche per le costruzioni»"
    )


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ["energy use in high-", "voltage networks"],
            "energy use in high-voltage networks",
        ),
        (
            ["Regelung in Nieder-", "spannungsnetzen"],
            "Regelung in Niederspannungsnetzen",
        ),
    ],
)
def test_printed_compound_keeps_its_hyphen(lines: list[str], expected: str) -> None:
    document = ["We study high-voltage and low-voltage feeders.", *lines]
    printed = printed_hyphens(document)
    joined = join_hyphenated([(line, n) for n, line in enumerate(lines)], printed)
    assert " ".join(text for text, _ in joined) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Otrzymano 12.11.2024 / Zaakceptowano 20.01.2025", True),
        ("Received 3 March 2023; Accepted 14 June 2023.", True),
        ("Eingegangen am 03.03.2023, angenommen am 14.06.2023", True),
        ("Recebido em 10/02/2022; aceito em 05/05/2022", True),
        ("Received wisdom in engineering design, 2023.", False),
        ("pp. 1–6, doi: 10.1109/EPQU.2023.1.", False),
    ],
)
def test_history_line(line: str, expected: bool) -> None:
    from bibcheck.readers.pubhistory import history_line  # (new in fix65h)

    assert history_line(line) is expected


@pytest.mark.parametrize(
    ("authors", "expected"),
    [
        ("Lind, Maja and {OpenRoute Contributors}", ("Lind, Maja",)),
        ("Ito, Ken and Sato, Aya and {The PlotKit Development Team}", ("Ito, Ken", "Sato, Aya")),
        # (a body that is no collective of contributors stays)
        (
            "Lind, Maja and {Nordic Road Agency} and {Nordic Road Community}",
            ("Lind, Maja", "Nordic Road Agency"),
        ),
    ],
)
def test_collective_contributors(authors: str, expected: tuple[str, ...]) -> None:
    records, _ = read_bib(f"@software{{k,\n  author = {{{authors}}},\n  title = {{T}},\n}}\n")
    assert records[0].authors == expected
