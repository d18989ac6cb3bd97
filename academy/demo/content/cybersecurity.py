"""Demo course: Cybersecurity for Government."""

COURSE = {
    "slug": "cybersecurity-for-government",
    "title": "Cybersecurity for Government",
    "summary": (
        "For officials who oversee government systems: understand today's threats, set "
        "priorities with a limited budget, and lead a calm, effective response when an "
        "incident happens."
    ),
    "level": "advanced",
    "language": "en",
    "estimated_hours": 5,
    "topics": ["Cybersecurity", "E-government", "Policy and regulation"],
    "learning_outcomes": [
        "Describe the main cyber threats facing government institutions and how a typical "
        "attack unfolds.",
        "Prioritise the protection of critical public services using a simple, repeatable "
        "risk method.",
        "Use a recognised framework to structure a security programme and report progress "
        "to leadership.",
        "Set clear security requirements for identity, access, suppliers and cloud services.",
        "Lead the first hours of an incident response and plan recovery, exercises and "
        "lessons learned.",
    ],
    "instructors": [
        {
            "full_name": "Dr. Ruth Adeyemi-Lund",
            "email": "ruth.adeyemi-lund@academy.example",
            "title": "Lead Instructor, Government Cybersecurity",
        },
        {
            "full_name": "Karim Haddad-Ortega",
            "email": "karim.haddad@academy.example",
            "title": "Incident Response Adviser",
        },
    ],
    "modules": [
        # ------------------------------------------------------------------
        {
            "slug": "threats-and-risk",
            "title": "Threats and Risk in the Public Sector",
            "summary": "Who attacks government systems, how they get in, and how to decide "
            "what to protect first.",
            "lessons": [
                {
                    "slug": "government-threat-landscape",
                    "title": "The Threat Landscape for Government",
                    "summary": "Recognise the main attackers, their goals and the common ways "
                    "they get in.",
                    "minutes": 15,
                    "body": [
                        ("text", (
                            "<p>Government institutions are attractive targets. They hold "
                            "large amounts of personal and financial data, they run services "
                            "that citizens cannot do without, and they are often involved in "
                            "political disputes. Many also depend on old systems that are "
                            "hard to update.</p>"
                            "<p>Four groups of attackers cause most of the harm:</p>"
                            "<ul>"
                            "<li><b>Criminal groups</b> want money. They use ransomware, "
                            "payment fraud and data theft for extortion.</li>"
                            "<li><b>State-linked groups</b> want information. They spy on "
                            "negotiations, defence plans and policy decisions, often quietly "
                            "for months.</li>"
                            "<li><b>Hacktivists</b> want attention. They deface websites and "
                            "flood services with traffic to make a political point.</li>"
                            "<li><b>Insiders</b>, whether careless or malicious, misuse the "
                            "access they already have.</li>"
                            "</ul>"
                        )),
                        ("image", {
                            "caption": "How a typical ransomware attack unfolds",
                            "labels": [
                                "Phishing email or stolen password",
                                "Attacker gains a foothold",
                                "Moves through the network",
                                "Steals and encrypts data",
                                "Demands a ransom",
                            ],
                        }),
                        ("heading", "Common ways in"),
                        ("text", (
                            "<p>Attackers usually enter through a small number of doors: "
                            "phishing emails, passwords stolen or reused from other websites, "
                            "unpatched systems facing the internet such as remote-access "
                            "gateways, suppliers with access to your network, and cloud "
                            "storage left open by mistake.</p>"
                            "<p>Knowing these doors helps you ask better questions of your "
                            "technical team. For example: how many internet-facing systems do "
                            "we have, and when were they last updated?</p>"
                        )),
                        ("callout", {
                            "kind": "note",
                            "title": "Most incidents start simply",
                            "text": (
                                "<p>Highly advanced attacks do exist, but most serious "
                                "incidents begin with a basic weakness that was already known. "
                                "Closing the common doors protects you against most "
                                "attackers, and makes advanced attackers work harder and "
                                "take longer, which gives you more time to detect them.</p>"
                            ),
                        }),
                        ("knowledge_check", {
                            "question": (
                                "An attacker logs in to a ministry's remote-access gateway "
                                "with a password leaked from an unrelated website. Which "
                                "control would most likely have stopped this?"
                            ),
                            "options": [
                                {
                                    "text": "Multi-factor authentication on the gateway",
                                    "correct": True,
                                    "feedback": "Correct. A stolen password alone is not "
                                    "enough when a second factor is required.",
                                },
                                {
                                    "text": "A stronger firewall at the ministry building",
                                    "correct": False,
                                    "feedback": "The gateway is meant to accept remote "
                                    "logins, so a firewall lets this one through.",
                                },
                                {
                                    "text": "Antivirus software on staff laptops",
                                    "correct": False,
                                    "feedback": "Antivirus checks files on devices. It does "
                                    "not stop a valid login with a stolen password.",
                                },
                            ],
                        }),
                    ],
                },
                {
                    "slug": "assessing-risk",
                    "title": "Assessing Risk to Public Services",
                    "summary": "Use a simple method to decide which services and systems need "
                    "protection first.",
                    "minutes": 20,
                    "body": [
                        ("text", (
                            "<p>No institution can protect everything equally. Budgets and "
                            "skilled staff are limited, so you must decide where to focus. "
                            "Start with services, not servers. Ask: which services would "
                            "cause the most harm to citizens if they stopped working or if "
                            "their data leaked?</p>"
                        )),
                        ("heading", "A simple risk method"),
                        ("text", (
                            "<ol>"
                            "<li>List your critical services and the data they hold.</li>"
                            "<li>For each service, list the systems, networks and suppliers it "
                            "depends on.</li>"
                            "<li>Identify the likely threats and the controls already in "
                            "place.</li>"
                            "<li>Rate likelihood and impact, for example from 1 to 5.</li>"
                            "<li>Decide for each risk: reduce it, transfer it, avoid it or "
                            "accept it.</li>"
                            "<li>Give each action an owner and a deadline, and review the list "
                            "every quarter.</li>"
                            "</ol>"
                        )),
                        ("callout", {
                            "kind": "warning",
                            "title": "Risk belongs to the service owner",
                            "text": (
                                "<p>If only the IT unit owns cyber risk, decisions about "
                                "accepting risk are made by people who do not run the "
                                "service. The director responsible for the service must "
                                "understand and sign off its risks.</p>"
                            ),
                        }),
                        ("case_study", {
                            "title": "Finding the real critical systems",
                            "country": "Composite case drawn from several ministries",
                            "context": (
                                "<p>A finance ministry's IT team kept a long list of servers "
                                "and rated them all as high priority.</p>"
                            ),
                            "challenge": (
                                "<p>With everything marked critical, nothing was truly "
                                "prioritised, and the security budget was spread thinly.</p>"
                            ),
                            "approach": (
                                "<p>The team held a half-day workshop with the heads of "
                                "payroll, budget and procurement. Together they traced which "
                                "systems each service needed in its first week of "
                                "disruption.</p>"
                            ),
                            "outcome": (
                                "<p>They found that public-sector payroll depended on one "
                                "ageing server and a contractor's remote connection without "
                                "multi-factor authentication. Both were fixed within two "
                                "months.</p>"
                            ),
                            "questions": [
                                "Which service in your institution would citizens notice "
                                "first if it stopped?",
                                "Who should attend your own risk workshop?",
                            ],
                        }),
                        ("text", (
                            "<p>Keep the result short. A register of ten to twenty risks, each "
                            "with an owner, a rating and a next action, is far more useful "
                            "than a long report that nobody reads. Update it after every "
                            "incident, audit or major change, such as a new online service "
                            "or a new supplier.</p>"
                        )),
                    ],
                },
                {
                    "slug": "frameworks-and-baselines",
                    "title": "Using Frameworks and Baselines",
                    "summary": "Structure your security programme with a recognised framework "
                    "and report progress clearly.",
                    "minutes": 15,
                    "body": [
                        ("text", (
                            "<p>A framework gives you a shared language, helps you spot gaps "
                            "and lets you measure progress over time. You do not need to "
                            "invent your own. Widely used options include:</p>"
                            "<ul>"
                            "<li><b>The NIST Cybersecurity Framework</b>, published in the "
                            "United States. Version 2.0 groups activities into six functions: "
                            "Govern, Identify, Protect, Detect, Respond and Recover.</li>"
                            "<li><b>ISO/IEC 27001</b>, an international standard for an "
                            "information security management system, which institutions can "
                            "be certified against.</li>"
                            "<li><b>National baselines</b> published by many national cyber "
                            "agencies, which set minimum controls for public bodies.</li>"
                            "</ul>"
                            "<p>If your country has a national baseline, start there, because "
                            "auditors and regulators will use it. Then map it to an "
                            "international framework so that you can compare with "
                            "partners.</p>"
                        )),
                        ("heading", "From framework to a report for leaders"),
                        ("text", (
                            "<p>Leaders do not need every control. They need a few measures "
                            "that show whether risk is going down. Good examples are the share "
                            "of staff using multi-factor authentication, the time taken to "
                            "patch critical systems, whether backups were restored "
                            "successfully in a test, and how quickly incidents are "
                            "detected.</p>"
                            "<p>Choose one framework and use it consistently, rather than "
                            "mixing several. Assess where you are today for each function, "
                            "agree a realistic target for the next two years, and show the "
                            "gap. This turns a long technical document into a clear plan "
                            "with a budget attached.</p>"
                        )),
                        ("callout", {
                            "kind": "tip",
                            "title": "Report in the language of services",
                            "text": (
                                "<p>Instead of 'firewall rules updated', write 'tax filing "
                                "portal now protected against the attack that hit a "
                                "neighbouring country last month'. Connect every measure to a "
                                "service that leaders care about.</p>"
                            ),
                        }),
                        ("knowledge_check", {
                            "question": (
                                "Your minister asks for one page on cybersecurity progress. "
                                "What is most useful?"
                            ),
                            "options": [
                                {
                                    "text": "A full list of every control in the framework "
                                    "and its status",
                                    "correct": False,
                                    "feedback": "This is too detailed for one page and hides "
                                    "the main messages.",
                                },
                                {
                                    "text": "A few measures linked to critical services, with "
                                    "trends and the top three risks",
                                    "correct": True,
                                    "feedback": "Correct. This shows direction and helps the "
                                    "minister make decisions.",
                                },
                                {
                                    "text": "The number of attacks blocked by the firewall",
                                    "correct": False,
                                    "feedback": "Blocked attacks are easy to count but say "
                                    "little about real risk to services.",
                                },
                            ],
                        }),
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------
        {
            "slug": "protecting-systems-and-people",
            "title": "Protecting Systems and People",
            "summary": "Strengthen access control, manage supplier and cloud risk, and build "
            "a culture where staff help defend the institution.",
            "lessons": [
                {
                    "slug": "identity-and-access",
                    "title": "Identity and Access Control",
                    "summary": "Apply multi-factor authentication, least privilege and strong "
                    "control of administrator accounts.",
                    "minutes": 20,
                    "body": [
                        ("text", (
                            "<p>Today, staff work from offices, homes and phones, and many "
                            "systems run in the cloud. The network edge is no longer a clear "
                            "wall. Instead, every login becomes a security decision. Three "
                            "practices matter most:</p>"
                            "<ul>"
                            "<li><b>Multi-factor authentication (MFA)</b> for every account, "
                            "starting with email, remote access and administrator "
                            "accounts.</li>"
                            "<li><b>Least privilege.</b> Each person gets only the access "
                            "their job requires, and no more.</li>"
                            "<li><b>Joiners, movers and leavers.</b> Access is created when "
                            "someone joins, changed when they move jobs and removed on the "
                            "day they leave. Staff who move between ministries often keep "
                            "old access for years unless someone checks.</li>"
                            "</ul>"
                            "<p>Roll out MFA in stages. Start with administrators and remote "
                            "access, then email, then all other systems. Prepare the help "
                            "desk in advance, because staff will lose phones and need new "
                            "tokens. A smooth rollout builds support for the next "
                            "step.</p>"
                        )),
                        ("heading", "Administrator accounts need extra care"),
                        ("text", (
                            "<p>Administrator accounts can change settings, read data and "
                            "disable security tools. Attackers look for them first. Keep them "
                            "separate from everyday accounts used for email and browsing. "
                            "Limit how many exist, protect them with the strongest form of "
                            "MFA, and log every use. Review the list every month and remove "
                            "any account that nobody can explain.</p>"
                        )),
                        ("callout", {
                            "kind": "warning",
                            "title": "Shared administrator passwords",
                            "text": (
                                "<p>A single administrator password shared by a team, often "
                                "written down or sent by chat, is one of the most common "
                                "findings after an incident. It also makes it impossible to "
                                "know who did what. Give each administrator a personal "
                                "account.</p>"
                            ),
                        }),
                        ("knowledge_check", {
                            "question": (
                                "Which form of MFA gives the strongest protection against "
                                "phishing?"
                            ),
                            "options": [
                                {
                                    "text": "A code sent by SMS",
                                    "correct": False,
                                    "feedback": "SMS codes are better than nothing, but "
                                    "users can be tricked into typing them on a fake site.",
                                },
                                {
                                    "text": "A code sent by email",
                                    "correct": False,
                                    "feedback": "If the email account is compromised, this "
                                    "code is too.",
                                },
                                {
                                    "text": "A hardware security key or passkey tied to the "
                                    "real website",
                                    "correct": True,
                                    "feedback": "Correct. These methods check the website "
                                    "address, so they will not work on a fake login page.",
                                },
                                {
                                    "text": "A personal security question",
                                    "correct": False,
                                    "feedback": "Answers to security questions are often "
                                    "easy to find or guess.",
                                },
                            ],
                        }),
                    ],
                },
                {
                    "slug": "suppliers-and-cloud",
                    "title": "Suppliers, Software and Cloud Services",
                    "summary": "Manage the security risks that come from contractors, software "
                    "products and cloud providers.",
                    "minutes": 20,
                    "body": [
                        ("text", (
                            "<p>Most government services depend on outside companies: software "
                            "vendors, IT support contractors, telecom operators and cloud "
                            "providers. Each one can become a route into your systems. "
                            "Attackers know that breaking into one supplier may give them "
                            "access to many customers at once.</p>"
                            "<p>Software itself can carry risk. A trusted product may receive "
                            "a malicious update, or include open-source components with "
                            "known weaknesses. Ask suppliers how they secure their own "
                            "development and update process, and keep an inventory of the "
                            "software you run. When a serious weakness is announced, this "
                            "inventory tells you within hours whether you are affected.</p>"
                        )),
                        ("heading", "Security requirements for contracts"),
                        ("text", (
                            "<ul>"
                            "<li>Report any security incident to you within a fixed number of "
                            "hours.</li>"
                            "<li>Use MFA and named accounts for all remote access.</li>"
                            "<li>Apply security updates within agreed time limits.</li>"
                            "<li>Allow audits, and share relevant test results.</li>"
                            "<li>State where data is stored, and return or delete it when the "
                            "contract ends.</li>"
                            "<li>Apply the same rules to subcontractors.</li>"
                            "</ul>"
                        )),
                        ("callout", {
                            "kind": "note",
                            "title": "Cloud shares responsibility; it does not remove it",
                            "text": (
                                "<p>A cloud provider secures its data centres and platform. "
                                "Your institution is still responsible for who can log in, "
                                "how services are configured and what data is stored. "
                                "Many cloud breaches come from settings left open by the "
                                "customer, not from failures by the provider.</p>"
                            ),
                        }),
                        ("case_study", {
                            "title": "A trusted supplier becomes the entry point",
                            "country": "Composite scenario based on common incident patterns",
                            "context": (
                                "<p>A regional health authority outsourced IT support. The "
                                "contractor used a remote-access tool to fix problems on "
                                "hospital computers.</p>"
                            ),
                            "challenge": (
                                "<p>Attackers stole the contractor's password for this tool. "
                                "Because it had no MFA, they connected to hospital systems as "
                                "if they were the support team.</p>"
                            ),
                            "approach": (
                                "<p>The authority cut off the tool, restored systems from "
                                "backups and rewrote the contract to require MFA, named "
                                "accounts and incident reporting within 24 hours.</p>"
                            ),
                            "outcome": (
                                "<p>Appointments were disrupted for several days. The new "
                                "contract terms became standard for all suppliers, and the "
                                "authority now reviews supplier access every three "
                                "months.</p>"
                            ),
                            "questions": [
                                "Which suppliers have remote access to your systems today?",
                                "Which of your contracts would allow you to require MFA "
                                "tomorrow?",
                            ],
                        }),
                    ],
                },
                {
                    "slug": "security-culture",
                    "title": "Building a Security Culture",
                    "summary": "Help staff become active defenders rather than the weakest "
                    "link.",
                    "minutes": 15,
                    "body": [
                        ("text", (
                            "<p>People are often called the weakest link in security. This "
                            "view is unhelpful. Staff are also your largest detection "
                            "network: hundreds of people who can notice a strange email or an "
                            "unusual request. The goal is to make secure behaviour easy and "
                            "to make reporting feel safe.</p>"
                            "<p>Culture starts with design. If the secure way is slow or "
                            "confusing, busy staff will find a way around it. Password "
                            "managers, single sign-on and clear approval steps for payments "
                            "remove many daily temptations to cut corners.</p>"
                        )),
                        ("quote", {
                            "text": (
                                "The day our staff started reporting suspicious emails within "
                                "minutes, instead of hiding their mistakes, was the day our "
                                "security really improved."
                            ),
                            "attribution": "A chief information security officer at a "
                            "national revenue authority",
                        }),
                        ("heading", "Practical measures"),
                        ("text", (
                            "<ul>"
                            "<li>Short, regular training linked to real examples, instead of "
                            "one long annual course.</li>"
                            "<li>Phishing simulations used for learning, never for public "
                            "blame or punishment.</li>"
                            "<li>A single, easy way to report a suspicious message, such as a "
                            "button in the email program.</li>"
                            "<li>Senior leaders who follow the same rules, including MFA.</li>"
                            "<li>Public thanks for people whose reports stopped an "
                            "attack.</li>"
                            "</ul>"
                            "<p>Pay special attention to staff who handle money or "
                            "sensitive data. Attackers often pose as a senior official or a "
                            "supplier and ask urgently for a payment or a change of bank "
                            "details. A simple rule helps: confirm every such request by "
                            "calling a known number, never the one in the message. Make sure "
                            "that senior officials support staff who pause to check, even "
                            "when the request seems to come from them.</p>"
                        )),
                        ("knowledge_check", {
                            "question": (
                                "An employee clicked a link in a phishing email and reported "
                                "it straight away. What is the best response?"
                            ),
                            "options": [
                                {
                                    "text": "Issue a formal warning so that others are "
                                    "more careful",
                                    "correct": False,
                                    "feedback": "Punishment teaches staff to hide mistakes, "
                                    "which gives attackers more time.",
                                },
                                {
                                    "text": "Thank them, act on the report and share the "
                                    "lesson without naming them",
                                    "correct": True,
                                    "feedback": "Correct. Fast reporting limits damage, and "
                                    "thanks encourages others to report too.",
                                },
                                {
                                    "text": "Ignore it, since nothing bad seems to have "
                                    "happened",
                                    "correct": False,
                                    "feedback": "Attackers may already be active. Every "
                                    "report needs checking.",
                                },
                            ],
                        }),
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------
        {
            "slug": "detect-respond-recover",
            "title": "Detection, Response and Recovery",
            "summary": "Prepare for incidents, lead the response, and recover stronger than "
            "before.",
            "lessons": [
                {
                    "slug": "first-hours-of-an-incident",
                    "title": "The First Hours of an Incident",
                    "summary": "Know who does what, and which decisions matter most, when an "
                    "incident begins.",
                    "minutes": 20,
                    "body": [
                        ("text", (
                            "<p>An incident response plan is written before it is needed. It "
                            "names the incident lead, the technical team, the communications "
                            "officer, the legal adviser and the senior official who makes "
                            "major decisions. It lists contacts for the national computer "
                            "security incident response team (CSIRT), key suppliers and the "
                            "data protection authority.</p>"
                        )),
                        ("video", {
                            "title": "Leading the first hours of a cyber incident",
                            "duration_minutes": 5,
                            "transcript": (
                                "<p>Hello. Let's talk about the first hours of a cyber "
                                "incident, because the decisions you make then shape "
                                "everything that follows.</p>"
                                "<p>Imagine it is Monday morning. Staff report that files on "
                                "the shared drive have strange names and will not open. What "
                                "do you do?</p>"
                                "<p>First, stay calm and activate the plan. Call the incident "
                                "lead and open an incident log. Write down every action and "
                                "every decision, with the time.</p>"
                                "<p>Second, contain the damage. Disconnect affected machines "
                                "from the network, but do not switch them off, because "
                                "evidence in memory can help investigators. Disable accounts "
                                "that may be compromised.</p>"
                                "<p>Third, get help. Contact your national CSIRT early. They "
                                "may have seen the same attacker elsewhere that week, and "
                                "they can help you much faster if they know quickly.</p>"
                                "<p>Fourth, protect your backups. Make sure attackers cannot "
                                "reach them, because backups are your route back.</p>"
                                "<p>Fifth, communicate. Tell leadership what you know and "
                                "what you do not know yet. Prepare a short, honest public "
                                "message if services are affected. Check whether the law "
                                "requires you to notify the data protection authority "
                                "within a set time.</p>"
                                "<p>And finally, use a separate channel, such as phones, "
                                "because attackers may be reading your email. Thank you.</p>"
                            ),
                        }),
                        ("callout", {
                            "kind": "tip",
                            "title": "Keep the plan on paper too",
                            "text": (
                                "<p>If your network is down, you cannot open a plan stored "
                                "on it. Keep printed copies of the plan and contact list in "
                                "a safe place known to the response team.</p>"
                            ),
                        }),
                        ("knowledge_check", {
                            "question": (
                                "Ransomware is spreading on several computers. What should "
                                "you do with the affected machines?"
                            ),
                            "options": [
                                {
                                    "text": "Switch them off immediately",
                                    "correct": False,
                                    "feedback": "Switching off can destroy evidence held in "
                                    "memory. Isolate them instead.",
                                },
                                {
                                    "text": "Disconnect them from the network but leave them "
                                    "running",
                                    "correct": True,
                                    "feedback": "Correct. Isolation stops the spread and keeps "
                                    "evidence for investigators.",
                                },
                                {
                                    "text": "Pay the ransom to unlock them quickly",
                                    "correct": False,
                                    "feedback": "Payment does not guarantee recovery and "
                                    "funds further attacks. Many governments refuse to pay.",
                                },
                            ],
                        }),
                    ],
                },
                {
                    "slug": "lessons-from-national-incidents",
                    "title": "Lessons from National Incidents",
                    "summary": "Study two well-documented national incidents and what they "
                    "teach about preparation.",
                    "minutes": 20,
                    "body": [
                        ("text", (
                            "<p>Some cyber incidents affect not just one institution but a "
                            "whole country. Studying them helps leaders see why cybersecurity "
                            "is a matter of national resilience, not only a technical "
                            "issue.</p>"
                        )),
                        ("case_study", {
                            "title": "Coordinated attacks on a digital society",
                            "country": "Estonia",
                            "context": (
                                "<p>By 2007, Estonia already relied heavily on online "
                                "services for government, banking and news.</p>"
                            ),
                            "challenge": (
                                "<p>In April and May 2007, during a political dispute over "
                                "moving a Soviet-era war memorial, government websites, "
                                "banks and media were hit by waves of denial-of-service "
                                "attacks and website defacements.</p>"
                            ),
                            "approach": (
                                "<p>The national CSIRT worked with internet providers, banks "
                                "and international partners to filter traffic and keep key "
                                "services running.</p>"
                            ),
                            "outcome": (
                                "<p>Services were disrupted but recovered. Estonia then "
                                "strengthened national cyber coordination, and in 2008 a "
                                "NATO cyber defence centre of excellence opened in "
                                "Tallinn.</p>"
                            ),
                            "questions": [
                                "Who in your country would coordinate banks, telecom "
                                "operators and ministries during a similar attack?",
                            ],
                        }),
                        ("case_study", {
                            "title": "Ransomware disrupts core state functions",
                            "country": "Costa Rica",
                            "context": (
                                "<p>Like many countries, Costa Rica ran important functions "
                                "such as tax and customs on digital systems.</p>"
                            ),
                            "challenge": (
                                "<p>In April 2022, a ransomware group attacked several "
                                "government institutions, starting with the Ministry of "
                                "Finance. Tax and customs systems were disrupted and stolen "
                                "data was published. A separate attack soon hit the social "
                                "security fund, which runs much of the health system.</p>"
                            ),
                            "approach": (
                                "<p>The new government declared a national emergency in May "
                                "2022, refused to pay, and worked with international "
                                "partners to restore systems. Some processes returned to "
                                "paper for a time.</p>"
                            ),
                            "outcome": (
                                "<p>Some services took weeks or longer to recover. The case "
                                "is widely cited as proof that ransomware is a national risk, "
                                "not just an IT problem.</p>"
                            ),
                            "questions": [
                                "Which of your services could run on paper for two weeks?",
                                "Who has the authority to declare an emergency?",
                            ],
                        }),
                        ("text", (
                            "<p>Both cases show the same lessons. Coordination across "
                            "institutions matters as much as technical skill. Decisions such "
                            "as whether to pay a ransom, or when to declare an emergency, "
                            "must be settled at the highest level. And countries that "
                            "prepare manual fallbacks and partnerships in advance recover "
                            "faster.</p>"
                        )),
                    ],
                },
                {
                    "slug": "recovery-and-exercises",
                    "title": "Recovery, Exercises and Learning",
                    "summary": "Make sure you can restore services, practise your response, and "
                    "learn from every incident.",
                    "minutes": 20,
                    "body": [
                        ("text", (
                            "<p>Recovery depends on preparation. Keep at least three copies "
                            "of important data, on two different types of storage, with one "
                            "copy offline or otherwise out of reach of attackers. A backup "
                            "you have never restored is only a hope, so test restores "
                            "regularly and time them.</p>"
                            "<p>Agree recovery priorities in advance. Which service must "
                            "return first: payroll, the hospital booking system or the "
                            "public website? Rebuild systems from clean sources, and change "
                            "all passwords, so that attackers cannot simply return.</p>"
                        )),
                        ("heading", "Practise before the real thing"),
                        ("text", (
                            "<p>A tabletop exercise brings decision makers together to walk "
                            "through a realistic scenario, step by step, in two or three "
                            "hours. It reveals gaps such as missing contacts, unclear "
                            "authority or untested backups, at very low cost. Run one at "
                            "least once a year and include your communications team and "
                            "key suppliers.</p>"
                            "<p>A good first scenario is simple: a ransomware attack on a "
                            "Friday evening that stops one important service. Ask the group "
                            "who decides, who they call, what they tell the public on Saturday "
                            "morning, and how long the service could run without its "
                            "system.</p>"
                            "<p>After every incident or exercise, hold a short review without "
                            "blame. Record what worked, what did not, and who will fix each "
                            "gap by when.</p>"
                        )),
                        ("document", {
                            "title": "Incident response quick-reference checklist",
                            "description": "A one-page checklist to print and keep with your "
                            "incident response plan.",
                            "lines": [
                                "INCIDENT RESPONSE QUICK-REFERENCE CHECKLIST",
                                "",
                                "1. Activate the plan and name the incident lead.",
                                "2. Open an incident log: time, action, decision, person.",
                                "3. Isolate affected systems; do not switch them off.",
                                "4. Disable accounts that may be compromised.",
                                "5. Protect backups from any further access.",
                                "6. Contact the national CSIRT and key suppliers.",
                                "7. Brief leadership: known facts, unknowns, next steps.",
                                "8. Check legal duties to notify within set deadlines.",
                                "9. Use a separate channel if email may be compromised.",
                                "10. Prepare an honest public message if services stop.",
                                "11. Restore in agreed priority order from clean sources.",
                                "12. Hold a no-blame review and assign every fix.",
                            ],
                        }),
                    ],
                },
            ],
        },
    ],
}
