import json, os
A, B, W = "article", "book", "web"
notes = {
 "Dijkstra1959": dict(authors=["Dijkstra"], title="A note on two problems in connexion with graphs", year=1959, doi="10.1007/BF01386390", kind=A),
 "1": dict(kind="commentary"),
 "2": dict(title="heapq — Heap queue algorithm", url="https://docs.python.org/3/library/heapq.html", kind=W),
 "Fredman1987": dict(authors=["Fredman", "Tarjan"], title="Fibonacci heaps and their uses in improved network optimization algorithms", year=1987, doi="10.1145/28869.28874", kind=A),
 "Kim2019": dict(authors=["김민수", "박지훈"], title="대규모 도로망에서의 최단 경로 질의 가속 기법", year=2019, kind=A),
 "Hart1968": dict(authors=["Hart", "Nilsson", "Raphael"], title="A formal basis for the heuristic determination of minimum cost paths", year=1968, doi="10.1109/TSSC.1968.300136", kind=A),
 "3": dict(authors=["Russell", "Norvig"], title="Artificial Intelligence: A Modern Approach", year=2020, kind=B),
 "CLRS2009": dict(authors=["Cormen", "Leiserson", "Rivest", "Stein"], title="Introduction to Algorithms", year=2009, kind=B),
}
meta = {
 "about": "An invented Korean-language Sphinx user-guide page of an invented graph library (hangraph) on shortest paths: auto-numbered footnotes [#]_ / [#heapq]_ / [#admissible]_ (definitions in the order of their references, so they print 1, 2, 3; note 1 commentary, note 3 a book named inside a commentary sentence), citations [Dijkstra1959]_ with .. [Dijkstra1959] definitions under a rubric (APA-like, Korean authors with no spaces in names keyed whole), :math: roles, a .. note:: directive, code blocks with [0]/[-1] indexing, a list-table, named hyperlink targets (`OpenStreetMap 추출 도구`_, NetworkX_: links in a document with footnotes, no citations), :ref:/:class:/:exc: roles. Invented: the library, Kim2019 (김민수, 박지훈, 정보과학회논문지 2019) and the missing Lee2021; other works real with data as remembered. Planted: [Lee2021]_ is cited but never defined, missing-literature-entry at its line.",
 "document": "shortest-paths.rst",
 "reader": "rst",
 "clean": True,
 "notes": notes,
}
p = os.path.join(os.path.dirname(__file__), "../rst/grafy-korean-docs/meta.json")
open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")
