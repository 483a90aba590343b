"""The value of a Chinese numeral as notices write them: 三 → 3, 十二 → 12, 二百零五 → 205.

Nearly every numeral a notice holds (labels 一、 （十二）, days, months, counts) is written in the
one standard form of a number below ten thousand, and those are read here. Any other writing
(两, 〇, 廿, traditional or capital characters 壹 贰, 万 and 亿, fractions, digits mixed in, a
numeral that is no number) is left to cn2an, which validates every form; it is imported on the
first such numeral only, because loading it costs about a third of a CPU-second at start-up
(pkg_resources, a YAML parser and some twenty large patterns), more than a short build extracts."""

from __future__ import annotations

from typing import Optional

DIGITS = "零一二三四五六七八九"
#: The units below 万, largest first, with their values.
UNITS = (("千", 1000), ("百", 100), ("十", 10))
#: The numbers read here, below this; the others are cn2an's.
STANDARD_BELOW = 10_000


def standard_form(number: int) -> str:
    """The standard writing of a number below ten thousand: 7 → 七, 10 → 十, 15 → 十五, 110 → 一百一十,
    1005 → 一千零五 (one 零 for each run of missing units between two written ones)."""
    if not 0 <= number < STANDARD_BELOW:
        raise ValueError(number)
    if number == 0:
        return DIGITS[0]
    written, gap = [], False
    for unit, value in UNITS:
        digit = number // value % 10
        if digit:
            if gap and written:
                written.append(DIGITS[0])
            written.append(DIGITS[digit] + unit)
            gap = False
        else:
            gap = True
    if number % 10:
        if gap and written:
            written.append(DIGITS[0])
        written.append(DIGITS[number % 10])
    text = "".join(written)
    return text[1:] if 10 <= number < 20 else text  # 十五, not 一十五


def standard_value(numeral: str) -> Optional[int]:
    """The number a numeral writes when it is the standard form of a number below ten thousand
    (:func:`standard_form` of it), else None."""
    total = pending = 0
    for character in numeral:
        digit = DIGITS.find(character)
        if digit >= 0:
            pending = digit
            continue
        value = next((v for unit, v in UNITS if unit == character), None)
        if value is None:
            return None
        total += (pending or (1 if value == 10 and not total else 0)) * value
        pending = 0
    total += pending
    if not numeral or total >= STANDARD_BELOW or standard_form(total) != numeral:
        return None
    return total


def numeral_value(numeral: str, mode: str) -> Optional[int]:
    """The value of a numeral, None when it is none; ``mode`` is cn2an's ("normal": Chinese numerals
    only; "smart": digits and units mixed in as well) for the forms it reads."""
    value = standard_value(numeral)
    if value is not None:
        return value
    import cn2an  # deferred on purpose: see the module's docstring

    try:
        return int(cn2an.cn2an(numeral, mode))
    except (ValueError, KeyError, TypeError):
        return None
