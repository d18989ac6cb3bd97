"""Course: Building the Digital Economy."""

COURSE = {
    "slug": "digital-economy",
    "title": "Building the Digital Economy",
    "summary": (
        "An introduction for public officials to the foundations of a digital economy, from "
        "connectivity and digital payments to trust, skills and small business growth, with a "
        "focus on including everyone."
    ),
    "level": "foundation",
    "language": "en",
    "estimated_hours": 5,
    "topics": ["Digital economy", "Digital inclusion", "Digital public infrastructure"],
    "learning_outcomes": [
        "Explain what the digital economy is and why it matters for jobs, services and growth "
        "in your country.",
        "Describe the main building blocks of a digital economy and how they depend on each "
        "other.",
        "Assess your country's starting point using simple indicators that already exist.",
        "Identify the barriers that keep people and small businesses offline, and policies "
        "that reduce them.",
        "Outline the key steps in preparing a practical national digital economy strategy.",
    ],
    "instructors": [
        {
            "full_name": "Dr. Farida Osei-Mendes",
            "email": "farida.osei-mendes@academy.example",
            "title": "Senior Economist and Lead Instructor, Digital Economy",
        },
        {
            "full_name": "Pablo Ruiz-Tembo",
            "email": "pablo.ruiz-tembo@academy.example",
            "title": "Adviser on Financial Inclusion and Digital Payments",
        },
    ],
    "modules": [
        # ------------------------------------------------------------------ Module 1
        {
            "slug": "understanding-the-digital-economy",
            "title": "Understanding the Digital Economy",
            "summary": "What the digital economy is, what it is built on, and how to measure it.",
            "lessons": [
                {
                    "slug": "what-is-the-digital-economy",
                    "title": "What is the digital economy?",
                    "summary": "A plain definition and the reasons it matters for your country.",
                    "minutes": 15,
                    "body": [
                        (
                            "text",
                            "<p>The <b>digital economy</b> is all economic activity that "
                            "relies on digital technology, data and the internet. It includes "
                            "obvious examples such as online shops, ride-hailing apps and "
                            "software companies. But it also includes a farmer who checks "
                            "market prices on a mobile phone, a tailor who takes orders "
                            "through a messaging app, and a ministry that collects fees "
                            "online.</p>"
                            "<p>In other words, the digital economy is not a separate sector. "
                            "It is a way of working that is spreading through every sector: "
                            "agriculture, trade, tourism, health, education and government "
                            "itself. When a government moves a service online, it is both "
                            "shaping the digital economy and taking part in it.</p>",
                        ),
                        ("heading", "Why it matters for your country"),
                        (
                            "text",
                            "<ul>"
                            "<li><b>Lower costs:</b> digital tools reduce the cost of finding "
                            "information, making payments and reaching customers.</li>"
                            "<li><b>New jobs and markets:</b> small firms can sell beyond "
                            "their town, and young people can find new kinds of work.</li>"
                            "<li><b>Better public services:</b> governments can serve people "
                            "faster and reach those who live far from an office.</li>"
                            "<li><b>Resilience:</b> in a crisis, digital channels can keep "
                            "payments, learning and trade moving.</li>"
                            "</ul>"
                            "<p>These benefits are not automatic. Without attention to cost, "
                            "skills and trust, digital change can widen the gaps between "
                            "cities and rural areas, between men and women, and between large "
                            "and small firms. Good policy aims for growth that reaches "
                            "everyone.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "note",
                                "title": "A shared responsibility",
                                "text": (
                                    "<p>No single ministry owns the digital economy. "
                                    "Telecommunications, finance, trade, education, the "
                                    "central bank and local governments all play a part. "
                                    "Helping them work together is one of the most important "
                                    "tasks for policymakers.</p>"
                                ),
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": "Which of these is part of the digital economy?",
                                "options": [
                                    {
                                        "text": "Only technology companies such as software "
                                        "firms",
                                        "correct": False,
                                        "feedback": (
                                            "Technology firms are part of it, but so is any "
                                            "activity that depends on digital tools."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "A market trader who receives payments through a "
                                            "mobile money account"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Correct. Everyday activities that rely on "
                                            "digital tools are part of the digital economy."
                                        ),
                                    },
                                    {
                                        "text": "Only large online shopping platforms",
                                        "correct": False,
                                        "feedback": (
                                            "Large platforms are one part. Small businesses "
                                            "and public services using digital tools count "
                                            "too."
                                        ),
                                    },
                                ],
                            },
                        ),
                    ],
                },
                {
                    "slug": "the-building-blocks",
                    "title": "The building blocks",
                    "summary": "The foundations a digital economy needs, and how they connect.",
                    "minutes": 20,
                    "body": [
                        (
                            "text",
                            "<p>A strong digital economy rests on a few foundations that "
                            "support one another. If one is missing, the others struggle. A "
                            "simple way to remember them:</p>"
                            "<ol>"
                            "<li><b>Connectivity:</b> reliable, affordable internet access "
                            "and electricity.</li>"
                            "<li><b>Digital public infrastructure:</b> shared systems that "
                            "everyone can use, such as digital identity, digital payments and "
                            "secure data exchange between agencies.</li>"
                            "<li><b>Skills:</b> from basic digital literacy for all, to "
                            "advanced skills for specialists.</li>"
                            "<li><b>Enabling rules:</b> laws on electronic transactions, "
                            "consumer protection, data protection, competition and "
                            "cybersecurity.</li>"
                            "<li><b>Innovation and finance:</b> support for entrepreneurs, "
                            "access to credit and investment.</li>"
                            "</ol>"
                            "<p>Digital public infrastructure deserves special attention. "
                            "When identity, payments and data exchange are built once and "
                            "shared, every ministry and business can build on them instead of "
                            "creating its own. This lowers costs and makes services easier for "
                            "citizens, as long as the shared systems are secure, inclusive and "
                            "well governed.</p>",
                        ),
                        (
                            "image",
                            {
                                "caption": (
                                    "How the foundations build on each other, from basic "
                                    "access to a working digital market."
                                ),
                                "labels": [
                                    "Connectivity and power",
                                    "Identity and payments",
                                    "Skills and trust",
                                    "Digital services and markets",
                                ],
                            },
                        ),
                        (
                            "text",
                            "<p>Think of a woman who sells vegetables and wants to take "
                            "orders by phone. She needs a mobile signal and a way to charge "
                            "her phone. She needs an account that can receive payments, which "
                            "often requires proof of identity. She needs the skills to use the "
                            "app, and confidence that she will not be cheated. Only then can "
                            "she reach new customers.</p>"
                            "<p>A policy that improves just one link in this chain will have "
                            "limited effect. Cheaper data does little for her if she cannot "
                            "open an account, and a new payment app does little if her "
                            "village has no signal. This is why ministries need to plan "
                            "together.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Look for the weakest link",
                                "text": (
                                    "<p>When a digital programme is not working, follow a real "
                                    "user's journey step by step. The barrier is often not "
                                    "where you expect it: a registration form that asks for a "
                                    "document many people do not have, or a data bundle that "
                                    "costs too much.</p>"
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "measuring-where-you-stand",
                    "title": "Measuring where you stand",
                    "summary": "Simple indicators to describe your country's starting point.",
                    "minutes": 20,
                    "body": [
                        (
                            "text",
                            "<p>Before planning, you need a clear picture of the starting "
                            "point. You do not need a large new survey to begin. Much useful "
                            "data already exists in the national statistics office, the "
                            "telecom regulator, the central bank and international "
                            "databases.</p>",
                        ),
                        ("heading", "Useful indicators"),
                        (
                            "text",
                            "<ul>"
                            "<li>Share of people using the internet, split by gender, age and "
                            "urban or rural location.</li>"
                            "<li>Mobile network coverage, and the price of a basic data bundle "
                            "compared with average income.</li>"
                            "<li>Share of adults with an account at a bank or mobile money "
                            "provider.</li>"
                            "<li>Number of public services that can be completed fully "
                            "online.</li>"
                            "<li>Share of small businesses that use the internet to buy or "
                            "sell.</li>"
                            "</ul>"
                            "<p>Averages hide a great deal. A country where most city "
                            "residents are online may still have large rural areas with "
                            "almost no access. Always ask for data broken down by group and by "
                            "region, and note the year and source of every figure.</p>",
                        ),
                        (
                            "document",
                            {
                                "title": "Digital economy self-assessment worksheet",
                                "description": (
                                    "A short worksheet to record your country's starting "
                                    "point and its main gaps."
                                ),
                                "lines": [
                                    "DIGITAL ECONOMY SELF-ASSESSMENT WORKSHEET",
                                    "Country or region: ..........  Date: ..........",
                                    "1. Internet users (% of people): total, women, men, "
                                    "rural, urban",
                                    "2. Mobile broadband coverage (% of people)",
                                    "3. Price of 1 GB of mobile data as % of average monthly "
                                    "income",
                                    "4. Adults with a bank or mobile money account (%): "
                                    "total, women",
                                    "5. Public services that can be completed fully online "
                                    "(number)",
                                    "6. Small businesses that buy or sell online (%)",
                                    "7. Source and year for each figure",
                                    "8. The three largest gaps we see",
                                    "9. Which agencies hold the data we are missing?",
                                ],
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": (
                                    "A national report says that 60% of people use the "
                                    "internet. What should you ask next?"
                                ),
                                "options": [
                                    {
                                        "text": (
                                            "How does this figure differ between women and "
                                            "men, and between rural and urban areas?"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Correct. A national average can hide large gaps, "
                                            "and those gaps show where policy is needed most."
                                        ),
                                    },
                                    {
                                        "text": "Is the figure higher than last year's?",
                                        "correct": False,
                                        "feedback": (
                                            "Trends are useful, but an average that is rising "
                                            "can still hide groups that are left behind."
                                        ),
                                    },
                                    {
                                        "text": "No further questions are needed.",
                                        "correct": False,
                                        "feedback": (
                                            "One number is rarely enough to guide policy. "
                                            "Ask who is in the other 40%."
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
            "slug": "foundations",
            "title": "Foundations: Access, Payments and Trust",
            "summary": "How governments can make connectivity, payments and online trust work "
            "for all.",
            "lessons": [
                {
                    "slug": "affordable-connectivity",
                    "title": "Affordable connectivity for all",
                    "summary": "Closing both the coverage gap and the usage gap.",
                    "minutes": 20,
                    "body": [
                        (
                            "text",
                            "<p>Internet access has two sides: <b>coverage</b>, meaning a "
                            "network reaches the area, and <b>usage</b>, meaning people "
                            "actually go online. In many countries most people now live within "
                            "reach of a mobile broadband signal, yet many of them do not use "
                            "it. This is often called the <i>usage gap</i>. Its main causes "
                            "are the cost of devices and data, lack of skills, lack of useful "
                            "content in local languages, and worries about safety.</p>"
                            "<p>Policy can help on both sides. To extend coverage, governments "
                            "can encourage operators to share towers and fibre, make radio "
                            "spectrum available on fair terms, and use universal service funds "
                            "to support networks where building is not commercially "
                            "attractive. To close the usage gap, they can reduce taxes on "
                            "basic devices, support public access points in libraries and post "
                            "offices, and promote local-language content.</p>",
                        ),
                        (
                            "case_study",
                            {
                                "title": "Bringing connectivity to remote districts",
                                "country": "Composite case drawn from several countries",
                                "context": (
                                    "<p>A country collected a levy from telecom operators "
                                    "into a universal service fund. For years much of the "
                                    "money stayed unspent, while remote districts remained "
                                    "without a signal.</p>"
                                ),
                                "challenge": (
                                    "<p>Operators said that building in remote districts would "
                                    "never pay. The fund's rules were unclear and its spending "
                                    "decisions were slow.</p>"
                                ),
                                "approach": (
                                    "<p>The regulator published maps of uncovered areas and "
                                    "ran a competition in which operators bid for the smallest "
                                    "subsidy needed to serve each area. Winners had to share "
                                    "their towers with other operators and offer affordable "
                                    "basic plans. Local schools and health centres were "
                                    "connected first, as anchor users.</p>"
                                ),
                                "outcome": (
                                    "<p>New sites were built in several districts within two "
                                    "years. The regulator also learned that coverage alone was "
                                    "not enough: use grew faster where the project offered "
                                    "training and low-cost phones as well.</p>"
                                ),
                                "questions": [
                                    "Does your country have a universal service fund, and "
                                    "how is it spent today?",
                                    "Which public buildings in your area could serve as "
                                    "anchor users for a new network?",
                                ],
                            },
                        ),
                        (
                            "quote",
                            {
                                "text": (
                                    "We built the tower, but people only came online when the "
                                    "health worker showed them what they could do with it."
                                ),
                                "attribution": "A district officer in a rural development "
                                "programme",
                            },
                        ),
                    ],
                },
                {
                    "slug": "digital-payments",
                    "title": "Digital payments",
                    "summary": "How mobile money and fast payment systems open the digital "
                    "economy.",
                    "minutes": 20,
                    "body": [
                        (
                            "text",
                            "<p>Digital payments are the bloodstream of the digital economy. "
                            "When people and businesses can send and receive money cheaply and "
                            "instantly, online trade becomes possible, governments can pay "
                            "benefits directly into accounts, and households can save more "
                            "safely than with cash.</p>"
                            "<p>Two models have spread widely. In <b>mobile money</b>, a "
                            "telecom operator or other provider lets customers store money on "
                            "their phone and send it by simple menus, often through a network "
                            "of local agents who exchange cash. In <b>fast payment "
                            "systems</b>, a central platform, usually overseen by the central "
                            "bank, connects banks and other providers so that money moves "
                            "between any accounts in seconds. When customers of different "
                            "providers can pay each other, the system is called "
                            "<i>interoperable</i>.</p>",
                        ),
                        (
                            "case_study",
                            {
                                "title": "Two routes to widespread digital payments",
                                "country": "Kenya and India",
                                "context": (
                                    "<p>In Kenya, the mobile operator Safaricom launched "
                                    "M-Pesa in 2007, letting people send money by phone "
                                    "through a large network of agents. In India, the Unified "
                                    "Payments Interface (UPI), operated by the National "
                                    "Payments Corporation of India, was launched in 2016 to "
                                    "connect banks and payment apps on one shared "
                                    "platform.</p>"
                                ),
                                "challenge": (
                                    "<p>In both countries many people relied on cash, bank "
                                    "branches were far from many communities, and sending "
                                    "money to family was slow and costly.</p>"
                                ),
                                "approach": (
                                    "<p>M-Pesa grew through a single private provider, with "
                                    "regulators allowing the service to develop and adjusting "
                                    "rules as it grew. UPI was designed as shared "
                                    "infrastructure: licensed banks and apps could connect, "
                                    "and users could pay each other across providers.</p>"
                                ),
                                "outcome": (
                                    "<p>Both became part of daily life and are widely studied. "
                                    "They offer different lessons: mobile money can spread "
                                    "quickly from one provider, while an open, shared platform "
                                    "encourages competition among many providers.</p>"
                                ),
                                "questions": [
                                    "Which model fits the structure of your country's "
                                    "financial sector today?",
                                    "How can regulators allow innovation while keeping "
                                    "customers' money safe?",
                                ],
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": "What is the key feature of an interoperable "
                                "payment system?",
                                "options": [
                                    {
                                        "text": (
                                            "Customers of different providers can pay each "
                                            "other directly"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Correct. Interoperability means no one is "
                                            "trapped inside a single provider's network."
                                        ),
                                    },
                                    {
                                        "text": "Only one company may offer payment services",
                                        "correct": False,
                                        "feedback": (
                                            "That describes a monopoly. Interoperability "
                                            "allows many providers to work together."
                                        ),
                                    },
                                    {
                                        "text": "Payments must be made at a bank branch",
                                        "correct": False,
                                        "feedback": (
                                            "Interoperable systems usually work on phones and "
                                            "through agents, not only in branches."
                                        ),
                                    },
                                ],
                            },
                        ),
                    ],
                },
                {
                    "slug": "building-trust-online",
                    "title": "Building trust online",
                    "summary": "Security, consumer protection, privacy and redress.",
                    "minutes": 20,
                    "body": [
                        (
                            "text",
                            "<p>People will only move their money, their business and their "
                            "personal information online if they trust that it is safe. Trust "
                            "comes from rules that are clear and enforced: protection against "
                            "fraud, fair treatment by online sellers and platforms, privacy "
                            "for personal data, and a simple way to complain and get problems "
                            "fixed.</p>",
                        ),
                        (
                            "video",
                            {
                                "title": "Four pillars of online trust",
                                "duration_minutes": 7,
                                "transcript": (
                                    "<p>Hello everyone. In this lesson we talk about trust, "
                                    "because without trust a digital economy simply does not "
                                    "grow.</p>"
                                    "<p>I like to describe trust as four pillars. The first "
                                    "pillar is <b>security</b>. Systems must protect accounts "
                                    "and data from theft, and providers must report serious "
                                    "incidents. The second pillar is <b>consumer "
                                    "protection</b>. Prices and fees must be clear, a product "
                                    "bought online must match its description, and people "
                                    "must be able to cancel or return it on fair terms. The "
                                    "third pillar is <b>privacy</b>. People should know what "
                                    "data is collected about them, why, and who receives it, "
                                    "and they should be able to correct it. The fourth pillar "
                                    "is <b>redress</b>, which means a way to fix problems. If "
                                    "something goes wrong, there must be a place to complain "
                                    "that answers quickly, in a language people "
                                    "understand.</p>"
                                    "<p>Many countries already have laws for some of these "
                                    "pillars, written for the offline world. Your task is to "
                                    "check whether they also apply online, and whether anyone "
                                    "is actually enforcing them. A law that nobody enforces "
                                    "does not build trust.</p>"
                                    "<p>Before the next lesson, think about the last time "
                                    "someone you know had a problem with an online purchase or "
                                    "payment. Where did they go for help, and did it "
                                    "work?</p>"
                                ),
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Fraud grows with adoption",
                                "text": (
                                    "<p>As many people use digital payments for the first "
                                    "time, scams increase too. New users are often targeted "
                                    "with fake messages asking for a PIN or a code. Plan "
                                    "awareness campaigns and fast ways to freeze stolen funds "
                                    "before a major push to expand digital payments, not "
                                    "after.</p>"
                                ),
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": (
                                    "A citizen loses money to a scam through a mobile wallet. "
                                    "Which measure helps most in the first hours?"
                                ),
                                "options": [
                                    {
                                        "text": "A new national digital strategy",
                                        "correct": False,
                                        "feedback": (
                                            "A strategy matters, but it cannot recover money "
                                            "in the hours after a scam."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "A clear, fast complaint channel that can freeze "
                                            "the suspicious transfer"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Correct. Quick redress can stop funds from "
                                            "disappearing and shows users the system is "
                                            "on their side."
                                        ),
                                    },
                                    {
                                        "text": "Advising the citizen to stop using digital "
                                        "payments",
                                        "correct": False,
                                        "feedback": (
                                            "This pushes people back to cash and does not "
                                            "solve the problem or prevent the next scam."
                                        ),
                                    },
                                ],
                            },
                        ),
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------ Module 3
        {
            "slug": "inclusion-and-growth",
            "title": "Inclusion and Growth",
            "summary": "Reaching people who are left out, supporting small firms, and planning "
            "ahead.",
            "lessons": [
                {
                    "slug": "closing-the-digital-divide",
                    "title": "Closing the digital divide",
                    "summary": "Who is left behind, and the policies that bring them in.",
                    "minutes": 20,
                    "body": [
                        (
                            "text",
                            "<p>The <b>digital divide</b> is the gap between people who can "
                            "use digital technology fully and those who cannot. It is not one "
                            "gap but many. In many low- and middle-income countries, women are "
                            "less likely than men to own a smartphone or use mobile internet. "
                            "Rural residents face weaker networks and higher costs. Older "
                            "people, people with disabilities, and speakers of languages that "
                            "are rare online all face their own barriers.</p>"
                            "<p>These gaps matter more as services move online. When a "
                            "benefit, a licence or a school place can only be requested "
                            "through an app, people who are offline lose more than "
                            "convenience. They can lose income, rights and a voice in public "
                            "life. Closing the divide is therefore a question of fairness as "
                            "well as growth.</p>",
                        ),
                        ("heading", "Policies that make a difference"),
                        (
                            "text",
                            "<ul>"
                            "<li><b>Affordability:</b> lower taxes on basic phones, and "
                            "support for low-cost data plans.</li>"
                            "<li><b>Skills:</b> free, practical training through schools, "
                            "libraries, community centres and women's groups.</li>"
                            "<li><b>Accessibility:</b> public websites and apps that follow "
                            "accessibility standards, work on basic phones and slow "
                            "connections, and offer voice or local-language options.</li>"
                            "<li><b>Assisted access:</b> trusted helpers, such as community "
                            "agents or service centres, who help people use digital "
                            "services.</li>"
                            "<li><b>Offline options:</b> a non-digital route for essential "
                            "services, so that no one is shut out.</li>"
                            "</ul>",
                        ),
                        (
                            "quote",
                            {
                                "text": (
                                    "My mother does not need another app. She needs someone "
                                    "she trusts at the post office who can use the app with "
                                    "her."
                                ),
                                "attribution": (
                                    "A young volunteer in a community digital skills programme"
                                ),
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": (
                                    "Which step best ensures that a new online service does "
                                    "not exclude people?"
                                ),
                                "options": [
                                    {
                                        "text": (
                                            "Close the service counters as soon as the online "
                                            "version launches"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Closing counters too early shuts out people who "
                                            "cannot yet use the online service."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Test the service with users from different groups "
                                            "and keep an assisted or offline option"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Correct. Testing with real users finds barriers "
                                            "early, and a second route protects those who "
                                            "remain offline."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Publish the service only in the official "
                                            "language of the ministry"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Many citizens are more confident in other "
                                            "languages. Offering them widens access."
                                        ),
                                    },
                                ],
                            },
                        ),
                    ],
                },
                {
                    "slug": "small-businesses-online",
                    "title": "Helping small businesses go digital",
                    "summary": "Practical ways to help small firms use digital tools and reach "
                    "new markets.",
                    "minutes": 20,
                    "body": [
                        (
                            "text",
                            "<p>Micro, small and medium enterprises make up most businesses "
                            "in almost every country and employ a large share of workers. "
                            "Helping them use digital tools can raise productivity and "
                            "incomes widely. Yet many small firms stay offline or use only "
                            "basic messaging. Common reasons include cost, lack of skills, "
                            "unreliable internet, distrust of digital payments, and doubt that "
                            "the effort will pay off.</p>"
                            "<p>Governments can help by making the first steps easy and "
                            "useful. Simple online business registration, digital tax filing "
                            "designed for small firms, and public agencies that accept digital "
                            "payments all give firms a reason to go digital. Practical advice "
                            "from trusted local organisations often matters more than large "
                            "grants. Start with the problems owners describe themselves, such "
                            "as late payments or the cost of delivery.</p>",
                        ),
                        (
                            "case_study",
                            {
                                "title": "From market stall to online orders",
                                "country": "Composite case drawn from programmes in several "
                                "countries",
                                "context": (
                                    "<p>A trade ministry wanted to help small food producers "
                                    "and craftspeople sell beyond their local markets. Most "
                                    "already used mobile phones but had never sold "
                                    "online.</p>"
                                ),
                                "challenge": (
                                    "<p>An earlier programme had built a government online "
                                    "shop, but few sellers joined and even fewer buyers "
                                    "visited. Sellers said the site was hard to use and that "
                                    "they did not know how to send goods safely.</p>"
                                ),
                                "approach": (
                                    "<p>The new programme worked with tools sellers already "
                                    "used, such as messaging apps and existing marketplaces. "
                                    "Local business associations trained sellers in taking "
                                    "photos, setting prices, accepting digital payments and "
                                    "packing goods. The ministry agreed lower delivery rates "
                                    "with the postal service for registered small "
                                    "sellers.</p>"
                                ),
                                "outcome": (
                                    "<p>More sellers began taking orders from other towns, and "
                                    "the postal arrangement became a lasting service. The "
                                    "ministry concluded that solving delivery and payment "
                                    "problems mattered more than owning a platform.</p>"
                                ),
                                "questions": [
                                    "Why might the first, government-built shop have "
                                    "struggled to attract sellers and buyers?",
                                    "Which local organisations in your country could train "
                                    "small businesses?",
                                ],
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Meet businesses where they are",
                                "text": (
                                    "<p>Before building a new platform, find out which apps "
                                    "and marketplaces small firms already use. Supporting "
                                    "those channels, and setting fair rules for them, is "
                                    "usually faster and cheaper.</p>"
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "planning-a-strategy",
                    "title": "Planning a national digital economy strategy",
                    "summary": "Turning good intentions into coordinated, funded action.",
                    "minutes": 25,
                    "body": [
                        (
                            "text",
                            "<p>A national strategy turns good intentions into coordinated "
                            "action. A useful strategy is short, sets clear priorities, names "
                            "who is responsible for each action, and has a budget and a way to "
                            "measure progress. Many strategies fail not because their ideas "
                            "are wrong, but because they list too many goals and have no plan "
                            "for delivery.</p>"
                            "<p>Be realistic about capacity. Three actions that are funded and "
                            "delivered will do more good than thirty that stay on paper. Link "
                            "each action to the national budget cycle, so that money follows "
                            "the priorities you have chosen.</p>",
                        ),
                        (
                            "image",
                            {
                                "caption": (
                                    "Five stages of preparing and delivering a digital economy "
                                    "strategy."
                                ),
                                "labels": [
                                    "Diagnose",
                                    "Consult",
                                    "Prioritise",
                                    "Deliver",
                                    "Measure and adjust",
                                ],
                            },
                        ),
                        (
                            "text",
                            "<p><b>Diagnose</b> the starting point with the indicators from "
                            "the first module. <b>Consult</b> widely, including businesses, "
                            "civil society, young people, women's groups and local "
                            "governments. <b>Prioritise</b> a small number of actions that "
                            "remove the biggest barriers. <b>Deliver</b> through a lead agency "
                            "with the authority to coordinate ministries. <b>Measure and "
                            "adjust</b> every year, and publish the results so the public can "
                            "follow progress.</p>",
                        ),
                        (
                            "document",
                            {
                                "title": "Strategy on one page: template",
                                "description": (
                                    "A template to summarise a digital economy strategy on a "
                                    "single page."
                                ),
                                "lines": [
                                    "DIGITAL ECONOMY STRATEGY: ONE-PAGE SUMMARY",
                                    "Vision: in one sentence, where do we want to be in five "
                                    "years?",
                                    "Starting point: three key facts from our diagnosis.",
                                    "Priority 1: action, lead agency, budget, target, "
                                    "deadline.",
                                    "Priority 2: action, lead agency, budget, target, "
                                    "deadline.",
                                    "Priority 3: action, lead agency, budget, target, "
                                    "deadline.",
                                    "Inclusion: how each priority reaches women, rural areas "
                                    "and people with disabilities.",
                                    "Coordination: who chairs the steering group, and how "
                                    "often it meets.",
                                    "Measurement: the five indicators we will publish each "
                                    "year.",
                                    "Review: date of the first public progress report.",
                                ],
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": (
                                    "What is a common reason digital economy strategies fail?"
                                ),
                                "options": [
                                    {
                                        "text": "They are too short",
                                        "correct": False,
                                        "feedback": (
                                            "A short strategy is usually a strength, because "
                                            "it forces clear choices."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "They list too many goals without owners, budgets "
                                            "or a delivery plan"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Correct. Without clear owners, funding and "
                                            "measurement, even good ideas are not carried "
                                            "out."
                                        ),
                                    },
                                    {
                                        "text": "They consult too many groups",
                                        "correct": False,
                                        "feedback": (
                                            "Wide consultation improves a strategy and builds "
                                            "support for it."
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
