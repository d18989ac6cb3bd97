"""Course: Data Governance and Privacy (intermediate, English)."""

COURSE = {
    "slug": "data-governance-and-privacy",
    "title": "Data Governance and Privacy",
    "summary": (
        "Learn how public institutions can manage data as a shared asset while "
        "protecting people's privacy, with practical tools for data inventories, "
        "impact assessments and safe data sharing."
    ),
    "level": "intermediate",
    "language": "en",
    "estimated_hours": 6,
    "topics": ["Data governance", "Privacy", "Policy and regulation"],
    "learning_outcomes": [
        "Explain what data governance is and who decides what about data in a "
        "public institution.",
        "Build a simple data inventory for your own unit.",
        "Apply core privacy principles, such as purpose limitation and data "
        "minimisation, to a real public service.",
        "Run a basic privacy impact assessment before a new system is launched.",
        "Draft the key clauses of a data sharing agreement between two agencies.",
        "Respond to a personal data breach in a calm, structured and accountable way.",
    ],
    "instructors": [
        {
            "full_name": "Dr. Nadia Okonkwo-Reyes",
            "email": "n.okonkwo-reyes@academy.example",
            "title": "Lead Instructor, Data Governance",
        },
        {
            "full_name": "Samuel Teklu Varga",
            "email": "s.varga@academy.example",
            "title": "Data Protection Practitioner and Associate Instructor",
        },
    ],
    "modules": [
        # ------------------------------------------------------------------
        {
            "slug": "foundations-of-data-governance",
            "title": "Foundations of data governance",
            "summary": (
                "What data governance means, who is responsible for what, and how "
                "to find out which data your institution holds."
            ),
            "lessons": [
                {
                    "slug": "what-is-data-governance",
                    "title": "What data governance is and why it matters",
                    "summary": (
                        "Data governance is about rules, roles and routines, "
                        "not only about technology."
                    ),
                    "minutes": 15,
                    "body": [
                        ("text",
                         "<p>Every ministry holds data: citizen records, tax files, "
                         "land registers, health statistics, procurement contracts. "
                         "<b>Data governance</b> is the set of rules, roles and "
                         "routines that decide how this data is collected, stored, "
                         "used, shared and finally deleted. It answers simple "
                         "questions that often have no clear answer today. Who may "
                         "change this record? Who may see it? How long do we keep "
                         "it? What happens if it is wrong?</p>"
                         "<p>Good data governance is not mainly a technology "
                         "project. A new database will not help if three "
                         "departments keep three different lists of schools and "
                         "nobody knows which one is correct. What helps is an "
                         "agreement about which list is the reference, who "
                         "maintains it, and how others may use it.</p>"),
                        ("heading", "Why it matters for public service"),
                        ("text",
                         "<p>When data is governed well, governments gain in three "
                         "ways:</p><ul>"
                         "<li><b>Better decisions.</b> Planners can trust the "
                         "numbers they use for budgets and policies.</li>"
                         "<li><b>Better services.</b> Citizens do not have to "
                         "submit the same documents again and again, because "
                         "agencies can reuse verified data with proper "
                         "safeguards.</li>"
                         "<li><b>More trust.</b> People give accurate information "
                         "when they believe it will be protected and used "
                         "fairly.</li></ul>"
                         "<p>When data is governed badly, the costs are real: "
                         "duplicated spending, wrong payments, leaks of personal "
                         "information, and a loss of public confidence that can "
                         "take years to repair.</p>"),
                        ("image", {
                            "caption": (
                                "The data lifecycle: every stage needs a clear rule "
                                "and a responsible person."
                            ),
                            "labels": [
                                "Collect", "Store", "Use and share", "Archive or delete",
                            ],
                        }),
                        ("callout", {
                            "kind": "note",
                            "title": "Governance and privacy work together",
                            "text": (
                                "<p>Data governance covers all data, including "
                                "non-personal data such as road maps or budgets. "
                                "Privacy focuses on data about people. This course "
                                "treats them together, because most government "
                                "data is about people.</p>"
                            ),
                        }),
                        ("knowledge_check", {
                            "question": (
                                "A ministry has three different lists of health "
                                "facilities. What is the first governance step?"
                            ),
                            "options": [
                                {
                                    "text": "Buy a new database system to merge the lists.",
                                    "correct": False,
                                    "feedback": (
                                        "Technology may help later. Without agreement "
                                        "on who owns the reference list, a new system "
                                        "will simply hold three conflicting lists."
                                    ),
                                },
                                {
                                    "text": (
                                        "Agree which list is the reference and name a "
                                        "person responsible for maintaining it."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correct. Governance starts with decisions and "
                                        "responsibilities; tools come after."
                                    ),
                                },
                                {
                                    "text": "Publish all three lists so the public can choose.",
                                    "correct": False,
                                    "feedback": (
                                        "Publishing conflicting data creates confusion "
                                        "and weakens trust in official figures."
                                    ),
                                },
                            ],
                        }),
                    ],
                },
                {
                    "slug": "roles-and-responsibilities",
                    "title": "Who decides? Roles and responsibilities",
                    "summary": (
                        "Name an owner, a steward and a custodian for every "
                        "important dataset."
                    ),
                    "minutes": 15,
                    "body": [
                        ("text",
                         "<p>Data governance fails most often not because of bad "
                         "rules, but because nobody is clearly responsible. A useful "
                         "first step is to name four roles for every important "
                         "dataset. The names vary between countries, but the "
                         "functions are similar.</p>"),
                        ("heading", "Four roles to name"),
                        ("text",
                         "<ul>"
                         "<li><b>Data owner.</b> A senior official, usually a "
                         "director, who is accountable for the dataset. The owner "
                         "approves who may access it and for what purpose.</li>"
                         "<li><b>Data steward.</b> A subject expert who knows what "
                         "each field means, checks quality and answers questions "
                         "from users. In a civil registry, this could be the head "
                         "of the records unit.</li>"
                         "<li><b>Data custodian.</b> The technical team that stores "
                         "the data, runs backups and manages access rights. "
                         "Custodians carry out the owner's decisions; they do not "
                         "make them.</li>"
                         "<li><b>Data protection officer.</b> An independent "
                         "adviser who checks that personal data is handled "
                         "lawfully and who is the contact point for the data "
                         "protection authority, where one exists.</li></ul>"
                         "<p>In a small agency, one person may hold two roles. "
                         "That is acceptable, as long as the same person does not "
                         "both approve access and check whether access was "
                         "proper.</p>"),
                        ("quote", {
                            "text": (
                                "If everyone is responsible for the data, then no one "
                                "is. Write a name next to every dataset, and quality "
                                "starts to improve the following week."
                            ),
                            "attribution": "Samuel Teklu Varga, course instructor",
                        }),
                        ("callout", {
                            "kind": "tip",
                            "title": "Start with a one-page charter",
                            "text": (
                                "<p>Write a one-page data governance charter for "
                                "your unit. List your five most important datasets. "
                                "For each one, write the name of the owner, the "
                                "steward and the custodian. Ask your director to "
                                "approve it. This small document often ends months "
                                "of confusion.</p>"
                            ),
                        }),
                        ("knowledge_check", {
                            "question": (
                                "The IT department receives a request from another "
                                "ministry to access the social registry. Who should "
                                "approve it?"
                            ),
                            "options": [
                                {
                                    "text": "The IT manager, because IT holds the database.",
                                    "correct": False,
                                    "feedback": (
                                        "IT is the custodian. It carries out access "
                                        "decisions but should not make them."
                                    ),
                                },
                                {
                                    "text": (
                                        "The data owner, after checking the purpose "
                                        "with the data protection officer."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correct. The owner is accountable, and the "
                                        "data protection officer helps confirm that "
                                        "the purpose is lawful."
                                    ),
                                },
                                {
                                    "text": "Any staff member who knows the password.",
                                    "correct": False,
                                    "feedback": (
                                        "Access must never depend on who knows a "
                                        "password. It needs a formal, recorded "
                                        "decision."
                                    ),
                                },
                            ],
                        }),
                    ],
                },
                {
                    "slug": "building-a-data-inventory",
                    "title": "Building a data inventory",
                    "summary": (
                        "List the data your institution holds, where it lives and "
                        "who is responsible for it."
                    ),
                    "minutes": 20,
                    "body": [
                        ("text",
                         "<p>You cannot govern what you cannot see. A <b>data "
                         "inventory</b>, sometimes called a data register or "
                         "catalogue, is a simple list of the datasets your "
                         "institution holds, with basic facts about each one. It "
                         "is the foundation for almost every later step: privacy "
                         "assessments, open data, security planning and data "
                         "sharing.</p>"
                         "<p>An inventory does not need special software. A shared "
                         "spreadsheet is enough to begin. What matters is that it "
                         "is complete, kept up to date, and owned by someone. Start "
                         "with one department, learn from it, then extend.</p>"),
                        ("document", {
                            "title": "Data inventory template",
                            "description": (
                                "A one-page template listing the facts to record for "
                                "each dataset."
                            ),
                            "lines": [
                                "Data inventory template",
                                "Fill in one row for each dataset your unit holds.",
                                "1. Dataset name and short description",
                                "2. Data owner, data steward and data custodian",
                                "3. Personal data? Sensitive (health, religion, biometrics)?",
                                "4. Legal basis or mandate for collecting it",
                                "5. Where it is stored: system, server, paper, cloud",
                                "6. Who has access today, and how access is granted",
                                "7. Who receives it outside the unit",
                                "8. How long it is kept, and how it is deleted",
                                "9. Known quality problems",
                                "10. Date of last review",
                            ],
                        }),
                        ("callout", {
                            "kind": "warning",
                            "title": "Do not forget paper and personal devices",
                            "text": (
                                "<p>Many inventories list only central databases. "
                                "Personal data also lives in paper files, "
                                "spreadsheets on laptops, messaging groups and "
                                "email attachments. These informal copies are "
                                "where many leaks begin, so include them.</p>"
                            ),
                        }),
                        ("case_study", {
                            "title": "A first inventory in a ministry of agriculture",
                            "country": "Composite scenario (East Africa)",
                            "context": (
                                "<p>This is a composite case drawn from the "
                                "experience of several ministries. A ministry of "
                                "agriculture runs a farmer subsidy programme. "
                                "Records are held in a central database, in "
                                "district spreadsheets and in printed registers at "
                                "extension offices.</p>"
                            ),
                            "challenge": (
                                "<p>An audit found that some farmers received "
                                "subsidies twice, while others were missing. Nobody "
                                "could say how many copies of the farmer list "
                                "existed or which one was correct.</p>"
                            ),
                            "approach": (
                                "<p>The permanent secretary named a data owner for "
                                "the farmer list and asked each district to report "
                                "every copy it held, using a simple inventory "
                                "template. The central database became the "
                                "reference. Districts agreed to send corrections "
                                "through the data steward instead of editing their "
                                "own copies.</p>"
                            ),
                            "outcome": (
                                "<p>Within a few months the ministry had a clear "
                                "picture of its data and a process for corrections. "
                                "Duplicate payments fell. The same inventory later "
                                "made it much easier to assess privacy risks when "
                                "the programme moved to mobile payments.</p>"
                            ),
                            "questions": [
                                "Which datasets in your own unit exist in more than "
                                "one copy?",
                                "Who would you ask to act as data owner for your "
                                "most important dataset?",
                            ],
                        }),
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------
        {
            "slug": "privacy-principles-in-practice",
            "title": "Privacy principles in practice",
            "summary": (
                "The core principles of data protection, the legal bases for "
                "processing, and how to assess privacy risks early."
            ),
            "lessons": [
                {
                    "slug": "core-privacy-principles",
                    "title": "Seven core privacy principles",
                    "summary": (
                        "The shared principles behind most modern data protection "
                        "laws, applied to everyday work."
                    ),
                    "minutes": 20,
                    "body": [
                        ("text",
                         "<p>Privacy laws differ from country to country, but most "
                         "modern data protection laws share a common set of "
                         "principles. If you understand them, you can ask the right "
                         "questions about any system, even before you read the "
                         "details of your national law.</p>"),
                        ("heading", "The principles at a glance"),
                        ("text",
                         "<ol>"
                         "<li><b>Lawfulness and fairness:</b> there is a legal "
                         "basis, and people are not misled.</li>"
                         "<li><b>Purpose limitation:</b> data collected for one "
                         "purpose is not quietly reused for an unrelated one.</li>"
                         "<li><b>Data minimisation:</b> collect only what you "
                         "need.</li>"
                         "<li><b>Accuracy:</b> keep data correct and let people fix "
                         "mistakes.</li>"
                         "<li><b>Storage limitation:</b> do not keep data longer "
                         "than needed.</li>"
                         "<li><b>Security:</b> protect data against loss, theft and "
                         "misuse.</li>"
                         "<li><b>Accountability:</b> be able to show that you follow "
                         "the rules.</li></ol>"),
                        ("video", {
                            "title": "Privacy principles in everyday public service",
                            "duration_minutes": 4,
                            "transcript": (
                                "<p>Hello, and welcome. In this short video I want to "
                                "take the privacy principles out of the law books and "
                                "put them on a real desk in a real office.</p>"
                                "<p>Imagine you manage a scholarship programme. "
                                "Students apply online. The form asks for their name, "
                                "school, grades and family income. That is "
                                "reasonable. But the form also asks for their "
                                "religion and the phone numbers of three neighbours. "
                                "Why? Nobody remembers. This is where data "
                                "minimisation helps. If you cannot explain why you "
                                "need a field, remove it.</p>"
                                "<p>Next, purpose limitation. A colleague asks for "
                                "the list of applicants so that a bank can send them "
                                "loan offers. The students gave you their data to "
                                "apply for a scholarship, not to receive "
                                "advertising. The answer is no.</p>"
                                "<p>Then storage limitation. Five years later, do you "
                                "still need the income details of students who were "
                                "not selected? Probably not. Set a deletion date "
                                "when you design the programme, not when a problem "
                                "appears.</p>"
                                "<p>Finally, accountability. Write these decisions "
                                "down. If the data protection authority or a "
                                "journalist asks, you can show what you did and why. "
                                "That record protects the students, and it protects "
                                "you.</p>"
                            ),
                        }),
                        ("knowledge_check", {
                            "question": (
                                "A registration form for a business licence asks for "
                                "the applicant's blood group. Which principle is most "
                                "clearly at risk?"
                            ),
                            "options": [
                                {
                                    "text": "Data minimisation",
                                    "correct": True,
                                    "feedback": (
                                        "Correct. Blood group is not needed to issue "
                                        "a business licence, so it should not be "
                                        "collected."
                                    ),
                                },
                                {
                                    "text": "Accuracy",
                                    "correct": False,
                                    "feedback": (
                                        "Accuracy is about keeping data correct. The "
                                        "problem here is collecting data that is not "
                                        "needed at all."
                                    ),
                                },
                                {
                                    "text": "Storage limitation",
                                    "correct": False,
                                    "feedback": (
                                        "Storage limitation is about how long data is "
                                        "kept. This problem starts earlier, at "
                                        "collection."
                                    ),
                                },
                            ],
                        }),
                    ],
                },
                {
                    "slug": "consent-and-legal-bases",
                    "title": "Consent and other legal bases",
                    "summary": (
                        "Why most government processing rests on a legal mandate "
                        "rather than on consent."
                    ),
                    "minutes": 20,
                    "body": [
                        ("text",
                         "<p>Many officials believe that every use of personal "
                         "data needs the person's consent. In practice, most "
                         "government processing rests on other legal bases. Under "
                         "many data protection laws, common bases include:</p><ul>"
                         "<li><b>A legal obligation or public task</b>, for "
                         "example collecting tax or running a civil registry.</li>"
                         "<li><b>A contract</b> with the person, such as a public "
                         "housing lease.</li>"
                         "<li><b>Vital interests</b>, to protect someone's life in "
                         "an emergency.</li>"
                         "<li><b>Consent</b> that is freely given, specific and "
                         "informed.</li></ul>"
                         "<p>Check the exact list in your national law, because the "
                         "names and details vary.</p>"),
                        ("callout", {
                            "kind": "warning",
                            "title": "Consent is weak when people have no real choice",
                            "text": (
                                "<p>If a family must agree to share data to receive "
                                "food assistance, the agreement is not truly free. "
                                "Relying on consent in such cases is fragile. It is "
                                "usually better to base the processing on a clear "
                                "legal mandate, explain it honestly, and limit the "
                                "data to what the programme needs.</p>"
                            ),
                        }),
                        ("case_study", {
                            "title": "Reusing a social registry for emergency cash",
                            "country": "Composite scenario (South Asia)",
                            "context": (
                                "<p>A composite case based on situations faced by "
                                "several governments. A national social registry "
                                "holds household data collected for a pension "
                                "programme.</p>"
                            ),
                            "challenge": (
                                "<p>After severe floods, the disaster agency wants "
                                "to use the registry to send emergency cash to "
                                "affected households within days. The data was not "
                                "originally collected for this purpose.</p>"
                            ),
                            "approach": (
                                "<p>The ministry's lawyers confirmed that an "
                                "emergency decree created a public-task basis for "
                                "the new use. The data protection officer limited "
                                "the transfer to names, locations and mobile money "
                                "numbers. The two agencies signed a short agreement "
                                "with a deletion date. Radio and SMS messages "
                                "explained what data was used and why.</p>"
                            ),
                            "outcome": (
                                "<p>Payments reached households quickly. There were "
                                "few privacy complaints, because people had been "
                                "told in plain language what was happening. The "
                                "agreement became a template for future "
                                "emergencies.</p>"
                            ),
                            "questions": [
                                "Which legal basis would apply to a similar "
                                "emergency in your country?",
                                "What would you tell households, and through which "
                                "channels?",
                            ],
                        }),
                        ("knowledge_check", {
                            "question": (
                                "What is the most reliable legal basis for a tax "
                                "authority to process income data?"
                            ),
                            "options": [
                                {
                                    "text": "Consent from each taxpayer",
                                    "correct": False,
                                    "feedback": (
                                        "Taxpayers cannot refuse to pay tax, so "
                                        "consent would not be freely given."
                                    ),
                                },
                                {
                                    "text": "A legal obligation set out in tax law",
                                    "correct": True,
                                    "feedback": (
                                        "Correct. Tax collection is a task set by "
                                        "law, which gives a clear and stable basis."
                                    ),
                                },
                                {
                                    "text": "The personal judgement of the tax officer",
                                    "correct": False,
                                    "feedback": (
                                        "Public bodies act on their legal mandate, "
                                        "not on the preferences of individual "
                                        "staff."
                                    ),
                                },
                            ],
                        }),
                    ],
                },
                {
                    "slug": "privacy-impact-assessments",
                    "title": "Privacy impact assessments",
                    "summary": (
                        "A short, structured review that finds privacy risks "
                        "before a system goes live."
                    ),
                    "minutes": 20,
                    "body": [
                        ("text",
                         "<p>A <b>privacy impact assessment</b> (PIA), also called "
                         "a data protection impact assessment, is a structured "
                         "review done <i>before</i> a new system or programme is "
                         "launched. It helps the team find privacy risks early, "
                         "when they are cheap to fix, instead of after a complaint "
                         "or a leak.</p>"
                         "<p>Many data protection laws require an assessment when "
                         "processing is likely to create a high risk, for example "
                         "large-scale use of health data or biometrics, or systems "
                         "that monitor people. Even where it is not required, a "
                         "short assessment is good practice for any project that "
                         "handles personal data.</p>"),
                        ("image", {
                            "caption": "Five steps of a privacy impact assessment",
                            "labels": [
                                "Describe the data flows",
                                "Check necessity",
                                "Identify risks",
                                "Plan safeguards",
                                "Sign off and review",
                            ],
                        }),
                        ("text",
                         "<p>The assessment does not need to be long. For a small "
                         "project, three to five pages may be enough. What matters "
                         "is that it is honest about risks, that the people who "
                         "design the system take part, and that the safeguards are "
                         "actually built. Involve the data protection officer from "
                         "the start, and revisit the assessment whenever the system "
                         "changes significantly.</p>"
                         "<p>Keep the signed assessment on file. If the system is "
                         "questioned later by an auditor, a court or the public, it "
                         "shows that the institution thought about people's rights "
                         "before it acted, not after.</p>"),
                        ("document", {
                            "title": "Privacy impact assessment: quick checklist",
                            "description": (
                                "Ten questions to guide a first privacy impact "
                                "assessment."
                            ),
                            "lines": [
                                "Privacy impact assessment: quick checklist",
                                "1. What personal data will be collected, and from whom?",
                                "2. What is the legal basis, and the exact purpose?",
                                "3. Is every field necessary? What can be removed?",
                                "4. Who will have access, and how is access logged?",
                                "5. Will data go to other agencies or companies?",
                                "6. How long will data be kept, and how deleted?",
                                "7. What could go wrong for the people concerned?",
                                "8. Which safeguard reduces each risk, and who builds it?",
                                "9. Has the data protection officer signed it?",
                                "10. When will the assessment be reviewed?",
                            ],
                        }),
                        ("callout", {
                            "kind": "tip",
                            "title": "Ask the people affected",
                            "text": (
                                "<p>Talk to a few of the people whose data will be "
                                "processed, or to organisations that represent them. "
                                "They often see risks that officials miss, such as a "
                                "family phone shared by several people, which could "
                                "expose a sensitive message.</p>"
                            ),
                        }),
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------
        {
            "slug": "sharing-data-and-accountability",
            "title": "Sharing data safely and staying accountable",
            "summary": (
                "Sharing data between agencies and with the public, and what to "
                "do when something goes wrong."
            ),
            "lessons": [
                {
                    "slug": "data-sharing-agreements",
                    "title": "Data sharing between agencies",
                    "summary": (
                        "Plan, limit and write down every regular flow of personal "
                        "data between agencies."
                    ),
                    "minutes": 20,
                    "body": [
                        ("text",
                         "<p>Sharing data between agencies can save citizens time "
                         "and save public money. When the civil registry shares "
                         "death records with the pension office, payments to "
                         "deceased people stop. When the business registry shares "
                         "data with the tax authority, companies fill in fewer "
                         "forms. This idea is often called the <b>once-only "
                         "principle</b>: people should give the same information to "
                         "government only once.</p>"
                         "<p>But every data flow also creates risk. The safest "
                         "sharing is planned, limited and written down in an "
                         "agreement.</p>"),
                        ("document", {
                            "title": "Data sharing agreement: key clauses",
                            "description": (
                                "The main clauses of an agreement between two "
                                "public bodies."
                            ),
                            "lines": [
                                "Data sharing agreement: key clauses",
                                "1. Parties: who shares, who receives, contact persons",
                                "2. Purpose: the specific, lawful reason for sharing",
                                "3. Legal basis: the law or mandate that permits it",
                                "4. Data fields: the exact list, and nothing more",
                                "5. Method: secure channel, frequency and format",
                                "6. Security: access control, logging, storage",
                                "7. Onward sharing: forbidden without written approval",
                                "8. Retention: how long the receiver keeps the data",
                                "9. Individuals: how people can ask or correct errors",
                                "10. Review: review date and how to end the agreement",
                            ],
                        }),
                        ("case_study", {
                            "title": "Data exchange with a visible access log",
                            "country": "Estonia",
                            "context": (
                                "<p>Estonia is widely known for its digital public "
                                "services. Its agencies exchange data through a "
                                "secure data exchange layer called X-Road, instead "
                                "of copying whole databases to each other.</p>"
                            ),
                            "challenge": (
                                "<p>Connecting many registries creates a risk that "
                                "officials look up personal data without a valid "
                                "reason, and citizens may worry about who sees "
                                "their records.</p>"
                            ),
                            "approach": (
                                "<p>Each agency keeps its own data and answers "
                                "specific requests through the exchange layer. "
                                "Requests are logged. Through the state portal, "
                                "residents can see which institutions have viewed "
                                "some of their data, and can ask for an "
                                "explanation.</p>"
                            ),
                            "outcome": (
                                "<p>The model is often cited as a way to combine "
                                "the once-only principle with transparency. What "
                                "transfers best to other countries is the idea of "
                                "logging every access and letting people see it, "
                                "not any single piece of software.</p>"
                            ),
                            "questions": [
                                "Could people in your country see who has looked "
                                "at their records?",
                                "Which two agencies in your country would benefit "
                                "most from a formal sharing agreement?",
                            ],
                        }),
                        ("knowledge_check", {
                            "question": (
                                "An agency that receives shared data wants to pass "
                                "it to a private contractor. Under a good agreement, "
                                "what should happen?"
                            ),
                            "options": [
                                {
                                    "text": "It may do so freely once it holds the data.",
                                    "correct": False,
                                    "feedback": (
                                        "Receiving data does not give unlimited "
                                        "rights. Onward sharing must be controlled."
                                    ),
                                },
                                {
                                    "text": (
                                        "It needs written approval from the sharing "
                                        "agency, within the agreed purpose."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correct. The onward sharing clause keeps the "
                                        "original owner in control."
                                    ),
                                },
                                {
                                    "text": "It must delete all the data immediately.",
                                    "correct": False,
                                    "feedback": (
                                        "Deletion is not required here. The question "
                                        "is whether onward sharing was approved."
                                    ),
                                },
                            ],
                        }),
                    ],
                },
                {
                    "slug": "open-data-and-anonymisation",
                    "title": "Open data and anonymisation",
                    "summary": (
                        "Publish useful data openly without exposing the people "
                        "behind it."
                    ),
                    "minutes": 15,
                    "body": [
                        ("text",
                         "<p>Open data means publishing government data so that "
                         "anyone can use it freely: budgets, school locations, air "
                         "quality, procurement contracts. Open data supports "
                         "transparency, research and new services built by local "
                         "companies. A good rule of thumb is <b>open by default "
                         "for non-personal data, protected by default for personal "
                         "data</b>.</p>"
                         "<p>The difficulty starts when a useful dataset is based "
                         "on personal records, such as hospital admissions or exam "
                         "results. Before publishing, you must reduce the risk that "
                         "someone can identify individuals.</p>"
                         "<p>Whatever you publish, use open, machine-readable "
                         "formats such as CSV, and add a short note explaining "
                         "what each column means and when the data was "
                         "collected.</p>"),
                        ("heading", "Techniques to reduce identification risk"),
                        ("text",
                         "<ul>"
                         "<li><b>Remove direct identifiers</b> such as names, ID "
                         "numbers and phone numbers.</li>"
                         "<li><b>Aggregate:</b> publish counts by district or age "
                         "group rather than individual rows.</li>"
                         "<li><b>Suppress small numbers:</b> if a cell would show "
                         "fewer than a set number of people, for example five, "
                         "hide it or merge it with another.</li>"
                         "<li><b>Generalise:</b> replace exact birth dates with age "
                         "bands, and exact addresses with districts.</li>"
                         "<li><b>Test before release:</b> ask a colleague who did "
                         "not prepare the file to try to find a known person in "
                         "it.</li></ul>"),
                        ("callout", {
                            "kind": "warning",
                            "title": "Removing names is not enough",
                            "text": (
                                "<p>A record with a date of birth, a sex and a small "
                                "village may point to one person, even without a "
                                "name. Datasets can also be combined with other "
                                "public information. Treat data as anonymous only "
                                "after you have tested how easy it would be to "
                                "identify someone again.</p>"
                            ),
                        }),
                        ("quote", {
                            "text": (
                                "Publishing is permanent. Once a file has been "
                                "downloaded, you cannot call it back, so take the "
                                "extra day to check it."
                            ),
                            "attribution": "Dr. Nadia Okonkwo-Reyes, course instructor",
                        }),
                        ("knowledge_check", {
                            "question": (
                                "A district has only two patients with a rare "
                                "disease. How should this appear in a published "
                                "table?"
                            ),
                            "options": [
                                {
                                    "text": "Show the exact number with the district name.",
                                    "correct": False,
                                    "feedback": (
                                        "With such small numbers, neighbours could "
                                        "guess who the patients are."
                                    ),
                                },
                                {
                                    "text": (
                                        "Suppress or merge the figure, for example "
                                        "into a regional total."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correct. Suppressing small numbers protects "
                                        "people in small groups."
                                    ),
                                },
                                {
                                    "text": "Publish the patients' initials instead of names.",
                                    "correct": False,
                                    "feedback": (
                                        "Initials combined with a location can easily "
                                        "identify someone. This is not "
                                        "anonymisation."
                                    ),
                                },
                            ],
                        }),
                    ],
                },
                {
                    "slug": "handling-data-breaches",
                    "title": "Handling data breaches and building trust",
                    "summary": (
                        "Respond to a breach quickly and honestly, and learn from "
                        "it."
                    ),
                    "minutes": 20,
                    "body": [
                        ("text",
                         "<p>Even well-run institutions suffer data breaches. A "
                         "laptop is stolen, a file is emailed to the wrong address, "
                         "a server is left open on the internet, or a staff member "
                         "looks up a neighbour's records out of curiosity. What "
                         "matters most is how quickly and honestly the institution "
                         "responds.</p>"),
                        ("image", {
                            "caption": "Responding to a data breach in four steps",
                            "labels": [
                                "Contain", "Assess the risk", "Notify", "Learn and improve",
                            ],
                        }),
                        ("text",
                         "<ul>"
                         "<li><b>Contain:</b> stop the leak. Disable accounts, "
                         "recall emails, secure the server.</li>"
                         "<li><b>Assess:</b> which data was involved, how many "
                         "people are affected, and what harm could follow, such as "
                         "fraud, discrimination or danger to someone's safety.</li>"
                         "<li><b>Notify:</b> many laws require you to inform the "
                         "data protection authority within a short deadline, and "
                         "to tell affected people when the risk to them is high. "
                         "Check your national law.</li>"
                         "<li><b>Learn:</b> record the incident, fix the cause and "
                         "share the lessons across the institution.</li></ul>"),
                        ("case_study", {
                            "title": "A spreadsheet sent to the wrong list",
                            "country": "Composite scenario (Latin America)",
                            "context": (
                                "<p>A composite case drawn from incidents in several "
                                "public bodies. A municipal social services office "
                                "kept a spreadsheet of families receiving housing "
                                "support.</p>"
                            ),
                            "challenge": (
                                "<p>A staff member sent the file to a large external "
                                "mailing list by mistake. It contained names, "
                                "addresses and notes on family situations.</p>"
                            ),
                            "approach": (
                                "<p>The office asked recipients to delete the file, "
                                "closed the mailing list, informed the data "
                                "protection authority and called the families most "
                                "at risk. It then limited who could export full "
                                "lists.</p>"
                            ),
                            "outcome": (
                                "<p>The incident was serious, but the open response "
                                "limited the damage to trust. Staff said a clear "
                                "procedure helped them act quickly instead of hiding "
                                "the mistake.</p>"
                            ),
                            "questions": [
                                "Does your institution have a written breach "
                                "procedure, and do staff know where to find it?",
                            ],
                        }),
                        ("callout", {
                            "kind": "note",
                            "title": "Culture matters more than blame",
                            "text": (
                                "<p>If staff fear punishment, they hide mistakes, "
                                "and small incidents become large ones. Encourage "
                                "people to report problems early, and thank them "
                                "for doing so.</p>"
                            ),
                        }),
                        ("knowledge_check", {
                            "question": (
                                "You discover that a file with personal data was "
                                "emailed to the wrong person. What is the first "
                                "step?"
                            ),
                            "options": [
                                {
                                    "text": "Wait to see whether anyone complains.",
                                    "correct": False,
                                    "feedback": (
                                        "Waiting lets the harm grow and may break "
                                        "legal deadlines for notification."
                                    ),
                                },
                                {
                                    "text": (
                                        "Contain it: ask the recipient to delete the "
                                        "file and report the incident internally."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correct. Containment comes first, followed "
                                        "by assessment and, if needed, notification."
                                    ),
                                },
                                {
                                    "text": "Delete the sent email so there is no record.",
                                    "correct": False,
                                    "feedback": (
                                        "Hiding evidence makes the situation worse "
                                        "and destroys trust."
                                    ),
                                },
                            ],
                        }),
                    ],
                },
            ],
        },
    ],
}
