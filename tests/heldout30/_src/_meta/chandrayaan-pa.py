import json, os
A, W = "article", "web"
lit = [
 dict(number=1, title="Chandrayaan-3 Mission", year=2023, url="https://www.isro.gov.in/Chandrayaan3_New.html"),
 dict(number=2, title="ਚੰਦਰਯਾਨ-3: ਭਾਰਤ ਚੰਨ ਦੇ ਦੱਖਣੀ ਧਰੁਵ ਉੱਤੇ ਪਹੁੰਚਣ ਵਾਲਾ ਪਹਿਲਾ ਦੇਸ਼ ਬਣਿਆ", year=2023, url="https://www.bbc.com/punjabi/articles/c4nk8z2vx3mo"),
 dict(number=3, title="The Moon's South Pole", year=2023, url="https://science.nasa.gov/moon/south-pole/"),
 dict(number=4, authors=["Li", "Lucey", "Milliken"], title="Direct evidence of surface exposed water ice in the lunar polar regions", year=2018, url="https://doi.org/10.1073/pnas.1802345115", kind=A),
 dict(number=5, title="ਚੰਦਰਯਾਨ-੩", year=2023, url="https://pa.wikipedia.org/wiki/ਚੰਦਰਯਾਨ-੩"),
 dict(number=6, authors=["Davis"], title="Chandrayaan-3, India's mission to the Moon", year=2023, url="https://www.planetary.org/space-missions/chandrayaan-3"),
]
notes = {str(e["number"]): {k: v for k, v in e.items() if k != "number"} for e in lit}
meta = {
 "about": "An invented Punjabi (Gurmukhi) astronomy post on the Chandrayaan-3 landing (Jekyll, YAML front matter, Liquid {{ site.baseurl }} and {% post_url %} tags): a breadcrumb, a featured image with an italic caption, Gurmukhi digits in text, title and table (੨੩ ਅਗਸਤ ੨੦੨੩), six sources cited by inline links in sentences (the ISRO page twice, once in a table cell), an exponent-like 'M<sup>3</sup>' (the instrument's name), a blockquote, a previous-post link, a numbered '## ਹਵਾਲੇ' list '1. Author. [Title](url). Site, 2023.' of the same six (ASCII list numbers as Markdown needs them), share links with Liquid URLs. Citing links keyed by the number of the ਹਵਾਲੇ entry with the same URL (heldout28 key correction 2); the list's own links are no citations. Corporate authors (ISRO, BBC, NASA, Wikipedia) not keyed. Invented: the author, the post, the BBC Punjabi article's title and URL, the NASA page title/URL as given, Jason Davis as author of the Planetary Society page. Real: Li et al. 2018 (PNAS, DOI as remembered). Clean.",
 "document": "chandrayaan-pa.md",
 "flat": True,
 "reader": "markdown-links",
 "clean": True,
 "notes": notes,
 "literature": lit,
}
p = os.path.join(os.path.dirname(__file__), "../markdown-links/chandrayaan-pa/meta.json")
open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")
