"""One notice, many files (issue 17): the same notice as TXT, DOCX and PDF, or printed inside
forwards and on its own, is one row of ``documents``; the other files are in ``document_copies``,
and every list, count, calendar, citation and alignment uses the one kept. Real inputs: the sample
notices and their generated DOCX and PDF versions (tests/fixtures), the Heilongjiang forward of
sample 003 with the national notice it prints."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from pipeline.build import build
from pipeline.corpus.align.lookup import find_document
from pipeline.corpus.copies import Member, choose, groups_of, how_same, recognise_copies, titles_agree
from pipeline.corpus.search import search
from pipeline.document.normalise import normalise
from pipeline.document.structure import parse
from pipeline.evaluate import evaluate
from pipeline.site.feeds import unit_calendar

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
FIXTURES = ROOT / "tests" / "fixtures"
GOLD = ROOT / "tests" / "data" / "gold"
SAMPLE = "004_12488e9fa40d88c8"  # a notice with measures, units, deadlines and targets
FORMATS = {"txt": CORPUS / f"{SAMPLE}.txt", "docx": FIXTURES / "docx" / f"{SAMPLE}.docx",
           "pdf": FIXTURES / "pdf" / f"{SAMPLE}.pdf"}
FORWARD = "003_067caed35b760fe4"  # the Heilongjiang forward, with the national notice printed in it
NATIONAL_NUMBER = "国开发〔2020〕3号"


def built(folder: Path, db: Path, prune: bool = False):
    report = build([str(folder)], str(db), workers=1, prune=prune)
    assert report.exit_code == 0, report.failed
    return report


def rows(db: Path, sql: str, params=()) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


def one(db: Path, sql: str, params=()):
    return rows(db, sql, params)[0][0]


def state(db: Path) -> tuple:
    """What the canonical choice decides: the documents kept and each copy's document."""
    return (sorted(rows(db, "SELECT id, parent_id FROM documents")),
            sorted(rows(db, "SELECT id, document_id, parent_id, recognised_by, format FROM document_copies")))


def items_of(db: Path, document_id: str) -> dict:
    """A document's measures and items as comparable sets."""
    return {
        "measures": set(rows(db, "SELECT id, path, text FROM measures WHERE document_id = ?", [document_id])),
        "deadlines": set(rows(db, "SELECT id, text, date FROM deadlines WHERE document_id = ?", [document_id])),
        "targets": set(rows(db, "SELECT id, text, value FROM targets WHERE document_id = ?", [document_id])),
        "assignments": set(rows(db, "SELECT id, unit_id, role FROM assignments WHERE document_id = ?", [document_id])),
        "citations": set(rows(db, "SELECT id, text FROM citations WHERE document_id = ?", [document_id])),
    }


