import io
import json

import pytest
from warcio.statusandheaders import StatusAndHeaders, StatusAndHeadersParser

from crawler.archive import ArchiveWriter, CorruptArchive, FastGzipWARCWriter, _reason, read_body, read_index


def test_archived_body_reads_back_and_a_torn_last_line_is_ignored(tmp_path):
    crawls = tmp_path / "crawls"
    writer = ArchiveWriter(crawls / "c1", "c1")
    snap = writer.write(
        "http://127.0.0.1/a",
        "http://127.0.0.1/a",
        200,
        [("Content-Type", "text/html"), ("ETag", '"x"')],
        b"<html>ciao</html>",
    )
    writer.close()
    assert read_body(crawls, snap) == b"<html>ciao</html>"
    with (crawls / "c1" / "index.jsonl").open("a") as fh:
        fh.write('{"url": "http://127.0.0.1/b", "fin')  # a crash mid-write
    snaps = read_index(crawls / "c1")
    assert [s.url for s in snaps] == ["http://127.0.0.1/a"]
    assert snaps[0].etag == '"x"'


def test_corrupt_warc_is_named(tmp_path):
    crawls = tmp_path / "crawls"
    writer = ArchiveWriter(crawls / "c1", "c1")
    snap = writer.write("http://127.0.0.1/a", "http://127.0.0.1/a", 200, [], b"body")
    writer.close()
    warc = crawls / "c1" / snap.warc_file
    warc.write_bytes(b"garbage" * 10)
    with pytest.raises(CorruptArchive, match=snap.warc_file):
        read_body(crawls, snap)


def test_a_resumed_writer_opens_a_new_part(tmp_path):
    first = ArchiveWriter(tmp_path / "c1", "c1")
    first.write("http://127.0.0.1/a", "http://127.0.0.1/a", 200, [], b"a")
    first.close()
    second = ArchiveWriter(tmp_path / "c1", "c1")
    snap = second.write("http://127.0.0.1/b", "http://127.0.0.1/b", 200, [], b"b")
    second.close()
    assert snap.warc_file == "pages-00002.warc.gz"
    lines = (tmp_path / "c1" / "index.jsonl").read_text().splitlines()
    assert [json.loads(x)["url"] for x in lines] == ["http://127.0.0.1/a", "http://127.0.0.1/b"]


def _warcio_record(out, final_url, status, headers, body, fetched_at, sha):
    """The record as the archive wrote it through warcio before `response_record` (kept as the reference)."""
    writer = FastGzipWARCWriter(out, gzip=True)
    http_headers = StatusAndHeaders(f"{status} {_reason(status)}", headers, protocol="HTTP/1.1")
    record = writer.create_warc_record(
        final_url,
        "response",
        payload=io.BytesIO(body),
        http_headers=http_headers,
        warc_headers_dict={"WARC-Date": fetched_at, "WARC-Payload-Digest": f"sha256:{sha}"},
    )
    writer.write_record(record)


@pytest.mark.parametrize(
    ("status", "headers", "body"),
    [
        (200, [("Content-Type", "text/html; charset=utf-8"), ("ETag", '"x"')], b"<html>ciao</html>"),
        (
            200,
            [("Content-Disposition", 'attachment; filename="Piano Zona 2025–2027.pdf"'.encode().decode("latin-1"))],
            bytes(range(256)) * 1500 + b"%PDF" * 40_000,
        ),
        (404, [], b""),
        (599, [("Server", "x")], b"\r\n\r\n"),
    ],
)
def test_a_response_record_is_warcios_byte_for_byte(tmp_path, monkeypatch, status, headers, body):
    monkeypatch.setattr(StatusAndHeadersParser, "make_warc_id", staticmethod(lambda id_=None: "<urn:uuid:fixed>"))
    writer = ArchiveWriter(tmp_path / "c1", "c1")
    snap = writer.write("http://127.0.0.1/a", "http://127.0.0.1/a?é=1", status, headers, body)
    writer.close()
    reference = io.BytesIO()
    _warcio_record(reference, "http://127.0.0.1/a?é=1", status, headers, body, snap.fetched_at, snap.sha256)
    assert (tmp_path / "c1" / snap.warc_file).read_bytes() == reference.getvalue()
    assert read_body(tmp_path, snap) == body
