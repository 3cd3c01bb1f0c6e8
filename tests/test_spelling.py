"""Questions typed without å/ä/ö are read with the routines' own spelling (index/spelling.py)."""
from __future__ import annotations

from index import analysis
from index.spelling import count_collections, for_reader, restore, unabbreviated, unshouted


def learn(texts: list[str], extra_words: tuple[str, ...] = ()) -> dict[str, str]:
    """The spellings one reads questions with who may read a single collection of ``texts``."""
    return for_reader(count_collections({"gemensamt": texts}, extra_words), ["gemensamt"], extra_words)

ROUTINE = ("Förhandsbedömningen ska vara klar inom 14 dagar. Anmälan görs på blanketten. Saken tas upp på "
           "nästa möte. Handläggaren svarar inom en vecka. Säker förvaring av nycklar gäller alltid. Det är "
           "enhetschefen som beslutar. Förhandsbedömningen görs av två handläggare.")


def test_a_question_typed_without_diacritics_gets_the_routines_spelling():
    spellings = learn([ROUTINE])
    assert restore("nar ska forhandsbedomningen vara klar? gors den pa tva dagar", spellings) == \
        "när ska förhandsbedömningen vara klar? görs den på två dagar"
    assert restore("Forhandsbedomningen, vem gor den", spellings).startswith("Förhandsbedömningen")


def test_a_plain_spelling_the_routines_use_more_is_left_alone():
    """ "saker" is not "säker" where the routines say "saker" more often, "svara" not "svåra"."""
    spellings = learn([ROUTINE, "Det finns svåra fall. Lämna inga saker kvar, och saker som hittas lämnas in. "
                                "Svara aldrig i telefon, svara med e-post."])
    assert "saker" not in spellings and "svara" not in spellings
    assert restore("vilka saker ska jag svara pa", spellings) == "vilka saker ska jag svara på"
    assert learn([ROUTINE, "Det finns svåra fall."])["svara"] == "svåra"  # a guess, from the routines alone
    assert learn(["Barnets far och mor.", "Du får gå. Du får stanna."])["far"] == "får"  # the commoner


def test_a_question_with_any_swedish_letter_is_read_as_written():
    spellings = learn([ROUTINE])
    question = "hur lange får forhandsbedomningen ta"
    assert restore(question, spellings) == question
    assert restore("nar ska den vara klar", {}) == "nar ska den vara klar"


def test_a_question_that_needs_no_swedish_letter_is_read_as_written():
    """ "ska jag svara honom?" has no å/ä/ö because it needs none: no function word says it lost them, so
    "svara" is not read as the routines' commoner "svåra"."""
    spellings = learn([ROUTINE, "Efter svåra händelser, svåra samtal och svåra beslut."])
    assert spellings["svara"] == "svåra"
    assert restore("en klient skickar hotfulla sms, ska jag svara honom?", spellings) == \
        "en klient skickar hotfulla sms, ska jag svara honom?"
    assert restore("maste jag svara honom", spellings).startswith("måste jag ")  # typed plain: restored


def test_two_words_the_routines_write_with_swedish_letters_say_the_question_lost_them():
    """ "hemtjanst soder, brukaren oppnar inte …" needs no function word with å/ä/ö, yet three of its words are the
    routines' "hemtjänst", "söder" and "öppnar": whoever typed it had no å, ä or ö. One such word is not enough:
    "ska jag svara honom?" stays as written."""
    spellings = learn([ROUTINE, "Om brukaren inte öppnar ringer du samordnaren för hemtjänst söder."])
    assert restore("hemtjanst soder, brukaren oppnar inte och jag har ingen nyckel med mig. vem ringer jag?",
                   spellings) == "hemtjänst söder, brukaren öppnar inte och jag har ingen nyckel med mig. vem ringer jag?"
    spellings = learn([ROUTINE, "Efter svåra händelser, svåra samtal och svåra beslut."])
    assert restore("ska jag svara honom?", spellings) == "ska jag svara honom?"


