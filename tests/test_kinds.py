"""Example table for the kinds of quoted span: quote, fragment, term, title."""

import pytest

from quotecheck.quotes import parse_quotes

KINDS = [
    # Speech, with a cue after it, a cue before it, or standing alone.
    ('"We are ready, even if it costs my life," Mr. Massoud said.', "quote"),
    ("Ms. Maddox put it bluntly: “Nobody here wants another proxy war.”", "quote"),
    ("The talks stalled.\n\n“Nothing moves without the elders,” he said.", "quote"),
    ("He told the council, “we will stay until the roads open.”", "quote"),
    # A short sentence after another, closed by a comma and a cue whose source is unnamed.
    ("Massoud's aides spoke. “He has a war to run,” one said.", "quote"),
    ('The Interior Ministry met them. "It was frank," its spokesman said.', "quote"),
    ("Massoud's aides spoke. “He has a war,” a senior aide said.", "quote"),
    ("Ahmad Massoud spoke. “The door is closed,” Mr. Massoud's office said.", "quote"),
    # ... a source whose words open with figures, an age or a team's name.
    ('Police questioned a woman. "I heard three shots," a 34-year-old neighbour said.', "quote"),
    ('The team lost again. "We have to be better," the 49ers said in a statement.', "quote"),
    ('Andy Murray won in four sets. "My hip feels fine," the 37-year-old told reporters.', "quote"),
    # Left alone: a figure standing as a word of its own is no word of a source.
    ('Prices fell. "A bargain," the 2019 report called it.', "fragment"),
    # ... or a source with an appositive between commas, or two names joined by "and".
    ('The Pentagon did not comment. "We are aware of it," a spokeswoman, Lt. Col. Jessica McNulty, said.', "quote"),
    ('The Pentagon did not comment. "We are aware of it," Jessica McNulty, a Pentagon spokeswoman, said.', "quote"),
    ('Both agreed. "The clock is running," Ms. Curtis and Ms. Maddox said.', "quote"),
    # ... or a source counted: both, all three, two of them, most.
    ('The farm is busy. "It is hard work," both men said.', "quote"),
    ('The farm is busy. "We won," all three said.', "quote"),
    ('The farm is busy. "It is hard work," two of the men said.', "quote"),
    ('The farm is busy. "It is hard work," most residents said.', "quote"),
    # A clause between commas is no appositive: the span runs inside the sentence.
    ('They met. "Ready," Mr. Martinon, asked about it, said nothing.', "fragment"),
    # A sentence cut off by a dash is speech, whatever follows it.
    ('Ms. Curtis paused. “Don\'t—” she began.', "quote"),
    ('Ms. Curtis paused. “We never -- ” She stopped.', "quote"),
    # A partial quotation running inside the reporter's sentence.
    ('Gov. Lisa Curtis, who called the ruling "a disgrace," said she would appeal.', "fragment"),
    ('Lisa Curtis called it "a gift," Ms. Maddox said.', "fragment"),
    ('She called it "a new proxy war in the north" and left.', "fragment"),
    ("Officials described the plan as “unrealistic at this point” on Friday.", "fragment"),
    # A cue that opens the next sentence is that sentence's own; against a title it still counts.
    ('Ms. Maddox said the talks had been "cordial but short." Asked why, she laughed.', "fragment"),
    ('One official called it "a long shot." Another said nothing.', "fragment"),
    ('Mr. Massoud set a goal of "Peace Through Strength." He told the crowd so.', "fragment"),
    # A verb of naming reports the namer's words, unlike "so-called" or "known as".
    ("Mr. Cole, whom the mayor dubbed “the night governor,” did not reply.", "fragment"),
    ("The files were labeled “sensitive” by the ministry.", "fragment"),
    ("The party’s “rising” star spoke first.", "fragment"),
    # Words someone is said to use, say or coin are that speaker's words: a quotation of them.
    ('He refuses to use the word "surrender" at all.', "fragment"),
    ("Mr. Massoud has used the phrase “second resistance” in every speech.", "fragment"),
    ("Critics faulted the envoy for not saying the words “armed resistance” once.", "fragment"),
    ("Ms. Curtis coined the term “valley diplomacy” in 2019.", "fragment"),
    ("Mr. Martinon mocked his use of the term “Panjshir front” on Sunday.", "fragment"),
    ("She used the phrase, “second resistance,” twice.", "fragment"),
    # Words called out, chanted or shouted were said aloud, capitals and all.
    ("The crowd met him with chants of “Stay Strong, Panjshir!” at the gate.", "quote"),
    ("A man in the hall yelled “Go Home” as the envoy rose.", "quote"),
    ("Students crying “shame on the ministry” blocked the road.", "fragment"),
    # Words in lower case that the writer's sentence runs into are a partial quotation, though a cue set off by
    # commas stands beside them, after the span or between the sentence's subject and the span.
    ('Turnout was "low", according to Sam Martinon.', "fragment"),
    ('The harvest looks "thin to middling", according to the co-op\'s chair, Ann Yarmand.', "fragment"),
    ('The old rule was "far too strict," said Tom Curtis.', "fragment"),
    ('Ann Cole is, she says, "very tired".', "fragment"),
    ('Moths left the field, the study says, "even when nectar remained".', "fragment"),
    ("The team's next target, Massoud says, is the wasp, \"which may turn out to be cleverer\".", "fragment"),
    ('That, the council said, "would settle the matter."', "fragment"),
    # Left alone: a cue that is the sentence's own verb, an opening phrase before the cue, a participle, a
    # quotation that opens its sentence.
    ('But, he said, "there is a line."', "quote"),
    ('In most cases, it said, "the tenant is the victim."', "quote"),
    ('An hour later, she texted back saying, "sorted."', "quote"),
    ('The vote is over.\n\n"we will stay," Ms. Maddox said.', "quote"),
    # Scare quotes, nicknames, words as words.
    ('The so-called "second resistance" has few weapons.', "term"),
    ("His father was known as the “Lion of Panjshir” for decades.", "term"),
    ('Ahmad Massoud, nicknamed "the Lion of the North" by his admirers, arrived.', "term"),
    ("The unit, known as “Task Force Black Mountain Valley,” left.", "term"),
    # Known to friends as, known in Washington as: a name, not speech.
    ('Hal Brennan wrote five novels. He was known to friends as "the Hermit" for refusing interviews.', "term"),
    ('Brennan, who died in 2019, was known to friends as "the Hermit" for refusing interviews.', "term"),
    ("The mayor, known in Washington as “the Fixer,” won again.", "term"),
    # Left alone: known by someone as, which names who said it, and words someone called a thing.
    ('Sanders was known by critics as "the Grump."', "fragment"),
    ('He called it "a disgrace."', "fragment"),
    ('The so-called "peace plan for the valley" has few friends.', "fragment"),
    ('The word "surrender" appears nowhere in the text.', "term"),
    # The word for it is, the term some people use is, a word for it, a word that means: a word as a word.
    ('The Breton word for it is "yen", which also means clear.', "term"),
    ('The Welsh word for this feeling is "hiraeth".', "term"),
    ('The term doctors use is "long Covid".', "term"),
    ('Locals have a word for it: "scran".', "term"),
    ('Hygge is a Danish word that means "cosy".', "term"),
    # Left alone: the word someone used, and the word from someone, are their words.
    ('The word he used was "unacceptable."', "fragment"),
    ('The word from the ministry was "wait."', "fragment"),
    ('He repeated the words: "Never again."', "quote"),
    # ... and the words someone replied, answered, ended or greeted with.
    ('Tom Curtis answered with the words "Not now".', "fragment"),
    ('Tom Curtis replied with a thumbs-up and the words "Should be".', "fragment"),
    ('Ann Maddox ended the call with the words "Never again."', "fragment"),
    ('Ann Maddox greeted him with the words "Hello, stranger".', "fragment"),
    # Left alone: the words a thing came with.
    ('The kit came with the words "handle with care" on it.', "term"),
    # A sentence after a noun of words said and "was" or "were" is a quotation.
    ('Tom Curtis died on Friday. His last words were "Look after the dog."', "quote"),
    ('Ann Maddox opened the letter. Her reaction was "This cannot be right."', "quote"),
    ('Lena Yarmand landed at noon. Her first words on the ice were "Where has it gone?"', "quote"),
    # Left alone: words that are no sentence, and a noun of no words.
    ('Ann Maddox read it. Her reaction was "measured."', "fragment"),
    ('The plan failed. Its name was "Operation Lighthouse."', "fragment"),
    ('The ministry prefers the term "returnees" in its statements.', "term"),
    ('The Welsh have a word, "hiraeth", for that longing.', "term"),
    # One word whose meaning or kind the sentence tells, with no determiner before it: a word as a word.
    ('Somebody should tell them that "folk" is not a personality.', "term"),
    ('I looked it up: "hiraeth" means a longing for home.', "term"),
    ('Ann Curtis knows exactly what "synergy" means.', "term"),
    ('For the record, "irregardless" is not a word.', "term"),
    # ... and one word after "is" that ends a sentence no cue reports: the writer's label.
    ('That is not a plan; that is "optics".', "term"),
    # Left alone: a cue in the sentence or the paragraph after, a determiner before, a clause's end inside.
    ('That is not a plan; that is "optics", Ms. Maddox said.', "fragment"),
    ('That is not a plan; that is "optics." Ms. Maddox said so twice.', "fragment"),
    ('Ms. Maddox said the plan is "optics".', "fragment"),
    ('Ms. Maddox said the "reform" is not a reform.', "fragment"),
    ('He said "no," which is not a word she likes.', "fragment"),
    ('They argued over whether Ms. Maddox is "ready" to lead.', "fragment"),
    ('Rep. Robert C. "Bobby" Scott opened his garden to voters.', "term"),
    ('State Del. Marcia "Cia" Price spoke next.', "term"),
    # Titles of works.
    ("Mr. Lévy is author of “The Will to Hold: Letters From the Valley,” out in May.", "title"),
    ("A report titled “Afghanistan After the Withdrawal” circulated in Washington.", "title"),
    ('A French documentary called "The Last Valley" revived interest in him.', "title"),
    # After "titled", a title in sentence case too, as papers and reports give theirs; not two sentences, nor after
    # "titled," with a comma, which leads in as a cue does.
    ('The paper, titled "Numerosity and nest departure in wasps", is out.', "title"),
    ('Ann Curtis wrote a report titled "Sleep loss and memory in older adults" in 2019.', "title"),
    ('Ann Curtis wrote a column titled "Sorry, I will not vote. He wrote, I cannot."', "fragment"),
    ('The group launched a radio ad titled, "Scam."', "quote"),
    # A journal, a newsletter, an editorial or a debut named before a span in Title Case.
    ('The findings appear in the journal "Animal Cognition Letters".', "title"),
    ('Writing in the journal "The Lancet", the authors say the drug works.', "title"),
    ('Her debut, "Small Islands", sold well.', "title"),
    # Left alone: a journal's entry after a colon.
    ('She wrote in her journal: "Never Again."', "quote"),
    # An ordinal set off by commas stands for a work named just before it: his second novel.
    ('His first novel flopped. His second, "The Long Tide", won the Booker.', "title"),
    ('Tom Fane has made two films. The first, "Salt", was a hit.', "title"),
    ('Ann Yarmand wrote three plays. Her latest, "Harbour Wall", opens in May.', "title"),
    # Left alone: no work named before it, and a cue after.
    ('He made two points. The first, "We Will Not Wait", drew cheers.', "quote"),
    ('Ann Cole wrote two novels. The first, "Salt Roads," she said, was a mistake.', "quote"),
    # A part or a making of a work, even with a cue after: the script for, the trailer for.
    ('When the director Nina Castellanos first read the script for "The Long Quiet," she thought it was unfilmable.',
     "title"),
    ("The trailer for “Harbor Lights,” Cole said, drew a million views.", "title"),
    # The subject of a verb a work has (opens, airs, premieres) and no cue in its sentence.
    ('Nina Castellanos is a director. "The Long Quiet" opens Friday in 200 theaters.', "title"),
    ("Talks resumed.\n\n“Harbor Lights” airs on Sundays at nine.", "title"),
    # Left alone: a cue in the sentence, and speech in Title Case with a cue.
    ('Nina Castellanos is a director. "We Will Win" opens the rally, she said.', "fragment"),
    ('"Thunder Road is closed," she said.', "quote"),
    ('"Make America Great Again," Mr. Cole said.', "quote"),
    # The object of a verb of performing or watching, in Title Case, with no cue after it.
    ("The band played “God Bless America” before the vote.", "title"),
    ('She watched "The Long Quiet" twice.', "title"),
    ('She read from "Green Eggs and Ham" on the Senate floor.', "title"),
    # Left alone: a cue after it, and words a sign "read", which are a slogan quoted.
    ('The band played "Born to Run," she said.', "quote"),
    ('A sign read "Hispanics for Trump" at the rally.', "fragment"),
    ('At the rally, the band leader called Cole to the stage, singing "It\'s Our Time."', "fragment"),
    # A song or a poem sung, hummed or recited: short, in Title Case, with no sentence's end.
    ('Sofia Martinon sang "Wild Mountain Thyme" at the wake.', "title"),
    ('The choir sang "Abide With Me" before kick-off.', "title"),
    ('Tom Yarmand hummed "Jerusalem" all the way home.', "title"),
    ('Ann Curtis recited "The Lake Isle of Innisfree" from memory.', "title"),
    # Left alone: words sung in lower case, a sentence sung, and a cue after.
    ('The crowd sang "we are the champions" all night.', "fragment"),
    ('The crowd sang "We Will Not Be Moved." Then it left.', "fragment"),
    ('She sang "Danny Boy," Mr. Maddox said.', "quote"),
    # The object of a verb of writing, directing, recording, publishing or reading again, in Title Case.
    ('She wrote "The Salt Years" in a rented flat in Brest.', "title"),
    ('He directed "Lanterns in the Dark" in 2019.', "title"),
    ('The band recorded "Neon Harbour" in eleven days.', "title"),
    ('At the moment she is rereading "Middlemarch".', "title"),
    ('She published "The Salt Years" in 2001.', "title"),
    # Left alone: words written, with a comma or a colon before them, the shape of a sentence, a cue after them,
    # or a thing they were written on.
    ('She wrote, "We Will Win" and left.', "quote"),
    ('She wrote: "Never Again" in capitals.', "quote"),
    ('She wrote "We Will Win." Then she left.', "fragment"),
    ('He wrote "The Salt Years," she said.', "quote"),
    ('He wrote "Fake News" on the board.', "fragment"),
    ('In the letter she wrote "we will win" twice.', "fragment"),
    ("He appeared on NBC’s “Meet the Press” on Sunday.", "title"),
    ("He said as much on Fox News’s “Fox and Friends.”", "title"),
    # A genre noun or a network just before outweighs a cue after.
    ("Sunday on the channel’s “Weekend Desk,” Rep. Ann Cole said the vote would wait.", "title"),
    ("The campaign’s new ad, “Open Roads,” shows the governor on a tractor.", "title"),
    ("Cole, star of the network drama “Harbor Lights,” said she would vote early.", "title"),
    ("“Harbor Lights” star Ann Cole opened up about the role.", "title"),
    ("He took calls on his “Valley Hour” radio program each night.", "title"),
    ("The council revived the 2010 “Valley Compact” after the vote.", "title"),
    ("The offices were once used by the “Harbor Lights” TV show, which starred Cole.", "title"),
    # A link list's headline with its byline, and a passive agent left alone.
    ("—“Museum to close its doors in May,” by the Courier’s Ann Cole: http://example.com/a", "title"),
    ("The plan was called “a danger to the party,” by Mr. Cole and his aides.", "fragment"),
    # A paragraph of capitals is a subhead, unless a cue makes it speech.
    ("Talks resumed.\n\n“THE FERRY STAYS”\n\nThe council voted on Tuesday.", "title"),
    ("Talks resumed.\n\n“WE WILL NOT MOVE,” the crowd chanted.", "quote"),
    # One word that opens a paragraph with no point, comma or cue after it is a word as a word or a
    # stage direction; with a point, or a cue after it, it is speech, and so are two words ("Three trucks" came …).
    ("Talks resumed.\n\n“Containment” has been policy since the war.", "term"),
    ("WALLACE: Thank you.\n\n\"(CROSSTALK.)\"\n\nWALLACE: Governor, one more.", "term"),
    ("Talks resumed.\n\n“Never.”\n\nThe council voted on Tuesday.", "quote"),
    ("Talks resumed.\n\n“Never again” she said.", "quote"),
    ("Talks resumed.\n\n“Three trucks” came up the road before dawn.", "quote"),
    # A pronoun alone is a word as a word, unless a cue after it makes it speech.
    ('Why vote for him, unless simply because she is not a "he."', "term"),
    ("The council spoke of “them” all evening.", "term"),
    ('The crowd waited.\n\n"That," he added.', "quote"),
    # A preposition alone does not: the cue after makes it speech.
    ("She insisted on “Getting It Done,” Cole said.", "quote"),
    # One word in lower case between a determiner and its noun, in a sentence no cue reports: a scare quote.
    ('The "comeback" single entered the chart at number 12.', "term"),
    ('The "independent" review was led by a friend of the minister.', "term"),
    ("He has lived in the “temporary” shelter for six years.", "term"),
    # Left alone: a cue in the sentence, before or after; a preposition after the word, which is then a noun
    # quoted whole; two words; a word that ends a clause.
    ('Ms. Curtis said the council ran a "rigged" process.', "fragment"),
    ('The "independent" review was a sham, Mr. Yarmand told reporters.', "fragment"),
    ('Traders saw the port as a "belt" of prosperity.', "fragment"),
    ('The "truly independent" review was led by a friend of the minister.', "fragment"),
    ('The review was hardly "independent," and it took a year.', "fragment"),
]


