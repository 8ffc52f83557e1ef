"""Names the way Dutch, German, French, Spanish and Portuguese lists and notes write them
(issue 11, ninth held-out corpus), parsed with style detection.

* a particle after the initials of an inverted name: ``Berg, J. van den`` is one name (kept as
  written), the title after it;
* Dutch lists' place and year in parentheses, ``(Utrecht 2004)``, and ``deel II``;
* Spanish and Portuguese author-year lists: ``Sánchez Morón, M. (2019): «Title», Revista,
  núm. 48, pp. 11-39.``, two authors joined by ``y``, ``tomo I, 9.ª ed.`` after a book title;
* initials before two family names in Spanish notes: ``J. A. Santamaría Pastor``, but
  ``F. Scott Fitzgerald`` keeps his given name in an English note.

Authors are compared by family name, as the analysis compares them."""

from __future__ import annotations

from typing import Any

import pytest

from bibcheck.parse.names import family_name
from bibcheck.parse.references import parse_reference


def case(text: str, id: str, note: bool = False, **expected: Any) -> Any:  # noqa: A002
    return pytest.param(text, note, expected, id=id)


CASES = [
    # --- a particle after the initials
    case(
        "Berg, J. van den, Het polderland. Een geschiedenis (Utrecht 2004).",
        "nl-particle-after-initials",
        written=("Berg, J. van den",),
        title="Het polderland. Een geschiedenis",
        year=2004,
    ),
    case(
        "Hoeven, P. van der en K. de Wit, De dijken van Holland (Delft 2011).",
        "nl-two-authors-en",
        written=("Hoeven, P. van der", "K. de Wit"),
        title="De dijken van Holland",
        year=2011,
    ),
    case(
        "Vries, J. de, ‘De handel op de Oostzee’, Economisch-Historisch Jaarboek 27 (1959) 1-20.",
        "nl-particle-quoted-article",
        written=("Vries, J. de",),
        title="De handel op de Oostzee",
        year=1959,
    ),
    case(
        "Humboldt, A. von, Reise in die Aequinoctial-Gegenden (Stuttgart 1859).",
        "de-von-after-initials",
        written=("Humboldt, A. von",),
        title="Reise in die Aequinoctial-Gegenden",
        year=1859,
    ),
    case(
        "Tocqueville, A. de, L'Ancien Régime et la Révolution (Paris 1856).",
        "fr-de-after-initials",
        written=("Tocqueville, A. de",),
        title="L'Ancien Régime et la Révolution",
        year=1856,
    ),
    case(
        "Jansen, P. (red.), Geschiedenis van Utrecht. Een stad in beweging, deel II (Utrecht 1998).",
        "nl-editor-deel",
        authors=["jansen"],
        title="Geschiedenis van Utrecht. Een stad in beweging",
        year=1998,
    ),
    case(
        "M. Lefebvre, Histoire des ports bretons, 2e éd. (Rennes 1994) 33-40.",
        "fr-edition-ends-title",
        authors=["lefebvre"],
        title="Histoire des ports bretons",
        year=1994,
    ),
    # --- Spanish and Portuguese author-year lists
    case(
        "Sánchez Morón, M. (2019): «La potestad reglamentaria y sus límites», Revista de "
        "Derecho Público, núm. 48, pp. 11-39.",
        "es-two-surnames-guillemets",
        authors=["sánchez morón"],
        title="La potestad reglamentaria y sus límites",
        year=2019,
        pages="11-39",
    ),
    case(
        "Parejo Alfonso, L. y Rodríguez, A. (2018): Lecciones de Derecho Administrativo, "
        "tomo I, 9.ª ed., Tirant lo Blanch, Valencia.",
        "es-two-authors-y-tomo",
        authors=["parejo alfonso", "rodríguez"],
        title="Lecciones de Derecho Administrativo",
        year=2018,
    ),
    case(
        "Ruiz de la Fuente, C. (2016): Manual de contratación pública. Teoría y práctica, "
        "3.ª ed., Aranzadi, Pamplona.",
        "es-de-la-surname-edition",
        authors=["ruiz de la fuente"],
        title="Manual de contratación pública. Teoría y práctica",
        year=2016,
    ),
    case(
        "Santamaría Pastor, J. A. (2015): «Los contratos del sector público», en J. Tornos "
        "(coord.), Estudios de contratación, Iustel, Madrid, pp. 101-140.",
        "es-chapter-en",
        authors=["santamaría pastor"],
        title="Los contratos del sector público",
        year=2015,
        pages="101-140",
    ),
    case(
        "Sousa Ribeiro, A. (2012): «O direito e a cidade», Revista Crítica, n.º 9, pp. 5-30.",
        "pt-two-surnames",
        authors=["sousa ribeiro"],
        title="O direito e a cidade",
        year=2012,
    ),
    # --- German notes: one author, then the title (which may begin with a person's name)
    case(
        "Karl Weber, Thomas Müntzer. Prophet – Rebell – Theologe, Leipzig 1989, S. 12–30.",
        "de-title-begins-with-a-name",
        note=True,
        authors=["weber"],
        title="Thomas Müntzer. Prophet – Rebell – Theologe",
        year=1989,
    ),
    case(
        "Anna Roth, Die Ethik Karl Barths. Eine Einführung, Zürich 2001, S. 45.",
        "de-title-names-a-person",
        note=True,
        authors=["roth"],
        title="Die Ethik Karl Barths. Eine Einführung",
        year=2001,
    ),
    case(
        "Karl Barth, Briefe 1961–1968, hg. von Jürgen Fangmeier u. a. (GA 6), Zürich 1975, S. 9.",
        "de-editor-clause-out-of-title",
        note=True,
        authors=["barth"],
        title="Briefe 1961–1968",
        year=1975,
    ),
    case(
        "Barth, Karl: Briefe 1961–1968, hg. von Jürgen Fangmeier u. a. (GA 6), Zürich 1975.",
        "de-list-editor-clause-out-of-title",
        authors=["barth"],
        title="Briefe 1961–1968",
        year=1975,
    ),
    case(
        "Hans Wolf, Die Stadt im Wandel. Vom „Aufbau des Sozialismus“ zur Wende, Halle 1999.",
        "de-inner-quotation-in-title",
        note=True,
        authors=["wolf"],
        title="Die Stadt im Wandel. Vom „Aufbau des Sozialismus“ zur Wende",
        year=1999,
    ),
    case(
        "Paul Lenz, Geschichte der Kirchen in Sachsen, Dresden 2004, S. 10–12; online: "
        "Archiv der Landeskirche.",
        "de-semicolon-after-place-year",
        note=True,
        authors=["lenz"],
        title="Geschichte der Kirchen in Sachsen",
        year=2004,
    ),
    # --- initials first and a conjunction between the authors of a note
    case(
        "M. Duval et J.-P. Martin, La ville et ses eaux. Histoire des fontaines, Lyon, PUL, 1991.",
        "fr-et-initials-first",
        note=True,
        authors=["duval", "martin"],
        title="La ville et ses eaux. Histoire des fontaines",
        year=1991,
    ),
    case(
        "A. Yılmaz ve K. Demir, Betonarme Yapılar, İstanbul, Birsen, 2010.",
        "tr-ve-initials-first",
        note=True,
        authors=["yılmaz", "demir"],
        title="Betonarme Yapılar",
        year=2010,
    ),
    case(
        "J. L. Martín Rebollo y A. Ruiz, Manual de Derecho Público, tomo I, 3.ª ed., Tecnos, "
        "Madrid, 2015, pp. 12-20.",
        "es-y-two-surnames-tomo",
        note=True,
        authors=["martín rebollo", "ruiz"],
        title="Manual de Derecho Público",
        year=2015,
    ),
    case(
        "R. Pérez Soto, El servicio público. Una historia, 2.ª ed., Trotta, Madrid, 2009, p. 3.",
        "es-edition-no-journal",
        note=True,
        authors=["pérez soto"],
        title="El servicio público. Una historia",
        year=2009,
    ),
    case(
        "A. B. Smith and C. D. Jones, Signal Processing Basics. Boston, MA, USA: Artech, 2001.",
        "ieee-book-not-romance",
        authors=["smith", "jones"],
        title="Signal Processing Basics",
        year=2001,
    ),
    case(
        "Over de dijken zie vooral K. Smit (red.), Het rivierenland. Een atlas, deel II "
        "(Nijmegen 2002) 40-55.",
        "nl-lead-in-before-editor",
        note=True,
        authors=["smit"],
        title="Het rivierenland. Een atlas",
        year=2002,
    ),
    case(
        "Jong, P. de en A. Vos (red.), *Atlas van de Zeeuwse dialecten*, 4 dln.",
        "nl-italic-title-no-place",
        note=True,
        written=("Jong, P. de", "A. Vos"),
        title="Atlas van de Zeeuwse dialecten",
    ),
    case(
        "Jong, P. de en A. Vos (red.), /Atlas van de Zeeuwse dialecten/, 4 dln.",
        "nl-org-italic-title-no-place",
        note=True,
        written=("Jong, P. de", "A. Vos"),
        title="Atlas van de Zeeuwse dialecten",
    ),
    case(
        "Jong, P. de en A. Vos (red.), *Atlas van de Zeeuwse dialecten*, 4 dln. "
        "(Middelburg: Den Boer, 1960-1975).",
        "nl-italic-title-chicago-facts",
        note=True,
        written=("Jong, P. de", "A. Vos"),
        title="Atlas van de Zeeuwse dialecten",
        year=1960,
    ),
    # --- IEEE lists in Turkish: "ve" between the authors, "vd." for et al.
    case(
        "A. Yılmaz ve B. Kaya, Zemin Dinamiği. Ankara: Nobel, 2012.",
        "tr-ieee-ve",
        authors=["yılmaz", "kaya"],
        title="Zemin Dinamiği",
        year=2012,
    ),
    case(
        'C. Demir vd., "Yapıların deprem performansı," Teknik Dergi, vol. 30, no. 2, '
        "pp. 10–25, 2019.",
        "tr-ieee-vd",
        authors=["demir"],
        title="Yapıların deprem performansı",
        year=2019,
    ),
    # --- initials before two family names in notes
    case(
        "J. A. Santamaría Pastor, «El sistema de fuentes», Revista de Administración Local, "
        "núm. 12, 2010, pp. 3-20.",
        "es-note-initials-two-surnames",
        note=True,
        authors=["santamaría pastor"],
    ),
    case(
        "Luis Martínez Peñalver, «La fiebre amarilla en Cádiz», *Medicina Histórica* 4 (1999): "
        "11-30.",
        "es-note-given-name-two-surnames",
        note=True,
        authors=["martínez peñalver"],
    ),
    case(
        "María Teresa Soler Ibáñez, *Médicos y epidemias en Valencia* (Valencia: PUV, 2004).",
        "es-note-two-given-names-two-surnames",
        note=True,
        authors=["soler ibáñez"],
    ),
    case(
        "Consejo de Estado, *Memoria del año 2019* (Madrid: BOE, 2020), 15.",
        "es-organisation-not-inverted",
        note=True,
        written=("Consejo de Estado",),
    ),
    case(
        "F. Scott Fitzgerald, The Great Gatsby (New York: Scribner, 1925), 12.",
        "en-note-middle-name-kept",
        note=True,
        authors=["fitzgerald"],
        title="The Great Gatsby",
    ),
    case(
        "Anna Berger, Harbour Lights: A History of the Lighthouse (London: Faber, 1999), 12.",
        "en-note-colon-title-no-inverted-name",
        note=True,
        authors=["berger"],
        title="Harbour Lights: A History of the Lighthouse",
    ),
]


@pytest.mark.parametrize(("text", "note", "expected"), CASES)
def test_names_and_lists(text: str, note: bool, expected: dict[str, Any]) -> None:
    ref = parse_reference(text, [1], detect_styles=True, note=note)
    got = {
        "authors": [family_name(a) for a in ref.authors],
        "title": (ref.title or "").strip(" .,«»‘’"),
        "year": ref.year,
        "pages": ref.pages,
        "written": ref.authors,  # the names as the parser gives them
    }
    wrong = {k: (got[k], v) for k, v in expected.items() if got[k] != v}
    assert not wrong, wrong
