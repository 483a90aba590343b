"""A Word numbering counter written in its number format (w:numFmt): 一, 十一, 一百零一, 贰, ③, ⑵,
丙, IV, bb, 05 …"""

from __future__ import annotations

from extractors.vocab import Examples

CN_DIGITS = "〇一二三四五六七八九"
CN_LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
PARENTHESISED = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
FULL_STOP = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛"
CN_CIRCLED = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩"
TIANGAN = "甲乙丙丁戊己庚辛壬癸"  # the ten heavenly stems
DIZHI = "子丑寅卯辰巳午未申酉戌亥"  # the twelve earthly branches

EXAMPLES = {
    "CN_DIGITS": Examples(match=("〇", "一", "九"), no_match=("十", "零", "壹")),
    "CN_LEGAL_DIGITS": Examples(match=("零", "壹", "玖"), no_match=("一", "拾")),
    "CIRCLED": Examples(match=("①", "⑳"), no_match=("㉑", "1", "⑴")),
    "PARENTHESISED": Examples(match=("⑴", "⒇"), no_match=("(1)", "①")),
    "FULL_STOP": Examples(match=("⒈", "⒛"), no_match=("1.", "⑴")),
    "CN_CIRCLED": Examples(match=("㈠", "㈩"), no_match=("一", "①")),
    "TIANGAN": Examples(match=("甲", "癸"), no_match=("子",)),
    "DIZHI": Examples(match=("子", "亥"), no_match=("甲",)),
}


def _cn_counting(n: int) -> str:
    """Word's chineseCounting: 一 … 十, 十一, 二十, 九十九; above 99 digit by digit."""
    if n <= 0:
        return str(n)
    if n < 10:
        return CN_DIGITS[n]
    if n < 100:
        t, u = divmod(n, 10)
        return ("" if t == 1 else CN_DIGITS[t]) + "十" + (CN_DIGITS[u] if u else "")
    return "".join(CN_DIGITS[int(d)] for d in str(n))


def _cn_thousand(n: int, digits=CN_DIGITS, units=("", "十", "百", "千"), zero="零") -> str:
    """Word's chineseCountingThousand: 一百零一, 一千一百一十; 十一 without a leading 一."""
    if n <= 0 or n >= 10000:
        return str(n)
    s = str(n)
    out = []
    pending_zero = False
    for i, d in enumerate(s):
        d = int(d)
        pos = len(s) - 1 - i
        if d == 0:
            pending_zero = bool(out)
            continue
        if pending_zero:
            out.append(zero)
            pending_zero = False
        out.append(digits[d] + units[pos])
    r = "".join(out)
    if digits is CN_DIGITS and 10 <= n < 20:
        r = r[1:]
    return r


def _roman(n: int) -> str:
    if n <= 0 or n >= 4000:
        return str(n)
    vals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
            (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def _letter(n: int) -> str:
    if n <= 0:
        return str(n)
    return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    """A counter in a Word numFmt."""
    f = (fmt or "decimal")
    if f in ("chineseCounting", "japaneseCounting", "ideographDigital", "taiwaneseCounting", "koreanCounting"):
        if f == "ideographDigital":
            return "".join(CN_DIGITS[int(d)] for d in str(n)) if n >= 0 else str(n)
        return _cn_counting(n)
    if f in ("chineseCountingThousand", "taiwaneseCountingThousand", "japaneseDigitalTenThousand"):
        return _cn_thousand(n)
    if f in ("chineseLegalSimplified", "ideographLegalTraditional", "japaneseLegal"):
        return _cn_thousand(n, digits=CN_LEGAL_DIGITS, units=("", "拾", "佰", "仟"))
    if f == "decimalEnclosedCircle" or f == "decimalEnclosedCircleChinese":
        return CIRCLED[n - 1] if 1 <= n <= 20 else str(n)
    if f == "decimalEnclosedParen":
        return PARENTHESISED[n - 1] if 1 <= n <= 20 else f"({n})"
    if f == "decimalEnclosedFullstop":
        return FULL_STOP[n - 1] if 1 <= n <= 20 else f"{n}."
    if f == "ideographEnclosedCircle":
        return CN_CIRCLED[n - 1] if 1 <= n <= 10 else _cn_counting(n)
    if f == "ideographTraditional":
        return TIANGAN[n - 1] if 1 <= n <= 10 else str(n)
    if f == "ideographZodiac":
        return DIZHI[n - 1] if 1 <= n <= 12 else str(n)
    if f == "decimalFullWidth" or f == "decimalFullWidth2":
        return "".join(chr(0xFF10 + int(d)) for d in str(n))
    if f == "decimalZero":
        return f"{n:02d}"
    if f == "upperRoman":
        return _roman(n)
    if f == "lowerRoman":
        return _roman(n).lower()
    if f == "upperLetter":
        return _letter(n)
    if f == "lowerLetter":
        return _letter(n).lower()
    if f == "ordinal":
        return f"{n}."
    return str(n)
