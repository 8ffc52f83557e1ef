import sys, json; sys.path.insert(0, "../.."); from mk import write
A, B = "article", "book"
E = [
 (1, dict(title="Case of Xero Flor w Polsce sp. z o.o. v. Poland (Application no. 4907/18)", year=2021, url="https://hudoc.echr.coe.int/eng?i=001-210065")),
 (2, dict(title="Postanowienie z dnia 5 lipca 2017 r., sygn. akt SK 13/13", url="https://trybunal.gov.pl/postepowanie-i-orzeczenia/postanowienia/art/10166-szacowanie-szkod-lowieckich")),
 (3, dict(title="Wyrok z dnia 3 grudnia 2015 r., sygn. akt K 34/15", year=2015, url="https://trybunal.gov.pl/postepowanie-i-orzeczenia/wyroki/art/8748-ustawa-o-trybunale-konstytucyjnym")),
 (4, dict(authors=["Sadurski"], title="Polish Constitutional Tribunal Under PiS: From an Activist Court, to a Paralysed Tribunal, to a Governmental Enabler", year=2019, doi="10.1007/s40803-018-0078-6", kind=A)),
 (5, dict(title="Case of Guðmundur Andri Ástráðsson v. Iceland (Application no. 26374/18)", year=2020, url="https://hudoc.echr.coe.int/eng?i=001-206582")),
 (6, dict(title="Orzeczenia ETPCz w sprawach przeciwko Polsce", url="https://www.ms.gov.pl/pl/prawa-czlowieka/europejski-trybunal-praw-czlowieka/orzeczenia-etpcz/")),
 (7, dict(authors=["Domagalski"], title="Rząd nie uzna wyroku ETPC ws. Trybunału Konstytucyjnego", year=2021, url="https://www.rp.pl/sady-i-trybunaly/art18261291-rzad-nie-uzna-wyroku-etpc-ws-trybunalu-konstytucyjnego")),
 (8, dict(title="Wyrok z dnia 24 listopada 2021 r., sygn. akt K 6/21", year=2021, url="https://trybunal.gov.pl/postepowanie-i-orzeczenia/wyroki/art/11717-ocena-zgodnosci-z-konstytucja-rp-art-6-ust-1-zd-1-konwencji")),
 (9, dict(title="RPO o wyroku TK w sprawie K 6/21", year=2021, url="https://bip.brpo.gov.pl/pl/content/rpo-wyrok-tk-k-6-21-konwencja")),
 (10, dict(authors=["Florczak-Wątor"], title="O skutkach wyroku Europejskiego Trybunału Praw Człowieka w sprawie Xero Flor", year=2022, kind=A)),
 (11, dict(title="Secretary General launches inquiry into Poland's implementation of the European Convention on Human Rights", year=2021, url="https://www.coe.int/en/web/secretary-general/-/article-52-inquiry-poland")),
 (12, dict(authors=["Muszyński"], title="Trybunał Konstytucyjny a Europejski Trybunał Praw Człowieka. Spór o kompetencje", year=2022, kind=B)),
 (13, dict(title="Case of Reczkowicz v. Poland (Application no. 43447/19)", year=2021, url="https://hudoc.echr.coe.int/eng?i=001-211127")),
 (14, dict(title="Case of Dolińska-Ficek and Ozimek v. Poland (Applications nos. 49868/19 and 57511/19)", year=2021, url="https://hudoc.echr.coe.int/eng?i=001-213200")),
 (15, dict(title="Case of Wałęsa v. Poland (Application no. 50849/21)", year=2023, url="https://hudoc.echr.coe.int/eng?i=001-229370")),
 (16, dict(title="Xero Flor w Polsce sp. z o.o. group v. Poland (Application No. 4907/18)", url="https://hudoc.exec.coe.int/eng?i=004-60620")),
 (17, dict(authors=["Ploszka"], title="It Never Rains but it Pours. The Polish Constitutional Tribunal Declares the European Convention on Human Rights Unconstitutional", year=2023, doi="10.1007/s40803-022-00183-8", kind=A)),
]
head = {
 "about": "A Polish Wikipedia-style article written for the corpus on the ECtHR judgment Xero Flor w Polsce sp. z o.o. v. Poland (2021): an {{Infobox wyrok sądu}}, Polish citation templates with Polish parameter names ({{Cytuj stronę | url | tytuł | autor | opublikowany | data | data dostępu | język}}, {{Cytuj pismo | nazwisko | imię | tytuł | czasopismo | data | wolumin | numer | s | doi}}, {{Cytuj książkę | ... | wydawca | miejsce | isbn}}), named refs reused with <ref name=\"x\" /> (the judgment four times, the Ástráðsson judgment defined and reused in one paragraph, K 34/15 and the Florczak-Wątor article reused in later sections), two refs side by side, {{Przypisy}}, a 'Bibliografia' section with one uncited commentary (Garlicki 2010; keyed as the only literature entry), an external link and categories. Notes keyed by the number MediaWiki prints (order of first use; a reused name keeps its number). Real: the ECtHR judgments and their application numbers (HUDOC item ids as remembered), TK judgments K 34/15 and K 6/21, Sadurski 2019, Ploszka 2023 (DOI as remembered), Garlicki's commentary. Invented: the TK decision's signature SK 13/13 and its URL, the Trybunał, Ministry of Justice, RPO, Rzeczpospolita (author Marek Domagalski's article title and id) and Council of Europe page URLs, Florczak-Wątor 2022 as cited, Muszyński 2022 (book, ISBN). Clean.",
 "document": "xero-flor.wiki", "reader": "mediawiki", "clean": True}
write("meta.json", head, E, lit=False)
m = json.load(open("meta.json")); m["literature"] = [dict(authors=["Garlicki"], title="Konwencja o Ochronie Praw Człowieka i Podstawowych Wolności. Tom I. Komentarz do artykułów 1–18", year=2010, kind=B)]
open("meta.json", "w").write(json.dumps(m, ensure_ascii=False, indent=1) + "\n")
