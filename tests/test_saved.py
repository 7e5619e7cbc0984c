"""Pages as browsers and mail programs save them: an MHTML file's or an e-mail's HTML part is cleaned, and
a saved page's address used."""

import base64
import quopri
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart

import pytest
from click.testing import CliRunner
from conftest import ROOT

from cleaner import InputError, clean
from cleaner.saved import is_mime_message
from cli import main

SEED = ROOT / "samples/zcfgw.org/8104090"
SEED_URL = "https://www.zcfgw.org/zxsd/8104090.html"
WIRE = ROOT / "samples/newswire-digest.com/rural-libraries-lend-tools"  # (UTF-8)
WIRE_URL = "https://newswire-digest.com/2024/10/17/rural-libraries-lend-tools-hardware-stores/"


def archive(html, url, charset="gb2312", encoding="quoted-printable", parts=None):
    """An MHTML file as Chrome saves one: the page first, then the resources it uses."""
    message = MIMEMultipart("related", type="text/html")
    message["From"] = "<Saved by Blink>"
    message["Snapshot-Content-Location"] = url
    message["Subject"] = "saved page"
    page = MIMENonMultipart("text", "html", charset=charset)
    page["Content-Transfer-Encoding"] = encoding
    page["Content-Location"] = url
    encode = quopri.encodestring if encoding == "quoted-printable" else base64.encodebytes
    page.set_payload(encode(html).decode("ascii"))
    for part in [page, picture()] if parts is None else parts:
        message.attach(part)
    return message.as_bytes()


def picture():
    image = MIMEApplication(b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "png")
    image["Content-Location"] = "https://www.zcfgw.org/skin/images/logo.png"
    return image


@pytest.mark.parametrize("encoding", ["quoted-printable", "base64"])
def test_the_saved_page_cleans_as_the_page_at_its_address(encoding):
    html = (SEED / "input.html").read_bytes()  # GB2312, as the site serves it
    saved = archive(html, SEED_URL, encoding=encoding)
    assert is_mime_message(saved) and not is_mime_message(html)
    assert clean(saved).markdown == clean(html, url=SEED_URL).markdown
    assert clean(saved).attribution.url == SEED_URL
    assert clean(saved, url="https://mirror.example/a.html").attribution.url == "https://mirror.example/a.html"


def test_the_saved_address_picks_the_site_rule(tmp_path):
    (tmp_path / "zcfgw.org.toml").write_text('content = [".arc-body"]\n', encoding="utf-8")  # found by host alone
    saved = archive((SEED / "input.html").read_bytes(), SEED_URL)
    assert clean(saved, rules_dirs=[tmp_path]).rule == str(tmp_path / "zcfgw.org.toml")


def test_an_archive_without_a_page_is_refused_in_one_line(tmp_path):
    saved = archive(b"", SEED_URL, parts=[picture()])
    with pytest.raises(InputError, match="holds no HTML page"):
        clean(saved)
    path = tmp_path / "logo.mhtml"
    path.write_bytes(saved)
    r = CliRunner().invoke(main, ["clean", str(path)])
    assert r.exit_code == 1 and r.stderr.strip() == f"error: {path}: the MHTML archive holds no HTML page"


def test_an_archive_nested_past_the_stack_is_refused():
    nested = "".join(f'--b{n}\nContent-Type: multipart/related; boundary="b{n + 1}"\n\n' for n in range(5000))
    saved = f'MIME-Version: 1.0\nContent-Type: multipart/related; boundary="b0"\n\n{nested}'.encode()
    with pytest.raises(InputError, match="nested too deeply"):
        clean(saved + b"--b5000\nContent-Type: text/html\n\n<p>deep</p>\n")


def test_text_that_opens_with_fields_is_no_archive():
    text = b"From: Jane Roe\nSubject: Minutes of the library board\n\nThe board met on Tuesday.\n"
    assert not is_mime_message(text)
    assert "The board met on Tuesday." in clean(text).body


