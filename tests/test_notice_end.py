"""Where a notice ends on a copying site's page: the site's encyclopedia entries on the places the notice names
(pipeline.document.appended) are the page's, not the notice's, while an attachment or the notice's own words on a
place printed after its body keep their items (set AJ's aj02: an exam site's county cells under a naming notice)."""

from pipeline.document.appended import appended_entries_start
from pipeline.document.lines import split_lines
from pipeline.document.normalise import normalise
from pipeline.extract import extract_text

NAMING = ("经市爱卫会推荐,按照《湖南省卫生城市(县城)评审与管理办法》,省爱卫会决定命名浏阳市、宁乡市为湖南省卫生县城。\n"
          "湖南省爱国卫生运动委员会\n2022年3月1日\n")
# A site's entries on the named places, as aj02 prints them (one cell a line, | between)
ENTRIES = ("浏阳市位于湖南省东部偏北,距省会长沙市区60公里,总面积5007平方公里,辖4个街道、28个镇、140万人。 |\n"
           "宁乡市位于湖南省东部,总面积2906平方公里。总人口148万人(2019年)。市政府驻玉潭街道,邮编:410600。代码:430182。"
           "区号:0731。拼音:Ningxiang Shi。 |\n")


def _targets(text: str) -> list[str]:
    return [target["text"] for target in extract_text(text, "notice.txt")["documents"][0]["targets"]]


def _start(text: str) -> tuple[int, int]:
    lines = split_lines(normalise(text).text)
    return appended_entries_start(lines), len(lines)


def test_a_sites_encyclopedia_entries_on_the_named_places_are_left_outside_the_notice():
    assert _targets(NAMING + ENTRIES) == []
    # traditional script, with no signature (aj02: the naming paragraph in a table's first cell, then the cells)
    traditional = ("省愛衛會決定命名趙縣、無極縣為河北省衛生縣城。 |\n"
                   "趙縣位于華北平原中南部,距省會石家莊市區30公里,縣域總面積675平方公里,轄9鎮2鄉、281個行政村。 |\n"
                   "無極縣位于河北省中部,總面積524平方千米。總人口48萬人(2003年)。 |\n")
    assert _targets(traditional) == []
    assert _start(traditional) == (1, 3)


def test_one_entry_with_a_gazetteers_infobox_is_the_sites_even_alone():
    lines = NAMING + ENTRIES.split("\n")[1] + "\n"
    assert _targets(lines) == []


def test_an_attachment_table_after_the_signature_keeps_its_targets():
    # the places' situation printed as the notice's attachment, each led by X位于 as an encyclopedia's
    attachment = (NAMING + "附件\n各县市创建基本情况\n"
                  "浏阳市位于湖南省东部,2021年完成农村改厕5000户。\n宁乡市位于湖南省东部,2021年完成农村改厕3000户。\n")
    assert _start(attachment)[0] == _start(attachment)[1]
    assert {"5000户", "3000户"} <= set(_targets(attachment))
    table = NAMING + "附件\n| 县市 | 改厕 |\n| 浏阳市 | 5000户 |\n| 宁乡市 | 3000户 |\n"
    assert {"5000户", "3000户"} <= set(_targets(table))


def test_a_notices_own_words_on_its_places_keep_their_targets():
    # one place described under the plan's own heading, the copy cut there (ac16: 二、培育優勢分析 / 沁縣位于…)
    own = ("沁县电子商务工作实施方案\n一、指导思想\n促进全县电子商务健康发展。\n二、优势分析\n"
           "沁县位于上党盆地北部,全县建成电商服务站120个。\n")
    assert _start(own)[0] == _start(own)[1]
    assert "120个" in _targets(own)
    # each town's situation under the plan's heading
    towns = ("防汛应急预案\n一、基本情况\n"
             "三流乡位于城东湖西岸,全乡总面积110平方公里。\n城西湖乡位于城西湖东岸,有水库12座。\n")
    assert _start(towns)[0] == _start(towns)[1]
    # the notice speaking of itself (我县位于…, 本市地处…) is its own voice
    assert _start("为做好防汛工作,现通知如下。\n我县位于淮河南岸,有水库12座。\n本市地处山区,有河流8条。\n")[0] == 3
