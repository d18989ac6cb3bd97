"""Quizzes for the course: Data Governance and Privacy."""

QUIZZES = {
    "course_slug": "data-governance-and-privacy",
    "module_slug_for_pre": "foundations-of-data-governance",
    "module_slug_for_final": "sharing-data-and-accountability",
    # ------------------------------------------------------------------ Pre-assessment
    "pre": {
        "slug": "pre-assessment",
        "title": "Before you start: what do you already know?",
        "intro": (
            "<p>This short quiz shows what you already know about data governance and "
            "privacy. It does not count towards your result. Answer honestly, and guess if "
            "you are not sure. At the end of the course you can compare this score with the "
            "final assessment to see how much you have learned.</p>"
        ),
        "minutes": 10,
        "questions": [
            {
                "type": "single_choice",
                "prompt": "What is data governance?",
                "points": 1,
                "explanation": (
                    "<p>Data governance is the set of rules, roles and routines that decide "
                    "how data is collected, stored, used, shared and finally deleted. It is "
                    "not mainly a technology project (lesson 'What data governance is and why "
                    "it matters').</p>"
                ),
                "options": [
                    {
                        "text": (
                            "The rules, roles and routines that decide how data is collected, "
                            "stored, used, shared and deleted"
                        ),
                        "correct": True,
                    },
                    {
                        "text": "Buying a new database system for the ministry",
                        "correct": False,
                    },
                    {
                        "text": "The IT department's work on servers and backups",
                        "correct": False,
                    },
                    {
                        "text": "A law that requires all government data to be published",
                        "correct": False,
                    },
                ],
            },
            {
                "type": "true_false",
                "prompt": (
                    "Every use of personal data by a government agency needs the consent of "
                    "the person concerned."
                ),
                "points": 1,
                "explanation": (
                    "<p>False. Most government processing rests on other legal bases, such as "
                    "a legal obligation or public task, a contract or vital interests. "
                    "Consent is weak when people have no real choice (lesson 'Consent and "
                    "other legal bases').</p>"
                ),
                "correct_answer": False,
            },
            {
                "type": "short_text",
                "prompt": (
                    "Which data role is the technical team that stores a dataset, runs "
                    "backups and manages access rights, carrying out the owner's decisions? "
                    "(two words)"
                ),
                "points": 1,
                "explanation": (
                    "<p>The data custodian stores the data and manages access rights, but "
                    "carries out the owner's decisions and does not make them. The other "
                    "roles are the data owner, the data steward and the data protection "
                    "officer (lesson 'Who decides? Roles and responsibilities').</p>"
                ),
                "accepted_answers": [
                    "data custodian",
                    "data custodians",
                    "custodian",
                    "the data custodian",
                ],
            },
            {
                "type": "multiple_choice",
                "prompt": (
                    "Which of these are privacy principles found in most modern data "
                    "protection laws? Select all that apply."
                ),
                "points": 1,
                "explanation": (
                    "<p>The seven core principles are lawfulness and fairness, purpose "
                    "limitation, data minimisation, accuracy, storage limitation, security and "
                    "accountability. Collecting data 'in case it is useful later' breaks "
                    "minimisation, and keeping it forever breaks storage limitation.</p>"
                ),
                "scoring": "partial",
                "options": [
                    {"text": "Purpose limitation", "correct": True},
                    {"text": "Data minimisation", "correct": True},
                    {"text": "Accuracy", "correct": True},
                    {"text": "Storage limitation", "correct": True},
                    {
                        "text": "Collect as much data as possible in case it is useful later",
                        "correct": False,
                    },
                    {
                        "text": "Keep every record forever, to be safe",
                        "correct": False,
                    },
                ],
            },
            {
                "type": "single_choice",
                "prompt": (
                    "Why is removing names not enough to make a dataset about people anonymous?"
                ),
                "points": 1,
                "explanation": (
                    "<p>A date of birth, a sex and a small village may point to one person, "
                    "even without a name, and datasets can be combined with other public "
                    "information (lesson 'Open data and anonymisation').</p>"
                ),
                "options": [
                    {
                        "text": (
                            "Details such as date of birth, sex and village can still point "
                            "to one person"
                        ),
                        "correct": True,
                    },
                    {
                        "text": "Names are usually stored in several columns",
                        "correct": False,
                    },
                    {
                        "text": "It is enough: without names, no one can be identified",
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
            "<p>This assessment covers all three modules: the foundations of data "
            "governance, privacy principles in practice, and sharing data safely and staying "
            "accountable. Some questions describe a situation and ask what you would do. You "
            "need 70% of the points to pass, and you can review the lessons before you try "
            "again.</p>"
        ),
        "minutes": 20,
        "pass_mark": 70,
        "questions": [
            {
                "type": "single_choice",
                "prompt": (
                    "In a small agency, one person may hold two data roles. Which combination "
                    "does the course warn against?"
                ),
                "points": 2,
                "explanation": (
                    "<p>One person may hold two roles, as long as the same person does not "
                    "both approve access and check whether access was proper. The data owner "
                    "approves access; the data protection officer checks that personal data "
                    "is handled lawfully.</p>"
                ),
                "options": [
                    {
                        "text": "Data owner and data protection officer",
                        "correct": True,
                    },
                    {"text": "Data steward and data custodian", "correct": False},
                    {"text": "Data owner and data steward", "correct": False},
                ],
            },
            {
                "type": "true_false",
                "prompt": (
                    "A data inventory should list only central databases, because paper files "
                    "and spreadsheets on laptops are too informal to count."
                ),
                "points": 1,
                "explanation": (
                    "<p>False. Personal data also lives in paper files, spreadsheets on "
                    "laptops, messaging groups and email attachments, and these informal "
                    "copies are where many leaks begin (lesson 'Building a data "
                    "inventory').</p>"
                ),
                "correct_answer": False,
            },
            {
                "type": "single_choice",
                "prompt": (
                    "Five years after a scholarship round, an office still keeps the family "
                    "income details of students who were not selected. Which principle is "
                    "most clearly at risk?"
                ),
                "points": 1,
                "explanation": (
                    "<p>Storage limitation: do not keep data longer than needed. The video on "
                    "privacy principles advises setting a deletion date when you design the "
                    "programme, not when a problem appears.</p>"
                ),
                "options": [
                    {"text": "Storage limitation", "correct": True},
                    {"text": "Data minimisation", "correct": False},
                    {"text": "Accuracy", "correct": False},
                    {"text": "Lawfulness and fairness", "correct": False},
                ],
            },
            {
                "type": "short_text",
                "prompt": (
                    "What is the structured review done before a new system is launched, to "
                    "find privacy risks while they are cheap to fix? (three words, or its "
                    "abbreviation)"
                ),
                "points": 1,
                "explanation": (
                    "<p>A privacy impact assessment (PIA), also called a data protection "
                    "impact assessment, is done before launch and revisited whenever the "
                    "system changes significantly (lesson 'Privacy impact "
                    "assessments').</p>"
                ),
                "accepted_answers": [
                    "privacy impact assessment",
                    "privacy impact assessments",
                    "PIA",
                    "data protection impact assessment",
                    "DPIA",
                ],
            },
            {
                "type": "single_choice",
                "prompt": (
                    "After severe floods, a disaster agency wants to use a social registry, "
                    "built for a pension programme, to send emergency cash within days. Which "
                    "approach follows the course?"
                ),
                "points": 2,
                "explanation": (
                    "<p>In the case in 'Consent and other legal bases', lawyers confirmed a "
                    "public-task basis under an emergency decree, the transfer was limited to "
                    "names, locations and mobile money numbers, the agreement had a deletion "
                    "date, and people were told by radio and SMS. Asking for consent first "
                    "would be slow and not truly free.</p>"
                ),
                "options": [
                    {
                        "text": (
                            "Confirm a legal basis, share only the fields needed, set a "
                            "deletion date and tell people what is happening"
                        ),
                        "correct": True,
                    },
                    {
                        "text": "Copy the whole registry, in case more data is needed later",
                        "correct": False,
                    },
                    {
                        "text": "Collect each household's written consent before any payment",
                        "correct": False,
                    },
                    {
                        "text": "Refuse, because data may never be used for a new purpose",
                        "correct": False,
                    },
                ],
            },
            {
                "type": "multiple_choice",
                "prompt": (
                    "Which clauses belong in a data sharing agreement between two agencies, "
                    "according to the course? Select all that apply."
                ),
                "points": 2,
                "explanation": (
                    "<p>The key clauses include the specific, lawful purpose, the exact list "
                    "of data fields and nothing more, how long the receiver keeps the data, "
                    "and a ban on onward sharing without written approval (lesson 'Data "
                    "sharing between agencies'). Open-ended use and extra fields break "
                    "purpose limitation and minimisation.</p>"
                ),
                "scoring": "partial",
                "options": [
                    {"text": "The specific, lawful purpose for sharing", "correct": True},
                    {
                        "text": "The exact list of data fields, and nothing more",
                        "correct": True,
                    },
                    {"text": "How long the receiver keeps the data", "correct": True},
                    {
                        "text": "Onward sharing is forbidden without written approval",
                        "correct": True,
                    },
                    {
                        "text": "The receiver may use the data for any future purpose",
                        "correct": False,
                    },
                    {
                        "text": "Every field in the source database, in case it is useful",
                        "correct": False,
                    },
                ],
            },
            {
                "type": "numeric",
                "prompt": (
                    "You are preparing a public table of hospital admissions by district. "
                    "Your rule is to hide or merge any cell with fewer than 5 people. The "
                    "district counts are 12, 3, 7, 4, 25 and 1. How many cells must you hide "
                    "or merge?"
                ),
                "points": 2,
                "explanation": (
                    "<p>Three cells are below 5: the counts 3, 4 and 1. Suppressing small "
                    "numbers reduces the risk that someone can identify individuals (lesson "
                    "'Open data and anonymisation').</p>"
                ),
                "answer": "3",
                "tolerance": "0",
            },
            {
                "type": "multiple_choice",
                "prompt": (
                    "A spreadsheet with names, addresses and notes on families was sent to a "
                    "large external mailing list by mistake. Which actions follow the "
                    "course's breach response? Select all that apply."
                ),
                "points": 2,
                "explanation": (
                    "<p>The four steps are contain, assess the risk, notify and learn. "
                    "Deleting your own copy of the email hides the record without stopping "
                    "the leak, and waiting for complaints lets harm grow (lesson 'Handling "
                    "data breaches and building trust').</p>"
                ),
                "scoring": "all_or_nothing",
                "options": [
                    {
                        "text": "Ask recipients to delete the file and close the mailing list",
                        "correct": True,
                    },
                    {
                        "text": "Assess which data was involved and what harm could follow",
                        "correct": True,
                    },
                    {
                        "text": (
                            "Inform the data protection authority where the law requires it, "
                            "and contact the families most at risk"
                        ),
                        "correct": True,
                    },
                    {
                        "text": "Delete the sent email so there is no record of it",
                        "correct": False,
                    },
                    {
                        "text": "Wait to see whether anyone complains before acting",
                        "correct": False,
                    },
                ],
            },
        ],
    },
}
