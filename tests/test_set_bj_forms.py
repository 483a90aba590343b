"""Forms found for set BJ (issue 15, the kind of copy people have: a WeChat account's article, a legal portal, a 文库's
preview, a news page printing a notice in full, a forum's thread). The fourteen queries of the set gave no notice of
their kind that the sets did not already hold (see the BJ comment in tests/test_realworld.py), so each form here was found
by wrapping the five annotated sample notices (corpus/, tests/data/gold) in the copy each query names and scoring them
against their own annotations, which the wrapper must not change. Each test reads one notice in the copy's wrapper and,
where it matters, a look-alike line of a notice that must keep its reading."""

import json

from pipeline.document.copy_chrome import COPY_CHROME_LINE, RELATED_HEAD
from pipeline.document.outside import NEWS_FULL_TEXT_LEAD
from pipeline.document.wrapper import is_chrome
from pipeline.extract import extract_text

NOTICE = """泰和县人民政府办公室文件

泰府办字〔2021〕12号

泰和县人民政府办公室关于做好春季农业生产工作的通知

各乡镇人民政府，县直各有关单位：

为抓好春季农业生产，确保全年粮食稳产增产，现就有关事项通
知如下：

一、抓好春耕备耕。各乡镇要在3月31日前完成种子、化肥等农资
储备，做好春耕机具检修。

责任单位：县农业农村局、县供销社

二、加强技术指导。组织农技人员下乡开展技术服务，推广优良品
种和先进适用技术。

责任单位：县农业农村局、各乡镇人民政府

泰和县人民政府办公室

2021年3月5日

抄送：县委办公室，县人大常委会办公室。

泰和县人民政府办公室  2021年3月5日印发"""

CC = ["县委办公室", "县人大常委会办公室"]


def _documents(text: str) -> list[dict]:
    return extract_text(text, "copy.txt")["documents"]


def _closing(document: dict) -> tuple:
    """What a page's footer took from the notice when it was read as the notice's last lines: the 版记 and the last unit."""
    return (document["printed_date"], json.loads(document["cc"]), [a["raw"] for a in document["assignments"]][-1])


# ------------------------------------------------------------------ footers under the notice


def test_a_wechat_articles_credits_and_counters_close_no_notice():
    # the 版记 (抄送, 印发) stays the notice's when an account's article ends with its editor and its reader counters
    article = ("春耕通知\n\n原创 泰和发布 泰和发布 2021-03-06 18:30 发表于江西\n\n" + NOTICE
               + "\n\n编辑：刘洋 审核：王芳\n\n往期推荐\n\n阅读原文\n\n阅读 3261\n\n在看 12\n")
    assert _closing(_documents(article)[0]) == ("2021-03-05", CC, "各乡镇人民政府")


def test_a_wechat_pages_template_words_close_no_notice():
    # the fixed words of the article page around the text, the newer byline (day written out, province after the time)
    article = ("春耕通知\n\n原创 刘洋 泰和发布 2021年03月06日 18:30 江西\n\n收录于话题\n#春耕 3\n\n" + NOTICE
               + "\n\n预览时标签不可点\n\n微信扫一扫\n关注该公众号\n\n继续滑动看下一个\n\n泰和发布\n\n向上滑动看下一个\n\n知道了\n\n"
               "视频 小程序 赞 ，轻点两下取消赞 在看 ，轻点两下取消在看\n\n分享 留言 收藏 听过\n")
    assert _closing(_documents(article)[0]) == ("2021-03-05", CC, "各乡镇人民政府")
    # a notice's own time lines are no byline: no province after the time, or a label before the day
    for line in ("会议时间：2021年3月6日 14:30", "报名截止 2021年3月6日 18:00", "集中时间 2021年3月6日 14:30 县政府"):
        assert not is_chrome(line)


