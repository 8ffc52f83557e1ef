"""Fix 55b: French notes whose names are an edited volume's editors (``(dir.)``, ``(éd.)``,
``(coord.)``): the editors close the names and are never part of the title nor a chapter's
authors; ``éd. Name`` and ``éd. cit.`` are no field; a volume after the imprint (``Paris,
Gallimard, t. II, 1980``) is a book's, not a journal's numbering.  Own fixtures."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("note", "authors", "title", "kind"),
    [
        pytest.param(
            "Anne Morel, Luc Petit, Claire Roy et Marc Blanc (dir.), Les Gazettes de province."
            " Une histoire de la presse locale, Rennes, Presses universitaires de Rennes,"
            " 2014, p. 211-230.",
            ("Anne Morel", "Luc Petit", "Claire Roy", "Marc Blanc"),
            "Les Gazettes de province. Une histoire de la presse locale",
            RefKind.BOOK,
            id="four-editors-dir",
        ),
        pytest.param(
            "Christophe Charle et Daniel Roche (dir.), Capitales culturelles, capitales"
            " symboliques, Paris, Publications de la Sorbonne, 2002, p. 9.",
            ("Christophe Charle", "Daniel Roche"),
            "Capitales culturelles, capitales symboliques",
            RefKind.BOOK,
            id="two-editors-comma-title",
        ),
        pytest.param(
            "Anne Martin (éd.), Les Voyageurs du Nord, Lille, Septentrion, 2003, p. 14.",
            ("Anne Martin",),
            "Les Voyageurs du Nord",
            RefKind.BOOK,
            id="one-editor-ed",
        ),
        pytest.param(
            "Jean Dupont, Le roman-feuilleton, dans Marie Durand et Paul Martin (dir.), La"
            " Presse au XIXe siècle, Paris, Seuil, 2005, p. 12-30.",
            ("Jean Dupont",),
            "Le roman-feuilleton",
            RefKind.CHAPTER,
            id="chapter-host-editors-not-title",
        ),
        pytest.param(
            "Hélène Vidal, Mémoires, éd. Jacques Roux, Paris, Plon, t. II, 1932, p. 45.",
            ("Hélène Vidal",),
            "Mémoires",
            RefKind.BOOK,
            id="edited-by-and-volume-after-imprint",
        ),
        pytest.param(
            "H. Vidal, Mémoires, éd. cit., t. III, 1934, p. 12.",
            ("H. Vidal",),
            "Mémoires",
            RefKind.BOOK,
            id="edition-cited-new-volume",
        ),
        pytest.param(
            "Ana Pérez, La prensa regional, en Juan Costa (coord.), Historia de la prensa,"
            " Madrid, Cátedra, 2010, pp. 5-20.",
            ("Ana Pérez",),
            "La prensa regional",
            RefKind.CHAPTER,
            id="es-en-coord-host",
        ),
    ],
)
def test_edited_volume_notes(
    note: str, authors: tuple[str, ...], title: str, kind: RefKind
) -> None:
    ref = parse_reference(note, [1], detect_styles=True, note=True)
    assert ref.authors == authors
    assert ref.title == title
    assert ref.kind is kind


@pytest.mark.parametrize(
    ("note", "kind", "host"),
    [
        # a journal's numbering before the year stays an article's
        pytest.param(
            "Jean Dupont, Les ports normands, Annales de Normandie, vol. 12, n° 3, 1962,"
            " p. 201-230.",
            RefKind.ARTICLE,
            "Annales de Normandie",
            id="journal-numbering",
        ),
        # "dans" a journal, no editors: an article in it, not a chapter
        pytest.param(
            "Jean Dupont, Le roman-feuilleton, dans Revue d'histoire littéraire, n° 3, 2005,"
            " p. 12-30.",
            RefKind.ARTICLE,
            "Revue d'histoire littéraire",
            id="dans-a-journal",
        ),
    ],
)
def test_look_alikes_keep_their_reading(note: str, kind: RefKind, host: str) -> None:
    ref = parse_reference(note, [1], detect_styles=True, note=True)
    assert ref.kind is kind
    assert ref.host == host


def test_capital_ed_is_a_publisher() -> None:
    """``Éd. du Seuil`` is a publisher, no editor: kept."""
    ref = parse_reference(
        "Jean Dupont, Les Ports, Paris, Éd. du Seuil, 1990, p. 4.",
        [1],
        detect_styles=True,
        note=True,
    )
    assert (ref.title, ref.publisher, ref.kind) == ("Les Ports", "Éd. du Seuil", RefKind.BOOK)
