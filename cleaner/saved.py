"""Pages as browsers and archiving tools save them, and the address each notes it was saved from.

A browser's "Webpage, Single File" (.mhtml, .mht) is a MIME message whose first HTML part is the
page, its address in the message's headers. An HTML file saved by Internet Explorer or the
SingleFile extension notes its address in a comment at the top."""

from __future__ import annotations

import re
from typing import NamedTuple

from .errors import InputError

HEAD_BYTES = 8192  # the message's headers, however many a browser writes
# The file opens with header lines ("Name: value", continued on indented lines), one of which
# makes it a multipart/related message: no HTML page or scraped text does.
HEADERS = re.compile(rb"(?:[!-9;-~]+:[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*(?:\r?\n|\Z))+")
HEADER_NAME = re.compile(rb"[!-9;-~]+:")  # how the file opens: a page's "<!DOCTYPE html>" or "<html" never does
MULTIPART_RELATED = re.compile(rb"(?im)^content-type:\s*multipart/related\b")
BLANK_LINE = re.compile(rb"\r?\n\r?\n")
# "<!-- saved from url=(0045)https://…/a.html -->", "<!--\n Page saved with SingleFile \n url: https://…/a.html"
SAVED_FROM = re.compile(r"<!--\s*(?:saved from url=\(\d+\)|Page saved with SingleFile\s+url:\s*)(https?://[^\s>]+)")
HEAD_CHARS = 2048  # such a comment stands at the top, before the page's own head


class SavedPage(NamedTuple):
    html: bytes
    charset: str | None  # the part's, as an HTTP header would give it
    url: str | None  # where the page was saved from


def noted_address(text):
    """The address an HTML file saved by a browser or SingleFile notes, else None."""
    m = SAVED_FROM.search(text, 0, HEAD_CHARS)
    return m.group(1) if m else None


def is_mhtml(data):
    head = data[:HEAD_BYTES].lstrip()
    if not HEADER_NAME.match(head):
        return False  # (nearly every input: a test at its first bytes, not a scan of its head)
    end = BLANK_LINE.search(head)
    headers = head[:end.start()] if end else b""
    return bool(MULTIPART_RELATED.search(headers) and HEADERS.fullmatch(headers))


def unpack(data):
    """The saved page: the archive's HTML part (Chrome's, Edge's and Internet Explorer's put it
    first, and name it in Snapshot-Content-Location), decoded from its transfer encoding."""
    import email
    import email.policy

    try:
        message = email.message_from_bytes(data, policy=email.policy.compat32)
        pages = [part for part in message.walk() if part.get_content_type() in ("text/html", "application/xhtml+xml")]
    except RecursionError:
        raise InputError("the MHTML archive's parts are nested too deeply") from None
    saved_from = message.get("Snapshot-Content-Location")
    if not pages:
        raise InputError("the MHTML archive holds no HTML page")
    page = next((part for part in pages if saved_from and part.get("Content-Location") == saved_from), pages[0])
    html = page.get_payload(decode=True)
    if not html:
        raise InputError("the MHTML archive's page is empty")
    return SavedPage(html, page.get_content_charset(), _address(saved_from or page.get("Content-Location")))


def _address(location):
    location = (location or "").strip()
    return location if location.startswith(("http://", "https://")) else None