def test_a_self_media_platforms_statement_and_prompts_close_no_notice():
    # a 搜狐号-style repost: the platform's statement, its prompts and counters under the notice
    page = (NOTICE + "\n\n返回搜狐，查看更多\n\n平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。\n\n"
            "阅读(1234)\n举报/反馈\n\n发表评论\n\n作者最新文章\n换一换\n")
    assert _closing(_documents(page)[0]) == ("2021-03-05", CC, "各乡镇人民政府")
    assert not is_chrome("本意见仅代表市政府的原则要求。") and not is_chrome("请各单位查看更多资料后报送。")


def test_a_reposting_accounts_barred_credits_and_notes_close_no_notice():
    # 来源丨…, 编辑丨…, - END -, a repost's copyright note: a WeChat account's closing lines, with the colon's bar
    article = (NOTICE + "\n\n来源丨泰和县人民政府办公室\n编辑丨刘洋\n责编丨王芳\n\n- END -\n\n"
               "声明：本文转自泰和发布，版权归原作者所有，如有侵权请联系删除。\n投稿邮箱：tahefabu@163.com\n")
    assert _closing(_documents(article)[0]) == ("2021-03-05", CC, "各乡镇人民政府")
    assert not is_chrome("来源丨") and not is_chrome("各乡镇要关注我们的工作安排，及时报送。")


def test_a_news_pages_bracketed_editor_closes_no_notice():
    page = NOTICE + "\n\n（责编：刘洋、王芳）\n\n分享让更多人看到\n"
    assert _closing(_documents(page)[0]) == ("2021-03-05", CC, "各乡镇人民政府")
    for credit in ("【责任编辑：赵康丽】", "责任编辑:王雪 | 校对:李强", "初审：王芳 复审：李强 终审：张伟"):
        assert is_chrome(credit)
    # a procedure's step naming who checks an application is the notice's, alone or in a sentence
    for step in ("审核：县民政局", "初审：由各乡镇负责", "审核：由县民政局对申请材料进行审核，符合条件的，报县政府批准。"):
        assert not is_chrome(step)


def test_a_related_list_under_the_notice_is_the_pages():
    # a legal portal's list of related rules under the text: titles, none of them the notice's last lines
    page = (NOTICE + "\n\n法律快车提醒您：本站所载法规仅供参考。\n相关法规\n泰和县人民政府关于加强耕地保护工作的通知\n"
            "吉安市人民政府办公室关于做好防汛工作的通知\n")
    assert _closing(_documents(page)[0]) == ("2021-03-05", CC, "各乡镇人民政府")
    assert RELATED_HEAD.match("推荐阅读") and RELATED_HEAD.match("【相关阅读】")
    assert not RELATED_HEAD.match("相关文件") and not RELATED_HEAD.match("推荐阅读书目50本")


def test_a_forums_replies_under_the_post_are_no_part_of_the_notice():
    thread = ("春耕通知\n查看: 1234|回复: 5\n楼主\n发表于 2021-3-6 10:12 | 只看该作者 |倒序浏览 |阅读模式\n" + NOTICE
              + "\n回复\n举报\n沙发\n发表于 2021-3-6 11:02 | 只看该作者\n收到，马上落实。\n")
    assert _closing(_documents(thread)[0]) == ("2021-03-05", CC, "各乡镇人民政府")


def test_a_previews_read_on_prompt_is_no_part_of_the_cut_paragraph():
    # a 文库 preview cut mid-paragraph: the prompt under the cut is the site's, not the rest of the measure's sentence
    preview = NOTICE.split("，推广优良品")[0] + "，推广优良品\n还剩2页未读，继续阅读\n\n免费阅读已结束，点击下载阅读编辑剩下 2 页\n"
    measure = _documents(preview)[0]["measures"][-1]["text"]
    assert measure.endswith("推广优良品") and "未读" not in measure
    assert COPY_CHROME_LINE.match("还剩2页未读，继续阅读") and not COPY_CHROME_LINE.match("各乡镇要继续阅读学习有关文件")


# ------------------------------------------------------------------ headers over the notice


