"""Example tables for the attribution sieves, one table per sieve.

Each row is a short article, the quote to look at (its opening words), the
speaker expected and the sieve expected to decide; ``None`` rows are texts a
sieve must leave alone.  A meta-test fails when a sieve has no table.
"""

import re

import pytest

from quotecheck.attribution import SIEVE_NAMES, attribute, decide, leadin, own_quotations
from quotecheck.attribution.phrases import source_phrase
from quotecheck.attribution.scene import scene_of
from quotecheck.attribution.subjects import sentence_subject
from quotecheck.document import Document, SourceMap
from quotecheck.extract import extract
from quotecheck.quotes import words_start
from quotecheck.readers.markdown import read_markdown
from quotecheck.roster import Roster, RosterEntry
from quotecheck.speakers import cast_of


#: A line that opens with a blockquote's mark: a text that has one is read as Markdown.
BLOCKQUOTE_LINE = re.compile(r"^> ", re.M)


def attributions(text: str, **options):
    """The quotes of ``text`` with their attributions, keyed by each quote's first words.

    A text with a line that opens with "> " is Markdown, whose blockquotes are quotes with no marks.
    """
    if BLOCKQUOTE_LINE.search(text):
        document = read_markdown(text, "test.md")
        text = document.text
    else:
        document = Document("test", text, "test.txt", SourceMap.identity(text), {})
    attributed = attribute(extract(document), **options)
    return {text[words_start(text, quote.start): quote.end].lstrip().split(" ", 1)[0].strip(",.?\"”’'"): attribution
            for quote, attribution in zip(attributed.extraction.quotes, attributed.attributions)}


#: sieve -> rows of (article, the quote's first word, speaker expected, sieve expected to decide).
#: An interview's opening: Massoud quoted twice, Lisa Curtis once.
INTERVIEWED = '"We talk," Mr. Massoud says. "We listen."\n\n"He is learning," Lisa Curtis said.\n\n'
#: A father and his son quoted by their surname, "the elder" and "the younger".
FATHER_AND_SON = ('Ahmad Shah Massoud fought the Soviets. His son Ahmad Massoud was 12 when he died.\n\n'
                  '"Wait for the spring," the elder Massoud told his men. "We will not surrender," the younger '
                  'Massoud said.')
#: A transcript whose labels in capitals name its two speakers.
TRANSCRIPT = ('Ahmad Massoud spoke to Lisa Curtis on Sunday. A transcript follows.\n\n"CURTIS: Will you stay?\n\n'
              '"MASSOUD: We will never leave the valley."')
#: A transcript with a host the article names only by the label, and a clip.
HOSTED = ('Ahmad Massoud spoke to a radio host on Sunday. A partial transcript follows.\n\n"HOST: Will you stay?\n\n'
          '"MASSOUD: We will never leave the valley.\n\n"VIDEO: The valley is ours.\n\n"HOST: And the talks?"')
