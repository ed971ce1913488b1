"""A second labelled set, written after the word lists, in fresh wording, and never tuned
against: its figures say how the guard does on posts it was not shaped around."""

from __future__ import annotations

from labelled_posts import Labelled, post, reply

HOLDOUT: list[Labelled] = [
    # Clean.
    post(
        "Toothache over the weekend? Our emergency slots open at 8am on Monday.", practice="dental"
    ),
    post(
        "Shingles vaccine: if you turned 65 after 1 September 2023 you are now eligible. "
        "Ask at reception.",
        practice="gp",
    ),
    post(
        "We will be closed from 24 December to 27 December, and open again on the 28th.",
        practice="gp",
    ),
    post(
        "Our receptionists can help you register online. Bring photo ID if you can, but "
        "it is not required.",
        practice="gp",
    ),
    post("Pelvic floor exercises are for everyone, not only after childbirth.", practice="physio"),
    post(
        "Blood in your pee is never normal. Please see your GP, even if it happens once.",
        practice="gp",
    ),
    post("Electric or manual toothbrush? Both work if you brush for two minutes, twice a day."),
    post(
        "Our car park will be resurfaced on 6 and 7 March, so please use the street.",
        practice="dental",
    ),
    post(
        "The British Society of Periodontology has a clear guide on gum disease and "
        "diabetes. Worth ten minutes of your time.",
        kind="shared",
    ),
    post(
        "Running injuries are often about doing too much too soon. Build up by no more than "
        "10% a week.",
        practice="physio",
    ),
    post(
        "Lower back pain? Most episodes settle within six weeks. Keep moving as much as you can.",
        practice="physio",
    ),
    post(
        "Our chaperone policy has been updated. You can read it on our website or ask for a copy.",
        practice="gp",
    ),
    post(
        "Children should see a dentist as soon as their first teeth come through. NHS care "
        "for under-18s costs nothing.",
    ),
    post(
        "Join us for a coffee morning on Friday 14 June to raise money for the local hospice.",
        practice="gp",
    ),
    post(
        "Welcome to Dr Amara Singh, who joins our team this month and has a special "
        "interest in women's health.",
        practice="gp",
    ),
    post(
        "Lumps, bumps and moles: if one changes shape, size or colour, get it checked.",
        practice="gp",
    ),
    post(
        "Ankle sprains heal better with early, gentle movement than with weeks of rest.",
        practice="physio",
    ),
    post(
        "If you need an interpreter for your appointment, tell us when you book and we "
        "will arrange one.",
        practice="gp",
    ),
    post(
        "Dentures need cleaning every day, just like teeth. Take them out at night to give "
        "your gums a rest.",
    ),
    post(
        "Our reception number (0113 496 0001) has voicemail out of hours; we reply the "
        "next working day.",
    ),
    post(
        "Heavy periods are common but not something you just have to live with. Our nurses "
        "can talk through options.",
        practice="gp",
    ),
    post(
        "Tennis elbow usually gets better on its own, but physio can speed things up.",
        practice="physio",
    ),
    post(
        "Thank you to the Rotary Club for the new wheelchair in our waiting room!",
        practice="gp",
    ),
    post("Mouthwash is not a substitute for brushing. Use it at a different time of day."),
    post(
        "Stroke: think FAST. Face, Arms, Speech, Time to call 999.",
        practice="gp",
        kind="shared",
    ),
    # Privacy.
    post("Ring Jo on 07700 900 122 if you want a lift to the Christmas party!", "privacy"),
    post(
        "Whoever dropped a bank card in the lobby: the last digits are 4471, and it is at "
        "the front desk. Call (512) 555-0187 if you can't get here.",
        "privacy",
        practice="physio",
    ),
    post(
        "Feedback on the new booking system? Write to our IT contractor, raj@quickfix-it.com.",
        "privacy",
        practice="gp",
    ),
    post(
        "Please check that NHS number 401 023 2137 on the repeat prescription matches "
        "your records.",
        "privacy",
        practice="gp",
    ),
    post(
        "Our oldest regular, Mrs Pearson, is 97 years young and sharper than all of us!",
        "privacy",
        "patient-story",
    ),
    post(
        "Bert sadly died on 2 March. He was a friend to everyone at the practice.",
        "privacy",
        practice="gp",
    ),
    post(
        "Little Oscar, born 14/02/2026, came in for his first check today. Welcome to the world!",
        "privacy",
        practice="gp",
    ),
    post(
        "Drop-off for the food bank is at 9 Hawthorn Avenue from Monday.",
        "privacy",
        practice="gp",
    ),
    post(
        "Your registration number RG-55812 is on the sign-in form you left behind.",
        "privacy",
    ),
    post(
        "Thank you to Arthur Penhaligon for the lovely painting in the waiting room.",
        "privacy",
        practice="gp",
    ),
    post(
        "We've blocked 198.51.100.23 after a flood of spam bookings.",
        "privacy",
        practice="physio",
    ),
    post(
        "Reply to the courier at Unit 3, 40 Kingsway, Leeds LS9 8RP if the box is damaged.",
        "privacy",
    ),
    post(
        "Medicaid ID 88213577 was written on the back of a sign-in sheet. We've shredded it.",
        "privacy",
        practice="physio",
    ),
    # Wording.
    post(
        "Meet Sophie, who came to us after a skiing accident and is now back on the slopes!",
        "patient-story",
        practice="physio",
    ),
    post(
        "Amazing transformation for one of our lovely patients this week – veneers on the "
        "top six teeth.",
        "patient-story",
    ),
    post(
        "A huge thank you to the patient who wrote us this lovely review. It made our "
        "week! (Shared with permission.)",
        consent=True,
    ),
    post(
        "We had one of those days: a patient told us she hasn't flossed since 1998. We "
        "didn't know whether to laugh or cry.",
        "disparaging",
    ),
    post(
        "Dear time-wasters who don't turn up: you cost the NHS thousands every year.",
        "disparaging",
        practice="gp",
    ),
    post(
        "That new ultrasound machine is a game changer. Bloody marvellous!",
        "profanity",
        practice="physio",
    ),
    post("Shit happens – that's why we keep emergency slots every morning.", "profanity"),
    post(
        "Whoever votes Conservative on Thursday is voting to sell off the NHS.",
        "hot-button",
        practice="gp",
    ),
    post(
        "We are praying for everyone affected by the floods this week.",
        "hot-button",
        practice="physio",
    ),
    post(
        "Half-price hygiene visits for new patients this month.",
        "selling",
    ),
    post(
        "Fancy a sports massage? Only $45 for 30 minutes during March.",
        "selling",
        practice="physio",
    ),
    post(
        "Give the gift of a healthy smile: whitening vouchers now at reception.",
        "selling",
        kind="shared",
    ),
    post(
        "Gentle, painless dentistry for nervous patients.",
        "claims",
        kind="promotional",
    ),
    post(
        "Our new shockwave therapy is proven to cure tendon pain for good.",
        "claims",
        practice="physio",
    ),
    post(
        "Rated the top physio in Texas by our clients!",
        "claims",
        practice="physio",
    ),
    post(
        "Say goodbye to back pain forever with our 6-week programme.",
        "claims",
        practice="physio",
        kind="promotional",
    ),
    # Replies.
    reply(
        "Thank you so much for taking the time to leave five stars. The whole team at "
        "Riverside Dental Care was delighted to read it.",
        reviewer="Beth Carter",
    ),
    reply(
        "We are sorry to read this and would like to understand more. Please ring 0113 496 "
        "0000 and ask for the practice manager.",
        reviewer="Mo Khan",
    ),
    reply(
        "Thanks Beth, so glad the whitening worked out for you!",
        "privacy",
        "confirms-patient",
        reviewer="Beth Carter",
    ),
    reply(
        "Our records show you missed two appointments, which is why the fee was charged.",
        "confirms-patient",
        "argues",
        practice="physio",
    ),
    reply(
        "It's a shame you feel that way after we fitted you in at short notice.",
        "confirms-patient",
        practice="gp",
    ),
    reply(
        "Frankly this review is dishonest and we've reported it to Google.",
        "argues",
    ),
    reply(
        "Dear Mr Khan, we are sorry you were unhappy with the wait.",
        "privacy",
        reviewer="Mo Khan",
        practice="gp",
    ),
]