@pytest.mark.parametrize(("text", "kind"), KINDS)
def test_each_span_gets_its_kind(text, kind):
    quotes = parse_quotes(text).quotes
    assert len(quotes) == 1
    assert quotes[0].kind == kind


def test_every_kind_has_examples():
    assert {kind for _, kind in KINDS} == {"quote", "fragment", "term", "title"}


#: Texts of several spans, whose kinds depend on a title before them: (text, the kinds in order).
TITLES_BEFORE = [
    # The same words again, after a title: a title too.
    ('Nina Castellanos is a director. Her new film, "The Long Quiet," opens Friday. '
     '"The Long Quiet" cost $38 million, she said.', ("title", "title")),
    ("Her new film, “The Long Quiet,” opens Friday. Castellanos said “The Long Quiet” was hard to make.",
     ("title", "title")),
    # A span listed after a title, joined by "and", "or" or a comma.
    ('The band played "Born to Run" and "Thunder Road" as encores.', ("title", "title")),
    ("He starred in “Harbor Lights,” “Open Roads” and “The Long Quiet” before politics.", ("title", "title", "title")),
    # Left alone: a cue after the same words, or after a span listed after a title, makes them speech.
    ('Her film, "The Long Quiet," opens Friday. "The Long Quiet," she said, "is about grief."',
     ("title", "quote", "quote")),
    ('She played "Born to Run" and "We Are Not Done Yet," she said.', ("title", "quote")),
    # ... and after "and", a determiner with words in lower case: "and the underrated "Salt"".
    ('Idris Maddox starred in "The Quiet Shore" and the underrated "Salt".', ("title", "title")),
    ('Ann Curtis wrote "The Long Tide" and the little-known "Ebb".', ("title", "title")),
    # Left alone: more words between, which make a clause of their own.
    ('He starred in "The Quiet Shore" and the critics called him "A Natural."', ("title", "fragment")),
    # ... and other words after a title, or the same words after a span that is no title.
    ('Her film, "The Long Quiet," opens Friday. "The Quiet Is Over," she said.', ("title", "quote")),
    ('He called it "The Long Quiet." Ms. Cole said "The Long Quiet" was a fair name.', ("fragment", "fragment")),
]


