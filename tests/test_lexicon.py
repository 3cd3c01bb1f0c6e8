"""A general Swedish lexicon tells a slip of the finger from a word the routines happen not to use."""
from __future__ import annotations

import pytest

from index import lexicon


@pytest.mark.parametrize("word", ["tycker", "svänga", "avslår", "hunden"])
def test_a_swedish_word_is_one(word):
    assert lexicon.is_swedish_word(word)


@pytest.mark.parametrize("slip", ["hembeösk", "bruakren", "tetsar", "böjrade"])
def test_a_slip_is_no_word(slip):
    assert not lexicon.is_swedish_word(slip)


@pytest.mark.parametrize(("slip", "meant"), [("tetsar", "testar"), ("böjrade", "började"), ("lucnhen", "lunchen"),
                                             ("förvsann", "försvann"), ("krokcade", "krockade")])
def test_a_slip_is_read_as_the_common_word_it_is_one_slip_from(slip, meant):
    assert lexicon.meant(slip) == meant


def test_a_slip_is_not_read_as_a_rare_word_or_one_with_another_first_letter():
    assert lexicon.meant("flexen") is None  # "flaxen" is a word, but too rare to be what was meant
    assert lexicon.meant("vrukaren") is None  # "brukaren": a slip in the first letter is read only when asked for
    assert lexicon.meant("lramet") == "larmet"  # … one after it is


def test_a_slip_in_the_first_letter_is_read_as_the_common_word_a_neighbouring_key_gives():
    assert lexicon.meant("yestar", first_letter=True) == "testar"  # t is beside y; "bestar" is not a candidate
    assert lexicon.meant("vörjade", first_letter=True) == "började"
    assert lexicon.meant("qxyzzy", first_letter=True) is None


def test_a_rare_word_of_the_list_is_read_as_a_hundred_times_commoner_word_it_stands_for():
    """The list holds slips others made ("famijen") and words typed without å/ä/ö ("forra"): read as the word
    meant when that is far more common; a word of its own ("avslår", beside "avstår") is never."""
    assert lexicon.with_swedish_letters("forra") == "förra"
    assert lexicon.with_swedish_letters("glommer") == "glömmer"
    assert lexicon.likelier_slip("famijen", "familjen") and lexicon.likelier_slip("forra", "förra")
    assert not lexicon.likelier_slip("avslår", "avstår") and not lexicon.likelier_slip("svänga", "slänga")
    assert lexicon.with_swedish_letters("socialsekreterarnas" * 2) is None  # too many ways to spell


def test_a_word_ending_in_a_common_word_is_a_compound_of_it():
    assert lexicon.ends_in_word("tjänstemobilen") and lexicon.ends_in_word("lunchrasten")
    assert not lexicon.ends_in_word("förhansbedömnig") and not lexicon.ends_in_word("journlanteckngen")


def test_no_compound_ends_in_a_function_word():
    """ "rwgeingen" (regeringen, two slips) ends in "ingen" by chance: it is read, not kept as a compound."""
    assert not lexicon.ends_in_word("rwgeingen") and not lexicon.ends_in_word("hndkedningen")
    assert lexicon.ends_in_word("tjanstemobilen")  # typed without å, ä and ö, still a compound of "mobilen"
