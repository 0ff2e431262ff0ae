"""The nouns for people by their role and for bodies, that descriptions of unnamed sources end with, and the words
after which a description goes on about something else.

Kept apart from the modules that read them, so that the cue search can tell
a role set beside a name ("the charity's director, Aisha Rahman") without
the pronoun machinery.
"""

from __future__ import annotations

from quotecheck.namewords import KIN_GENDERS

#: Nouns for a person by role or relation, which "he" or "she" may stand for: "the deputy", "an aide".
ROLES = frozenset("""
official spokesperson aide adviser advisor source deputy lawyer attorney analyst strategist staffer
member supporter critic voter resident witness friend neighbor neighbour colleague person one someone
officer agent employee worker diplomat envoy minister secretary director chief leader president senator
governor mayor commander soldier doctor teacher student professor expert economist researcher
historian activist organizer organiser donor operative consultant manager executive assistant reporter
journalist editor writer author candidate delegate lawmaker legislator judge prosecutor investigator
detective sheriff pastor imam rabbi fighter guard host anchor pollster surrogate ally rival opponent
predecessor successor biographer partner boss lieutenant negotiator representative nurse medic surgeon
paramedic clerk pilot cleric priest coach player fan veteran victim refugee migrant patient parent citizen
principal chairman chairwoman chair founder owner head defendant accused claimant complainant plaintiff
driver pharmacist plumber electrician builder mechanic landlord tenant farmer engineer scientist therapist
counsellor counselor dentist accountant banker broker mentor tutor trainer supervisor employer client customer
shopkeeper cashier caretaker firefighter carpenter chef cook waiter vet photographer
""".split())
#: Roles with a gender: family's, and others.
GENDERED_ROLES = {
    **KIN_GENDERS,
    **dict.fromkeys("spokesman man boy king".split(), "male"),
    **dict.fromkeys("spokeswoman woman girl queen landlady waitress".split(), "female"),
}
#: Nouns for family, whom "the … of" someone brings in as new ("The son of one resident said") and whom a
#: possessive pronoun gives as someone even when its owner is unnamed ("Her brother disagreed").
KIN = frozenset("husband wife son daughter father mother brother sister nephew niece uncle aunt grandfather grandmother"
                .split())
#: Nouns for a body or a writing, which "it" or, in the plural, "they" may stand for: "the email", "the groups".
BODIES = frozenset("""
campaign committee panel agency department ministry government administration company firm group organization
organisation party union council board commission court network channel station outlet foundation institute
embassy team association coalition alliance bureau newspaper paper magazine website video ad advertisement
commercial statement email e-mail memo memorandum letter report editorial post tweet message sign banner poster
flyer mailer release document filing complaint lawsuit affidavit indictment ruling bill resolution constitution
platform manifesto book article column survey poll study charity trust club society federation league university
hospital museum
""".split())
#: Words after which a source phrase goes on about something else: "a spokesman for", "officials familiar with".
PHRASE_CUTS = frozenset("""
for of with at in from who whose that which familiar close on to within inside under representing
after before since when as
""".split())
