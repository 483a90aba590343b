"""Forms found by held-out set BF (tests/data/realworld/bf*, three texts chosen by the kind of document named in the title —
each the first real government text the pages corpus returned for its query and not already in the sets, annotated before
the pipeline ran on them): each test reads a real text of the set (named in the test) and a look-alike of the same form, or
one that must keep its reading, so a fix never takes the general case with it."""

from extractors.basis_headings import under_basis_heading
from extractors.citations import find_citations
from pipeline.document.labels import wraps_cell_list
from pipeline.extract import extract_text

from test_real_forms import real


def _documents(text: str, name: str = "look-alike.txt") -> list[dict]:
    return extract_text(text, name)["documents"]


def _relations(text: str) -> list[tuple[str | None, str]]:
    return [(citation.title, citation.relation) for citation in find_citations(text)]


# ------------------------------------------------------------------ documents


def test_a_forwarded_text_named_in_the_forwarding_title_and_printed_under_its_author_is_its_own_document():
    # bf02: 厦门市人民政府办公厅转发市财政局关于厦门市市级财政专项支出预算绩效考评试行办法的通知 … signature, date ⏎
    # 厦门市市级财政专项支出预算绩效考评试行办法 ⏎ 市财政局 ⏎ 第一章 总 则 (the body's 《》 name differs: 专项预算)
    documents = _documents(real("bf02"), "bf02.txt")
    assert [(d["title"], d["issuer"]) for d in documents] == [
        ("厦门市人民政府办公厅转发市财政局关于厦门市市级财政专项支出预算绩效考评试行办法的通知", "厦门市人民政府办公厅"),
        ("厦门市市级财政专项支出预算绩效考评试行办法", "市财政局")]
    assert [m["label"] for m in documents[1]["measures"]][:2] == ["第一条", "第二条"]
    forward = ("某县人民政府办公室转发县教育局关于中小学校园安全管理办法的通知\n某政办〔2019〕8号\n各乡镇人民政府,县直各单位:\n"
               "县教育局制定的《中小学校园安全管理规定》已经县政府同意,现印发给你们,请认真遵照执行。\n"
               "某县人民政府办公室\n2019年3月1日\n中小学校园安全管理办法\n县教育局\n"
               "第一条 为加强中小学校园安全管理,制定本办法。\n第二条 本办法适用于本县中小学校。\n")
    assert [(d["title"], d["issuer"]) for d in _documents(forward)][1] == ("中小学校园安全管理办法", "县教育局")
    # a 办法 printed without its author stays in the forwarding notice (aa06), and a notice that forwards nothing by its
    # title does not split at a rules text under a department's name
    bare = forward.replace("中小学校园安全管理办法\n县教育局\n", "中小学校园安全管理办法\n")
    assert len(_documents(bare)) == 1
    issued = forward.replace("转发县教育局关于中小学校园安全管理办法的通知", "关于加强校园安全工作的通知")
    assert len(_documents(issued)) == 1


# ------------------------------------------------------------------ measures and targets


def test_a_list_in_a_table_cell_wrapped_onto_its_own_line_is_no_measure():
    # bf01: 附件1's table, 1 关于城市规划建设管理规定的通知 达市府发〔2000〕65号 1、制定依据发生了重大变化。(…) ⏎ 2、根据现行…
    row = "1 关于城市规划建设管理规定的通知 达市府发〔2000〕65号 1、制定依据发生了重大变化。"
    assert wraps_cell_list(row, "2、根据现行城市规划的需要,已制定了新的城市规划政策。")
    assert wraps_cell_list("3 加强水源保护 市水利局 1.划定保护区;", "2.设立标志。")
    # the next row, a row with no list of its own, and a measure after a paragraph are no wrapped cells
    assert not wraps_cell_list(row, "2 关于加强城区商品市场建设和管理的通知 达市府发〔2000〕1")
    assert not wraps_cell_list("1 加强水源保护 市水利局 划定保护区", "2、设立标志。")
    assert not wraps_cell_list("各单位要做好以下工作:1、加强领导。", "2、落实责任。")
    labels = [m["label"] for m in _documents(real("bf01"), "bf01.txt")[0]["measures"]]
    assert labels == ["一、", "二、"]


