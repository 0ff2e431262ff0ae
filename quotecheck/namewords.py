"""The words that make, break or colour a name: honorifics, roles, callings, the words of bodies and papers.

Word lists only, read by ``quotecheck.names`` to tell a name from the
capitalised words around it and by the attribution to tell people from
bodies, places and unnamed sources.
"""

from __future__ import annotations

#: Honorifics and ranks written before a name, with the gender they imply.
HONORIFICS = {
    "Mr.": "male", "Mr": "male", "Sir": "male", "Lord": "male", "King": "male", "Prince": "male",
    "Mrs.": "female", "Mrs": "female", "Ms.": "female", "Ms": "female", "Miss": "female",
    "Madam": "female", "Lady": "female", "Dame": "female", "Queen": "female", "Princess": "female",
    "Dr.": None, "Prof.": None, "Rev.": None, "Lt.": None, "Gen.": None, "Col.": None, "Maj.": None,
    "Sgt.": None, "Capt.": None, "Cmdr.": None, "Adm.": None, "Sen.": None, "Rep.": None, "Gov.": None,
    "Pres.": None, "Atty.": None, "Supt.": None, "Insp.": None, "Det.": None,
    # British copy writes police ranks without points: "Det Insp Karen Maddox", "Chief Supt Maddox", "DCI Tom Fane".
    # Not "DC" or "PC" (constables), which open bodies' names too: "DC Comics", "PC World".
    "Det": None, "Insp": None, "Supt": None, "Sgt": None, "DCI": None, "DI": None, "DS": None,
    "President": None, "Senator": None, "Sen": None, "Rep": None, "Gov": None, "Governor": None,
    "Secretary": None, "Judge": None, "Justice": None, "Ambassador": None, "Minister": None,
    "Chancellor": None, "General": None, "Mayor": None, "Speaker": None, "Chairman": "male",
    "Chairwoman": "female", "Commissioner": None, "Councillor": None, "Cllr": None, "Representative": None,
    "Congressman": "male", "Congresswoman": "female", "Sheriff": None, "Pope": "male", "Sheikh": "male",
    "Mullah": "male", "Imam": "male", "Ayatollah": "male", "Father": "male", "Sister": "female", "Bishop": None,
    "Colonel": None, "Captain": None, "Lieutenant": None, "Sergeant": None, "Admiral": None,
    "Major": None, "Officer": None, "Detective": None, "Professor": None, "Director": None,
    "Premier": None, "Vice": None, "Prime": None, "Attorney": None, "Deputy": None, "Former": None,
}
#: Role words that stand before a name like an honorific: "Majority Leader Mitch McConnell".
ROLES = frozenset("""
Leader Whip Chief Spokesman Spokeswoman Spokesperson Adviser Advisor Aide Analyst Anchor Host
Candidate Nominee Founder Chair Head Envoy Correspondent Editor Columnist Economist Strategist
Pollster Lawyer Attorney Treasurer Manager Member Delegate Activist Author Executive Officer CEO Staff
Undersecretary Secretary-General MP MEP MSP MLA
""".split())
#: Jobs and callings a capitalised word before a name says someone has, as copy writes them opening a sentence:
#: "Farmer Kai Maddox", "Striker Dev Yarmand".  A title even where ``described`` finds no given name it knows after
#: it.  Party words are apart, below: they open bodies' names too ("Republican National Committeeman").
CALLINGS = frozenset("""
Farmer Photographer Photojournalist Striker Winger Midfielder Defender Goalkeeper Forward Coach Nurse Midwife
Paramedic Doctor Surgeon Dentist Pharmacist Vet Carer Teacher Headteacher Headmaster Headmistress Lecturer Pupil
Student Pilot Chef Artist Painter Sculptor Singer Songwriter Rapper Musician Actor Actress Comedian Dancer Model
Writer Novelist Poet Playwright Filmmaker Producer Presenter Broadcaster Journalist Reporter Blogger Historian
Scientist Researcher Engineer Architect Designer Builder Plumber Electrician Mechanic Driver Shopkeeper Landlord
Landlady Publican Pensioner Grandmother Grandfather Widow Widower Teenager Veteran Soldier Sailor Constable Vicar
Priest Rabbi Pastor Businessman Businesswoman Entrepreneur Investor Banker Trader Fisherman Skipper Boxer Jockey
Trainer Cyclist Sprinter Swimmer Golfer Campaigner Philanthropist Billionaire Solicitor Barrister Accountant
Psychologist Psychiatrist Therapist Firefighter Volunteer Survivor Protester Resident Fan Supporter Mum Dad Mother
""".split())
#: A member of a party, named before a name of two words the list of given names lacks: "Democrat Zephyr Teachout".
#: Only before two words, neither a word of the party's own bodies and events: a party word opens many of their
#: names ("Republican Study Committee", "Republican National Convention", "Democrat Party Primary").
PARTY_MEMBERS = frozenset("Democrat Republican Libertarian Tory".split())
PARTY_BODY_WORDS = frozenset("""
National State Convention Conference Committeeman Committeewoman Primary Primaries Debate Debates Caucuses Platform
Establishment Leadership Leaders Members Voters Senators Governors Nominee Ticket
""".split())