def copy_files(folder: Path, *names: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copy(FORMATS[name], folder / FORMATS[name].name)
    return folder


@pytest.fixture(scope="module")
def single(tmp_path_factory) -> dict[str, tuple[Path, str]]:
    """Each format built alone: format -> (database, its document id)."""
    found = {}
    for name in FORMATS:
        work = tmp_path_factory.mktemp(f"alone_{name}")
        db = work / "n.db"
        built(copy_files(work / "in", name), db)
        found[name] = (db, one(db, "SELECT id FROM documents"))
    return found


@pytest.fixture(scope="module")
def three(tmp_path_factory) -> tuple[Path, Path]:
    work = tmp_path_factory.mktemp("three")
    db = work / "n.db"
    built(copy_files(work / "in", "txt", "docx", "pdf"), db)
    return work / "in", db


# --- three formats of one notice ---------------------------------------------------------------


def test_three_formats_are_one_document_with_two_copies(three, single):
    _, db = three
    (kept,) = rows(db, "SELECT id, format, doc_number FROM documents")
    assert kept[1] == "pdf" and kept[0] == single["pdf"][1]  # a PDF keeps every item's page
    copies = rows(db, "SELECT id, document_id, format, source_path, recognised_by, parent_id FROM document_copies "
                      "ORDER BY format")
    assert [c[2] for c in copies] == ["docx", "txt"]
    assert {c[0] for c in copies} == {single["docx"][1], single["txt"][1]}  # the ids they would have had
    assert all(c[1] == kept[0] and c[4] == "same_number" and c[5] is None for c in copies)
    assert [Path(c[3]).suffix for c in copies] == [".docx", ".txt"]
    # every table holds the kept document's rows only, as a build of the PDF alone has them
    assert items_of(db, kept[0]) == items_of(single["pdf"][0], kept[0])
    assert items_of(db, kept[0])["deadlines"] and items_of(db, kept[0])["assignments"]
    for table in ("measures", "assignments", "deadlines", "targets", "citations", "document_shingles"):
        assert one(db, f"SELECT count(DISTINCT document_id) FROM {table}") <= 1, table
    assert one(db, "SELECT count(*) FROM graph_nodes WHERE kind = 'document'") == 1


def test_counts_calendar_and_search_see_the_notice_once(three, single):
    _, db = three
    alone = single["pdf"][0]
    workload = "SELECT unit_id, count(*) FROM assignments GROUP BY unit_id ORDER BY unit_id"
    assert rows(db, workload) == rows(alone, workload)
    unit = one(db, "SELECT u.name FROM assignments a JOIN units u ON u.id = a.unit_id "
                   "JOIN deadlines d ON d.measure_id = a.measure_id WHERE d.date IS NOT NULL ORDER BY u.name LIMIT 1")
    feed = unit_calendar(str(db), unit)
    assert feed.count("BEGIN:VEVENT") == unit_calendar(str(alone), unit).count("BEGIN:VEVENT") > 0
    title = one(db, "SELECT title FROM documents")
    assert search(str(db), "documents", title[:8]) == [one(db, "SELECT id FROM documents")]


def test_a_likely_copy_is_kept_out_of_the_search_index_until_the_copies_step(tmp_path, monkeypatch):
    """The files after the first of a notice share its 文号 and body: their index entries wait for
    the copies step, so the copies it sets aside were never indexed (only the first file stored,
    here the DOCX, had to be taken out again), and the index holds every kept row once."""
    import pipeline.corpus.copy_rows as copy_rows
    import pipeline.ingest.search_index as search_index
    from schema.search import STATE_TABLE

    indexed_when_taken_out = []
    forget = copy_rows.forget_documents

    def spying(conn, ids):
        indexed_when_taken_out.extend(conn.execute(
            f"SELECT d.id FROM documents d JOIN {STATE_TABLE} s ON s.indexed_rowid = d.rowid "
            f"AND s.fts_code = 0 WHERE d.id IN ({', '.join('?' for _ in ids)})", ids).fetchall())
        forget(conn, ids)

    monkeypatch.setattr(copy_rows, "forget_documents", spying)
    monkeypatch.setattr(search_index, "STORE_EVERY", 1)  # each file's entries written with it, as in a large build
    db = tmp_path / "n.db"
    built(copy_files(tmp_path / "in", "txt", "docx", "pdf"), db)
    assert one(db, "SELECT count(*) FROM document_copies") == 2
    assert len(indexed_when_taken_out) == 1  # the DOCX, stored first, before any copy of it was seen
    assert one(db, f"SELECT count(*) FROM {STATE_TABLE}") == (
        one(db, "SELECT count(*) FROM documents") + one(db, "SELECT count(*) FROM measures"))
    title = one(db, "SELECT title FROM documents")
    assert search(str(db), "documents", title[:8]) == [one(db, "SELECT id FROM documents")]
    measure = one(db, "SELECT text FROM measures ORDER BY rowid LIMIT 1")
    assert one(db, "SELECT id FROM measures ORDER BY rowid LIMIT 1") in search(str(db), "measures", measure[:10])


def test_the_document_page_lists_the_copies_and_a_copy_id_leads_to_it(three):
    from test_site import Client, make_datasette

    _, db = three
    kept = one(db, "SELECT id FROM documents")
    copy = one(db, "SELECT id FROM document_copies WHERE format = 'txt'")
    client = Client(make_datasette(db))
    try:
        page = client.get(f"/-/notices/document/{kept}?db={db.stem}").text
        assert "副本" in page and f"{SAMPLE}.txt" in page and f"{SAMPLE}.docx" in page and "same_number" in page
        moved = client.get(f"/-/notices/document/{copy}?db={db.stem}", status=302)
        assert kept in moved.headers["location"]
    finally:
        client.loop.close()
    assert find_document(str(db), copy) == kept  # notices compare takes a copy's id too


def test_the_kept_document_does_not_depend_on_the_order_files_came_in(three, tmp_path):
    _, all_at_once = three
    for order in (("txt", "docx", "pdf"), ("pdf", "txt", "docx"), ("docx", "pdf", "txt")):
        folder, db = tmp_path / "-".join(order), tmp_path / f"{'-'.join(order)}.db"
        for name in order:  # one build per file added
            built(copy_files(folder, name), db)
        assert state(db) == state(all_at_once), order


def test_deleting_the_kept_file_promotes_a_copy_with_its_rows(three, single, tmp_path):
    folder = tmp_path / "in"
    shutil.copytree(three[0], folder)
    db = tmp_path / "n.db"
    built(folder, db)
    (folder / FORMATS["pdf"].name).unlink()
    report = built(folder, db, prune=True)
    assert report.pruned == 1
    docx_id = single["docx"][1]
    assert rows(db, "SELECT id, format FROM documents") == [(docx_id, "docx")]
    assert rows(db, "SELECT id, document_id FROM document_copies") == [(single["txt"][1], docx_id)]
    assert items_of(db, docx_id) == items_of(single["docx"][0], docx_id)  # measures, units, deadlines …
    title = one(db, "SELECT title FROM documents")
    assert search(str(db), "documents", title[:8]) == [docx_id]
    assert search(str(db), "measures", one(db, "SELECT text FROM measures LIMIT 1")[:10])
    assert one(db, "SELECT count(*) FROM graph_nodes WHERE kind = 'document'") == 1

    (folder / FORMATS["docx"].name).unlink()
    built(folder, db, prune=True)
    txt_id = single["txt"][1]
    assert rows(db, "SELECT id FROM documents") == [(txt_id,)] and not rows(db, "SELECT * FROM document_copies")
    assert items_of(db, txt_id) == items_of(single["txt"][0], txt_id)


def test_changing_the_kept_file_into_another_notice_promotes_the_copy(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    text = (CORPUS / "000_e8ac68d63b2ecc9f.txt").read_text(encoding="utf-8")
    (folder / "a.txt").write_text(text, encoding="utf-8")
    (folder / "b.md").write_text(text.replace("\n\n", "\n\n\n"), encoding="utf-8")  # other bytes, same notice
    db = tmp_path / "n.db"
    built(folder, db)
    (kept_path,) = rows(db, "SELECT source_path FROM documents")
    assert Path(kept_path[0]).name == "b.md"  # more measures tie: Markdown before plain text
    (folder / "b.md").write_text((CORPUS / "001_ba4d4d4b2a22ff08.txt").read_text(encoding="utf-8"), encoding="utf-8")
    built(folder, db)
    assert sorted(Path(p).name for (p,) in rows(db, "SELECT source_path FROM documents")) == ["a.txt", "b.md"]
    assert not rows(db, "SELECT * FROM document_copies")
    a_id = one(db, "SELECT id FROM documents WHERE source_path LIKE '%a.txt'")
    assert one(db, "SELECT count(*) FROM measures WHERE document_id = ?", [a_id]) == 7


# --- a national notice printed inside forwards and on its own ----------------------------------


def national_text() -> str:
    raw = (CORPUS / f"{FORWARD}.txt").read_text(encoding="utf-8")
    forward, national = parse(normalise(raw).text)
    return national.text


def second_forward() -> str:
    """The Heilongjiang forward as another province's office would issue it."""
    raw = (CORPUS / f"{FORWARD}.txt").read_text(encoding="utf-8")
    return raw.replace("黑龙江省", "吉林省").replace("黑扶组办发", "吉扶组办发")


@pytest.fixture(scope="module")
def forwards(tmp_path_factory) -> tuple[Path, Path]:
    work = tmp_path_factory.mktemp("forwards")
    folder = work / "in"
    folder.mkdir()
    shutil.copy(CORPUS / f"{FORWARD}.txt", folder)
    (folder / "jilin_forward.txt").write_text(second_forward(), encoding="utf-8")
    (folder / "national.txt").write_text(national_text(), encoding="utf-8")
    db = work / "n.db"
    built(folder, db)
    return folder, db


def test_a_notice_printed_in_forwards_and_on_its_own_is_the_standalone_one(forwards):
    _, db = forwards
    national = one(db, "SELECT id FROM documents WHERE doc_number = ?", [NATIONAL_NUMBER])
    assert one(db, "SELECT parent_id FROM documents WHERE id = ?", [national]) is None
    assert one(db, "SELECT count(*) FROM documents WHERE doc_number = ?", [NATIONAL_NUMBER]) == 1
    forward_ids = [row[0] for row in rows(db, "SELECT id FROM documents WHERE doc_number != ? ORDER BY id",
                                          [NATIONAL_NUMBER])]
    assert len(forward_ids) == 2
    copies = rows(db, "SELECT document_id, parent_id, recognised_by, printed_in FROM document_copies ORDER BY parent_id")
    assert sorted(c[1] for c in copies) == forward_ids  # each printed inside its forward
    assert all(c[0] == national and c[2] == "same_number" and c[3] == c[1] for c in copies)
    # each forward's citation of the national notice resolves to it: cited by 2, not 1 and 0
    for forward in forward_ids:
        assert {cited for (cited,) in rows(db, "SELECT cited_document_id FROM citations WHERE document_id = ? "
                                               "AND doc_number = ?", [forward, NATIONAL_NUMBER])} == {national}
    assert one(db, "SELECT cited_by FROM graph_nodes WHERE id = ?", [f"document:{national}"]) == 2
    aligned = rows(db, "SELECT DISTINCT local_document_id, national_document_id FROM alignments ORDER BY 1")
    assert aligned == [(forward, national) for forward in forward_ids]
    assert find_document(str(db), NATIONAL_NUMBER) == national


def test_without_the_standalone_one_the_first_forwards_print_is_kept_and_comes_back(forwards, tmp_path):
    folder = tmp_path / "in"
    shutil.copytree(forwards[0], folder)
    (folder / "national.txt").unlink()
    db = tmp_path / "n.db"
    built(folder, db)
    kept = rows(db, "SELECT id, parent_id, source_path FROM documents WHERE doc_number = ?", [NATIONAL_NUMBER])
    assert len(kept) == 1 and Path(kept[0][2]).name == f"{FORWARD}.txt" and kept[0][1]
    jilin = one(db, "SELECT id FROM documents WHERE source_path LIKE '%jilin_forward.txt' AND parent_id IS NULL")
    assert rows(db, "SELECT document_id, parent_id FROM document_copies") == [(kept[0][0], jilin)]
    assert {c for (c,) in rows(db, "SELECT cited_document_id FROM citations WHERE document_id = ? AND doc_number = ?",
                               [jilin, NATIONAL_NUMBER])} == {kept[0][0]}
    before = items_of(db, kept[0][0])
    # the standalone notice added: it is kept; removed again: the forward's print comes back whole
    (folder / "national.txt").write_text(national_text(), encoding="utf-8")
    built(folder, db)
    assert state(db) == state(forwards[1])
    (folder / "national.txt").unlink()
    built(folder, db, prune=True)
    assert rows(db, "SELECT id FROM documents WHERE doc_number = ?", [NATIONAL_NUMBER]) == [(kept[0][0],)]
    assert items_of(db, kept[0][0]) == before


# --- what is not one notice ----------------------------------------------------------------------


def without_number(text: str) -> str:
    return "\n".join(line for line in text.split("\n") if "〔2020〕" not in line or "号" not in line.strip()[-1:])


def test_different_notices_are_not_merged(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    first = (CORPUS / "000_e8ac68d63b2ecc9f.txt").read_text(encoding="utf-8")
    other = (CORPUS / "001_ba4d4d4b2a22ff08.txt").read_text(encoding="utf-8")
    # no 文号, the same title and the same first measures, another ending
    bare = without_number(first)
    cut = bare.index("三、")
    (folder / "a_no_number.txt").write_text(bare, encoding="utf-8")
    (folder / "b_same_beginning.txt").write_text(bare[:cut] + other[other.index("三、"):], encoding="utf-8")
    # the same 文号 by a slip, another notice (its own title)
    (folder / "c_same_number.txt").write_text(other.replace("泾扶组〔2020〕2号", "闽扶办〔2020〕4号"), encoding="utf-8")
    # the same body issued by another office (a county copying a province word for word)
    (folder / "e_other_issuer.txt").write_text(
        bare.replace("福建省扶贫开发领导小组办公室", "福州市扶贫开发领导小组办公室"), encoding="utf-8")
    db = tmp_path / "n.db"
    built(folder, db)
    assert one(db, "SELECT count(*) FROM documents") == 4
    assert one(db, "SELECT count(*) FROM document_copies") == 0
    # the notice with its 文号: the copy that lost it is recognised by its text, and the one with
    # the whole header is kept
    (folder / "d_original.txt").write_text(first, encoding="utf-8")
    built(folder, db)
    assert one(db, "SELECT count(*) FROM documents") == 4
    assert [(Path(p).name, how) for p, how in rows(db, "SELECT source_path, recognised_by FROM document_copies")] == [
        ("a_no_number.txt", "same_text")]
    assert one(db, "SELECT doc_number FROM documents WHERE source_path LIKE '%d_original.txt'") == "闽扶办〔2020〕4号"


def member(**given) -> Member:
    values = dict(id="a", source_path="a.txt", source_sha256="0", format="txt", embedded=False, doc_number=None,
                  issuer=None, title=None, title_key=None, signed_date=None, text_digest=None, measure_count=3,
                  read_by_ocr=False, source_offset=0, parked=False, canonical_of=None)
    values.update(given)
    return Member(**values)


def test_titles_that_differ_in_a_number_are_two_notices():
    a = member(title_key="关于印发2020年全市扶贫工作要点的通知")
    assert titles_agree(a, member(title_key="关于印发2020年全市扶贫工作要點的通知"))  # one character misread
    assert not titles_agree(a, member(title_key="关于印发2021年全市扶贫工作要点的通知"))
    same = dict(doc_number="闽扶办〔2020〕4号", title_key=a.title_key)
    assert how_same(member(**same), member(id="b", source_path="b.pdf", **same)) == "same_number"
    assert how_same(member(**same), member(id="b", source_path="a.txt", **same)) is None  # one file
    assert how_same(member(**same, issuer="福建省扶贫办"), member(id="b", source_path="b", issuer="泾县扶贫办", **same)) is None
    assert how_same(member(doc_number=same["doc_number"]), member(id="b", source_path="b", **same)) is None  # no title
    body = dict(text_digest="x" * 32)
    assert how_same(member(**body), member(id="b", source_path="b", **body)) == "same_text"
    assert how_same(member(**body, signed_date="2020-02-14"),
                    member(id="b", source_path="b", signed_date="2021-02-14", **body)) is None


def test_evaluation_of_every_format_together_scores_like_one(three, tmp_path):
    """The gold of the sample, against the three files built together: one document found, none
    extra (the copies are not three notices), the fields as the PDF alone scores them."""
    gold = tmp_path / "gold"
    gold.mkdir()
    shutil.copy(GOLD / f"{SAMPLE}.json", gold)
    result = evaluate(str(three[1]), str(gold))
    documents = result.scores["documents"]
    assert (documents.tp, documents.fp, documents.fn) == (1, 0, 0)
    assert result.scores["measures"].f1 >= 0.98


def test_a_database_built_before_copies_were_recognised_gets_them(tmp_path):
    folder = copy_files(tmp_path / "in", "txt")
    db = tmp_path / "n.db"
    built(folder, db)
    with sqlite3.connect(db) as conn:  # as an older version wrote it
        conn.execute("DROP INDEX idx_documents_text_digest")
        conn.execute("ALTER TABLE documents DROP COLUMN text_digest")
        conn.execute("DROP TABLE document_copies")
    copy_files(folder, "docx")
    built(folder, db)
    assert one(db, "SELECT count(*) FROM documents") == 1
    assert rows(db, "SELECT format, recognised_by FROM document_copies") == [("txt", "same_number")]
    assert one(db, "SELECT count(*) FROM documents WHERE text_digest IS NULL") == 0


def test_the_kept_one_stands_alone_is_read_from_text_and_prints_with_its_forward():
    same = dict(doc_number="国开发〔2020〕3号", title_key="关于做好疫情防控期间脱贫攻坚工作的通知")
    scan = member(id="s", source_path="a_scan.pdf", format="pdf", read_by_ocr=True, measure_count=14, **same)
    text = member(id="t", source_path="z.txt", **same)
    printed = member(id="p", source_path="b_forward.pdf", format="pdf", embedded=True, measure_count=20, **same)
    groups = groups_of([scan, text, printed])
    assert len(groups) == 1
    assert {choose(groups, {"p": "b"})[m.id].id for m in (scan, text, printed)} == {"t"}
    # printed in two forwards only: the one whose forward is itself kept
    fwd = dict(doc_number="黑扶组办发〔2020〕3号", title_key="关于转发的通知")
    outer_pdf = member(id="f1", source_path="f.pdf", format="pdf", **fwd)
    outer_txt = member(id="f2", source_path="f.txt", measure_count=1, **fwd)  # fewer measures: a copy
    in_pdf = member(id="e1", source_path="f.pdf", format="pdf", embedded=True, **same)
    in_txt = member(id="e2", source_path="f.txt", embedded=True, measure_count=9, **same)
    chosen = choose(groups_of([outer_pdf, outer_txt, in_pdf, in_txt]), {"e1": "f1", "e2": "f2"})
    assert chosen["f2"].id == "f1" and chosen["e2"].id == "e1"  # not e2's 9 measures: its forward is a copy


# --- the step works out again only what new, changed or removed files touch ---------------------


def pairwise_groups(members: list[Member]) -> list[list[str]]:
    """The reference for groups_of: every pair of members of two groups checked for a conflict."""
    from pipeline.corpus.copies import conflict
    members = sorted(members, key=lambda m: m.id)
    group_of = {m.id: [m] for m in members}
    buckets: dict[tuple, list[Member]] = {}
    for m in members:
        for key in (("number", m.doc_number), ("text", m.text_digest)):
            if key[1]:
                buckets.setdefault(key, []).append(m)
    for key in sorted(buckets):
        bucket = buckets[key]
        for i, a in enumerate(bucket):
            for b in bucket[i + 1:]:
                first, second = group_of[a.id], group_of[b.id]
                if first is second or not how_same(a, b) or any(conflict(x, y) for x in first for y in second):
                    continue
                first.extend(second)
                for m in second:
                    group_of[m.id] = first
    unique = {id(group): sorted(m.id for m in group) for group in group_of.values()}
    return sorted(unique.values())


def test_groups_are_those_of_checking_every_pair_of_members():
    """Members drawn from few values, so that 文号, bodies, issuers, dates and titles (one misread
    by a character) clash and join in every way; paths shared by some (one file, two notices)."""
    import random
    titles = ["关于做好2020年扶贫工作的通知", "关于做好2020年扶贫工作的通", "关于做好2021年扶贫工作的通知",
              "关于印发工作要点的通知", None]
    for seed in range(40):
        pick = random.Random(seed)
        members = []
        for i in range(pick.randint(2, 40)):
            title = pick.choice(titles)
            members.append(member(
                id=f"m{i:02d}", source_path=f"f{pick.randint(0, 25)}.txt", title=title,
                title_key=title and title.replace("关于", ""), doc_number=pick.choice(["闽扶〔2020〕1号", "闽扶〔2020〕2号", None]),
                text_digest=pick.choice(["d1", "d2", None]), issuer=pick.choice(["福建省扶贫办", "福建省 扶贫办", "福州市扶贫办", None]),
                signed_date=pick.choice(["2020-03-01", "2020-04-01", None, None])))
        got = sorted(sorted(m.id for m in group) for group in groups_of(members))
        assert got == pairwise_groups(members), seed


def recomputed(db: Path, tmp_path: Path) -> tuple:
    """The state a full recomputation of the copies step gives, on a copy of ``db``."""
    again = tmp_path / "again.db"
    again.unlink(missing_ok=True)
    with closing(sqlite3.connect(db)) as source, closing(sqlite3.connect(again)) as target:
        source.backup(target)  # with what the write-ahead log holds
    recognise_copies(str(again), everything=True)
    return state(again)


def test_after_each_build_the_step_gives_what_a_full_recomputation_gives(tmp_path):
    """Files added, changed, moved and removed in several orders, one build each: the documents
    kept and each copy's document are those of recomputing every notice; nothing changed, nothing
    is looked at."""
    import random
    texts = {
        f"{FORWARD}.txt": (CORPUS / f"{FORWARD}.txt").read_text(encoding="utf-8"),
        "jilin_forward.txt": second_forward(),
        "national.txt": national_text(),
        "national_copy.md": national_text().replace("\n\n", "\n\n\n"),
        "a.txt": (CORPUS / "000_e8ac68d63b2ecc9f.txt").read_text(encoding="utf-8"),
        "a_no_number.txt": without_number((CORPUS / "000_e8ac68d63b2ecc9f.txt").read_text(encoding="utf-8")),
        "a_other_issuer.txt": without_number((CORPUS / "000_e8ac68d63b2ecc9f.txt").read_text(encoding="utf-8")).replace(
            "福建省扶贫开发领导小组办公室", "福州市扶贫开发领导小组办公室"),
    }
    for seed in range(4):
        pick = random.Random(seed)
        folder, db = tmp_path / f"in{seed}", tmp_path / f"n{seed}.db"
        folder.mkdir()
        for step in range(6):
            name = pick.choice(sorted(texts))
            if not (folder / name).exists():
                (folder / name).write_text(texts[name], encoding="utf-8")
            elif (chance := pick.random()) < 0.3:
                (folder / name).unlink()
            elif chance < 0.6:  # moved: its documents keep their ids under another path
                (folder / name).rename(folder / f"{'z' if name < 'n' else 'a'}_{name}")
            else:  # the file changed into another notice's file
                (folder / name).write_text(texts[pick.choice(sorted(set(texts) - {name}))], encoding="utf-8")
            built(folder, db, prune=True)
            assert state(db) == recomputed(db, tmp_path), (seed, step, sorted(p.name for p in folder.iterdir()))
            assert recognise_copies(str(db))["looked_at"] == 0