def test_an_attachment_heading_with_its_name_over_its_table_ends_the_last_measure():
    # bf01: …二、…4件文件,宣布失效。 ⏎ 本决定自公布之日起生效。 ⏎ 附件1:…决定废止的政策性文件目录(28件) ⏎ 序号 文件名称 …
    targets = [(t["text"], t["measure_id"] is not None) for t in _documents(real("bf01"), "bf01.txt")[0]["targets"]]
    assert targets == [("1923件", False), ("28件", True), ("4件", True), ("28件", False)]
    text = ("某县人民政府关于清理规范性文件的决定\n各乡镇人民政府:\n一、对10件文件予以废止。\n二、对3件文件宣布失效。\n"
            "附件1:决定废止的文件目录(10件)\n序号 文件名称 文号\n1 关于加强管理的通知 某政发〔2010〕1号\n")
    document = _documents(text)[0]
    assert [m["label"] for m in document["measures"]] == ["一、", "二、"]
    assert [(t["text"], t["measure_id"] is not None) for t in document["targets"]] == [
        ("10件", True), ("3件", True), ("10件", False)]


# ------------------------------------------------------------------ references


def test_documents_listed_under_a_basis_heading_are_the_basis():
    # bf03: 1.2 编制依据 ⏎ 宪法及《中华人民共和国突发事件应对法》和《霍邱县人民政府突发公共事件总体应急预案》等。
    text = real("bf03")
    assert [r for r in _relations(text) if r[1] == "basis"][:2] == [
        ("中华人民共和国突发事件应对法", "basis"), ("霍邱县人民政府突发公共事件总体应急预案", "basis")]
    listed = "（二）制定依据\n1.《中华人民共和国安全生产法》;\n2.《生产安全事故应急条例》。\n（三）适用范围\n参照《某市总体应急预案》执行。\n"
    assert _relations(listed) == [("中华人民共和国安全生产法", "basis"), ("生产安全事故应急条例", "basis"),
                                  ("某市总体应急预案", "cites")]
    assert under_basis_heading("编制依据：《中华人民共和国防洪法》", 5)
    # a heading that is not the basis, and a sentence that only mentions 依据, give no relation
    assert not under_basis_heading("1.3 适用范围\n本预案与《某市总体应急预案》衔接。", 16)
    assert _relations("法律依据不足的,依法纠正。\n本办法与《某市管理办法》不一致的,以本办法为准。") == [("某市管理办法", "cites")]


def test_a_notice_whose_title_forwards_forwards_what_it_sends_with_yinfa():
    # bf02: 厦门市人民政府办公厅转发市财政局关于…试行办法的通知: 将市财政局关于《…试行办法》印发给你们
    notice = _documents(real("bf02"), "bf02.txt")[0]
    assert [(c["title"], c["relation"]) for c in notice["citations"]] == [("厦门市市级财政专项预算绩效考评试行办法", "forwards")]
    body = "各乡镇人民政府:\n县农业局制定的《春耕生产工作方案》已经县政府同意,现印发给你们,请认真贯彻执行。\n"
    assert find_citations(body, own_titles=["某县人民政府办公室转发县农业局关于春耕生产工作方案的通知"])[0].relation == "forwards"
    # a notice whose title issues keeps issuing, and one that forwards and issues (转发并印发) is left to its body's verbs
    assert find_citations(body, own_titles=["某县人民政府办公室关于印发春耕生产工作方案的通知"])[0].relation == "issues"
    assert find_citations(body, own_titles=["关于转发并印发春耕生产工作方案的通知"])[0].relation == "issues"
