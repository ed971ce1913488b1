"""The blind set's clean posts from the two US practices (see ``labelled_blind``)."""

from __future__ import annotations

from labelled_posts import Labelled, post

CLEAN_BLIND_US: list[Labelled] = [
    # A US physical therapy clinic.
    post(
        "Hip flexors tight from sitting all day? Try this 60-second stretch between meetings. 🧘",
        practice="physio",
    ),
    post(
        "We're open Mon–Fri 7am–7pm and Saturday 8am–noon. Call (512) 555-0140 or visit "
        "cedarparkpt.com.",
        practice="physio",
    ),
    post(
        "Plantar fasciitis: that stabbing heel pain first thing in the morning. Calf stretches "
        "and supportive shoes are a great start.",
        practice="physio",
    ),
    post(
        "Our clients love the new anti-gravity treadmill: it lets you walk with up to 80% less "
        "body weight while you recover.",
        practice="physio",
    ),
    post(
        "Team news: our front-desk hero Marisol turns 40 this week! 🎉 Stop by and say happy "
        "birthday.",
        practice="physio",
    ),
    post(
        "From the CDC: 'Older adult falls are preventable.' One in four adults 65+ falls each "
        "year, and balance training helps.",
        practice="physio",
        kind="shared",
    ),
    post(
        "Lacrosse balls are brilliant for trigger points in your glutes and upper back. Lean "
        "into the wall and roll slowly.",
        practice="physio",
    ),
    post(
        "Running the Austin Marathon on February 16? Our team will be at mile 20 with ice and "
        "tape. Come say hi! 🏃",
        practice="physio",
    ),
    post(
        "Pelvic floor PT isn't only for new moms: it helps with bladder leaks, pain with sex "
        "and constipation too.",
        practice="physio",
    ),
    post(
        "Tennis elbow, golfer's elbow, climber's elbow – different sports, same tendon "
        "overload. Load it gradually.",
        practice="physio",
    ),
    post(
        "Our building is 100 years old and the stairs prove it 😅 Use the ramp at the side "
        "entrance on Whitestone Blvd.",
        practice="physio",
    ),
    post(
        "Thank you, Kevin O'Brien, for letting us share your ACL rehab videos!",
        practice="physio",
        consented=("Kevin O'Brien",),
    ),
    post(
        "Happy Thanksgiving from all of us at Cedar Park PT! We're closed Thursday and Friday. 🦃",
        practice="physio",
    ),
    post(
        "A bloody nose after a fall on the court should be checked for a fracture if it's "
        "swollen or crooked.",
        practice="physio",
    ),
    post(
        "Posture myth: there is no single 'perfect' posture. The best posture is your next one.",
        practice="physio",
    ),
    post(
        "Ankle sprain? There's no magic cure, but early movement and balance work cut the "
        "chance of spraining it again.",
        practice="physio",
    ),
    post(
        "Number one question we get: 'Should I use heat or ice?' Answer: whichever feels "
        "better after the first 48 hours.",
        practice="physio",
    ),
    post(
        "Sciatica doesn't always mean a slipped disc. Often it settles with movement, time and "
        "the right exercises.",
        practice="physio",
    ),
    post(
        "New patient special: $79 for your evaluation and first treatment. Limited spots – "
        "call (512) 555-0140.",
        practice="physio",
        kind="promotional",
    ),
    post(
        "Free webinar on Tuesday from the Texas Physical Therapy Association: 'Low back pain "
        "myths'. Worth an hour.",
        practice="physio",
        kind="shared",
    ),
    # A US optometry practice.
    post(
        "Dilated eye exams let us see the retina and optic nerve. Bring sunglasses – your "
        "eyes will be light-sensitive for a few hours.",
        practice="optom",
    ),
    post(
        "Glaucoma has no early symptoms. Adults over 40 should have an eye exam every 1–2 "
        "years. #GlaucomaAwarenessMonth",
        practice="optom",
    ),
    post(
        "We're at 1830 SW Morrison St, Portland, OR 97205, right by the MAX stop. Call "
        "(503) 555-0162 to schedule.",
        practice="optom",
    ),
    post(
        "Screen time tip: the 20-20-20 rule. Every 20 minutes, look at something 20 feet away "
        "for 20 seconds. 👀",
        practice="optom",
    ),
    post(
        "From the American Academy of Ophthalmology: '5 free ways to protect your eyes this "
        "summer'.",
        practice="optom",
        kind="shared",
    ),
    post(
        "Pink eye spreads fast in classrooms. Wash hands, don't share towels, and keep kids "
        "home until the discharge clears.",
        practice="optom",
    ),
    post(
        "Staff spotlight: Dr. Nguyen has fitted specialty contact lenses for 12 years and still "
        "gets excited about scleral lenses. 🤓",
        practice="optom",
    ),
    post("Black Friday hours: open 9–3. Closed on Thanksgiving Day.", practice="optom"),
    post(
        "Back-to-school eye exams: kids' exams are covered by most vision plans. Schedule "
        "yours at (503) 555-0162.",
        practice="optom",
        kind="promotional",
    ),
    post(
        "Floaters that suddenly increase, flashes of light or a curtain over your vision are "
        "an emergency. Call us or go to the ER.",
        practice="optom",
    ),
    post(
        "We raised $1,850 for Lions Club eyeglass recycling – that's a lot of glasses for "
        "people who need them! Thank you, Portland. 👓",
        practice="optom",
    ),
    post(
        "Diabetes can damage the tiny blood vessels in your retina. A yearly diabetic eye exam "
        "catches changes early. #WorldDiabetesDay",
        practice="optom",
    ),
    post(
        "Why is your optometrist asking about your meds? Some, like hydroxychloroquine, need "
        "regular eye checks.",
        practice="optom",
    ),
]
