"""Writes the meta.json of heldout42 half A's documents (labels and fields by hand; lines come
from the ⟦label⟧ annotations next to each citation in the sources, checked with grep -n).
Author-date citations are labelled `[n]`, n the position of the cited entry in the printed list
(README: "the author-date citations of the body and of the notes … cite the list as `[n]`, the
position of the entry"); footnote markers keep their printed numbers.
Then: .venv/bin/python tests/corpus_build/build.py tests/heldout42 stapelmarkt-nl …
Kinds follow the last section of tests/corpus/README.md."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, C, R, CH, W, T, U = "book", "article", "commentary", "report", "chapter", "web", "thesis", "unknown"


def put(fmt, name, meta):
    p = os.path.join(HERE, "..", fmt, name, "meta.json")
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


# ---- pandoc: Dutch economic-history essay, Chicago author-date typed by hand, no .bib ----
put("pandoc", "stapelmarkt-nl", {
 "about": "An invented Dutch student essay in early-modern economic history (Amsterdam as staple market or node, 1585–1672) in Pandoc Markdown with a YAML header and a hand-written 'Literatuur' list (no .bib, no citeproc): Chicago author-date typed by hand, Dutch name customs — the particle is capitalised in the text when no given name precedes ('De Vries 1974', 'Van Zanden 1993', 'Van der Wee (1963, 2:178–83)', 'Van den Berg, te verschijnen') while the list sorts by the main name with the particle after the given name ('Vries, Jan de', 'Zanden, Jan Luiten van', 'Wee, Herman van der', 'Berg, Willemijn van den'); the same author across years in one cite ('De Vries 1974, 2008', 'Prak 2002, 2005': an original and its translation), repeated-author dashes '———.' in the list, a reprint with the original year in brackets ('Huizinga [1941] 1984' / list '(1941) 1984': keyed 1984, the edition listed), a translation with its original named in the entry (Braudel 1984, 3:175–76), a multi-volume work cited 'vol:page', a year alone after the name in the sentence ('Israels eigen cijfers … (1989, 79–80)'), a corporate web author with Dutch 'z.j.' (no date; no year keyed; the corporate author not keyed), a forthcoming article ('te verschijnen', no year keyed), 'en' between two names, a cite with two works split by a semicolon inside one parenthesis. Labels: [n] = position in the list. Invented: the essay, its author, the forthcoming article by Van den Berg. Real with data as remembered: every other entry. Clean.",
 "document": "stapelmarkt-nl.md", "reader": "pandoc-markdown", "clean": True, "lang": "nl",
 "literature": [
  dict(authors=["van den Berg"], title="Kooplieden en kerkmeesters: Sociale netwerken in Haarlem, 1620–1670", kind=A),
  dict(authors=["Braudel"], title="The Perspective of the World", year=1984, kind=B),
  dict(authors=["Gaastra"], title="De geschiedenis van de VOC", year=2009, kind=B),
  dict(authors=["Gelderblom"], title="Cities of Commerce: The Institutional Foundations of International Trade in the Low Countries, 1250–1650", year=2013, kind=B),
  dict(authors=["Gelderblom", "Jonker"], title="Completing a Financial Revolution: The Finance of the Dutch East India Trade and the Rise of the Amsterdam Capital Market, 1595–1612", year=2004, kind=A),
  dict(authors=["Huizinga"], title="Nederland's beschaving in de zeventiende eeuw: Een schets", year=1984, kind=B),
  dict(title="Dutch Asiatic Shipping, 1595–1795", url="https://resources.huygens.knaw.nl/das", kind=W),
  dict(authors=["Israel"], title="Dutch Primacy in World Trade, 1585–1740", year=1989, kind=B),
  dict(authors=["Israel"], title="The Dutch Republic: Its Rise, Greatness, and Fall, 1477–1806", year=1995, kind=B),
  dict(authors=["Prak"], title="Gouden Eeuw: Het raadsel van de Republiek", year=2002, kind=B),
  dict(authors=["Prak"], title="The Dutch Republic in the Seventeenth Century: The Golden Age", year=2005, kind=B),
  dict(authors=["Schama"], title="The Embarrassment of Riches: An Interpretation of Dutch Culture in the Golden Age", year=1987, kind=B),
  dict(authors=["de Vries"], title="The Dutch Rural Economy in the Golden Age, 1500–1700", year=1974, kind=B),
  dict(authors=["de Vries"], title="The Industrious Revolution: Consumer Behavior and the Household Economy, 1650 to the Present", year=2008, kind=B),
  dict(authors=["de Vries", "van der Woude"], title="Nederland 1500–1815: De eerste ronde van moderne economische groei", year=1995, kind=B),
  dict(authors=["van der Wee"], title="The Growth of the Antwerp Market and the European Economy (Fourteenth–Sixteenth Centuries)", year=1963, kind=B),
  dict(authors=["van Zanden"], title="The Rise and Decline of Holland's Economy: Merchant Capitalism and the Labour Market", year=1993, kind=B),
  dict(authors=["van Zanden", "van Leeuwen"], title="Persistent but Not Consistent: The Growth of National Income in Holland 1347–1807", year=2012, kind=A),
 ],
})
