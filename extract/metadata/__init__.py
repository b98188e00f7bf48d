"""Document metadata: kind, title, date, signer and post, addressee, own number, citations, askers.

Rule-based: each field is found by named patterns in its own module (`kind`, `dates`, `people`,
`kamerstuk`, `title`). The patterns allow any white space between words, so they work on raw text
and on the normalised text alike; every Span points into the text given.
"""

from __future__ import annotations

from beleidsgraaf.extract.model import DocumentMetadata

from .dates import extract_date
from .kamerstuk import cited_kamerstukken, own_kamerstuk
from .kind import classify_kind
from .people import extract_addressee, extract_askers, extract_signature
from .title import extract_title

__all__ = ["extract_metadata"]


def extract_metadata(text: str, file_name: str = "") -> DocumentMetadata:
    """The metadata a document states about itself.

    The kind comes first because it decides which date and which signature are the document's own
    (an answer's 'ontvangen' date, a letter's place-date line, a report's chair).
    """
    kind = classify_kind(text, file_name)
    signature = extract_signature(text, kind)
    own = own_kamerstuk(text, file_name)
    return DocumentMetadata(
        kind=kind,
        title=extract_title(text),
        date=extract_date(text, kind),
        signer=signature.name if signature else None,
        signer_post=signature.post if signature else None,
        addressee=extract_addressee(text),
        kamerstuk=own,
        cites=cited_kamerstukken(text, own),
        askers=extract_askers(text) if kind == "Antwoord op Kamervragen" else [],
    )
