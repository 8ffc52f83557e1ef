import json, os
W = "web"
lit = [
 dict(number=1, authors=["Kyaw Phyo Tha"], title="A Century of Myanmar Cinema", year=2020, url="https://www.irrawaddy.com/culture/a-century-of-myanmar-cinema.html"),
 dict(number=2, authors=["နန္ဒာဦး"], title="မြန်မာ့ရုပ်ရှင် မော်ကွန်းတိုက်နှင့် အသံတိတ်ခေတ် ဇာတ်ကားများ", year=2019, url="https://www.mmtimes.com/news/myanmar-film-archive-silent-era.html"),
 dict(number=3, title="မြန်မာ့ရုပ်ရှင် အသံထွက်ခေတ်သို့", year=2020, url="https://www.bbc.com/burmese/in-depth-54512345"),
 dict(number=4, authors=["Thant Sin"], title="The golden age of Burmese film", year=2018, url="https://www.frontiermyanmar.net/en/the-golden-age-of-burmese-film/"),
 dict(number=5, authors=["ခင်မောင်ဝင်း"], title="ရွှေခေတ် မြန်မာ ဒါရိုက်တာများ", year=2017, url="https://www.myanmarfilmstudies.org/papers/golden-age-directors.pdf"),
 dict(number=6, authors=["Aye Thiri Kyaw"], title="Film censorship in Myanmar, 1962–2011", year=2020, url="https://www.myanmar-now.org/mm/news/film-censorship-history"),
]
notes = {str(e["number"]): {k: v for k, v in e.items() if k != "number"} for e in lit}
meta = {
 "about": "An invented Burmese (Myanmar script) film-history blog post (Hugo, TOML front matter) for the centenary of Burmese cinema (Myitta Nit Thuyar, 1920): breadcrumb links, a featured image, Burmese digits throughout the text and in headings (၁၉၂၀–၁၉၃၂), six distinct sources cited by inline links in sentences (the Irrawaddy one three times: in the first paragraph, in a table's source cell and in the conclusion; one a PDF), a pipe table, a '## ကိုးကား' list '1. Author. [Title](url). Site, 2020.' of the same 6 sources, share links (Facebook, Twitter, Telegram) and previous/next-post links (not citations). Links that match the numbered list are keyed by the entry's number (heldout28 key correction 2), each keyed with its entry's fields. Burmese names have no surname: keyed whole as written (Kyaw Phyo Tha, Thant Sin, Aye Thiri Kyaw, နန္ဒာဦး, ခင်မောင်ဝင်း); the BBC entry's 'BBC News မြန်မာ' is a corporate author (not keyed). Invented: the blogger, every article, author, title and URL in the list (The Irrawaddy, Myanmar Times, BBC Burmese, Frontier Myanmar, Myanmar Now are real outlets; myanmarfilmstudies.org is invented), the figures. Real: U Ohn Maung's 1920 film and 13 October as Myanmar film day, as the writer remembers them. Clean.",
 "document": "film-myanmar-my.md",
 "reader": "markdown-links",
 "flat": True,
 "clean": True,
 "notes": notes,
 "literature": lit,
}
p = os.path.join(os.path.dirname(__file__), "../markdown-links/film-myanmar-my/meta.json")
open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")
