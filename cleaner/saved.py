"""Pages as browsers and archiving tools save them, and the address each notes it was saved from.

A browser's "Webpage, Single File" (.mhtml, .mht) is a MIME message whose first HTML part is the
page, its address in the message's headers; an e-mail saved from a mail program (.eml), a
newsletter as its readers get it, is one whose HTML part (else its text) is the page, its subject,
sender and date its credits. An HTML file saved by Internet Explorer or the SingleFile extension
notes its address in a comment at the top. A web archive (WARC, .warc or
.warc.gz), what crawlers and archiving tools write, holds the HTTP responses of a crawl: a page
with its address and the charset its server sent. One of a single page is read like any saved
page; batch reads a crawl's pages one record at a time. A scraper's JSON record (one object, or
JSON Lines of many: `{"url": …, "html": …}`) holds a page as a string, with its address."""

from __future__ import annotations

import contextlib
import io
import json
import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple

from . import regexes
from .errors import InputError

HEAD_BYTES = 8192  # the message's headers, however many a browser writes
# The file opens with header lines ("Name: value", continued on indented lines), one of which
# makes it a multipart/related message: no HTML page or scraped text does.
HEADERS = regexes.compile(rb"(?:[!-9;-~]+:[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*(?:\r?\n|\Z))+")
HEADER_NAME = regexes.compile(rb"[!-9;-~]+:")  # how the file opens: a page's "<!DOCTYPE html>" or "<html" never does
MULTIPART_RELATED = regexes.compile(rb"(?im)^content-type:\s*multipart/related\b")
# an e-mail: a MIME message of parts, or of an HTML page alone ("From:"/"Subject:" lines alone are text's)
MIME_VERSION = regexes.compile(rb"(?im)^mime-version:")
MAIL_BODY = regexes.compile(rb"(?im)^content-type:\s*(?:multipart/(?:alternative|mixed)|text/html)\b")
BLANK_LINE = regexes.compile(rb"\r?\n\r?\n")
# "<!-- saved from url=(0045)https://…/a.html -->", "<!--\n Page saved with SingleFile \n url: https://…/a.html"
SAVED_FROM = regexes.compile(r"<!--\s*(?:saved from url=\(\d+\)|Page saved with SingleFile\s+url:\s*)(https?://[^\s>]+)")
HEAD_CHARS = 2048  # such a comment stands at the top, before the page's own head
WARC_MAGIC = regexes.compile(rb"WARC/(?:1\.[01]|0\.1[78])\r?\n")  # how a record opens
PAGE_TYPES = ("text/html", "application/xhtml+xml")
JSON_RECORD = regexes.compile(rb"(?:\xef\xbb\xbf)?\s*\{\s*\"")  # an object with a key: not text that opens "{{Infobox"
PAGE_FIELDS = ("html", "raw_html", "content", "body", "text")  # where scrapers' records hold the page, best first
URL_FIELDS = ("url", "final_url", "uri", "link")


class SavedPage(NamedTuple):
    html: bytes
    charset: str | None  # the part's, as an HTTP header would give it
    url: str | None  # where the page was saved from
    fields: Mapping = MappingProxyType({})  # given beside the page: a record's title; an e-mail's subject, sender, date


def noted_address(text):
    """The address an HTML file saved by a browser or SingleFile notes, else None."""
    m = SAVED_FROM.search(text, 0, HEAD_CHARS)
    return m.group(1) if m else None


def is_mime_message(data):
    """Whether the input is a saved page (MHTML) or an e-mail: a MIME message."""
    head = data[:HEAD_BYTES].lstrip()
    if not HEADER_NAME.match(head):
        return False  # (nearly every input: a test at its first bytes, not a scan of its head)
    end = BLANK_LINE.search(head)
    headers = head[:end.start()] if end else b""
    return bool((MULTIPART_RELATED.search(headers) or MIME_VERSION.search(headers) and MAIL_BODY.search(headers))
                and HEADERS.fullmatch(headers))


