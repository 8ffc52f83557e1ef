"""Exports of the stored model (JSON now; BibTeX, CSL-JSON and RIS later)."""