#: A row whose deciding sieve is another one shows a text the table's sieve must leave alone.
EXAMPLES = {
    "adjacent": [
        # A firm named with "&" after "of" is who the person speaks for, not the speaker; a body's name holds "and".
        ('Harriet Curtis of Lyle & Finch wrote in a note that the outlook looked "heroic".', "heroic", "Harriet Curtis",
         "adjacent"),
        ('Tom Fane of Procter & Gamble said the results were "solid".', "solid", "Tom Fane", "adjacent"),
        ('Harriet Curtis of London\'s Finch Bank said the outlook looked "heroic".', "heroic", "Harriet Curtis",
         "adjacent"),
        ('"Fine," said Marks & Spencer.', "Fine", "Marks & Spencer", "adjacent"),
        ('The Securities and Exchange Commission said it was "reviewing the filing".', "reviewing",
         "Securities and Exchange Commission", "adjacent"),
        ('"We are reviewing the filing," the Competition and Markets Authority said.', "We",
         "Competition and Markets Authority", "adjacent"),
        ('The Department for Environment, Food and Rural Affairs said the ban was "temporary".', "temporary",
         "Department for Environment, Food and Rural Affairs", "adjacent"),
        # A possessive after "As" opens a clause whose subject is the name: not an affiliation.
        ('As the Herald\'s Ruth Maddox put it, "the plan is dead".', "the", "Ruth Maddox", "adjacent"),
        # A credit on the line after a quote, two hyphens or a post's handle and date with it: also one that ends a
        # blockquote set without marks (a text with a "> " line is Markdown).
        ('“The road must stay open.”\n-- Ahmad Massoud', "The", "Ahmad Massoud", "adjacent"),
        ('“Stay home.”\n\n— Lisa Curtis (@lcurtis) May 3, 2026', "Stay", "Lisa Curtis", "adjacent"),
        ('> The road must stay open.\n> -- Ahmad Massoud', "The", "Ahmad Massoud", "adjacent"),
        ('She posted on X:\n\n> Stay home tonight.\n>\n> — Lisa Curtis (@lcurtis) May 3, 2026', "Stay", "Lisa Curtis",
         "adjacent"),
        # A transcript's label may open a blockquote.
        ('Ahmad Massoud spoke to Lisa Curtis. A transcript follows.\n\n> MASSOUD: We will never leave the valley.',
         "MASSOUD:", "Ahmad Massoud", "adjacent"),
        # Given names listed before one surname are people of that surname: Mrs Fane is Ann Fane.
        ('Ann and Tom Fane run the farm. "It is hard," Mrs Fane said.', "It", "Ann Fane", "adjacent"),
        ('Tom and Ann Fane run the farm. "It is hard," Mrs Fane said.', "It", "Ann Fane", "adjacent"),
        ('Jess and Daniel Curtis married on Saturday. "I knew then," Jess said.', "I", "Jess Curtis", "adjacent"),
        ('Ann Cole and Tom Fane run the farm. "It is hard," Mr Fane said.', "It", "Tom Fane", "adjacent"),
        # A family speaks as one, and names set beside a description speak together.
        ('Ann Cole and Tom Fane live next door. "It is a friendly street," the Hales said.', "It", "the Hales",
         "adjacent"),
        ('Her parents, Ruth and Alan Massoud, said they were "thrilled".', "thrilled",
         "Ruth Massoud and Alan Massoud", "adjacent"),
        ('Two witnesses, Sue Hale and Kate Bell, said the car was "going far too fast".', "going",
         "Sue Hale and Kate Bell", "adjacent"),
        ('The leader, Neil Hale, said the plan was "sound".', "sound", "Neil Hale", "adjacent"),
        # Of a father and a son, "the elder" and "the younger" are told apart by what the article says of them.
        (FATHER_AND_SON, "Wait", "Ahmad Shah Massoud", "adjacent"),
        (FATHER_AND_SON, "We", "Ahmad Massoud", "adjacent"),
        # A quote that ends its sentence inside guillemets or German marks, as inside English ones, leaves a cue
        # after it that opens the next quote to that one.
        ('Massoud said: «Restons ici.» Martinon replied: «Partons.»', "Restons", "Massoud", "adjacent"),
        ('Massoud said: « Restons ici. » Martinon replied: « Partons. »', "Restons", "Massoud", "adjacent"),
        ('Massoud said: „Stay here.“ Martinon replied: „Go home.“', "Stay", "Massoud", "adjacent"),
        # The words someone answered or replied with are theirs.
        ('Tom Curtis answered with the words "Not now".', "Not", "Tom Curtis", "adjacent"),
        ('Tom Curtis replied with a thumbs-up and the words "Should be".', "Should", "Tom Curtis", "adjacent"),
        # A paper's name, a day's with it, is who speaks.
        ('The Sunday Times called the album "a lost masterpiece".', "a", "Sunday Times", "adjacent"),
        ('"The plan is reckless," the Sunday Telegraph said in an editorial.', "The", "Sunday Telegraph", "adjacent"),
        ('The Mail on Sunday called the plan "reckless".', "reckless", "Mail on Sunday", "adjacent"),
        ('The Daily Mail on Sunday called the plan "reckless".', "reckless", "Daily Mail", "adjacent"),
        # Letters after a name for an office or an honour leave it a person's, the one "Mr" and the surname name.
        ('Simon Maddox KC, for the defence, said the claim was "absurd".', "absurd", "Simon Maddox", "adjacent"),
        ('Tom Fane OBE, the charity\'s founder, said the plan was "a scandal".', "a", "Tom Fane", "adjacent"),
        ('Under cross-examination by Simon Maddox KC, the witness wavered. "You are lying," Mr Maddox said.', "You",
         "Simon Maddox", "adjacent"),
        # A calling that opens a sentence before a name is no part of it, though the given name is not one the list
        # knows; the surname alone later is the same person.
        ('Farmer Kai Maddox lost his herd in May. "It is over," Maddox said.', "It", "Kai Maddox", "adjacent"),
        ('The club confirmed the signing.\n\nStriker Kai Maddox said he was "delighted".', "delighted",
         "Kai Maddox", "adjacent"),
        ('Nurse Dev Patel has worked nights for a decade. "We are exhausted," Patel said.', "We", "Dev Patel",
         "adjacent"),
        # A figure may stand before the words of title after an inverted cue.
        ('“They are wrong,” said 9/11 widow Lisa Curtis.', "They", "Lisa Curtis", "adjacent"),
        ('Lisa Maddox was at the crossing that morning. "Three trucks" came up the valley road before dawn and '
         'stopped at the river crossing, Mr. Massoud said, and "nobody was ready."', "Three", "Massoud", "adjacent"),
        # After an inverted cue, "the" and a body's name that closes the clause name the body, as "the Pentagon
        # said" does; with a noun after it, the phrase is an unnamed source.
        ('The budget "remains under review," according to the State Department.', "remains", "State Department",
         "adjacent"),
        ('The budget "remains under review," according to the Pentagon official.', "remains",
         "the Pentagon official", "anonymous"),
        # "After" and "before" open a clause when a verb follows the name: the name is its subject.
        ('Lisa Curtis left Kabul after Defense Minister Ahmad Massoud told a rally that the road was "a lifeline."',
         "a", "Ahmad Massoud", "adjacent"),
        ('"This is a fine day!" beamed Lisa Curtis, who flew in from Kabul.', "This", "Lisa Curtis", "adjacent"),
        ('Speaking later, Sen. Lisa Curtis (D-Vt.), who backs Massoud, said he is "stronger" now.', "stronger",
         "Lisa Curtis", "adjacent"),
        ('"Let me help you out," the vice-presidential nominee riffed on the answer.', "Let",
         "the vice-presidential nominee", "anonymous"),
        # After an inverted cue, a name that owns the noun is not who speaks: the name that noun stands for is.
        ('"It is time," said Massoud’s aide, Lisa Curtis.', "It", "Lisa Curtis", "adjacent"),
        # Words "attributed to" or "credited to" someone are theirs, as "according to" gives them; a surname after
        # "the elder" or "the younger" is the one of the family the article makes so.
        ('Lisa Curtis stopped at a wall with a line attributed to Ahmad Massoud: «Freedom is taken.»', "Freedom",
         "Ahmad Massoud", "adjacent"),
        ('Words credited to Mr. Yarmand spread on Monday: “The army did not fail; its leaders did.”', "The",
         "Yarmand", "adjacent"),
        (FATHER_AND_SON + ' A line attributed to the elder Massoud is painted there: «Freedom is taken.»', "Freedom",
         "Ahmad Shah Massoud", "adjacent"),
        (FATHER_AND_SON + '\n\n"We held the pass," said the elder Massoud in 1998.', "We", "Ahmad Shah Massoud",
         "adjacent"),
        # A surname two people share, used alone for the first time, is the one named in full just before.
        ('Ruth Maddox runs the farm.\n\n"We could sell," Ruth Maddox said.\n\nHer father, Gerald Maddox, still walks '
         'the vineyard. "I planted it for Sundays," Maddox said.', "I", "Gerald Maddox", "adjacent"),
        ('Ruth Maddox runs the farm. "We could sell," Maddox said.\n\nHer father, Gerald Maddox, still walks '
         'the vineyard. "I planted it for Sundays," Maddox said.', "I", "Ruth Maddox", "adjacent"),
        # "Both" may open a list of speakers.
        ("Mr. Martinon and Ms. Maddox met. Both Mr. Martinon and Ms. Maddox called it “a scramble.”", "a",
         "Martinon and Maddox", "adjacent"),
        # "once" after a name is an adverb, not a clause's opener as in "Once told, …".
        ('Ahmad Massoud once told a visitor: “We will never leave.”', "We", "Ahmad Massoud", "adjacent"),
        ('"It is time," said Massoud’s top aide Lisa Curtis.', "It", "Lisa Curtis", "adjacent"),
        ('"It is time," said Massoud’s aide.', "It", "Massoud's aide", "anonymous"),
        ('"It is time," said Massoud’s aide in Kabul.', "It", "Massoud's aide", "anonymous"),
        # After an inverted cue, a name and words of title stand before the speaker's name, as do
        # lower-case words of title: the speaker is the last name, not the party, outlet or employer.
        ('"It is time," said Republican strategist Lisa Curtis.', "It", "Lisa Curtis", "adjacent"),
        ('"It is time," said Massoud campaign manager Lisa Curtis in a statement.', "It", "Lisa Curtis", "adjacent"),
        ('"It is time," said Kabul Radio host Lisa Curtis.', "It", "Lisa Curtis", "adjacent"),
        ('"It is time," said former Panjshir Gov. Ahmad Massoud.', "It", "Ahmad Massoud", "adjacent"),
        ('"It is time," said longtime aide Lisa Curtis.', "It", "Lisa Curtis", "adjacent"),
        ('"It is time," said state Sen. Lisa Curtis.', "It", "Lisa Curtis", "adjacent"),
        # A role phrase with the name set after it by a comma: the name, when it closes its clause.
        ('"It is time," said a Massoud spokeswoman, Lisa Curtis.', "It", "Lisa Curtis", "adjacent"),
        ('"It is time," said an aide, Lisa Curtis, in Kabul.', "It", "Lisa Curtis", "adjacent"),
        ('"It is time," said the charity\'s director, Lisa Curtis.', "It", "Lisa Curtis", "adjacent"),
        ('"It is time," said the union, Kabul Traders.', "It", "Kabul Traders", "adjacent"),
        ('"It is time," said an aide, Kabul.', "It", "an aide", "anonymous"),
        ('"It is time," said the campaign, Panjshir Valley Radio.', "It", "the campaign", "anonymous"),
        ('"It is time," said a spokesman, adding that Lisa Curtis agreed.', "It", "a spokesman", "anonymous"),
        # Not a number or a determiner, which make an unnamed source; not a clause after the name.
        ('"It is time," said one Panjshir Democrat.', "It", "one Panjshir Democrat", "anonymous"),
        ('"It is time," said the former Panjshir governor.', "It", "the former Panjshir governor", "anonymous"),
        ('"It is time," said Massoud in Kabul.', "It", "Massoud", "adjacent"),
        # A transcript's label in capitals speaks for the person of the article it names; a label
        # that names no one there is no speaker.
        (TRANSCRIPT, "MASSOUD:", "Ahmad Massoud", "adjacent"),
        (TRANSCRIPT, "CURTIS:", "Lisa Curtis", "adjacent"),
        ('Ahmad Massoud spoke on Sunday. A transcript follows.\n\n“SEN. MASSOUD: We will never leave.”', "SEN",
         "Ahmad Massoud", "adjacent"),
        ('Ahmad Massoud spoke on Sunday. A transcript follows.\n\n"VIDEO: We will never leave."', "VIDEO:",
         None, None),
        # Once a label names someone of the article, the others are speakers too, named by the label; a clip's
        # label is no one, and its quote does not go on from the answer before.
        (HOSTED, "HOST:", "Host", "adjacent"),
        (HOSTED, "VIDEO:", None, None),
        ('Ahmad Massoud spoke on Sunday.\n\n"MASSOUD:\u00a0We will never leave."', "MASSOUD:\u00a0We",
         "Ahmad Massoud", "adjacent"),
        # A person named with the body they belong to is the subject, not the body or the whole phrase.
        ('"A staged weapon is hard," Jeffrey Lewis of the James Martin Center for Nonproliferation Studies wrote.',
         "A", "Jeffrey Lewis", "adjacent"),
        ('"It was the least bad outcome," Mr. Massoud of the Valley Council said.', "It", "Massoud", "adjacent"),
        # The joined subject of a reported clause gives way to the cue that reports it, a participle's too.
        ('Ahmad Massoud spoke. Massoud said that he and Curtis shared "the same views."', "the", "Ahmad Massoud",
         "adjacent"),
        ('Ahmad Massoud spoke. Massoud pushed back, arguing that he and Curtis shared "the same views."', "the",
         "Ahmad Massoud", "adjacent"),
        # "and I quote" is the writer's: the cue before it speaks.
        ('Lisa Curtis spoke. No wonder Ahmad Massoud said, and I quote, "We love the valley."', "We",
         "Ahmad Massoud", "adjacent"),
        # A word after "anti-" is no one who speaks: "his anti-Taliban remarks were".
        ('Lisa Curtis said his anti-Taliban remarks were priceless "propaganda" for the front.', "propaganda",
         "Lisa Curtis", "adjacent"),
        # A body's name may go on after "of", "for" or "on".
        ('"We are proud," the University of Chicago said.', "We", "University of Chicago", "adjacent"),
        ('"It is a fraud," said the Council on American-Islamic Relations.', "It",
         "Council on American-Islamic Relations", "adjacent"),
        ('The Center for American Progress said the plan was "a gift to the rich."', "a",
         "Center for American Progress", "adjacent"),
        ('In a statement, the Association of Flight Attendants called Massoud a "champion" of the valley.',
         "champion", "Association of Flight Attendants", "adjacent"),
        # An appositive whose closing comma is missing.
        ('"Massoud needs a plan," Lisa Curtis, the analyst who founded the group tweeted on Monday.', "Massoud",
         "Lisa Curtis", "adjacent"),
        ('"We are ready," Mr. Massoud said in an interview.', "We", "Massoud", "adjacent"),
        ('"No one could be like his father," said Lt. Gen. Mirza Mohammad Yarmand, a former deputy minister.',
         "No", "Mirza Mohammad Yarmand", "adjacent"),
        ('Ahmad Massoud spoke first. Mr. Massoud said: "We will resist."', "We", "Ahmad Massoud", "adjacent"),
        # A name that is the subject of a reported clause gives way to the one who reports it.
        ('Lisa Curtis said Massoud called on the council to be “closely coordinated.”', "closely", "Lisa Curtis",
         "adjacent"),
        ('Ahmad Massoud called on the council to be “closely coordinated.”', "closely", "Ahmad Massoud", "adjacent"),
        ('The valley is quiet, according to Lisa Curtis, who called it "a pause, not a peace."', "a", "Lisa Curtis",
         "adjacent"),
        ('"The talks are over," the Pentagon said.', "The", "Pentagon", "adjacent"),
        # A clause word after a preposition makes the name after it a subject again.
        ('There were sharper words, as when Lisa Curtis faulted Massoud on aid and called him "naive."', "naive",
         "Lisa Curtis", "adjacent"),
        ('The valley hoped to shed what Lisa Curtis called "a siege mentality."', "a", "Lisa Curtis", "adjacent"),
        # A verb joined by "and" over an auxiliary or an adverb shares the subject of the verb before it.
        ('Lisa Curtis has made aid her cause in Kabul and has called it "a duty."', "a", "Lisa Curtis", "adjacent"),
        ('Lisa Curtis toured the valley with the elders and also called it "a fortress."', "a", "Lisa Curtis",
         "adjacent"),
        # A relative pronoun set off by a dash stands for the name before it, as after a comma.
        ('Commander Ahmad Massoud - who previously said he would "never bow" to the Taliban - spoke.', "never",
         "Ahmad Massoud", "adjacent"),
        ('Commander Ahmad Massoud — who previously said he would "never bow" to the Taliban — spoke.', "never",
         "Ahmad Massoud", "adjacent"),
        ('"We will hold," Valdez Anderson, who works at a clinic in Kabul, said on Monday.', "We", "Valdez Anderson",
         "adjacent"),
        ('David Martinon recalled the warning: "Beware."', "Beware", "David Martinon", "adjacent"),
        # A name with an aside in parentheses, then an appositive: the name, not one inside the appositive.
        ('Rep. Ann Cole (D-Md.), who has endorsed Lisa Curtis, said the plan was "a start."', "a", "Ann Cole",
         "adjacent"),
        # A name's claim inside a clause that another reports is the reporter's quote.
        ('Lisa Curtis said Thursday that Mr. Yarmand\'s claim that the pass had fallen was "simply not true."',
         "simply", "Lisa Curtis", "adjacent"),
        ('Lisa Curtis called Mr. Yarmand\'s assertion of a "right to the pass" a bluff.', "right",
         "Yarmand", "adjacent"),
        # "went on" is speech only before "to", a mark or the quote: not a recess or a trip.
        ('Lisa Curtis said that once the Senate goes on recess, "we will travel."', "we", "Lisa Curtis", "adjacent"),
        ('Lisa Curtis paused. Ms. Curtis went on, "We will travel."', "We", "Lisa Curtis", "adjacent"),
        ("Taliban leader Sirajuddin Haqqani's claims that he was \"withdrawing\" were false.", "withdrawing",
         "Sirajuddin Haqqani", "adjacent"),
        ('Lisa Curtis said Mr. Massoud’s words "amount to a threat."', "amount", "Lisa Curtis", "adjacent"),
        ('Lisa Curtis recalled Mr. Massoud’s words: "We will win."', "We", "Massoud", "adjacent"),
        ('Lisa Curtis mocked Mr. Massoud’s claim that he was "withdrawing."', "withdrawing", "Massoud", "adjacent"),
        ("Lisa Curtis called Massoud's remarks on the valley a \"new low.\"", "new", "Lisa Curtis", "adjacent"),
        ('"It is late," Read said.', "It", "Read", "adjacent"),
        ('"The road is open," writes\u00a0Lisa Curtis.', "The", "Lisa Curtis", "adjacent"),
        ('"People fear wasting their votes," Lisa Curtis surmised.', "People", "Lisa Curtis", "adjacent"),
        # Two particles together are words of the name, and link its short form to it.
        ('"We stay," said Dr. Ana de la Cruz.', "We", "Ana de la Cruz", "adjacent"),
        ('Ana de la Cruz spoke. "We stay," Ms. de la Cruz said.', "We", "Ana de la Cruz", "adjacent"),
        # A fragment that closes a relative clause is the clause's, not the cue's after it; a name "of" a place is
        # the one the relative pronoun means.
        ('Gov. Lisa Curtis, who called the ruling "a disgrace," said the state would appeal.', "a", "Lisa Curtis",
         "adjacent"),
        ('Rep. Lisa Maddox of Texas, who called the bill "a blank check," said she would vote no.', "a",
         "Lisa Maddox", "adjacent"),
        # Words cut off by a dash run on to their speaker and verb, as a comma does.
        ('Lisa Curtis paused. "Don\'t—" Ms. Curtis began, then stopped.', "Don't—", "Lisa Curtis", "adjacent"),
        ('"It is—" Mr. Massoud sighed.', "It", "Massoud", "adjacent"),
        ('Readers wrote in.\n“We will hold the valley.” ― Karen Bobadilla.\n“Not again.” —Lisa Curtis, Kabul',
         "Not", "Lisa Curtis", "adjacent"),
        ('“They are battle-hardened”—the Afghan National Security Forces.', "They", None, None),
        ('"People fear wasting their votes." Lisa Curtis smiled.', "People", None, None),
        ('"The road is closed," a spokesman for the Taliban said.', "The", "a spokesman for the Taliban", "anonymous"),
        ('"It is over," said Lisa Curtis, who said the talks had "failed for good."', "failed", "Lisa Curtis",
         "adjacent"),
        ('Ryan and Trump will meet, Sean Spicer said, adding, "They need to talk."', "They", "Sean Spicer",
         "adjacent"),
        ('Weighing in, Lisa Curtis agreed, praising him as "one of the most gifted."', "one", "Lisa Curtis",
         "adjacent"),
        ('Lisa Curtis calls him "Mr. Massoud," while Mr. Martinon calls him "Ahmad."', "Mr", "Lisa Curtis", "adjacent"),
        ('The paradox of Massoud, says Lisa Curtis, an analyst, is that he is "a reluctant heir."', "a",
         "Lisa Curtis", "adjacent"),
        ('Lisa Curtis, an analyst in Kabul, says Massoud will "hold the valley."', "hold", "Lisa Curtis", "adjacent"),
        ('Lisa Curtis, an analyst in Kabul, said Massoud "understood the risk."', "understood", "Lisa Curtis",
         "adjacent"),
        ('Lisa Curtis said the valley would "glow in the dark," for instance, and Massoud vowed to hold it.', "glow",
         "Lisa Curtis", "adjacent"),
        ('Massoud will hold the valley, says Lisa Curtis. "He has the men."', "He", "Lisa Curtis", "lead-in"),
        ('"The valley will hold," in sharp contrast to the reports of the past week from the front lines in the north, '
         'says Lisa Curtis.', "The", "Lisa Curtis", "adjacent"),
        ('The talks are "a real challenge" for Massoud, said Lisa Curtis, an analyst.', "a", "Lisa Curtis",
         "adjacent"),
        ('Massoud is an "able commander" who has held the valley for a decade, Lisa Curtis said Monday.', "able",
         "Lisa Curtis", "adjacent"),
        ('Lisa Curtis says she was "on the fence" until Mr. Massoud said he would stay.', "on", "Lisa Curtis",
         "adjacent"),
        ('"The road is open." Lisa Curtis said.', "The", "Lisa Curtis", "adjacent"),
        ('"The road is open," Lisa Curtis said. "Trucks are moving." Mr. Massoud said that the valley would hold.',
         "Trucks", "Lisa Curtis", "continuation"),
        ('"I know what you meant," Lisa Curtis said. "You meant the valley." Mr. Massoud replied: "No."', "You",
         "Lisa Curtis", "continuation"),
        ('"The road is open," Lisa Curtis said. "Trucks are moving." Mr. Massoud said the valley would hold.',
         "Trucks", "Lisa Curtis", "continuation"),
        ('"The road is open." Lisa Curtis said in a statement.', "The", "Lisa Curtis", "adjacent"),
        ('"The road is open," Lisa Curtis said. "Trucks are moving." Mr. Massoud wrote in his diary that it was safe.',
         "Trucks", "Lisa Curtis", "continuation"),
        ('"Why wait?" Lisa Curtis asked Mr. Massoud.', "Why", "Lisa Curtis", "adjacent"),
        ('The senators met, with Senator John McCain telling reporters it was "a disaster."', "a", "John McCain",
         "adjacent"),
        ('Lisa Curtis posted a message on Twitter reading "Thank you, Kabul."', "Thank", "Lisa Curtis", "adjacent"),
        ('Lisa Curtis admitted that the road was "very hard" to hold.', "very", "Lisa Curtis", "adjacent"),
        ('In a statement to the Observer, her adviser, Lisa Curtis, said: "We will hold."', "We", "Lisa Curtis",
         "adjacent"),
        ('The traders\' union, the KTU, said it was "watching the situation."', "watching", "KTU", "adjacent"),
        ('However, Lisa Curtis, an analyst at the institute, said the road was "still open."', "still", "Lisa Curtis",
         "adjacent"),
        ('At a rally in Kabul, Lisa Curtis, the envoy, said: "We will hold."', "We", "Lisa Curtis", "adjacent"),
        # A chain of descriptions set beside the subject ends in the name that is who speaks.
        ('But the rebels\' leader, the veteran envoy to Paris, Lisa Curtis, said the talks were "too little, too '
         'late."', "too", "Lisa Curtis", "adjacent"),
        ('But the rebels\' leader, a veteran envoy, said the talks were "too little, too late."', "too",
         "the rebels' leader", "anonymous"),
        ('Lisa Curtis echoed the warning that the valley is "not safe."', "not", "Lisa Curtis", "adjacent"),
        ('"Not yet," Mr. Massoud shot back.', "Not", "Massoud", "adjacent"),
        ('The letter went on to say: "We will stay."', "We", "The letter", "anonymous"),
        ('Lisa Curtis said she is certain Massoud will continue to be "a force in the valley."', "a",
         "Lisa Curtis", "adjacent"),
        ('Ahmad Massoud attacked David Martinon, calling him "a failed envoy." Martinon fired back in March.', "a",
         "Ahmad Massoud", "adjacent"),
        # A question or a cry that a cue and a colon introduce is that cue's; the name after it opens the answer.
        # Without the colon's cue, the name after the question asks it.
        ('Lisa Curtis asked: "Is it over?" Ahmad Massoud said it was not.', "Is", "Lisa Curtis", "adjacent"),
        ('Lisa Curtis shouted: "Enough!" Ahmad Massoud said nothing.', "Enough!", "Lisa Curtis", "adjacent"),
        ('The prosecutor, Lisa Curtis, asked: "Did you see him?" Ahmad Massoud told the jury he had not.', "Did",
         "Lisa Curtis", "adjacent"),
        ('Lisa Curtis nodded. "Is it over?" Ahmad Massoud asked.', "Is", "Ahmad Massoud", "adjacent"),
        # A quotation that runs on over a paragraph break, as a PDF leaves it, reaches the cue after its end.
        ('"If this were a town in the south, there\n\nwould be an outcry," Ahmad Massoud said.', "If",
         "Ahmad Massoud", "adjacent"),
        ('The valley held because, in Lisa Curtis\u2019 words, "the people stayed."', "the", "Lisa Curtis", "adjacent"),
        ('David Martinon spoke. Mr. Martinon shrugged off Massoud\u2019s comments, telling reporters, "Nobody asked."',
         "Nobody", "David Martinon", "adjacent"),
        ('Readers wrote in.\n\n"The valley will hold."\n\n- Lisa Curtis.\n\nShe spoke in Kabul.', "The", "Lisa Curtis",
         "adjacent"),
        ('Sen. Lisa Curtis (D-Calif.) said the Taliban were "a failed government" on Monday.', "a", "Lisa Curtis",
         "adjacent"),
        ('Gov. Lisa Maddox (R-Ohio), said, "We will hold the line."', "We", "Lisa Maddox", "adjacent"),
        # The party or state in brackets is no name, with an auxiliary between it and the cue as without.
        ('Sen. Lisa Curtis (Vt.) has said that she would "hold the line."', "hold", "Lisa Curtis", "adjacent"),
        ('House Speaker Lisa Maddox (R-Ohio) also said that "the line holds."', "the", "Lisa Maddox", "adjacent"),
        ('"We held the valley!" beamed Lisa Curtis.', "We", "Lisa Curtis", "adjacent"),
        # In the present as in the past, and after a quote of someone else's in the paragraph before.
        ('"The old ways are gone," says Lisa Maddox.\n\n"Our ways are different now," agrees Lisa Curtis, who '
         'worked in Kabul.', "Our", "Lisa Curtis", "adjacent"),
        ('"We held the valley." Beamed Lisa Curtis.', "We", None, None),
        ('Lisa Curtis spoke first. "All is lost," she claimed. "Kabul will hold," an angry Massoud retaliated.', "Kabul",
         "Massoud", "adjacent"),
        ('"We held," the young Mr. Massoud grinned.', "We", "Massoud", "adjacent"),
        ('"We held," a defiant crowd swayed.', "We", None, None),
        ('Lisa Maddox was ill. Ahmad Massoud emailed her, telling her, "You are a star!" She replied to him that it was '
         'an honor.', "You", "Ahmad Massoud", "adjacent"),
        # An opening phrase, up to its comma and a place set off after it, holds no subject.
        ('Speaking at a town hall event in Bazarak, Panjshir Province, Ahmad Massoud went after Martinon, calling him '
         '"a total stiff."', "a", "Ahmad Massoud", "adjacent"),
        ('Alongside Massoud allies, even Lisa Curtis said the envoy will have to choose, saying, "At some point he '
         'must."', "At", "Lisa Curtis", "adjacent"),
        ('In 2015 Lisa Curtis said, "It is time."', "It", "Lisa Curtis", "adjacent"),
        ('Ahmad Massoud on Monday said the deal was "a betrayal."', "a", "Ahmad Massoud", "adjacent"),
        ('Lisa Curtis spoke. Massoud himself said on Tuesday that "the valley will hold."', "the", "Massoud", "adjacent"),
        ('Lisa Curtis has in the past called the road "a trap."', "a", "Lisa Curtis", "adjacent"),
        # A time reckoned back ("two weeks ago") between a subject and its cue; a day after the cue is no subject.
        ('The State Department less than two weeks ago said the files were "top secret."', "top", "State Department",
         "adjacent"),
        ('Lisa Curtis two days ago called the road "a trap."', "a", "Lisa Curtis", "adjacent"),
        ('An envoy who spoke on condition of anonymity to discuss the talks said Wednesday, "The road is open."',
         "The", "An envoy", "anonymous"),
        # "As" opening a clause makes the name after it the cue's subject, before or after the quote.
        ('As Lisa Curtis put it: "The road is open."', "The", "Lisa Curtis", "adjacent"),
        ('As Lisa Curtis, the No. 2 at the embassy, put it: "The road is open."', "The", "Lisa Curtis", "adjacent"),
        ('Still, the fact that the valley "will hold," as Massoud said on the radio on Monday, matters.', "will",
         "Massoud", "adjacent"),
        ('The plan was "a mess," as the Times reported last week.', "a", "Times", "adjacent"),
        ('The plan was "fine," as soon as Massoud said so.', "fine", None, None),
        # "according to" after a comma takes the subject after it, not the clause's; so does a cue that closes
        # the sentence before a description of its subject.
        ('The plan is "a disaster" for the valley, the road and the people, according to Lisa Curtis.', "a",
         "Lisa Curtis", "adjacent"),
        ('The road would bring "a summer of agony" for Kabul in the months up to the vote, forcing the envoy to fend '
         'off both the council and the elders, said Lisa Curtis, a former envoy.', "a", "Lisa Curtis", "adjacent"),
        ('The road would bring "a summer of agony" for Kabul, forcing the envoy to pick a side, a former envoy '
         'said.', "a", "a former envoy", "anonymous"),
        # A web address ends its sentence, and the cue of the next quote is its own.
        ('The valley mourned, according to Tchadinfos.com. "He had many plans," his old friend Lisa Curtis told the '
         'site.', "He", "Lisa Curtis", "adjacent"),
        # A sentence longer than a cue's reach still has its subject where it opens.
        ('Gov. Lisa Maddox — who is being vetted as a possible deputy for the envoy in the northern provinces — made '
         'rebuilding the Panjshir Valley road a priority in her first term, but the effort stalled, and she has '
         'battled with Massoud over how best to fund the repairs, at one point calling the mayor a '
         '"liar."', "liar", "Lisa Maddox", "adjacent"),
        ('The envoy herself said "no."', "no", "The envoy", "anonymous"),
        ('Lisa Curtis mocked the complaint, saying anybody who complains about the heat "is not in the valley."', "is",
         "Lisa Curtis", "adjacent"),
        ('Lisa Curtis would not discuss "the rumours," telling Reuters she had work to do.', "the", "Lisa Curtis",
         "adjacent"),
        ('Lisa Curtis, who in 2010 called the plan "a failure," left Kabul.', "a", "Lisa Curtis", "adjacent"),
        ('He met Ahmad Massoud, now the leader of the resistance, who said the valley would "never fall."', "never",
         "Ahmad Massoud", "adjacent"),
        ('Lisa Curtis spoke. The valley is, thanks to the new road, "open again."', "open", None, None),
        # A cue word that is also a noun is the noun after a participle or a singular word.
        ('Ahmad Massoud, with evident delight, chided David Martinon for raising questions about the "new proxy '
         'war."', "new", "Ahmad Massoud", "adjacent"),
        ('Lisa Curtis said the private server email story was "a distraction."', "a", "Lisa Curtis", "adjacent"),
        ('Lisa Curtis gave the plan effusive praise as "a turning point."', "a", "Lisa Curtis", "lead-in"),
        ('Both spoke. And although Lisa Maddox thanked the elders, Lisa Curtis sounded a rare note, saying, "I am not '
         'sure I deserve it."', "I", "Lisa Curtis", "adjacent"),
        ('Lisa Maddox is telling reporters that she is looking ahead to the vote in her home state because she will '
         'have "a lot of delegates."', "a", "Lisa Maddox", "adjacent"),
        # Names joined by "and", or listed with commas and an "and", speak together; a name a verb takes as
        # its object, or one that owns what follows, makes no list.
        ('Ahmad Massoud and Lisa Curtis call them "lone wolves."', "lone", "Ahmad Massoud and Lisa Curtis",
         "adjacent"),
        ('They agreed. "The clock is running," Ms. Curtis and Ms. Maddox said.', "The", "Curtis and Maddox",
         "adjacent"),
        ('"We agree," said Ahmad Massoud, Lisa Curtis, and Lisa Maddox.', "We",
         "Ahmad Massoud, Lisa Curtis and Lisa Maddox", "adjacent"),
        ('"We agree," state Senate leader Lisa Curtis and House Speaker Ahmad Massoud, both Republicans, said.', "We",
         "Lisa Curtis and Ahmad Massoud", "adjacent"),
        ('Lisa Maddox met Ahmad Massoud and Lisa Curtis said: "We agree."', "We", "Lisa Curtis", "adjacent"),
        ('"We agree," said Ahmad Massoud and Lisa Curtis\'s aides.', "We", "Ahmad Massoud", "adjacent"),
        ('The envoys state in the memo, "The road is open."', "The", "The envoys", "anonymous"),
        ('The memo states, "The road is open."', "The", "The memo", "anonymous"),
        ('Lisa Curtis rated 22 percent of Taliban claims as "entirely true."', "entirely", "Lisa Curtis", "lead-in"),
        ('The envoy of the Taliban claims the valley is "already lost."', "already", "The envoy of the Taliban",
         "anonymous"),
        # A participle shares the subject of the cue before it, read from where the sentence opens:
        # a reach that starts inside the sentence must not drop "A friend of" and keep the name.
        ('Lisa Curtis spoke. A friend of Ahmad Massoud told reporters on Monday, adding "it will hold."', "it",
         "A friend of Ahmad Massoud", "anonymous"),
        # A passive cue speaks for its agent, not its subject: "was asked by", "has been called … by".
        ('Ahmad Massoud was asked by the envoy Lisa Curtis, "Will the valley hold?"', "Will", "Lisa Curtis",
         "adjacent"),
        ('The plan has been called "a mirage" by Lisa Curtis, a former aide.', "a", "Lisa Curtis", "adjacent"),
        ('Lisa Curtis wrote that she had been named the "envoy of the year" in Kabul.', "envoy", "Lisa Curtis",
         "adjacent"),
        ('Lisa Maddox spoke. In an interview, Ahmad Massoud was asked, "Do you fear the Taliban?"', "Do", None, None),
        ('Lisa Maddox spoke. His aides were told, "Do not talk to the press."', "Do", None, None),
        ('Lisa Maddox spoke. The valley has been described as a "fortress."', "fortress", None, None),
        # A pronoun that a comma parts from its cue ends an aside set off after the subject, and is no subject.
        ('Lisa Curtis, asked what she made of it, said: "It is a disgrace."', "It", "Lisa Curtis", "adjacent"),
        ('Ahmad Massoud spoke first. Lisa Curtis, asked what he meant by it, said: "It is a disgrace."', "It",
         "Lisa Curtis", "adjacent"),
        ('Lisa Curtis, who had seen it, told reporters the plan was "a disgrace".', "a", "Lisa Curtis", "adjacent"),
        ('Ahmad Massoud spoke first. He, however, said: "Never."', "Never", "Ahmad Massoud", "pronoun"),
        ('Ahmad Massoud spoke first. When asked about it, he said: "Never."', "Never", "Ahmad Massoud", "pronoun"),
        # Words read out from another's letter, statement or poem are the writer's: "from", "by", "written by" or
        # "a letter … had sent" names the writer; with no writer named, or another verb after, the reader speaks.
        ('Ahmad Massoud read a letter from his late wife, Lisa Curtis, at the ceremony: "Do not mourn too long."',
         "Do", "Lisa Curtis", "adjacent"),
        ('At the funeral, Lisa Curtis read a letter Ahmad Massoud had sent her in 1984: "You will spend the next few '
         'weeks believing this is the end."', "You", "Ahmad Massoud", "adjacent"),
        ('The statement from Lisa Curtis was read by Ahmad Massoud: "I am innocent."', "I", "Lisa Curtis",
         "adjacent"),
        ('Ahmad Massoud read a statement outside court: "I am innocent."', "I", "Ahmad Massoud", "adjacent"),
        ('Lisa Curtis read a letter from Ahmad Massoud and was furious: "How dare he."', "How", "Lisa Curtis",
         "adjacent"),
    ],
    "pronoun": [
        # A pronoun's contraction before an adverb in "-ly" is no possessive that makes the adverb a noun.
        ('Ann Cole spoke on Friday. "She\'s really said it, \'We stay,\'" he noted.', "We", "Ann Cole", "pronoun"),
        # Given names listed before one surname are people of that surname: Ann is Ann Fane; but not a word the
        # given names lack within a sentence.
        ('Ann and Tom Fane run the farm. "It is hard," she said.', "It", "Ann Fane", "pronoun"),
        ('She loved 98 Degrees and Justin Timberlake. "I do," she said.', "I", "she", "pronoun"),
        # Names set beside their description or each beside their own are a list "they" may mean.
        ('Ann Cole and Tom Fane were elected. The leader, Neil Hale, and his deputy, Sam Ford, were absent. "We '
         'will not comment," they said.', "We", "Neil Hale and Sam Ford", "pronoun"),
        ('Jess\'s parents, Ruth and Alan Massoud, travelled from Bristol. "We are thrilled," they said.', "We",
         "Ruth Massoud and Alan Massoud", "pronoun"),
        ('Two residents, Sue Hale and Kate Bell, heard the crash. "It was terrifying," they said.', "It",
         "Sue Hale and Kate Bell", "pronoun"),
        # A surname in the plural after "the" is a family.
        ('Sam Fane and Leo Martinon read a poem. The Curtises will honeymoon in Scotland. "Somewhere with no sea," '
         'they said.', "Somewhere", "the Curtises", "pronoun"),
        ('Ann Cole and Tom Fane live next door. The Hales moved in last year. "It is a friendly street," they said.',
         "It", "the Hales", "pronoun"),
        # A word that opens a sentence is a name once a cue gives it a quote: "he" after it may mean it.
        ('"Time is short," said one diplomat.\n\nLater, Yarmand told the BBC: "I have said what I have said." He '
         'added: "There is nothing more."', "There", "Yarmand", "pronoun"),
        ('Lisa Curtis spoke.\n\nMelanie said: "I will." "You winning?" she asked.', "You", "Melanie", "pronoun"),
        ('Lisa Curtis stood. "But—" she began. "No."', "But—", "Lisa Curtis", "pronoun"),
        # An amount with a one-letter unit ends its sentence, whose subject the next "he" does not mean.
        ('Tom Fane bought the club for £4m. His successor, Neil Curtis, sold it. "It was losing money," he said.',
         "It", "Neil Curtis", "pronoun"),
        ('Ann Cole sold the house for $2m. The buyer, Sue Hale, moved in. "I love the garden," she said.', "I",
         "Sue Hale", "pronoun"),
        # An initial does not end the sentence, whose subject is still the one named.
        ('William J. Burns met Neil Curtis. "We talked," he said.', "We", "William J. Burns", "pronoun"),
        # Letters after a name leave a person, whom "she" may mean.
        ('Jane Hale QC rose to her feet. "This is absurd," she said.', "This", "Jane Hale", "pronoun"),
        # A state after a dateline's city is a place, which no "she" means.
        ('MADISON, Wis. — Lisa Curtis studies banks. "A bank keeps a town\'s memory," she said.', "A", "Lisa Curtis",
         "pronoun"),
        # "He" inside a quotation is the one person the sentence that attributes the quotation names besides its
        # speaker; with two such people, or none, it is read back as any pronoun is.
        ('David Martinon left early. "He told us, \'we will hold,\' and he did," said Mirza Mohammad Yarmand, '
         'describing a meeting with Ahmad Shah Massoud.', "we", "Ahmad Shah Massoud", "pronoun"),
        ('David Martinon left early. "He told us, \'we will hold,\' and he did," said Mirza Mohammad Yarmand, '
         'describing a meeting of Ahmad Shah Massoud and Richard Ashby.', "we", "David Martinon", "pronoun"),
        ('David Martinon left early. "He told us, \'we will hold,\' and he did," said Mirza Mohammad Yarmand.',
         "we", "David Martinon", "pronoun"),
        ('David Martinon left early. "He told us, \'we will hold,\' and he did," Ms. Albers told Richard Ashby.',
         "we", "David Martinon", "pronoun"),
        # A headline that ends without a point is no part of the lede's sentence: its words are no one "he" means
        # before the lede's subject.
        ("A Diplomat's Long Goodbye\n\nPARIS — The French ambassador, David Martinon, did not hide his anger. "
         "“We warned them,” he said.", "We", "David Martinon", "pronoun"),
        # A state listed after others is no woman; a title may run over "of" ("Chief of Staff Lisa Curtis").
        ("The tour went through Ohio, Pennsylvania, Virginia and Wisconsin. That, Chief of Staff Lisa Curtis "
         "explained, was by design.\n\n“We started early,” she said.", "We", "Lisa Curtis", "pronoun"),
        # A possessive before a speech noun gives the speaker: "Her advice:", "His verdict:".
        ("Lisa Maddox has gone back twice. Her advice to newcomers: “Bring patience.”", "Bring", "Lisa Maddox",
         "pronoun"),
        # ... and so does one with a word of order before the noun, or a noun of words and "was" or "were":
        # "His last words were", "Her reaction was".
        ('Tom Curtis died on Friday. His last words were "Look after the dog."', "Look", "Tom Curtis", "pronoun"),
        ('Lena Yarmand landed at noon. Her first words were "Where is the car?"', "Where", "Lena Yarmand",
         "pronoun"),
        ('Ann Maddox opened the letter. Her reaction was "This cannot be right."', "This", "Ann Maddox", "pronoun"),
        # A quote in German or French marks opens a sentence of its own: the name behind a preposition in the
        # sentence before is whom the pronoun means, as with English marks.
        ('Ms. Albers had a message from Mr. Massoud. "We will hold," he said.', "We", "Massoud", "pronoun"),
        ('Ms. Albers had a message from Mr. Massoud. „We will hold,“ he said.', "We", "Massoud", "pronoun"),
        ('Ms. Albers had a message from Mr. Massoud. « We will hold », he said.', "We", "Massoud", "pronoun"),
        # The one a message or a letter comes from is the sentence's source, as "according to" names one: before
        # a name behind another preposition, and before the subjects of sentences further back.  A role word may
        # stand between a preposition and its name ("of the late commander Ahmad Shah Massoud").
        ('David Martinon spoke first. Ms. Albers said a colleague had brought a message from Ahmad Massoud, the '
         'son of the late commander Ahmad Shah Massoud. „He told my colleague, ‚We are still here,‘ and I believe '
         'it,“ she said.', "We", "Ahmad Massoud", "pronoun"),
        ('David Martinon spoke first. Ms. Albers said a colleague had returned with a message from Ahmad Massoud. '
         '„He told my colleague, ‚We are still here,‘ and I believe it,“ she said.', "We", "Ahmad Massoud",
         "pronoun"),
        ('Although it was not the last word on the case of the former commander Ahmad Shah Massoud, David Martinon '
         'closed the file on Wednesday.\n\n"I met the prosecutors," he said.', "I", "David Martinon", "pronoun"),
        # A cue set off by commas inside the sentence attributes the quote before it, however far back.
        ('Lisa Curtis reached Mr. Massoud by telephone.\n\n"Three trucks" came up the valley road before dawn '
         'and stopped at the river crossing, he said, and "nobody was ready."', "Three", "Massoud", "pronoun"),
        ('Ms. Albers had a message from Mr. Massoud. »We will hold«, he said.', "We", "Massoud", "pronoun"),
        # A pronoun joined to its auxiliary is the cue's subject: "she's said", "he'd told", "they'll say".
        ('Lisa Curtis announced her bid in May. Since then, Mr. Massoud has listened, and she’s said the same '
         'thing at every stop: “It is about us.”', "It", "Lisa Curtis", "pronoun"),
        ("Lisa Maddox met Mr. Martinon in May. He'd told her: \"Stay in Kabul.\"", "Stay", "Martinon", "pronoun"),
        ('Lisa Curtis met the envoys. "They come to me, and they\'ll say, \'Will you stay?\'" said Ahmad Massoud.',
         "Will", "the envoys", "pronoun"),
        # A name split by a nickname in quotes is one person's, named in full, whom "he" may mean.
        ('Marine Sgt. John “Tig” Tiegen was the last witness. He spoke without notes. “They kept their word,” he '
         'said.', "They", "John Tiegen", "pronoun"),
        # A name that modifies a noun ("the Obama administration") is no one "she" may mean there.
        ('President Obama spoke on Monday. Hillary Clinton appeared calm. She skirted a question on whether the Obama '
         'administration bears blame. "We will see," she said.', "We", "Hillary Clinton", "pronoun"),
        # Someone the article does not name may be whom "he" means: a role a name owns, a source a cue gave.
        ("Jean-Yves Le Drian's deputy met reporters.\n\n\"We are not in a hurry,\" he said.", "We",
         "Jean-Yves Le Drian's deputy", "pronoun"),
        ('Lisa Curtis\'s chief of staff disagreed. "It was a waste," she said.', "It",
         "Lisa Curtis's chief of staff", "pronoun"),
        ('"We wait," a spokesman for Ahmad Massoud said. "Always," he said.', "Always",
         "a spokesman for Ahmad Massoud", "pronoun"),
        ('"It is over," officials in Kabul said. "Nobody is coming," they said.', "Nobody", "officials in Kabul",
         "pronoun"),
        # People named for what they do, who open a sentence before, are whom "they" may mean.
        ('Ahmad Massoud spoke. Volunteers handed out leaflets. "We are here for him," they said.', "We", "Volunteers",
         "pronoun"),
        ('Ahmad Massoud spoke. Members of the council met later. "We back him," they said.', "We",
         "Members of the council", "pronoun"),
        # ... and so may the unnamed source of a cue that opens a sentence just before, as new: "a spokeswoman".
        ('Lisa Curtis spoke on Monday. A spokeswoman for the campaign said the rally was canceled. "We will '
         'reschedule," she said.', "We", "A spokeswoman for the campaign", "pronoun"),
        ('Ahmad Massoud spoke. One official, who asked not to be named, said the talks had failed. "They walked out,"'
         ' he said.', "They", "One official", "pronoun"),
        # A past form after "a" describes its noun ("a retired teacher"); after "One," the role set beside it is who.
        ('Lisa Maddox spoke. A retired teacher said she had not decided. "I want to hear more," she said.', "I",
         "A retired teacher", "pronoun"),
        ('Lisa Maddox spoke. One, a retired teacher, said she had not decided. "I want to hear more," she said.', "I",
         "a retired teacher", "pronoun"),
        # A noun for one who does something is a role though no list has it; a name after "named" stands for
        # the preposition's object, as a subject.
        ('Lisa Maddox spoke. Another farmer, who asked not to be named, said the wells were dry. "They took the '
         'land," he said.', "They", "Another farmer", "pronoun"),
        ('Ahmad Massoud spoke. One, a grandfather of nine named Gul Agha, said the wells were dry. "My sons dig," he '
         'said.', "My", "Gul Agha", "pronoun"),
        # Such a source may follow a word that joins its sentence to the one before ("But a nurse"), or "According
        # to"; its noun is the one before the words that go on about something else ("for the school").
        ('Lisa Maddox said supplies were adequate. But a nurse at the clinic said they were running low. "We are '
         'reusing gowns," she said.', "We", "a nurse at the clinic", "pronoun"),
        ('Lisa Maddox said supplies were adequate. According to a teacher, they were low. "We are reusing gowns," '
         'she said.', "We", "a teacher", "pronoun"),
        ('Lisa Maddox spoke. A spokeswoman for the school said classes were canceled. "We are disappointed," she '
         'said.', "We", "A spokeswoman for the school", "pronoun"),
        ('Mr. Yarmand said the road was safe. But a driver on the route, who asked not to be named, said it was not. '
         '"We pay at every post," he said.', "We", "a driver on the route", "pronoun"),
        # A role that opens the sentence just before, doing something else, is who "he" or "she" means: someone new
        # ("A nurse"), or by "the" someone the article gave the role, else someone else when the last person named
        # was given another role just before.
        ('Lisa Maddox, the councillor, was hopeful. The nurse checks her notes. "Somebody will die waiting," she '
         'says.', "Somebody", "The nurse", "pronoun"),
        ('Lisa Maddox, the councillor, was hopeful. A nurse checked her notes. "Somebody will die waiting," she '
         'said.', "Somebody", "A nurse", "pronoun"),
        ('Ahmad Massoud, the chairman, was hopeful. Back in the yard, the driver checks his mirrors. "Somebody will '
         'get hurt," he says.', "Somebody", "the driver", "pronoun"),
        ('Lisa Maddox, the nurse, was tired. Ahmad Massoud, the chairman, was hopeful. The nurse checks her notes. '
         '"Somebody will die waiting," she says.', "Somebody", "Lisa Maddox", "pronoun"),
        # Not one of the other gender by the sentence's own pronoun, one the last person named may be, one beside
        # another name, one who speaks or one a reflexive makes someone known.
        ('Ahmad Massoud, the chairman, was hopeful. The driver checked his mirrors. "Somebody will get hurt," she '
         'said.', "Somebody", "she", "pronoun"),
        ('Ahmad Massoud spoke in Kabul. The senator waved to the crowd. "We will win," he said.', "We",
         "Ahmad Massoud", "pronoun"),
        ('Lisa Maddox, the councillor, was hopeful. The nurse called Lisa Curtis. "Somebody will die waiting," she '
         'says.', "Somebody", "Lisa Curtis", "pronoun"),
        ('Lisa Maddox, the councillor, spoke first. The candidate herself took to the airwaves. "Nothing has '
         'changed," she said.', "Nothing", "Lisa Maddox", "pronoun"),
        # Not one with no cue, one who asks, or a phrase cut short of its noun by a word read as a verb.
        ('Ahmad Massoud spoke. A spokesman declined to comment. "I never agreed," he said.', "I", "Ahmad Massoud",
         "pronoun"),
        ('Ahmad Massoud stopped at a school. A reporter asked Massoud how he felt. He replied: "Tired."', "Tired",
         "Ahmad Massoud", "pronoun"),
        ('Ahmad Massoud spoke. One of the central claims of his speech does not hold. He told the crowd: "We won."',
         "We", "Ahmad Massoud", "pronoun"),
        # "They" may be names listed together, and "it" or "they" a body or a writing the article describes
        # rather than names; never the capitals of a dateline, nor names given as examples.
        ('KABUL — Ahmad Massoud and Amrullah Saleh met on Sunday.\n\n"We are ready," they said.', "We",
         "Ahmad Massoud and Amrullah Saleh", "pronoun"),
        ('"We will talk," Lisa Curtis and Lisa Maddox said. They left. "Not today," they said.', "Not",
         "Lisa Curtis and Lisa Maddox", "pronoun"),
        ('KABUL — The Pentagon was silent for a week. "No decision has been made," it said.', "No", "Pentagon",
         "pronoun"),
        ('A campaign email reached donors on Friday. "Give today," it read.', "Give", "A campaign email",
         "pronoun"),
        ('Lisa Curtis praised the Massoud campaign. The newspaper disagreed. "It is a mistake," it said.', "It",
         "The newspaper", "pronoun"),
        ('Protests named victims such as Ali Nazary and Ahmad Wali. The groups marched. "Stop," they said.',
         "Stop", "The groups", "pronoun"),
        ('KABUL — The valley was quiet. "We are ready," they said.', "We", "they", "pronoun"),
        # A role a possessive pronoun gives is someone too, and the pronoun's owner says whose; not when a name
        # follows the role, nor inside the quotation the pronoun is in.
        ('Ahmad Massoud spoke first. His wife, who asked not to be named, said little. "We are tired," she said.',
         "We", "Ahmad Massoud's wife", "pronoun"),
        ('Lisa Maddox laughed. Her colleague did not. "It is not funny," she said.', "It",
         "Lisa Maddox's colleague", "pronoun"),
        ('Ahmad Massoud spoke first. His wife, Lisa Curtis, said little. "We are tired," she said.', "We",
         "Lisa Curtis", "pronoun"),
        ('Lisa Curtis said her colleague stayed home. "He would say, \'Not now,\' and the client would nod," '
         'Ms. Curtis said.', "Not", "he", "pronoun"),
        # Family "of" someone brings one in as new though "the" opens it, of its own gender; and "his" or "her"
        # gives family behind a preposition too, or one whose owner is no one known, when nobody else fits.
        ('The son of one resident, 73-year-old Edna Price, said his mother had died penniless. "She was a saint," '
         'he wrote.', "She", "The son of one resident", "pronoun"),
        ('The daughter of Mark Hale said her father had been neglected. "Nobody came," she said.', "Nobody",
         "The daughter of Mark Hale", "pronoun"),
        ('But the husband of Lisa Maddox said she had waited. "Nobody came," he said.', "Nobody",
         "the husband of Lisa Maddox", "pronoun"),
        ('My grandmother used to say, "The sea takes one." Her brother disagreed. He said, "The sea takes nobody."',
         "The", "Her brother", "pronoun"),
        ('Lisa Maddox met us at the door. A book about her father is next. He told her, "Write it now."', "Write",
         "Lisa Maddox's father", "pronoun"),
        # ... but not of the other gender, nor the family "he" himself has behind a preposition.
        ('The daughter of Mark Hale said her mother had been neglected. "Nobody came," he said.', "Nobody",
         "Mark Hale", "pronoun"),
        ('Her sister disagreed. He said, "The sea takes nobody."', "The", "he", "pronoun"),
        ('He came with his son. "We will stay," he said.', "We", "he", "pronoun"),
        ('His colleague disagreed. He said, "The sea takes nobody."', "The", "he", "pronoun"),
        # ... but not when the role is named, nor for a pronoun of the other gender, nor for "the commander",
        # who is someone named before; and "he" is not his own doctor.
        ('Ahmad Massoud\'s spokesman, Ali Nazary, met reporters. "We wait," he said.', "We", "Ali Nazary",
         "pronoun"),
        ('"We wait," a spokeswoman for Ahmad Massoud said. "Not long," he said.', "Not", "Ahmad Massoud",
         "pronoun"),
        ('Ahmad Massoud spoke. "We wait," the commander said. "Always," he said.', "Always",
         "Ahmad Massoud", "pronoun"),
        ('Ahmad Massoud\'s doctor praised him. He released a letter from his doctor that calls him "fit as a '
         'horse."', "fit", "Ahmad Massoud", "lead-in"),
        # A clause set before the pronoun's with a subject of its own that the pronoun cannot be brings in
        # whom the pronoun means by a role: "the plumber", or a role "his" or "her" of the other gender gives; a
        # role in the sentence before too ("her landlord").  Not when the clause's subject could be the pronoun,
        # nor in a clause with no subject of its own.
        ('Lisa Curtis runs the lab. When Ali Nazary showed the data to his adviser, she said, "Make it flat."',
         "Make", "Ali Nazary's adviser", "pronoun"),
        ('Ali Nazary runs the lab. When Lisa Curtis showed the data to her boss, he said, "Make it flat."',
         "Make", "Lisa Curtis's boss", "pronoun"),
        ('Ali Nazary runs the shop. When Lisa Curtis called the plumber, he said, "The boiler is finished."',
         "The", "the plumber", "pronoun"),
        ('Ali Nazary runs the shop. After Lisa Curtis met the president of the bank, he said, "We are fine."',
         "We", "the president of the bank", "pronoun"),
        ('Ali Nazary runs the lab. Lisa Curtis rang her landlord. He said, "The rent is going up."', "The",
         "Lisa Curtis's landlord", "pronoun"),
        ('Lisa Curtis runs the lab. When Ali Nazary showed the data to his adviser, he said, "Make it flat."',
         "Make", "Ali Nazary", "pronoun"),
        ('Ali Nazary runs the shop. When Lisa Curtis called the plumber, she said, "The boiler is finished."',
         "The", "Lisa Curtis", "pronoun"),
        ('Lisa Curtis runs the lab. Speaking to his adviser, she said, "Make it flat."', "Make", "Lisa Curtis",
         "pronoun"),
        # One named by a given name alone beside a possessive's kin is of the kin's gender: "she" is not "Her son,
        # Rory," (so it is the one his mother is).
        ('Lisa Curtis died on Monday. Her son, Rory, said his mother had been "impossible". In later life she grew '
         'wary of fame. "Legends are dead," she said in 2009.', "Legends", "Rory's mother", "pronoun"),
        # "According to her" stands for a person as "she said" does; "said her husband" names the husband.
        ('Lisa Curtis was careful. The talks were "frozen, not dead," according to her.', "frozen", "Lisa Curtis",
         "pronoun"),
        ('Lisa Curtis was careful. "It is over," said her husband.', "It", "Lisa Curtis's husband", "anonymous"),
        # A source "according to" names comes after the subject of its sentence and before a name behind
        # another preposition; an unnamed source of a paragraph before does not outrank it.
        ('"Nobody believes that," said one Western diplomat.\n\nAccording to Ms. Curtis, the numbers are smaller. '
         '"Hundreds, maybe," she said.', "Hundreds", "Curtis", "pronoun"),
        ('According to Mr. Massoud, Lisa Curtis stayed late. "It was long," she said.', "It", "Lisa Curtis",
         "pronoun"),
        ('According to Mr. Massoud, the talks ran late with Mr. Yarmand. "It was long," he said.', "It", "Massoud",
         "pronoun"),
        # A surname in a headline under a note is the person the article names in full later, not a second one.
        ('Invented for testing.\n\nYarmand Warns of a Long Winter\n\nKABUL — Lt. Gen. Mirza Mohammad Yarmand spoke. '
         '"The roads will close," he said.\n\nMr. Yarmand shrugged. Mr. Yarmand left.', "The",
         "Mirza Mohammad Yarmand", "pronoun"),
        # A common given name, or its short form, tells a person's gender: "he" passes over Megyn Kelly.
        ('Megyn Kelly met Jeb Bush. "We talked," he said.', "We", "Jeb Bush", "pronoun"),
        ('Jeb Bush met Megyn Kelly. "We talked," she said.', "We", "Megyn Kelly", "pronoun"),
        ('Judge Tom Fane sentenced him. Edna Price wept in the gallery. "This was a betrayal," he said.', "This",
         "Tom Fane", "pronoun"),
        ('Coach Mark Hale picked the team. Siobhan Kerr scored twice. "We were brilliant," he said.', "We",
         "Mark Hale", "pronoun"),
        ('Judge Tom Fane sentenced him. Edna Price wept in the gallery. "This was a betrayal," she said.', "This",
         "Edna Price", "pronoun"),
        # A party or a platform named alone is no person a pronoun goes back to.
        ('Many Democratic voters like Ahmad Massoud. He says the valley is “safe.”', "safe", "Ahmad Massoud",
         "pronoun"),
        ('The candidate’s Twitter feed went quiet after Massoud spoke. He wrote: “Thank you.”', "Thank", "Massoud",
         "pronoun"),
        # A name behind a preposition ("around", "through") is no subject a pronoun can go back to.
        ('Massoud spoke. Making her way around Chez Vachon, Lisa Curtis thanked a diner. She says, “We can do it.”',
         "We", "Lisa Curtis", "pronoun"),
        ('Lisa Maddox spoke. "Where is the road?" she asked.', "Where", "Lisa Maddox", "pronoun"),
        # In a transcript's answer, "I" is whoever its label names, or the interviewee for "A:"; not the writer.
        ('Ahmad Massoud studies glaciers. He spoke to Lisa Curtis.\n\nCURTIS: What did they say?\n\nMASSOUD: I said, '
         '"Only if the ice moves."', "Only", "Ahmad Massoud", "pronoun"),
        ('Ahmad Massoud studies glaciers. He spoke to Lisa Curtis.\n\n**Curtis:** What did they say?\n\n**Massoud:** I '
         'said, "Only if the ice moves."', "Only", "Ahmad Massoud", "pronoun"),
        ('Ahmad Massoud studies glaciers. He spoke to Lisa Curtis.\n\nQ: What did they say?\n\nA: I said, "Only if '
         'the ice moves."', "Only", "Ahmad Massoud", "pronoun"),
        ('Ahmad Massoud studies glaciers.\n\nQ: I asked him, "Why ice?"\n\nA: Because.', "Why", "I", "pronoun"),
        ('When my mother mentioned the valley, I laughed and said, "I do not believe in it."', "I", "I", "pronoun"),
        # "I" inside a quotation is its speaker, even when a later sieve finds that speaker.
        ('“The crowd was huge. I said, ‘What are they doing?’ Then I left,” Ahmad Massoud said.', "What",
         "Ahmad Massoud", "pronoun"),
        ('"We met," Lisa Curtis said. "Then I told him, \'Go home.\' He went."', "Go", "Lisa Curtis", "pronoun"),
        ('Ahmad Massoud was asked about the talks. He laughed and said, "We will see."', "We", "Ahmad Massoud",
         "pronoun"),
        ('Lisa Maddox, a former analyst, spoke first.\n\n"The concern is real," she said.', "The", "Lisa Maddox",
         "pronoun"),
        ('Lisa Maddox spoke. Later Lisa Curtis met him.\n\n"He is clearheaded," she said.', "He", "Lisa Curtis",
         "pronoun"),
        ('Mr. Massoud and Ms. Curtis met.\n\n"We talked," he said.', "We", "Massoud", "pronoun"),
        ('Mr. Massoud and Ms. Curtis met.\n\n"We talked," she said.', "We", "Curtis", "pronoun"),
        ('Lisa Maddox has mellowed, but even now at 86 she still says things like, "Never again."', "Never",
         "Lisa Maddox", "pronoun"),
        # A participle hangs on the nearest clause with a subject pronoun, not on the sentence's subject;
        # a pronoun in a clause a cue reports is not that subject.
        ('Ms. Curtis met Mr. Massoud. Lisa Curtis was criticized for the talks, though last week he used stronger '
         'words, saying the Taliban “must go.”', "must", "Massoud", "pronoun"),
        ('Mr. Massoud met Lisa Curtis. She said he would stay, adding that it “will hold.”', "will", "Lisa Curtis",
         "pronoun"),
        ("He read Churchill's memoirs. At the same time as de Gaulle, he told them: \"Fight on.\"", "Fight",
         "Churchill", "pronoun"),
        ('Ahmad Massoud spoke last.\n\nHis message is one of hope: "We will win."', "We", "Ahmad Massoud", "pronoun"),
        ('"Nobody knows," she said.', "Nobody", "she", "pronoun"),
        # A pronoun no one named fits is the speaker in its subject form.
        ('I was driving. I had to change my answer: "Of course I believe it."', "Of", "I", "pronoun"),
        ('Then came her reply: "Of course I believe it."', "Of", "she", "pronoun"),
        ('Lisa Curtis spoke in Kabul. She said that her campaign would continue "to hold the valley."', "to",
         "Lisa Curtis", "pronoun"),
        ('"The road is open," Mr. Massoud said.\n\nLisa Curtis spoke last. She ended by saying, "We will hold."', "We",
         "Lisa Curtis", "pronoun"),
        # The name a question is put about is what the speaker was asked, not the speaker.
        ('Ahmad Massoud leads the talks. Asked whether Omar Yarmand would stay, he said: "He will."', "He",
         "Ahmad Massoud", "pronoun"),
        ('Lisa Curtis runs the firm. Asked if Crumbly was losing ground, she said: "Our volumes held."', "Our",
         "Lisa Curtis", "pronoun"),
        ('Ahmad Massoud was calm. Asked whether Omar Yarmand would stay, he smiled. "He will," he said.', "He",
         "Ahmad Massoud", "pronoun"),
        ('Ahmad Massoud was asked whether Omar Yarmand would stay. He said: "He will."', "He", "Ahmad Massoud",
         "pronoun"),
        # The doer of a passive is whom its sentence tells of; not when a pronoun is the passive's subject.
        ('Ahmad Massoud said the road was safe. That was disputed by Omar Yarmand, a resident. "It is a death trap," '
         'he said.', "It", "Omar Yarmand", "pronoun"),
        ('The company said the rotas were agreed. That claim was rejected by driver Lisa Maddox. "Nobody asked me," '
         'she said.', "Nobody", "Lisa Maddox", "pronoun"),
        ('Lisa Curtis spoke first. She was praised by Lisa Maddox. "I was lucky," she said.', "I", "Lisa Curtis",
         "pronoun"),
        # An unnamed subject with an aside between commas is the sentence's subject all the same.
        ('Ahmad Massoud treated 27 people. Another survivor, a bus driver, said the noise woke him. "It sounded like '
         'a train," he said.', "It", "Another survivor", "pronoun"),
        ('Lisa Curtis said crews pulled three people out. A nurse, asked what she would do next, shook her head. '
         '"Sleep," she said.', "Sleep", "A nurse", "pronoun"),
        ('Lisa Curtis said crews pulled three people out. A driver, asked what he would do next, shook his head. '
         '"Sleep," she said.', "Sleep", "Lisa Curtis", "pronoun"),
        # A sentence "she" opens, quoting no one, goes on about the one known as "she", not an unnamed source before.
        ('Lisa Curtis made an album. One critic called it "dull". She has the review framed. "I love that review," '
         'she says.', "I", "Lisa Curtis", "pronoun"),
        ('Ahmad Massoud wrote a play. One critic called it "a mess". He keeps the review on his desk. "It was a mess," '
         'he says.', "It", "Ahmad Massoud", "pronoun"),
        ('Lisa Curtis runs the clinic. A nurse said the ward was full. She added that two beds were broken. "We need '
         'more staff," she said.', "We", "A nurse", "pronoun"),
        ('Lisa Curtis spoke on Monday. A spokeswoman for the campaign said the rally was canceled. She has no new '
         'date. "We will reschedule," she said.', "We", "A spokeswoman for the campaign", "pronoun"),
    ],
    "continuation": [
        # A blockquote after another goes on from it, as a quoted paragraph after another does; but a credit on a line
        # of its own closes a quotation, in marks or not.
        ('Lisa Curtis wrote:\n\n> We will not close.\n\n> The families deserve better.', "The", "Lisa Curtis",
         "continuation"),
        ('> The road must stay open.\n> -- Ahmad Massoud\n\n> Stay home tonight.', "Stay", None, None),
        ('“The road must stay open.”\n\n— Ahmad Massoud\n\n“Stay home tonight.”', "Stay", None, None),
        # In a dialogue of questions and answers, a turn a paragraph, a question after an answer is the asker's
        # again and the answer to it the one asked's; turns that ask nothing are one speaker going on.
        ('"Did you sign it?" Lisa Curtis asked.\n\n"No," Mr. Massoud replied.\n\n"Are you sure?"\n\n"Yes."',
         "Are", "Lisa Curtis", "continuation"),
        ('"Did you sign it?" Lisa Curtis asked.\n\n"No," Mr. Massoud replied.\n\n"Are you sure?"\n\n"Yes."',
         "Yes", "Massoud", "continuation"),
        ('"We will win," Lisa Curtis said.\n\n"She is wrong," Mr. Massoud said.\n\n"Nobody believes her."',
         "Nobody", "Massoud", "continuation"),
        # A quotation that runs over paragraphs is one speaker's, wherever its cue stands.
        ('Lisa Curtis said the road was slow.\n\n"When the trucks came, the bridge was gone.\n\n"Both drivers walked '
         'out," Mr. Massoud said.', "When", "Massoud", "continuation"),
        # A fragment an attribution after it gives a speaker hands on to the quote after it, in its paragraph or
        # the next: the attribution closes its sentence.
        ('Her friends mock him, calling him "a buffoon," Lisa Curtis said.\n\n"But he is our buffoon."', "But",
         "Lisa Curtis", "continuation"),
        ('They met. "the reports are wrong," a spokeswoman, Jessica McNulty, said on Tuesday. "We have nothing."',
         "We", "Jessica McNulty", "continuation"),
        ('Mr. Massoud, who calls the plan "a trap," spoke first. Lisa Curtis called it "a gift," Ms. Maddox said. '
         '"It is neither."', "It", "Maddox", "continuation"),
        # ... a source described, not named, whose sieve comes later, as well.  The comma that closes a quotation
        # is no appositive's: the source begins after the closing mark.
        ('They met. "the reports are wrong," an aide to Mr. Massoud said on Tuesday. "We have nothing."',
         "We", "an aide to Mr. Massoud", "continuation"),
        ('Tom Fane ran the unit for a decade. He called the plan "a mess," said one former aide. "Nobody read it."',
         "Nobody", "one former aide", "continuation"),
        ('Tom Fane ran the unit. Turnout was "low," a council spokeswoman said. "Nobody came."',
         "Nobody", "a council spokeswoman", "continuation"),
        # A cue whose subject is the words just quoted restates them, in the voice of whoever said them; with no
        # speaker for those words, or a paragraph between, the phrase stays an unnamed source.
        ("Mr. Martinon spoke to the radio. « Nous restons », he said. In English, the line read: «We stay.»", "We",
         "Martinon", "continuation"),
        ("“We stay,” Lisa Curtis said.\n\n“Nous restons,” the passage continued in the French edition.", "Nous",
         "Lisa Curtis", "continuation"),
        ("“We stay,” Lisa Curtis said.\n\nShe left.\n\n“Nous restons,” the passage continued in the French edition.",
         "Nous", "the passage", "anonymous"),
        ("“We stay.” In English, the line read: “Nous restons.”", "Nous", "the line", "anonymous"),
        ("Mr. Martinon spoke to the radio. « Nous restons », he said. The line of the English text read: "
         "«We stay.»", "We", "Martinon", "continuation"),
        # A dash that opens the next paragraph credits the quote before it only when its line leads in no quote
        # of its own.
        ("“This is not a brand,” one aide said. “It is a promise.”\n\n— Ahmad Massoud, in a message to supporters: "
         "“Hold the line.”", "It", "one aide", "continuation"),
        ("“This is not a brand,” one aide said. “It is a promise.”\n\n— Ahmad Massoud, in a message to supporters.",
         "It", "Ahmad Massoud", "adjacent"),
        ('"The roads are small," Lisa Curtis said. They lie far from Mazar City or Herat City. "It is hard."', "It",
         "Lisa Curtis", "continuation"),
        ('Lisa Curtis replied in a statement, saying she "knows the valley."\n\n"Frankly, it needs help."', "Frankly",
         "Lisa Curtis", "continuation"),
        ('"We are ready," Mr. Massoud said. "Waiting is over."', "Waiting", "Massoud", "continuation"),
        ('"First," said Lisa Curtis.\n\n"Second, we wait."', "Second", "Lisa Curtis", "continuation"),
        ('"First," said Lisa Curtis. Mr. Martinon disagreed. "No."', "No", "Martinon", "lead-in"),
        ('Was he "withdrawing?" "I repeat: no," Mr. Massoud said.', "I", "Massoud", "adjacent"),
        ('"The gap is too wide," said a Nevada Democrat. "She needs a win."', "She", "a Nevada Democrat",
         "continuation"),
        # A description of someone named before goes on as well, as the person it describes.
        ('Lt. Gen. Mirza Mohammad Yarmand called from Kabul. "I told them," the general said. "They did not '
         'listen."', "They", "Mirza Mohammad Yarmand", "continuation"),
        ('"The vote is close," Lisa Curtis said. She wants Massoud "to wait a week."', "to", "Lisa Curtis", "lead-in"),
        ('"We hold the valley," said Lisa Curtis of the New York delegation.\n\n"Winter is coming."', "Winter",
         "Lisa Curtis", "continuation"),
        ('Lisa Curtis said that Massoud is "brave" and said that Mr. Martinon is "weak like a reed."', "weak",
         "Lisa Curtis", "continuation"),
        ('Aid was "slow for a month" as donors watched a "turbulent season" unfold, Lisa Curtis said.', "slow",
         "Lisa Curtis", "continuation"),
        ('Aid was "slow for a month." Donors watched a "turbulent season" unfold, Lisa Curtis said.', "slow",
         None, None),
        # A fragment in the sentence that attributes the quote before is passed over; one of its own is not.
        ('Lisa Curtis spoke. "We will win," she said, waving the "Valley First" flag of her party. "He is the one."',
         "He", "Lisa Curtis", "continuation"),
        ('Lisa Curtis spoke. "We will win," she said. Her aide called the vote "a fine result." "He is the one."',
         "He", "Lisa Curtis's aide", "continuation"),
        ('"We will win," Ahmad Massoud said. He was asked, "And if the road falls?"', "And", None, None),
    ],
    "lead-in": [
        # A blockquote set without marks is led in as a quote in marks is: a statement, a letter, a post.
        ('In a statement on Monday, Lisa Curtis wrote:\n\n> We will not close the clinic. The families who rely on it '
         'deserve better than rumours.', "We", "Lisa Curtis", "lead-in"),
        ('Ahmad Massoud chairs the council. Mr. Massoud said in a letter to the council:\n\n> The valley road '
         'must stay open.', "The", "Ahmad Massoud", "lead-in"),
        ('Lisa Curtis runs the clinic. She posted on X:\n\n> Stay home tonight.', "Stay", "Lisa Curtis", "lead-in"),
        # With no lead-in, no one.
        ('Lisa Curtis runs the clinic. The clinic has served the valley since 1990.\n\n> We will not close.', "We",
         None, None),
        ('> We will not close.\n\nLisa Curtis runs the clinic.', "We", None, None),
        # The words someone ended or greeted with are theirs.
        ('Ann Maddox ended the call with the words "Never again."', "Never", "Ann Maddox", "lead-in"),
        ('Ann Maddox greeted him with the words "Hello, stranger".', "Hello", "Ann Maddox", "lead-in"),
        # "The elder" of a surname two share, when the article does not tell their ages, is the one just named.
        ('Today the farm is run by Ruth Maddox.\n\n"We could sell," Ruth said.\n\nGerald Maddox, now 81, still '
         'walks the vineyard. Asked about the business, the elder Maddox laughed. "I planted it for Sundays."', "I",
         "Gerald Maddox", "lead-in"),
        # "Credit" after a verb is its object, no cue with the words before it for a source.
        ('Lisa Curtis made the film. She gives credit to the storytellers because to her, “nothing matters more '
         'than the story.”', "nothing", "Lisa Curtis", "lead-in"),
        # A sentence that opens with a pronoun and its verb has no opening phrase, whatever comma follows them.
        ('Ahmad Massoud studied in London.\n\nHe reaches, as he often does, for a European reference when asked '
         'what keeps him going.\n\n“My father kept a shelf of books.”', "My", "Ahmad Massoud", "lead-in"),
        ('Lisa Curtis and Mr. Massoud met.\n\nShe smiled, then, and looked away.\n\n“It was a long winter.”', "It",
         "Lisa Curtis", "lead-in"),
        # A pronoun with a verb run into it ("I’m") is neither a name nor an unnamed source: the words "them"
        # are let say go on from those "they’ll say" gives them.
        ('Ahmad Massoud smiled. “If they come, they’ll say, ‘We’re here to talk,’ and well I’m not, as a soldier, '
         'going to let them say, ‘You’re finished.’ I would say, ‘Come back later,’” he added.', "You’re", "they",
         "continuation"),
        # An unnamed source in the sentence before is read as the anonymous sieve reads one: "his office" is
        # the office of whom "his" refers to.
        ('David Martinon met them. His office said in a statement. "It was frank."', "It", "David Martinon's office",
         "lead-in"),
        # A name between a determiner and a noun describes the noun; the sentence's subject comes later.
        ('Preceded at the lectern by Lisa Curtis, the Kabul envoy and hard-liner, Mr. Massoud launched into a lament '
         'for the "countless Afghans" who are "victims of war."', "countless", "Massoud", "lead-in"),
        ('Lisa Curtis spoke last. Asked about the charge that she has been weak, she said they had made progress. '
         '"We are close."', "We", "Lisa Curtis", "lead-in"),
        ('KABUL, Afghanistan, Sept. 9 (AP) — Lt. Gen. Mirza Mohammad Yarmand criticized the deal as a "betrayal."',
         "betrayal", "Mirza Mohammad Yarmand", "lead-in"),
        ('Ahmad Massoud spoke last.\n\nHe had a warning for the West. "Winter is coming."', "Winter", "Ahmad Massoud",
         "lead-in"),
        ('Ahmad Massoud spoke last.\n\nHe says Afghans are answering his call. "Thousands join us."', "Thousands",
         "Ahmad Massoud", "lead-in"),
        ('Ted Nordhaus, an adviser, welcomed "the recognition that we know little."', "the", "Ted Nordhaus", "lead-in"),
        ('The weather turned. "Winter is here."', "Winter", None, None),
        # A nickname set inside a name, in marks, opens the sentence as the name would.
        ('Their guitarist, Colin "Tiny" Bryce, is back. Asked about it, "Tiny" shrugged. "He\'d be amazed."', "He'd",
         "Colin Bryce", "lead-in"),
        # Left alone: a title in marks that opens the sentence.
        ('The band played "Hamilton" twice. "Hamilton" opened the show. "It was loud."', "It", None, None),
        # In the sentence before, who was asked gives the answer.
        ('Ahmad Massoud was asked about the road. "It will be rebuilt."', "It", "Ahmad Massoud", "lead-in"),
        ('The meeting ran late.\n\n17-year-old Lisa Curtis echoed:\n\n"He speaks his mind."', "He", "Lisa Curtis",
         "lead-in"),
        ('The meeting ran late.\n\nLisa Curtis, 17, left early.\n\n"He speaks his mind."', "He", None, None),
        ('The meeting ran late.\n\nThe Kabul Council issued a statement on Monday.\n\n"We will hold the valley."', "We",
         "Kabul Council", "lead-in"),
        ('When Lisa Curtis left Kabul in 1998, Mr. Massoud released a statement: "We will miss her."', "We",
         "Massoud", "lead-in"),
        ('Lisa Maddox, who has in the past described Massoud as "a reluctant heir," spoke on Monday.', "a",
         "Lisa Maddox", "adjacent"),
        ('Notes from the valley - Lisa Curtis:\u00a0"The road is open."', "The", "Lisa Curtis", "lead-in"),
        ('Lisa Curtis used to back the envoy, but now said Massoud had "the duty to unite the valley."', "the",
         "Lisa Curtis", "lead-in"),
        ('Afghan resistance leader Ahmad Massoud has pointed to the valley as the last "free corner."', "free",
         "Ahmad Massoud", "lead-in"),
        # A name before the colon is the speaker, unless a preposition makes it the one spoken to.
        ('Lisa Curtis delivered a blunt message to Massoud: "It is time to quit."', "It", "Lisa Curtis", "lead-in"),
        ('More from Lisa Curtis: "The data confirm it."', "The", "Lisa Curtis", "lead-in"),
        ('A statement by Lisa Curtis: "The data confirm it."', "The", "Lisa Curtis", "lead-in"),
        # A cue with an unnamed subject in the sentence before: the phrase, kept as an anonymous source.
        ('Lisa Curtis spoke. The aid group said in a statement. "We will stay."', "We", "The aid group", "lead-in"),
        ('Massoud spoke.\n\nOfficials in Kabul said the road was closed.\n\n"Nobody passes."', "Nobody",
         "Officials in Kabul", "lead-in"),
        ('Lisa Curtis spoke. The aid group stayed in Kabul. "We will stay."', "We", None, None),
        ('Lisa Curtis elaborated in an essay that aid groups pledged to Massoud may leave.\n\n"Winter is hard."',
         "Winter", "Lisa Curtis", "lead-in"),
        # A clause of being asked, or a long opening phrase, comes before the subject of the sentence before.
        ('Asked whether Kabul would send more troops, Mr. Yarmand shrugged. "From where?"', "From", "Yarmand",
         "lead-in"),
        ('Lisa Curtis spoke.\n\nIn an Instagram video on Thursday, Massoud speculated that the men detained were '
         'Taliban.\n\n"They are coming."', "They", "Massoud", "lead-in"),
        # After "the", a name with a noun after it describes the noun, and is no sentence's subject.
        ('Massoud spoke.\n\nWhen they went out to dinner, the Afghan-born children of the valley would sidle up to '
         'him.\n\n"Will we go home?"', "Will", None, None),
        ('Prosecutor Ahmad Massoud read a statement from the victim\'s mother, Lisa Curtis, to the court. "Not a day '
         'passes when I do not think of her."', "Not", "Lisa Curtis", "lead-in"),
        ('The vicar, Ahmad Massoud, read out a poem written by the dead man\'s daughter, Lisa Curtis. "You taught '
         'me to swim."', "You", "Lisa Curtis", "lead-in"),
        ('Ahmad Massoud read a statement outside court. "I am innocent."', "I", "Ahmad Massoud", "lead-in"),
    ],
    "interview": [
        ('"We talk," Mr. Massoud says. "Talking is one thing."\n\nSo why talk? "Because I prefer peace."', "Because",
         "Massoud", "interview"),
        ('"We talk," Mr. Massoud says.\n\nFrom whom? "From anyone."', "From", "Massoud", "interview"),
        ('So why talk? "Because I prefer peace."', "Because", None, None),
        # A question that asks a person by name is answered by that person; one about what a name owns is not.
        ('"We talk," Mr. Massoud says.\n\nDoes Lisa Curtis agree? "Ahmad is more hopeful than I am."', "Ahmad",
         "Lisa Curtis", "interview"),
        ('"We talk," Mr. Massoud says.\n\nAnd what does Lisa Curtis make of it? "Not much."', "Not",
         "Lisa Curtis", "interview"),
        ('"We talk," Mr. Massoud says.\n\nDoes Ms. Curtis\'s plan work? "Not at all."', "Not", "Massoud",
         "interview"),
        # The writer's question in quotation marks, with a cue of its own: the answer after it is the one asked's,
        # whereas a question someone named asks goes on in their voice.
        ('Ahmad Massoud met us in Bazarak. "I know them," Mr. Massoud said.\n\n"Why do you stay?" I asked him. '
         '"Because it is home."', "Because", "Ahmad Massoud", "interview"),
        ('"I know them," Mr. Massoud said.\n\n“And the Taliban?” we asked. “They will not last.”', "They", "Massoud",
         "interview"),
        ('"I know them," Mr. Massoud said.\n\n"Why did they say \'no\'?" I asked him. "Because they were afraid."',
         "Because", "Massoud", "interview"),
        ('"I know them," Mr. Massoud said.\n\n"Why do you stay?" Lisa Curtis asked. "I would not."', "I",
         "Lisa Curtis", "continuation"),
        # The question on a line of its own, the answer opening the next paragraph: the person quoted most.
        (INTERVIEWED + 'Mr. Massoud gave us an hour.\n\nWhy now?\n\n"Because nobody else will."', "Because",
         "Massoud", "interview"),
        (INTERVIEWED + 'Mr. Massoud gave us an hour.\n\nWhat does "victory" mean now?\n\n"Nobody knows."', "Nobody",
         "Massoud", "interview"),
        # A transcript's label may stand before the answer; one just quoted before the question is whom it asks,
        # rather than the person quoted most, but not someone quoted or named in the question.
        ('"We win," Donald Trump said. "We always win," he added.\n\n"It is not about one person," Sen. Bernie Sanders '
         'said.\n\nQ: Will you campaign with her?\n\nA: "I already have."', "I", "Bernie Sanders", "interview"),
        (INTERVIEWED + 'What about Lisa Curtis’s claim that he was "leaving?" "I am staying."', "I", "Massoud",
         "interview"),
        # A long paragraph of narrative that ends on a question is no interviewer's question, hard line breaks or not.
        (INTERVIEWED + 'The valley has been cut off since the spring, the roads washed out\nand the bridges down, '
         'the markets empty and the schools closed for want of\nteachers, fuel and paper, and the elders no longer '
         'agree on anything. Why now?\n\n"Because nobody else will."', "Because", None, None),
        (INTERVIEWED + 'The valley has been cut off since the spring, the roads washed out and the bridges down, '
         'the markets empty and the schools closed for want of teachers, fuel and paper, and the elders no longer '
         'agree on anything at all. Why now?\n\n"Because nobody else will."', "Because", None, None),
        # A question that speaks of someone as "he" speaks of the one the article follows, not of the one quoted
        # just before it; unless the narrative since names that one again. The question is no aside a quotation
        # goes on across.
        (INTERVIEWED + '"It is thin," said Lt. Gen. Mirza Mohammad Yarmand.\n\nSo why talk, when his men still '
         'fight?\n\n"Because every war ends at a table."', "Because", "Massoud", "interview"),
        (INTERVIEWED + '"It is thin," said Lt. Gen. Mirza Mohammad Yarmand. Mr. Yarmand sold his farm.\n\nWhy '
         'did he sell?\n\n"Because the war took it."', "Because", "Mirza Mohammad Yarmand", "interview"),
        # Words the writer's question gives to "you" are the interviewee's: the person quoted most, or before anyone
        # is quoted the person named last; not "you" outside a question, nor inside someone's quote.
        ('Lisa Curtis spoke to us from Kabul.\n\n**You once said "every war ends". Do you still believe that?**\n\n'
         'Less than I did.', "every", "Lisa Curtis", "interview"),
        ('Lisa Curtis spoke to us from Kabul.\n\nQ: You told us in 2019, "I will never go back." What changed?\n\n'
         'A: My father got ill.', "I", "Lisa Curtis", "interview"),
        (INTERVIEWED + 'Q: You once called the talks "theatre". Do you regret it?\n\nA: No.', "theatre", "Massoud",
         "interview"),
        ('Lisa Curtis spoke to us from Kabul.\n\nYou once said "every war ends". It does not.', "every", "You",
         "anonymous"),
        ('Lisa Curtis met Ahmad Massoud. "You said \'never\'. Why?" he asked her.', "never", "You", "anonymous"),
        # Before anyone is quoted, the interviewee is the one named most, of equals the first named.
        ('Ahmad Massoud studies glaciers. He spoke to Lisa Curtis.\n\nQ: You once called it "hopeless". Why?\n\nA: '
         'It was.', "hopeless", "Ahmad Massoud", "interview"),
    ],
    "document": [
        # A document speaks for whoever the article said issued it: by a verb of issuing, a cue's medium, an owner,
        # "from" or "by" after it.
        ('Ahmad Massoud issued a statement on Monday. "We will not leave," the statement said.', "We",
         "Ahmad Massoud", "document"),
        ('Lisa Curtis said in a letter to the council that the talks had failed. "Nobody is listening," the letter '
         'said.', "Nobody", "Lisa Curtis", "document"),
        # A list of names that issued it issued it together.
        ('Ahmad Massoud and Bernard-Henri Lévy said in a joint statement that the valley would hold. "We ask to be '
         'heard," the statement said.', "We", "Ahmad Massoud and Bernard-Henri Lévy", "document"),
        ('Ahmad Massoud and Lisa Curtis issued a statement. "We ask nothing," it read.', "We",
         "Ahmad Massoud and Lisa Curtis", "document"),
        ("Lisa Curtis spoke. Ahmad Massoud's statement was short. \"We will not leave,\" the statement said.", "We",
         "Ahmad Massoud", "document"),
        ('"We will not leave," according to a statement from the French Foreign Ministry.', "We",
         "French Foreign Ministry", "document"),
        # "It" after a document is its issuer, even a person, whom "it" could not mean; another body named from the
        # sentence that brought the document in may be meant instead.
        ('Lisa Curtis spoke. Ahmad Massoud issued a statement. "We will not leave," it read.', "We", "Ahmad Massoud",
         "document"),
        ('Ahmad Massoud issued a statement. The Pentagon declined to comment. "We will not leave," it said.', "We",
         "Pentagon", "pronoun"),
        ('The Pentagon read a report by Lisa Curtis. "We will not leave," it said.', "We", "Pentagon", "pronoun"),
        # "It" for a body described is the organisation so named: "the agency" the United Nations refugee agency.
        ('The United Nations refugee agency met donors. The agency warned of snow. "We are out of tents," it said.',
         "We", "United Nations", "pronoun"),
        # "He" is never a body: the United Nations is no longer read as a person's name.
        ('According to the United Nations, aid is late. Two officials spoke. "It is late," he said.', "It", "he",
         "pronoun"),
        # A definite mention reads back to where the document was brought in; one brought in with no issuer
        # is anonymous still.
        ('Ahmad Massoud issued a statement. The statement ran to three pages. "We will not leave," the statement '
         'said.', "We", "Ahmad Massoud", "document"),
        ('Ahmad Massoud spoke. A statement was posted online. "We will not leave," the statement said.', "We",
         "the statement", "anonymous"),
        ('Lisa Curtis spoke. Ahmad Massoud issued a statement. The statement ran long. "We will not leave," it read.',
         "We", "Ahmad Massoud", "document"),
        # A document set off before an aside still speaks for its issuer, but a phrase opening with a preposition
        # is no subject.
        ('A statement from Lisa Curtis, read by her lawyer Ahmad Massoud outside court, said: "I am innocent."', "I",
         "Lisa Curtis", "document"),
        ('A statement from Lisa Curtis, released on Monday, said: "I am innocent."', "I", "Lisa Curtis", "document"),
        ('In a letter from Kabul, Lisa Curtis, the envoy, wrote: "I am innocent."', "I", "Lisa Curtis", "adjacent"),
        # The issuer after a participle, in the phrase or set off after it, is the speaker, not the document.
        ('An email sent by Tom Fane on Friday said: "Let us not make this bigger."', "Let", "Tom Fane", "document"),
        ('A second email, sent by Tom Fane two days later, said: "Let us not make this bigger."', "Let", "Tom Fane",
         "document"),
        ('A memo written by Ann Cole in March warned: "The roof could collapse."', "The", "Ann Cole", "document"),
        ('The letter, by contrast, said: "We will not pay."', "We", "The letter", "anonymous"),
        # "A text" is a document where its sender is named after it; not "the text" alone or of a bill.
        ('A text from Tom Fane read: "All good for tomorrow?"', "All", "Tom Fane", "document"),
        ('Tom Fane spoke. "We will not pay," the text said.', "We", "the text", "anonymous"),
        ('The text of the bill from Senator Tom Fane says: "No tax shall rise."', "No",
         "The text of the bill from Senator Tom Fane", "anonymous"),
        # A message no noun brought in is the last one's who sent it, or replied, just before.
        ('Tom Fane emailed Ann Cole on Monday. Ms Cole replied the next morning. "I am not comfortable," the email '
         'read.', "I", "Ann Cole", "document"),
        ('Tom Fane emailed Ann Cole on Monday. "Call me," the email read.', "Call", "Tom Fane", "document"),
        ('Tom Fane called Ann Cole on Monday. "Call me," the email read.', "Call", "the email", "anonymous"),
    ],
    "nominal": [
        # An age or a sport's role set after a name is a description of its holder: "the 23-year-old".
        ('Ahmad Massoud, 23, scored again. "We deserved a point," said the 23-year-old.', "We", "Ahmad Massoud",
         "nominal"),
        ('Ahmad Massoud, a 23-year-old striker, scored. "We deserved a point," said the striker.', "We",
         "Ahmad Massoud", "nominal"),
        ('Ahmad Massoud, a 23-year-old striker, scored. "We deserved a point," the 23-year-old said.', "We",
         "Ahmad Massoud", "nominal"),
        # Court roles set beside a name: "the accused" is a noun after its article, not the verb "accused".
        ('Lisa Maddox, the defendant, denies fraud. "I loved him," the defendant told the jury.', "I", "Lisa Maddox",
         "nominal"),
        ('Ahmad Massoud, the accused, sat in the dock. "I was at home," the accused told the jury.', "I",
         "Ahmad Massoud", "nominal"),
        ('The claimant, Lisa Curtis, was sacked in 2021. "I was treated badly," the claimant told the tribunal.', "I",
         "Lisa Curtis", "nominal"),
        ('The complainant, Lisa Curtis, gave evidence. "He would not let me leave," the complainant said.', "He",
         "Lisa Curtis", "nominal"),
        ('Ahmad Massoud, the defendant, gave evidence. "I never touched her," Massoud said. "Not once," the '
         'defendant added.', "Not", "Ahmad Massoud", "nominal"),
        # "The company" or "the charity" is a name that spoke of itself as "it" just before, when only one did, with
        # no given name, title or gender; not after "it was", which may mean anything.
        ('Northwind said it would cut 300 jobs. "These are hard choices," the company said.', "These", "Northwind",
         "nominal"),
        ('The Harbour Lights Trust said on Monday it would close two shelters. "We are saddened," the charity said.',
         "We", "Harbour Lights Trust", "nominal"),
        ('Northwind said it would cut jobs. Veltmart said it would not. "These are hard choices," the company said.',
         "These", "the company", "anonymous"),
        ('Lisa Curtis said it would cut jobs. "These are hard choices," the company said.', "These", "the company",
         "anonymous"),
        ('Martinon said it was unfair. "We follow the rules," the company said.', "We", "the company", "anonymous"),
        # An age no one was given is the one person its paragraph named before it, outside quotes; not when the
        # paragraph names another, holds the age already, or the person was given another age.
        ('Massoud, who has now scored in five straight games, said the mood was "grim". "We deserved a point," the '
         '23-year-old said.', "We", "Massoud", "nominal"),
        ('Massoud and Lisa Curtis said the mood was "grim". "We deserved a point," the 23-year-old said.', "We",
         "the 23-year-old", "anonymous"),
        ('Massoud said the mood was "grim". A 23-year-old fan was held. "We deserved a point," the 23-year-old said.',
         "We", "the 23-year-old", "anonymous"),
        ('Ahmad Massoud, 31, scored.\n\nMassoud said the mood was "grim". "We deserved a point," the 23-year-old '
         'said.', "We", "the 23-year-old", "anonymous"),
        ('"Massoud was great," the 23-year-old said.', "Massoud", "the 23-year-old", "anonymous"),
        # "The teenager", "the teen", "the youngster": the one of the last people named who was given an age of
        # 13 to 19; no one given another.
        ('Tom Maddox, 19, wrapped it up in stoppage time. The teenager said: "My mum will be crying."', "My",
         "Tom Maddox", "nominal"),
        ('Ana Curtis, a 16-year-old from Leeds, won the title. "I can\'t believe it," said the teenager.', "I",
         "Ana Curtis", "nominal"),
        ('Tom Maddox, 18, scored twice. "My mum will be crying," the teen said.', "My", "Tom Maddox", "nominal"),
        ('Tom Maddox, 34, scored. Ben Hale, 17, watched. "My mum will cry," said the youngster.', "My", "Ben Hale",
         "nominal"),
        ('Tom Maddox, 34, scored. "My mum will cry," said the teenager.', "My", "the teenager", "anonymous"),
        ('Tom Maddox scored twice. "My mum will cry," said the teenager.', "My", "the teenager", "anonymous"),
        # A description is someone the article named with that role, if among the last few people named.
        ('Sen. Marco Rubio spoke on Monday. "We will win," the Florida senator said.', "We", "Marco Rubio",
         "nominal"),
        # "Rep." is a congressman or a congresswoman, as the person's gender allows, and a lawmaker.
        ('Rep. Tom Fane, R-Texas, led the objection. "Ask the folks in Amarillo," the congressman said.', "Ask",
         "Tom Fane", "nominal"),
        ('Rep. Ana Yarmand (D-N.Y.) spoke. "Ask the folks in Queens," the lawmaker said.', "Ask", "Ana Yarmand",
         "nominal"),
        ('Rep. Tom Fane met Rep. Ana Yarmand. "Ask the folks in Amarillo," the congressman said.', "Ask",
         "Tom Fane", "nominal"),
        # Police ranks, with points or without, and their two-word forms: "the detective inspector".
        ('Det Insp Karen Maddox is leading the inquiry. "It was targeted," the detective inspector said.', "It",
         "Karen Maddox", "nominal"),
        ('Det. Insp. Karen Maddox is leading the inquiry. "It was targeted," the detective inspector said.', "It",
         "Karen Maddox", "nominal"),
        ('Chief Supt Karen Maddox is leading the inquiry. "It was targeted," the superintendent said.', "It",
         "Karen Maddox", "nominal"),
        ('Det Sgt Tom Fane is leading the inquiry. "It was targeted," the inspector said.', "It", "the inspector",
         "anonymous"),
        # A party-state tag gives the party and the state: "Sen. Omar Massoud (R-Ohio)" is "the Ohio Republican".
        ('Sen. Omar Massoud (R-Ohio) backed the deal. "I have concerns," the Ohio Republican said.', "I",
         "Omar Massoud", "nominal"),
        ('Sen. Jane Curtis, D-Mass., and Sen. Omar Massoud, R-OH, spoke. "We are not done," the Massachusetts '
         'Democrat said.', "We", "Jane Curtis", "nominal"),
        ('Sen. Omar Massoud (R-Ohio) and Sen. Jane Curtis (D-Mass.) spoke. "We are not done," the Ohio senator said.',
         "We", "Omar Massoud", "nominal"),
        ('Sen. Omar Massoud (R-Ohio) backed the deal. "I have concerns," the Texas Republican said.', "I",
         "the Texas Republican", "anonymous"),
        ("Ahmad Massoud's uncle, Ahmad Wali Massoud, served in London. \"We were promised everything,\" the uncle "
         "said.", "We", "Ahmad Wali Massoud", "nominal"),
        ('Lisa Maddox, a senior analyst at the center, spoke. "It is over," the analyst said. "Done," she added.',
         "Done", "Lisa Maddox", "pronoun"),
        ('Republican presidential candidate Donald Trump and Lisa Curtis met. "It is over," the candidate said.',
         "It", "Donald Trump", "nominal"),
        # A people or a party calls someone the article called so, or its land: "the Frenchman", "the Texan";
        # with a place, only someone of that place; a plain one the one person named last, if alone.
        ('"It was slow," said Bernard Martinon, a French diplomat, and Lisa Curtis agreed. The Frenchman, who '
         'served in Kabul, added: "Patience is a weapon."', "Patience", "Bernard Martinon", "nominal"),
        ('Former Texas Gov. Rick Perry and Lisa Curtis met. "We need a leader," the Texan said.', "We", "Rick Perry",
         "nominal"),
        ('Republican Lisa Curtis and Ahmad Massoud met. "It is over," the Ohio Republican said.', "It",
         "the Ohio Republican", "anonymous"),
        ('Ahmad Massoud met reporters. "We will not leave," the Afghan said.', "We", "Ahmad Massoud", "nominal"),
        ('Ahmad Massoud met reporters. "We will not leave," the young Afghan said.', "We", "Ahmad Massoud",
         "nominal"),
        ('Ahmad Massoud met Lisa Curtis. "We will not leave," the Afghan said.', "We", "the Afghan", "anonymous"),
        ('The French and the Afghans met. "We will not leave," the French said.', "We", "French", "adjacent"),
        # The one of a people listed in the plural, though a given name too: "the Scot", "the Finn", "the Czech".
        ('Tom Hart won in four sets. "My hip feels fine," the Scot said.', "My", "Tom Hart", "nominal"),
        ('Tom Hart won in four sets. "My hip feels fine," the Finn said.', "My", "Tom Hart", "nominal"),
        ('Tom Hart won in four sets. "My hip feels fine," the Czech said.', "My", "Tom Hart", "nominal"),
        ('Tom Hart met Ann Cole. "My hip feels fine," the Dane said.', "My", "the Dane", "anonymous"),
        ('Finn Russell kicked the winner. "We were lucky," Finn said.', "We", "Finn Russell", "adjacent"),
        ('Tom Hart won. "We were lucky," the Czech captain said.', "We", "the Czech captain", "anonymous"),
        # A people word whose adjective or land its stem does not begin: "the Spaniard" is someone called Spanish.
        ('Spanish striker Diego Martinon scored twice. Tom Maddox also scored. "People said I was finished," the '
         'Spaniard said.', "People", "Diego Martinon", "nominal"),
        ('Danish rider Lars Maddox won the stage. Tom Hale crashed. "It was chaos," said the Dane.', "It",
         "Lars Maddox", "nominal"),
        ('Polish striker Piotr Curtis scored. Tom Hale missed a penalty. "We deserved it," the Pole said.', "We",
         "Piotr Curtis", "nominal"),
        ("Finland's Tom Hale won. Ben Curtis was second. \"I was lucky,\" the Finn said.", "I", "Tom Hale",
         "nominal"),
        ('Spanish striker Diego Martinon scored. Tom Maddox also scored. "It was chaos," said the Dane.', "It",
         "the Dane", "anonymous"),
        # The words of title before a name stop at the sentence's start and at a name before it: "Brazilian" calls
        # Massoud, not the Curtis named next.
        ('Brazilian forward Rafael Massoud scored twice. Ben Curtis came off injured. "I was lucky," the Brazilian '
         'said.', "I", "Rafael Massoud", "nominal"),
        ('French midfielder Luc Martinon scored after Kasim Yarmand fouled Tom Maddox. "I was lucky," the Frenchman '
         'said.', "I", "Luc Martinon", "nominal"),
        ('Kasim Yarmand fouled French midfielder Luc Martinon. Tom Hale watched. "I was lucky," the Frenchman said.',
         "I", "Luc Martinon", "nominal"),
        # A description that counts people means the last list of as many names: "the two men", "the pair".
        ('Ahmad Massoud and Bernard-Henri Lévy signed a statement. "We ask to be heard," the two men wrote.', "We",
         "Ahmad Massoud and Bernard-Henri Lévy", "nominal"),
        ('Also Monday, Lisa Curtis and Committee Chairman Lisa Maddox (R-S.C.) sent a letter.\n\n"You seem to have '
         'picked a new standard," the two write.', "You", "Lisa Curtis and Lisa Maddox", "nominal"),
        ('KABUL — Lisa Curtis, Lisa Maddox and Ahmad Massoud met. "We agree," the three said.', "We",
         "Lisa Curtis, Lisa Maddox and Ahmad Massoud", "nominal"),
        ('Ahmad Massoud met Lisa Curtis and Lisa Maddox. "We agree," the two women said.', "We",
         "Lisa Curtis and Lisa Maddox", "nominal"),
        # ... but not a list of another length.
        ('Lisa Curtis, Lisa Maddox and Ahmad Massoud met. "We agree," the two women said.', "We", "the two women",
         "anonymous"),
        # A list's names may each have a description or an age set beside them.
        ('Jess and Daniel Curtis married on Saturday. The coxswain, Pete Maddox, and his deputy, Ian Yarmand, were '
         'ushers. "This was a first," both men said.', "This", "Pete Maddox and Ian Yarmand", "nominal"),
        ('Ann Cole and Tom Fane were elected. Neil Hale, the leader, and Sam Ford, his deputy, were absent. "No '
         'comment," the pair said.', "No", "Neil Hale and Sam Ford", "nominal"),
        ('Ann Cole and Tom Fane were elected. Neil Hale, 34, and Sam Ford, 29, were absent. "No comment," the two '
         'men said.', "No", "Neil Hale and Sam Ford", "nominal"),
        # "Both men" are no list of women, "the sisters" none of men.
        ('Neil Hale and Sam Ford won. Sue Hale and Kate Bell lost. "We won," both men said.', "We",
         "Neil Hale and Sam Ford", "nominal"),
        # A plural noun for such people, uncounted, means the list just named; not a list of the other gender, and
        # nobody when none was named.
        ('Tom Fane and Neil Fane run the farm. "It is finished," the brothers said.', "It", "Tom Fane and Neil Fane",
         "nominal"),
        ('Sue Hale and Kate Bell run the bakery. "We will stay open," the sisters said.', "We",
         "Sue Hale and Kate Bell", "nominal"),
        ('Tom Fane and Neil Fane run the bakery. "We will stay open," the sisters said.', "We", "the sisters",
         "anonymous"),
        ('The farm was sold on Friday. "It is finished," the brothers said.', "It", "the brothers", "anonymous"),
        # ... nor a list of the paragraph before: "the newlyweds" may be others than the last two named.
        ('Jess and Daniel Curtis married. Sam Fane and Leo Martinon read a poem.\n\nThe crew gave the pair a chart. '
         '"We will hang it," the newlyweds said.', "We", "the newlyweds", "anonymous"),
        # A body described ("the agency", "the department") is the organisation the article named with that noun,
        # in its name or just after it; none such, and the phrase stays.
        ('The United Nations refugee agency met donors. Lisa Curtis spoke. "We are out of tents," the agency said.',
         "We", "United Nations", "nominal"),
        ('The State Department and the Pentagon met. "We are watching," the department said.', "We",
         "State Department", "nominal"),
        ('The United Nations agency said aid was late. "We are out of tents," the agency said.', "We",
         "United Nations", "nominal"),
        # ... or the noun of the description set beside its name, and "the company" a name a company's ends
        # with, "the group" a club's or a coalition's.
        ('The Kabul Traders, the city\'s largest merchants\' union, met Mr. Yarmand. "We will not pay," the union '
         'said.', "We", "Kabul Traders", "nominal"),
        ('Maddox Mining, a Canadian gold producer, denied the report. "We follow the law," the company said.', "We",
         "Maddox Mining", "nominal"),
        ('Shares of Curtis Freight Corp. fell. "We remain confident," the company said.', "We", "Curtis Freight Corp",
         "nominal"),
        ('The Martinon Club opposed the plan. "This is a giveaway," the group said.', "This", "Martinon Club",
         "nominal"),
        ('Maddox Foods, the country\'s third-largest grocer, cut jobs. "These are hard decisions," the company said.',
         "These", "Maddox Foods", "nominal"),
        ('The organisers, the Kabul Lights Trust, replied. "We are saddened," the trust said.', "We",
         "Kabul Lights Trust", "nominal"),
        # A body a person's name owns is that person's: "Hillary Clinton’s campaign", "the Sanders campaign".
        ('Hillary Clinton’s campaign met donors. "We are not going anywhere," the campaign said.', "We",
         "Hillary Clinton's campaign", "nominal"),
        ('Bernie Sanders spoke. The Sanders campaign met donors. "We are not going anywhere," the campaign said.',
         "We", "Bernie Sanders's campaign", "nominal"),
        ('Clinton campaign manager Robby Mook spoke. "We are not going anywhere," the campaign said.', "We",
         "the campaign", "anonymous"),
        ('Ahmad Massoud spoke to the Pentagon. "We are watching," the agency said.', "We", "the agency", "anonymous"),
        # An office's title in capitals is a description as in lower case: its holder named before, or the office.
        ('Prime Minister Ahmad Massoud visited Kabul. "We will fix it," the Prime Minister said.', "We",
         "Ahmad Massoud", "nominal"),
        ('Lisa Curtis, the Home Secretary, visited Kabul. "We will fix it," the Home Secretary said.', "We",
         "Lisa Curtis", "nominal"),
        ('"We will fix it," the Prime Minister said.', "We", "the Prime Minister", "anonymous"),
        ('"Nobody is hiding anything," one Tory MP said.', "Nobody", "one Tory MP", "anonymous"),
        ('The United Nations said on Tuesday that aid was late. "We are out of tents," the agency said.', "We",
         "the agency", "anonymous"),
        # A description no one named holds, one that fits two holders none of whose roles has its place name,
        # or a holder named before three others, stays the anonymous phrase.
        ('Lisa Curtis spoke. "It is over," the senator said.', "It", "the senator", "anonymous"),
        ('Sen. Marco Rubio and Sen. Joni Ernst spoke. "We will win," the Vermont senator said.', "We",
         "the Vermont senator", "anonymous"),
        ('Gov. Chris Christie spoke. Donald Trump answered. Jeb Bush and Ben Carson left. "It is over," the governor '
         'said.', "It", "the governor", "anonymous"),
        ('Ahmad Massoud spoke. "It is over," the statement said.', "It", "the statement", "anonymous"),
    ],
    "anonymous": [
        # A subject longer than eight words that a participle or a place goes on is read whole from its article; not a
        # phrase after a dash and a stop word inside the sentence.
        ('Luis Martinon rejected that. An elderly woman sitting on a sack of rice outside the old church said she had '
         'lost "everything".', "everything", "An elderly woman sitting on a sack of rice outside the old church",
         "anonymous"),
        ('Luis Martinon left.\n\nA young man in a red football shirt standing near the bridge said: "It was mud."',
         "It", "A young man in a red football shirt standing near the bridge", "anonymous"),
        ('On Friday, Massoud — named by the Herald as the likeliest choice for the next deputy leader of the party — '
         'told reporters that "it is flattering".', "it", "Massoud", "lead-in"),
        # "His family": a noun in "-ly" after a possessive, no adverb between a subject and its cue.
        ('Tom Fane died in May. His family said he had been "a gentle man".', "a", "Tom Fane's family", "anonymous"),
        ('Ann Cole died in May. In a statement, her family said she was "a gentle soul".', "a", "Ann Cole's family",
         "anonymous"),
        ('Ann Cole died in May. Their family said she had been "a gentle soul".', "a", "Their family", "anonymous"),
        # A credit line that names a writing and an unnamed source: the source.
        ('> The clinic stays open.\n>\n> — Statement from the ministry', "The", "the ministry", "anonymous"),
        ('“The clinic stays open.”\n\n— Statement from the ministry', "The", "the ministry", "anonymous"),
        # An unnamed source set off by commas speaks on in the participle after its cue; the sentence's opening
        # phrase is a thing.
        ('A deal could come next week, one of the people said, adding that talks were "at the lawyers\' stage".',
         "at", "one of the people", "anonymous"),
        ('The depot will close in June, a spokesman said, adding that the decision was "final".', "final",
         "a spokesman", "anonymous"),
        ('Shares will rise, analysts said, calling the results "strong".', "strong", "analysts", "anonymous"),
        ('A spokesman for the council said the road would close, adding that it was "unsafe".', "unsafe",
         "A spokesman for the council", "anonymous"),
        # Heckles and cries: an unnamed source after a verb of loud or sharp speech.
        ('Lisa Curtis reached the despatch box. "Where is the money?" bellowed an MP.', "Where", "an MP",
         "anonymous"),
        ('Lisa Curtis sat down. "Shame!" hissed someone.', "Shame!", "someone", "anonymous"),
        ('Lisa Curtis sat down. "Resign!" roared the man beside me.', "Resign!", "the man beside me", "anonymous"),
        ('"It was close," Mr. Massoud said as the crowd roared.', "It", "Massoud", "adjacent"),
        # A sentence that opens with a time or a place and no comma has its subject after it; a time after the
        # subject, or before the sentence, is no part of it.
        ('On Monday Lisa Curtis said the plan was "dead".', "dead", "Lisa Curtis", "adjacent"),
        ('On Monday the minister said the plan was "dead".', "dead", "the minister", "anonymous"),
        ('At the hearing the judge said the plea was "too late".', "too", "the judge", "anonymous"),
        ('In a statement the council said the plan was "dead".', "dead", "the council", "anonymous"),
        # An aside set off after an unnamed subject, ending in a pronoun ("asked about it"), leaves the subject its cue.
        ('One fan, asked about it later, said only: "Never again."', "Never", "One fan", "anonymous"),
        ('A neighbour, asked what she thought of it, said: "It is a disgrace."', "It", "A neighbour", "anonymous"),
        ('The minister on Tuesday insisted she would not "blink first".', "blink", "The minister", "anonymous"),
        ('Yesterday the minister said the plan was "dead".', "dead", "the minister", "anonymous"),
        ('Officials in Kabul said the plan was "dead".', "dead", "Officials in Kabul", "anonymous"),
        # A year alone after the preposition is a time too, and a time goes after a noun's "of" phrase.
        ('The panel in 2014 said the plan was "unworkable".', "unworkable", "The panel", "anonymous"),
        ('A panel of judges in 2014 said the plan was "unworkable".', "unworkable", "A panel of judges", "anonymous"),
        ('The head of the panel on Monday said it was "unworkable".', "unworkable", "The head of the panel",
         "anonymous"),
        # ... but not a year that leads on to a clause's own subject.
        ("Hillary Clinton spoke first. She is sure of the contrast between her and Trump, and since 2008 she has "
         "often told Obama’s team — jokingly but with edge — that “I only lost one debate.”", "I",
         "Hillary Clinton", "pronoun"),
        ('In opposing the request, the minister said it was "futile".', "futile", "the minister", "anonymous"),
        # So has a participle's, and a sentence's with no cue.
        ('By Saturday evening the trust had posted a second statement, saying it had "paused all comment".',
         "paused", "the trust", "anonymous"),
        ('At the hearing the council voted for a resolution that "condemns the plan".', "condemns", "the council",
         "anonymous"),
        ('For the minister the plan was "dead".', "dead", None, None),
        # One called by a role or a trade and a verb in the present: the phrase ends before the verb, and a
        # work's title in the opening phrase is part of it.
        ('A fisherman stares at the sea and says: "It owes us nothing."', "It", "A fisherman", "anonymous"),
        ('In "Harbour Lights", a fisherman turns and says: "It owes us nothing."', "It", "a fisherman",
         "anonymous"),
        ('In the novel "The Long Tide," a widow opens the letter and reads aloud: "Come home."', "Come", "a widow",
         "anonymous"),
        ('The night nurse checks her notes and says, "Nearly there."', "Nearly", "The night nurse", "anonymous"),
        # ... but not a plural noun that the phrase goes on with.
        ('The chief operations officer says: "It owes us nothing."', "It", "The chief operations officer",
         "anonymous"),
        # ... but after "with" the phrase before the participle is its own subject.
        ('The bill passed on Tuesday, with the minister calling it "a historic day".', "a", "the minister",
         "anonymous"),
        ('Shares fell, with analysts describing the results as "a disaster".', "a", "analysts", "anonymous"),
        # A phrase about the one after "with" may stand before the participle; a name keeps its own.
        ('A row over the concert spread online, with the singer at its centre accusing organisers of "lying".',
         "lying", "the singer at its centre", "anonymous"),
        ('A row over the concert spread online, with Lisa Curtis at its centre accusing organisers of "lying".',
         "lying", "Lisa Curtis", "adjacent"),
        ('The bill passed, with the head of the Greens calling it "a historic day".', "a", "the head of the Greens",
         "anonymous"),
        ('Lisa Curtis left the stage with the band and the crew in tow, saying the show was "over".', "over",
         "Lisa Curtis", "adjacent"),
        # "what" ends the phrase read back from a cue that names the quote right after it ...
        ('The band split up eight months later amid what the music press called "creative differences".',
         "creative", "the music press", "anonymous"),
        ('The band split up amid what critics have called a "creative rift".', "creative", "critics", "anonymous"),
        # ... not from one after the quote, which names something else.
        ('Massoud called the envoy "a stranger," which is what some wrongly call anyone from Paris.', "a",
         "Massoud", "adjacent"),
        # A participle's subject is the sentence's, which ends at its verb.
        ('The union released a statement on Friday calling the offer "an insult".', "an", "The union", "anonymous"),
        # A relative pronoun stands for the phrase a participle's phrase is set after ...
        ('Ministers were criticised in a report published on Monday, which said the scheme was "a failure".', "a",
         "a report", "anonymous"),
        ("The militia threatened to close the crossing, according to a statement posted on the council's website, "
         'which said the government had "betrayed every promise".', "betrayed", "a statement", "anonymous"),
        # ... but not for the subject of a clause whose verb ends in "-ed", nor past a doer after "by".
        ('The council voted for the resolution, which said the city "condemns" the plan.', "condemns",
         "the resolution", "anonymous"),
        ('Lisa Curtis disowned remarks made by a campaign aide, who said voters were "fools".', "fools",
         "a campaign aide", "anonymous"),
        # A name set beside a role, after words of title or a role's place: the name.
        ('The union\'s leader, the veteran organiser Lisa Curtis, said the offer was "an insult".', "an",
         "Lisa Curtis", "adjacent"),
        ('The head of the board, former banker Ahmad Massoud, said the plan was "reckless".', "reckless",
         "Ahmad Massoud", "adjacent"),
        ('"The cuts are unavoidable," said the MP for Kabul, Lisa Curtis.', "The", "Lisa Curtis", "adjacent"),
        ('"The cuts are unavoidable," said the mayor of Kabul, Lisa Curtis.', "The", "Lisa Curtis", "adjacent"),
        ('"The cuts are unavoidable," said the MP, Lisa Curtis.', "The", "Lisa Curtis", "adjacent"),
        # An abbreviation's point does not end a phrase read after an inverted cue; a name that ends the phrase
        # after words of title is who speaks, but not capitals after a determiner, which describe someone.
        ('"He is patient," said one of Mr. Massoud\'s aides.', "He", "one of Mr. Massoud's aides", "anonymous"),
        ('"He is patient," said a U.S. official.', "He", "a U.S. official", "anonymous"),
        ('"He is patient," said retired Army Lt. Gen. Mirza Mohammad Yarmand.', "He", "Mirza Mohammad Yarmand",
         "adjacent"),
        # A wire dateline opens no appositive: the subject is the name after its dash.
        ('KABUL, Afghanistan — Ahmad Massoud, 34, a leader of the resistance, said the talks had "run out of road."',
         "run", "Ahmad Massoud", "adjacent"),
        ('RENO, Nev. (AP) — Lisa Curtis, a former official, told reporters the plan was "dead on arrival."', "dead",
         "Lisa Curtis", "adjacent"),
        ('"He is patient," said a New Hampshire Republican.', "He", "a New Hampshire Republican", "anonymous"),
        # Words read back from a cue that hold a verb are a piece of clause: the source is what a relative
        # pronoun before them stands for, the subject of a clause a verb brings in, or the clause's own subject.
        ('Lisa Curtis spoke. The groups who wrote to Ms. Curtis on Thursday say they are "concerned about the talks."',
         "concerned", "The groups", "anonymous"),
        ('That is why critics say he had proposed to "dismantle" the council.', "dismantle", "critics", "anonymous"),
        ('The commander has mocked a reporter, referred to the elders as "old men" and left.', "old",
         "The commander", "anonymous"),
        ('Lisa Curtis spoke.\n\n“Maybe I can, by speaking directly to them, say, ‘Look, this is not who we are.’ We must '
         'act,” she told Harvey.', "Look", "Lisa Curtis", "pronoun"),
        # A possessive pronoun that opens the phrase stands for whom it refers to; "their", or a place for "its",
        # leaves the phrase as it is.
        ('David Martinon met them. "It was frank," his office said.', "It", "David Martinon's office", "anonymous"),
        ('The Interior Ministry met them. "It was frank," its spokesman said.', "It", "Interior Ministry's spokesman",
         "anonymous"),
        ('Iowa voted. "It was frank," its spokesman said.', "It", "its spokesman", "anonymous"),
        ('Lisa Curtis met the voters. "It was frank," their spokesman said.', "It", "their spokesman", "anonymous"),
        # So does a name as a possessive, by its full name; a place's stays as it is.
        ('Ahmad Massoud met them.\n\n"It was frank," Mr. Massoud\'s office said.', "It", "Ahmad Massoud's office",
         "anonymous"),
        ('Ahmad Massoud met them. "It was frank," Massoud’s aides said.', "It", "Ahmad Massoud's aides", "anonymous"),
        ('Kabul was quiet. "It was frank," Kabul’s mayor said.', "It", "Kabul’s mayor", "anonymous"),
        ('David Martinon met them. His message, repeated to every visitor, is one of hope: "We will go home."', "We",
         "David Martinon", "anonymous"),
        ('"The road is closed," officials said.', "The", "officials", "anonymous"),
        # People named for what they do are no name, though a sentence opens with them.
        ('Farmers said, "The road is closed."', "The", "Farmers", "anonymous"),
        ('Lisa Curtis spoke. Volunteers say the road is "closed for good."', "closed", "Volunteers", "anonymous"),
        ('Lisa Curtis spoke. Protesters gathered outside, chanting "No more war."', "No", "Protesters", "anonymous"),
        ('Lisa Curtis spoke. Critics gathered outside, chanting "No more war."', "No", "Critics", "anonymous"),
        # A phrase that opens a sentence stops at a bracket or a dash.
        ('Lisa Curtis spoke. Farmers (mostly men, some women) are keen on telling envoys to stop "nagging."',
         "nagging", "Farmers", "anonymous"),
        ('Lisa Curtis spoke. The aid groups — three of them, at least — called the plan "a trap."', "a",
         "The aid groups", "anonymous"),
        # A plural that a preposition goes on after is a source, read back from its cue.
        ('The hearing grew heated as lawmakers from both parties accused Ms. Curtis of "leaving our friends behind."',
         "leaving", "lawmakers from both parties", "anonymous"),
        # "The" and a body's name is the body: it speaks as an organisation, and a place is no body.
        ('Lisa Curtis spoke. The Sierra Club endorsed her, calling her "a champion of the valley."', "a",
         "Sierra Club", "anonymous"),
        ('Lisa Curtis spoke. The Trayvon Martin Foundation did not want to address "that person."', "that",
         "Trayvon Martin Foundation", "anonymous"),
        # Capitalised to open a sentence, a vague source is still no name.
        ('Officials said, "The road is closed."', "The", "Officials", "anonymous"),
        ('People say, "The valley will fall."', "The", "People", "anonymous"),
        ('"There is no resistance," a Taliban spokesman said.', "There", "a Taliban spokesman", "anonymous"),
        ('"The valley will fall," security analysts say.', "The", "security analysts", "anonymous"),
        ('Lisa Curtis spoke in Kabul as the crowd yelled: "Stay here."', "Stay", "the crowd", "anonymous"),
        ('Asked about the vote, 21 percent said "not likely."', "not", "21 percent", "anonymous"),
        ('"I made peace the priority," the 71-year-old diplomat said.', "I", "the 71-year-old diplomat", "anonymous"),
        ('Massoud is an "able commander" who has held the valley for a decade, the analysts write.', "able",
         "the analysts", "anonymous"),
        ('Lisa Curtis notes that free speech ends where you can’t yell "fire" in a theater.', "fire", "Lisa Curtis",
         "lead-in"),
        ('Lisa Curtis spoke at length of state power and the need for "a strong hand."', "a", "Lisa Curtis",
         "lead-in"),
        ('The council voted 6-1 for a resolution that calls the plan "a disgrace."', "a", "The council", "anonymous"),
        ('The aid group is seeking "new ideas" for the valley.', "new", "The aid group", "anonymous"),
        # A place that opens a sentence before a verb of coming or standing puts the subject after the verb: what
        # comes is said, by no one the place names.
        ('Ahmad Massoud rose. From behind the minister came a cry of "Shame!"', "Shame!", None, None),
        ('Ahmad Massoud rose. From the back of the hall came shouts of "Resign!"', "Resign!", None, None),
        ('On Monday the council came under fire for calling the plan "dead".', "dead", "the council", "anonymous"),
        # A crowd's cry that greets someone is not theirs, nor the last speaker's; but one the subject gives is.
        ('"We go on," Lisa Curtis said. Ahmad Massoud took the stage to chants of "Ah-mad!"', "Ah-mad!", None, None),
        ('Ahmad Massoud walked out to loud cries of "Shame!"', "Shame!", None, None),
        ('Ahmad Massoud was met with chants of "Out!"', "Out!", None, None),
        # A work's title set in marks is no sentence's subject: "In "The Long Tide", a widow … reads" is the widow's.
        ('In "Harbour Lights", a fisherman stares at the sea and says, "It owes us nothing."', "It", "a fisherman",
         "anonymous"),
        ('In the novel "The Long Tide", a widow opens the letter and reads aloud: "Come home."', "Come", "a widow",
         "anonymous"),
        ('In Kabul, Ahmad Massoud stares at the valley and says, "It owes us nothing."', "It", "Ahmad Massoud",
         "adjacent"),
        ('Ahmad Massoud was met with chants of "Out!" in May, according to Lisa Curtis.', "Out!", "Lisa Curtis",
         "adjacent"),
        ('Ahmad Massoud spoke. The crowd responded with chants of "Out!"', "Out!", "The crowd", "anonymous"),
        ('The fans greeted him with cries of "Judas!"', "Judas!", "The fans", "anonymous"),
        # Chants or cries a verb leads, begins or raises are its object, no cue: the sentence's subject gives them.
        ('Lisa Curtis took the stage. She then led chants of "Lock him up!"', "Lock", "Lisa Curtis", "lead-in"),
        ('The crowd then began chants of "Out!"', "Out!", "The crowd", "anonymous"),
        ('Ahmad Massoud spoke. The crowd chants "Out!"', "Out!", "The crowd", "anonymous"),
        # A clause joined by ", and" between a cue and the quote, with a subject and a verb in the past whose object
        # the quote is, gives the quote its subject; not a list's "and", nor a clause the quote is no object of.
        ('Lisa Curtis said the plan was dead, and the crowd began the chant "Out! Out!"', "Out!", "the crowd",
         "anonymous"),
        ('Boos rang out when Lisa Curtis mentioned the plan, and at one point the crowd reprised the old chant '
         '"Out! Out!" again.', "Out!", "the crowd", "anonymous"),
        ('Lisa Curtis noted that aides talked with Afghan, Iranian, and Pakistani envoys about the threat posed by '
         'the drought, and "we are in talks about more wells."', "we", "Lisa Curtis", "adjacent"),
        ('His chief aide doubled down, saying the plan works "on paper" only.', "on", "His chief aide", "anonymous"),
        ('Officials in Kabul said the deal was "a betrayal."', "a", "Officials in Kabul", "anonymous"),
        ('Lisa Curtis spoke. Another said, “The road is open.”', "The", "Another", "anonymous"),
        ('Lisa Curtis spoke. One, a retired teacher, said: “The road is open.”', "The", "a retired teacher",
         "anonymous"),
        ('“The road is open,” said another, a student in Kabul, as she left.', "The", "a student in Kabul",
         "anonymous"),
        ('Lisa Curtis spoke. A loud-mouthed, white "hero" came next.', "hero", None, None),
        ('Lisa Curtis spoke. Hundreds of demonstrators marched through Center City, chanting "No more."', "No",
         "Hundreds of demonstrators", "anonymous"),
        ('Lisa Curtis spoke. Some say the war is “all but over.”', "all", "Some", "anonymous"),
        # A pronoun for someone unnamed is an unnamed source, before its cue or after, with words after it or not.
        ('Somebody said, "We should play one more time."', "We", "Somebody", "anonymous"),
        ('Everyone said, "Play one more time."', "Play", "Everyone", "anonymous"),
        ('"We should play one more time," somebody said.', "We", "somebody", "anonymous"),
        ('Tom Hart won. "We should play," someone close to him said.', "We", "someone close to him", "anonymous"),
        ('"Stop," nobody said.', "Stop", "nobody", "anonymous"),
        ('Tom Hart won. "We should play," he said.', "We", "Tom Hart", "pronoun"),
        ('Tom Hart won. "We should play," said someone close to him.', "We", "someone close to him", "anonymous"),
        # A relative pronoun after an unnamed phrase stands for it: the phrase read back to its determiner,
        # or a plural noun alone; a phrase set beside a name stands for the name.
        ('Democratic candidate Lisa Curtis is disavowing remarks made by a campaign aide who said voters shouldn\u2019t '
         '\u201ctrust the envoys\u201d during a rally.', "trust", "a campaign aide", "anonymous"),
        ('In Kabul, Massoud heard without complaint a lecture from the Pakistani envoy, who said the road has been '
         'good for "the valley as well as the capital."', "the", "the Pakistani envoy", "anonymous"),
        ('Specialists pass around the memoirs of a former East German spymaster who wrote about the "creative" use '
         'of leaks.',
         "creative", "a former East German spymaster", "anonymous"),
        ('Mr. Massoud met critics who say he should condemn the Taliban as "a regime."', "a", "critics", "anonymous"),
        ('The envoy met Lisa Curtis, a veteran analyst who called the plan "a trap."', "a", "Lisa Curtis", "adjacent"),
        # A participle or a joined verb with no cue before it shares the unnamed subject its sentence
        # opens with; a time ("A month later,") is no subject.
        ('Mr. Massoud spoke. Several aid groups granted Massoud more time in August, saying his “funds were short.”',
         "funds", "Several aid groups", "anonymous"),
        ('Lisa Curtis spoke. A month later, she flew to Kabul and explained why the valley was “quiet.”', "quiet",
         "Lisa Curtis", "pronoun"),
        ('Lisa Curtis spoke. Eight years ago, she backed Massoud and said, “He is the one.”', "He", "Lisa Curtis",
         "pronoun"),
        ('Lisa Curtis spoke. The French ambassador, David Martinon, met Massoud and said France would “stay.”',
         "stay", "David Martinon", "adjacent"),
        # An unnamed subject opens the sentence; the name after its verb is no speaker.
        ('Ahmad Massoud spoke. The aide first denied it, but later said he had an "oh no" moment.', "oh",
         "The aide", "anonymous"),
        ('Lisa Curtis spoke. The complaint, filed in Kabul on Monday, alleged that Massoud “failed to act.”',
         "failed", "The complaint", "anonymous"),
        ('Lisa Curtis spoke. His office put out a statement saying Massoud “cannot hold the valley.”', "cannot",
         "His office", "anonymous"),
        ('Most historians have seen it as a war (Lisa Curtis, who led the study, once said, "We saw it.")', "We",
         "Lisa Curtis", "lead-in"),
        ('The valley is "cut off" again.', "cut", None, None),
        ('The road was closed, and the valley felt "cut off."', "cut", None, None),
        # A phrase read back from a cue is no source when it ends in a preposition or a clause word.
        ('Lisa Curtis spoke. The FBI looked for a link between Massoud and Haqqani in 2014 and did not find "ties of '
         'any consequence."', "ties", "FBI", "anonymous"),
        ('Lisa Maddox spoke. Martinon is the only envoy here to have pledged to visit "every district."', "every",
         None, None),
        # A year that ends the sentence before is no part of the source: "in 2019. Critics".
        ('The memoir sold poorly in 2019. Critics called it "a soldier\'s lament."', "a", "Critics", "anonymous"),
    ],
}


