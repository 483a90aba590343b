"""Whether a notice scores the same when people's copies wrap it (issue 15, set BJ): each annotated notice of a folder is
wrapped in the page of one kind of copy — a WeChat article, a personal library (360doc), a 文库 preview (docin, doc88), a
legal portal (法律快车, 找法网), a news page (人民网, a lead ending 全文如下), a mobile page, a government service portal, a
gazette, a forum thread, a self-media platform (搜狐号) — and scored against its own annotation, which the wrapper leaves
true: it adds only the page's lines (its headline is the notice's title, or none where the notice has none).

    python scripts/copy_wrapper_probe.py [-v] [--shared] [KIND ...]    # default: the five samples (corpus/, tests/data/gold)

Prints the fields below 1.000 per kind (-v: the misses). The legal portals print a 发布日期 a day after the samples'
dates, which the sets read as the document's date (ar02, ag03): where a sample prints no signed date, that date is taken."""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.build import build  # noqa: E402
from pipeline.evaluate import ACCURACY_FIELDS, F1_FIELDS, evaluate  # noqa: E402


def _head(d: dict) -> str:
    return f"{d['title']}\n\n" if d["title"] else ""


def _flat(text: str, length: int) -> str:
    return " ".join(text[:length].split())


WRAPPERS = {
    "wechat": lambda t, d: (f"{_head(d)}原创 扶贫之窗 扶贫之窗 2020-02-14 18:30 发表于福建\n\n收录于合集\n#脱贫攻坚 12个\n\n点击上方蓝字关注我们\n\n"
                            f"{t}\n\n来源：扶贫之窗\n编辑：林晓 审核：陈明\n\n往期推荐\n\n长按识别二维码关注我们\n\n阅读原文\n\n阅读 2.3万\n\n在看 56\n"),
    "wechat_bars": lambda t, d: (f"泰和发布 2020-02-14 18:30\n\n▼\n\n{t}\n\n来源丨泰和县人民政府办公室\n编辑丨刘洋\n责编丨王芳\n\n- END -\n\n"
                                 "声明：本文转自泰和发布，版权归原作者所有，如有侵权请联系删除。\n投稿邮箱：tahefabu@163.com\n"),
    "wechat_template": lambda t, d: (f"{_head(d)}原创 刘洋 泰和发布 2020年02月14日 18:30 江西\n\n收录于话题\n#脱贫攻坚 3\n\n{t}\n\n"
                                     "预览时标签不可点\n\n微信扫一扫\n关注该公众号\n\n继续滑动看下一个\n\n泰和发布\n\n向上滑动看下一个\n\n知道了\n\n"
                                     "视频 小程序 赞 ，轻点两下取消赞 在看 ，轻点两下取消在看\n\n分享 留言 收藏 听过\n"),
    "360doc": lambda t, d: (f"{_head(d)}昵称34958767 2020-02-16 | 1079阅读 | 2转藏\n\n转藏 全屏 朗读 分享\n\n{t}\n\n"
                            "本站是提供个人知识管理的网络存储空间，所有内容均由用户发布，不代表本站观点。如发现有害或侵权内容，请点击一键举报。\n"
                            "转藏 分享 献花(0)\n\n+1\n举报/认领\n上一篇：关于做好春季农业生产的通知\n猜你喜欢\n类似文章 更多\n"),
    "docin": lambda t, d: (f"下载积分：1000\n\n内容提示：{_flat(t, 60)}\n文档格式：DOC| 页数：6 | 浏览次数：128 | 上传日期：2020-02-18 08:21:30\n\n"
                           f"{t}\n\n还剩4页未读，继续阅读\n\n下载文档到电脑，查找使用更方便\n1000 积分\n免费阅读已结束，点击下载阅读编辑剩下 4 页\n"),
    "doc88": lambda t, d: (f"文档介绍：{_flat(t, 80)}\n\n页数：6\n\n下载积分：500\n\n上传时间：2020-02-18\n\n{t}\n\n- 1 -\n"),
    "lawtime": lambda t, d: (f"{_head(d)}【发布单位】{d['issuer'] or ''}\n【发布文号】{d['doc_number'] or ''}\n【发布日期】2020-02-14\n"
                             f"【失效日期】\n【所属类别】地方法规\n【文件来源】\n\n{t}\n\n法律快车提醒您：本站所载法律法规仅供参考。\n"
                             "相关法规\n关于做好春季农业生产的通知\n"),
    "findlaw": lambda t, d: (f"找法网 > 法规 > 地方法规 > 正文\n\n{_head(d)}发布日期：2020-02-14  时效性：现行有效\n"
                             f"发文机关：{d['issuer'] or ''}  文号：{d['doc_number'] or ''}\n\n{t}\n\n免责声明：本站法规文本仅供参考。\n"),
    "people": lambda t, d: (f"人民网 >> 地方 >> 正文\n\n{_head(d)}2020年02月14日08:15  来源：人民网-福建频道\n\n{t}\n\n"
                            "（责编：林晓、陈明）\n\n分享让更多人看到\n\n推荐阅读\n"),
    "people_credits": lambda t, d: (f"{_head(d)}{'（原标题：' + d['title'] + '）' if d['title'] else ''}\n\n{t}\n\n"
                                    "【我要纠错】 责任编辑：王洋\n\n文/刘洋 图/王芳\n\n人民网版权所有，未经书面授权禁止使用\n"),
    "news_full_text": lambda t, d: (f"{_head(d)}2020-02-14 09:30 来源：新华网\n\n日前，{d['issuer'] or '有关部门'}印发通知，"
                                    f"部署有关工作。全文如下：\n\n{t}\n\n【责任编辑：林晓】\n"),
    "mobile": lambda t, d: (f"首页 > 通知公告\n\n{_head(d)}2020-02-14 来源：本站\n\n{t}\n\n上一篇：关于做好春季农业生产的通知\n"
                            "下一篇：没有了\n\n返回顶部\n\n手机版 | 电脑版\n"),
    "service_portal": lambda t, d: (f"{_head(d)}发布时间：2020-02-14 09:30  字体：[大 中 小]  浏览次数：1234\n\n{t}\n\n"
                                    "【打印本页】【关闭窗口】\n\n主办单位：福建省人民政府办公厅  闽ICP备05021253号\n"),
    "gazette": lambda t, d: f"福建省人民政府公报\n2020年第5期（总第876期）\n\n{t}\n",
    "forum": lambda t, d: (f"{_head(d)}查看: 1234|回复: 5\n\n[复制链接]\n\n楼主\n发表于 2020-2-14 10:12 | 只看该作者 |倒序浏览 |阅读模式\n\n"
                           f"{t}\n\n回复\n\n举报\n\n沙发\n发表于 2020-2-14 11:02 | 只看该作者\n收到，马上落实。\n"),
    "self_media": lambda t, d: (f"{_head(d)}2020-02-14 18:30\n发布于：江西省\n\n原文转载自：泰和发布\n\n{t}\n\n返回搜狐，查看更多\n\n"
                                "平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。\n\n"
                                "阅读(1234)\n举报/反馈\n\n发表评论\n\n作者最新文章\n换一换\n"),
}


