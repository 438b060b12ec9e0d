import json

import pytest

from crawler.archive import ArchiveWriter, CorruptArchive, read_body, read_index


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