def test_batch_picks_up_saved_pages(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.mhtml").write_bytes(archive((SEED / "input.html").read_bytes(), SEED_URL))
    (src / "b.mht").write_bytes(archive((WIRE / "input.html").read_bytes(), WIRE_URL, charset="utf-8"))
    (src / "c.eml").write_bytes(mail((WIRE / "input.html").read_bytes()))
    r = CliRunner().invoke(main, ["batch", str(src), "-o", str(tmp_path / "out")])
    assert r.exit_code == 0, r.output
    written = sorted(p.name for p in (tmp_path / "out").iterdir() if not p.name.startswith("."))
    assert written == ["a.md", "b.md", "c.md"]
    expected = clean((SEED / "input.html").read_bytes(), url=SEED_URL).markdown
    assert (tmp_path / "out" / "a.md").read_text(encoding="utf-8") == expected


@pytest.mark.parametrize("comment", [
    "<!-- saved from url=(0039)https://www.zcfgw.org/zxsd/8104090.html -->",  # Internet Explorer's, old Edge's
    "<!--\n Page saved with SingleFile \n url: https://www.zcfgw.org/zxsd/8104090.html \n saved date: Mon Nov 30 "
    "2026 20:31:07 GMT+0800 (China Standard Time)\n-->",
])
def test_an_html_file_s_noted_address_is_its_url(tmp_path, comment):
    html = (SEED / "input.html").read_bytes()
    noted = html.replace(b"<html", comment.encode() + b"\n<html", 1)
    (tmp_path / "zcfgw.org.toml").write_text('content = [".arc-body"]\n', encoding="utf-8")
    result = clean(noted, rules_dirs=[tmp_path])
    assert result.attribution.url == SEED_URL and result.rule == str(tmp_path / "zcfgw.org.toml")
    assert clean(noted, url="https://mirror.example/a.html").attribution.url == "https://mirror.example/a.html"


def mail(html=None, text=None, subject="=?utf-8?q?Caf=C3=A9s_and_libraries_now_lend_tools?="):
    """A newsletter as a mail program saves it (.eml): its text and HTML versions, quoted-printable."""
    message = MIMEMultipart("alternative")
    message["MIME-Version"] = "1.0"
    message["From"] = "Newswire Digest <letters@newswire-digest.example>"
    message["Subject"] = subject
    message["Date"] = "Tue, 10 Jun 2025 08:00:00 +0100"
    for body, subtype in ((text, "plain"), (html, "html")):
        if body is not None:
            part = MIMENonMultipart("text", subtype, charset="utf-8")
            part["Content-Transfer-Encoding"] = "quoted-printable"
            part.set_payload(quopri.encodestring(body).decode("ascii"))
            message.attach(part)
    return message.as_bytes()


def test_an_e_mail_cleans_as_its_html_part():
    html = (WIRE / "input.html").read_bytes()
    assert is_mime_message(mail(html))
    assert clean(mail(html, text=b"Plain version of the issue.")).body == clean(html).body


def test_an_e_mail_whose_page_has_none_is_credited_by_its_headers():
    html = ("<html><body><table><tr><td>" + "<p>Libraries in three rural counties now lend drills, ladders and "
            "sanders alongside their books, and borrowing them is free for anyone with a card.</p>" * 3
            + "<p>View this email in your browser | Unsubscribe</p></td></tr></table></body></html>").encode()
    result = clean(mail(html))
    assert result.attribution.title == "Cafés and libraries now lend tools"  # its encoded words decoded
    assert (result.attribution.site, result.attribution.date) == ("Newswire Digest", "2025-06-10")
    assert "Unsubscribe" not in result.body


def test_an_e_mail_of_text_alone_cleans_as_its_text():
    text = ("Libraries in three rural counties now lend drills, ladders and sanders alongside their books, "
            "and borrowing them is free for anyone with a card. " * 4).encode()
    body = clean(mail(text=text)).body
    assert "borrowing them is free" in body and "=\n" not in body and "=E2" not in body


def test_an_e_mail_without_a_page_is_refused_in_one_line():
    message = MIMEMultipart("mixed")
    message["MIME-Version"] = "1.0"
    message.attach(picture())
    with pytest.raises(InputError, match="the e-mail holds no HTML or text part"):
        clean(message.as_bytes())
