"""A third labelled set, written blind: before its author read the guard's word lists or
code, in the voices of four practices (a UK dental practice and GP surgery, a US physical
therapy clinic and optometry practice). The labels say what a careful compliance officer
would flag, not what the guard was expected to catch.

This module holds the UK practices' clean posts (the US ones are in ``labelled_blind_us``),
most of them written to be tricky (anatomy and clinical words, "free" outside an offer, the
practice's own numbers, staff birthdays, charity sums, awareness days, eligibility dates,
survey results); the flagged posts and the review replies are in ``labelled_blind_flagged``
and ``labelled_blind_replies``. ``BLIND`` is the whole set.
"""

from __future__ import annotations

from labelled_blind_flagged import FLAGGED_BLIND
from labelled_blind_replies import REPLIES_BLIND
from labelled_blind_us import CLEAN_BLIND_US
from labelled_posts import Labelled, post

CLEAN_BLIND: list[Labelled] = [
    # A UK dental practice.
    post(
        "Bleeding gums when you brush? It's often the first sign of gum disease, and it's "
        "reversible if caught early. 🦷"
    ),
    post("Sugar-free gum after meals helps your saliva do its job. Chew away! #SmileMonth"),
    post(
        "Opening hours this week: Mon–Thu 8.30–17.30, Fri 8.30–16.00. Call us on 0113 496 0000 "
        "or email hello@riversidedental.co.uk."
    ),
    post("Find us at 14 Mill Lane, Leeds LS6 2QB – parking is round the back."),
    post("Happy birthday to our wonderful receptionist Jess! 🎂 Cake in the staff room at 1pm."),
    post(
        "Tip number one for nervous patients: tell us. We can agree a stop signal before we start."
    ),
    post(
        "Our patients told us what they wanted: in our 2025 survey 94% rated the team "
        "'excellent' and lots asked for evening appointments. Tuesday evenings start next month!"
    ),
    post(
        "Before and after: the waiting room got a makeover over the summer. New chairs, new "
        "plants, same friendly faces. 🌿"
    ),
    post(
        "Mouth cancer can show up as an ulcer that won't heal, a red or white patch, or a lump. "
        "Check your mouth once a month. #MouthCancerAction"
    ),
    post(
        "Did you know? Your tongue can harbour as much bacteria as your teeth. Give it a gentle "
        "brush too 👅"
    ),
    post(
        "Dry socket after an extraction is painful but treatable. If the pain gets worse after "
        "day three, give us a call."
    ),
    post(
        "We're fundraising for Yorkshire Air Ambulance – so far the team has raised £1,340 "
        "through cake sales and the Leeds 10K! Thank you to everyone who donated 💛"
    ),
    post("Congratulations to our dental nurse Ellie, who passed her radiography exam this week!"),
    post(
        "NHS: 'Children's teeth – brushing, fluoride and free dental care'. A handy read for "
        "parents.",
        kind="shared",
    ),
    post(
        "Wisdom teeth don't always need to come out. If they aren't causing trouble, we usually "
        "leave them be."
    ),
    post(
        "Teeth whitening is back: £199 for home whitening trays this month only. Book on "
        "0113 496 0000.",
        kind="promotional",
    ),
    post(
        "World Oral Health Day is on 20 March. A happy mouth is a happy body 😁 "
        "#WOHD #WorldOralHealthDay"
    ),
    post("Sensitive teeth? Try a sensitivity toothpaste for a few weeks, and spit, don't rinse."),
    post(
        "Thank you Margaret Ellis for letting us share your implant journey – you've been a star!",
        consented=("Margaret Ellis",),
    ),
    post(
        "We never share patient photos or stories without written consent. If you'd like to "
        "take part in our smile stories, ask at reception."
    ),
    post(
        "Our colleagues in Scunthorpe and Penistone are running an oral health roadshow next "
        "week – well worth a visit if you're nearby."
    ),
    post(
        "The mouth is the gateway to the body: gum disease has been linked to heart disease, "
        "diabetes and even dementia."
    ),
    post(
        "Crowns, bridges, implants – what's the difference? Our new leaflet explains it in "
        "plain English."
    ),
    post(
        "Sorry folks, our phones are down this morning. Please email "
        "hello@riversidedental.co.uk and we'll ring you back!"
    ),
    post(
        "You can reach us on +44 113 496 0000 from abroad – handy if you're a student heading "
        "home for the summer."
    ),
    post("Parking on Mill Lane is pay and display after 9am, so allow a few extra minutes."),
    post(
        "Christmas hours: closed 25–26 December and 1 January. For urgent dental pain, call "
        "NHS 111."
    ),
    post(
        "Meet Dr Hamid Qureshi, our new associate dentist. He loves implant work and Leeds "
        "United (sorry, Hamid). ⚽"
    ),
    post(
        "Our hygienist Zara is running the Great North Run for Mind on 7 September. Sponsor her "
        "at justgiving.com/zara-runs 🏃‍♀️"
    ),
    post(
        "Kids' corner: why do we lose our baby teeth? Because the grown-up ones are pushing "
        "them out! 😄"
    ),
    post("Anyone else think the tooth fairy is underpaid? 🧚 Ask your little ones what she left!"),
    post("Our team are proud to be a Living Wage employer. 💚"),
    post(
        "Refer a friend this month and you both get 10% off your next hygiene visit. T&Cs apply.",
        kind="promotional",
    ),
    post("Dental anxiety is real, and nothing to be ashamed of. One in three adults feels it."),
    post(
        "Grinding your teeth at night? A custom night guard protects your enamel. Ask at your "
        "next check-up."
    ),
    post(
        "#1 tip for healthy gums: clean between your teeth every day. Floss or brushes, your pick!"
    ),
    post("Were closed on monday for the bank holliday, see you all tuesday! Emergencies: NHS 111."),
    post(
        "Before and after: Sam's smile makeover, shared with Sam's written consent. ✨",
        consent=True,
    ),
    # A UK GP surgery.
    post(
        "Flu vaccines for children: if your child was born between 1 September 2020 and 31 "
        "August 2023, they can have the nasal spray here.",
        practice="gp",
    ),
    post(
        "Anyone born on or before 1 April 1960 can now have the shingles vaccine. Ask at "
        "reception or book through the NHS App.",
        practice="gp",
    ),
    post(
        "The surgery will be closed on Monday 25 August for the bank holiday. For urgent help "
        "call 111; in an emergency call 999.",
        practice="gp",
    ),
    post(
        "Breast screening saves lives. If you're 50 to 71 you'll be invited every three years "
        "– please don't ignore the letter.",
        practice="gp",
    ),
    post(
        "Testicular cancer is most common in men aged 15 to 49. Check once a month, in or after "
        "a warm shower.",
        practice="gp",
    ),
    post(
        "Blood in your poo, a change in bowel habit or weight loss you can't explain? Please "
        "talk to us – it's probably nothing, but let's check.",
        practice="gp",
    ),
    post(
        "Erectile dysfunction can be an early warning sign of heart disease. Don't be "
        "embarrassed to mention it.",
        practice="gp",
    ),
    post(
        "Sexual health clinics offer free, confidential testing – you don't need to see us first.",
        practice="gp",
    ),
    post(
        "You can register with a GP without proof of address or immigration status. Everyone "
        "is welcome at Hollybank.",
        practice="gp",
    ),
    post(
        "Local elections are on Thursday 7 May and our hall is a polling station, so please "
        "park on Chapel Road that day.",
        practice="gp",
    ),
    post(
        "Fasting for Ramadan? If you take insulin or tablets for diabetes, speak to our nurse "
        "before it starts so we can adjust your doses safely.",
        practice="gp",
    ),
    post(
        "The prescription charge in England is now £9.90 per item. A prepayment certificate "
        "could save you money if you need lots of medicines.",
        practice="gp",
    ),
    post(
        "Because of the resident doctors' strike, some hospital appointments this week may be "
        "moved. We are open as normal.",
        practice="gp",
    ),
    post(
        "Our new phlebotomist, Rosa, takes blood on Monday to Wednesday mornings. A quick "
        "finger-prick test for cholesterol is also available.",
        practice="gp",
    ),
    post(
        "Piles are really common in pregnancy. Plenty of fibre and water help, and your "
        "pharmacist can recommend a cream.",
        practice="gp",
    ),
    post(
        "Thinking about stopping smoking? The free NHS stop smoking service doubles your "
        "chances of quitting.",
        practice="gp",
    ),
    post("Happy Diwali to everyone celebrating this week! 🪔", practice="gp"),
    post(
        "Well done to the Hollybank team, who walked 26 miles for the local hospice and raised "
        "£2,150! 👟",
        practice="gp",
    ),
    post(
        "Our practice is 90 years old this year: the first GP saw patients in the front room "
        "of 2 Chapel Road in 1935.",
        practice="gp",
    ),
    post(
        "Feeling low? You're not alone. Samaritans are there day and night on 116 123, free "
        "from any phone.",
        practice="gp",
    ),
    post(
        "Ordering a repeat prescription? Please allow two working days. You'll need your NHS "
        "number – it's in the NHS App.",
        practice="gp",
    ),
    post(
        "Snoring, waking up gasping, tired all day? It could be sleep apnoea. Worth mentioning "
        "at your next review.",
        practice="gp",
    ),
    post(
        "A reminder that our chaperone policy covers all intimate examinations, including "
        "breast, genital and rectal exams.",
        practice="gp",
    ),
    post(
        "Measles cases are rising in England. Two doses of MMR give about 99% protection. "
        "Check your child's red book.",
        practice="gp",
    ),
    post(
        "Vaccines don't cause autism. The question has been studied in millions of children "
        "and the answer is clear.",
        practice="gp",
    ),
    post("Welcome back to Dr Fenwick after her maternity leave! 👶💐", practice="gp"),
    post(
        "@NHSEngland has a great thread on antibiotics: they don't work for colds. Please "
        "don't ask us for them!",
        practice="gp",
        kind="shared",
    ),
    post(
        "Prescription line: 020 7946 0500, option 2, open 10am–2pm. Or email "
        "hollybank.surgery@nhs.net.",
        practice="gp",
    ),
    post(
        "Cervical screening is for anyone with a cervix aged 25 to 64. It takes five minutes "
        "and could save your life.",
        practice="gp",
    ),
    post(
        "Thank you to Reverend Paul and St Mary's Church for hosting our winter vaccine clinic. ⛪",
        practice="gp",
    ),
    post(
        "The NHS App lets you see test results, order repeat prescriptions and book "
        "appointments – all without ringing at 8am!",
        practice="gp",
    ),
    post(
        "We're hiring! Practice nurse, 30 hours a week, NHS pension. Email "
        "hollybank.surgery@nhs.net for details.",
        practice="gp",
    ),
    post(
        "87% of patients who answered the GP Patient Survey described their experience as "
        "good. Thank you – and yes, we're working on the phones!",
        practice="gp",
    ),
    post(
        "We're proud to have been rated Outstanding by the CQC. Thank you to everyone who "
        "spoke to the inspectors.",
        practice="gp",
    ),
    post(
        "#FluJab season is here 💉 Clinics every Saturday in October. #Hollybank #NHS",
        practice="gp",
    ),
]

BLIND: list[Labelled] = [*CLEAN_BLIND, *CLEAN_BLIND_US, *FLAGGED_BLIND, *REPLIES_BLIND]