def unpack(data):
    """The saved page: the archive's HTML part (Chrome's, Edge's and Internet Explorer's put it
    first, and name it in Snapshot-Content-Location), decoded from its transfer encoding; an
    e-mail's HTML part, else its text, with the credits its headers give."""
    import email
    import email.policy

    try:
        message = email.message_from_bytes(data, policy=email.policy.compat32)
        parts = list(message.walk())
    except RecursionError:
        raise InputError("the MHTML archive's parts are nested too deeply") from None
    mail = message.get_content_type() != "multipart/related"
    what = "e-mail" if mail else "MHTML archive"
    pages = [part for part in parts if part.get_content_type() in PAGE_TYPES]
    if mail and not pages:
        pages = [part for part in parts if part.get_content_type() == "text/plain"]
    saved_from = message.get("Snapshot-Content-Location")
    if not pages:
        raise InputError(f"the {what} holds no {'HTML or text part' if mail else 'HTML page'}")
    page = next((part for part in pages if saved_from and part.get("Content-Location") == saved_from), pages[0])
    html = page.get_payload(decode=True)
    if not html:
        raise InputError(f"the {what}'s page is empty")
    return SavedPage(html, page.get_content_charset(), _address(saved_from or page.get("Content-Location")),
                     _mail_fields(message) if mail else {})


def _mail_fields(message):
    """An e-mail's subject (the page's title where it has none), its sender's name (the site) and
    the day it was sent (the date), encoded words ("=?utf-8?q?…?=") decoded."""
    import email.header
    import email.utils

    def decoded(name):
        try:
            return str(email.header.make_header(email.header.decode_header(message.get(name) or ""))).strip()
        except (LookupError, UnicodeError, ValueError):  # an unknown charset, a broken encoded word
            return (message.get(name) or "").strip()

    try:
        sent = email.utils.parsedate_to_datetime(message.get("Date") or "").date().isoformat()
    except (TypeError, ValueError):
        sent = None
    fields = {"page_title": decoded("Subject"), "site": email.utils.parseaddr(decoded("From"))[0], "date": sent}
    return {name: value for name, value in fields.items() if value}


def _address(location):
    location = (location or "").strip()
    return location if location.startswith(("http://", "https://")) else None


def is_warc(data):
    return WARC_MAGIC.match(data) is not None


def unpack_warc(data, max_bytes):
    """The page a web archive of one page holds (with its address and its server's charset), read
    up to a byte past `max_bytes`. Pages are counted first, their payloads left as they are."""
    count = sum(1 for _ in _pages(io.BytesIO(data)))
    if count != 1:
        raise InputError(f"the web archive (WARC) holds {count} HTML pages, not one (batch cleans each)" if count
                         else "the web archive (WARC) holds no HTML page")
    return next(_pages(io.BytesIO(data), max_bytes))


def warc_pages(path):
    """(offset, length, address) of each HTML page a web archive holds, in the order it holds
    them, read a record at a time (a crawl's archive is far larger than any page): where a
    record's bytes lie, for reading it alone later, and the address it was fetched from."""
    with open(path, "rb") as f:
        yield from _pages(f)


