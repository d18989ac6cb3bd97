"""Quizzes for the course: Cybersecurity for Government."""

QUIZZES = {
    "course_slug": "cybersecurity-for-government",
    "module_slug_for_pre": "threats-and-risk",
    "module_slug_for_final": "detect-respond-recover",
    # ------------------------------------------------------------------ Pre-assessment
    "pre": {
        "slug": "pre-assessment",
        "title": "Before you start: what do you already know?",
        "intro": (
            "<p>This short quiz shows what you already know about cybersecurity in "
            "government. It does not count towards your result. Answer honestly, and guess "
            "if you are not sure. At the end of the course you can compare this score with "
            "the final assessment to see how much you have learned.</p>"
        ),
        "minutes": 10,
        "questions": [
            {
                "type": "single_choice",
                "prompt": "How do most serious cyber incidents in government begin?",
                "points": 1,
                "explanation": (
                    "<p>Highly advanced attacks exist, but most serious incidents begin with "
                    "a basic weakness that was already known. Closing the common doors "
                    "protects against most attackers (lesson 'The Threat Landscape for "
                    "Government').</p>"
                ),
                "options": [
                    {
                        "text": (
                            "With a basic, known weakness, such as a phishing email or a "
                            "reused password"
                        ),
                        "correct": True,
                    },
                    {
                        "text": "With advanced attacks that no control can stop",
                        "correct": False,
                    },
                    {
                        "text": "With physical break-ins at the data centre",
                        "correct": False,
                    },
                    {
                        "text": "With faults in the national electricity grid",
                        "correct": False,
                    },
                ],
            },
            {
                "type": "multiple_choice",
                "prompt": (
                    "Which of these are common ways for attackers to get into government "
                    "systems? Select all that apply."
                ),
                "points": 1,
                "explanation": (
                    "<p>The common doors are phishing emails, stolen or reused passwords, "
                    "unpatched internet-facing systems such as remote-access gateways, "
                    "suppliers with access to your network, and cloud storage left open by "
                    "mistake. Printed plans and locked rooms are not among them.</p>"
                ),
                "scoring": "partial",
                "options": [
                    {"text": "Phishing emails", "correct": True},
                    {
                        "text": "Passwords stolen or reused from other websites",
                        "correct": True,
                    },
                    {
                        "text": "Unpatched remote-access gateways facing the internet",
                        "correct": True,
                    },
                    {"text": "Suppliers with access to the network", "correct": True},
                    {
                        "text": "Printed copies of the incident response plan",
                        "correct": False,
                    },
                ],
            },
            {
                "type": "true_false",
                "prompt": (
                    "When a government institution moves a service to the cloud, the cloud "
                    "provider becomes fully responsible for its security."
                ),
                "points": 1,
                "explanation": (
                    "<p>False. Cloud shares responsibility; it does not remove it. The "
                    "provider secures its data centres and platform, but your institution is "
                    "still responsible for who can log in, how services are configured and "
                    "what data is stored.</p>"
                ),
                "correct_answer": False,
            },
            {
                "type": "short_text",
                "prompt": (
                    "A login that needs two or more proofs, such as a password and a code or "
                    "a security key, is called what? (a term or its abbreviation)"
                ),
                "points": 1,
                "explanation": (
                    "<p>This is multi-factor authentication (MFA). The course recommends it "
                    "for every account, starting with email, remote access and administrator "
                    "accounts (lesson 'Identity and Access Control').</p>"
                ),
                "accepted_answers": [
                    "multi-factor authentication",
                    "multifactor authentication",
                    "multi factor authentication",
                    "MFA",
                    "two-factor authentication",
                    "two factor authentication",
                    "2FA",
                ],
            },
            {
                "type": "numeric",
                "prompt": (
                    "A common backup rule asks you to keep at least how many copies of "
                    "important data?"
                ),
                "points": 1,
                "explanation": (
                    "<p>Keep at least three copies of important data, on two different types "
                    "of storage, with one copy offline or otherwise out of reach of attackers "
                    "(lesson 'Recovery, Exercises and Learning').</p>"
                ),
                "answer": "3",
                "tolerance": "0",
            },
        ],
    },
    # ------------------------------------------------------------------ Final assessment
    "final": {
        "slug": "final-assessment",
        "title": "Final assessment",
        "intro": (
            "<p>This assessment covers all three modules: threats and risk, protecting "
            "systems and people, and detection, response and recovery. Some questions "
            "describe a situation and ask what you would do. You need 70% of the points to "
            "pass, and you can review the lessons before you try again.</p>"
        ),
        "minutes": 20,
        "pass_mark": 70,
        "questions": [
            {
                "type": "single_choice",
                "prompt": (
                    "A ministry's IT team has rated all of its 200 servers as high priority, "
                    "and the security budget is spread thinly. What does the course recommend?"
                ),
                "points": 2,
                "explanation": (
                    "<p>Start with services, not servers. In the case in 'Assessing Risk to "
                    "Public Services', a workshop with the heads of payroll, budget and "
                    "procurement found the few systems that really mattered. Risk belongs to "
                    "the service owner, not only to the IT unit.</p>"
                ),
                "options": [
                    {
                        "text": (
                            "Work with the heads of critical services to trace which systems "
                            "each service needs, and protect those first"
                        ),
                        "correct": True,
                    },
                    {
                        "text": "Buy the same security tools for all 200 servers",
                        "correct": False,
                    },
                    {
                        "text": "Protect the newest servers first, because attackers prefer them",
                        "correct": False,
                    },
                    {
                        "text": "Let the IT unit decide alone which risks to accept",
                        "correct": False,
                    },
                ],
            },
            {
                "type": "numeric",
                "prompt": (
                    "Version 2.0 of the NIST Cybersecurity Framework groups security "
                    "activities into how many functions?"
                ),
                "points": 1,
                "explanation": (
                    "<p>Six: Govern, Identify, Protect, Detect, Respond and Recover (lesson "
                    "'Using Frameworks and Baselines'). The course advises choosing one "
                    "framework and using it consistently.</p>"
                ),
                "answer": "6",
                "tolerance": "0",
            },
            {
                "type": "single_choice",
                "prompt": (
                    "An official moves from the finance ministry to the health ministry. "
                    "Under the 'joiners, movers and leavers' practice, what should happen to "
                    "her access?"
                ),
                "points": 1,
                "explanation": (
                    "<p>Access is created when someone joins, changed when they move jobs and "
                    "removed on the day they leave. Staff who move between ministries often "
                    "keep old access for years unless someone checks, which breaks least "
                    "privilege (lesson 'Identity and Access Control').</p>"
                ),
                "options": [
                    {
                        "text": (
                            "Her access is changed to match the new job, and access she no "
                            "longer needs is removed"
                        ),
                        "correct": True,
                    },
                    {
                        "text": "She keeps her old access in case she needs it later",
                        "correct": False,
                    },
                    {
                        "text": "Her old account is given to the person who replaces her",
                        "correct": False,
                    },
                    {
                        "text": "Nothing changes until the next annual audit",
                        "correct": False,
                    },
                ],
            },
            {
                "type": "multiple_choice",
                "prompt": (
                    "Which security requirements does the course recommend writing into "
                    "contracts with IT suppliers? Select all that apply."
                ),
                "points": 2,
                "explanation": (
                    "<p>The lesson 'Suppliers, Software and Cloud Services' lists incident "
                    "reporting within a fixed number of hours, MFA and named accounts for "
                    "remote access, updates within agreed time limits, audits, data location "
                    "and the same rules for subcontractors. Shared administrator passwords "
                    "make it impossible to know who did what.</p>"
                ),
                "scoring": "all_or_nothing",
                "options": [
                    {
                        "text": "Report any security incident within a fixed number of hours",
                        "correct": True,
                    },
                    {
                        "text": "Use MFA and named accounts for all remote access",
                        "correct": True,
                    },
                    {
                        "text": "Apply the same rules to subcontractors",
                        "correct": True,
                    },
                    {
                        "text": "Share one administrator password across the supplier's team",
                        "correct": False,
                    },
                    {
                        "text": "Install security updates whenever the supplier has time",
                        "correct": False,
                    },
                ],
            },
            {
                "type": "true_false",
                "prompt": (
                    "Phishing simulations work best when staff who click on the test links "
                    "are named publicly, so that others learn to be careful."
                ),
                "points": 1,
                "explanation": (
                    "<p>False. Simulations are for learning, never for public blame or "
                    "punishment. Staff are your largest detection network, and reporting "
                    "must feel safe (lesson 'Building a Security Culture').</p>"
                ),
                "correct_answer": False,
            },
            {
                "type": "short_text",
                "prompt": (
                    "What kind of exercise brings decision makers together to walk through a "
                    "realistic incident scenario, step by step, in two or three hours? "
                    "(two words)"
                ),
                "points": 1,
                "explanation": (
                    "<p>A tabletop exercise reveals gaps such as missing contacts, unclear "
                    "authority or untested backups, at very low cost. The course advises "
                    "running one at least once a year (lesson 'Recovery, Exercises and "
                    "Learning').</p>"
                ),
                "accepted_answers": [
                    "tabletop exercise",
                    "table-top exercise",
                    "table top exercise",
                    "tabletop exercises",
                    "tabletop",
                    "tabletop simulation",
                ],
            },
            {
                "type": "multiple_choice",
                "prompt": (
                    "On Monday morning, staff report that files on the shared drive have "
                    "strange names and will not open. Which actions belong in the first hours "
                    "of the response? Select all that apply."
                ),
                "points": 2,
                "explanation": (
                    "<p>The video on the first hours says: open an incident log, disconnect "
                    "affected machines but leave them running so evidence in memory is kept, "
                    "contact the national CSIRT early, and use a separate channel because "
                    "attackers may read your email. Leadership should hear what you know and "
                    "what you do not know yet.</p>"
                ),
                "scoring": "partial",
                "options": [
                    {
                        "text": "Open an incident log and record every action and decision",
                        "correct": True,
                    },
                    {
                        "text": "Disconnect affected machines from the network, but leave them on",
                        "correct": True,
                    },
                    {"text": "Contact the national CSIRT early", "correct": True},
                    {
                        "text": "Use a separate channel, such as phones, if email may be read",
                        "correct": True,
                    },
                    {
                        "text": "Switch off every affected machine at once",
                        "correct": False,
                    },
                    {
                        "text": "Tell leadership nothing until the cause is fully known",
                        "correct": False,
                    },
                ],
            },
            {
                "type": "single_choice",
                "prompt": (
                    "What lesson do the Estonia 2007 and Costa Rica 2022 cases share, "
                    "according to the course?"
                ),
                "points": 2,
                "explanation": (
                    "<p>Both cases show that coordination across institutions matters as much "
                    "as technical skill, and that decisions such as paying a ransom or "
                    "declaring an emergency must be settled at the highest level. Countries "
                    "that prepare manual fallbacks and partnerships recover faster.</p>"
                ),
                "options": [
                    {
                        "text": (
                            "Coordination across institutions matters as much as technical "
                            "skill, and major decisions belong at the highest level"
                        ),
                        "correct": True,
                    },
                    {
                        "text": "Paying the ransom quickly is the fastest way to recover",
                        "correct": False,
                    },
                    {
                        "text": "National incidents are best handled by each agency alone",
                        "correct": False,
                    },
                    {
                        "text": "Technical teams should decide alone when to declare an emergency",
                        "correct": False,
                    },
                ],
            },
        ],
    },
}
