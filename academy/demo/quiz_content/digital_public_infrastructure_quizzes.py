"""Quizzes for the course: Digital Public Infrastructure in Practice."""

QUIZZES = {
    "course_slug": "digital-public-infrastructure",
    "module_slug_for_pre": "foundations",
    "module_slug_for_final": "governance-and-delivery",
    # ------------------------------------------------------------------ Pre-assessment
    "pre": {
        "slug": "pre-assessment",
        "title": "Before you start: what do you already know?",
        "intro": (
            "<p>This short quiz shows what you already know about digital public "
            "infrastructure (DPI). It does not count towards your result. Answer honestly, "
            "and guess if you are not sure. At the end of the course you can compare this "
            "score with the final assessment to see how much you have learned.</p>"
        ),
        "minutes": 10,
        "questions": [
            {
                "type": "single_choice",
                "prompt": (
                    "What makes digital public infrastructure different from a single "
                    "government IT system, such as a tax portal?"
                ),
                "points": 1,
                "explanation": (
                    "<p>Like a road, DPI is built once and used by many. It is reusable, "
                    "interoperable through open standards, and governed for the public "
                    "interest, while a tax portal usually serves a single purpose (lesson "
                    "'What Makes Infrastructure Digital and Public').</p>"
                ),
                "options": [
                    {
                        "text": (
                            "It is a shared system that many public and private services can "
                            "build on"
                        ),
                        "correct": True,
                    },
                    {
                        "text": "It is always written by government programmers",
                        "correct": False,
                    },
                    {
                        "text": "It serves the purpose of one ministry very well",
                        "correct": False,
                    },
                    {
                        "text": "It keeps all citizen records in one central database",
                        "correct": False,
                    },
                ],
            },
            {
                "type": "multiple_choice",
                "prompt": (
                    "Which are the three core building blocks of DPI discussed in this "
                    "course? Select all that apply."
                ),
                "points": 1,
                "explanation": (
                    "<p>Digital identity answers 'Who is this person?', digital payments "
                    "answer 'How does money move?', and data exchange answers 'How does "
                    "information travel safely?' (lesson 'The Three Core Building Blocks'). "
                    "Data exchange works without one giant central database.</p>"
                ),
                "scoring": "partial",
                "options": [
                    {"text": "Digital identity", "correct": True},
                    {"text": "Digital payments", "correct": True},
                    {"text": "Data exchange between institutions", "correct": True},
                    {"text": "A national social media platform", "correct": False},
                    {
                        "text": "One central database holding every record about each person",
                        "correct": False,
                    },
                ],
            },
            {
                "type": "true_false",
                "prompt": (
                    "The word 'public' in digital public infrastructure means that only the "
                    "government may build and run the software."
                ),
                "points": 1,
                "explanation": (
                    "<p>False. 'Public' describes the purpose and the rules, not who writes "
                    "the software. A DPI can be run by a central bank, a public agency or a "
                    "regulated partnership, and private companies often build services on "
                    "top of it.</p>"
                ),
                "correct_answer": False,
            },
            {
                "type": "short_text",
                "prompt": (
                    "Which country built X-Road, the secure data exchange layer through which "
                    "its agencies share data?"
                ),
                "points": 1,
                "explanation": (
                    "<p>Estonia. From the early 2000s its agencies have exchanged data through "
                    "X-Road: each agency keeps its own data, and requests are signed, "
                    "encrypted and logged (lesson 'Data Exchange Between Institutions').</p>"
                ),
                "accepted_answers": ["Estonia", "Republic of Estonia", "Eesti"],
            },
            {
                "type": "single_choice",
                "prompt": (
                    "Why should a national identity system avoid collecting extra fields such "
                    "as religion or ethnic group?"
                ),
                "points": 1,
                "explanation": (
                    "<p>The lesson 'Digital Identity: Design Choices and Safeguards' advises "
                    "collecting the minimum: usually name, date of birth, a unique number and "
                    "perhaps biometrics. Extra fields add risk and do not help "
                    "verification.</p>"
                ),
                "options": [
                    {
                        "text": "They add risk and do not help verify who someone is",
                        "correct": True,
                    },
                    {
                        "text": "They make the identity card too large to print",
                        "correct": False,
                    },
                    {
                        "text": "They slow down fingerprint checks",
                        "correct": False,
                    },
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ Final assessment
    "final": {
        "slug": "final-assessment",
        "title": "Final assessment",
        "intro": (
            "<p>This assessment covers all three modules: the foundations of DPI, the "
            "building blocks in practice, and governance, inclusion and delivery. Some "
            "questions describe a situation and ask what you would do. You need 70% of the "
            "points to pass, and you can review the lessons before you try again.</p>"
        ),
        "minutes": 20,
        "pass_mark": 70,
        "questions": [
            {
                "type": "true_false",
                "prompt": (
                    "Because DPI uses open interfaces, anyone can read the citizens' data "
                    "that passes through it."
                ),
                "points": 1,
                "explanation": (
                    "<p>False. The interfaces are open, so that authorised systems can connect "
                    "in a standard way. The data stays protected by access rules, encryption "
                    "and audit logs (lesson 'Openness, Interoperability and Reuse').</p>"
                ),
                "correct_answer": False,
            },
            {
                "type": "single_choice",
                "prompt": (
                    "You are about to sign a contract for a new identity platform. Which "
                    "answer from the supplier should worry you most?"
                ),
                "points": 2,
                "explanation": (
                    "<p>Unpublished interfaces and a supplier that no one else can replace "
                    "are signs of vendor lock-in. The course asks who owns the code and the "
                    "data, whether interfaces are published, and whether another supplier "
                    "can take over maintenance.</p>"
                ),
                "options": [
                    {
                        "text": (
                            "Only our company can maintain the system, and the interfaces are "
                            "not published"
                        ),
                        "correct": True,
                    },
                    {
                        "text": "All interfaces are documented and published",
                        "correct": False,
                    },
                    {
                        "text": "The government owns the data and the source code",
                        "correct": False,
                    },
                    {
                        "text": (
                            "The cost of connecting one more institution is set in the contract"
                        ),
                        "correct": False,
                    },
                ],
            },
            {
                "type": "numeric",
                "prompt": (
                    "How many digits does India's Aadhaar identity number have, as described "
                    "in the course?"
                ),
                "points": 1,
                "explanation": (
                    "<p>Aadhaar is a 12-digit number linked to fingerprints, iris scans and "
                    "basic personal details (lesson 'Digital Identity: Design Choices and "
                    "Safeguards'). The case also shows the debate about privacy and about "
                    "people excluded when fingerprint checks fail.</p>"
                ),
                "answer": "12",
                "tolerance": "0",
            },
            {
                "type": "multiple_choice",
                "prompt": (
                    "A student applies for a scholarship, and the education ministry needs to "
                    "know the family's income. According to the video on data exchange, which "
                    "statements describe a good data exchange layer? Select all that apply."
                ),
                "points": 2,
                "explanation": (
                    "<p>The data stays where it is, requests are signed, encrypted and "
                    "logged, and the ministry may ask only for what it needs, such as the "
                    "income band. The video says not to picture one big database, but secure, "
                    "controlled conversations between systems.</p>"
                ),
                "scoring": "partial",
                "options": [
                    {
                        "text": "The tax office keeps its own database; the data stays where it is",
                        "correct": True,
                    },
                    {
                        "text": "Each request is signed, encrypted and logged",
                        "correct": True,
                    },
                    {
                        "text": "The ministry asks only for the income band it needs",
                        "correct": True,
                    },
                    {
                        "text": "All tax data is first copied into one central database",
                        "correct": False,
                    },
                    {
                        "text": "The ministry receives the whole tax file of the family",
                        "correct": False,
                    },
                ],
            },
            {
                "type": "single_choice",
                "prompt": (
                    "Which feature belongs to a good public instant payment system, according "
                    "to the course?"
                ),
                "points": 1,
                "explanation": (
                    "<p>A good payment rail lets people pay with simple addresses, such as a "
                    "phone number, works at any hour, keeps fees low for small personal "
                    "payments, and has open rules so that small banks, cooperatives and "
                    "fintech companies can join (lesson 'Instant, Interoperable "
                    "Payments').</p>"
                ),
                "options": [
                    {
                        "text": (
                            "Simple addresses, such as a phone number, instead of account numbers"
                        ),
                        "correct": True,
                    },
                    {
                        "text": "Payments only during bank opening hours",
                        "correct": False,
                    },
                    {
                        "text": "Membership limited to the largest banks",
                        "correct": False,
                    },
                    {
                        "text": "High fees on small personal payments to fund the system",
                        "correct": False,
                    },
                ],
            },
            {
                "type": "short_text",
                "prompt": (
                    "Which safeguard says that data collected for one purpose should not be "
                    "reused for another without a legal reason? (two words)"
                ),
                "points": 1,
                "explanation": (
                    "<p>This is purpose limitation, one of the safeguards to build in from day "
                    "one, together with a clear legal basis, data protection, transparency, "
                    "and complaints and redress (lesson 'Governance and Public Trust').</p>"
                ),
                "accepted_answers": [
                    "purpose limitation",
                    "purpose limitation principle",
                    "limitation of purpose",
                    "purpose-limitation",
                ],
            },
            {
                "type": "single_choice",
                "prompt": (
                    "A social protection agency moves monthly cash grants to digital payments. "
                    "Many recipients have no bank account and some have no phone. Which "
                    "approach from the course best protects them?"
                ),
                "points": 2,
                "explanation": (
                    "<p>In the case in 'Inclusion by Design', the agency let recipients choose "
                    "any connected provider, kept a cash option for one year, offered a free "
                    "helpline and moved one district at a time. Early districts revealed "
                    "problems that were fixed before national rollout.</p>"
                ),
                "options": [
                    {
                        "text": (
                            "Keep a cash option for a year, offer help in local languages, and "
                            "move one district at a time"
                        ),
                        "correct": True,
                    },
                    {
                        "text": "Pay every grant through a single mobile operator",
                        "correct": False,
                    },
                    {
                        "text": "Stop paying people who do not have a phone",
                        "correct": False,
                    },
                    {
                        "text": "Switch all districts on the same day to avoid confusion",
                        "correct": False,
                    },
                ],
            },
            {
                "type": "multiple_choice",
                "prompt": (
                    "Your institution is planning its first DPI project. Which of these are "
                    "among the five steps recommended in the course? Select all that apply."
                ),
                "points": 2,
                "explanation": (
                    "<p>The lesson 'Planning Your First DPI Project' recommends starting with "
                    "one valuable service: pick the service, map the journey, check what "
                    "exists, agree the rules, then pilot, measure and improve. Large "
                    "programmes often fail because they try to do everything at once.</p>"
                ),
                "scoring": "partial",
                "options": [
                    {
                        "text": "Pick one service that many people use and that causes pain today",
                        "correct": True,
                    },
                    {
                        "text": "Map every document, visit and payment a citizen needs today",
                        "correct": True,
                    },
                    {
                        "text": "Check which identity, payment or data systems can be reused",
                        "correct": True,
                    },
                    {
                        "text": "Pilot in one area, track completion and complaints, then improve",
                        "correct": True,
                    },
                    {
                        "text": "Build every building block for every ministry at once",
                        "correct": False,
                    },
                    {
                        "text": "Launch nationally first, and write the rules after complaints",
                        "correct": False,
                    },
                ],
            },
        ],
    },
}
