"""A medicine's label -- prescribing information, product information, a package leaflet:
the ``report`` of the company or agency that issues it.

Clinical papers cite a drug's official label by the holder or the agency, the product's
name and the label's genre::

    Bristol-Myers Squibb Company. ELIQUIS (apixaban) tablets, for oral use: prescribing
    information. Princeton, NJ: Bristol-Myers Squibb; revised 2021.
    European Medicines Agency. Eliquis: EPAR – product information. Amsterdam: EMA; 2023.
    Pfizer Pharma GmbH. Fachinformation Eliquis 5 mg Filmtabletten. Berlin: Pfizer; 2022.
    Agence nationale de sécurité du médicament. Résumé des caractéristiques du produit …
    AEMPS. Ficha técnica de Eliquis 5 mg comprimidos. Madrid: AEMPS; 2021.
    Eliquis 5 mg film kaplı tablet: kısa ürün bilgisi. İstanbul: …; 2020.

No press publishes a label and it is no web page of its own (the corpus conventions file drug
labels, like a body's other documents, as ``report``).  :func:`labelled` says a work read as
a book, a web page or of no kind, with no journal, volume or issue, is a report when its title
names the genre.
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind

__all__ = ["drug_label", "labelled"]

# the genre's names: English, German, French, Spanish, Italian, Portuguese, Turkish
_GENRE = lazy_compile(
    r"(?i:\b(?:(?:full\s)?prescribing\sinformation|product\sinformation|package\s(?:insert"
    r"|leaflet)|patient\sinformation\sleaflet|summary\sof\sproduct\scharacteristics"
    r"|Fachinformation|Gebrauchsinformation|Packungsbeilage"
    r"|résumé\sdes\scaractéristiques\sdu\sproduit|notice\sd['’]information"
    r"|ficha\stécnica|prospecto|riassunto\sdelle\scaratteristiche\sdel\sprodotto"
    r"|foglio\sillustrativo|resumo\sdas\scaracterísticas\sdo\smedicamento"
    r"|kısa\sürün\sbilgisi|kullanma\stalimatı)\b)"
)


def labelled(ref: Reference) -> bool:
    """Is ``ref`` a medicine's label (see the module)?"""
    return (
        ref.kind in (RefKind.BOOK, RefKind.WEB, RefKind.UNKNOWN)
        and not (ref.host or ref.volume or ref.issue)
        and bool(ref.title)
        and _GENRE.search(ref.title or "") is not None
    )


def drug_label(ref: Reference) -> Reference:
    """``ref`` a ``report`` when it is a medicine's label (see the module)."""
    return dataclasses.replace(ref, kind=RefKind.REPORT) if labelled(ref) else ref
