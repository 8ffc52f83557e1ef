import json, os
fip = dict(title="History of ʻIolani Palace", kind="web", url="https://www.iolanipalace.org/history/")
kah = dict(authors=["Kahananui"], title="Ka hale pili ma ke ʻano hou", year=2018, kind="article")
malo = dict(authors=["Malo"], title="Hawaiian Antiquities (Moolelo Hawaii)", year=1951, kind="book")
pen = dict(authors=["Penkiunas"], title="American Regional Architecture in Hawaii: Honolulu, 1887–1935", year=1990, kind="thesis")
san = dict(authors=["Sandler", "Mehta", "Haines"], title="Architecture in Hawaiʻi: A Chronological Survey", year=1993, kind="book")
kam = dict(authors=["Kamakau"], title="Ruling Chiefs of Hawaii", year=1961, kind="book")
meta = {
 "about": "An invented Hawaiian (ʻokina and kahakō) architecture essay, from the hale pili to ʻIolani Palace, in AsciiDoc for Asciidoctor: header with author, revision line and attributes (:lang: haw, :toc:, :sectnums:, :imagesdir:), an [abstract], a named footnote 'footnote:kahako[...]' (an orthography note, commentary) reused with 'footnote:kahako[]' (same number 1), a Chicago full note in 'footnote:[...]' (Kamakau 1961), a footnote holding '<<malo1951,ʻaoʻao 118>>' (its own pair; the note keyed with no fields), '<<key>>' and '<<key,p. 12>>' / '<<key,ʻaoʻao 60–62>>' citations, NOTE and TIP admonitions with bare URLs and a URL macro (no citations), a titled [source,csv] block, an image macro, a '[bibliography]' section of 5 '- [[[key]]] ...' Chicago entries, and a trailing '//' comment naming a work to add. Invented: the author, Kahananui's article in Hūlili (a real journal), the CSV measurements, the Friends of ʻIolani Palace page title/URL as keyed. Real works with data as remembered: Malo 1951 (Bishop Museum Special Publication 2), Kamakau 1961, Penkiunas 1990 (PhD, University of Virginia), Sandler, Mehta & Haines 1993 (Mutual). Citations keyed by anchor id, footnotes by the number Asciidoctor prints. Planted: '<<apple1977>>' (line 42) has no bibliography entry (the work is only named in the closing comment): missing-literature-entry at line 42 (keyed as a citation of apple1977 with no fields).",
 "document": "hale-alii-haw.adoc",
 "flat": True,
 "reader": "asciidoc",
 "clean": True,
 "notes": {"1": dict(kind="commentary"), "2": kam, "malo1951": malo, "kahananui2018": kah, "sandler1993": san, "penkiunas1990": pen, "fip-history": fip},
 "literature": [fip, kah, malo, pen, san],
}
p = os.path.join(os.path.dirname(__file__), "../asciidoc/hale-alii-haw/meta.json")
open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")
