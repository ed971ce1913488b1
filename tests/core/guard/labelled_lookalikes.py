"""A fourth labelled set: clean posts that look like a patient's story and are not.

A patient's story is often told through a name and a possessive or "his/her": "Zoe
Hartley's new veneers", "Kevin crushed his last session". These posts use the same shapes
about people and things that are not patients: the team (their training, their own kit,
their birthdays), the team's pets, public figures, general advice that speaks of "your
child" or "a patient" in the abstract, products, and articles shared from elsewhere. None
of them features a patient; a careful compliance officer would flag none of them.
"""

from __future__ import annotations

from labelled_posts import Labelled, post

LOOKALIKES: list[Labelled] = [
    # The team: training, exams, their own kit, their news.
    post("Congratulations to our hygienist Sarah on finishing her implant training this month! 🎓"),
    post("Dr Patel's new lenses for the practice arrived today: sharper views of every tooth."),
    post("Our nurse Ellie has passed her sedation course. So proud of her!"),
    post("Say hello to Dr Okafor, who joins us from Manchester and brings his love of crowns."),
    post(
        "Our receptionist Jess ran the Leeds half marathon on Sunday – her knee strapping held "
        "up brilliantly 🏃‍♀️"
    ),
    post("Dr Amir Khan's root canal lecture at the BDA conference was packed. Well done!"),
    post(
        "Nurse Priya finished her mental health first aid training, so the team has another "
        "first aider.",
        practice="gp",
    ),
    post(
        "Welcome back Dr Hughes, fresh from his sabbatical and ready for your flu jabs.",
        practice="gp",
    ),
    post(
        "Our PT Marcus earned his dry needling certification this week – ask him about it at "
        "your next visit!",
        practice="physio",
    ),
    post(
        "Dr Lee's new retinal camera for the clinic takes a wide image in a single flash.",
        practice="optom",
    ),
    post(
        "Optician Tom tried on his own new frames from our autumn range and hasn't taken them off "
        "since 😎",
        practice="optom",
    ),
    post(
        "Happy retirement to Dr Greene after 30 years! His fillings outlasted a few decades of "
        "toffee."
    ),
    # The team's pets.
    post(
        "Meet Biscuit, our practice manager Claire's spaniel, who had his teeth cleaned at the "
        "vet this week. Brush your dog's teeth too! 🐶"
    ),
    post(
        "Office cat Mittens is recovering well after her dental at the vets. Ten points for the "
        "cone of shame.",
        practice="gp",
    ),
    post(
        "Our front-desk pup Rocco is back from the vet after his knee surgery – he's doing his "
        "own rehab laps of the car park 🐕",
        practice="physio",
    ),
    # Public figures and stories shared from elsewhere.
    post(
        "Andy Murray's metal hip shows what a joint replacement and hard rehab can do. Read his "
        "story in the Guardian.",
        practice="physio",
    ),
    post(
        "Did you know Queen Victoria had her teeth done with ivory dentures? A fun bit of "
        "dental history."
    ),
    post(
        "Tennis star Serena Williams spoke openly about her blood clots after giving birth. "
        "Know the signs: a swollen, painful calf.",
        practice="gp",
    ),
    post(
        "In this BBC article, presenter Jeremy Vine talks about his cataract surgery and why he "
        "left it so long.",
        practice="optom",
    ),
    post(
        "George Washington's dentures were not wooden: they were made of ivory and human teeth. "
        "#DentalHistory"
    ),
    post(
        "Olympian Tom Daley shared how his physio kept him diving. Worth a read for any young "
        "athlete.",
        practice="physio",
    ),
    # General advice: "your child", "a patient", no one in particular.
    post(
        "If your child needs his first filling, tell him it's like a little wash for the tooth. "
        "Keep the words calm and simple."
    ),
    post(
        "After her treatment a patient may feel numb for a few hours, so take care with hot drinks."
    ),
    post(
        "When your teenager gets their braces, soft foods help for the first few days.",
    ),
    post(
        "If someone in your family has had their hip replaced, these chair exercises help with "
        "the first weeks at home.",
        practice="physio",
    ),
    post(
        "A person with diabetes should have their eyes checked every year, even if their vision "
        "seems fine.",
        practice="optom",
    ),
    post(
        "Mum or Dad due for their flu jab? Over-65s can book at reception or online.",
        practice="gp",
    ),
    post(
        "Ask Dr Rivera: can a child wear their contact lenses for sport? Short answer: yes, "
        "with daily disposables.",
        practice="optom",
    ),
    # Products and the kit itself.
    post(
        "The implant's titanium post fuses with the jawbone over a few months. Here's how it works."
    ),
    post("Invisalign's clear aligners are changed every one to two weeks."),
    post(
        "Our new Zeiss machine measures each lens's thickness to the micron.",
        practice="optom",
    ),
    post(
        "The NHS's flu vaccine programme opens for over-65s on Monday. Book your jab with "
        "reception.",
        practice="gp",
    ),
    post(
        "Theraband's colour code tells you each band's resistance: yellow is lightest.",
        practice="physio",
    ),
    # Names that are places, days, causes and characters.
    post(
        "Leeds's dental hospital has opened a new children's wing, with its own check-up rooms "
        "and a fish tank."
    ),
    post(
        "Monday's sessions are now 8am to 8pm, so you can fit your rehab round work.",
        practice="physio",
    ),
    post(
        "Movember: our dentists are growing their moustaches for men's health. Sponsor the team "
        "at reception!"
    ),
    post(
        "Story time in the waiting room: Peppa Pig visits the dentist and gets her teeth counted 🐷"
    ),
    post(
        "Spider-Man's mask would make his glasses steam up. Luckily our frames fit under a "
        "Halloween costume 🕷️",
        practice="optom",
    ),
    post(
        "Thanks to Sarah from Boots for her talk on hearing aids at our coffee morning.",
        practice="gp",
    ),
    post(
        "Christmas jumper day: Dr Patel's reindeer jumper had flashing lights and a tooth on "
        "its nose 🎄"
    ),
]
