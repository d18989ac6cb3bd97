"""Course: AI Innovation and Governance."""

COURSE = {
    "slug": "ai-innovation-and-governance",
    "title": "AI Innovation and Governance",
    "summary": (
        "A practical course for public officials on using artificial intelligence to improve "
        "public services, while managing its risks through sound policy, procurement and "
        "oversight."
    ),
    "level": "intermediate",
    "language": "en",
    "estimated_hours": 6,
    "topics": ["AI governance", "Policy and regulation", "Data governance"],
    "learning_outcomes": [
        "Explain in plain terms what current AI systems can and cannot do, and why this "
        "matters for public decisions.",
        "Identify public service tasks where AI is likely to add value, and tasks where it "
        "should not decide alone.",
        "Compare policy instruments for AI, from voluntary guidance to binding law, and choose "
        "a mix that suits your country.",
        "Apply a risk-based approach to classify AI uses and set proportionate safeguards.",
        "Write procurement and oversight requirements that keep your institution accountable "
        "for the AI systems it uses.",
    ],
    "instructors": [
        {
            "full_name": "Dr. Ines Valdera",
            "email": "ines.valdera@academy.example",
            "title": "Lead Instructor, AI Policy and Regulation",
        },
        {
            "full_name": "Samuel Adjei-Brandt",
            "email": "samuel.adjei-brandt@academy.example",
            "title": "Former Chief Data Officer, Ministry of Public Service",
        },
    ],
    "modules": [
        # ------------------------------------------------------------------ Module 1
        {
            "slug": "understanding-ai",
            "title": "Understanding AI for Public Policy",
            "summary": "What AI is, where it can help public services, and what can go wrong.",
            "lessons": [
                {
                    "slug": "what-ai-is-and-is-not",
                    "title": "What AI is, and what it is not",
                    "summary": "A plain introduction to how modern AI systems work and fail.",
                    "minutes": 15,
                    "body": [
                        (
                            "text",
                            "<p>Artificial intelligence, or AI, is a broad name for computer "
                            "systems that do tasks we usually link with human thinking: "
                            "recognising speech, sorting documents, finding patterns or "
                            "writing text. Most AI in use today is <b>machine learning</b>. "
                            "Instead of following rules written by a programmer, a machine "
                            "learning system learns patterns from many examples, called "
                            "<i>training data</i>, and then applies those patterns to new "
                            "cases.</p>"
                            "<p>This simple idea has a big consequence for government. An AI "
                            "system is only as good as the examples it learned from. If past "
                            "records are incomplete, out of date or unfair, the system will "
                            "repeat those problems, often at great speed and scale.</p>",
                        ),
                        ("heading", "Three kinds of AI you will meet"),
                        (
                            "text",
                            "<ul>"
                            "<li><b>Predictive systems</b> estimate a score or a category, for "
                            "example the risk that a tax return contains errors, or the likely "
                            "demand for hospital beds next month.</li>"
                            "<li><b>Perception systems</b> read images, sound or handwriting, "
                            "for example turning scanned land records into searchable "
                            "text.</li>"
                            "<li><b>Generative systems</b> produce new text, images or code on "
                            "request, for example drafting a first reply to a citizen's "
                            "letter.</li>"
                            "</ul>"
                            "<p>Each kind fails in its own way. A predictive model can be "
                            "confidently wrong about groups that were rare in its data. A "
                            "perception system may work well on clear scans and badly on old, "
                            "damaged paper. A generative system can write fluent sentences "
                            "that are simply false.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "note",
                                "title": "AI does not understand your context",
                                "text": (
                                    "<p>AI systems find statistical patterns. They do not know "
                                    "your laws, your citizens or your local conditions unless "
                                    "that knowledge is in their data or instructions. Human "
                                    "judgement stays necessary, above all when a decision "
                                    "affects a person's rights, income or safety.</p>"
                                ),
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": (
                                    "A ministry wants a machine learning system to flag "
                                    "pension payments that are likely to be late. What should "
                                    "it check first?"
                                ),
                                "options": [
                                    {
                                        "text": "Whether the vendor is well known "
                                        "internationally",
                                        "correct": False,
                                        "feedback": (
                                            "Reputation can help, but it says little about "
                                            "how the system will perform on your own pension "
                                            "records."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Whether the past records the system will learn "
                                            "from are complete and representative"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Correct. The system learns from past examples, "
                                            "so gaps or bias in those records become gaps or "
                                            "bias in its results."
                                        ),
                                    },
                                    {
                                        "text": "Whether the system can also write text",
                                        "correct": False,
                                        "feedback": (
                                            "Writing text is a different capability and does "
                                            "not help with flagging late payments."
                                        ),
                                    },
                                ],
                            },
                        ),
                    ],
                },
                {
                    "slug": "where-ai-helps-public-services",
                    "title": "Where AI can help public services",
                    "summary": "How to recognise tasks where AI adds real value.",
                    "minutes": 20,
                    "body": [
                        (
                            "text",
                            "<p>AI is a tool, not a strategy. The best starting point is a "
                            "real problem that your institution already struggles with, not a "
                            "wish to use AI for its own sake. Good candidates share three "
                            "features: the task is repeated many times, there is reliable data "
                            "about it, and a mistake can be noticed and corrected before it "
                            "harms someone.</p>"
                            "<p>Common examples in public administration include sorting and "
                            "routing letters and complaints, translating information into "
                            "local languages, spotting unusual patterns in procurement or tax "
                            "data, forecasting demand for services, and helping staff search "
                            "large collections of laws and circulars.</p>"
                            "<p>Less suitable are tasks where data is scarce, where the rules "
                            "change often, or where one wrong answer could deny someone a "
                            "basic right. There, AI can still support staff, but it should not "
                            "decide alone.</p>",
                        ),
                        (
                            "image",
                            {
                                "caption": (
                                    "A simple path from a public service problem to an "
                                    "AI-supported decision, with human review before action."
                                ),
                                "labels": [
                                    "Define the problem",
                                    "Check the data",
                                    "Run a small pilot",
                                    "Review results with staff",
                                    "Scale up or stop",
                                ],
                            },
                        ),
                        (
                            "case_study",
                            {
                                "title": "Routing citizen complaints faster",
                                "country": "Composite case drawn from several ministries",
                                "context": (
                                    "<p>A national complaints portal received thousands of "
                                    "messages each month. Staff read each one by hand and "
                                    "forwarded it to one of about forty agencies. Messages "
                                    "often waited several days before reaching the right "
                                    "office.</p>"
                                ),
                                "challenge": (
                                    "<p>Many messages mixed languages and used informal "
                                    "spelling. Some described urgent matters, such as threats "
                                    "to safety, that were buried in the queue.</p>"
                                ),
                                "approach": (
                                    "<p>The team trained a classification model on two years "
                                    "of past messages that staff had already routed. The model "
                                    "suggested an agency and flagged possible urgent cases. "
                                    "Staff confirmed or corrected each suggestion, and every "
                                    "correction was saved to improve the next version.</p>"
                                ),
                                "outcome": (
                                    "<p>Routing became faster and staff could spend more time "
                                    "on difficult cases. The team also found that messages in "
                                    "one minority language were often misrouted, because they "
                                    "were rare in the training data. They collected more "
                                    "examples and kept a full human check for that "
                                    "language.</p>"
                                ),
                                "questions": [
                                    "Why did it matter that staff confirmed each suggestion "
                                    "instead of letting the model route messages alone?",
                                    "Which groups of users in your own services might be "
                                    "under-represented in historical data?",
                                ],
                            },
                        ),
                    ],
                },
                {
                    "slug": "understanding-the-risks",
                    "title": "Understanding the risks",
                    "summary": "Five common risks of AI in government and how to spot them.",
                    "minutes": 15,
                    "body": [
                        (
                            "text",
                            "<p>Every AI system carries risks. Naming them clearly helps you "
                            "manage them instead of fearing them. Five risks appear again and "
                            "again in public sector projects:</p>"
                            "<ol>"
                            "<li><b>Bias and unfair treatment.</b> The system works worse for "
                            "some groups, such as women, rural residents or speakers of "
                            "minority languages.</li>"
                            "<li><b>Errors that look certain.</b> Outputs appear precise even "
                            "when they are wrong, and busy staff may accept them without "
                            "checking.</li>"
                            "<li><b>Privacy harm.</b> Personal data is collected, combined or "
                            "shared beyond what people expected or the law allows.</li>"
                            "<li><b>Loss of accountability.</b> No one can explain why a "
                            "decision was made, so citizens cannot challenge it.</li>"
                            "<li><b>Dependence on one supplier.</b> The institution cannot "
                            "inspect, change or leave a system it relies on.</li>"
                            "</ol>"
                            "<p>These risks are not reasons to avoid AI. They are a list of "
                            "questions to answer before and after a system goes live. For "
                            "each one, ask who would notice the problem first, who would be "
                            "harmed, and who has the power to fix it. If nobody can answer, "
                            "the system is not ready. Write the answers down, and review them "
                            "whenever the system, its data or its users change.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Automation bias",
                                "text": (
                                    "<p>People tend to trust a computer's answer more than "
                                    "their own judgement, especially under time pressure. If "
                                    "staff must review hundreds of AI decisions a day, the "
                                    "review can become a formality. Make human checks real: "
                                    "give reviewers time, training and the authority to "
                                    "disagree with the system.</p>"
                                ),
                            },
                        ),
                        (
                            "quote",
                            {
                                "text": (
                                    "The hardest question was not whether the model was "
                                    "accurate. It was who would answer to a citizen when it "
                                    "was wrong."
                                ),
                                "attribution": (
                                    "A director of digital services in a social protection "
                                    "agency"
                                ),
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": "Which situation is the clearest sign of "
                                "automation bias?",
                                "options": [
                                    {
                                        "text": (
                                            "A reviewer approves 300 AI recommendations in an "
                                            "hour and has never rejected one."
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Correct. Approving almost everything at high "
                                            "speed suggests the human check has become a "
                                            "formality."
                                        ),
                                    },
                                    {
                                        "text": "A team tests a model on last year's data "
                                        "before using it.",
                                        "correct": False,
                                        "feedback": (
                                            "Testing on historical data is good practice, not "
                                            "a sign of automation bias."
                                        ),
                                    },
                                    {
                                        "text": "A citizen asks for an explanation of a "
                                        "decision.",
                                        "correct": False,
                                        "feedback": (
                                            "Asking for an explanation is a healthy part of "
                                            "accountability."
                                        ),
                                    },
                                ],
                            },
                        ),
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------ Module 2
        {
            "slug": "principles-and-policy-tools",
            "title": "Principles and Policy Tools",
            "summary": "How to turn broad AI principles into rules, guidance and institutions.",
            "lessons": [
                {
                    "slug": "from-principles-to-practice",
                    "title": "From principles to practice",
                    "summary": "Why principles alone are not enough, and how to make them "
                    "concrete.",
                    "minutes": 20,
                    "body": [
                        (
                            "text",
                            "<p>Many governments and international organisations have "
                            "published AI principles. The wording varies, but most lists share "
                            "the same core ideas: AI should respect human rights, be fair, be "
                            "safe and secure, be transparent and explainable, protect privacy, "
                            "and have clear human accountability.</p>"
                            "<p>Principles are useful because they give everyone a shared "
                            "language. On their own, however, they change little. A principle "
                            "such as <i>be transparent</i> does not tell an official what to "
                            "publish, to whom, or when. The work of governance is to translate "
                            "each principle into concrete duties, processes and checks.</p>",
                        ),
                        ("heading", "Ask the Monday morning question"),
                        (
                            "text",
                            "<p>For each principle, ask: <i>what would someone have to do "
                            "differently on Monday morning?</i> Transparency might become a "
                            "public register of AI systems used by government. Accountability "
                            "might become a named senior official for each system. Fairness "
                            "might become a required test of results across regions and "
                            "genders before launch.</p>",
                        ),
                        (
                            "video",
                            {
                                "title": "Turning principles into duties",
                                "duration_minutes": 6,
                                "transcript": (
                                    "<p>Hello, and welcome back. In this short talk I want to "
                                    "show you how a broad principle becomes a rule that people "
                                    "can actually follow.</p>"
                                    "<p>Let's take transparency. Almost every national AI "
                                    "strategy mentions it. But ask ten officials what it means "
                                    "and you will get ten answers. So we break it into three "
                                    "questions. First, transparent to whom? To the citizen "
                                    "affected, to an auditor, or to the whole public? Second, "
                                    "transparent about what? That the system exists, how it "
                                    "works, or why it reached one particular decision? Third, "
                                    "who must provide that information, and by when?</p>"
                                    "<p>Once you answer these questions, the principle turns "
                                    "into duties. For example: every ministry must list its AI "
                                    "systems in a public register within three months of "
                                    "starting to use them. Every letter that reports an "
                                    "automated decision must say so, and must explain how to "
                                    "ask for a human review.</p>"
                                    "<p>Notice that these duties can be checked. An auditor "
                                    "can open the register. A citizen can read the letter. "
                                    "That is the test of good governance: can someone verify "
                                    "that it happened? In the next lesson we will look at the "
                                    "different tools you can use to create duties like "
                                    "these.</p>"
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "choosing-policy-instruments",
                    "title": "Choosing the right policy instrument",
                    "summary": "From guidelines to laws: the tools governments use to shape AI.",
                    "minutes": 20,
                    "body": [
                        (
                            "text",
                            "<p>Governments have many tools for shaping how AI is developed "
                            "and used. They range from soft to hard:</p>"
                            "<ul>"
                            "<li><b>Strategies and guidelines</b> set direction and "
                            "expectations but are not legally binding.</li>"
                            "<li><b>Technical standards</b> describe how to test, document or "
                            "secure a system. They are often voluntary, but a contract or a "
                            "law can make them required.</li>"
                            "<li><b>Procurement rules</b> use the government's buying power to "
                            "require good practice from suppliers.</li>"
                            "<li><b>Regulatory sandboxes</b> let companies test new products "
                            "under supervision, with some rules relaxed for a limited "
                            "time.</li>"
                            "<li><b>Laws and regulations</b> create binding duties with "
                            "penalties, usually with a regulator to enforce them.</li>"
                            "</ul>"
                            "<p>Remember that existing laws already apply to AI. Data "
                            "protection, consumer protection, anti-discrimination and "
                            "administrative law cover many AI harms. Before drafting anything "
                            "new, map what these laws already require and where the real gaps "
                            "are.</p>"
                            "<p>Most countries use a mix of tools. The right mix depends on "
                            "your institutions: a law is only as strong as the body that "
                            "enforces it, and guidance only works if people are trained to "
                            "follow it.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Start with what you control",
                                "text": (
                                    "<p>If a new AI law will take years, begin with the "
                                    "government's own use of AI. Internal rules for "
                                    "ministries, procurement requirements and a public "
                                    "register can be adopted quickly, and they build "
                                    "experience for later legislation.</p>"
                                ),
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": (
                                    "A country has a strong data protection law but no "
                                    "AI-specific law. A ministry wants to act within six "
                                    "months. Which step is most realistic?"
                                ),
                                "options": [
                                    {
                                        "text": "Draft a full AI act and wait for parliament "
                                        "to pass it",
                                        "correct": False,
                                        "feedback": (
                                            "A law may be needed later, but it rarely passes "
                                            "in six months and does not help the ministry "
                                            "act now."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Adopt internal guidance and procurement "
                                            "requirements for its own AI systems, applying "
                                            "the existing data protection law"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Correct. This uses tools the ministry controls "
                                            "and builds on a law that already exists."
                                        ),
                                    },
                                    {
                                        "text": "Ban all use of AI until a law is passed",
                                        "correct": False,
                                        "feedback": (
                                            "A blanket ban gives up real benefits and is hard "
                                            "to enforce, because AI is already built into "
                                            "many common products."
                                        ),
                                    },
                                ],
                            },
                        ),
                    ],
                },
                {
                    "slug": "risk-based-approaches",
                    "title": "Risk-based approaches",
                    "summary": "Matching the strength of safeguards to the potential for harm.",
                    "minutes": 20,
                    "body": [
                        (
                            "text",
                            "<p>Not every AI system needs the same level of control. A tool "
                            "that suggests spelling corrections carries little risk. A system "
                            "that helps decide who receives social benefits carries a great "
                            "deal. A <b>risk-based approach</b> matches the strength of the "
                            "safeguards to the potential for harm.</p>"
                            "<p>A common method is to sort uses into tiers. At the top are "
                            "uses judged unacceptable, which are prohibited. Below them are "
                            "high-risk uses, allowed only with strong safeguards such as "
                            "testing, documentation, human oversight and registration. Lower "
                            "tiers carry lighter duties, such as telling people that they are "
                            "dealing with a machine.</p>"
                            "<p>To place a use in a tier, look at who is affected, how serious "
                            "and how reversible a mistake would be, and whether people can "
                            "easily challenge the result. The same technology can sit in "
                            "different tiers: face recognition to unlock a phone is not the "
                            "same as face recognition in a police investigation.</p>",
                        ),
                        (
                            "image",
                            {
                                "caption": (
                                    "Sorting AI uses into risk tiers, with safeguards that "
                                    "grow as the potential for harm grows."
                                ),
                                "labels": [
                                    "Unacceptable: prohibited",
                                    "High risk: strict safeguards",
                                    "Limited risk: transparency duties",
                                    "Minimal risk: no extra rules",
                                ],
                            },
                        ),
                        (
                            "case_study",
                            {
                                "title": "A risk-based law for a large regional market",
                                "country": "European Union",
                                "context": (
                                    "<p>The European Union adopted its Artificial "
                                    "Intelligence Act in 2024. It applies across all member "
                                    "states and reaches any organisation that offers AI "
                                    "systems in the EU market, including companies based "
                                    "elsewhere.</p>"
                                ),
                                "challenge": (
                                    "<p>Lawmakers wanted rules that protect fundamental rights "
                                    "without blocking useful, low-risk applications, and that "
                                    "could adapt as the technology changes.</p>"
                                ),
                                "approach": (
                                    "<p>The law sorts AI uses by risk. A small number of "
                                    "practices are banned. Uses in sensitive areas, such as "
                                    "access to public services, employment and education, are "
                                    "treated as high risk and must meet duties on data "
                                    "quality, documentation, human oversight and accuracy. "
                                    "Many other systems face only transparency duties or none "
                                    "at all. The obligations take effect in stages over "
                                    "several years.</p>"
                                ),
                                "outcome": (
                                    "<p>The law has become a common reference point in "
                                    "international discussion. Countries outside the EU study "
                                    "it, but many note that its detailed compliance duties "
                                    "assume strong regulators and a large market, which not "
                                    "every country has.</p>"
                                ),
                                "questions": [
                                    "Which AI uses in your country would you place in the "
                                    "high-risk tier, and why?",
                                    "Which parts of this model could your institutions "
                                    "enforce today, and what would need to be built first?",
                                ],
                            },
                        ),
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------ Module 3
        {
            "slug": "governing-ai-in-practice",
            "title": "Governing AI in Your Institution",
            "summary": "Procurement, impact assessment, oversight and the skills to make "
            "them work.",
            "lessons": [
                {
                    "slug": "buying-ai-responsibly",
                    "title": "Buying AI responsibly",
                    "summary": "Using procurement to keep control of AI systems you buy.",
                    "minutes": 20,
                    "body": [
                        (
                            "text",
                            "<p>Most governments will buy AI rather than build it. This makes "
                            "procurement one of the strongest governance tools you have. The "
                            "contract decides what you can inspect, what happens to your data, "
                            "and whether you can change supplier later.</p>"
                            "<p>Problems often begin before the tender. A vague specification "
                            "such as <i>an AI solution to improve efficiency</i> invites "
                            "suppliers to sell whatever they already have. Instead, describe "
                            "the problem, the data available, the people affected and how "
                            "success will be measured. Then ask suppliers for evidence, not "
                            "promises.</p>"
                            "<p>Where possible, test before you commit. A short, paid pilot "
                            "on your own data shows far more than a sales demonstration.</p>",
                        ),
                        ("heading", "Key clauses to include"),
                        (
                            "text",
                            "<ul>"
                            "<li><b>Data rights:</b> government data stays government "
                            "property and may not train the supplier's other products without "
                            "permission.</li>"
                            "<li><b>Testing and access:</b> the supplier must allow "
                            "independent testing on local data, before and after "
                            "launch.</li>"
                            "<li><b>Documentation:</b> the supplier must explain what the "
                            "system does, its known limits and how it was tested.</li>"
                            "<li><b>Exit:</b> data and settings can be handed over in usable "
                            "formats if the contract ends.</li>"
                            "</ul>",
                        ),
                        (
                            "document",
                            {
                                "title": "AI procurement checklist",
                                "description": (
                                    "A one-page checklist for preparing a tender or reviewing "
                                    "a contract for an AI system."
                                ),
                                "lines": [
                                    "AI PROCUREMENT CHECKLIST",
                                    "1. Problem: what task, for whom, and how will success be "
                                    "measured?",
                                    "2. Data: what data will the system use, who owns it, and "
                                    "is its use lawful?",
                                    "3. People affected: who could be harmed by an error, and "
                                    "how will they be told?",
                                    "4. Evidence: has the supplier shown test results on data "
                                    "like ours?",
                                    "5. Fairness: will results be checked by gender, region "
                                    "and language?",
                                    "6. Human oversight: who reviews outputs, and can they "
                                    "overrule the system?",
                                    "7. Security: how are the data and system protected from "
                                    "attack and misuse?",
                                    "8. Audit: can we, or an independent body, test the "
                                    "system?",
                                    "9. Exit: can we take our data and move to another "
                                    "supplier?",
                                    "10. Accountability: which named official is responsible?",
                                ],
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Bring in procurement staff early",
                                "text": (
                                    "<p>Procurement officers know the rules but may be new to "
                                    "AI. Involve them from the start, and ask data protection "
                                    "and legal colleagues to review the specification "
                                    "together with them.</p>"
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "impact-assessment-and-oversight",
                    "title": "Impact assessment and oversight",
                    "summary": "Finding and fixing problems before and after an AI system "
                    "goes live.",
                    "minutes": 20,
                    "body": [
                        (
                            "text",
                            "<p>An <b>algorithmic impact assessment</b> is a structured review "
                            "done before a system is used, and repeated during its life. It "
                            "asks who may be affected, what could go wrong, how serious that "
                            "would be, and which safeguards are in place. It works like an "
                            "environmental assessment for a new road: the aim is not to block "
                            "the project, but to find and fix problems early.</p>"
                            "<p>Oversight continues after launch. Systems drift as the world "
                            "changes: a model trained before a drought or a currency change "
                            "may stop working well. Plan regular reviews, keep logs of "
                            "decisions, and give citizens a simple way to ask a person to look "
                            "at their case again.</p>",
                        ),
                        (
                            "case_study",
                            {
                                "title": "Scoring applications for social assistance",
                                "country": "Composite case based on experience in several "
                                "countries",
                                "context": (
                                    "<p>A social protection agency introduced a scoring tool "
                                    "to rank applications for a cash transfer programme. The "
                                    "goal was to clear a large backlog and direct help to the "
                                    "poorest households first.</p>"
                                ),
                                "challenge": (
                                    "<p>After a few months, local officers reported that many "
                                    "older applicants and people in remote villages were "
                                    "scored low and rejected. Appeals rose, and the agency "
                                    "could not easily explain individual scores.</p>"
                                ),
                                "approach": (
                                    "<p>The agency paused automatic rejections and ran an "
                                    "impact assessment. It found that the model relied "
                                    "heavily on mobile phone use and registered addresses, "
                                    "which older and rural people often lacked. The team "
                                    "removed these factors, added a human review for every "
                                    "rejection, and published a plain-language explanation of "
                                    "how scores were used.</p>"
                                ),
                                "outcome": (
                                    "<p>Processing was slower than first planned, but appeals "
                                    "fell and trust improved. The agency now runs an "
                                    "assessment before any change to the model.</p>"
                                ),
                                "questions": [
                                    "Which warning signs could have revealed the problem "
                                    "earlier?",
                                    "Who in your institution has the authority to pause a "
                                    "system like this?",
                                ],
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": "When should an algorithmic impact assessment be "
                                "carried out?",
                                "options": [
                                    {
                                        "text": "Only after citizens complain",
                                        "correct": False,
                                        "feedback": (
                                            "By then harm has already happened. Assessment "
                                            "should start before launch."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Before the system is used, then at regular "
                                            "intervals and after major changes"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Correct. Risks change over time, so assessment "
                                            "is a continuing process, not a single event."
                                        ),
                                    },
                                    {
                                        "text": "Only when the system is built in-house",
                                        "correct": False,
                                        "feedback": (
                                            "Purchased systems carry the same risks and need "
                                            "the same assessment."
                                        ),
                                    },
                                ],
                            },
                        ),
                    ],
                },
                {
                    "slug": "building-capacity-and-a-roadmap",
                    "title": "Building capacity and a roadmap",
                    "summary": "Practical first steps for an institution starting to govern "
                    "AI.",
                    "minutes": 15,
                    "body": [
                        (
                            "text",
                            "<p>Good AI governance depends less on documents than on people. "
                            "An institution needs a few staff who understand data and AI well "
                            "enough to ask hard questions, and many staff who know enough to "
                            "notice when something is wrong. Building this capacity takes "
                            "time, so start now and start small.</p>"
                            "<p>You do not need to wait for a national strategy or a new "
                            "agency. A ministry can begin with the staff and budget it already "
                            "has, as long as senior leaders give the work clear support. The "
                            "steps below are realistic for most institutions within twelve "
                            "months.</p>",
                        ),
                        ("heading", "A practical first year"),
                        (
                            "text",
                            "<ol>"
                            "<li><b>Make an inventory.</b> List the AI and automated systems "
                            "already in use, including those built into purchased "
                            "software.</li>"
                            "<li><b>Name owners.</b> Give each system a responsible "
                            "official.</li>"
                            "<li><b>Agree simple rules.</b> Adopt short internal guidance on "
                            "approval, testing and human review.</li>"
                            "<li><b>Pilot with care.</b> Choose one or two low-risk, "
                            "high-value uses and share what you learn openly.</li>"
                            "<li><b>Train widely.</b> Offer short courses for managers, "
                            "lawyers and procurement staff, not only technical teams.</li>"
                            "<li><b>Connect.</b> Share lessons with other ministries, "
                            "regulators and peers in other countries.</li>"
                            "</ol>",
                        ),
                        (
                            "quote",
                            {
                                "text": (
                                    "We did not need a large AI unit to begin. We needed a "
                                    "list of what we were already using, and someone "
                                    "responsible for each item."
                                ),
                                "attribution": (
                                    "A chief information officer in a ministry of finance"
                                ),
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "note",
                                "title": "Strength in cooperation",
                                "text": (
                                    "<p>Smaller countries gain a great deal by working "
                                    "together: sharing testing methods, assessing suppliers "
                                    "jointly and building data in shared languages. "
                                    "Cooperation also gives a stronger voice when negotiating "
                                    "with large technology companies.</p>"
                                ),
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": (
                                    "Your ministry has no list of the AI systems it uses. "
                                    "What is the best first step?"
                                ),
                                "options": [
                                    {
                                        "text": "Hire a large team of data scientists",
                                        "correct": False,
                                        "feedback": (
                                            "Specialists help, but without an inventory they "
                                            "will not know where to focus."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Make an inventory of systems in use and name an "
                                            "owner for each"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Correct. You cannot govern what you cannot see, "
                                            "and each system needs someone accountable."
                                        ),
                                    },
                                    {
                                        "text": "Wait for a national AI law",
                                        "correct": False,
                                        "feedback": (
                                            "A law may come later, but systems are already "
                                            "affecting people today."
                                        ),
                                    },
                                ],
                            },
                        ),
                    ],
                },
            ],
        },
    ],
}