def test_every_sieve_has_an_example_table():
    assert set(EXAMPLES) == set(SIEVE_NAMES)
    assert all(len(rows) >= 3 for rows in EXAMPLES.values())


@pytest.mark.parametrize(("table", "text", "quote", "speaker", "sieve"),
                         [(table, *row) for table, rows in EXAMPLES.items() for row in rows],
                         ids=lambda value: value[:40] if isinstance(value, str) else value)
def test_sieve_examples(table, text, quote, speaker, sieve):
    found = attributions(text)[quote]
    assert (found.speaker, found.sieve) == (speaker, sieve)


@pytest.mark.parametrize(("text", "phrase", "source"), [
    ("You’ve called them losers", "You’ve", None), ("They'd called them losers", "They'd", None),
    ("Critics called them losers", "Critics", "Critics"), ("The official said", "The official", "The official"),
    # A participle after the article that opens the phrase is a noun or its adjective, not a clause's verb.
    ("The accused told the jury", "The accused", "The accused"),
    ("A noted economist said", "A noted economist", "A noted economist"),
    ("She also maneuvered around the charged term", "She also maneuvered around the charged", None),
])
def test_an_unnamed_source_phrase_is_no_contracted_pronoun(text, phrase, source):
    found, _ = source_phrase(text, 0, len(phrase))
    assert (found and found.text) == source


