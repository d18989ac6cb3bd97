"""Quizzes for the course: Building the Digital Economy."""

QUIZZES = {
    "course_slug": "digital-economy",
    "module_slug_for_pre": "understanding-the-digital-economy",
    "module_slug_for_final": "inclusion-and-growth",
    # ------------------------------------------------------------------ Pre-assessment
    "pre": {
        "slug": "pre-assessment",
        "title": "Before you start: what do you already know?",
        "intro": (
            "<p>This short quiz shows what you already know about the digital economy. It "
            "does not count towards your result. Answer honestly, and guess if you are not "
            "sure. At the end of the course you can compare this score with the final "
            "assessment to see how much you have learned.</p>"
        ),
        "minutes": 10,
        "questions": [
            {
                "type": "single_choice",
                "prompt": "Which description of the digital economy is the most accurate?",
                "points": 1,
                "explanation": (
                    "<p>The digital economy is all economic activity that relies on digital "
                    "technology, data and the internet. It is not a separate sector: it "
                    "includes a farmer checking prices by phone and a ministry collecting fees "
                    "online (lesson 'What is the digital economy?').</p>"
                ),
                "options": [
                    {
                        "text": (
                            "All economic activity, in every sector, that relies on digital "
                            "technology, data and the internet"
                        ),
                        "correct": True,
                    },
                    {
                        "text": "The technology sector only: software firms and online platforms",
                        "correct": False,
                    },
                    {
                        "text": "The part of the economy managed by the ministry of ICT",
                        "correct": False,
                    },
                    {"text": "Online shopping by people in large cities", "correct": False},
                ],
            },
            {
                "type": "true_false",
                "prompt": (
                    "One ministry, usually the ministry of telecommunications, owns the digital "
                    "economy and can develop it alone."
                ),
                "points": 1,
                "explanation": (
                    "<p>False. No single ministry owns the digital economy. "
                    "Telecommunications, finance, trade, education, the central bank and local "
                    "governments all play a part, and helping them work together is a key "
                    "task for policymakers.</p>"
                ),
                "correct_answer": False,
            },
            {
                "type": "multiple_choice",
                "prompt": (
                    "Which of these are building blocks of a digital economy? Select all that "
                    "apply."
                ),
                "points": 1,
                "explanation": (
                    "<p>The lesson 'The building blocks' names connectivity, digital public "
                    "infrastructure, skills, enabling rules, and innovation and finance. High "
                    "taxes on basic phones work against access, and the small business case "
                    "shows that a government-built shop is no substitute for these "
                    "foundations.</p>"
                ),
                "scoring": "partial",
                "options": [
                    {
                        "text": "Reliable, affordable internet access and electricity",
                        "correct": True,
                    },
                    {
                        "text": "Shared digital identity, payments and data exchange",
                        "correct": True,
                    },
                    {"text": "Digital skills, from basic to advanced", "correct": True},
                    {
                        "text": (
                            "Laws on electronic transactions, consumer protection and data "
                            "protection"
                        ),
                        "correct": True,
                    },
                    {"text": "High taxes on basic mobile phones", "correct": False},
                    {
                        "text": "A single state-owned online shop for all sellers",
                        "correct": False,
                    },
                ],
            },
            {
                "type": "short_text",
                "prompt": (
                    "A mobile broadband signal reaches an area, but many people there still "
                    "do not go online. What is this gap called? (two words)"
                ),
                "points": 1,
                "explanation": (
                    "<p>This is the usage gap: the difference between coverage, where a "
                    "network reaches, and usage, where people actually go online. Its main "
                    "causes are the cost of devices and data, lack of skills, lack of local "
                    "content and worries about safety (lesson 'Affordable connectivity for "
                    "all').</p>"
                ),
                "accepted_answers": ["usage gap", "the usage gap", "use gap"],
            },
            {
                "type": "numeric",
                "prompt": (
                    "A national report says that 60% of people use the internet. The country "
                    "has 20 million people. How many million people do not use the internet?"
                ),
                "points": 1,
                "explanation": (
                    "<p>If 60% are online, 40% are not: 40% of 20 million is 8 million. The "
                    "lesson 'Measuring where you stand' adds that you should then ask who "
                    "these people are, by gender, age and rural or urban location.</p>"
                ),
                "answer": "8",
                "tolerance": "0",
            },
        ],
    },
    # ------------------------------------------------------------------ Final assessment
    "final": {
        "slug": "final-assessment",
        "title": "Final assessment",
        "intro": (
            "<p>This assessment covers all three modules: understanding the digital "
            "economy, access, payments and trust, and inclusion and growth. Some questions "
            "describe a situation and ask what you would do. You need 70% of the points to "
            "pass, and you can review the lessons before you try again.</p>"
        ),
        "minutes": 20,
        "pass_mark": 70,
        "questions": [
            {
                "type": "single_choice",
                "prompt": (
                    "A new mobile payment app has launched, but a woman who sells vegetables "
                    "in a village still cannot take orders by phone. Following the course, "
                    "what should policymakers do first?"
                ),
                "points": 2,
                "explanation": (
                    "<p>The lesson 'The building blocks' advises following a real user's "
                    "journey step by step to find the weakest link. She may lack a signal, a "
                    "way to charge her phone, an account, proof of identity or skills, and a "
                    "policy that fixes only one link has limited effect.</p>"
                ),
                "options": [
                    {
                        "text": (
                            "Follow her journey step by step to find where she is blocked: "
                            "signal, power, account, identity or skills"
                        ),
                        "correct": True,
                    },
                    {
                        "text": "Launch a second payment app with more features",
                        "correct": False,
                    },
                    {
                        "text": "Cut the price of data, because cost is always the barrier",
                        "correct": False,
                    },
                    {
                        "text": "Wait, because use always grows with time",
                        "correct": False,
                    },
                ],
            },
            {
                "type": "numeric",
                "prompt": (
                    "The self-assessment worksheet records the price of 1 GB of mobile data "
                    "as a percentage of average monthly income. In your country 1 GB costs 4 "
                    "units of local currency, and average monthly income is 200 units. What "
                    "percentage of monthly income is this?"
                ),
                "points": 1,
                "explanation": (
                    "<p>4 ÷ 200 = 0.02, which is 2% of average monthly income. The worksheet "
                    "in 'Measuring where you stand' uses this indicator because the price of "
                    "data compared with income shows affordability better than the price "
                    "alone.</p>"
                ),
                "answer": "2",
                "tolerance": "0",
            },
            {
                "type": "short_text",
                "prompt": (
                    "What word describes a payment system in which customers of different "
                    "providers can pay each other directly?"
                ),
                "points": 1,
                "explanation": (
                    "<p>Such a system is interoperable. The lesson 'Digital payments' explains "
                    "that fast payment systems, usually overseen by the central bank, connect "
                    "banks and other providers so that money moves between any accounts in "
                    "seconds.</p>"
                ),
                "accepted_answers": [
                    "interoperable",
                    "interoperability",
                    "inter-operable",
                    "interoperable system",
                ],
            },
            {
                "type": "multiple_choice",
                "prompt": (
                    "The video 'Four pillars of online trust' describes four pillars. Which "
                    "are they? Select all that apply."
                ),
                "points": 2,
                "explanation": (
                    "<p>The four pillars are security, consumer protection, privacy and "
                    "redress, meaning a place to complain that answers quickly. Laws for "
                    "these pillars only build trust if they also apply online and someone "
                    "enforces them.</p>"
                ),
                "scoring": "partial",
                "options": [
                    {"text": "Security", "correct": True},
                    {"text": "Consumer protection", "correct": True},
                    {"text": "Privacy", "correct": True},
                    {"text": "Redress", "correct": True},
                    {"text": "Advertising", "correct": False},
                    {"text": "Low taxes on online sales", "correct": False},
                ],
            },
            {
                "type": "true_false",
                "prompt": (
                    "The best time to plan scam awareness campaigns and fast ways to freeze "
                    "stolen funds is after a major push to expand digital payments, once "
                    "scams have appeared."
                ),
                "points": 1,
                "explanation": (
                    "<p>False. Fraud grows with adoption, because new users are targeted with "
                    "fake messages asking for a PIN or a code. The lesson 'Building trust "
                    "online' says to plan these measures before the push, not after.</p>"
                ),
                "correct_answer": False,
            },
            {
                "type": "single_choice",
                "prompt": (
                    "Some older people cannot use a new online service at all, even with "
                    "training. Which measure from the lesson 'Closing the digital divide' "
                    "protects them best?"
                ),
                "points": 1,
                "explanation": (
                    "<p>An offline option, a non-digital route for essential services, means "
                    "that no one is shut out. Assisted access through trusted helpers also "
                    "helps. The other options only help people who can already use the "
                    "app.</p>"
                ),
                "options": [
                    {
                        "text": "Keep a non-digital route for essential services",
                        "correct": True,
                    },
                    {
                        "text": "Publish the app in more app stores",
                        "correct": False,
                    },
                    {
                        "text": "Send more SMS reminders about the app",
                        "correct": False,
                    },
                    {
                        "text": "Add new features to the app",
                        "correct": False,
                    },
                ],
            },
            {
                "type": "single_choice",
                "prompt": (
                    "A trade ministry's government-built online shop attracted few sellers "
                    "and even fewer buyers. What did the second programme in the case study "
                    "conclude?"
                ),
                "points": 2,
                "explanation": (
                    "<p>The new programme worked with messaging apps and marketplaces that "
                    "sellers already used, trained them, and agreed lower postal rates. The "
                    "ministry concluded that solving delivery and payment problems mattered "
                    "more than owning a platform (lesson 'Helping small businesses go "
                    "digital').</p>"
                ),
                "options": [
                    {
                        "text": (
                            "Solving delivery and payment problems mattered more than owning "
                            "a platform"
                        ),
                        "correct": True,
                    },
                    {
                        "text": "The government shop only needed more advertising",
                        "correct": False,
                    },
                    {
                        "text": "Small producers are not interested in selling online",
                        "correct": False,
                    },
                    {
                        "text": "Only large firms can afford to sell online",
                        "correct": False,
                    },
                ],
            },
            {
                "type": "multiple_choice",
                "prompt": (
                    "Which features make a national digital economy strategy useful, "
                    "according to the course? Select all that apply."
                ),
                "points": 2,
                "explanation": (
                    "<p>A useful strategy is short, sets clear priorities, names who is "
                    "responsible for each action, and has a budget and a way to measure "
                    "progress. Many strategies fail because they list too many goals, and "
                    "results should be published every year so the public can follow "
                    "progress.</p>"
                ),
                "scoring": "all_or_nothing",
                "options": [
                    {"text": "It is short and sets clear priorities", "correct": True},
                    {"text": "It names who is responsible for each action", "correct": True},
                    {
                        "text": "It has a budget and a way to measure progress",
                        "correct": True,
                    },
                    {
                        "text": "It lists as many goals as possible, so that nothing is left out",
                        "correct": False,
                    },
                    {
                        "text": "Its results stay confidential until every action is finished",
                        "correct": False,
                    },
                ],
            },
        ],
    },
}