@pytest.mark.parametrize(("text", "kinds"), TITLES_BEFORE)
def test_a_title_names_its_work_again_and_the_spans_listed_after_it(text, kinds):
    assert tuple(quote.kind for quote in parse_quotes(text).quotes) == kinds


#: Texts of several spans, whose kinds depend on a nickname set inside a name before them: (text, the kinds in order).
NICKNAMES_BEFORE = [
    # The nickname again on its own names the person, whatever follows it.
    ('Their guitarist, Colin "Tiny" Bryce, is back. Asked about it, "Tiny" shrugged.', ("term", "term")),
    ('The boxer Joe "Hammer" Rook lost on Saturday. "Hammer" said little afterwards.', ("term", "term")),
    ("Their guitarist, Colin “Tiny” Bryce, is back. “Tiny” still plays every day.", ("term", "term")),
    # Left alone: the word before the name sets it, the word closed by a comma and a cue, and other words.
    ('"Hammer" said little. The boxer Joe "Hammer" Rook lost on Saturday.', ("quote", "term")),
    ('The boxer Joe "Hammer" Rook lost. "Hammer," he said, "is what they call me."', ("term", "quote", "quote")),
    ('The boxer Joe "Hammer" Rook lost. "Hammer Time" said the banner.', ("term", "quote")),
]


