"""Posts that should raise wording findings (patient stories, disparaging words,
profanity, hot-button topics, selling, claims), and posts that mix several."""

from __future__ import annotations

from labelled_posts import Labelled, post

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
        "One of our patients ran the London Marathon last weekend after a year of rehab with us.",
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
    post("Shout out to our frequent flyers – you know who you are!", "disparaging", practice="gp"),
    post(
        "Monday mood: the patient from hell rang six times before 9am.",
        "disparaging",
        practice="gp",
    ),
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
    post(
        "Gun control saves lives. We see the aftermath every week.", "hot-button", practice="physio"
    ),
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
        "Our Black Friday deals start tomorrow – half price electric toothbrushes at reception.",
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
    post(
        "This supplement is a miracle cure for joint pain.",
        "claims",
        kind="shared",
        practice="physio",
    ),
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

WORDING_POSTS: list[Labelled] = [*STORIES, *WORDING, *MIXED]
