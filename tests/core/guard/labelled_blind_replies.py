"""The blind set's review replies (see ``labelled_blind``): clean replies that keep their
distance, and replies that confirm the reviewer was a patient, argue, or name them."""

from __future__ import annotations

from labelled_posts import Labelled, reply

REPLIES_BLIND: list[Labelled] = [
    # Clean.
    reply(
        "Thank you for your kind words! Everyone at our Leeds practice will be thrilled. "
        "– Anna, Practice Manager",
        reviewer="Ann Lee",
    ),
    reply(
        "We're sorry to read this. We can't discuss anyone's care online, but we'd like to "
        "talk: please call 020 7946 0500 and ask for the practice manager.",
        reviewer="Gareth Price",
        practice="gp",
    ),
    reply(
        "Thank you for the five stars! We appreciate you taking the time to share your thoughts.",
        reviewer="Dana W.",
        practice="physio",
    ),
    reply(
        "We take all feedback seriously and would welcome the chance to discuss your "
        "concerns. Please call (503) 555-0162.",
        practice="optom",
    ),
    reply(
        "Thank you for sharing this. Privacy rules mean we can't confirm or discuss whether "
        "anyone is a patient, but our door is always open – call 0113 496 0000.",
        reviewer="Priya Sharma",
    ),
    reply(
        "We're glad to hear the team made a good impression. Thanks for taking the time to write!",
        practice="gp",
    ),
    # Flagged.
    reply(
        "Hi Priya, we're so sorry your crown came loose – please pop in and we'll fix it free "
        "of charge.",
        "privacy",
        "confirms-patient",
        reviewer="Priya Sharma",
    ),
    reply(
        "Your appointment was cancelled because you arrived 20 minutes late, as our policy "
        "clearly states.",
        "confirms-patient",
        "argues",
        practice="gp",
    ),
    reply(
        "Mark, we saw you three times and you never did your home exercises.",
        "privacy",
        "confirms-patient",
        "argues",
        reviewer="Mark Delgado",
        practice="physio",
    ),
    reply(
        "This is a fake review. We have no record of anyone by that name.",
        "argues",
        practice="optom",
    ),
    reply(
        "Sorry you found your hygienist a bit rough – we'll pass that on to her.",
        "confirms-patient",
    ),
    reply(
        "We checked your records and the referral was sent on time.",
        "confirms-patient",
        "argues",
        practice="gp",
    ),
    reply(
        "That's simply not true, and our lawyers will be in touch.",
        "argues",
        practice="physio",
    ),
    reply(
        "Thanks Mr Baxter! Glad the new dentures are comfy 😊",
        "privacy",
        "confirms-patient",
        reviewer="Tom Baxter",
    ),
    reply(
        "We're sorry your new glasses gave you headaches. Please come back so Dr. Nguyen can "
        "recheck the prescription.",
        "confirms-patient",
        practice="optom",
    ),
    reply(
        "It was lovely to see you at your check-up last week, thanks for the review!",
        "confirms-patient",
        practice="gp",
    ),
    reply("We hope to see you again soon!", "confirms-patient", practice="physio"),
    reply(
        "You are clearly confusing us with another practice. Nobody here would say that.",
        "argues",
    ),
    reply(
        "Dear Sue, we can't discuss any individual online, please contact the practice.",
        "privacy",
        reviewer="Sue Ellis",
        practice="gp",
    ),
    reply(
        "Since you never paid your bill, we sent it to collections.",
        "confirms-patient",
        "argues",
        practice="physio",
    ),
]