def test_where_to_and_lives_stay_plain_though_the_routines_write_our_and_should_more_often():
    """Routines say "vårt boende", "vår grupp" and "bör" far more than "vart", "var" and "bor"; a question says "vart
    skickar jag …", "var sparas …" and "brukaren bor hemma". Read so, unless their neighbours say otherwise."""
    spellings = learn([ROUTINE, "På vårt boende och i vårt kontor. Vår grupp och vår enhet. Du bör ringa. Det bör "
                                "dokumenteras. Intyget bör innehålla diagnos."])
    assert spellings["vart"] == "vårt" and spellings["var"] == "vår" and spellings["bor"] == "bör"
    assert restore("vart skickar jag anmalan nar den ar klar?", spellings) == \
        "vart skickar jag anmälan när den är klar?"
    assert restore("Var sparas anmalan, pa vart kontor?", spellings) == "Var sparas anmälan, på vårt kontor?"
    assert restore("brukaren bor hemma, vem gor forhandsbedomningen", spellings) == \
        "brukaren bor hemma, vem gör förhandsbedömningen"
    assert restore("vad bor intyget innehalla nar det ar klart", spellings).startswith("vad bör intyget")
    assert restore("nar traffas vi i var grupp", spellings).endswith("i vår grupp")


def test_the_commonest_spelling_wins_and_extra_words_are_learnt():
    """The synonym list's everyday words ("slår") are spelt too, so "pappa slar" still finds våld."""
    spellings = learn(["för för för", "för fôr"], extra_words=("slår", "mår dåligt"))
    assert spellings["for"] == "för"
    assert restore("pappa slar mamma och jag mar daligt, vad gor jag", spellings) == \
        "pappa slår mamma och jag mår dåligt, vad gör jag"


def test_a_question_in_capitals_is_read_in_lower_case_but_not_one_naming_an_abbreviation():
    assert unshouted("HUR LÄNGE SPARAS PERSONAKTER?") == "hur länge sparas personakter?"
    assert unshouted("LVM?") == "LVM?"  # too short to tell caps lock from an abbreviation
    assert unshouted("Vem gör LVM-anmälan enligt SoL?") == "Vem gör LVM-anmälan enligt SoL?"


def test_the_trigram_gate_never_rules_out_a_word_that_is_similar():
    """similar_to_any first rules sentences out by the trigrams their words share with the term (slip_probe);
    every word one slip or mostly the same trigrams from the term must still pass that gate."""
    words = ["personlarmet", "hembesök", "orosanmälan", "journalföring", "skyddsbedömning", "larm", "brukaren",
             "socialjouren", "försörjningsstöd", "tolk", "nyckel", "sekretess"]
    letters = "abdeklmnorst"
    for word in (analysis.fold(w) for w in words):
        slips = {word[:i] + word[i + 1 :] for i in range(len(word))}
        slips |= {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}
        slips |= {word[:i] + c + word[i + 1 :] for i in range(len(word)) for c in letters}
        slips |= {word[:i] + c + word[i:] for i in range(len(word) + 1) for c in letters}
        for slip in slips:
            assert analysis.similar_to_any(slip, frozenset({word, "och"})) == analysis.similar(slip, word), (slip, word)


def test_chat_shorthand_is_read_written_out():
    """ "hur mkt vila måste jag ha" asks how much as "hur mycket" does, and "9h mellan passen" counts hours: the
    model reads the full words nearer the routine, and the kind of answer asked for is recognised by them."""
    assert unabbreviated("hur mkt tar ni i adminavgift?") == "hur mycket tar ni i adminavgift?"
    assert unabbreviated("är det ok med bara 9h mellan passen") == "är det ok med bara 9 timmar mellan passen"
    assert unabbreviated("rasten är typ 20 min, ngn som vet?") == "rasten är typ 20 minuter, någon som vet?"
    assert unabbreviated("Mkt att göra pga sjukdom") == "mycket att göra på grund av sjukdom"
    # a number by its letters: "vilket nr har jouren" asks the phone number as "vilket nummer" does
    assert unabbreviated("vilket nr har jouren?") == "vilket nummer har jouren?"
    assert unabbreviated("vilket faxnr och telnr har kontaktcenter") == \
        "vilket faxnummer och telefonnummer har kontaktcenter"
    assert unabbreviated("hur många bor i Knr 3") == "hur många bor i Knr 3"  # too short to be a word's number
    # not inside a word, nor a unit that is not one ("kl 9h" is rare; "mkth", "8 h." is left to the routines' reading)
    assert unabbreviated("vad står ngo och lrf för") == "vad står ngo och lrf för"
    assert unabbreviated("är du med i LR") == "är du med i LR"
    assert unabbreviated("ring 112") == "ring 112"
