"""Builds heldout40 half A's odt document (a French literary-studies article with notes only, no
bibliography: every work given in full at its first note, then by short forms) with the corpus ODT
builder (tests/corpus_build/build_odt.py), pointed at tests/heldout40/odt. Its key (labels: the footnote
numbers the builder gives, lines = body paragraph numbers) is written by the builder from the same markup; the
fields come from here.

    .venv/bin/python tests/heldout40/_src/_meta/build_odt40.py
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "corpus_build"))
import build_odt  # noqa: E402

build_odt.OUT = ROOT / "heldout40" / "odt"
build_odt.OUT.mkdir(parents=True, exist_ok=True)
B, A, C, R, CH, W, T, U = "book", "article", "commentary", "report", "chapter", "web", "thesis", "unknown"

corr = dict(authors=["Flaubert"], title="Correspondance", year=1980, kind=B)
thy = dict(authors=["Thérenty"], title="La Littérature au quotidien. Poétiques journalistiques au XIXe siècle", year=2007, kind=B)
bourd = dict(authors=["Bourdieu"], title="Les Règles de l’art. Genèse et structure du champ littéraire", year=1992, kind=B)
barthes = dict(authors=["Barthes"], title="L’effet de réel", year=1968, kind=A)
civ = dict(title="La Civilisation du journal. Histoire culturelle et littéraire de la presse française au XIXe siècle", year=2011, kind=B)
NOTES = {
 "1": corr,
 "2": thy,
 "3": dict(year=1857, kind=A),
 "4": civ,
 "5": bourd,
 "6": bourd,
 "7": dict(kind=U),
 "8": dict(kind=U),
 "9": barthes,
 "10": dict(authors=["Genette"], title="Seuils", year=1987, kind=B),
 "11": thy,
 "12": dict(corr, year=1998),
 "13": dict(authors=["Benjamin"], title="Paris, capitale du XIXe siècle. Le livre des passages", year=1989, kind=B),
 "14": dict(kind=C),
 "15": barthes,
 "16": bourd,
}

LINES = [
 "Revue d’histoire littéraire des médias, n° 18, 2022, p. 55-71",
 "# Flaubert lecteur de journaux : la presse comme matière et comme repoussoir",
 "Claire Dumoulin-Azaïs",
 "Université Lumière Lyon 2, laboratoire IHRIM",
 "On connaît la formule de Flaubert sur les journaux, qu’il disait ne lire « qu’avec des pincettes ».{fn:Gustave Flaubert, lettre à Louise Colet, 22 avril 1853, dans {it:Correspondance}, éd. Jean Bruneau, Paris, Gallimard, coll. « Bibliothèque de la Pléiade », t. II, 1980, p. 310.} On la cite d’ordinaire pour opposer l’écrivain à la presse de son temps. Or les travaux récents sur la « civilisation du journal » ont montré combien la littérature du XIXe siècle s’est écrite dans, avec et contre le périodique.{fn:Voir Marie-Ève Thérenty, {it:La Littérature au quotidien. Poétiques journalistiques au XIXe siècle}, Paris, Seuil, coll. « Poétique », 2007, p. 11-24.} Le cas de Flaubert mérite d’être repris dans cette perspective.",
 "# 1. Le procès de 1857 et la presse",
 "Le procès de {it:Madame Bovary} fut d’abord une affaire de presse : le roman avait paru en feuilleton dans la {it:Revue de Paris}, et ce sont les coupures imposées par la rédaction qui attirèrent l’attention du parquet. Les comptes rendus du procès, dans {it:Le Figaro} notamment, firent plus pour la notoriété du livre que la publication elle-même.{fn:{it:Le Figaro}, 12 février 1857, p. 2-3, compte rendu non signé de l’audience du 7 février.} Dominique Kalifa et ses collègues ont rappelé que la chronique judiciaire était alors l’un des genres les plus lus du quotidien.{fn:Dominique Kalifa, Philippe Régnier, Marie-Ève Thérenty et Alain Vaillant (dir.), {it:La Civilisation du journal. Histoire culturelle et littéraire de la presse française au XIXe siècle}, Paris, Nouveau Monde éditions, 2011, p. 1021-1030.}",
 "Pierre Bourdieu voyait dans ce procès un moment décisif de la conquête de l’autonomie du champ littéraire.{fn:Pierre Bourdieu, {it:Les Règles de l’art. Genèse et structure du champ littéraire}, Paris, Seuil, 1992, p. 85-93.} L’analyse est juste, mais elle laisse de côté la manière dont Flaubert lui-même a utilisé la presse pour construire sa posture d’écrivain retiré du monde.{fn:{it:Ibid.}, p. 137.}",
 "# 2. Les dossiers de {it:Bouvard et Pécuchet}",
 "Les dossiers préparatoires de {it:Bouvard et Pécuchet} contiennent des dizaines de coupures de journaux, collées ou recopiées, que Flaubert destinait au « second volume », la fameuse copie des deux bonshommes.{fn:Bibliothèque municipale de Rouen, ms. g 226, vol. 4, f° 112-139.} Les unes relèvent de la bêtise ordinaire, les autres sont des faits divers choisis pour leur invraisemblance.{fn:{it:Ibid.}, vol. 5, f° 8 ; voir aussi BnF, département des Manuscrits, NAF 23662, f° 41.}",
 "Le fait divers intéresse Flaubert pour la même raison que le détail inutile intéresse Barthes : il atteste le réel sans rien signifier.{fn:Roland Barthes, « L’effet de réel », {it:Communications}, n° 11, 1968, p. 84-89.} Les coupures sont ainsi, au sens de Genette, un paratexte inversé : non pas ce qui entoure le livre, mais ce que le livre absorbe.{fn:Gérard Genette, {it:Seuils}, Paris, Seuil, coll. « Poétique », 1987, p. 7-19. L’idée d’un « paratexte inversé » n’est pas de Genette ; elle est la mienne.} Thérenty parle à ce propos de « matrice journalistique ».{fn:M.-È. Thérenty, {it:La Littérature au quotidien}, {it:op. cit.}, p. 46.}",
 "# 3. Le journal comme repoussoir",
 "Il serait pourtant faux de faire de Flaubert un écrivain journaliste malgré lui. Dans les lettres des années 1870, le journal reste l’emblème de la bêtise moderne.{fn:G. Flaubert, {it:Correspondance}, éd. cit., t. IV, 1998, p. 512.} Walter Benjamin, qui faisait du feuilleton l’une des clés du XIXe siècle, n’a pas cité Flaubert sur ce point, et l’on comprend pourquoi.{fn:Walter Benjamin, {it:Paris, capitale du XIXe siècle. Le livre des passages}, trad. Jean Lacoste, Paris, Cerf, 1989, p. 775-782 (éd. orig. {it:Das Passagen-Werk}, 1982).}",
 "Reste que l’opposition ne se laisse pas réduire à un rejet.{fn:Je laisse de côté la question, souvent posée, des collaborations de Flaubert à des journaux de province dans sa jeunesse : les attributions sont trop incertaines.} Le journal donne à Flaubert ce que Barthes appelait l’« illusion référentielle »{fn:R. Barthes, art. cit., p. 88.}, et à l’écrivain sa position dans le champ, comme le rappelle Bourdieu.{fn:P. Bourdieu, {it:op. cit.}, p. 141.}",
]

ABOUT = ("An invented French literary-studies article (Flaubert and the newspaper press) saved by LibreOffice Writer as .odt (built with the "
 "corpus ODT builder): a journal line, title, author and affiliation paragraphs, Heading 1 sections, and 16 footnotes — notes only, "
 "no bibliography, every work given in full at its first note (French typography: « », 'p. 85-93', 'coll.', 't. II', '(dir.)', "
 "'trad.', 'éd. orig.') and then by short forms: 'Ibid., p. 137.' (6 -> Bourdieu), 'Ibid., vol. 5, f° 8' (8 -> the Rouen manuscript, "
 "with a second archival source after a semicolon), 'M.-È. Thérenty, La Littérature au quotidien, op. cit., p. 46.' (11), "
 "'G. Flaubert, Correspondance, éd. cit., t. IV, 1998' (12: the Pléiade edition of note 1, another volume and year: keyed with the title of note 1 and the year "
 "the note prints, 1998), 'R. Barthes, art. cit., p. 88.' (15), 'P. Bourdieu, op. cit., p. 141.' (16). Note 3 cites a dated newspaper "
 "report without a title (article, year only); notes 7 and 8 cite manuscript dossiers (Bibliothèque municipale de Rouen, BnF NAF: kind "
 "unknown); note 10 cites Genette and then argues; note 14 is a comment (commentary); note 4 an edited volume whose editors are "
 "not keyed (dir.). Labels: footnote numbers; lines are body paragraph numbers. Invented: the article, its author, the journal "
 "and its issue, the Figaro report's date and pages, the folio numbers. Real with data as remembered: Flaubert's Correspondance (Pléiade, "
 "ed. Bruneau), Thérenty 2007, Kalifa et al. 2011, Bourdieu 1992, Barthes 1968, Genette 1987, Benjamin 1989 (trans. Lacoste); "
 "the letter to Louise Colet quoted is invented. Clean.")

doc = build_odt.Doc("flaubert-presse-fr", {"title": "Flaubert lecteur de journaux", "reader": "odt", "clean": True, "about": ABOUT,
                    "notes": NOTES}, LINES)
doc.write()
print("odt/flaubert-presse-fr.key.json")
