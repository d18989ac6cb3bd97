"""Demo course: Digital Public Infrastructure in Practice."""

COURSE = {
    "slug": "digital-public-infrastructure",
    "title": "Digital Public Infrastructure in Practice",
    "summary": (
        "How countries build shared digital foundations such as identity, payments and data "
        "exchange, and how to govern them so that every citizen benefits. For officials who "
        "plan, fund or oversee these programmes."
    ),
    "level": "intermediate",
    "language": "en",
    "estimated_hours": 4,
    "topics": ["Digital public infrastructure", "E-government", "Digital inclusion"],
    "learning_outcomes": [
        "Explain what digital public infrastructure is and how it differs from a single "
        "government IT system.",
        "Describe the three core building blocks (digital identity, digital payments and data "
        "exchange) and how they work together in one service.",
        "Compare design choices such as open standards, open source and vendor products, and "
        "judge their long-term effects on cost and control.",
        "Identify the legal and governance safeguards that protect privacy, prevent exclusion "
        "and build public trust.",
        "Draft a first-step roadmap for a DPI project in your own institution.",
    ],
    "instructors": [
        {
            "full_name": "Dr. Amina Kourouma-Bello",
            "email": "amina.kourouma@academy.example",
            "title": "Lead Instructor, Digital Public Infrastructure",
        },
        {
            "full_name": "Rafael Quispe Andrade",
            "email": "rafael.quispe@academy.example",
            "title": "Adviser on Digital Payments and Interoperability",
        },
    ],
    "modules": [
        # ------------------------------------------------------------------
        {
            "slug": "foundations",
            "title": "Foundations of Digital Public Infrastructure",
            "summary": "What DPI is, why it matters and the principles that make it work "
            "for everyone.",
            "lessons": [
                {
                    "slug": "what-is-dpi",
                    "title": "What Makes Infrastructure Digital and Public",
                    "summary": "Understand DPI as shared foundations that many services can "
                    "build on.",
                    "minutes": 15,
                    "body": [
                        ("text", (
                            "<p>Think about a road. The government builds it once, and then "
                            "thousands of people and businesses use it for their own purposes. "
                            "A farmer takes crops to market, a bus company runs a route, a "
                            "clinic receives medicines. Nobody needs to build a private road "
                            "for each trip.</p>"
                            "<p><b>Digital public infrastructure (DPI)</b> applies the same "
                            "idea to the digital world. It is a set of shared digital systems "
                            "that many public and private services can build on. The most "
                            "common examples are a way for people to prove who they are "
                            "online, a way to send and receive money instantly, and a way for "
                            "institutions to share data safely, with the person's "
                            "consent where needed.</p>"
                        )),
                        ("heading", "DPI is not the same as a government website"),
                        ("text", (
                            "<p>Many ministries already run digital systems: a tax portal, a "
                            "land registry database, a school management system. These are "
                            "useful, but each one usually serves a single purpose. If every "
                            "ministry builds its own login, its own payment system and its own "
                            "copy of citizen records, the result is duplicated cost, "
                            "inconsistent data and citizens who must register again and "
                            "again.</p>"
                            "<p>DPI is different in three ways:</p>"
                            "<ul>"
                            "<li><b>It is reusable.</b> One identity system can support health, "
                            "social protection, banking and voter services.</li>"
                            "<li><b>It is interoperable.</b> It follows open standards, so "
                            "other systems, public and private, can connect to it.</li>"
                            "<li><b>It is governed for the public interest.</b> Clear rules "
                            "protect users, and no single company or agency controls access "
                            "for its own benefit.</li>"
                            "</ul>"
                        )),
                        ("callout", {
                            "kind": "note",
                            "title": "Public does not mean government-only",
                            "text": (
                                "<p>The word <i>public</i> describes the purpose and the rules, "
                                "not who writes the software. A DPI can be operated by a "
                                "central bank, a public agency or a regulated partnership, and "
                                "private companies often build services on top of it. What "
                                "matters is that access is fair and the rules serve "
                                "citizens.</p>"
                            ),
                        }),
                        ("quote", {
                            "text": (
                                "We stopped asking each ministry to build its own front door. "
                                "We built one strong door, one payment rail and one safe "
                                "corridor for data, and let every service use them."
                            ),
                            "attribution": "A director of digital services at a national "
                            "e-government agency",
                        }),
                        ("text", (
                            "<p>As you work through this course, keep one question in mind: "
                            "which services in your country are rebuilding the same "
                            "foundations separately, and what would change if they could "
                            "share them?</p>"
                        )),
                    ],
                },
                {
                    "slug": "core-building-blocks",
                    "title": "The Three Core Building Blocks",
                    "summary": "See how identity, payments and data exchange work together in "
                    "a single public service.",
                    "minutes": 15,
                    "body": [
                        ("text", (
                            "<p>Most discussions of DPI focus on three building blocks. Each "
                            "one solves a problem that nearly every digital service "
                            "faces.</p>"
                            "<ol>"
                            "<li><b>Digital identity</b> answers the question 'Who is this "
                            "person?' It lets someone prove their identity remotely, so that "
                            "a service can trust them without a face-to-face visit.</li>"
                            "<li><b>Digital payments</b> answer 'How does money move?' A "
                            "low-cost system that connects all providers lets a government pay "
                            "a grant into any bank or mobile wallet, and lets citizens pay "
                            "fees from any provider.</li>"
                            "<li><b>Data exchange</b> answers 'How does information travel "
                            "safely?' It lets one institution request verified data from "
                            "another, with logs and, where needed, the person's consent, "
                            "instead of asking the citizen to carry paper certificates.</li>"
                            "</ol>"
                        )),
                        ("image", {
                            "caption": "How the three building blocks support one "
                            "cash-transfer service",
                            "labels": [
                                "Citizen applies",
                                "Identity verified",
                                "Records checked by data exchange",
                                "Payment sent to any account",
                            ],
                        }),
                        ("heading", "Following one service from start to finish"),
                        ("text", (
                            "<p>Imagine a widow in a rural district applying for a monthly "
                            "social pension. Without DPI, she travels to the district office "
                            "with her identity card, her husband's death certificate and proof "
                            "of address. An officer copies the papers and sends them to the "
                            "capital. Weeks later she must return to collect cash.</p>"
                            "<p>With DPI, she can apply on a phone or with help from a local "
                            "agent. The identity system confirms who she is. The data exchange "
                            "layer asks the civil registry to confirm the death record, so "
                            "she does not carry the certificate. Once approved, the payment "
                            "system sends the pension to her mobile wallet or bank account. "
                            "The same three blocks can then serve the next programme, such as "
                            "a farmer subsidy or a student grant.</p>"
                        )),
                        ("knowledge_check", {
                            "question": (
                                "A ministry wants to stop asking applicants to bring paper "
                                "birth certificates. Which building block solves this most "
                                "directly?"
                            ),
                            "options": [
                                {
                                    "text": "Digital identity",
                                    "correct": False,
                                    "feedback": "Identity confirms who the applicant is, but "
                                    "it does not carry records held by other institutions, "
                                    "such as the civil registry.",
                                },
                                {
                                    "text": "Data exchange",
                                    "correct": True,
                                    "feedback": "Correct. Data exchange lets the ministry "
                                    "request the verified record directly from the civil "
                                    "registry, with a log of the request.",
                                },
                                {
                                    "text": "Digital payments",
                                    "correct": False,
                                    "feedback": "Payments move money. They do not move "
                                    "records between institutions.",
                                },
                            ],
                        }),
                    ],
                },
                {
                    "slug": "openness-and-interoperability",
                    "title": "Openness, Interoperability and Reuse",
                    "summary": "Learn the design principles that keep DPI affordable, flexible "
                    "and free from lock-in.",
                    "minutes": 15,
                    "body": [
                        ("text", (
                            "<p>Two countries can buy systems with the same features and end "
                            "up in very different positions ten years later. The difference "
                            "usually comes from a few early choices about openness and "
                            "interoperability.</p>"
                        )),
                        ("heading", "Four design principles"),
                        ("text", (
                            "<ul>"
                            "<li><b>Open standards and published interfaces.</b> When the "
                            "rules for connecting are public, banks, start-ups and other "
                            "agencies can build services without special deals.</li>"
                            "<li><b>Small, focused building blocks.</b> Each block should do "
                            "one job well. An identity system should verify identity; it "
                            "should not try to store every record about a person.</li>"
                            "<li><b>No vendor lock-in.</b> The government should own its data, "
                            "its interfaces and the right to change supplier. Open-source "
                            "platforms can help, but good contracts matter just as much.</li>"
                            "<li><b>Reuse before you build.</b> Before a ministry starts a new "
                            "system, ask whether an existing building block can do the "
                            "job.</li>"
                            "</ul>"
                        )),
                        ("callout", {
                            "kind": "tip",
                            "title": "Ask these questions before signing a contract",
                            "text": (
                                "<p>Who owns the source code and the data? Are the interfaces "
                                "documented and published? Can another supplier take over "
                                "maintenance? What does it cost to connect one more "
                                "institution? If the answers are unclear, the contract needs "
                                "more work.</p>"
                            ),
                        }),
                        ("text", (
                            "<p>Openness does not mean that anyone can read citizens' data. "
                            "The <i>interfaces</i> are open, so that authorised systems can "
                            "connect in a standard way. The <i>data</i> stays protected by "
                            "access rules, encryption and audit logs. People often confuse "
                            "these two ideas, so explain the difference clearly when you "
                            "present a DPI project.</p>"
                            "<p>International initiatives now publish reference "
                            "specifications for common building blocks. These give ministries "
                            "a starting point for tenders, so they do not need to design "
                            "every interface from zero.</p>"
                        )),
                        ("knowledge_check", {
                            "question": "Which choice most reduces the risk of vendor lock-in?",
                            "options": [
                                {
                                    "text": "Buying the system with the most features",
                                    "correct": False,
                                    "feedback": "Features do not protect you if you cannot "
                                    "change supplier or reach your own data.",
                                },
                                {
                                    "text": "Requiring published interfaces and government "
                                    "ownership of the data",
                                    "correct": True,
                                    "feedback": "Correct. Published interfaces and clear data "
                                    "ownership let another supplier take over or connect.",
                                },
                                {
                                    "text": "Hosting the servers inside the ministry "
                                    "building",
                                    "correct": False,
                                    "feedback": "Where the servers sit does not decide who "
                                    "controls the software, interfaces or upgrades.",
                                },
                                {
                                    "text": "Signing a longer contract with the current "
                                    "supplier",
                                    "correct": False,
                                    "feedback": "A longer contract usually increases "
                                    "dependence instead of reducing it.",
                                },
                            ],
                        }),
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------
        {
            "slug": "building-blocks-in-practice",
            "title": "Building Blocks in Practice",
            "summary": "How countries have designed identity, payment and data exchange "
            "systems, and what others can learn from them.",
            "lessons": [
                {
                    "slug": "digital-identity",
                    "title": "Digital Identity: Design Choices and Safeguards",
                    "summary": "Weigh the main design choices for a national digital identity "
                    "and the risks each one carries.",
                    "minutes": 20,
                    "body": [
                        ("text", (
                            "<p>A digital identity system lets people prove who they are when "
                            "they use services, in person or online. Every country makes "
                            "several important choices when it designs one:</p>"
                            "<ul>"
                            "<li><b>Foundational or functional?</b> A foundational ID is meant "
                            "for everyone and for general use. A functional ID, such as a "
                            "voter card or tax number, serves one purpose.</li>"
                            "<li><b>What data to collect.</b> Collect the minimum: usually "
                            "name, date of birth, a unique number and perhaps biometrics. "
                            "Extra fields such as religion or ethnicity add risk and do not "
                            "help verification.</li>"
                            "<li><b>How verification works.</b> Options include a one-time "
                            "code, a smart card, a mobile credential or a fingerprint check. "
                            "Each has different costs and failure rates.</li>"
                            "<li><b>Who may use it.</b> Which agencies and companies may "
                            "verify identity, and under what law?</li>"
                            "</ul>"
                        )),
                        ("case_study", {
                            "title": "A biometric identity number at national scale",
                            "country": "India",
                            "context": (
                                "<p>From around 2010, India introduced Aadhaar, a 12-digit "
                                "identity number linked to fingerprints, iris scans and basic "
                                "personal details, run by a dedicated public authority. "
                                "Enrolment grew to cover most residents.</p>"
                            ),
                            "challenge": (
                                "<p>Many residents, especially poor and rural people, had no "
                                "widely accepted proof of identity. This made it hard to open "
                                "a bank account, receive subsidies or get a mobile phone "
                                "connection.</p>"
                            ),
                            "approach": (
                                "<p>The authority offered online verification that banks, "
                                "telecom operators and government programmes could use. The "
                                "number was later combined with campaigns to open bank "
                                "accounts and with an instant payment system, so that benefits "
                                "could be paid directly into accounts.</p>"
                            ),
                            "outcome": (
                                "<p>The number became a base layer for many services. It also "
                                "raised serious debate about privacy, data security and people "
                                "excluded when fingerprint checks failed. Court rulings and "
                                "new rules later limited how it may be used, especially by "
                                "private companies.</p>"
                            ),
                            "questions": [
                                "Which parts of this approach depend on very large scale, and "
                                "which could work in a smaller country?",
                                "What fallback would you offer a manual worker whose "
                                "fingerprints cannot be read?",
                            ],
                        }),
                        ("callout", {
                            "kind": "warning",
                            "title": "Biometric checks can fail",
                            "text": (
                                "<p>The fingerprints of older people and manual workers are "
                                "often hard to read. Always provide another route, such as a "
                                "one-time code or a trusted officer who can confirm identity, "
                                "so that nobody loses a benefit because a machine says "
                                "no.</p>"
                            ),
                        }),
                        ("knowledge_check", {
                            "question": (
                                "Which data field should a national ID system usually avoid "
                                "collecting?"
                            ),
                            "options": [
                                {
                                    "text": "Date of birth",
                                    "correct": False,
                                    "feedback": "Date of birth helps tell people apart and is "
                                    "normally part of the minimum data set.",
                                },
                                {
                                    "text": "Ethnic group",
                                    "correct": True,
                                    "feedback": "Correct. Ethnicity does not help verify "
                                    "identity and could be misused to target people.",
                                },
                                {
                                    "text": "A unique identity number",
                                    "correct": False,
                                    "feedback": "The unique number is the core of the system. "
                                    "It lets services recognise the same person.",
                                },
                            ],
                        }),
                    ],
                },
                {
                    "slug": "interoperable-payments",
                    "title": "Instant, Interoperable Payments",
                    "summary": "Understand what a public payment rail offers and how one central "
                    "bank built it.",
                    "minutes": 20,
                    "body": [
                        ("text", (
                            "<p>In many countries, sending money from a bank to a mobile "
                            "wallet, or between two mobile operators, is slow, expensive or "
                            "impossible. For a government, this means grants paid through a "
                            "single provider, long queues on payment day and high fees. An "
                            "interoperable instant payment system solves this. Any "
                            "participating bank or provider can send money to any other, in "
                            "seconds and at low cost.</p>"
                        )),
                        ("heading", "What a good public payment rail offers"),
                        ("text", (
                            "<ul>"
                            "<li>Payments at any hour, every day, settled in seconds.</li>"
                            "<li>Simple addresses, such as a phone number, instead of long "
                            "account numbers.</li>"
                            "<li>Low or zero fees for small personal payments.</li>"
                            "<li>Open rules for joining, so that small banks, cooperatives and "
                            "fintech companies can take part.</li>"
                            "<li>Strong fraud controls and a clear process for "
                            "complaints.</li>"
                            "</ul>"
                        )),
                        ("case_study", {
                            "title": "A central bank builds an instant payment system",
                            "country": "Brazil",
                            "context": (
                                "<p>Before 2020, many Brazilians relied on cash, and bank "
                                "transfers were often slow or costly. Millions of people had "
                                "no bank account or used one rarely.</p>"
                            ),
                            "challenge": (
                                "<p>The central bank wanted more competition, lower costs and "
                                "wider access to digital payments, without favouring any "
                                "single bank or company.</p>"
                            ),
                            "approach": (
                                "<p>The Central Bank of Brazil designed and operates Pix, an "
                                "instant payment system launched in November 2020. Large "
                                "financial institutions had to join, and smaller ones could "
                                "choose to. People pay with a QR code or a simple key such as "
                                "a phone number, and transfers between individuals are "
                                "generally free.</p>"
                            ),
                            "outcome": (
                                "<p>Individuals and businesses adopted Pix very quickly, and "
                                "it became one of the most common ways to pay in the country. "
                                "Its growth also brought new scams, which required extra "
                                "fraud controls.</p>"
                            ),
                            "questions": [
                                "Which institution in your country could play the role of "
                                "neutral operator?",
                                "Why might making participation compulsory for large banks "
                                "matter?",
                            ],
                        }),
                        ("knowledge_check", {
                            "question": (
                                "Why should an instant payment system have open rules that let "
                                "small providers join?"
                            ),
                            "options": [
                                {
                                    "text": "So that people served by cooperatives and mobile "
                                    "wallets are included, and competition keeps fees low",
                                    "correct": True,
                                    "feedback": "Correct. Open participation widens reach and "
                                    "keeps the largest banks from setting high prices.",
                                },
                                {
                                    "text": "Because small providers are always more secure",
                                    "correct": False,
                                    "feedback": "Size does not guarantee security. All "
                                    "participants must meet the same security rules.",
                                },
                                {
                                    "text": "Because it removes the need for a central "
                                    "operator",
                                    "correct": False,
                                    "feedback": "A neutral operator is still needed to run "
                                    "the system and enforce its rules.",
                                },
                            ],
                        }),
                    ],
                },
                {
                    "slug": "data-exchange",
                    "title": "Data Exchange Between Institutions",
                    "summary": "Learn how institutions can share verified data safely so that "
                    "citizens are not asked twice.",
                    "minutes": 20,
                    "body": [
                        ("text", (
                            "<p>Governments already hold most of the information that "
                            "citizens are asked to bring to offices. The <b>once-only "
                            "principle</b> says that a person should give the same "
                            "information to the state only once. A data exchange layer makes "
                            "this possible without building one giant central database.</p>"
                        )),
                        ("video", {
                            "title": "How a data exchange layer works",
                            "duration_minutes": 4,
                            "transcript": (
                                "<p>Hello, and welcome. In this short video I want to show you "
                                "how a data exchange layer works, using a simple example.</p>"
                                "<p>A student applies for a scholarship. The education ministry "
                                "needs to know the family's income. In the old model, the "
                                "student goes to the tax office, gets a paper certificate, "
                                "and carries it to the ministry. That can take days.</p>"
                                "<p>With a data exchange layer, the education ministry's "
                                "system sends a request straight to the tax system. The "
                                "request is signed, so the tax system knows exactly who is "
                                "asking. It is encrypted, so nobody can read it on the way. "
                                "And it is logged, so there is a record of who asked for what, "
                                "and when.</p>"
                                "<p>Notice three important things. First, the data stays where "
                                "it is. The tax office keeps its own database. Second, access "
                                "is limited by rules. The education ministry can ask only for "
                                "the income band it needs, not the whole tax file. Third, the "
                                "logs create accountability. An auditor, and in some countries "
                                "the citizen, can check who looked at the data.</p>"
                                "<p>So when you hear 'data exchange', do not picture one big "
                                "database. Picture secure, controlled conversations between "
                                "systems that each keep their own records. Thank you.</p>"
                            ),
                        }),
                        ("case_study", {
                            "title": "A secure exchange layer for a whole state",
                            "country": "Estonia",
                            "context": (
                                "<p>After regaining independence in 1991, Estonia chose to "
                                "build much of its public administration on digital "
                                "services.</p>"
                            ),
                            "challenge": (
                                "<p>Each agency held its own databases. The country wanted "
                                "services to reuse data that already existed, without one "
                                "central database that could fail or be misused.</p>"
                            ),
                            "approach": (
                                "<p>From the early 2000s, agencies exchanged data through "
                                "X-Road, a secure exchange layer. Each agency keeps its own "
                                "data, and requests are signed, encrypted and logged. The "
                                "software is open source and is now developed jointly with "
                                "other countries, including Finland.</p>"
                            ),
                            "outcome": (
                                "<p>Most public services moved online, and the once-only "
                                "principle became part of how the state works. Several other "
                                "countries have adapted the same software.</p>"
                            ),
                            "questions": [
                                "Which two agencies in your country exchange the most paper "
                                "between them today?",
                            ],
                        }),
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------
        {
            "slug": "governance-and-delivery",
            "title": "Governance, Inclusion and Delivery",
            "summary": "Put the rules, safeguards and delivery plans in place so that DPI is "
            "trusted and reaches everyone.",
            "lessons": [
                {
                    "slug": "governance-and-trust",
                    "title": "Governance and Public Trust",
                    "summary": "Identify the safeguards that make people willing to use DPI.",
                    "minutes": 15,
                    "body": [
                        ("text", (
                            "<p>Technology is usually the easier part of DPI. The harder part "
                            "is trust. People will only use a digital identity or share data "
                            "if they believe it is safe and that they have somewhere to turn "
                            "when something goes wrong. Trust comes from clear rules, "
                            "independent oversight and honest communication.</p>"
                        )),
                        ("heading", "Safeguards to build in from day one"),
                        ("text", (
                            "<ul>"
                            "<li><b>A clear legal basis.</b> A law or regulation should say "
                            "what each system does, who runs it and who may use it.</li>"
                            "<li><b>Data protection.</b> A data protection law and an "
                            "independent regulator with real powers to investigate.</li>"
                            "<li><b>Purpose limitation.</b> Data collected for one purpose "
                            "should not be reused for another without a legal reason.</li>"
                            "<li><b>Transparency.</b> Audit logs, published statistics and, "
                            "where possible, a way for people to see who accessed their "
                            "data.</li>"
                            "<li><b>Complaints and redress.</b> A simple, free way to report "
                            "problems, for example a wrongly rejected payment, with a "
                            "deadline for a response.</li>"
                            "</ul>"
                        )),
                        ("quote", {
                            "text": (
                                "People did not ask us how the encryption worked. They asked "
                                "who could see their data and what they could do if something "
                                "went wrong. We needed clear answers to both questions before "
                                "launch."
                            ),
                            "attribution": "An official at a national data protection "
                            "authority",
                        }),
                        ("knowledge_check", {
                            "question": (
                                "A ministry plans to let private lenders verify customers "
                                "through the national ID system. What should it settle "
                                "first?"
                            ),
                            "options": [
                                {
                                    "text": "The price lenders will pay for each check",
                                    "correct": False,
                                    "feedback": "Pricing matters, but it comes after the "
                                    "legal question of whether and how lenders may use the "
                                    "system.",
                                },
                                {
                                    "text": "A legal basis stating who may verify, for what "
                                    "purpose and with what consent",
                                    "correct": True,
                                    "feedback": "Correct. Without clear rules on purpose and "
                                    "consent, private use can quickly damage public trust.",
                                },
                                {
                                    "text": "A marketing campaign to promote the service",
                                    "correct": False,
                                    "feedback": "Promotion without safeguards can increase "
                                    "risk. Settle the rules first.",
                                },
                            ],
                        }),
                        ("text", (
                            "<p>Finally, communicate early and honestly. Explain in plain "
                            "language, and in local languages, what data each system holds, "
                            "who can see it and how to complain. When a problem happens, say "
                            "so publicly and explain what you are fixing. Silence after an "
                            "incident damages trust far more than the incident itself.</p>"
                        )),
                    ],
                },
                {
                    "slug": "inclusion-by-design",
                    "title": "Inclusion by Design",
                    "summary": "Plan DPI so that people without smartphones, connectivity or "
                    "strong literacy are not left behind.",
                    "minutes": 20,
                    "body": [
                        ("text", (
                            "<p>DPI can include millions of people who were previously "
                            "invisible to the state. It can also exclude them, if it is "
                            "designed only for confident, connected users. The people most at "
                            "risk are often those who need public services most: older people, "
                            "people with disabilities, people who read little or speak a "
                            "minority language, rural residents with weak network coverage, "
                            "and women in households where the only phone belongs to a "
                            "man.</p>"
                        )),
                        ("callout", {
                            "kind": "tip",
                            "title": "Design for the hardest case",
                            "text": (
                                "<p>Test every new service with the users most likely to "
                                "struggle. If a grandmother with a basic phone in a remote "
                                "village can complete it, most other people can too.</p>"
                            ),
                        }),
                        ("case_study", {
                            "title": "Moving a cash-transfer programme to digital payments",
                            "country": "Composite case drawn from several countries",
                            "context": (
                                "<p>A social protection agency paid monthly cash grants to "
                                "poor households at collection points. Queues were long, and "
                                "some cash went missing along the way.</p>"
                            ),
                            "challenge": (
                                "<p>The agency wanted to pay grants digitally. Many recipients "
                                "had no bank account, some had no phone, and agents in rural "
                                "areas often lacked cash for withdrawals.</p>"
                            ),
                            "approach": (
                                "<p>The agency let recipients choose any provider connected to "
                                "the national payment system. It kept a cash option for one "
                                "year, trained local agents, offered a free helpline in three "
                                "languages, and moved one district at a time.</p>"
                            ),
                            "outcome": (
                                "<p>Most recipients switched within the first year. Early "
                                "districts revealed problems with agent cash supply, which "
                                "were fixed before national rollout.</p>"
                            ),
                            "questions": [
                                "Why was keeping a cash option for a year important?",
                                "What would you measure to know whether women recipients "
                                "kept control of their grants?",
                            ],
                        }),
                        ("text", (
                            "<p>Inclusion is not a single feature. It is a set of choices "
                            "made at every stage:</p>"
                            "<ul>"
                            "<li>Assisted channels, such as trained agents and help desks in "
                            "local offices.</li>"
                            "<li>Services that work offline or on a basic phone, for example "
                            "by USSD or SMS.</li>"
                            "<li>Content in local languages, with icons and voice where "
                            "literacy is low.</li>"
                            "<li>A real person to talk to when the system fails.</li>"
                            "</ul>"
                            "<p>Track who is enrolling and who is not. If some groups fall "
                            "behind, change the design rather than waiting for them to catch "
                            "up.</p>"
                        )),
                    ],
                },
                {
                    "slug": "planning-your-first-project",
                    "title": "Planning Your First DPI Project",
                    "summary": "Turn the ideas of this course into a practical first-step plan "
                    "for your institution.",
                    "minutes": 25,
                    "body": [
                        ("text", (
                            "<p>Large DPI programmes often fail because they try to do "
                            "everything at once. A better path is to start with one valuable "
                            "service, build or reuse the building blocks it needs, and expand "
                            "from there. Each success makes the next project easier and "
                            "cheaper.</p>"
                        )),
                        ("heading", "Five steps to get started"),
                        ("text", (
                            "<ol>"
                            "<li><b>Pick one service</b> that many people use and that "
                            "currently causes pain, such as a birth registration or a benefit "
                            "payment.</li>"
                            "<li><b>Map the journey.</b> List every document, visit and "
                            "payment a citizen needs today.</li>"
                            "<li><b>Check what exists.</b> Which identity, payment or data "
                            "systems could you reuse instead of building new ones?</li>"
                            "<li><b>Agree the rules.</b> Confirm the legal basis, data "
                            "protection and complaint process before launch.</li>"
                            "<li><b>Pilot, measure and improve.</b> Start in one area, track "
                            "completion rates and complaints, and fix problems before "
                            "scaling.</li>"
                            "</ol>"
                        )),
                        ("document", {
                            "title": "DPI project readiness checklist",
                            "description": "A one-page checklist to review with your team "
                            "before you start a DPI project.",
                            "lines": [
                                "DPI PROJECT READINESS CHECKLIST",
                                "",
                                "1. Service: Which single service will we improve first?",
                                "2. Users: Who uses it today, and who struggles most?",
                                "3. Journey: Which documents and visits can we remove?",
                                "4. Reuse: Which identity, payment or data systems exist?",
                                "5. Interfaces: Are they documented and open to connect?",
                                "6. Law: Is there a clear legal basis for the data we use?",
                                "7. Privacy: Is the data protection authority involved?",
                                "8. Inclusion: What assisted and offline channels exist?",
                                "9. Complaints: How do people report and fix problems?",
                                "10. Contracts: Do we own the data and interfaces?",
                                "11. Pilot: Where will we test first, and for how long?",
                                "12. Measures: How will we know the service improved?",
                            ],
                        }),
                        ("text", (
                            "<p>Download the checklist and fill it in for one service in your "
                            "institution. Share it with a colleague from another ministry. "
                            "You will often find that they are planning to build the same "
                            "foundation you need.</p>"
                            "<p>Before you present the plan to senior leaders, prepare one "
                            "clear sentence on the benefit for citizens, such as 'Parents "
                            "will register a birth in one visit instead of three.' Leaders "
                            "and the public remember outcomes, not system names.</p>"
                        )),
                    ],
                },
            ],
        },
    ],
}
