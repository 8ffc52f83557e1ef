import json, os
A, B, W, R, C = "article", "book", "web", "report", "chapter"
lit = [
 dict(number=1, authors=["Daemen", "Rijmen"], title="The Design of Rijndael: AES — The Advanced Encryption Standard", year=2002, kind=B),
 dict(number=2, title="Advanced Encryption Standard (AES)", year=2001, doi="10.6028/NIST.FIPS.197", kind=R),
 dict(number=3, authors=["Bogdanov", "Khovratovich", "Rechberger"], title="Biclique cryptanalysis of the full AES", year=2011, doi="10.1007/978-3-642-25385-0_19", kind=C),
 dict(number=4, authors=["Bernstein"], title="Cache-timing attacks on AES", year=2005, url="https://cr.yp.to/antiforgery/cachetiming-20050414.pdf"),
 dict(number=5, authors=["Grover"], title="A fast quantum mechanical algorithm for database search", year=1996, doi="10.1145/237814.237866", kind=C),
 dict(number=6, title="الضوابط الأساسية للأمن السيبراني (ECC-1:2018)", year=2018, url="https://nca.gov.sa/ar/regulatory-documents/controls-list/ecc/"),
 dict(number=7, authors=["العتيبي"], title="مقدمة في التشفير الحديث", year=2020, kind=B),
 dict(number=8, authors=["Dworkin"], title="Recommendation for Block Cipher Modes of Operation: Galois/Counter Mode (GCM) and GMAC", year=2007, doi="10.6028/NIST.SP.800-38D", kind=R),
]
meta = {
 "about": "An invented Arabic (right-to-left) Jekyll blog post on whether AES-128 is enough against quantum computers: YAML front matter (lang: ar, dir: rtl), the body inside <div dir=\"rtl\" markdown=\"1\">, citation markers <sup>[1]</sup> and <sup>3</sup> after Arabic words and the Arabic comma, exponents that are no citations (2<sup>128</sup>, 10<sup>38</sup>, 2<sup>126.1</sup> right before a citation <sup>3</sup>, a pipe table of 2<sup>n</sup> figures), a Python code block with ** powers, a numbered list of advice (item 3 cites [2]), a --- rule, and '## المراجع' with 8 APA-like numbered entries mixing English and Arabic titles, DOIs and URLs (a corporate NIST author and the Saudi NCA, not keyed). Invented: the post, its author, the NCA URL path and reference 7 (العتيبي, مقدمة في التشفير الحديث, 2020); other works real with data as remembered. Kinds: proceedings papers keyed chapter, NIST FIPS/SP keyed report; the Bernstein preprint and the NCA controls keyed without kind.",
 "document": "aes-128-kafi.md",
 "reader": "sup-markdown",
 "flat": True,
 "clean": True,
 "notes": {str(e["number"]): {k: v for k, v in e.items() if k != "number"} for e in lit},
 "literature": lit,
}
p = os.path.join(os.path.dirname(__file__), "../supmarkdown/arabic-aes-blog/meta.json")
open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")
