"""Builds heldout38 half A's odt document (a Polish history article with footnotes) with the
corpus ODT builder (tests/corpus_build/build_odt.py), pointed at tests/heldout38/odt.
Its key (labels from the {fn:} notes and ⟦⟧ marks, lines = body paragraph numbers) is written
by the builder from the same markup; the fields come from here.

    .venv/bin/python tests/heldout38/_src/_meta/build_odt38.py
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "corpus_build"))
import build_odt  # noqa: E402

build_odt.OUT = ROOT / "heldout38" / "odt"
B, A, C, R, W, T = "book", "article", "commentary", "report", "web", "thesis"

anderson = dict(authors=["Anderson"], title="Wspólnoty wyobrażone. Rozważania o źródłach i rozprzestrzenianiu się nacjonalizmu", year=1997, kind=B)
hobs = dict(authors=["Hobsbawm", "Ranger"], title="Tradycja wynaleziona", year=2008, kind=B)
dzieje = dict(title="Dzieje Poznania, t. 2: 1793–1945, cz. 2", year=1998, kind=B)
przew = dict(title="Przewodnik po Powszechnej Wystawie Krajowej w Poznaniu 1929", year=2009, kind=B)
kurier = dict(title="Otwarcie Powszechnej Wystawy Krajowej", year=1929, kind=A)
wolska = dict(authors=["Wolska"], title="Wystawa jako lekcja. Szkolne wycieczki na PWK 1929 w relacjach uczniów", year=2015, doi="10.14746/kh.2015.3.4", kind=A)

LINES = [
 "Wystawa, która miała pokazać państwo. Powszechna Wystawa Krajowa w Poznaniu (1929) w prasie i w dokumentach organizatorów",
 "Marta Zielińska",
 "# Wstęp",
 "Powszechna Wystawa Krajowa, otwarta w Poznaniu 16 maja 1929 r., była największym przedsięwzięciem propagandowym II Rzeczypospolitej w pierwszej dekadzie jej istnienia. Jej organizatorzy chcieli pokazać, że państwo zbudowane z trzech dawnych zaborów stanowi już jedną gospodarczą i kulturową całość.{fn:B. Anderson, {it:Wspólnoty wyobrażone. Rozważania o źródłach i rozprzestrzenianiu się nacjonalizmu}, przeł. S. Amsterdamski, Kraków 1997 [oryg. 1983], s. 15–22.} W artykule przyglądam się temu, jak ten zamiar przekładano na decyzje komitetu wystawowego i jak odbierała go prasa.",
 "Podstawę źródłową stanowią akta komitetu wykonawczego przechowywane w Archiwum Państwowym w Poznaniu{fn:Archiwum Państwowe w Poznaniu (dalej: APP), zespół nr 1020: Powszechna Wystawa Krajowa w Poznaniu 1929 r., sygn. 14, k. 3–27.}, wydawnictwa informacyjne wystawy oraz prasa codzienna, dostępna dziś w zdigitalizowanej postaci w Wielkopolskiej Bibliotece Cyfrowej.{fn:Zob. kolekcję „Prasa wielkopolska 1919–1939”, Wielkopolska Biblioteka Cyfrowa, {link:https://www.wbc.poznan.pl/dlibra/collectiondescription/prasa-1919-1939|https://www.wbc.poznan.pl/dlibra/collectiondescription/prasa-1919-1939} (dostęp: 14 IV 2024).}",
 "# Komitet i jego program",
 "Inicjatywa wyszła od środowisk gospodarczych Poznania, ale już w 1927 r. patronat nad wystawą objął rząd, a Ministerstwo Przemysłu i Handlu uzyskało decydujący głos w sprawach programu.{fn:APP, zespół nr 1020, sygn. 2, k. 41–44: protokół posiedzenia Komitetu Wykonawczego z 12 X 1927 r.} Zarysowany wówczas podział na działy państwowe, regionalne i przemysłowe przetrwał do otwarcia.{fn:{it:Dzieje Poznania}, t. 2: {it:1793–1945}, cz. 2, red. J. Topolski, L. Trzeciakowski, Warszawa–Poznań 1998, s. 1187–1195.}",
 "Przewodnik wystawy, wydany w kilku językach i wznowiony w formie reprintu w 2009 r., pozwala odtworzyć zamierzoną trasę zwiedzania.{fn:{it:Przewodnik po Powszechnej Wystawie Krajowej w Poznaniu 1929}, Poznań 1929 (reprint: Poznań 2009), s. 9–16.} Uderza w nim przewaga pawilonów państwowych nad regionalnymi: zwiedzający mieli najpierw zobaczyć wojsko, koleje i szkolnictwo, a dopiero potem wyroby poszczególnych województw.{fn:Tamże, s. 21.}",
 "# Wystawa w prasie",
 "Relacje z dnia otwarcia różniły się bardziej tonem niż treścią. Prasa endecka podkreślała zasługi Poznania i Wielkopolski, prasa sanacyjna – rolę rządu i marszałka Piłsudskiego.{fn:„Otwarcie Powszechnej Wystawy Krajowej”, {it:Kurier Poznański}, 17 V 1929, nr 223, s. 1–2.} Pisano też o wystawie jako o „lekcji” dla młodzieży szkolnej, której wycieczki ściągały z całego kraju.{fn:E. Wolska, {it:Wystawa jako lekcja. Szkolne wycieczki na PWK 1929 w relacjach uczniów}, „Kwartalnik Historyczny” 2015, t. 122, nr 3, s. 511–534, DOI: 10.14746/kh.2015.3.4.}",
 "Ten wątek wychowawczy wpisuje się w szerszy repertuar „tradycji wynalezionych”, za których pomocą młode państwa narodowe nadawały sobie historyczną głębię.{fn:E. Hobsbawm, T. Ranger (red.), {it:Tradycja wynaleziona}, przeł. M. Godyń, F. Godyń, Kraków 2008, s. 9–23.} Nie wszyscy jednak dali się przekonać. Korespondent jednego z pism krakowskich pisał z przekąsem o „Polsce w pigułce, do połknięcia w jedno popołudnie”.{fn:Cytat za: Wolska, {it:Wystawa jako lekcja…}, s. 520. Oryginału nie udało mi się odnaleźć.}",
 "# Bilans",
 "Według sprawozdania komitetu wystawę odwiedziło około 4,5 mln osób, choć liczbę tę podawano w zaokrągleniu i bez rozróżnienia biletów jednorazowych i karnetów.{fn:APP, zespół nr 1020, sygn. 88, k. 2–5.} Dla historyka ważniejsze od liczb jest to, że wystawa stała się wzorem dla późniejszych przedsięwzięć, w tym dla udziału Polski w wystawie nowojorskiej w 1939 r.{fn:Por. Anderson, dz. cyt., s. 174–176, gdzie o muzeum i mapie jako narzędziach wyobrażania wspólnoty.} Zagadnienie to wymaga jednak osobnego opracowania.{fn:Hasło „Powszechna Wystawa Krajowa”, w: {it:Encyklopedia PWN}, {link:https://encyklopedia.pwn.pl/haslo/Powszechna-Wystawa-Krajowa;3961327.html|https://encyklopedia.pwn.pl/haslo/Powszechna-Wystawa-Krajowa;3961327.html} (dostęp: 2 V 2024).}",
]
NOTES = {
 "1": anderson, "2": {}, "3": dict(title="Prasa wielkopolska 1919–1939", url="https://www.wbc.poznan.pl/dlibra/collectiondescription/prasa-1919-1939", kind=W),
 "4": {}, "5": dzieje, "6": przew, "7": przew, "8": kurier, "9": wolska, "10": hobs,
 "11": wolska, "12": {}, "13": anderson,
 "14": dict(title="Powszechna Wystawa Krajowa", url="https://encyklopedia.pwn.pl/haslo/Powszechna-Wystawa-Krajowa;3961327.html", kind=W),
}
ABOUT = ("An invented Polish history article (the 1929 General National Exhibition in Poznań in the organisers' files and the press) "
 "saved by LibreOffice Writer as .odt (built with the corpus ODT builder): title and author paragraphs, Heading 1 sections, "
 "14 footnotes (text:note, footnote class) in Polish humanities style: 'B. Anderson, Title, przeł. …, Kraków 1997 [oryg. 1983], s. …' "
 "(a translation with the original year in brackets), archive notes 'Archiwum Państwowe w Poznaniu (dalej: APP), zespół nr …, sygn. …, k. …' "
 "and short 'APP, zespół nr 1020, sygn. …' (2, 4, 12: keyed with no fields), a multivolume collective work with t./cz./red. (5, no authors keyed: editors), "
 "an exhibition guide reprinted ('Poznań 1929 (reprint: Poznań 2009)', keyed with the reprint's year), 'Tamże, s. 21.' (7 → the guide), "
 "a newspaper article by title in „…” with issue number (8, an article), a journal article in Polish form „Journal” year, t., nr, with a DOI (9), "
 "an edited translated volume (10: Hobsbawm and Ranger, red.), a short note 'Cytat za: Wolska, …' (11 → Wolska), 'Anderson, dz. cyt.' (13 → Anderson), "
 "a digital library collection and an encyclopedia entry online with 'dostęp' dates (3, 14: web). Labels: footnote numbers; lines are body paragraph numbers. "
 "Invented: the article, its author, the archive fonds number, call numbers and folios, the committee minutes, Wolska 2015 and its DOI, the Kurier Poznański headline and issue, "
 "the WBC collection URL, the PWN entry's URL id. Real with data as remembered: PeWuKa 1929, Anderson's Polish translation (Znak 1997, tr. Amsterdamski), "
 "Hobsbawm & Ranger's Polish translation (2008), Dzieje Poznania t. 2 (Topolski, Trzeciakowski), the exhibition guide and its reprint. Clean.")

doc = build_odt.Doc("pewuka-1929-pl", {"title": "Wystawa, która miała pokazać państwo", "reader": "odt", "clean": True,
                    "about": ABOUT, "notes": NOTES}, LINES)
doc.write()
print("odt/pewuka-1929-pl.odt")
