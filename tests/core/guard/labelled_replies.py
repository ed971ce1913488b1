"""Review replies, hand-written: the good ones a careful manager writes, and the ones that
confirm the reviewer was a patient, argue, or name them."""

from __future__ import annotations

from labelled_posts import Labelled, reply

REPLIES: list[Labelled] = [
    reply(
        "Thank you for the kind words. Everyone at Riverside Dental Care works hard to help "
        "people feel at ease, and it means a lot to read this.",
        reviewer="Janet Moss",
    ),
    reply(
        "We are sorry to read this. We cannot discuss anyone's care online, but we would "
        "like to hear more. Please call the practice manager on 020 7946 0500.",
        practice="gp",
        reviewer="Lee Brandon",
    ),
    reply(
        "Thank you for taking the time to share this. We are always glad to hear from the "
        "community.",
        practice="physio",
    ),
    reply("Thank you for the five stars – it made our Monday!", reviewer="Olu Adebayo"),
    reply(
        "We're sorry to hear you're unhappy. We take all feedback seriously and would "
        "welcome the chance to talk. Please call 020 7946 0500 and ask for Helen, our "
        "practice manager.",
        practice="gp",
        reviewer="Gary Hicks",
    ),
    reply(
        "Thanks for the lovely review! We pass every comment like this on to the whole team.",
        practice="physio",
        reviewer="Will Turner",
    ),
    reply(
        "We appreciate the feedback. Our policies follow national guidance, and we are "
        "happy to explain them to anyone who calls (512) 555-0140.",
        practice="physio",
        reviewer="Sandra Ortiz",
    ),
    reply(
        "Hi Janet, thank you for the review! We're so glad your new crown feels comfortable.",
        "privacy",
        "confirms-patient",
        reviewer="Janet Moss",
    ),
    reply(
        "We're sorry your appointment ran late. Dr Shah was dealing with an emergency.",
        "confirms-patient",
        reviewer="Paul Green",
    ),
    reply(
        "This is clearly a fake review. Nobody by this name has ever been in our building.",
        "argues",
    ),
    reply(
        "That's simply not true. Our hygienists always explain charges before starting, "
        "as your bill clearly showed.",
        "argues",
        "confirms-patient",
    ),
    reply(
        "Mr Thompson, we are sorry you felt rushed during your visit. Please call us on "
        "0113 496 0000.",
        "privacy",
        "confirms-patient",
        reviewer="Dean Thompson",
    ),
    reply(
        "We're disappointed by this review. Posting false statements about a business can "
        "lead to legal action.",
        "argues",
    ),
    reply(
        "As your physiotherapist I can assure you the exercises were right for your shoulder.",
        "confirms-patient",
        practice="physio",
    ),
    reply(
        "Thanks Priya! Your x-rays looked great, see you in six months.",
        "privacy",
        "confirms-patient",
        reviewer="Priya Sharma",
    ),
    reply(
        "We saw you for a cleaning in March and you left smiling, so this is a surprise.",
        "confirms-patient",
    ),
    reply(
        "You are lying, and we will be speaking to our solicitor.",
        "argues",
        practice="gp",
    ),
    reply(
        "Hello Mrs Okonkwo-Baker, thank you for taking the time to write.",
        "privacy",
        reviewer="Adaeze Okonkwo-Baker",
    ),
    reply(
        "Sorry the wait was long when you came in on Tuesday. Winter is always busy.",
        "confirms-patient",
        practice="gp",
    ),
    reply(
        "Your insurance should have covered the whole treatment; please check with them.",
        "confirms-patient",
        practice="physio",
    ),
    reply(
        "We have no record of you. Please remove this defamatory review.",
        "argues",
        practice="physio",
    ),
    reply(
        "Thank you, Sandra. Glad the new exercises for your lower back are helping!",
        "privacy",
        "confirms-patient",
        practice="physio",
        reviewer="Sandra Ortiz",
    ),
]