@pytest.mark.parametrize("text", [row[0] for row in EXAMPLES["lead-in"] + EXAMPLES["continuation"]],
                         ids=lambda text: text[:40])
def test_the_lead_in_reading_kept_from_the_first_pass_is_what_a_fresh_one_gives(text):
    # The lead-in sieve reads each quote's lead-in once; other sieves' decisions must not change that reading.
    extraction = extract(Document("test", text, "test.txt", SourceMap.identity(text), {}))
    scene = scene_of(text, extraction.quotes, cast_of(text))
    decide(scene, set(SIEVE_NAMES))
    kept = {key[1]: reading for key, reading in scene.cache.items() if isinstance(key, tuple) and key[0] == leadin.NAME}
    assert all(reading == leadin.lead_in(scene, index) for index, reading in kept.items())


@pytest.mark.parametrize(("text", "mention"), [
    ("Lisa Curtis spoke. Then she’s said it: “We stay.”", "she"),
    ("Mr. Massoud spoke. He'd said: \"We stay.\"", "He"),
    ("The envoys came. They've written: \"We stay.\"", "They"), ("I've said it: \"We stay.\"", "I"),
])
def test_a_contracted_pronoun_is_the_mention_without_its_auxiliary(text, mention):
    found = attributions(text)["We"]
    assert (found.sieve, found.mention.text) == ("pronoun", mention)


