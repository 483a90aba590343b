"""The numerals read without cn2an are read as cn2an reads them, and every other writing is left to it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import cn2an
import pytest

from extractors.chinese_numerals import STANDARD_BELOW, numeral_value, standard_form, standard_value
from extractors.deadline_numbers import to_int
from pipeline.document.labels import chinese_to_int

ROOT = Path(__file__).resolve().parents[1]


def test_every_standard_form_below_ten_thousand_has_cn2ans_value_in_both_modes():
    for number in range(STANDARD_BELOW):
        written = standard_form(number)
        assert standard_value(written) == number, written
        assert cn2an.cn2an(written, "normal") == number == cn2an.cn2an(written, "smart"), written


@pytest.mark.parametrize("written, number", [
    ("零", 0), ("七", 7), ("十", 10), ("十五", 15), ("二十", 20), ("一百零一", 101), ("一百一十", 110),
    ("一千零五", 1005), ("一千零一十", 1010), ("二千零一十九", 2019), ("九千九百九十九", 9999)])
def test_standard_forms(written, number):
    assert standard_form(number) == written and standard_value(written) == number


@pytest.mark.parametrize("written", [
    "一十五", "两", "〇", "廿三", "壹拾", "三万", "十五六", "五零", "百", "零五", "第三", "", "3万"])
def test_other_writings_are_cn2ans(written):
    assert standard_value(written) is None
    for mode in ("normal", "smart"):
        try:
            expected = int(cn2an.cn2an(written, mode))
        except (ValueError, KeyError, TypeError):
            expected = None
        assert numeral_value(written, mode) == expected, (written, mode)


def test_the_readers_of_labels_and_dates():
    assert chinese_to_int("十二") == 12 and chinese_to_int("两") == 2 and chinese_to_int("第") is None
    assert to_int("三十一") == 31 and to_int("二〇二〇") == 2020 and to_int("一十五") == 15


def test_extracting_a_notice_of_standard_numerals_does_not_load_cn2an():
    code = ("import sys; from pipeline.extract import extract_text; "
            "extract_text(open(sys.argv[1], encoding='utf-8').read()); print('cn2an' in sys.modules)")
    sample = sorted((ROOT / "corpus").glob("*.txt"))[0]
    done = subprocess.run([sys.executable, "-c", code, str(sample)], cwd=ROOT, capture_output=True, text=True,
                          env=dict(os.environ, PYTHONPATH=str(ROOT)), check=True)
    assert done.stdout.strip().splitlines()[-1] == "False"
