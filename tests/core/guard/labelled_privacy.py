"""Posts that should raise privacy findings: every identifier family, written the way a
busy practice manager might actually write them."""

from __future__ import annotations

from labelled_posts import Labelled, post

PHONES_AND_EMAILS: list[Labelled] = [
    post(
        "Lost property: a blue umbrella was left in the waiting room. The owner's daughter "
        "left her number if you've seen it: 07700 900461.",
        "privacy",
    ),
    post(
        "Mr Harris wanted to say thank you to the team – give him a ring on 0113 496 0782 "
        "if you'd like to hear how he got on!",
        "privacy",
    ),
    post(
        "For home visits this week our locum can be reached on +44 7700 900834.",
        "privacy",
        practice="gp",
    ),
    post(
        "Call the hydrotherapy pool directly on 512-555-0199 to check lane times.",
        "privacy",
        practice="physio",
    ),
    post(
        "Fax referrals to (737) 555-0123 from now on – the old fax line is closed.",
        "privacy",
        practice="physio",
    ),
    post(
        "Spanish-speaking families can reach María on +1 512 555 0168 for help with forms.",
        "privacy",
        practice="physio",
    ),
    post(
        "If you can't get through, Dr Rao's mobile is 07700-900-314 for the rest of the week.",
        "privacy",
        practice="gp",
    ),
    post(
        "Mrs Patel's son says thank you! You can reach the family on (0117) 496 0355.",
        "privacy",
        practice="gp",
    ),
    post(
        "Send your photos of the fun run to sarah.jenkins77@gmail.com and we'll share our "
        "favourites!",
        "privacy",
    ),
    post("Thanks to Tom (tom.b@outlook.com) for fixing our website!", "privacy"),
    post(
        "Parking complaints should go to the landlord at estates@millhouseproperty.co.uk, "
        "not to reception.",
        "privacy",
    ),
    post(
        "Our volunteer driver scheme is run by Bev – drop her a line at BEV.WATKINS@YAHOO.CO.UK.",
        "privacy",
        practice="gp",
    ),
]

NUMBERS: list[Labelled] = [
    post(
        "Reminder to staff: never write a social security number like 123-45-6789 on the "
        "sign-in sheet.",
        "privacy",
        practice="physio",
    ),
    post(
        "Found in the parking lot: a wallet with a Social Security card, 078-05-1120. Please "
        "come to the front desk to collect it.",
        "privacy",
        practice="physio",
    ),
    post(
        "Could the patient whose NHS number is 943 476 5919 please ring us about their results?",
        "privacy",
        practice="gp",
    ),
    post(
        "A prescription with 4010232137 on it was left at the pharmacy counter. Please collect it.",
        "privacy",
        practice="gp",
    ),
    post(
        "We found a hospital appointment letter in the car park (MRN 00482913). Please ask "
        "at reception.",
        "privacy",
        practice="gp",
    ),
    post(
        "Insurance tip: check that the member ID on file matches your card, for example "
        "member ID XJP4471023.",
        "privacy",
        practice="physio",
    ),
    post(
        "Account 55120934 still has an unpaid balance – please call the office.",
        "privacy",
        practice="physio",
    ),
    post(
        "Claim number CLM-2026-88412 was approved today, thank you to the insurer for "
        "being so quick!",
        "privacy",
        practice="physio",
    ),
    post(
        "A silver car, plate AB12 CDE, is blocking the ambulance bay. Please move it.",
        "privacy",
        practice="gp",
    ),
    post(
        "Whoever left a car insurance document with policy no. 7731-220-19 in room 2, it "
        "is at reception.",
        "privacy",
    ),
    post(
        "Patient #20417 has been chosen for our smile makeover feature this month!",
        "privacy",
        "patient-story",
    ),
    post(
        "Her driving licence number MORGA753116SM9IJ was on the form we found; please come "
        "and collect it.",
        "privacy",
    ),
    post(
        "Chart 7734-B is missing from the filing room. Whoever borrowed it, please return "
        "it today.",
        "privacy",
        practice="physio",
    ),
    post(
        "Our booking page froze for anyone on 192.168.1.254 – the IT team is on it.",
        "privacy",
    ),
    post(
        "The fake reviews keep coming from 203.0.113.45, and we have reported it.",
        "privacy",
        practice="physio",
    ),
]