def test_anonymous_sources_are_marked_anonymous_with_their_phrase():
    found = attributions('"The road is closed," officials said.')["The"]
    assert (found.speaker_kind, found.mention.text, found.cue.text) == ("anonymous", "officials", "said")


@pytest.mark.parametrize(("text", "speaker", "kind"), [
    ('Ahmad Massoud met them. "It was frank," his office said.', "Ahmad Massoud's office", "organisation"),
    ('Ahmad Massoud met them. "It was frank," Mr. Massoud\'s campaign said.', "Ahmad Massoud's campaign",
     "organisation"),
    ('Ahmad Massoud met them. "It was frank," his aides said.', "Ahmad Massoud's aides", "anonymous"),
])
def test_an_office_a_person_owns_is_a_body_not_an_unnamed_source(text, speaker, kind):
    found = attributions(text)["It"]
    assert (found.speaker, found.speaker_kind) == (speaker, kind)


def test_a_pronoun_mention_is_the_pronoun_and_the_speaker_the_person():
    text = 'Lisa Maddox spoke.\n\n"It is late," she said.'
    found = attributions(text)["It"]
    assert (found.speaker, found.mention.text, text[found.mention.start: found.mention.end]) == ("Lisa Maddox", "she", "she")


def test_switching_a_sieve_off_leaves_its_quotes_to_the_later_ones():
    text = '"We are ready," Mr. Massoud said. "Waiting is over."'
    assert attributions(text, sieves=["adjacent"])["Waiting"].speaker is None
    assert attributions(text, sieves=["adjacent", "continuation"])["Waiting"].speaker == "Massoud"
    assert attributions(text, sieves=[])["We"].speaker is None
    with pytest.raises(ValueError, match="unknown sieve"):
        attributions(text, sieves=["nonsense"])


