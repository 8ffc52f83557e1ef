import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from _kb import finder, write

ln = finder("typst/diplomski-euro-hr/poglavlje2.typ")
B = {
    "mundell1961": {"title": "A Theory of Optimum Currency Areas", "year": 1961, "authors": ["Mundell"], "kind": "article"},
    "degrauwe2020": {"title": "Economics of Monetary Union", "year": 2020, "authors": ["De Grauwe"], "kind": "book"},
    "hobijn2006": {"title": "Menu Costs at Work: Restaurant Prices and the Introduction of the Euro", "year": 2006,
                   "authors": ["Hobijn", "Ravenna", "Tambalotti"], "kind": "article", "doi": "10.1162/qjec.121.3.1103"},
    "kovacevic2024": {"title": "Zaokruživanje cijena pri uvođenju eura u Hrvatskoj", "year": 2024, "authors": ["Kovačević"],
                      "kind": "article"},
    "juric2022": {"title": "Izbor usporedivih zemalja u procjeni učinaka uvođenja eura", "year": 2022, "authors": ["Jurić"],
                  "kind": "thesis"},
}
N = dict(B) | {
    "1": {"title": "Nacionalni plan zamjene hrvatske kune eurom", "year": 2020},
    "2": B["mundell1961"], "3": B["degrauwe2020"], "4": B["degrauwe2020"], "5": B["hobijn2006"],
    "6": {"kind": "commentary"}, "7": B["kovacevic2024"], "8": B["juric2022"],
}
cit = [
    ["1", ln("2023.#footnote[Vlada")],
    ["2", ln("#footnote[@mundell1961.]")], ["mundell1961", ln("#footnote[@mundell1961.]")],
    ["3", ln("#footnote[@degrauwe2020[str. 45")], ["degrauwe2020", ln("#footnote[@degrauwe2020[str. 45")],
    ["4", ln("#footnote[Isto, str. 112.]")],
    ["5", ln("#footnote[Usp. @hobijn2006")], ["hobijn2006", ln("#footnote[Usp. @hobijn2006")],
    ["kovacevic2024", ln("vidi @kovacevic2024")],
    ["6", ln("#footnote[Metoda razlike")],
    ["7", ln("#footnote[Ivana")],
    ["8", ln("#footnote[@juric2022")], ["juric2022", ln("#footnote[@juric2022")],
    ["hobijn2006", ln("nalazima @hobijn2006")],
    ["kovacevic2024", ln("#cite(<kovacevic2024>")],
    ["degrauwe2020", ln("konverzija @degrauwe2020")],
]
write("typst/diplomski-euro-hr.key.json", {
    "about": "Invented chapter 2 of a Croatian master's thesis (diplomski rad) in Typst on the 2023 euro changeover and "
             "prices: explicit #footnote[...] notes (Chicago-like, 'Isto' for ibid., @key inside notes, one note written "
             "out by hand), in-text @key and #cite(<key>, form: \"prose\") in the closing section, a table figure with a "
             "@tab-ucinak reference (not a citation), a // comment with a footnote (not a note), "
             "#bibliography(\"literatura.bib\", style: \"chicago-notes\"). The author, Kovačević 2024, Jurić 2022 and the "
             "table figures are invented; Mundell 1961, De Grauwe 2020 (13th ed.), Hobijn et al. 2006 and the Croatian "
             "changeover plan are cited as remembered. Footnotes keyed by the number printed: the explicit notes are 1-8 "
             "(the note-style citations in the closing section come after them, so they do not shift the numbers; "
             "they are keyed by key only). No planted defect.",
    "document": "diplomski-euro-hr/poglavlje2.typ",
    "reader": "typst",
    "clean": True,
    "citations": cit,
    "notes": N,
    "literature": [B[k] for k in ["mundell1961", "degrauwe2020", "hobijn2006", "kovacevic2024", "juric2022"]],
    "defects": [],
})