DATES_AGES_PLACES: list[Labelled] = [
    post("Happy 40th to our receptionist Karen, born on 3rd March 1986!", "privacy"),
    post(
        "Margaret was admitted on 12/01/2026 and is now back home and walking with a frame.",
        "privacy",
        practice="gp",
    ),
    post(
        "Mr Jacobs was diagnosed with mouth cancer on 4 June and asked us to share how an "
        "early check saved his life.",
        "privacy",
    ),
    post(
        "Our former hygienist Jean passed away peacefully on 19 August. We will miss her kindness.",
        "privacy",
    ),
    post(
        "After he had surgery on March 14, Dave was back on the tennis court in eight weeks.",
        "privacy",
        practice="physio",
    ),
    post(
        "Her knee operation on 2 February went well and she is cycling to work again – "
        "what a recovery!",
        "privacy",
        practice="physio",
    ),
    post(
        "Discharged on 30 Sept after three weeks in hospital, Albert says the exercises "
        "made all the difference.",
        "privacy",
        practice="physio",
    ),
    post(
        "Baby Isla was born on the 9th of January, and her mum brought her in to meet the team!",
        "privacy",
        practice="gp",
    ),
    post(
        "Label check: the sample pot said DOB 07.11.1948 but the form said 1949. Please "
        "double-check both.",
        "privacy",
        practice="gp",
    ),
    post(
        "Our lovely Mrs Green celebrated turning 101 this week – happy birthday!",
        "privacy",
        practice="gp",
    ),
    post(
        "At 94 years old, Frank still walks to every single physio session.",
        "privacy",
        practice="physio",
    ),
    post(
        "A 92-year-old gentleman from Headingley brought us this lovely card today.",
        "privacy",
    ),
    post("Aged 96 and still has all her own teeth! Brushing works.", "privacy"),
    post(
        "Congratulations to the Bakers at 27 Rosemary Lane on winning the village garden prize!",
        "privacy",
    ),
    post(
        "Our mobile physio van will be parked outside 418 Elm Street, Round Rock this Saturday.",
        "privacy",
        practice="physio",
    ),
    post(
        "Home visits on Tuesday: 5 Orchard Close first, then 12 Vicarage Road.",
        "privacy",
        practice="gp",
    ),
    post("Lost cat found near BS3 5QT – is it yours?", "privacy", practice="gp"),
    post(
        "A parcel for the Wilsons was delivered here by mistake; it should have gone to LS7 3HB.",
        "privacy",
    ),
    post(
        "The shuttle now runs from Georgetown, TX 78626 to our clinic every Tuesday.",
        "privacy",
        practice="physio",
    ),
    post(
        "Send your completed intake forms to Jo Hill, PO Box 1120, Leander, TX 78641.",
        "privacy",
        practice="physio",
    ),
]

NAMES: list[Labelled] = [
    post("A big thank you to Zoe Hartley for the flowers!", "privacy"),
    post("ZOË HARTLEY's mum made the whole team a cake.", "privacy"),
    post("Tomasz Nowak's new smile is the talk of the waiting room.", "privacy"),
    # A listed name and a patient's own treatment ("her last session"): a story as well.
    post(
        "Dolores Ramirez finished her last session today, and the whole team cheered!",
        "privacy",
        "patient-story",
        practice="physio",
    ),
    post("Get well soon, siobhan kelly, from all of us at Hollybank.", "privacy", practice="gp"),
    post(
        "Kevin O’Brien’s marathon training plan is going brilliantly.",
        "privacy",
        practice="physio",
    ),
    post(
        "Margaret Ellis came in with homemade biscuits for the team today.",
        "privacy",
        consented=("Tomasz Nowak",),
    ),
]

PRIVACY_POSTS: list[Labelled] = [*PHONES_AND_EMAILS, *NUMBERS, *DATES_AGES_PLACES, *NAMES]