def test_titles_and_terms_get_no_speaker():
    found = attributions('Mr. Lévy is the author of "The Will to See," out in May.')["The"]
    assert (found.speaker, found.sieve) == (None, None)


def test_an_article_without_speech_builds_its_cast_only_when_asked():
    roster = Roster((RosterEntry("Sirajuddin Haqqani", aliases=("Sirajuddin Haqqgani",)),))
    text = 'Sirajuddin Haqqgani met Lisa Curtis. Mr. Lévy is the author of "The Will to See."'
    document = Document("test", text, "test.txt", SourceMap.identity(text), {})
    attributed = attribute(extract(document), roster=roster)
    assert [(quote.kind, found.speaker) for quote, found in
            zip(attributed.extraction.quotes, attributed.attributions)] == [("title", None)]
    assert attributed._cast is None  # nothing needed a speaker, so no name was read
    people = attributed.cast
    assert [person.name for person in people.people][:3] == ["Sirajuddin Haqqani", "Lisa Curtis", "Lévy"]
    assert people.people == cast_of(text, roster=roster).people
    assert attributed.cast is people


def test_the_father_and_the_son_are_two_people():
    text = ('Ahmad Massoud is the son of Ahmad Shah Massoud, the late commander.\n\n'
            '"We are ready," Mr. Massoud said.')
    assert attributions(text)["We"].speaker == "Ahmad Massoud"


