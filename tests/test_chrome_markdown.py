"""Markdown articles that cite by links: numbered citations with a locator, and the
buttons and badges a newsletter platform adds around a post, which cite nothing."""

from __future__ import annotations

import base64
import json

import pytest

from bibcheck.readers.links import redirect_target
from bibcheck.readers.mdlinks import read as read_links

REFS = """

## References

[1] R. Okoro and L. Brandt. ["Quorum leases"](https://papers.example.org/quorum-leases). PODC 2014.
[2] T. Marsh. ["Snapshots in practice"](https://papers.example.org/snapshots). OSDI 2018.
[3] J. Vale. *Consensus, Slowly*. Self-published, 2021.
"""


@pytest.mark.parametrize(
    ("line", "labels"),
    [
        ("Leader leases bound stale reads [1, §6.4].", ["1"]),
        ("Leader leases bound stale reads [1, § 3].", ["1"]),
        ("Snapshots are the slow path [2, p. 7].", ["2"]),
        ("Snapshots are the slow path [2, pp. 7–9].", ["2"]),
        ("Both say so [1, ch. 4; 3, sec. 2.1].", ["1", "3"]),
        ("Read the proof [3, Theorem 2].", ["3"]),
        ("Plain forms work [1]. Lists [2, 3]. Ranges [1–3].", ["1", "2", "3", "1", "2", "3"]),
    ],
    ids=["section-sign", "section-sign-space", "page", "pages", "two-locators", "theorem", "plain"],
)
def test_numbered_citations_with_a_locator(line: str, labels: list[str]) -> None:
    doc = read_links("# Leases\n\n" + line + REFS)
    assert [m.label for m in doc.markers] == labels


def _substack_redirect(target: str) -> str:
    data = base64.urlsafe_b64encode(json.dumps({"e": target}).encode()).decode().rstrip("=")
    return f"https://substack.com/redirect/2/{data}"


POST = "https://ledger.substack.com/p/the-guild-ledgers"


@pytest.mark.parametrize(
    ("line", "cited"),
    [
        (f"[Like]({POST}?action=like) · [Comment]({POST}/comments)", False),
        (f"[Restack]({_substack_redirect(POST)})", False),
        (f"[Pass it on]({_substack_redirect(POST)})", False),  # the redirect goes to the post
        ("[Start writing](https://substack.com/signup?utm_source=substack)", False),
        ("[Get the app](https://substack.com/app/app-store-redirect?utm_campaign=app)", False),
        ("[Open in app](https://open.substack.com/pub/ledger/p/the-guild-ledgers)", False),
        ("[Subscribe now](https://ledger.substack.com/subscribe?utm_medium=email)", False),
        ("[Upgrade to paid](https://ledger.substack.com/subscribe?plan=paid)", False),
        (
            f"[the guild's own ledger]({_substack_redirect('https://archive.example.org/g/7')})",
            True,
        ),
        ("[a later study](https://journals.example.org/guilds/2020)", True),
    ],
    ids=[
        "like-comment",
        "restack",
        "redirect-to-own-post",
        "start-writing",
        "app-badge",
        "open-in-app",
        "subscribe-now",
        "upgrade",
        "redirect-to-a-source",
        "plain-source",
    ],
)
def test_newsletter_buttons_are_not_citations(line: str, cited: bool) -> None:
    text = (
        "---\ntitle: The guild ledgers\ncanonical_url: " + POST + "\n---\n\n"
        "The guilds kept [their own accounts](https://archive.example.org/g/1).\n\n"
        f"{line}\n"
    )
    doc = read_links(text)
    urls = [n.reference.url for n in doc.footnotes if n.reference is not None]
    assert len(urls) == (2 if cited else 1)


@pytest.mark.parametrize(
    ("url", "target"),
    [
        (_substack_redirect("https://data.example.org/x"), "https://data.example.org/x"),
        (
            "https://substack.com/redirect/2/not-base64!",
            "https://substack.com/redirect/2/not-base64!",
        ),
        (
            "https://substack.com/redirect/2/" + base64.urlsafe_b64encode(b"[1, 2]").decode(),
            "https://substack.com/redirect/2/" + base64.urlsafe_b64encode(b"[1, 2]").decode(),
        ),
        ("https://data.example.org/redirect/2/abc", "https://data.example.org/redirect/2/abc"),
    ],
    ids=["decoded", "not-base64", "not-an-object", "other-site"],
)
def test_redirect_target(url: str, target: str) -> None:
    assert redirect_target(url) == target
