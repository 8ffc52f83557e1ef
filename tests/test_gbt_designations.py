"""GB/T 7714: the document-type code gives the kind, never part of the title; a paper in
proceedings (``[C]//``) is a chapter of its host; an edition statement after ``[M]``."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("text", "kind", "title", "host", "place", "publisher", "pages"),
    [
        pytest.param(
            "林晓东, 高远. 河网城市的防洪韧性评价[C]//中国水利学会. 2018学术年会论文集. "
            "南京: 河海大学出版社, 2018: 33-41.",
            RefKind.CHAPTER,
            "河网城市的防洪韧性评价",
            "2018学术年会论文集",
            "南京",
            "河海大学出版社",
            "33-41",
            id="zh-proceedings-with-editor",
        ),
        pytest.param(
            "PARK J, LEE S, et al. Sparse attention for tunnel lining images[C]//Proceedings "
            "of the Asian Conference on Computer Vision. Kyoto: Springer, 2019: 112-120.",
            RefKind.CHAPTER,
            "Sparse attention for tunnel lining images",
            "Proceedings of the Asian Conference on Computer Vision",
            "Kyoto",
            "Springer",
            "112-120",
            id="en-proceedings-no-editor",
        ),
        pytest.param(
            "SMITH A B. Robust depth estimation[C]//2022 IEEE/CVF Winter Conference on "
            "Applications of Computer Vision. Waikoloa: IEEE, 2022: 2201-2210.",
            RefKind.CHAPTER,
            "Robust depth estimation",
            "2022 IEEE/CVF Winter Conference on Applications of Computer Vision",
            "Waikoloa",
            "IEEE",
            "2201-2210",
            id="en-proceedings-year-first",
        ),
        pytest.param(
            "周明. 水工混凝土结构[M]. 3 版. 北京: 中国水利水电出版社, 2015.",
            RefKind.BOOK,
            "水工混凝土结构",
            None,
            "北京",
            "中国水利水电出版社",
            None,
            id="zh-edition-number",
        ),
        pytest.param(
            "郑海. 城市地理学概论[M]. 第2版. 上海: 华东师范大学出版社, 2012: 45-50.",
            RefKind.BOOK,
            "城市地理学概论",
            None,
            "上海",
            "华东师范大学出版社",
            None,
            id="zh-edition-di-ban",
        ),
        pytest.param(
            "MILLER K, JONES R. Field methods in urban ecology[M]. 3rd ed. Oxford: Wiley, 2011.",
            RefKind.BOOK,
            "Field methods in urban ecology",
            None,
            "Oxford",
            "Wiley",
            None,
            id="en-edition-ordinal",
        ),
    ],
)
def test_gbt_kinds(
    text: str,
    kind: RefKind,
    title: str,
    host: str | None,
    place: str | None,
    publisher: str | None,
    pages: str | None,
) -> None:
    for detect in (False, True):
        ref = parse_reference(text, (1,), detect_styles=detect)
        assert ref.style == "gbt"
        assert ref.kind is kind
        assert ref.title == title
        assert (ref.host, ref.place, ref.publisher, ref.pages) == (host, place, publisher, pages)
