"""The blind set's flagged posts (see ``labelled_blind``): every category and identifier
family, in wording written before the guard's lists were read."""

from __future__ import annotations

from labelled_posts import Labelled, post

FLAGGED_BLIND: list[Labelled] = [
    # Privacy: names with health details, on the do-not-mention list or not.
    post(
        "Huge congratulations to Tomasz Nowak, who finished his brace treatment today! 😁",
        "privacy",
        "patient-story",
    ),
    post(
        "Zoe Hartley's new veneers look amazing – and thanks for the flowers!",
        "privacy",
        "patient-story",
    ),
    post(
        "Get well soon to Siobhan Kelly, who's back in hospital with pneumonia. We're all "
        "thinking of you 💐",
        "privacy",
        "patient-story",
        practice="gp",
    ),
    post(
        "Kevin O’Brien crushed his last session – from crutches to squats in 12 weeks!",
        "privacy",
        "patient-story",
        practice="physio",
    ),
    post(
        "Shout-out to Dolores Ramirez for finishing 36 sessions of cardiac rehab 💪",
        "privacy",
        "patient-story",
        practice="physio",
    ),
    post(
        "Congrats to our patient Mei-Ling Chen on her first pair of progressive lenses!",
        "privacy",
        "patient-story",
        practice="optom",
    ),
    post(
        "Photo: Tomasz in the chair after his root canal 📸 What a champ!",
        "privacy",
        "patient-story",
    ),
    post(
        "Pictured: Jenna Morales, 16, back on the soccer field six weeks after her ACL "
        "surgery ⚽📸",
        "privacy",
        "patient-story",
        practice="physio",
    ),
    post(
        "Little Alfie Turner had his one-year jabs today and didn't even cry!",
        "privacy",
        "patient-story",
        practice="gp",
    ),
    # Privacy: numbers, addresses, dates and ages.
    post(
        "Mr Holt, we found your wallet in the car park. We've tried 07700 900 812 with no luck "
        "– please pop in.",
        "privacy",
    ),
    post(
        "Tracy, call Mrs. Alvarez back at +1 737 555 0198 about the MRI results.",
        "privacy",
        practice="physio",
    ),
    post(
        "Please email your fun run photos to dave.pritchard1971@gmail.com – he's putting the "
        "album together.",
        "privacy",
        practice="gp",
    ),
    post(
        "A prescription with NHS number 186 091 3903 was handed to the pharmacy by mistake. "
        "Please collect it from reception.",
        "privacy",
        practice="gp",
    ),
    post(
        "Reminder for the team: 9960308243 needs a call back before 4pm.", "privacy", practice="gp"
    ),
    post(
        "Found in the parking lot: a Social Security card, 529-38-4417. It's at the front desk.",
        "privacy",
        practice="physio",
    ),
    post("Mrs. Lopez, your claim #CLM-774301 was approved! 🎉", "privacy", practice="physio"),
    post(
        "Chart 55821-B is missing a signed consent – can whoever did Tuesday's exams sort it?",
        "privacy",
        practice="optom",
    ),
    post(
        "The silver Golf, reg YK19 HBT, is blocking our ambulance space. Please move it!",
        "privacy",
    ),
    post(
        "Member ID XJH448291 was left on the printer in the lobby. We've shredded it.",
        "privacy",
        practice="physio",
    ),
    post("Policy no. PX-20381 was written on the back of a sign-in sheet we found.", "privacy"),
    post(
        "Sad news: our dear patient Violet Marsh passed away on 2nd November. Rest in peace, "
        "Violet.",
        "privacy",
        "patient-story",
        practice="gp",
    ),
    post(
        "Happy birthday Jayden! Born 14/06/2015 and already our bravest patient 🎈",
        "privacy",
        "patient-story",
    ),
    post(
        "Tom was discharged on 3/12 after his spinal fusion and he's already walking laps!",
        "privacy",
        "patient-story",
        practice="physio",
    ),
    post(
        "Mr Ahmed had his bypass surgery on 18 September and is doing brilliantly – thanks "
        "for the card!",
        "privacy",
        "patient-story",
        practice="gp",
    ),
    post(
        "Diagnosed with macular degeneration on June 4, Betty hasn't let it slow her down one bit.",
        "privacy",
        "patient-story",
        practice="optom",
    ),
    post(
        "Our longest-registered patient turns 102 next week! 🎂 Happy birthday from all at "
        "Hollybank.",
        "privacy",
        "patient-story",
        practice="gp",
    ),
    post(
        "Our 91-year-old client does 30 sit-to-stands without using her hands. Goals! 💪",
        "privacy",
        "patient-story",
        practice="physio",
    ),
    post(
        "Harold Jenkins, 93, says his new cataract lenses mean he can read the paper again!",
        "privacy",
        "patient-story",
        practice="optom",
    ),
    post("Mrs Jones at 27 Otley Road has won our colouring competition! 🏆", "privacy"),
    post(
        "The parcel for the Osei family should go to Flat 2, 11 Greenbank Road, BS5 6EZ.",
        "privacy",
        practice="gp",
    ),
    post(
        "Home visit today for our client at 417 Brushy Creek Rd, Cedar Park, TX 78613.",
        "privacy",
        "patient-story",
        practice="physio",
    ),
    post(
        "Whoever keeps booking fake appointments from 203.0.113.77: we can see you. 🙄",
        "privacy",
        practice="optom",
    ),
    # Patient stories without identifiers.
    post(
        "Smile makeover of the month: six veneers and a whole new confidence ✨ (swipe for the "
        "before and after)",
        "patient-story",
    ),
    post(
        "One of our clients just ran her first marathon, 18 months after a knee replacement. "
        "We cried. 😭",
        "patient-story",
        practice="physio",
    ),
    post(
        "Our patient sent us this lovely testimonial: 'The nurses made my cancer treatment "
        "bearable.'",
        "patient-story",
        practice="gp",
    ),
    post(
        "This little guy got his first glasses today and couldn't stop looking at the trees 🥹",
        "patient-story",
        practice="optom",
    ),
    post(
        "Look at this transformation! A nervous patient who hadn't seen a dentist in 20 years, "
        "now smiling for the camera.",
        "patient-story",
    ),
    # Disparaging.
    post(
        "To the patient who told us he 'doesn't believe in flossing': your gums believe in you "
        "even less. 😂",
        "disparaging",
    ),
    post(
        "Our receptionists deal with some absolute nightmares at 8am. Be nice, people.",
        "disparaging",
        practice="gp",
    ),
    post(
        "Frequent flyers, we love you, but please do your home exercises so we see you less 😅",
        "disparaging",
        practice="physio",
    ),
    post(
        "Another day, another Dr Google warrior who knows more than us 🙄",
        "disparaging",
        practice="gp",
    ),
    post(
        "Patient of the week: the man who brushed his dentures with bleach. 🤦",
        "disparaging",
        "patient-story",
    ),
    post(
        "Some people would rather squint for ten years than admit they need glasses. Stubborn "
        "doesn't cover it.",
        "disparaging",
        practice="optom",
    ),
    post(
        "Today's no-shows: 14. Thanks for nothing. Some of you are just selfish.",
        "disparaging",
        practice="gp",
    ),
    post(
        "Pro tip for patients: the exercises don't work if you just stare at the sheet. Lazy "
        "bones! 🙃",
        "disparaging",
        practice="physio",
    ),
    post(
        "Had a real drama queen in the chair today – screaming before we'd even picked up the "
        "mirror 😂",
        "disparaging",
    ),
    # Profanity, plain and disguised.
    post("Flossing is a pain in the arse, we know. Do it anyway 😉", "profanity"),
    post("Holy sh*t, this new shockwave machine is fast!", "profanity", practice="physio"),
    post(
        "WTF is going on with the car park barrier again?! Sorry, everyone.",
        "profanity",
        practice="gp",
    ),
    post("Eye strain is a b!tch. Try the 20-20-20 rule.", "profanity", practice="optom"),
    post("F**k plaque. That's the post. 🦷", "profanity"),
    post(
        "Don't let your lower back turn you into a grumpy old bastard – keep moving!",
        "profanity",
        practice="physio",
    ),
    post(
        "Our new phone system is absolute bollocks, apologies to anyone stuck in the queue.",
        "profanity",
        practice="gp",
    ),
    post("Sh1t happens, teeth break. We keep emergency slots every morning.", "profanity"),
    post(
        "Y'all are f-ing legends for showing up in the rain to our 5K!",
        "profanity",
        practice="physio",
    ),
    # Hot-button.
    post(
        "The Tories have done more damage to the NHS than Covid ever did. Remember that at "
        "the ballot box.",
        "hot-button",
        practice="gp",
    ),
    post("Proud to stand with our Second Amendment rights. 🇺🇸", "hot-button", practice="physio"),
    post("Jesus loves you and so do we! Have a blessed Sunday 🙏", "hot-button"),
    post(
        "Illegal immigrants are clogging up our waiting lists.",
        "hot-button",
        "disparaging",
        practice="gp",
    ),
    post("Vote YES on Measure 114 this November!", "hot-button", practice="optom"),
    post("Abortion is healthcare. Period.", "hot-button", practice="physio"),
    post(
        "Anti-vaxxers: your 'research' on YouTube is killing children. Do better.",
        "hot-button",
        practice="gp",
    ),
    post(
        "Fluoride in the water is a government mind-control plot? Please. Unfollow us if you "
        "believe that.",
        "hot-button",
    ),
    post(
        "Trump or Harris, your hamstrings don't care. Stretch anyway 😄",
        "hot-button",
        practice="physio",
    ),
    post(
        "Brexit is why we can't find nurses. Thanks a lot, Leave voters.",
        "hot-button",
        practice="gp",
    ),
    # Selling in posts not marked promotional.
    post("Whitening for £250 this month – ask at reception!", "selling"),
    post(
        "Dry needling sessions now 20% off for first-time clients.",
        "selling",
        practice="physio",
        kind="shared",
    ),
    post(
        "Use code SUMMER25 for 25% off prescription sunglasses online.",
        "selling",
        practice="optom",
    ),
    post("Free consultation for Invisalign until the end of June! 😁", "selling"),
    post("Travel vaccines from £45 – book now before summer!", "selling", practice="gp"),
    post(
        "Only 3 spots left in our Saturday pilates class – grab yours before they're gone!",
        "selling",
        practice="physio",
    ),
    post(
        "Buy one pair, get the second half price – this week only.",
        "selling",
        practice="optom",
    ),
    post(
        "Electric toothbrush sale: the Oral-B iO is down to £149 at reception while stocks last.",
        "selling",
    ),
    post(
        "Gift cards are available for the holidays – the perfect present for the runner in "
        "your life 🎁",
        "selling",
        practice="physio",
    ),
    post(
        "Refer a friend and you'll get a £25 Amazon voucher when they join.",
        "selling",
        kind="shared",
    ),
    post("Black Friday deal: $100 off all designer frames!", "selling", practice="optom"),
    # Claims.
    post("Voted the best dentist in leeds three years running!! 🏆", "claims"),
    post(
        "Our pain-free dry needling works for 9 out of 10 clients.",
        "claims",
        practice="physio",
        kind="promotional",
    ),
    post(
        "LASIK with guaranteed 20/20 vision or your money back.",
        "claims",
        practice="optom",
        kind="promotional",
    ),
    post(
        "Our weight-loss clinic gets permanent results without the side effects of injections.",
        "claims",
        practice="gp",
        kind="promotional",
    ),
    post("Our implants are 100% safe and last a lifetime.", "claims"),
    post(
        "Adjustments that cure migraines in just one session!",
        "claims",
        practice="physio",
        kind="promotional",
    ),
    post("The #1 clinic for Invisalign in Yorkshire.", "claims", kind="promotional"),
    post(
        "Risk-free trial: if you don't feel better after three sessions, the fourth is on us.",
        "claims",
        "selling",
        practice="physio",
    ),
    post("Totally painless root canals with our new wand 🪄", "claims"),
    post("Say goodbye to glasses forever!", "claims", practice="optom", kind="promotional"),
    post(
        "Guaranteed same-day appointments for every patient who calls before 10.",
        "claims",
        practice="gp",
    ),
]
