"""The courtesies around a question (index/courtesy.py): a message that is only one, and a question opening with one."""
import pytest

from index.courtesy import courtesy, without_courtesies


@pytest.mark.parametrize(("message", "kind"), [
    ("hej", "greeting"), ("Hejsan rutinbot!", "greeting"), ("God morgon 🙂", "greeting"),
    ("Tack så mycket!", "thanks"), ("okej tack 👍", "thanks"), ("hej då", "farewell"),
    ("hej vad gäller vid brand", None), ("tack för svaret, men vem beslutar?", None),
    # any emoji, as the question reader drops them, and text smileys; a greeting said twice
    ("Hej 👋", "greeting"), ("hejsan 👋🏽", "greeting"), ("god morgon ☀️", "greeting"), ("hej :D", "greeting"),
    ("hej hej", "greeting"), ("tack 🙏🏼", "thanks"), ("Tack! 😊👍", "thanks"), ("ok 👌", "thanks"),
    ("👋", "greeting"), ("👍", "thanks"), ("🙏🏼", "thanks"), ("❤️", "thanks"), ("😊", "thanks"), (":)", "thanks"),
    ("😡", "greeting"), ("🤔", "greeting"), (":(", "greeting"),  # no thanks: answered with the introduction
    ("Hej 👋 hur gör jag med larmet?", None), ("?", None), ("...", None), ("", None),
])
def test_a_message_that_is_only_a_courtesy_is_named(message, kind):
    assert courtesy(message) == kind


@pytest.mark.parametrize(("asked", "meant"), [
    ("Hej! Hur länge sparas personakter?", "Hur länge sparas personakter?"),
    ("hej hur gör jag en orosanmälan", "hur gör jag en orosanmälan"),
    ("Hejsan, tack för svaret! En till fråga: vem beslutar?", "vem beslutar?"),
    ("Tjena! Snabb fråga - får jag ta med hunden", "får jag ta med hunden"),
    ("Hej rutinbot, vem är min mentor?", "vem är min mentor?"),
    ("ok, men vem beslutar då?", "men vem beslutar då?"),
    ("hur gör jag med nycklarna, tack!", "hur gör jag med nycklarna"),
    ("Sorry om det är en dum fråga men när gallras akterna", "när gallras akterna"),
    ("Dum fråga kanske, men när gallras akterna?", "när gallras akterna?"),
    ("Förlåt att jag stör! Vem beslutar?", "Vem beslutar?"),
    ("Ursäkta den kanske dumma frågan, men vad ingår i riksnormen?", "vad ingår i riksnormen?"),
    ("Kanske fel ställe att fråga men hur bokar jag tolk?", "hur bokar jag tolk?"),
    ("Hej! Undrar lite över hur man bokar tolk?", "hur man bokar tolk?"),
    ("Kan du berätta vad som gäller vid brand", "vad som gäller vid brand"),
    ("Jag skulle vilja veta när akterna gallras", "när akterna gallras"),
    ("Vet någon om jag får ta med hunden?", "om jag får ta med hunden?"),
    ("Snälla hjälp, larmet går!", "larmet går!"),
    ("kan jag flexa ut en hel dag eller?", "kan jag flexa ut en hel dag?"),
    ("vad räknas som en avvikelse typ?", "vad räknas som en avvikelse?"),
    ("Så, hur gör jag?", "hur gör jag?"),
    ("Asså hur gör man", "hur gör man"),
    ("när gallras akterna haha", "när gallras akterna"),
    ("det är väl okej, va?", "det är väl okej?"),
    ("skrev fel datum 🙈 kan jag ta bort den?", "skrev fel datum kan jag ta bort den?"),
    ("Hehe, snabb fråga: vem beslutar?", "vem beslutar?"),
    ("när gallras akterna /Anna", "när gallras akterna"),
    ("När gallras akterna?\nHälsningar Anna Berg", "När gallras akterna?"),
    ("Hej! 👋🏽 Vem är min mentor? 😅", "Vem är min mentor?"),
    ("vem är min mentor?????", "vem är min mentor?"),
    ("Jag är ny här. När gallras akterna", "När gallras akterna"),
    ("när gallras akterna (är ny)", "när gallras akterna"),
    ("Jag har letat i pärmen men hittar inte rutinen. Hur gör jag en orosanmälan? Någon som vet?",
     "Hur gör jag en orosanmälan?"),
])
def test_a_question_is_read_without_the_courtesies_it_opens_and_closes_with(asked, meant):
    assert without_courtesies(asked) == meant


@pytest.mark.parametrize("asked", [
    "Ok att ta med hunden till jobbet?",  # "ok" without a stop after it is what is asked
    "Kan brukaren säga nej tack.",
    "hitta rutinen för brand",  # "hi" and "tja" are words only on their own
    "Tjänstebil – hur bokar jag?",
    "frågan är hur jag gör",
    "Bra att veta. Hur gör jag sen?",
    "Tack!",  # nothing else: left as it is (the chat layer answers it)
    "kan jag skicka en hälsning till klienten",
    "hur loggar jag in i Treserva/Proceda",
    "Vad gäller för 8 °C i kylen?",
    "Jag är ny på barn och familj. Vem är min mentor?",  # it names the unit whose routine answers
    "jag är ny, vad ska jag göra första dagen?",
    "vad gäller (enligt SoL) vid placering med nyckel",
    "Jag är ny",
    "hjälp med tolk?",  # "hjälp" asks for something here
    "Hur var det nu med flextid?",
    "vet inte om jag får",
    "Så länge gäller beslutet?",
    "kan socialjouren betala el?",  # "el" is no "eller" here
    "hur ofta har man handledning brukar det va",  # "va" is "vara" here; the tag is ", va?"
    "Ska jag ringa polisen eller socialjouren?",
    "Vilken typ av larm?",
    "får jag ringa skolan innan vi bestämt om det blir utredning eller inte?",
])
def test_words_that_only_look_like_courtesies_are_kept(asked):
    assert without_courtesies(asked) == asked
