"""Clean posts: what a dental practice, a GP surgery and a physio clinic post every week.

None of these should raise anything. Many talk about the body, about screening and
vaccines, about the practice's own opening dates, phone, email and address.
"""

from __future__ import annotations

from labelled_posts import Labelled, post

CLEAN: list[Labelled] = [
    post(
        "Bleeding gums when you brush? It is often an early sign of gum disease. Book a "
        "check-up with our hygienist: it is quicker to treat early."
    ),
    post(
        "Our flu vaccine clinics start on Saturday 3 October. Everyone over 65, pregnant "
        "women and people with long-term conditions can have theirs free on the NHS.",
        practice="gp",
    ),
    post(
        "The surgery is closed on 25 December and 26 December. For urgent help call NHS 111.",
        practice="gp",
    ),
    post(
        "Happy New Year from everyone at Hollybank Surgery! We reopen on 2 January at 8am.",
        practice="gp",
    ),
    post(
        "Opening times this week: Mon–Thu 8:00–18:30, Fri 8:00–17:00, Sat 9:00–12:00. "
        "#NHS2026 #Leeds"
    ),
    post(
        "Fluoride varnish takes a minute and helps protect children's teeth from decay. Ask "
        "about it at your child's next check-up."
    ),
    post(
        "Breast screening saves lives. If you are 50 to 71 and registered with us, you will "
        "get a letter – please don't ignore it.",
        practice="gp",
    ),
    post(
        "Anal fissures are small tears that can make going to the toilet painful. Most heal "
        "in a few weeks with a high-fibre diet and plenty of fluids.",
        practice="gp",
    ),
    post(
        "Sex education for teenagers: the school nurse team is running a drop-in on sexual "
        "health and contraception at the youth centre this Thursday.",
        practice="gp",
    ),
    post(
        "Free from pain after treatment: what new research on post-operative care tells us "
        "(British Dental Journal)",
        kind="shared",
    ),
    post("Our new patient line is 0113 496 0000 – reception is open from 8am."),
    post(
        "Questions about a referral? Email hello@riversidedental.co.uk and the team will get "
        "back to you within two working days."
    ),
    post(
        "Find us at 14 Mill Lane, Leeds LS6 2QB – there is parking behind the building and "
        "a ramp at the side door."
    ),
    post(
        "Stool samples: please bring them to reception before 11am so they can go to the "
        "lab the same day.",
        practice="gp",
    ),
    post(
        "Testicular self-checks take two minutes. Once a month, in the shower, feel for "
        "lumps or changes. Anything unusual? Make an appointment.",
        practice="gp",
    ),
    post(
        "Cervical screening is now every five years for most people aged 25 to 64 with a "
        "negative HPV test. Our nurses can answer any questions.",
        practice="gp",
    ),
    post(
        "Physio tip: if your lower back is stiff in the morning, try gentle knee rolls "
        "before you get out of bed.",
        practice="physio",
    ),
    post(
        "We're hiring! Cedar Park Physical Therapy is looking for a part-time front desk "
        "coordinator. Send your résumé to frontdesk@cedarparkpt.com.",
        practice="physio",
    ),
    post(
        "From the CDC: adults 65 and older should get an updated COVID-19 vaccine this fall. "
        "Talk to your doctor about timing.",
        practice="physio",
        kind="shared",
    ),
    post(
        "Vaginal dryness after menopause is common and treatable. Our practice nurse runs a "
        "menopause clinic on Wednesday afternoons.",
        practice="gp",
    ),
    post(
        "Penile and testicular cancers are rare, but early checks matter. Men's Health Week "
        "starts on 12 June.",
        practice="gp",
    ),
    post(
        "Water fluoridation has been used for decades and reduces tooth decay. Read the "
        "latest evidence summary from the Department of Health.",
        kind="shared",
    ),
    post(
        "Congratulations to our receptionist Amy, who has worked at the practice for 25 "
        "years this month!"
    ),
    post(
        "Thank you to everyone who came to our open day. The new treatment rooms are ready "
        "and the lift is finally fixed!"
    ),
    post(
        "Jaw clicking when you chew? It is usually harmless, but if it hurts or locks, "
        "mention it at your next appointment."
    ),
    post(
        "Discharge from a wound that smells, or redness that spreads, can mean infection. "
        "If you notice it after minor surgery, call us the same day.",
        practice="gp",
    ),
    post(
        "Rectal bleeding is not something to be embarrassed about. Tell your GP – most "
        "causes are easily treated.",
        practice="gp",
    ),
    post(
        "Our dentists will be at Leeds Children's Hospital on Friday, helping out at the "
        "oral health fair."
    ),
    post(
        "Sperm counts and male fertility: a clear guide from the NHS website. "
        "https://www.nhs.uk/conditions/infertility/",
        practice="gp",
        kind="shared",
    ),
    post(
        "Shoulder pain from sleeping on one side? Try a pillow between your arms and see if "
        "it eases by the weekend.",
        practice="physio",
    ),
    post(
        "Gentle reminder: please arrive ten minutes early for your first appointment so we "
        "can update your medical history."
    ),
    post(
        "We are supporting Dry January. Cutting down on alcohol is good for your teeth, your "
        "liver and your sleep."
    ),
    post(
        "The practice will be closed on Monday 4 May for the bank holiday. Out of hours, "
        "call NHS 111.",
        practice="gp",
    ),
    post(
        "The waiting room has a new children's corner with books donated by local "
        "families. Thank you!"
    ),
    post(
        "Mouth cancer can affect anyone. Check your mouth every month for ulcers that don't "
        "heal within three weeks."
    ),
    post(
        "The Chartered Society of Physiotherapy explains why rest is not always best for "
        "low back pain.",
        practice="physio",
        kind="shared",
    ),
    post(
        "How long should you wear a mouthguard after a sports injury? Our hygienist Jess "
        "answers your questions live on Thursday at 7pm."
    ),
    post(
        "Eight glasses of water a day? The evidence is thinner than you think. A good read "
        "from the BBC.",
        kind="shared",
    ),
    post(
        "We are closed on 1 January. Prescription requests made after 28 December will be "
        "ready on 3 January.",
        practice="gp",
    ),
    post(
        "Bowel cancer screening kits are now sent to everyone aged 50 to 74 in England. "
        "Please do the test when it arrives.",
        practice="gp",
    ),
    post(
        "Hip replacement rehab: two new exercise classes on Tuesday mornings at the Cedar "
        "Park community center.",
        practice="physio",
    ),
    post("Sugar-free gum after meals can help protect your teeth. Look for xylitol on the pack."),
    post("Wisdom teeth don't always need to come out. Here's how we decide, step by step."),
    post(
        "National Smile Month starts on 13 May! Share a photo of your brightest smile with "
        "#SmileMonth2026."
    ),
    post(
        "Today we said goodbye to Dr Okafor, who retires after 31 years at Hollybank. Thank "
        "you for everything!",
        practice="gp",
    ),
    post(
        "Heel pain first thing in the morning is a classic sign of plantar fasciitis. Calf "
        "stretches against a wall help many people.",
        practice="physio",
    ),
    post(
        "Pregnant? NHS dental care is free during pregnancy and for 12 months after your "
        "baby is born."
    ),
    post(
        "Our nurses can give the RSV vaccine to anyone aged 75 to 79, and to pregnant women "
        "from 28 weeks.",
        practice="gp",
    ),
    post(
        "Please let reception know if you would like a chaperone for an intimate "
        "examination. We are always happy to arrange one.",
        practice="gp",
    ),
    post(
        "Teeth sensitive to cold? A desensitising toothpaste used twice a day for two weeks "
        "often helps."
    ),
    post(
        "Posture check: is your screen at eye level? Small changes at your desk can save "
        "your neck.",
        practice="physio",
    ),
    post(
        "We have moved our phone lines to a new system. The number stays the same: (512) 555-0140.",
        practice="physio",
    ),
    post(
        "Foot and ankle clinic: every second Wednesday from 9am. Referrals through your "
        "doctor, or refer yourself online.",
        practice="physio",
    ),
    post(
        "Hay fever season is here. Many treatments are available from your pharmacist "
        "without a prescription.",
        practice="gp",
    ),
    post(
        "From the UK Health Security Agency: why the MMR vaccine matters before travelling "
        "this summer.",
        practice="gp",
        kind="shared",
    ),
    post("Happy Diwali to everyone celebrating this week!", practice="gp"),
    post(
        "Ramadan Mubarak. If you are fasting and take regular medicines, talk to our "
        "pharmacist about timing your doses.",
        practice="gp",
    ),
    post(
        "Dental anxiety is common. Tell us how you feel at the start of your appointment "
        "and we'll go at your pace."
    ),
    post(
        "Vasectomy clinic dates for the spring are now on the website. Ask at reception for "
        "the leaflet.",
        practice="gp",
    ),
    post(
        "Did you know our physiotherapists can see you without a GP referral? Call "
        "020 7946 0500 to find out more.",
        practice="gp",
    ),
    post(
        "Margaret Ellis has kindly agreed to share her story about getting used to "
        "dentures. Part one is on our blog today.",
        consented=("Margaret Ellis",),
    ),
    post(
        "Before and after: Rachel's implant journey, shared with her permission.",
        consent=True,
    ),
    post(
        "Teeth whitening now just £199 – this month only! Book now at reception.",
        kind="promotional",
    ),
    post(
        "Spring offer: 15% off sports massage for the whole of April.",
        kind="promotional",
        practice="physio",
    ),
    post(
        "Gift vouchers for a dental hygiene visit make a thoughtful Christmas present. Ask "
        "at the front desk.",
        kind="promotional",
    ),
    post(
        "Our hygienists explain why gums bleed, what plaque does, and how a good clean "
        "helps. Short video on our page.",
    ),
    post(
        "We now offer evening appointments on Tuesdays and Thursdays until 8pm.",
        practice="physio",
    ),
    post(
        "Cold sores: avoid kissing newborns and sharing cups while you have one. They are "
        "very contagious.",
        practice="gp",
    ),
    post(
        "Our team ran the Bristol 10k on Sunday and raised money for the hospice. Proud of "
        "every one of them!",
        practice="gp",
    ),
    post(
        "Why do we ask about your medicines before a filling? Some, like blood thinners, "
        "change how we plan treatment."
    ),
    post(
        "Erectile problems can be an early sign of heart disease. It is worth mentioning to "
        "your GP, however awkward it feels.",
        practice="gp",
    ),
    post(
        "Knee pain on the stairs? Strengthening the thigh muscles takes a few weeks but "
        "makes a real difference.",
        practice="physio",
    ),
    post(
        "The hospital's blood test unit has moved to the ground floor. Walk-in hours have "
        "not changed.",
        practice="gp",
        kind="shared",
    ),
]