def test_a_personal_librarys_byline_and_tools_are_no_title():
    # 360doc: the saver's nickname, date and counters, then the page's tools, over a plan printed with no header of its own
    plan = "2021年全县春季农业生产工作要点\n一、抓好春耕备耕。各乡镇要在3月31日前完成农资储备。\n二、加强技术指导。组织农技人员下乡服务。\n"
    page = "昵称34958767 2021-03-16 | 1079阅读 | 2转藏\n转藏 全屏 朗读 分享\n" + plan + "\n献花(0)\n+1\n举报/认领\n"
    assert _documents(page)[0]["title"] == "2021年全县春季农业生产工作要点"


def test_a_news_datelines_clock_time_and_a_forum_posts_header_are_no_title():
    # over a plan printed with no header of its own: 人民网's dateline with its time glued before 来源, a forum post's header
    plan = "2021年全县春季农业生产工作要点\n一、抓好春耕备耕。各乡镇要在3月31日前完成农资储备。\n二、加强技术指导。组织农技人员下乡服务。\n"
    for top in ("2021年03月16日08:15  来源：人民网-江西频道\n", "楼主\n发表于 2021-3-16 10:12 | 只看该作者 |倒序浏览 |阅读模式\n"):
        assert _documents(top + plan)[0]["title"] == "2021年全县春季农业生产工作要点"
    assert not is_chrome("2021年3月6日14:30在县政府三楼会议室召开")


def test_a_legal_portals_field_block_is_no_title():
    # 法律快车's fields over a notice printed without its title line: none of them is the title
    fields = "【发布单位】泰和县人民政府办公室\n【发布文号】泰府办字〔2021〕12号\n【发布日期】2021-03-05\n【失效日期】\n【所属类别】地方法规\n【文件来源】\n\n"
    body = NOTICE.split("泰和县人民政府办公室关于做好春季农业生产工作的通知\n\n")[1]
    assert _documents(fields + body)[0]["title"] is None


def test_a_document_sites_excerpt_line_is_no_title():
    # a docin-style page: the file's opening flattened onto one 内容提示 line above the text itself
    notice = NOTICE.replace("泰和县人民政府办公室文件", "泰和县人民政府办公室").replace(
        "泰和县人民政府办公室关于做好", "泰和县人民政府办公室关于 做好")
    page = ("泰和县人民政府办公室关于做好春季农业生产工作的通知.doc\n\n下载积分：1000\n\n内容提示：泰和县人民政府办公室 "
            "泰府办字〔2021〕12号 泰和县人民政府办公室关于 做好春季农业生产工作的通知\n"
            "文档格式：DOC| 页数：3 | 浏览次数：128 | 上传日期：2021-03-08 08:21:30 | 文档星级：\n\n" + notice)
    assert _documents(page)[0]["title"] == "泰和县人民政府办公室关于做好春季农业生产工作的通知"
    # a 文库's 文档介绍 holding the whole text, printed nowhere else, is the text (n11)
    only = "乡镇河长制实施方案.docx\n文档介绍:乡镇河长制实施方案为切实改善全镇河道生态环境,根据《太和县全面推行河长制工作方案》要求,制定本方案。一、总体要求…\n"
    assert [c["title"] for c in _documents(only)[0]["citations"]] == ["太和县全面推行河长制工作方案"]


def test_a_news_lead_announcing_the_full_text_opens_no_document():
    # 日前,A印发通知…。全文如下: over the notice with its own 版头: one document, its header read under the lead
    page = ("泰和县人民政府办公室关于做好春季农业生产工作的通知\n\n2021-03-06 09:30 来源：吉安新闻网\n\n"
            "日前，泰和县人民政府办公室印发通知，部署春季农业生产工作。全文如下：\n\n" + NOTICE)
    documents = _documents(page)
    assert len(documents) == 1
    document = documents[0]
    assert (document["doc_number"], document["issuer"], json.loads(document["recipients"])) == (
        "泰府办字〔2021〕12号", "泰和县人民政府办公室", ["各乡镇人民政府", "县直各有关单位"])
    # a notice forwarding another with 原文如下 is the notice's body, not a news lead
    assert not NEWS_FULL_TEXT_LEAD.match("现将国务院办公厅日前印发的《关于做好春耕生产工作的通知》转发给你们，原文如下：")