@pytest.mark.parametrize(("text", "kinds"), NICKNAMES_BEFORE)
def test_a_nickname_set_inside_a_name_names_the_person_again(text, kinds):
    assert tuple(quote.kind for quote in parse_quotes(text).quotes) == kinds


#: Spans inside another quotation: (text, the inner span, its kind).
NESTED_KINDS = [
    # A word or two set off in a speaker's own words, with no cue: a scare quote.
    ("“We will not play the ‘blame game’ any longer,” the mayor said.", "‘blame game’", "term"),
    ("“Nobody here trusts the ‘experts’ from the capital,” she said.", "‘experts’", "term"),
    # Left alone: a cue just before makes it someone's words.
    ("“When my father said ‘never surrender’ he meant it,” he added.", "‘never surrender’", "fragment"),
    # Left alone: a quotation inside the quotation, and a longer partial one.
    ("“He told the British people: ‘we will never surrender,’ and meant it,” he said.",
     "‘we will never surrender,’", "quote"),
    ("“My father said, ‘Never sell the land,’ and we never did,” she said.", "‘Never sell the land,’", "quote"),
    ("“The minister promised ‘a full inquiry into every contract’ and left,” he said.",
     "‘a full inquiry into every contract’", "fragment"),
]


@pytest.mark.parametrize(("text", "inner", "kind"), NESTED_KINDS)
def test_a_span_inside_a_quotation_gets_its_kind(text, inner, kind):
    quotes = parse_quotes(text).quotes
    nested = [quote for quote in quotes if quote.parent is not None]
    assert [text[quote.start: quote.end] for quote in nested] == [inner]
    assert nested[0].kind == kind