def state_names(table: str) -> dict[str, str]:
    """Each state's name and abbreviations to its name, from rows "Name AP postal" parted by bars, "_" for a space."""
    states = {}
    for row in table.split("|"):
        name, *abbreviations = row.split()
        name = name.replace("_", " ")
        for abbreviation in (name, *abbreviations):
            states[abbreviation] = name
    return states


#: The states of the United States by their names and the abbreviations of the party-state tag set after a
#: member of Congress ("Sen. Omar Massoud (R-Ohio)", "Rep. Tom Fane, R-TX,"): AP style, then postal.
STATES = state_names("""
    Alabama Ala. AL|Alaska AK|Arizona Ariz. AZ|Arkansas Ark. AR|California Calif. CA|Colorado Colo. CO
    |Connecticut Conn. CT|Delaware Del. DE|Florida Fla. FL|Georgia Ga. GA|Hawaii HI|Idaho ID|Illinois Ill. IL
    |Indiana Ind. IN|Iowa IA|Kansas Kan. KS|Kentucky Ky. KY|Louisiana La. LA|Maine ME|Maryland Md. MD
    |Massachusetts Mass. MA|Michigan Mich. MI|Minnesota Minn. MN|Mississippi Miss. MS|Missouri Mo. MO
    |Montana Mont. MT|Nebraska Neb. NE|Nevada Nev. NV|New_Hampshire N.H. NH|New_Jersey N.J. NJ|New_Mexico N.M. NM
    |New_York N.Y. NY|North_Carolina N.C. NC|North_Dakota N.D. ND|Ohio OH|Oklahoma Okla. OK|Oregon Ore. OR
    |Pennsylvania Pa. PA|Rhode_Island R.I. RI|South_Carolina S.C. SC|South_Dakota S.D. SD|Tennessee Tenn. TN
    |Texas Tex. TX|Utah UT|Vermont Vt. VT|Virginia Va. VA|Washington Wash. WA|West_Virginia W.Va. WV
    |Wisconsin Wis. WI|Wyoming Wyo. WY
""")
#: The letter of a party in such a tag, as the party's member is called: "the Ohio Republican".
PARTY_LETTERS = {"R": "Republican", "D": "Democrat", "I": "Independent"}
#: Words that may stand before an office's title in a name of the office: "Prime Minister", "Home Secretary",
#: "Deputy Attorney General", "Tory MP".
OFFICE_WORDS = frozenset("""
Prime Home Foreign Deputy Vice Attorney General Chief Executive Defense Defence Interior Justice Finance Health
Education Treasury State Culture Transport Environment Energy Trade Labor Labour Secretary Minister Assistant
Principal Senior Junior Shadow Acting Interim Permanent Conservative Tory Liberal Democratic Democrat Republican
Green Independent Backbench First Second Lord Lady High
""".split())
#: The words newspapers are named by: "The Sunday Times", "the Irish Independent", "the Boston Globe".
NEWSPAPER_WORDS = frozenset("""
Times Post Journal News Press Tribune Herald Telegraph Mail Guardian Observer Independent Express Mirror Review
Chronicle Gazette Courier Examiner Inquirer Enquirer Register Dispatch Sentinel Bulletin Standard Monitor Globe
""".split())
#: Papers whose Sunday edition is named for the day after "on": "The Mail on Sunday".
ON_SUNDAY = frozenset({"Mail", "Independent"})
#: Words that make a capitalised name an organisation.
ORGANISATION_WORDS = NEWSPAPER_WORDS | frozenset("""
Department Ministry Agency Administration Committee Commission Council Party Campaign
Pentagon Kremlin House Senate Congress Court Office Bureau Service Services Police Army Navy
Force Forces Guard Union Association Institute University College Foundation Center Centre
Group Corporation Company Inc Corp Co Ltd Bank Fund Organization Organisation Network
Reuters Agence Taliban Government Embassy
Coalition Alliance Caucus Board Authority Federation League Society Club Team Church FBI CIA
NATO NSA ACLU EPA UN EU GOP DNC RNC ISIS Nations Parliament Assembly Cabinet Secretariat
Front Movement Command Brigade Brigades Mission Consulate Tribunal Watch International Institution Reserve
Program Programme Project Initiative Trust Hospital Academy Laboratory Museum Exchange Airlines Holdings
Twitter Facebook Google YouTube Instagram Microsoft Netflix Reddit Snapchat TikTok
""".split())
#: Lower-case words that sit inside names.
PARTICLES = frozenset("de da del della di du van von der den bin ibn al el la le dos das".split())
#: The last two letters of each particle.
PARTICLE_ENDS = frozenset(particle[-2:] for particle in PARTICLES)
#: Titles that are also surnames: a title only when they open the name ("King Charles", not "Martin Luther King").
SURNAME_TITLES = frozenset(
    "King Prince Queen Major Bishop Father Sister Judge Justice Speaker General Lord Lady".split()
)
#: Words that open sentences but are also surnames, kept after a given name or an honorific.
SURNAME_WORDS = frozenset("May Said Young Long Little Rich Hope Grant Price Most Best Short Love Early".split())
#: The ending of a possessive, which ends a run of name words: "Trump’s".
POSSESSIVE = ("'s", "’s")
#: Words with a point that go on inside a name.
NAME_POINTS = frozenset({"Jr.", "Sr.", "St."})
#: The plural people a vague source is most often called by, which never open a name: "Officials said".
VAGUE_PLURALS = frozenset("""
People Officials Critics Analysts Experts Observers Sources Aides Advisers Supporters Opponents
Voters Residents Witnesses Neighbors Neighbours Activists Protesters Organizers Investigators
Diplomats Economists Strategists Pollsters Scientists Researchers Doctors Lawyers Prosecutors
""".split())
#: Days, which are no name but may be a word of a paper's: "The Sunday Times", "The Mail on Sunday".
WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
#: Pronouns for someone not named, which may open a sentence as its subject: "Somebody said".  A source, never a name.
INDEFINITES = frozenset("somebody someone anybody anyone everybody everyone nobody noone".split())
#: A pronoun or a verb with a word run into it, in either case and with either apostrophe: "I’m", "they'd",
#: "Can’t".  Capitalised, they open sentences in quoted speech; they are neither names nor unnamed sources.
CONTRACTIONS = frozenset(
    form
    for words, endings in (("I We You They He She It That There What Who Let", ("m", "re", "ve", "ll", "d")),
                           ("Can Won Don Didn Doesn Isn Aren Wasn Weren Hasn Haven Hadn Couldn Wouldn Shouldn "
                            "Mustn Ain Needn", ("t",)))
    for word in words.split() for ending in endings for mark in "'’"
    for form in (word + mark + ending, (word + mark + ending).lower())
)
#: Family by gender: "Her son, Rory," is a man.
KIN_GENDERS = {
    **dict.fromkeys("husband son father brother nephew uncle grandfather grandson".split(), "male"),
    **dict.fromkeys("wife daughter mother sister niece aunt grandmother granddaughter".split(), "female"),
}
#: Capitalised words that begin sentences or name things, never people.
NOT_NAMES = frozenset("""
A An The This That These Those There Their They Them Then Thus Than It Its He She His Her Hers
We Our You Your I Me My Mine Who Whom Whose What When Where Why How Which While Whether
And But Or Nor So Yet For If As At By In On Of To From With Without Into Onto Over Under
After Before Since Until Because Although Though Even Still However Meanwhile Also Instead
Now Here Yes No Not Some Many Most Much More Few Both Each Every All Any Other Another
One Two Three Four Five Six Seven Eight Nine Ten First Second Third Last Next New Old
January February March April May June July August September October November December
Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mr Mrs Ms Dr Photo PHOTO Published
Updated Advertisement Continue Related Sign Click Share Follow Like Just Only Despite During
Among Against Between Through Throughout Within Across Along Around Behind Beyond Upon
Asked Said Says Told According Like Unlike Such Perhaps Maybe Indeed Well Yet Let
Later Earlier Recently Today Yesterday Tonight Tomorrow Afterward Afterwards Again Already Always
Never Often Sometimes Finally Initially Eventually Previously Currently Soon Once Twice Only
Eleven Twelve Fifteen Eighteen Twenty Thirty Forty Fifty Hundred Thousand Million Billion Dozens
Several Please Thanks Thank Okay Oh Is Are Was Were Does Did Do Has Have Had Can Could
Would Should Must Might
""".split()) | WEEKDAYS | VAGUE_PLURALS | CONTRACTIONS \
    | {word.capitalize() for word in INDEFINITES}
