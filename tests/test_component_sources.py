"""Page component sources (JSX/TSX, Vue, Svelte, Astro) are refused with their kind named,
never read as Markdown with their markup as claims; MDX and real documents are read as
before.  Own text."""

from __future__ import annotations

import pytest

from bibcheck.errors import InputError
from bibcheck.manuscript import parse_bytes
from bibcheck.readers.component import component_kind
from tests.test_regex_growth import assert_linear

_JSX = """import Layout from "../components/Layout";

export default function Birds() {
  return (
    <Layout title="Birds">
      <p className="lead">Swifts sleep while flying<sup><a href="#cite-1">[1]</a></sup>.</p>
      <ol className="refs">
        <li id="cite-1"><a href="https://example.org/swifts">Hedenström, A. (2016). Made-up swift study.</a></li>
      </ol>
    </Layout>
  );
}
"""
_VUE = """<template>
  <article>
    <p>Owls turn their heads far<sup><a href="#n1">[1]</a></sup>. {{ footnote }}</p>
    <ol><li id="n1"><a href="https://example.org/owls">Made-up owl paper, 2003.</a></li></ol>
  </article>
</template>
<script setup>
const footnote = "";
</script>
"""
_SVELTE = """<script>
  export let title = "Bats";
</script>
<h1>{title}</h1>
<p>Bats hang upside down<sup><a href="#r1">[1]</a></sup>.</p>
<ul><li id="r1"><a href="https://example.org/bats">Made-up bat book, 1999.</a></li></ul>
"""
_ASTRO = """---
import Base from "../layouts/Base.astro";
const refs = ["https://example.org/moles"];
---
<Base>
  <p>Moles dig fast<sup><a href="#r1">[1]</a></sup>.</p>
  <ol><li id="r1"><a href={refs[0]}>Made-up mole study, 2011.</a></li></ol>
</Base>
"""


@pytest.mark.parametrize(
    ("name", "text", "kind"),
    [
        ("birds.jsx", _JSX, "JSX (React) component"),
        ("birds.tsx", _JSX, "TSX (React, TypeScript) component"),
        ("owls.vue", _VUE, "Vue single-file component"),
        ("bats.svelte", _SVELTE, "Svelte component"),
        ("moles.astro", _ASTRO, "Astro component"),
        ("birds.js", _JSX, "JSX component module"),  # by content: no reader claims .js
        ("birds", _JSX, "JSX component module"),
    ],
)
def test_component_source_is_refused_with_its_kind(name: str, text: str, kind: str) -> None:
    with pytest.raises(InputError) as err:
        parse_bytes(text.encode(), name)
    message = str(err.value)
    assert kind in message and "HTML" in message


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("post.mdx", _JSX),  # MDX is Markdown with JSX: its readers decide
        ("post.md", _JSX),  # a claimed extension is what it says
        ("notes.txt", _JSX),
        ("notes.js", "const x = 1;\nexport default x;\n"),  # a module without markup
        ("notes", "Plain text.\n\n1. Smith, A. A title. 2001.\n"),
    ],
)
def test_other_files_are_not_component_sources(name: str, text: str) -> None:
    assert component_kind(name, text, {".md", ".txt"}) is None


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "import " + "a" * n, id="long-import"),
        pytest.param(lambda n: "export default x\n<a " + "b" * n + "\n", id="long-tag"),
        pytest.param(lambda n: "export default x\n" + "<a b " * (n // 5), id="many-tags"),
        pytest.param(lambda n: "export default x\n" + "return (" * (n // 8), id="many-returns"),
    ],
)
def test_component_patterns_are_linear(line: object) -> None:
    assert_linear(lambda t: component_kind("x", t, ()), line)  # type: ignore[arg-type]