def _pairs(shared: bool) -> list[tuple[Path, Path]]:
    if shared:
        folder = ROOT / "tests" / "data" / "realworld_shared"
        return [(text, text.with_suffix(".json")) for text in sorted(folder.glob("*.txt"))]
    return [(text, ROOT / "tests" / "data" / "gold" / f"{text.stem}.json") for text in sorted((ROOT / "corpus").glob("*.txt"))]


def score(kind: str, pairs: list[tuple[Path, Path]]):
    work = Path(tempfile.mkdtemp())
    try:
        gold = work / "gold"
        gold.mkdir()
        sources = []
        for text_path, annotation in pairs:
            text = text_path.read_text(encoding="utf-8")
            if kind != "none":
                text = WRAPPERS[kind](text, json.loads(annotation.read_text(encoding="utf-8"))["documents"][0])
            source = work / text_path.name
            source.write_text(text, encoding="utf-8")
            sources.append(str(source))
            shutil.copy(annotation, gold / annotation.name)
        build(sources, str(work / "probe.db"), workers=1)
        return evaluate(str(work / "probe.db"), str(gold))
    finally:
        shutil.rmtree(work)


def main(argv: list[str]) -> None:
    kinds = [arg for arg in argv if not arg.startswith("-")] or ["none", *WRAPPERS]
    pairs = _pairs("--shared" in argv)
    for kind in kinds:
        result = score(kind, pairs)
        low = {field: round(result.score(field), 3) for field in F1_FIELDS + ACCURACY_FIELDS if result.score(field) < 0.9995}
        print(f"{kind}: {low or 'all 1.000'}", flush=True)
        if "-v" in argv and low:
            print(result.misses_by_document())


if __name__ == "__main__":
    main(sys.argv[1:])