#: People by what they do or are, in the plural: the vague ones above and more, which alone are no name though a
#: sentence opens with one ("Farmers said"), but may be part of one ("the Chicago Teachers Union").
PEOPLE = VAGUE_PLURALS | frozenset(
    {noun.capitalize() + "s" for noun in """
    member volunteer farmer worker student teacher parent veteran soldier officer employee staffer leader
    lawmaker legislator senator delegate donor fan attendee demonstrator marcher refugee migrant immigrant
    citizen local villager elder fighter rebel militant protestor mourner survivor victim patient nurse
    reporter journalist historian scholar academic conservative liberal progressive moderate evangelical
    executive owner user commentator pundit candidate judge insider operative consultant ally rival friend
    colleague reader viewer listener customer shopper driver mother father kid guard advisor physician
    minister commander negotiator mediator envoy rescuer
    """.split()}
    | {"Families", "Allies", "Women", "Men", "Children", "Police", "Troops"}
)
#: Words of NOT_NAMES that open a place's name when another name word follows: "New York", "New Hampshire".
PLACE_HEADS = frozenset({"New"})
#: Words that open a place's name, which may go on with a given name: "St. Louis", "San Antonio", "Lake Charles".
PLACE_OPENERS = frozenset("New San Santa Saint St. Fort Port Lake Mount Mt. Cape Los Las".split())
#: Marks that may end a run of name words or a possessive, or close a nickname: a name holding one is read word by
#: word.
RUN_MARKS = frozenset(".'’”\"")
#: Letters written after a person's name for an office, a profession or an honour: "Simon Maddox KC", "Tom Fane
#: MP".  No word of the name, and no acronym that would make it a body's.
POSTNOMINALS = frozenset("""
KC QC MP MEP MSP MLA OBE CBE MBE KBE DBE GBE JP FRS FRSE FBA FRCP FRCS
""".split())
#: Words that make ``mention_of`` drop, cut or reject part of a run.
NOT_PLAIN = NOT_NAMES | frozenset(HONORIFICS) | ROLES | PEOPLE | POSTNOMINALS
