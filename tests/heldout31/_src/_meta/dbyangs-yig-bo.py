import json, os
ell = dict(authors=["Ellingson"], title="The Mandala of Sound: Concepts and Sound Structures in Tibetan Ritual Music", year=1979, kind="thesis")
kau = dict(authors=["Kaufmann"], title="Tibetan Buddhist Chant: Musical Notations and Interpretations of a Song Book by the Bkah Brgyud Pa and Sa Skya Pa Sects", year=1975, kind="book")
hel = dict(authors=["Helffer"], title="Mchod-rol: les instruments de la musique tibétaine", year=1994, kind="book")
bkr = dict(authors=["བཀྲ་ཤིས་དོན་གྲུབ"], title="བོད་ཀྱི་དབྱངས་ཡིག་གི་ལོ་རྒྱུས", year=2008, kind="book")
can = dict(authors=["Canzio"], title="Sakya Pandita's Treatise on Music and Its Relevance to Present-Day Tibetan Liturgy", year=1978, kind="thesis")
C = dict(kind="commentary")
meta = {
 "about": "An invented Tibetan (Tibetan script with tsheg and shad, with English sentences) musicology working paper on monastic chant notation (dbyangs yig), plain text: bilingual title, a draft line, a summary, numbered section headings '1. ངོ་སྤྲོད།', markers '[1]'…'[9]' glued to shad or full stops, an indented table drawn with '|' and curve signs, a bilingual table caption, a 'མཆན།' (Notes) section of 9 '1. …' Chicago notes (full first notes, 'Ibid., 112.', a Tibetan ibid 'དེ་ཉིད།, 80.' which repeats note 8 (Ellingson), short notes, a Tibetan terminology note and a fieldwork note, both commentary, a Tibetan book note), then a 'དཔྱད་གཞི།' (Bibliography) of 5 entries (4 English/French, 1 Tibetan). Invented: the author, the recordings and table, Bkra shis don grub's book. Real works with data as remembered: Ellingson 1979 (PhD, Wisconsin), Kaufmann 1975 (Indiana UP), Helffer 1994 (CNRS Éditions), Canzio 1978 (PhD, SOAS; title as remembered). Planted: the Canzio entry (line 47) is cited in no note: uncited-literature-entry at line 47.",
 "document": "dbyangs-yig-bo.txt",
 "flat": True,
 "reader": "plain-text",
 "clean": True,
 "notes": {"1": ell, "2": ell, "3": kau, "4": C, "5": bkr, "6": C, "7": hel, "8": ell, "9": ell},
 "literature": [can, ell, hel, kau, bkr],
}
p = os.path.join(os.path.dirname(__file__), "../plaintext/dbyangs-yig-bo/meta.json")
open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")
