"""Quizzes for the course: Youth Engagement in the Digital Future."""

QUIZZES = {
    "course_slug": "youth-engagement-digital-future",
    "module_slug_for_pre": "young-people-and-the-digital-world",
    "module_slug_for_final": "skills-jobs-and-leadership",
    # ------------------------------------------------------------------ Pre-assessment
    "pre": {
        "slug": "pre-assessment",
        "title": "Before you start: what do you already know?",
        "intro": (
            "<p>This short quiz shows what you already know about engaging young people in "
            "digital policy and services. It does not count towards your result. Answer "
            "honestly, and guess if you are not sure. At the end of the course you can "
            "compare this score with the final assessment to see how much you have "
            "learned.</p>"
        ),
        "minutes": 10,
        "questions": [
            {
                "type": "single_choice",
                "prompt": "What does youth engagement mean in this course?",
                "points": 1,
                "explanation": (
                    "<p>Youth engagement means involving young people in a meaningful way in "
                    "decisions that affect them: naming problems, designing solutions, "
                    "testing services and holding institutions to account. It means working "
                    "with them, not running a campaign for them (lesson 'Why youth engagement "
                    "matters').</p>"
                ),
                "options": [
                    {
                        "text": (
                            "Involving young people in decisions that affect them, from naming "
                            "problems to testing services"
                        ),
                        "correct": True,
                    },
                    {
                        "text": "Running awareness campaigns aimed at young people",
                        "correct": False,
                    },
                    {
                        "text": "Posting government news on platforms popular with youth",
                        "correct": False,
                    },
                    {
                        "text": "Inviting young people to attend launch events",
                        "correct": False,
                    },
                ],
            },
            {
                "type": "true_false",
                "prompt": (
                    "Because they grew up with digital technology, nearly all young people "
                    "can use digital tools well."
                ),
                "points": 1,
                "explanation": (
                    "<p>False: the digital divide runs through every generation. A student in "
                    "the capital with a laptop lives a very different digital life from a "
                    "young woman in a rural village who shares one phone with her family "
                    "(lesson 'Who is left out? The youth digital divide').</p>"
                ),
                "correct_answer": False,
            },
            {
                "type": "multiple_choice",
                "prompt": (
                    "Which of these are common barriers that keep some young people offline, "
                    "or unable to use digital tools well? Select all that apply."
                ),
                "points": 1,
                "explanation": (
                    "<p>The course lists cost, connectivity, skills, gender norms, disability "
                    "and language. These barriers often combine, so a programme designed for "
                    "the 'average' young person misses many.</p>"
                ),
                "scoring": "partial",
                "options": [
                    {
                        "text": "The cost of devices and mobile data",
                        "correct": True,
                    },
                    {
                        "text": "Weak or no network coverage in rural areas",
                        "correct": True,
                    },
                    {
                        "text": "Gender norms that give girls less access to phones",
                        "correct": True,
                    },
                    {
                        "text": "Websites that do not work with screen readers",
                        "correct": True,
                    },
                    {
                        "text": "Too much online content in local languages",
                        "correct": False,
                    },
                ],
            },
            {
                "type": "short_text",
                "prompt": (
                    "A ministry invites one student to sit on stage at a launch event, with no "
                    "chance to speak. What is the word for this kind of false participation?"
                ),
                "points": 1,
                "explanation": (
                    "<p>This is tokenism: the young person is present for appearance, not "
                    "participation. Tokenism can damage trust more than having no youth "
                    "council at all (lessons 'Levels of participation' and 'Youth advisory "
                    "councils and co-design').</p>"
                ),
                "accepted_answers": [
                    "tokenism",
                    "tokenistic",
                    "tokenistic participation",
                    "token participation",
                    "tokenism participation",
                ],
            },
            {
                "type": "single_choice",
                "prompt": (
                    "You are about to plan a digital programme for young people. What should "
                    "you do before you write the project plan?"
                ),
                "points": 1,
                "explanation": (
                    "<p>Listen first. Understand how young people in your target group use "
                    "technology, what they need and what stops them, instead of designing in "
                    "an office and presenting a finished plan (lesson 'Listening before "
                    "designing').</p>"
                ),
                "options": [
                    {
                        "text": (
                            "Listen to young people in the target group about how they use "
                            "technology and what stops them"
                        ),
                        "correct": True,
                    },
                    {
                        "text": "Design the whole programme in the office, then present it",
                        "correct": False,
                    },
                    {
                        "text": "Organise a large launch event to attract attention",
                        "correct": False,
                    },
                    {
                        "text": "Copy a programme from another country without changes",
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
            "<p>This assessment covers all three modules: young people and the digital "
            "world, designing meaningful participation, and skills, jobs and leadership. Some "
            "questions describe a situation and ask what you would do. You need 70% of the "
            "points to pass, and you can review the lessons before you try again.</p>"
        ),
        "minutes": 20,
        "pass_mark": 70,
        "questions": [
            {
                "type": "single_choice",
                "prompt": (
                    "You want to hear from young people in rural districts through a short "
                    "mobile survey. Which design follows the course?"
                ),
                "points": 1,
                "explanation": (
                    "<p>The lesson 'Listening before designing' recommends short mobile "
                    "surveys sent by SMS or messaging apps, kept to five or six questions and "
                    "free to answer. Cost and device barriers would exclude many rural young "
                    "people from the other designs.</p>"
                ),
                "options": [
                    {
                        "text": "Five or six questions by SMS or messaging app, free to answer",
                        "correct": True,
                    },
                    {
                        "text": "Thirty questions, to collect as much as possible at once",
                        "correct": False,
                    },
                    {
                        "text": "A long online form that works best on a laptop",
                        "correct": False,
                    },
                    {
                        "text": "A survey that participants answer using their own data",
                        "correct": False,
                    },
                ],
            },
            {
                "type": "true_false",
                "prompt": (
                    "A survey tells you how common a problem is, while a conversation such as "
                    "a focus group tells you why it happens."
                ),
                "points": 1,
                "explanation": (
                    "<p>True. This is why the course advises mixing listening methods where "
                    "you can (lesson 'Listening before designing').</p>"
                ),
                "correct_answer": True,
            },
            {
                "type": "single_choice",
                "prompt": (
                    "A youth organisation receives a small grant from a ministry to run peer "
                    "support for new users of a job-seeker service. Which level of "
                    "participation is this?"
                ),
                "points": 1,
                "explanation": (
                    "<p>This is youth-led: young people start and run a project, with support "
                    "and resources from the institution. It is the example used for the "
                    "highest level in the lesson 'Levels of participation'.</p>"
                ),
                "options": [
                    {"text": "Youth-led", "correct": True},
                    {"text": "Co-designing", "correct": False},
                    {"text": "Consulted", "correct": False},
                    {"text": "Informed", "correct": False},
                ],
            },
            {
                "type": "multiple_choice",
                "prompt": (
                    "Which of these are warning signs of tokenism in a youth advisory "
                    "council? Select all that apply."
                ),
                "points": 2,
                "explanation": (
                    "<p>Warning signs include no budget, meetings held after decisions are "
                    "made, members chosen only from elite schools, and no feedback on their "
                    "advice. Reserved places for under-represented groups and paid travel "
                    "costs, as in the youth panel case, are signs of real participation.</p>"
                ),
                "scoring": "partial",
                "options": [
                    {"text": "The council has no budget", "correct": True},
                    {
                        "text": "Meetings are held after decisions are already made",
                        "correct": True,
                    },
                    {"text": "Members come only from elite schools", "correct": True},
                    {
                        "text": "Members never hear what happened to their advice",
                        "correct": True,
                    },
                    {
                        "text": "Places are reserved for rural youth and young women",
                        "correct": False,
                    },
                    {
                        "text": "Members receive data bundles and travel costs",
                        "correct": False,
                    },
                ],
            },
            {
                "type": "short_text",
                "prompt": (
                    "In a safeguarding plan, what is the name for the one trained person whom "
                    "everyone knows they can contact with a concern? (two words)"
                ),
                "points": 1,
                "explanation": (
                    "<p>A good safeguarding plan has a named safeguarding lead, clear rules "
                    "for staff, consent, protection of personal data and easy reporting "
                    "(video 'Safeguarding in youth digital programmes').</p>"
                ),
                "accepted_answers": [
                    "safeguarding lead",
                    "the safeguarding lead",
                    "safeguarding officer",
                    "safeguarding focal point",
                    "safeguarding leader",
                ],
            },
            {
                "type": "single_choice",
                "prompt": (
                    "A district has many young people with no computer experience, and its "
                    "new digital skills programme teaches only coding. What is the main "
                    "problem, according to the course?"
                ),
                "points": 2,
                "explanation": (
                    "<p>Most young people need foundation and work-ready skills. A programme "
                    "that only teaches coding may impress visitors but miss the majority "
                    "(lesson 'Building digital skills pathways').</p>"
                ),
                "options": [
                    {
                        "text": (
                            "Most young people need foundation and work-ready skills first, so "
                            "it misses the majority"
                        ),
                        "correct": True,
                    },
                    {
                        "text": "Coding is too easy to hold young people's interest",
                        "correct": False,
                    },
                    {
                        "text": "Soft skills such as teamwork do not matter for digital work",
                        "correct": False,
                    },
                    {
                        "text": "Coding courses cannot be offered on mobile phones",
                        "correct": False,
                    },
                ],
            },
            {
                "type": "multiple_choice",
                "prompt": (
                    "A city plans a youth innovation challenge. Which questions does the "
                    "course say it must answer before launching it? Select all that apply."
                ),
                "points": 2,
                "explanation": (
                    "<p>Before launching, answer three questions: which problem it is and "
                    "which department owns it, what data and support teams will receive, and "
                    "what will happen to the best idea. In the hackathon case, a committed "
                    "department, real data and a funded pilot made the difference, not the "
                    "prize or the length.</p>"
                ),
                "scoring": "all_or_nothing",
                "options": [
                    {
                        "text": "Which problem is it, and which department owns it?",
                        "correct": True,
                    },
                    {
                        "text": "What data and support will the teams receive?",
                        "correct": True,
                    },
                    {
                        "text": (
                            "What will happen to the best idea: a pilot, a contract or a grant?"
                        ),
                        "correct": True,
                    },
                    {
                        "text": "How large must the cash prize be to attract the most teams?",
                        "correct": False,
                    },
                    {
                        "text": "How many days should the event last?",
                        "correct": False,
                    },
                ],
            },
            {
                "type": "numeric",
                "prompt": (
                    "A skills programme enrolled 400 young people, and 280 of them finished. "
                    "What is its completion rate, as a percentage?"
                ),
                "points": 1,
                "explanation": (
                    "<p>280 ÷ 400 = 0.70, so the completion rate is 70%. Completion is one "
                    "indicator on the youth programme indicator sheet; the course adds that "
                    "you should also track whether participants are in work, study or "
                    "business six months later.</p>"
                ),
                "answer": "70",
                "tolerance": "0",
            },
        ],
    },
}
