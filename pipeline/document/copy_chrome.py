"""What a reposting channel adds around a notice it copies whole — a WeChat account's article, a news site's page, a
文库's preview, a forum's thread, a legal portal's page — beyond a government page's own chrome (wrapper.CHROME_LINE):
the article's editorial credits (编辑:… 审核:…, (责编:…), 【责任编辑:…】), its reader counters and prompts (阅读 2.3万,
在看 56, 阅读原文, 点击上方蓝字关注我们), a preview's read-on line (还剩4页未读,继续阅读), a document site's excerpt line
(内容提示:…), the related-reading list closing the page (推荐阅读 over titles) and a forum's replies under the post.
Every one is the channel's, printed under or over the notice's last line: none is part of the notice, and a credit or
prompt joined to the notice's last paragraph would end its last assignment with an editor's name."""

from __future__ import annotations

import re
from typing import Optional, Sequence

from extractors.vocab import Examples

# Roles of an article's editorial credit line, printed with a name after a colon. An editor's role (编辑, 责编, 校对 …)
# makes the line a credit by itself; a role that a notice's procedure can name too (审核, 初审, 来源 …: 审核:县民政局 may be
# a step of an application) only beside another credit on the same line (初审:王芳 复审:李强).
_EDITOR_ROLE = r"(?:责任编辑|责编|编辑|值班编辑|校对|审校|监制|美编|排版|编审|撰稿|一审|二审|三审)"
_CREDIT_ROLE = r"(?:责任编辑|责编|编辑|值班编辑|校对|审校|监制|美编|排版|编审|撰稿|一审|二审|三审|审核|审签|初审|复审|终审|来源|供稿)"
_CREDIT_NAMES = r"[^\s。，,；;:：()（）\[\]【】|｜/]{1,12}(?:[、][^\s。，,；;:：()（）\[\]【】|｜/]{1,12}){0,4}"
_EDITOR_FIELD = rf"{_EDITOR_ROLE}[ \u3000]*[:：][ \u3000]*{_CREDIT_NAMES}"
_CREDIT_FIELD = rf"{_CREDIT_ROLE}[ \u3000]*[:：][ \u3000]*{_CREDIT_NAMES}"
_CREDIT_SEPARATOR = r"[ \u3000|｜/]+"

COPY_CHROME_LINE = re.compile(
    r"^(?:"
    # an article's credits, one or more roles a line, bare or in brackets: 编辑:林晓 审核:陈明, (责编:林晓、陈明), 【责任编辑:林晓】
    rf"[（(【\[]?[ \u3000]*(?:{_EDITOR_FIELD}(?:{_CREDIT_SEPARATOR}{_CREDIT_FIELD})*"
    rf"|{_CREDIT_FIELD}(?:{_CREDIT_SEPARATOR}{_CREDIT_FIELD})+)[ \u3000]*[）)】\]]?"
    # a 文库 preview's read-on prompt and price: 还剩4页未读,继续阅读; 免费阅读已结束,点击下载阅读编辑剩下 4 页; 1000 积分
    r"|.{0,10}还剩[ \u3000]*\d*[ \u3000]*页未读.{0,20}|.{0,10}阅读已结束.{0,40}|(?:点击)?继续(?:免费)?阅读(?:全文)?[>》»]*"
    r"|点击查看更多.{0,10}|\d{1,6}[ \u3000]*(?:积分|下载券|金币|财富值)"
    # a document site's excerpt of the file's opening flattened onto one line over its pages: 内容提示:… (a 文库's 文档介绍:…
    # is not: n11's holds the whole text, which the page prints nowhere else)
    r"|内容提示[:：].{0,400}"
    # a WeChat article's byline, counters and prompts: 原创 X X 2020-02-14 18:30 发表于福建, 阅读 2.3万, 在看 56, 阅读原文
    r"|(?:原创[ \u3000]+)?.{0,40}?\d{4}-\d{1,2}-\d{1,2}(?:[ \u3000]+\d{1,2}:\d{2})?[ \u3000]*发表于.{0,10}"
    r"|(?:阅读|在看|点赞|赞|分享|留言|写留言|阅读原文|收藏|喜欢此内容的人还喜欢)[ \u3000]*(?:\d+(?:\.\d+)?[万wW]?\+?)?"
    r"|收录于(?:合集|话题).{0,30}|#[^#\s]{1,20}[ \u3000]*\d{1,4}个"
    r"|.{0,10}(?:点击|点|戳)(?:上方|下方|标题下方?)?(?:蓝字|蓝色字体).{0,30}|长按(?:识别)?.{0,10}关注.{0,20}"
    # a news page's call to share it: 分享让更多人看到
    r"|分享让更多人看到.{0,10}"
    # a forum post's tools, floor labels and counters: 回复 · 只看该作者 |倒序浏览 |阅读模式 · 沙发 · 查看: 1234|回复: 5 · 本帖最后由…编辑
    r"|(?:[\[【]?(?:回复|引用|评分|使用道具|只看该作者|倒序浏览|阅读模式|复制链接|显示全部楼层|跳转到指定楼层|楼主|沙发|板凳|地板|\d{1,4}[楼#])"
    r"[\]】]?[ \u3000|｜]*){1,8}"
    r"|查看[:：][ \u3000]*\d+[ \u3000]*[|｜][ \u3000]*回复[:：][ \u3000]*\d+|本帖最后由.{1,30}于.{0,30}编辑"
    r")$"
)