def _pages(stream, max_bytes=None):
    """Each successful fetch of an HTML page (a response with a 2xx status, or a resource
    record, what archiving tools store a page as): where its record lies, or (given the most
    bytes a page may have) its SavedPage."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    archive, records = ArchiveIterator(stream), 0
    try:
        while (record := _quietly(next, archive, None)) is not None:
            records += 1
            if record.rec_type == "response" and record.http_headers is not None:
                status, headers = record.http_headers.get_statuscode() or "", record.http_headers
            elif record.rec_type == "resource":
                status, headers = "200", record.rec_headers
            else:
                continue  # requests, metadata, revisits (no payload) and the like
            kind = (headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
            if not (status.startswith("2") and kind in PAGE_TYPES):
                continue
            address = _address((record.rec_headers.get_header("WARC-Target-URI") or "").strip("<> "))
            if max_bytes is None:
                yield _quietly(archive.get_record_offset), _quietly(archive.get_record_length), address
            else:  # decoded as it was sent (gzip, chunks), a byte past the limit at most: a small
                # record may hold a gzip bomb
                yield SavedPage(_quietly(record.content_stream().read, max_bytes + 1), _charset(headers), address)
    except Exception as e:  # noqa: BLE001 - warcio reads what a hostile file holds, and may fail in any way
        message = str(e).strip().split("\n")[0][:80] if isinstance(e, ArchiveLoadFailed) else ""
        raise InputError(f"the web archive (WARC) is corrupt ({message or type(e).__name__})") from None
    if not records:
        raise InputError("the web archive (WARC) holds no record: it is empty or cut short")


def is_json_record(data):
    return JSON_RECORD.match(data) is not None


def unpack_json(data):
    """The page a scraper's JSON record holds, with its address: one record (JSON Lines of one
    line too)."""
    try:
        record = json.loads(data)
    except ValueError as e:
        lines = sum(1 for line in data.splitlines() if JSON_RECORD.match(line))
        if lines > 1:
            raise InputError(f"the JSON Lines file holds {lines} records, not one (batch cleans each)") from None
        raise InputError(f"the JSON record is not valid JSON ({e})") from None
    except RecursionError:
        raise InputError("the JSON record is nested too deeply") from None
    return _record_page(record)


def json_lines(path, max_bytes):
    """(offset, record, address, problem) of each line of a JSON Lines file (gzipped or not)
    that is not blank: its bytes, and the address its record gives; or, naming the line, the
    problem that makes it no record of a page. Read a line at a time, and a line longer than
    `max_bytes` is passed over, not read whole."""
    import gzip
    import zlib

    offset = 0
    try:
        with (gzip.open if str(path).lower().endswith(".gz") else open)(path, "rb") as f:
            for number, (line, length) in enumerate(_lines(f, max_bytes), 1):
                if line is None:
                    yield offset, None, None, f"line {number}: larger than the {max_bytes // 2**20} MB limit"
                elif line.strip():
                    try:
                        address, problem = unpack_json(line).url, None
                    except InputError as e:
                        address, problem = None, f"line {number}: {e}"
                    yield offset, line, address, problem
                offset += length
    except (EOFError, zlib.error, gzip.BadGzipFile) as e:
        raise InputError(f"the JSON Lines file's gzip stream is corrupt ({e})") from None


def _lines(f, max_bytes):
    """(line, its length) of each line of a binary file; (None, length) for one past `max_bytes`."""
    while line := f.readline(max_bytes + 1):
        if len(line) <= max_bytes or line.endswith(b"\n"):
            yield line, len(line)
            continue
        length = len(line)
        while (rest := f.readline(2**20)) and not rest.endswith(b"\n"):
            length += len(rest)
        yield None, length + len(rest)


def _record_page(record):
    """The page a record's fields hold, with its address and title. A field may hold its text as
    WordPress's REST API gives it: {"rendered": "<p>…"}."""
    if not isinstance(record, dict):
        raise InputError("the JSON holds no record (an object with the page in one of its fields)")
    page = next(filter(None, (_text(record.get(name)) for name in PAGE_FIELDS)), None)
    if page is None:
        raise InputError(f"the JSON record holds no page (in any of the fields {', '.join(PAGE_FIELDS)})")
    url = next(filter(None, (_text(record.get(name)) for name in URL_FIELDS)), None)
    title = _text(record.get("title"))
    return SavedPage(page.encode("utf-8", "replace"), "utf-8", _address(url),
                     {"page_title": " ".join(title.split())} if title else {})


def _text(value):
    value = value.get("rendered") if isinstance(value, dict) else value
    return value if isinstance(value, str) and value.strip() else None


def _quietly(call, *args):
    """warcio writes what it finds amiss (a record longer than it says, a payload that stops
    inflating) to stderr itself; the engine never talks to the terminal."""
    with contextlib.redirect_stderr(io.StringIO()):
        return call(*args)


def _charset(headers):
    m = re.search(r"(?i)charset\s*=\s*[\"\']?([\w.:-]+)", headers.get_header("Content-Type") or "")
    return m.group(1) if m else None
