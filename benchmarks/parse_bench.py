"""Ingest speed and peak memory: the sample, and generated manuscripts.

Prints, for each input: parse time (decode + reader + fields + claims +
linking), store time (SQLite, a fresh database), and peak Python memory
(tracemalloc) of the parse.  Generated manuscripts follow the sample's
flavour (``<sup>N</sup>`` markers, footnote blocks after ``---``, a
literature list), with a URL split over lines and an escaped underscore now
and then, so every code path is exercised.

    python benchmarks/parse_bench.py [--sizes 1000,2500,5000,10000]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import tracemalloc
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bibcheck.manuscript import parse_bytes  # noqa: E402
from bibcheck.store import open_db  # noqa: E402
from bibcheck.store.documents import save_document  # noqa: E402
from bibcheck.urls import normalise_key  # noqa: E402

SAMPLE = ROOT / "references" / "on-the-course-of-cooperation.md"
ESCAPED_UNDERSCORE = "\\\\_"  # as the PDF converter writes it
WORDS = (
    "belarus turkey cooperation trade exports industrial science technology partnership "
    "region province university agreement forum exhibition investment projects"
).split()


def generate(n: int, seed: int = 7) -> bytes:
    """A manuscript with ``n`` footnotes and ``n`` literature entries."""
    rnd = random.Random(seed)
    out = ["# Generated manuscript", ""]
    refs = []
    for i in range(1, n + 1):
        title = " ".join(rnd.choice(WORDS) for _ in range(8)).capitalize()
        slug = "-".join(title.lower().split()) + f"-{i}"
        url = f"https://www.example{i % 300}.by/news/{slug}/"
        if i % 10 == 0:
            escaped = url.replace("-", ESCAPED_UNDERSCORE, 1)
            url_md = f"[{escaped}]({url.replace('-', '_', 1)})"
        else:
            url_md = f"<{url}>"
        refs.append(f"{title} [Electronic resource]. - {2015 + i % 10}. - URL: {url_md}")
    for start in range(0, n, 4):
        body = []
        for i in range(start + 1, min(start + 5, n + 1)):
            claim = " ".join(rnd.choice(WORDS) for _ in range(15))
            body.append(f'It was said that "{claim}"<sup>{i}</sup>. More text follows here.')
        out += [" ".join(body), "", "---", ""]
        for i in range(start + 1, min(start + 5, n + 1)):
            out += [f"<sup>{i}</sup> {refs[i - 1]}", ""]
    out += ["## Literature", ""]
    for i, ref in enumerate(refs, start=1):
        if i % 50 == 0 and "<" in ref:
            head, tail = ref.rsplit("-", 1)
            out += [f"{i}. {head}-", "", f"[{tail.rstrip('>')}](#)", ""]
        else:
            out += [f"{i}. {ref}", ""]
    return "\n".join(out).encode()


def _cold_caches() -> None:
    """Empty the URL-key cache when there is one (it was an lru_cache once), so each
    measured parse starts as a fresh process's would."""
    clear = getattr(normalise_key, "cache_clear", None)
    if clear is not None:
        clear()


def measure(name: str, data: bytes) -> None:
    # Time without tracemalloc (it slows Python down 2-3x), then measure memory.
    parse_bytes(generate(8), "warm-up")  # imports, regex compilation
    _cold_caches()
    t0 = time.perf_counter()
    doc = parse_bytes(data, name)
    parse_s = time.perf_counter() - t0
    _cold_caches()
    tracemalloc.start()
    parse_bytes(data, name)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    with tempfile.TemporaryDirectory() as tmp:
        db = open_db(Path(tmp) / "bench.db")
        t0 = time.perf_counter()
        save_document(db, doc, size=len(data), now=datetime.now(UTC))
        store_s = time.perf_counter() - t0
        db.close()
    linked = sum(1 for f in doc.footnotes if f.literature)
    print(
        f"{name:<34} {len(data) / 1e6:7.2f} MB  {len(doc.footnotes):6d} fn  "
        f"{len(doc.literature):6d} lit  {linked:6d} linked  parse {parse_s:6.2f} s  "
        f"store {store_s:6.2f} s  peak {peak / 1e6:7.1f} MB  "
        f"({peak / max(len(doc.footnotes), 1) / 1e3:5.1f} kB/footnote)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,2500,5000,10000")
    args = parser.parse_args()
    measure("sample (on-the-course-of-cooperation)", SAMPLE.read_bytes())
    for n in (int(s) for s in args.sizes.split(",")):
        measure(f"generated {n:,} fn + {n:,} lit", generate(n))


if __name__ == "__main__":
    main()
