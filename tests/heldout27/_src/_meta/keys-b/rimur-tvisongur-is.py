import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from _kb import finder, write

F = "org/rimur-tvisongur-is.org"
ln = finder(F)
ARNI = {"title": "Jón Leifs and the Musical Invention of Iceland", "year": 2019, "authors": ["Ingólfsson"], "kind": "book"}
BJARNI = {"title": "Íslenzk þjóðlög", "year": 1906, "authors": ["Þorsteinsson"], "kind": "book"}
HREINN = {"title": "Kvæðaskapur: Icelandic Epic Song", "year": 2000, "authors": ["Steingrímsson"], "kind": "book"}
LEIFS = {"title": "Íslenzk tónlist", "year": 1922, "authors": ["Leifs"], "kind": "article"}
ISMUS = {"title": "Ísmús – íslenskur músík- og menningararfur", "url": "https://www.ismus.is/", "kind": "web"}
SMARI = {"title": "Tvísöngur á Íslandi: Söfnun og túlkun", "year": 2014, "authors": ["Ólason"], "kind": "article"}
N = {"1": SMARI, "2": BJARNI, "3": BJARNI, "4": HREINN, "inline-1": HREINN, "L1": ISMUS, "5": ARNI, "6": LEIFS,
     "7": ARNI, "8": ARNI, "inline-2": {"url": "https://is.wikipedia.org/wiki/P%C3%A1ll_%C3%8Ds%C3%B3lfsson", "kind": "web"},
     "9": {"kind": "commentary"}}
cit = [[str(i), ln(f"[fn:{i}]", 1 if i != 8 else 2)] for i in range(1, 10)]
cit += [["inline-1", ln("[fn:: Upptökurnar")], ["inline-2", ln("[fn::Um Pál")], ["L1", ln("[[https://www.ismus.is/][ismus.is]]")]]
lit = [ARNI, BJARNI, dict(HREINN, year=2001), LEIFS, {k: v for k, v in ISMUS.items()}, SMARI]
write("org/rimur-tvisongur-is.key.json", {
    "about": "Invented Icelandic music-history essay in Org (ordinary Org footnotes [fn:N] defined in a final section, "
             "two inline [fn:: ...] notes, Chicago notes with 'Sama heimild', a plain-list Heimildir). The author, the "
             "table and its figures are invented; Smári Ólason's article in Ritið is invented; Árni Heimir Ingólfsson 2019, "
             "Bjarni Þorsteinsson 1906-1909, Hreinn Steingrímsson's Kvæðaskapur and Jón Leifs's 1922 Eimreiðin article "
             "are cited with data as remembered (issue and pages of the latter may be wrong). The Ísmús link in the body "
             "cites its sentence (L1, keyed with the Heimildir entry). A commented-out '# [fn:8] ...' line is not a note. "
             "Planted: Heimildir gives Kvæðaskapur as 2001, notes 4 and inline-1 as 2000.",
    "reader": "org",
    "clean": True,
    "citations": cit,
    "notes": N,
    "literature": lit,
    "defects": [{"kind": "footnote-literature-mismatch", "line": ln("Dortmund, 2001.")}],
})
