"""Builds tests/heldout50/odt/getijdenboek-nl.odt and its key with tests/corpus_build/build_odt.py's
Doc class (the shared ODT writer; only its output folder is set here).  The key's fields come
from odt_meta.json, written by ../../_meta/keys_a.py.  Footnotes ({fn:...}) are citations at
their paragraph, labelled 1, 2, ... by the builder; no ⟦⟧ annotation is needed or used.

    .venv/bin/python tests/heldout50/_src/odt/getijdenboek-nl/getijdenboek.py
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[4]  # the repository
sys.path.insert(0, str(ROOT / "tests" / "corpus_build"))
import build_odt  # noqa: E402

build_odt.OUT = HERE.parents[2] / "odt"

LINES = [
    "# Lezen met de klok mee. Een Delfts getijdenboek en zijn gebruikers, ca. 1460–1540",
    "Marieke Oosterbeek-Dijkhuis",
    "## Inleiding",
    "Weinig boeken zijn in de late middeleeuwen in de Noordelijke Nederlanden zo vaak afgeschreven als "
    "het getijdenboek in de volkstaal. De vertaling die Geert Grote omstreeks 1380–1384 van de belangrijkste "
    "getijden maakte, is in meer dan achthonderd handschriften overgeleverd.{fn:N. van Wijk, {it:Het "
    "getijdenboek van Geert Grote naar het Haagse handschrift 133 E 21} (Leiden 1940), 1–12.} Over de "
    "gebruikers van die handschriften weten we daarentegen weinig: wie las erin, wanneer, en hoe?",
    "Dit artikel onderzoekt één handschrift: het getijdenboek dat nu in de Koninklijke Bibliotheek te "
    "Den Haag bewaard wordt onder signatuur 135 G 19.{fn:Den Haag, Koninklijke Bibliotheek, 135 G 19 "
    "(hierna: KB 135 G 19).} Het werd in de jaren zestig van de vijftiende eeuw in Delft geschreven en "
    "verlucht, en bevat aantekeningen van ten minste vier latere bezitters. Die aantekeningen maken het "
    "mogelijk iets te zeggen over de manier waarop het boek gebruikt werd.",
    "## Het handschrift",
    "KB 135 G 19 telt 196 perkamenten bladen en bevat een kalender van Utrecht, de getijden van Maria, "
    "van de Eeuwige Wijsheid, van het Heilig Kruis en van de Heilige Geest, de zeven boetpsalmen met "
    "litanie en de vigilie voor de doden. De tekst van de Mariagetijden volgt de redactie die Van Wijk "
    "als de oorspronkelijke beschouwde.{fn:Van Wijk, {it:Getijdenboek}, 34–38.} De randversiering "
    "met penwerk in rood en blauw en de drie volbladminiaturen (fol. 13v, 58v en 101v) plaatsen het "
    "handschrift in de Delftse productie van de jaren 1460–1470.{fn:A.S. Korteweg (red.), {it:Kriezels, "
    "aubergines en takkenbossen. Randversiering in Noordnederlandse handschriften uit de vijftiende "
    "eeuw} (Zwolle 1992), 62–71.}",
    "De miniatuur bij de Mariagetijden, een Annunciatie, is nauw verwant aan die in een getijdenboek "
    "in Leiden.{fn:Leiden, Universiteitsbibliotheek, BPL 2747, fol. 14v; vgl. KB 135 G 19, fol. 13v.} "
    "Beide handschriften zijn eerder aan dezelfde werkplaats toegeschreven, en de vergelijking van "
    "het penwerk bevestigt die toeschrijving.{fn:H.L.M. Defoer, A.S. Korteweg en W.C.M. Wüstefeld, "
    "{it:The Golden Age of Dutch Manuscript Painting} (New York 1990), 154–157, nr. 48.} "
    "Het schrift is een littera hybrida van één hand, met rubrieken in het rood.",
    "## Gebruikers en aantekeningen",
    "Op het laatste schutblad heeft een zekere Aechte Willemsdochter in 1497 haar naam geschreven, "
    "met de toevoeging dat zij het boek van haar tante had geërfd.{fn:KB 135 G 19, fol. 196v.} "
    "Dezelfde hand heeft in de kalender de sterfdata van drie familieleden toegevoegd.{fn:Ibidem, "
    "fol. 3r, 5v en 9r.} Zulke aantekeningen zijn in Noordnederlandse getijdenboeken niet zeldzaam; "
    "ze laten zien dat het boek ook als familiekroniek dienst deed.{fn:Vgl. E. Kwakkel, {it:Die "
    "dietsche boeke die ons toebehoeren. De kartuizers van Herne en de productie van "
    "Middelnederlandse handschriften in de regio Brussel (1350–1400)} (Leuven 2002), 23–25, waar "
    "vergelijkbare bezitsaantekeningen besproken worden.}",
    "Een tweede gebruiker, van wie alleen de initialen ‘I.C.’ bekend zijn, heeft in de marges van "
    "de boetpsalmen korte Latijnse verwijzingen geschreven naar de Vulgaat, bijvoorbeeld bij Ps. 50 "
    "(‘Miserere mei, Deus’) en Ps. 129 (‘De profundis’).{fn:KB 135 G 19, fol. 121r–129v.} Die "
    "verwijzingen tonen een lezer die de Nederlandse tekst met de Latijnse vergeleek, zoals in de "
    "kringen van de Moderne Devotie werd aanbevolen.{fn:Th. Mertens, ‘Lezen met de pen. "
    "Ontwikkelingen in het laatmiddeleeuws geestelijk proza’, in: F.P. van Oostrom en F. Willaert "
    "(red.), {it:De studie van de Middelnederlandse letterkunde: stand en toekomst} (Hilversum 1989), "
    "187–200, aldaar 190–193.}",
    "Dat een lekenlezer de Latijnse psalmen bij de hand had, is minder vanzelfsprekend dan het lijkt. "
    "De Delftse drukken van het Latijnse psalterium van na 1480 maakten het wel gemakkelijker.{fn:Mertens, "
    "‘Lezen met de pen’, 195.} In KB 135 G 19 blijkt uit de verwijzingen dat I.C. met een gedrukt "
    "psalterium werkte: de versnummering komt overeen met die van een Delftse editie van 1485.{fn:Ibid., 196; "
    "voor de druk zie {it:Incunabula Short Title Catalogue} (ISTC), nr. ip01036000, "
    "{link:https://data.cerl.org/istc/ip01036000|https://data.cerl.org/istc/ip01036000} (geraadpleegd "
    "12 januari 2025).}",
    "## Lezen met de klok mee",
    "De getijden waren bedoeld om op vaste uren gelezen te worden. Geert Grote zelf wees erop dat "
    "de lekenlezer zich niet aan de kloosterlijke uren hoefde te houden, maar wel aan een vaste "
    "volgorde.{fn:Van Wijk, {it:Getijdenboek}, 7.} In KB 135 G 19 zijn bij de metten, priem en "
    "vespers van de Mariagetijden in een zestiende-eeuwse hand de klokuren bijgeschreven: ‘te vijven’, "
    "‘te seven’, ‘te vieren’.{fn:KB 135 G 19, fol. 14r, 31v en 47r.} Zulke toevoegingen zijn ook "
    "bekend uit een getijdenboek in Utrecht.{fn:Utrecht, Museum Catharijneconvent, BMH h 70, fol. 22r; "
    "zie L. Verschuren, ‘Uren en klokken in Middelnederlandse getijdenboeken’, {it:Queeste} 29 (2022), "
    "101–124, doi:10.99999/queeste.2022.2.101.}",
    "Verschuren heeft voorgesteld dat de toevoeging van klokuren samenhangt met de verbreiding van "
    "openbare uurwerken in de Hollandse steden na 1450.{fn:Verschuren, ‘Uren en klokken’, 110–114.} "
    "Voor Delft is dat aannemelijk: de Nieuwe Kerk kreeg haar uurwerk in de jaren 1470.{fn:Ibidem, 112.}",
    "## Besluit",
    "KB 135 G 19 is geen uitzonderlijk handschrift, en juist daarom is het waardevol. De sporen van "
    "zijn gebruikers laten zien hoe een getijdenboek van Grotes vertaling in een Delftse familie "
    "meer dan een eeuw in gebruik bleef, werd aangevuld, vergeleken met het Latijn en ten slotte "
    "aan het ritme van de stadsklok werd aangepast.{fn:Voor een vergelijkbaar geval zie M. Ruijsenaars, "
    "‘Getijden in gebruik. Sporen van lezers in Noordnederlandse getijdenboeken’, in: {it:Manuscripten "
    "en miniaturen. Studies aangeboden aan Anne S. Korteweg} (Zutphen 2007), 233–246.}",
]


def main() -> None:
    meta = json.loads((HERE / "odt_meta.json").read_text(encoding="utf-8"))
    build_odt.OUT.mkdir(parents=True, exist_ok=True)
    doc = build_odt.Doc("getijdenboek-nl", meta, LINES)
    doc.write()
    print(f"wrote {build_odt.OUT / doc.name}.odt")


if __name__ == "__main__":
    main()