def test_a_roster_pins_the_canonical_name():
    roster = Roster((RosterEntry("Sirajuddin Haqqani", aliases=("Sirajuddin Haqqgani",)),))
    text = '"We are patient," said Sirajuddin Haqqgani.'
    assert attributions(text, roster=roster)["We"].speaker == "Sirajuddin Haqqani"
    assert attributions(text)["We"].speaker == "Sirajuddin Haqqgani"


def test_the_description_of_a_speaker_is_kept():
    text = '"No one could be like him," said Lt. Gen. Mirza Mohammad Yarmand, a former deputy minister in the Interior Ministry.'
    found = attributions(text)["No"]
    assert found.description == "a former deputy minister in the Interior Ministry"


@pytest.mark.parametrize(("text", "description"), [
    ('"We talk to all," said Katrin Albers, a German diplomat at the Foreign Office. „That is not agreeing.“',
     "a German diplomat at the Foreign Office"),
    ('"It is late," said Farid Rahmani, a political scientist who is author of “The Long Retreat.”',
     "a political scientist"),
    ('"It is late," said Farid Rahmani, the author of «Kabul Nights», on Monday.', "the author"),
])
def test_a_description_stops_at_the_next_quotation(text, description):
    assert attributions(text)[text.split()[0].strip('"')].description == description


