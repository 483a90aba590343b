"""Plain text files: the encoding detected (charset-normalizer, with checks that the decoded text is
plausible Chinese), converter debris removed."""

from __future__ import annotations

import codecs
import re
import unicodedata

from charset_normalizer import from_bytes

from .source import ReadError
from extractors.vocab import Examples




# --------------------------------------------------------------------------------------------
# text decoding

_GB_FAMILY = {"gb2312", "gbk", "gb18030", "hz", "hz_gb_2312", "cp936", "euc_cn", "iso2022_cn"}


def decode_text(path: str, data: bytes) -> tuple[str, str]:
    """Decode text bytes: BOMs, then strict UTF-8, then BOM-less UTF-16, then charset-normalizer
    (a GB-family guess is decoded as GB18030). Returns (text, encoding name)."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            pass  # a BOM followed by non-UTF-8: let the detector decide
    for bom, enc in ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be")):
        if data.startswith(bom) and len(data) % 4 == 0:
            try:
                return data[4:].decode(enc), enc.replace("-le", "").replace("-be", "")
            except UnicodeDecodeError:
                pass
    for bom, enc in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            try:
                return data[2:].decode(enc), "utf-16"
            except UnicodeDecodeError:
                raise ReadError(path, "unknown text encoding / binary content (a UTF-16 mark followed by invalid data)") from None
    try:
        text = data.decode("utf-8")
        if _plausible(text) or plausible_with_lost_characters(text):
            return text, "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\x00" in data:
        best = None
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                t = data[: len(data) // 2 * 2].decode(enc)
            except UnicodeDecodeError:
                continue
            score = _plausibility(t)
            if best is None or score > best[0]:
                best = (score, t, enc)
        if best and best[0] >= 0.97:
            return best[1], best[2]
        raise ReadError(path, "unknown text encoding / binary content (the file holds NUL bytes)")

    results = from_bytes(data)
    guesses = [m.encoding for m in results]
    best_match = results.best()
    candidates: list[str] = []
    if best_match is not None:
        enc = best_match.encoding.lower()
        candidates.append("gb18030" if enc in _GB_FAMILY else enc)
    if any(g.lower() in _GB_FAMILY for g in guesses) and "gb18030" not in candidates:
        candidates.append("gb18030")
    # Chinese government text that is not UTF-8 is nearly always GB-encoded; charset-normalizer
    # sometimes calls short GBK text Big5, cp949 or Shift-JIS. Try GB18030 as a rival.
    if "gb18030" not in candidates:
        candidates.append("gb18030")
    scored = []
    for enc in candidates:
        try:
            t = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        scored.append((_plausibility(t) + (0.02 if _common_hanzi_ratio(t) > 0.5 else 0), t, enc))
    if scored:
        scored.sort(key=lambda s: -s[0])
        score, text, enc = scored[0]
        if score >= 0.97:
            return text, enc
    raise ReadError(path, "unknown text encoding / binary content")


def _is_plausible_char(c: str) -> bool:
    if c in "\n\r\t\u3000\xa0":
        return True
    o = ord(c)
    if 0x20 <= o < 0x7F:
        return True
    if 0x4E00 <= o <= 0x9FFF or 0x3000 <= o <= 0x303F or 0xFF00 <= o <= 0xFFEF or 0x2000 <= o <= 0x206F:
        return True
    cat = unicodedata.category(c)
    if cat in ("Cc", "Cs", "Co", "Cn") or c == "\ufffd":
        return False
    # letters and marks of other scripts are possible but rarer in this corpus: count them half
    return True


# The characters _is_plausible_char accepts without looking them up: nearly all of a notice.
_COMMON_CHARS = re.compile("[\n\r\t\u3000\xa0\x20-\x7e\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u2000-\u206f]+")
EXAMPLES = {
    # text that decodes plausibly is made of these: Han, ASCII, CJK and full-width punctuation
    "_COMMON_CHARS": Examples(match=("关于印发工作要点的通知", "国开发〔2020〕3号", "（一）"), no_match=("ÃÂ¤Ã¥", "\u0400\u0401")),
}


def _plausibility(text: str) -> float:
    if not text:
        return 0.0
    sample = text[:20000]
    others = _COMMON_CHARS.sub("", sample)
    good = len(sample) - len(others) + sum(1 for c in others if _is_plausible_char(c))
    return good / len(sample)


def _plausible(text: str) -> bool:
    return _plausibility(text) >= 0.97


# U+FFFD written into a file that is valid UTF-8 is a character the copy lost (a page whose bytes its site
# mis-decoded, then saved as UTF-8), not a byte the decoder could not read: binary content that happens to be
# valid UTF-8 shows control characters, not this one. However many there are, the text is the rest.
REPLACEMENT_CHARACTER = "\ufffd"


def plausible_with_lost_characters(text: str) -> bool:
    """Whether a UTF-8 text is plausible Chinese once the replacement characters it holds are left aside
    (a spam mirror's page with runs of them between every few words): the rest must pass as a GB guess does."""
    kept = text.replace(REPLACEMENT_CHARACTER, "")
    return len(kept) < len(text) and _plausible(kept) and _common_hanzi_ratio(kept) > 0.5


# about 500 of the most common hanzi in government writing; used to tell GB text from a mis-decode
_COMMON_HANZI = set(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面"
    "而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性"
    "好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向"
    "道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件"
    "长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给"
    "色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白"
    "教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石"
    "记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般"
    "史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状"
    "育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞贫困攻坚疫情防控帮扶脱村乡镇贯彻落实通知意见方案要点工作"
)


def _common_hanzi_ratio(text: str) -> float:
    han = [c for c in text[:20000] if 0x4E00 <= ord(c) <= 0x9FFF]
    if not han:
        return 0.0
    return sum(1 for c in han if c in _COMMON_HANZI) / len(han)


def clean_text(text: str) -> str:
    """Line endings to \\n, BOM and NULs removed. Nothing else: the normaliser does the rest."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    return text.replace("\ufeff", "").replace("\x00", "")
