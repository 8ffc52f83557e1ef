import json, os
B, A, W = "book", "article", "web"
ellis = dict(authors=["Ellis"], title="The Martyr Church: A Narrative of the Introduction, Progress, and Triumph of Christianity in Madagascar", year=1870, kind=B)
rj = dict(authors=["Raison-Jourde"], title="Bible et pouvoir à Madagascar au XIXe siècle: invention d'une identité chrétienne et construction de l'État (1780–1880)", year=1991, kind=B)
unesco = dict(title="Rova d'Antananarivo", url="https://whc.unesco.org/fr/listesindicatives/5306/", kind=W)
rak = dict(authors=["Rakotomalala"], title="Ny andrin'i Manjakamiadana: lovantsofina sy tantara", year=2009, kind=A, url="https://www.taloha.info/document.php?id=812")
midi = dict(authors=["Randrianarisoa"], title="Rova: roapolo taona taorian'ny afo", year=2015, url="https://www.midi-madagasikara.mg/culture/2015/11/06/rova-roapolo-taona/")
meta = {
 "about": "An invented Malagasy Wikipedia-style article on Manjakamiadana (the queen's palace of the Rova of Antananarivo) and its stone casing by the missionary James Cameron: {{Infobox building}} with Malagasy parameter names and a named <ref name=\"unesco\">{{Cite web}}</ref> in it, {{Cite journal}} and {{Cite news}} with English parameter names and Malagasy access dates ('12 Jona 2023'), <ref name> reuse (unesco, midi), {{sfn|Author|Year|p=}} pointing at a '=== Boky ===' list of two {{Cite book}} (Raison-Jourde 1991 p=245 used twice = one note, p=250 another note; Ellis 1870 p=312), a commented-out <ref>, a wikitable, a <gallery>, {{Reflist}} under '== Loharano ==', an external link, a navbox, 'Sokajy:' categories and interlanguage links. Notes keyed by the number MediaWiki prints (order of first use; identical sfn share a number). Invented: the UNESCO tentative-list number, the Rakotomalala article in Taloha (a real journal) and its URL, the Midi Madagasikara article and URL, the commune page, the sizes in the table. Real works with data as remembered: Ellis 1870 (London: John Snow), Raison-Jourde 1991 (Karthala; ISBN as remembered). The 1995 fire and Cameron's role as generally known. Clean.",
 "document": "manjakamiadana-mg.wiki",
 "flat": True,
 "reader": "mediawiki",
 "clean": True,
 "notes": {"1": unesco, "2": rj, "3": rak, "4": ellis, "5": midi, "6": rj},
 "literature": [ellis, rj],
}
p = os.path.join(os.path.dirname(__file__), "../mediawiki/manjakamiadana-mg/meta.json")
open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")