@pytest.mark.parametrize("text, quote, speaker", [
    ('"It is over," said Lisa Curtis, who said the talks had "failed for good."', "failed", "Lisa Curtis"),
    # An auxiliary and a phrase of time between the relative pronoun and its cue.
    ('Lisa Curtis, who has in the past described the road as "a trap," left Kabul.', "a", "Lisa Curtis"),
    ('Ahmad Massoud, who had in 2019 called the deal "a betrayal," spoke.', "a", "Ahmad Massoud"),
    # A participle's phrase, or a preposition's between commas, between the name and the pronoun.
    ('Ministers were criticised by Lisa Curtis, speaking on Monday, who said the scheme was "a failure".', "a",
     "Lisa Curtis"),
    ('Lisa Curtis, speaking to reporters in Kabul, who said the scheme was "a failure", left.', "a", "Lisa Curtis"),
    ('Ministers were criticised by Lisa Curtis, of the Green party, who said the scheme was "a failure".', "a",
     "Lisa Curtis"),
])
def test_a_relative_pronoun_is_the_mention_and_its_antecedent_the_speaker(text, quote, speaker):
    found = attributions(text)[quote]
    assert (found.speaker, found.mention.text) == (speaker, "who")


def test_a_participle_after_a_quote_leaves_it_to_the_cue_before():
    found = attributions('Speaking in the Panjshir after the vote, Ahmad Massoud said there is "only one way forward," '
                         'adding that the Taliban "fear the valley."')
    assert (found["only"].speaker, found["only"].cue.text) == ("Ahmad Massoud", "said")
    assert found["fear"].speaker == "Ahmad Massoud"


def test_the_subject_of_a_reported_clause_gives_way_to_the_one_that_reports_it():
    found = attributions('"It is over," Lisa Curtis said. She added that she thinks the valley is in "terrible danger" now.')
    assert (found["terrible"].speaker, found["terrible"].mention.text, found["terrible"].mention.start) == (
        "Lisa Curtis", "She", 32)


@pytest.mark.parametrize("text, speaker", [
    # Where or to whom the reporting cue was spoken may stand before the "that" of the clause it reports.
    ("Lisa Curtis said during a rally in Kabul that Massoud once described the deal as “the gold standard” of pacts.",
     "Lisa Curtis"),
    ("Lisa Curtis told reporters in Kabul on Monday that Massoud called the deal “a trap.”", "Lisa Curtis"),
    # Not across a comma: the clause after it is a report of its own.
    ("Lisa Curtis spoke at a rally in Kabul, where Massoud described the deal as “the gold standard.”", "Massoud"),
])
def test_a_placed_reporting_cue_still_reports_the_clause(text, speaker):
    found = attributions(text)
    assert found[next(iter(found))].speaker == speaker


@pytest.mark.parametrize("text, subject", [
    # A one-word name and lower-case words of title before a name make the title of that name.
    ("Democratic presidential candidate Lisa Curtis is releasing a new ad", "Lisa Curtis"),
    ("Massoud campaign manager Lisa Curtis defended the plan", "Lisa Curtis"),
    # Not over a verb, an adverb, a preposition or a plural, nor before a name of one word.
    ("Massoud openly admires Afghan President Lisa Curtis", "Massoud"),
    ("Massoud told reporters Lisa Curtis was right", "Massoud"),
    ("Republicans on Capitol Hill seized on the message", "Republicans"),
    ("Massoud aides Lisa Curtis and Ali Noor left", "Massoud"),
    ("Massoud campaign manager Curtis defended the plan", "Massoud"),
])
def test_the_subject_a_sentence_opens_with_is_the_name_after_a_title(text, subject):
    assert sentence_subject(text, 0, len(text))[0].text == subject


# A quote inside a quotation is a quotation of its own only when a cue inside names someone else.
NESTED = [
    ('Ahmad Massoud spoke.\n\n"As a cadet I read Churchill’s memoirs. At the worst hour he told the British '
     'people: \'We shall never surrender.\'" Massoud said.', "Churchill", True),
    ('Ahmad Massoud spoke.\n\n"I said, \'Stay.\' I meant it," Massoud said.', "Ahmad Massoud", False),
    ('Ahmad Massoud spoke.\n\n"We say, \'Stay.\' We mean it," Massoud said.', "we", False),
    ('Ahmad Massoud spoke.\n\n"People kept telling me, \'Go home.\' I stayed," Massoud said.', "People", False),
    ('Ahmad Massoud spoke.\n\n"When my father said \'never surrender\' he meant it," Massoud said.', "my father",
     False),
    # Words someone could, would or will say are imagined, not said.
    ('Ahmad Massoud spoke.\n\n"If we win here, Lisa Curtis can say \'We won the north.\'" Massoud said.',
     "Lisa Curtis", False),
    ('Ahmad Massoud spoke.\n\n"Next week Lisa Curtis will probably say \'It was always our plan.\'" Massoud said.',
     "Lisa Curtis", False),
    ('Ahmad Massoud spoke.\n\n"Lisa Curtis told me on Monday: \'We will hold the pass.\'" Massoud said.',
     "Lisa Curtis", True),
]


@pytest.mark.parametrize(("text", "speaker", "own"), NESTED, ids=[row[0][22:60] for row in NESTED])
def test_a_nested_quote_is_its_own_quotation_only_when_a_cue_names_someone_else(text, speaker, own):
    document = Document("test", text, "test.txt", SourceMap.identity(text), {})
    result = attribute(extract(document))
    (outer, inner) = result.attributions
    assert outer.speaker == "Ahmad Massoud"
    assert inner.speaker == speaker
    assert own_quotations(result) == (True, own)


@pytest.mark.parametrize(("text", "speaker", "kind"), [
    ('"It is time," said the union, Kabul Traders.', "Kabul Traders", "organisation"),
    ('"It is time," said the charity\'s director, Lisa Curtis.', "Lisa Curtis", "person"),
    ('Talking about the party, Lisa Curtis said: "It is time."', "Lisa Curtis", "person"),
    ('The Kabul Traders, the city\'s largest union, met Mr. Yarmand. "It is time," the union said.', "Kabul Traders",
     "organisation"),
])
def test_a_name_set_beside_a_bodys_noun_is_the_bodys(text, speaker, kind):
    found = attributions(text)["It"]
    assert (found.speaker, found.speaker_kind) == (speaker, kind)
