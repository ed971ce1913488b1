"""Posts that should raise something: every privacy identifier family, and each wording
category, written the way a busy practice manager might actually write them."""

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
        "If you can't get through, Dr Rao's mobile is 07700-900-314 for the rest of the "
        "week.",
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
        "Our volunteer driver scheme is run by Bev – drop her a line at "
        "BEV.WATKINS@YAHOO.CO.UK.",
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
        "Could the patient whose NHS number is 943 476 5919 please ring us about their "
        "results?",
        "privacy",
        practice="gp",
    ),
    post(
        "A prescription with 4010232137 on it was left at the pharmacy counter. Please "
        "collect it.",
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
        "Our former hygienist Jean passed away peacefully on 19 August. We will miss her "
        "kindness.",
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
        "Baby Isla was born on the 9th of January, and her mum brought her in to meet the "
        "team!",
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
        "Congratulations to the Bakers at 27 Rosemary Lane on winning the village garden "
        "prize!",
        "privacy",
    ),
    post(
        "Our mobile physio van will be parked outside 418 Elm Street, Round Rock this "
        "Saturday.",
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
        "A parcel for the Wilsons was delivered here by mistake; it should have gone to "
        "LS7 3HB.",
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
    post(
        "Dolores Ramirez finished her last session today, and the whole team cheered!",
        "privacy",
        practice="physio",
    ),
    post(
        "Get well soon, siobhan kelly, from all of us at Hollybank.", "privacy", practice="gp"
    ),
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

STORIES: list[Labelled] = [
    post(
        "Patient of the month: this lovely lady came to us terrified of dentists and now "
        "sails through her check-ups.",
        "patient-story",
    ),
    post(
        "Before and after: six months of clear aligners. Swipe to see the difference!",
        "patient-story",
    ),
    post(
        "One of our patients ran the London Marathon last weekend after a year of rehab "
        "with us.",
        "patient-story",
        practice="physio",
    ),
    post(
        "Read this testimonial from a happy family we treated last spring.",
        "patient-story",
    ),
    post("Smile makeover Monday! Veneers and whitening, start to finish.", "patient-story"),
    post(
        "Our patient Jim has lost 20 kilos and his knee pain is gone.",
        "patient-story",
        practice="physio",
    ),
    post(
        "A patient story we love: after years of headaches, a simple bite guard changed "
        "everything for Ken.",
        "patient-story",
    ),
    post(
        "Meet one of our longest-standing patients, who has been coming to us since 1979.",
        "patient-story",
    ),
]

WORDING: list[Labelled] = [
    post(
        "Today's difficult patient award goes to the man who argued about a ten-minute "
        "wait for an hour.",
        "disparaging",
    ),
    post(
        "You won't believe what a patient told us today about how often she brushes...",
        "disparaging",
    ),
    post("Shout out to our frequent flyers – you know who you are!", "disparaging",
         practice="gp"),
    post("Monday mood: the patient from hell rang six times before 9am.", "disparaging",
         practice="gp"),
    post(
        "Reminder to all staff: drug seekers will try every excuse on the phone. Stay firm.",
        "disparaging",
        practice="gp",
    ),
    post(
        "Some patients are too lazy to do their exercises, and then they blame us.",
        "disparaging",
        practice="physio",
    ),
    post(
        "Non-compliant patients, this one's for you: the stretches only work if you do them!",
        "disparaging",
        practice="physio",
    ),
    post("This damn printer has jammed again – sorry for the wait at reception!", "profanity"),
    post("Flossing is a pain in the arse but your gums will thank you.", "profanity"),
    post("Holy shit, the new X-ray machine is fast.", "profanity"),
    post("WTF is going on with the car park barrier this week?", "profanity", practice="gp"),
    post(
        "The fucking wifi is down again, so card payments are cash only today.",
        "profanity",
        practice="physio",
    ),
    post("Stop pissing about and do your stretches!", "profanity", practice="physio"),
    post(
        "Our receptionists put up with a lot of bullshit on the phones. Be kind.",
        "profanity",
        practice="gp",
    ),
    post(
        "Whatever your politics, vote Labour on Thursday for a properly funded NHS!",
        "hot-button",
        practice="gp",
    ),
    post(
        "We stand with the Republican plan to cut healthcare red tape.",
        "hot-button",
        practice="physio",
    ),
    post(
        "Our thoughts on the abortion ruling: every woman deserves care.",
        "hot-button",
        practice="physio",
    ),
    post(
        "Immigration is putting pressure on waiting lists, and it's time someone said it.",
        "hot-button",
        practice="gp",
    ),
    post("Gun control saves lives. We see the aftermath every week.", "hot-button",
         practice="physio"),
    post("Jesus is the reason for the season! Merry Christmas from all of us.", "hot-button"),
    post(
        "Good luck to Dr Ahmed, who is standing in the council elections next month!",
        "hot-button",
        practice="gp",
    ),
    post("Teeth whitening now just £199 – this month only!", "selling"),
    post("Book now for a free consultation with our implant team.", "selling"),
    post(
        "Great article on posture. PS: 20% off all ergonomic assessments until Friday.",
        "selling",
        practice="physio",
        kind="shared",
    ),
    post(
        "Limited time: massage gift vouchers make the perfect present.",
        "selling",
        practice="physio",
    ),
    post("Use promo code SPRING25 for your first physio session.", "selling", practice="physio"),
    post(
        "Our Black Friday deals start tomorrow – half price electric toothbrushes at "
        "reception.",
        "selling",
    ),
    post("New patients: your first check-up and clean for $79.", "selling", practice="physio"),
    post(
        "Summer special offer on Invisalign – ask us about spreading the cost.",
        "selling",
    ),
    post("Voted the best dentist in Leeds three years running!", "claims"),
    post(
        "Our laser treatment is completely painless and the results are permanent.",
        "claims",
    ),
    post(
        "Guaranteed relief from back pain in three sessions.",
        "claims",
        practice="physio",
        kind="promotional",
    ),
    post("Pain-free injections with our new wand system.", "claims"),
    post("Whitening that's 100% safe for your enamel.", "claims", kind="promotional"),
    post("The #1 physical therapy clinic in Austin.", "claims", practice="physio"),
    post("This supplement is a miracle cure for joint pain.", "claims", kind="shared",
         practice="physio"),
    post("Clear aligners: no side effects, no fuss, just straight teeth.", "claims"),
    post("Risk-free implants, done in a day.", "claims", kind="promotional"),
    post(
        "We're the number one choice for sports injuries in Cedar Park.",
        "claims",
        practice="physio",
    ),
]

MIXED: list[Labelled] = [
    post(
        "Our patient Maria (call her on 07700 900312) says our whitening is the best in "
        "town – 30% off this week!",
        "privacy",
        "patient-story",
        "claims",
        "selling",
    ),
    post(
        "Happy 95th birthday to Dolores Ramírez, one of our longest-serving patients!",
        "privacy",
        "patient-story",
        practice="physio",
    ),
    post(
        "Before and after photos from Tomasz Nowak's smile makeover – guaranteed to make "
        "you smile!",
        "privacy",
        "patient-story",
        "claims",
    ),
    post(
        "Bloody hell, what a week. Huge thanks to the team for keeping calm with all the "
        "frequent flyers.",
        "profanity",
        "disparaging",
        practice="gp",
    ),
    post(
        "Flu jabs £15 for anyone not eligible on the NHS. Email flu.clinic.booking@gmail.com "
        "to book.",
        "selling",
        "privacy",
        practice="gp",
    ),
]

FLAGGED: list[Labelled] = [
    *PHONES_AND_EMAILS,
    *NUMBERS,
    *DATES_AGES_PLACES,
    *NAMES,
    *STORIES,
    *WORDING,
    *MIXED,
]