#: Single marks in a text that quotes in double marks: (text, the single-marked span, its kind).
SINGLE_MARKED = [
    # AP style: outside a quotation, single marks set a term or a subhead.
    ("“We will hold,” he said. The plan drew ‘serious’ concern. “It is late,” she said.", "‘serious’", "term"),
    ("“We will hold,” he said.\n\n‘A fight to the finish.’\n\n“Talks resume on Monday,” she said.",
     "‘A fight to the finish.’", "title"),
    ("“We will hold,” he said.\n\n''Nobody leaves,'' he added.\n\n'Quiet streets.'\n\nThe town slept.",
     "'Quiet streets.'", "title"),
    # Left alone: a cue makes it speech, and a text that quotes in single marks.
    ("“We are ready,” she said.\n\n‘We will not move,’ the elders replied.", "‘We will not move,’", "quote"),
    ("‘We will hold,’ he said. ‘Nothing has changed.’", "‘Nothing has changed.’", "quote"),
    # ... and a sentence of speech quoted in another paper's single marks.
    ("“We will hold,” he said. “It is late,” she said.\n\nA paper printed it thus: "
     "‘The father was a legend,’ he said. ‘The son is still a question.’", "‘The son is still a question.’", "quote"),
]


@pytest.mark.parametrize(("text", "span", "kind"), SINGLE_MARKED)
def test_single_marks_outside_a_quotation_in_a_double_marked_text(text, span, kind):
    kinds = {text[quote.start: quote.end]: quote.kind for quote in parse_quotes(text).quotes}
    assert kinds[span] == kind
