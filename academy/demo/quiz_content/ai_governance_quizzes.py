"""Quizzes for the course: AI Innovation and Governance."""

QUIZZES = {
    "course_slug": "ai-innovation-and-governance",
    "module_slug_for_pre": "understanding-ai",
    "module_slug_for_final": "governing-ai-in-practice",
    # ------------------------------------------------------------------ Pre-assessment
    "pre": {
        "slug": "pre-assessment",
        "title": "Before you start: what do you already know?",
        "intro": (
            "<p>This short quiz shows what you already know about AI in public services. "
            "It does not count towards your result. Answer honestly, and guess if you are "
            "not sure. At the end of the course you can compare this score with the final "
            "assessment to see how much you have learned.</p>"
        ),
        "minutes": 10,
        "questions": [
            {
                "type": "single_choice",
                "prompt": (
                    "Most AI systems in use today are machine learning systems. How do they "
                    "decide what to do with a new case?"
                ),
                "points": 1,
                "explanation": (
                    "<p>A machine learning system learns patterns from many past examples, "
                    "called training data, and applies them to new cases. It does not follow "
                    "rules written one by one, and it does not know your laws unless they are "
                    "in its data (lesson 'What AI is, and what it is not').</p>"
                ),
                "options": [
                    {
                        "text": "They apply patterns learned from many past examples",
                        "correct": True,
                    },
                    {
                        "text": "They follow rules that a programmer wrote one by one",
                        "correct": False,
                    },
                    {
                        "text": "They read and apply the laws of the country",
                        "correct": False,
                    },
                    {
                        "text": "They ask a human expert about every case",
                        "correct": False,
                    },
                ],
            },
            {
                "type": "true_false",
                "prompt": (
                    "If the past records used to train an AI system are incomplete or unfair, "
                    "the system will usually correct these problems on its own."
                ),
                "points": 1,
                "explanation": (
                    "<p>False. An AI system is only as good as the examples it learned from. "
                    "If past records are incomplete, out of date or unfair, the system repeats "
                    "those problems, often at great speed and scale.</p>"
                ),
                "correct_answer": False,
            },
            {
                "type": "multiple_choice",
                "prompt": (
                    "Which features make a public service task a good candidate for AI? "
                    "Select all that apply."
                ),
                "points": 1,
                "explanation": (
                    "<p>The lesson 'Where AI can help public services' names three features: "
                    "the task is repeated many times, there is reliable data about it, and a "
                    "mistake can be noticed and corrected before it harms someone. Tasks whose "
                    "rules change often, or where one wrong answer could deny a basic right, "
                    "are less suitable.</p>"
                ),
                "scoring": "partial",
                "options": [
                    {"text": "The task is repeated many times", "correct": True},
                    {"text": "There is reliable data about the task", "correct": True},
                    {
                        "text": "A mistake can be noticed and corrected before it harms someone",
                        "correct": True,
                    },
                    {"text": "The rules for the task change very often", "correct": False},
                    {
                        "text": "One wrong answer could deny someone a basic right",
                        "correct": False,
                    },
                ],
            },
            {
                "type": "single_choice",
                "prompt": "What does a risk-based approach to AI mean?",
                "points": 1,
                "explanation": (
                    "<p>A risk-based approach matches the strength of the safeguards to the "
                    "potential for harm. A spelling tool needs little control; a system that "
                    "helps decide who receives social benefits needs a great deal (lesson "
                    "'Risk-based approaches').</p>"
                ),
                "options": [
                    {
                        "text": "The strength of the safeguards matches the potential for harm",
                        "correct": True,
                    },
                    {
                        "text": "Every AI system must meet the same strict rules",
                        "correct": False,
                    },
                    {
                        "text": "AI is banned until all of its risks are removed",
                        "correct": False,
                    },
                    {
                        "text": "Only systems bought from foreign suppliers are checked",
                        "correct": False,
                    },
                ],
            },
            {
                "type": "short_text",
                "prompt": (
                    "Busy staff often trust a computer's answer more than their own judgement "
                    "and approve it without checking. What is this tendency called? "
                    "(two words)"
                ),
                "points": 1,
                "explanation": (
                    "<p>This is automation bias. The lesson 'Understanding the risks' explains "
                    "that human checks must be real: reviewers need time, training and the "
                    "authority to disagree with the system.</p>"
                ),
                "accepted_answers": [
                    "automation bias",
                    "automation-bias",
                    "automation biases",
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ Final assessment
    "final": {
        "slug": "final-assessment",
        "title": "Final assessment",
        "intro": (
            "<p>This assessment covers all three modules: understanding AI, principles and "
            "policy tools, and governing AI in your institution. Some questions describe a "
            "situation and ask what you would do. You need 70% of the points to pass, and "
            "you can review the lessons before you try again.</p>"
        ),
        "minutes": 20,
        "pass_mark": 70,
        "questions": [
            {
                "type": "single_choice",
                "prompt": (
                    "A ministry uses a generative AI system to draft first replies to "
                    "citizens' letters. Which failure should reviewers watch for most "
                    "closely?"
                ),
                "points": 1,
                "explanation": (
                    "<p>Each kind of AI fails in its own way. A generative system can write "
                    "fluent sentences that are simply false, so every draft needs a human "
                    "check before it is sent (lesson 'What AI is, and what it is not').</p>"
                ),
                "options": [
                    {
                        "text": "Fluent, confident sentences that are simply false",
                        "correct": True,
                    },
                    {
                        "text": "Poor results on old, damaged paper scans",
                        "correct": False,
                    },
                    {
                        "text": "Replies that are too short to be useful",
                        "correct": False,
                    },
                    {
                        "text": "None: generative systems only repeat text they were given",
                        "correct": False,
                    },
                ],
            },
            {
                "type": "multiple_choice",
                "prompt": (
                    "A social protection agency's scoring tool rejected many older applicants "
                    "and people in remote villages, and staff could not explain individual "
                    "scores. Which of the five common AI risks from the course does this case "
                    "show? Select all that apply."
                ),
                "points": 2,
                "explanation": (
                    "<p>The tool worked worse for older and rural people, which is bias and "
                    "unfair treatment. Because nobody could explain individual scores, "
                    "citizens could not challenge them: a loss of accountability. The case "
                    "says nothing about a supplier or an attack.</p>"
                ),
                "scoring": "partial",
                "options": [
                    {"text": "Bias and unfair treatment", "correct": True},
                    {"text": "Loss of accountability", "correct": True},
                    {"text": "Dependence on one supplier", "correct": False},
                    {"text": "A cyber attack on the system", "correct": False},
                ],
            },
            {
                "type": "single_choice",
                "prompt": (
                    "A national AI strategy says that AI used by government 'must be "
                    "transparent'. Which step best turns this principle into a duty that "
                    "someone can check?"
                ),
                "points": 2,
                "explanation": (
                    "<p>The lesson 'From principles to practice' asks what someone would have "
                    "to do differently on Monday morning. A public register with a deadline "
                    "is a concrete duty: an auditor can open the register and verify that it "
                    "happened. The other options only repeat the principle.</p>"
                ),
                "options": [
                    {
                        "text": (
                            "Every ministry lists its AI systems in a public register within "
                            "three months of starting to use them"
                        ),
                        "correct": True,
                    },
                    {
                        "text": "Ministers repeat the principle in their speeches",
                        "correct": False,
                    },
                    {
                        "text": "Suppliers state in their brochures that their systems are open",
                        "correct": False,
                    },
                    {
                        "text": "Officials promise to be open about AI when asked",
                        "correct": False,
                    },
                ],
            },
            {
                "type": "single_choice",
                "prompt": (
                    "One agency uses face recognition so that staff can unlock their work "
                    "phones. The police want to use face recognition in criminal "
                    "investigations. How does a risk-based approach treat these two uses?"
                ),
                "points": 2,
                "explanation": (
                    "<p>The same technology can sit in different tiers. To place a use in a "
                    "tier, look at who is affected, how serious and how reversible a mistake "
                    "would be, and whether people can challenge the result (lesson "
                    "'Risk-based approaches').</p>"
                ),
                "options": [
                    {
                        "text": (
                            "They can sit in different risk tiers, because the people affected "
                            "and the harm from a mistake are very different"
                        ),
                        "correct": True,
                    },
                    {
                        "text": "They sit in the same tier, because the technology is the same",
                        "correct": False,
                    },
                    {
                        "text": "Both must be prohibited, because face recognition is unacceptable",
                        "correct": False,
                    },
                    {
                        "text": "The phone use is higher risk, because more people use it",
                        "correct": False,
                    },
                ],
            },
            {
                "type": "short_text",
                "prompt": (
                    "Which policy tool lets companies test new products under supervision, "
                    "with some rules relaxed for a limited time? (two words)"
                ),
                "points": 1,
                "explanation": (
                    "<p>A regulatory sandbox lets companies test new products under "
                    "supervision, with some rules relaxed for a limited time. It sits between "
                    "soft guidance and binding law (lesson 'Choosing the right policy "
                    "instrument').</p>"
                ),
                "accepted_answers": [
                    "regulatory sandbox",
                    "regulatory sandboxes",
                    "sandbox",
                    "sandboxes",
                    "regulatory sand box",
                ],
            },
            {
                "type": "multiple_choice",
                "prompt": (
                    "You are preparing a contract for an AI system. Which clauses does the "
                    "course recommend? Select all that apply."
                ),
                "points": 2,
                "explanation": (
                    "<p>The lesson 'Buying AI responsibly' lists key clauses on data rights, "
                    "testing and access, documentation and exit. The supplier must not reuse "
                    "government data for its other products without permission, and a sales "
                    "demonstration is no substitute for testing on your own data.</p>"
                ),
                "scoring": "partial",
                "options": [
                    {
                        "text": (
                            "Government data stays government property and may not train the "
                            "supplier's other products without permission"
                        ),
                        "correct": True,
                    },
                    {
                        "text": (
                            "The supplier allows independent testing on local data, before "
                            "and after launch"
                        ),
                        "correct": True,
                    },
                    {
                        "text": (
                            "Data and settings are handed over in usable formats if the "
                            "contract ends"
                        ),
                        "correct": True,
                    },
                    {
                        "text": (
                            "The supplier may reuse government data to improve any of its products"
                        ),
                        "correct": False,
                    },
                    {
                        "text": "A sales demonstration replaces testing on local data",
                        "correct": False,
                    },
                ],
            },
            {
                "type": "numeric",
                "prompt": (
                    "After an impact assessment, an agency adds a human review for every "
                    "rejection made with a scoring tool. It rejects about 1,200 applications "
                    "a month, and each review takes 20 minutes. How many staff hours of "
                    "review does this need each month?"
                ),
                "points": 2,
                "explanation": (
                    "<p>1,200 reviews × 20 minutes = 24,000 minutes, and 24,000 ÷ 60 = 400 "
                    "hours. As in the social assistance case, real human review takes time "
                    "and staff, and this must be planned and funded.</p>"
                ),
                "answer": "400",
                "tolerance": "0",
            },
            {
                "type": "true_false",
                "prompt": (
                    "An AI system that passed an algorithmic impact assessment before launch "
                    "needs no further review unless citizens complain."
                ),
                "points": 1,
                "explanation": (
                    "<p>False. Systems drift as the world changes, for example after a "
                    "drought or a currency change. The assessment is repeated at regular "
                    "intervals and after major changes, and oversight continues after launch "
                    "(lesson 'Impact assessment and oversight').</p>"
                ),
                "correct_answer": False,
            },
        ],
    },
}