# The head of the page's list of related or recommended pages printed under the notice: 相关法规, 推荐阅读, 往期推荐 …
RELATED_HEAD = re.compile(
    r"^[【\[]?(?:相关(?:法规|文章|阅读|新闻|推荐|资讯|链接)|推荐阅读|往期(?:推荐|回顾|精选)|延伸阅读|热门(?:文章|推荐|阅读)|"
    r"最新(?:文章|资讯)|精彩推荐|热点推荐|更多(?:阅读|推荐))[】\]]?[:：]?$"
)
RELATED_ENTRY = 60  # the longest line still read as one title of such a list

# A forum post's header line: the floor's label and when it was posted (楼主 发表于 2020-2-14 10:12 | 只看该作者).
FORUM_POST_HEAD = re.compile(
    r"^(?:(?:楼主|沙发|板凳|地板|\d{1,4}[楼#])[ \u3000]*)?发表于[ \u3000]*\d{4}-\d{1,2}-\d{1,2}(?:[ \u3000]+\d{1,2}:\d{2}(?::\d{2})?)?"
    r"(?:[ \u3000]*[|｜].{0,60})?$"
)

EXAMPLES = {
    "COPY_CHROME_LINE": Examples(
        match=("编辑：林晓 审核：陈明", "（责编：林晓、陈明）", "【责任编辑：林晓】", "责任编辑:王雪 | 校对:李强", "来源：扶贫之窗 编辑：林晓", "初审：王芳 复审：李强 终审：张伟",
               "还剩4页未读，继续阅读", "免费阅读已结束，点击下载阅读编辑剩下 4 页", "继续阅读", "1000 积分",
               "内容提示：福州市扶贫开发领导小组 榕扶组〔2020〕3号",
               "原创 扶贫之窗 扶贫之窗 2020-02-14 18:30 发表于福建", "阅读 2.3万", "在看 56", "阅读原文", "写留言",
               "收录于合集", "#脱贫攻坚 12个", "回复", "沙发", "[复制链接]", "查看: 1234|回复: 5", "本帖最后由 扶贫干部 于 2020-2-14 10:15 编辑", "只看该作者 |倒序浏览 |阅读模式", "点击上方蓝字关注我们", "长按识别二维码关注我们", "分享让更多人看到"),
        no_match=("审核：由县民政局对申请材料进行审核，符合条件的，报县政府批准。", "编辑出版《政策汇编》，发放到各乡镇。", "审核：县民政局", "初审：由各乡镇负责",
                  "来源于群众的反映，要及时处理。", "各乡镇要继续阅读学习有关文件", "每人奖励1000积分以上", "文档介绍:乡镇全面推行河长制实施方案为切实改善全镇河道生态环境质量",
                  "2020年2月14日", "责任单位：县教育局、县卫健委", "阅读推广活动", "分享经验做法", "12个乡镇", "回复意见", "3楼会议室")),
    "RELATED_HEAD": Examples(match=("相关法规", "推荐阅读", "往期推荐", "【相关阅读】", "相关文章："),
                             no_match=("相关法规规定", "相关文件", "相关文件另行印发", "推荐阅读书目50本")),
    "FORUM_POST_HEAD": Examples(match=("发表于 2020-2-14 11:02 | 只看该作者", "楼主 发表于 2021-1-5 14:22:03 | 显示全部楼层 |阅读模式",
                                       "沙发 发表于 2020-2-14 11:02"),
                                no_match=("发表于2020年第3期《中国行政管理》", "本帖最后由 扶贫干部 于 2020-2-14 10:15 编辑")),
}


def is_copy_chrome(line: str) -> bool:
    """Whether a whole line (stripped, folded to simplified characters) is a reposting channel's (COPY_CHROME_LINE)."""
    return COPY_CHROME_LINE.match(line) is not None


def _reads_as_a_title(text: str) -> bool:
    """A related list's entry: a short line with no sentence in it (a page title, a date, a count)."""
    return len(text) <= RELATED_ENTRY and "。" not in text.rstrip("。")


def related_list_start(texts: Sequence[str], body_at: int) -> Optional[int]:
    """The line of the last related-reading head (RELATED_HEAD) after ``body_at`` under which every line is a title of
    that list or empty; None when there is none."""
    for index in range(len(texts) - 1, body_at, -1):
        text = texts[index].strip()
        if RELATED_HEAD.match(text):
            return index
        if text and not _reads_as_a_title(text):
            return None
    return None


def forum_reply_start(texts: Sequence[str], body_at: int) -> Optional[int]:
    """The first forum post header (FORUM_POST_HEAD) after ``body_at``: the post the notice was copied into stands
    above the body, so a header under it opens the thread's replies. None when there is none."""
    return next((index for index in range(body_at, len(texts)) if FORUM_POST_HEAD.match(texts[index].strip())), None)
