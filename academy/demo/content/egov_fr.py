"""Cours : Services publics numériques : concevoir pour l'usager (fondamental, français)."""

COURSE = {
    "slug": "services-publics-numeriques",
    "title": "Services publics numériques : concevoir pour l'usager",
    "summary": (
        "Une introduction pratique à la conception de services publics numériques "
        "simples, accessibles et utiles, en partant des besoins réels des usagers."
    ),
    "level": "foundation",
    "language": "fr",
    "estimated_hours": 3,
    "topics": ["E-government", "Digital inclusion"],
    "learning_outcomes": [
        "Expliquer ce qu'est un service public conçu à partir des besoins de "
        "l'usager.",
        "Cartographier le parcours d'un usager pour une démarche administrative.",
        "Réécrire une page ou un formulaire en langage clair.",
        "Appliquer des règles simples d'accessibilité et de conception pour mobile.",
        "Tester un service avec des usagers et suivre quelques indicateurs de "
        "qualité.",
    ],
    "instructors": [
        {
            "full_name": "Mariama Kane-Rousseau",
            "email": "m.kane-rousseau@academy.example",
            "title": "Responsable pédagogique, services publics numériques",
        },
        {
            "full_name": "Julien Ouédraogo-Lemaire",
            "email": "j.ouedraogo-lemaire@academy.example",
            "title": "Conseiller en conception de services",
        },
    ],
    "modules": [
        # ------------------------------------------------------------------
        {
            "slug": "partir-des-besoins",
            "title": "Partir des besoins des usagers",
            "summary": (
                "Comprendre qui utilise le service, dans quelle situation et avec "
                "quelles difficultés."
            ),
            "lessons": [
                {
                    "slug": "service-centre-sur-l-usager",
                    "title": "Qu'est-ce qu'un service centré sur l'usager ?",
                    "summary": (
                        "Organiser le service autour de ce que l'usager cherche à "
                        "accomplir, et non autour de l'organigramme."
                    ),
                    "minutes": 12,
                    "body": [
                        ("text",
                         "<p>Trop souvent, un service public numérique reproduit en "
                         "ligne l'organisation interne de l'administration : un "
                         "formulaire par direction, un vocabulaire juridique, des "
                         "pièces justificatives que l'État possède déjà. L'usager "
                         "doit comprendre le fonctionnement des services pour "
                         "obtenir ce dont il a besoin.</p>"
                         "<p>Un service <b>centré sur l'usager</b> fait le chemin "
                         "inverse. On se demande d'abord : qui utilise ce "
                         "service, dans quelle situation, avec quel téléphone, et "
                         "que cherche-t-il à accomplir ? L'organisation interne "
                         "s'adapte ensuite à ces réponses.</p>"
                         "<p>Cette approche ne demande pas forcément de gros "
                         "moyens. Elle demande surtout de l'écoute, et la volonté "
                         "de changer une procédure quand elle ne sert pas les "
                         "usagers.</p>"),
                        ("heading", "Trois questions à se poser"),
                        ("text",
                         "<ol>"
                         "<li>Quel est le besoin réel de l'usager, dit avec ses "
                         "propres mots ? Par exemple : « inscrire mon enfant à "
                         "l'école », et non « remplir le formulaire B-12 ».</li>"
                         "<li>Quels obstacles rencontre-t-il aujourd'hui : "
                         "distance, coût, documents, langue ?</li>"
                         "<li>Comment saura-t-on que le nouveau service fonctionne "
                         "mieux que l'ancien ?</li></ol>"),
                        ("quote", {
                            "text": (
                                "Si l'usager doit connaître l'organigramme du "
                                "ministère pour faire sa démarche, c'est le service "
                                "qu'il faut revoir, pas l'usager."
                            ),
                            "attribution": "Mariama Kane-Rousseau, formatrice du cours",
                        }),
                        ("knowledge_check", {
                            "question": "Laquelle de ces formulations décrit un besoin d'usager ?",
                            "options": [
                                {
                                    "text": (
                                        "Déposer le formulaire DGI-4 auprès du bureau "
                                        "compétent."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "C'est une procédure administrative, pas le "
                                        "besoin exprimé par la personne."
                                    ),
                                },
                                {
                                    "text": "Obtenir mon numéro fiscal pour ouvrir ma boutique.",
                                    "correct": True,
                                    "feedback": (
                                        "Exact. Le besoin est formulé du point de vue "
                                        "de l'usager et de son objectif."
                                    ),
                                },
                                {
                                    "text": (
                                        "Moderniser le système d'information de la "
                                        "direction des impôts."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "C'est un objectif interne de "
                                        "l'administration, pas un besoin d'usager."
                                    ),
                                },
                            ],
                        }),
                    ],
                },
                {
                    "slug": "parcours-usager",
                    "title": "Cartographier le parcours de l'usager",
                    "summary": (
                        "Repérer, étape par étape, ce que vit l'usager et ce qui "
                        "le bloque."
                    ),
                    "minutes": 15,
                    "body": [
                        ("text",
                         "<p>Un <b>parcours usager</b> décrit toutes les étapes que "
                         "vit une personne, depuis le moment où elle découvre "
                         "qu'elle a besoin d'un service jusqu'au moment où elle "
                         "obtient le résultat. Il couvre ce qui se passe en ligne, "
                         "mais aussi au guichet, au téléphone et à la maison.</p>"),
                        ("image", {
                            "caption": "Les cinq grandes étapes d'un parcours usager",
                            "labels": [
                                "Découvrir le besoin",
                                "S'informer",
                                "Faire la démarche",
                                "Recevoir la réponse",
                                "Donner son avis",
                            ],
                        }),
                        ("text",
                         "<p>Pour chaque étape, notez ce que fait l'usager, ce "
                         "qu'il ressent et ce qui le bloque. Prenons l'exemple d'un "
                         "acte de naissance. La mère ne sait pas toujours quelle "
                         "mairie est compétente. Elle se déplace deux fois parce "
                         "qu'il manque un document, puis elle attend sans savoir "
                         "où en est sa demande. Ces points de friction sont vos "
                         "priorités.</p>"
                         "<p>Le parcours ne s'arrête pas au site web. Si la "
                         "démarche se termine par une file d'attente au guichet, "
                         "le service numérique n'a résolu qu'une partie du "
                         "problème.</p>"
                         "<p>Pour construire une carte fidèle, suivez de vraies "
                         "personnes plutôt que la procédure officielle. Passez une "
                         "matinée au guichet, écoutez les appels du standard, "
                         "lisez les réclamations. Vous découvrirez souvent des "
                         "étapes que personne n'avait prévues : un intermédiaire "
                         "payé pour remplir le dossier, un document à faire "
                         "légaliser, un deuxième déplacement pour une "
                         "signature.</p>"),
                        ("callout", {
                            "kind": "tip",
                            "title": "Cartographier à plusieurs",
                            "text": (
                                "<p>Réunissez des agents de guichet, des "
                                "informaticiens et, si possible, quelques usagers. "
                                "Les agents de guichet entendent chaque jour les "
                                "mêmes questions : leur expérience vaut souvent plus "
                                "que de longs rapports. Une grande feuille de papier "
                                "et des notes autocollantes suffisent.</p>"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "entretiens-usagers",
                    "title": "Mener des entretiens avec les usagers",
                    "summary": (
                        "Comprendre ce que vivent les usagers grâce à des "
                        "conversations courtes et bien préparées."
                    ),
                    "minutes": 15,
                    "body": [
                        ("text",
                         "<p>Pour comprendre les usagers, rien ne remplace la "
                         "conversation. Un entretien de trente minutes avec cinq "
                         "ou six personnes révèle souvent l'essentiel des "
                         "difficultés. Le but n'est pas de demander aux gens ce "
                         "qu'ils veulent, mais de comprendre ce qu'ils vivent.</p>"
                         "<p>Posez des questions ouvertes sur des situations "
                         "réelles : « Racontez-moi la dernière fois que vous avez "
                         "demandé ce document. » Évitez les questions qui "
                         "suggèrent la réponse, comme « Vous aimeriez une "
                         "application, n'est-ce pas ? »</p>"
                         "<p>Travaillez à deux : une personne mène l'entretien, "
                         "l'autre prend des notes fidèles, avec les mots exacts de "
                         "l'usager. Le soir même, relevez les difficultés qui "
                         "reviennent d'un entretien à l'autre.</p>"),
                        ("document", {
                            "title": "Guide d'entretien usager",
                            "description": "Une trame simple pour un entretien de trente minutes.",
                            "lines": [
                                "Guide d'entretien usager (30 minutes)",
                                "1. Se présenter, expliquer le but et demander "
                                "l'accord de la personne.",
                                "2. Préciser que l'on évalue le service, pas la "
                                "personne.",
                                "3. « Racontez-moi la dernière fois que vous avez "
                                "fait la démarche. »",
                                "4. « Qu'est-ce qui a été difficile ? Qu'est-ce qui "
                                "a bien marché ? »",
                                "5. « Qui vous a aidé : un voisin, un agent, un "
                                "cybercafé ? »",
                                "6. « Si vous pouviez changer une seule chose, "
                                "laquelle ? »",
                                "7. Remercier, expliquer la suite, noter les points "
                                "clés le jour même.",
                            ],
                        }),
                        ("callout", {
                            "kind": "warning",
                            "title": "Ne pas interroger seulement les usagers connectés",
                            "text": (
                                "<p>Si vous recrutez uniquement par internet, vous "
                                "n'entendrez que les personnes déjà à l'aise en "
                                "ligne. Allez aussi au guichet, au marché ou dans "
                                "les centres de santé pour rencontrer celles qui "
                                "sont les plus éloignées du numérique.</p>"
                            ),
                        }),
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------
        {
            "slug": "concevoir-simple-et-accessible",
            "title": "Concevoir simple et accessible",
            "summary": (
                "Écrire clairement, rendre le service utilisable par tous et "
                "penser d'abord au téléphone mobile."
            ),
            "lessons": [
                {
                    "slug": "langage-clair",
                    "title": "Écrire en langage clair",
                    "summary": (
                        "Des règles simples pour que chacun comprenne du premier "
                        "coup ce qu'il doit faire."
                    ),
                    "minutes": 15,
                    "body": [
                        ("text",
                         "<p>Un texte administratif difficile à comprendre coûte "
                         "cher : appels au standard, dossiers incomplets, "
                         "déplacements inutiles. Écrire en <b>langage clair</b>, "
                         "c'est écrire pour que le lecteur comprenne du premier "
                         "coup ce qu'il doit faire et dans quel délai.</p>"),
                        ("heading", "Cinq règles simples"),
                        ("text",
                         "<ul>"
                         "<li>Commencez par l'essentiel : ce que la personne doit "
                         "faire, et avant quelle date.</li>"
                         "<li>Écrivez des phrases courtes, avec une idée par "
                         "phrase.</li>"
                         "<li>Préférez les mots courants : « envoyer » plutôt que "
                         "« procéder à la transmission ».</li>"
                         "<li>Parlez directement au lecteur : « vous devez » "
                         "plutôt que « l'usager est tenu de ».</li>"
                         "<li>Présentez sous forme de liste les documents à "
                         "fournir.</li></ul>"
                         "<p>Pour vérifier votre texte, faites-le lire à une "
                         "personne qui ne connaît pas la démarche, puis "
                         "demandez-lui de dire avec ses mots ce qu'elle doit faire. "
                         "Si elle hésite, réécrivez.</p>"),
                        ("callout", {
                            "kind": "note",
                            "title": "Clair ne veut pas dire simpliste",
                            "text": (
                                "<p>Le langage clair respecte le lecteur. Il garde "
                                "l'exactitude juridique, mais la place au bon "
                                "endroit : le texte principal explique, et la "
                                "référence à la loi peut figurer en bas de page.</p>"
                            ),
                        }),
                        ("knowledge_check", {
                            "question": "Quelle phrase est écrite en langage clair ?",
                            "options": [
                                {
                                    "text": (
                                        "Il appartient au demandeur de procéder au "
                                        "dépôt des pièces requises dans les délais "
                                        "impartis."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "La phrase est longue et abstraite : le "
                                        "lecteur ne sait ni quoi faire ni quand."
                                    ),
                                },
                                {
                                    "text": (
                                        "Envoyez votre carte d'identité et une photo "
                                        "avant le 30 juin."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Exact. L'action, les documents et la date "
                                        "sont clairs."
                                    ),
                                },
                                {
                                    "text": (
                                        "Les pièces sont à déposer conformément aux "
                                        "dispositions en vigueur."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Le lecteur ne sait toujours pas quelles "
                                        "pièces fournir, ni selon quelles règles."
                                    ),
                                },
                            ],
                        }),
                    ],
                },
                {
                    "slug": "accessibilite-et-inclusion",
                    "title": "Accessibilité et inclusion",
                    "summary": (
                        "Un service accessible peut être utilisé par tous, y "
                        "compris les personnes en situation de handicap."
                    ),
                    "minutes": 15,
                    "body": [
                        ("text",
                         "<p>Un service <b>accessible</b> peut être utilisé par "
                         "tous, y compris les personnes en situation de handicap, "
                         "les personnes âgées et celles qui lisent difficilement. "
                         "L'accessibilité profite à tout le monde : un bon "
                         "contraste aide aussi celui qui lit son téléphone en plein "
                         "soleil.</p>"),
                        ("video", {
                            "title": "L'accessibilité en pratique",
                            "duration_minutes": 4,
                            "transcript": (
                                "<p>Bonjour à toutes et à tous. Dans cette vidéo, je "
                                "vous propose de regarder l'accessibilité de façon "
                                "très concrète.</p>"
                                "<p>Pensez d'abord à une personne malvoyante qui "
                                "utilise un lecteur d'écran. Ce logiciel lit la page "
                                "à voix haute. Si vos boutons sont des images sans "
                                "texte, il annonce simplement « image », et la "
                                "personne est bloquée. La règle est donc simple : "
                                "chaque image utile doit avoir une description "
                                "textuelle.</p>"
                                "<p>Pensez ensuite à une personne âgée qui voit mal "
                                "les petits caractères. Permettez l'agrandissement "
                                "du texte et choisissez un contraste fort entre le "
                                "texte et le fond.</p>"
                                "<p>Pensez aussi à une personne qui lit "
                                "difficilement. Des phrases courtes, des "
                                "pictogrammes et la possibilité d'écouter le texte "
                                "l'aideront beaucoup.</p>"
                                "<p>Enfin, prévoyez toujours une autre voie : un "
                                "numéro de téléphone, un guichet ou un agent "
                                "d'accompagnement. Le numérique doit ajouter une "
                                "possibilité, pas en retirer une.</p>"
                                "<p>Pour vérifier, le meilleur test reste d'inviter "
                                "des personnes concernées à utiliser votre service. "
                                "En quelques minutes, elles vous montreront ce "
                                "qu'aucun outil automatique ne détecte.</p>"
                            ),
                        }),
                        ("knowledge_check", {
                            "question": (
                                "Pourquoi faut-il ajouter une description textuelle "
                                "aux images utiles ?"
                            ),
                            "options": [
                                {
                                    "text": "Pour améliorer l'apparence de la page.",
                                    "correct": False,
                                    "feedback": (
                                        "La description ne change pas l'apparence : "
                                        "elle sert à ceux qui ne voient pas l'image."
                                    ),
                                },
                                {
                                    "text": (
                                        "Pour que les lecteurs d'écran puissent la "
                                        "lire aux personnes malvoyantes."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Exact. Sans description, l'information "
                                        "contenue dans l'image est perdue pour elles."
                                    ),
                                },
                                {
                                    "text": "Pour que la page se charge plus vite.",
                                    "correct": False,
                                    "feedback": (
                                        "La description n'accélère pas la page ; son "
                                        "but est l'accessibilité."
                                    ),
                                },
                            ],
                        }),
                    ],
                },
                {
                    "slug": "mobile-et-connexion-lente",
                    "title": "Penser mobile et connexion lente",
                    "summary": (
                        "Concevoir pour le téléphone et les réseaux lents, là où "
                        "se trouvent la plupart des usagers."
                    ),
                    "minutes": 15,
                    "body": [
                        ("text",
                         "<p>Dans de nombreux pays, la plupart des usagers vont sur "
                         "internet uniquement avec un téléphone mobile, souvent "
                         "avec une connexion lente et un forfait limité. Un service "
                         "conçu d'abord pour un grand écran d'ordinateur risque "
                         "d'exclure ceux qui en ont le plus besoin. Voici quelques "
                         "règles de base :</p>"
                         "<ul>"
                         "<li>Concevez d'abord pour un petit écran, puis adaptez "
                         "aux écrans plus grands.</li>"
                         "<li>Allégez les pages : peu d'images, pas de vidéo qui "
                         "démarre toute seule.</li>"
                         "<li>Permettez d'enregistrer un formulaire et de le "
                         "reprendre plus tard.</li>"
                         "<li>Proposez des canaux simples, comme le SMS ou les "
                         "codes USSD, pour les téléphones basiques.</li></ul>"),
                        ("case_study", {
                            "title": "Une demande de bourse possible depuis un téléphone",
                            "country": "Scénario composite (Afrique de l'Ouest)",
                            "context": (
                                "<p>Ce cas composite s'inspire de plusieurs "
                                "expériences nationales. Un ministère de "
                                "l'enseignement supérieur recevait les demandes de "
                                "bourse par un long formulaire en ligne.</p>"
                            ),
                            "challenge": (
                                "<p>Beaucoup d'étudiants des zones rurales "
                                "abandonnaient : la page se chargeait mal, la "
                                "session expirait et il fallait tout "
                                "recommencer.</p>"
                            ),
                            "approach": (
                                "<p>L'équipe a découpé le formulaire en courtes "
                                "étapes, ajouté l'enregistrement automatique et un "
                                "suivi du dossier par SMS. Des agents des "
                                "universités régionales ont aidé les étudiants sans "
                                "smartphone.</p>"
                            ),
                            "outcome": (
                                "<p>Les demandes inachevées ont nettement diminué, "
                                "tout comme les appels au ministère pour connaître "
                                "l'état d'un dossier.</p>"
                            ),
                            "questions": [
                                "Quelles démarches de votre administration "
                                "pourraient être suivies par SMS ?",
                                "Qui pourrait accompagner les usagers sans "
                                "smartphone ?",
                            ],
                        }),
                        ("callout", {
                            "kind": "tip",
                            "title": "Testez avec un téléphone d'entrée de gamme",
                            "text": (
                                "<p>Gardez au bureau un téléphone bon marché et "
                                "testez chaque nouvelle page avec une connexion "
                                "lente. Ce que vous verrez, c'est ce que vivent "
                                "chaque jour beaucoup de vos usagers.</p>"
                            ),
                        }),
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------
        {
            "slug": "lancer-mesurer-ameliorer",
            "title": "Lancer, mesurer, améliorer",
            "summary": (
                "Tester avec de vrais usagers, suivre la qualité du service et "
                "l'améliorer sans cesse."
            ),
            "lessons": [
                {
                    "slug": "tester-avec-les-usagers",
                    "title": "Tester avec de vrais usagers",
                    "summary": (
                        "Observer des personnes réelles utiliser le service révèle "
                        "vite les problèmes importants."
                    ),
                    "minutes": 15,
                    "body": [
                        ("text",
                         "<p>Un <b>test d'utilisabilité</b> consiste à observer une "
                         "personne pendant qu'elle essaie d'accomplir une tâche "
                         "réelle avec votre service, par exemple « demander un "
                         "extrait de casier judiciaire ». On ne lui explique rien : "
                         "on regarde où elle hésite, où elle se trompe, où elle "
                         "abandonne.</p>"
                         "<p>Cinq participants suffisent souvent pour repérer la "
                         "plupart des problèmes importants. Mieux vaut tester tôt, "
                         "avec une maquette sur papier, que tard, quand tout est "
                         "déjà développé et coûteux à changer.</p>"),
                        ("image", {
                            "caption": "Un cycle de test court et répété",
                            "labels": [
                                "Préparer une tâche réelle",
                                "Observer sans aider",
                                "Noter les difficultés",
                                "Corriger",
                                "Tester à nouveau",
                            ],
                        }),
                        ("heading", "Recruter et respecter les participants"),
                        ("text",
                         "<p>Choisissez des participants qui ressemblent aux vrais "
                         "usagers : âges, régions et niveaux de lecture variés. "
                         "Expliquez-leur le but du test, demandez leur accord avant "
                         "de prendre des notes ou des photos, et remerciez-les de "
                         "leur temps, par exemple avec une petite recharge de "
                         "crédit téléphonique.</p>"
                         "<p>Pendant le test, restez neutre. Demandez à la "
                         "personne de penser à voix haute et ne défendez pas votre "
                         "travail. Chaque difficulté observée est une information "
                         "précieuse, pas une critique.</p>"),
                        ("knowledge_check", {
                            "question": (
                                "Pendant un test, l'usager hésite longtemps devant un "
                                "bouton. Que faites-vous ?"
                            ),
                            "options": [
                                {
                                    "text": "Vous lui montrez où cliquer pour gagner du temps.",
                                    "correct": False,
                                    "feedback": (
                                        "En aidant, vous cachez justement le problème "
                                        "que vous cherchez à découvrir."
                                    ),
                                },
                                {
                                    "text": (
                                        "Vous notez l'hésitation et lui demandez ce "
                                        "qu'il pense que fait ce bouton."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Exact. Comprendre le raisonnement de "
                                        "l'usager permet d'améliorer la conception."
                                    ),
                                },
                                {
                                    "text": (
                                        "Vous arrêtez le test, car l'usager n'est pas "
                                        "assez compétent."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "C'est le service que l'on teste, jamais la "
                                        "personne."
                                    ),
                                },
                            ],
                        }),
                    ],
                },
                {
                    "slug": "mesurer-la-qualite",
                    "title": "Mesurer la qualité d'un service",
                    "summary": (
                        "Quelques indicateurs bien choisis valent mieux que de "
                        "longs tableaux de statistiques."
                    ),
                    "minutes": 15,
                    "body": [
                        ("text",
                         "<p>Une fois le service lancé, il faut savoir s'il "
                         "fonctionne. Le nombre de visites ne suffit pas : une page "
                         "très visitée peut être une page où les gens se perdent. "
                         "Choisissez quelques indicateurs liés à ce que les usagers "
                         "cherchent à accomplir, et suivez-les chaque mois.</p>"
                         "<p>Les chiffres disent <i>où</i> se trouve le problème ; "
                         "les commentaires des usagers et les agents de guichet "
                         "expliquent souvent <i>pourquoi</i>. Utilisez les deux "
                         "ensemble.</p>"),
                        ("document", {
                            "title": "Indicateurs de qualité d'un service numérique",
                            "description": "Quatre indicateurs de base à suivre chaque mois.",
                            "lines": [
                                "Indicateurs de qualité d'un service numérique",
                                "1. Taux d'achèvement : part des démarches en ligne "
                                "menées à terme.",
                                "2. Délai : temps entre le dépôt de la demande et la "
                                "réponse.",
                                "3. Satisfaction : note donnée par l'usager à la fin "
                                "de la démarche.",
                                "4. Coût par démarche : coût total divisé par le "
                                "nombre de démarches.",
                                "Conseil : comparer chaque mois et par canal (web, "
                                "guichet, téléphone).",
                            ],
                        }),
                        ("callout", {
                            "kind": "warning",
                            "title": "Attention aux moyennes",
                            "text": (
                                "<p>Un bon taux d'achèvement national peut cacher de "
                                "grandes différences entre régions, entre femmes et "
                                "hommes ou entre groupes d'âge. Quand c'est possible "
                                "et légal, ventilez les résultats pour repérer les "
                                "usagers laissés de côté.</p>"
                            ),
                        }),
                        ("knowledge_check", {
                            "question": (
                                "Un formulaire en ligne reçoit beaucoup de visites, "
                                "mais peu de demandes sont terminées. Quel indicateur "
                                "révèle le problème ?"
                            ),
                            "options": [
                                {
                                    "text": "Le nombre de visites",
                                    "correct": False,
                                    "feedback": (
                                        "Les visites sont nombreuses, mais ce chiffre "
                                        "ne montre pas que les usagers abandonnent."
                                    ),
                                },
                                {
                                    "text": "Le taux d'achèvement",
                                    "correct": True,
                                    "feedback": (
                                        "Exact. Un taux d'achèvement faible montre "
                                        "que les usagers commencent sans finir."
                                    ),
                                },
                                {
                                    "text": "Le nombre d'agents formés",
                                    "correct": False,
                                    "feedback": (
                                        "Cet indicateur concerne l'administration, "
                                        "pas l'expérience des usagers en ligne."
                                    ),
                                },
                            ],
                        }),
                    ],
                },
                {
                    "slug": "ameliorer-en-continu",
                    "title": "Améliorer en continu",
                    "summary": (
                        "Un service numérique n'est jamais terminé : il vit et "
                        "s'améliore avec ses usagers."
                    ),
                    "minutes": 12,
                    "body": [
                        ("text",
                         "<p>Un service public numérique n'est jamais terminé. Les "
                         "lois changent, les téléphones évoluent, les attentes des "
                         "usagers aussi. Les administrations qui réussissent "
                         "organisent l'amélioration continue : une petite équipe "
                         "stable, responsable du service, qui le corrige et "
                         "l'améliore régulièrement, plutôt qu'un grand projet de "
                         "refonte tous les dix ans.</p>"
                         "<p>Cette équipe réunit au minimum une personne qui "
                         "connaît la procédure, une personne qui maîtrise la "
                         "technique et une personne chargée d'écouter les usagers. "
                         "Elle peut décider elle-même des petites corrections, sans "
                         "attendre des mois.</p>"),
                        ("heading", "Des habitudes simples"),
                        ("text",
                         "<ul>"
                         "<li>Lire chaque semaine les commentaires et les "
                         "réclamations des usagers.</li>"
                         "<li>Corriger d'abord les problèmes qui bloquent le plus "
                         "de personnes.</li>"
                         "<li>Publier la liste des améliorations récentes, pour "
                         "montrer que l'avis des usagers compte.</li>"
                         "<li>Prévoir dans le budget annuel des moyens pour faire "
                         "vivre le service, et pas seulement pour le "
                         "construire.</li></ul>"
                         "<p>Ces habitudes coûtent peu, mais elles changent la "
                         "relation entre l'administration et les citoyens.</p>"),
                        ("quote", {
                            "text": (
                                "Le jour du lancement n'est pas la fin du projet : "
                                "c'est le premier jour où l'on apprend vraiment."
                            ),
                            "attribution": "Julien Ouédraogo-Lemaire, formateur du cours",
                        }),
                        ("knowledge_check", {
                            "question": (
                                "Quelle organisation favorise le mieux "
                                "l'amélioration continue ?"
                            ),
                            "options": [
                                {
                                    "text": "Un grand projet de refonte tous les dix ans.",
                                    "correct": False,
                                    "feedback": (
                                        "Entre deux refontes, les problèmes "
                                        "s'accumulent sans être corrigés."
                                    ),
                                },
                                {
                                    "text": (
                                        "Une équipe stable qui suit le service et "
                                        "l'améliore régulièrement."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Exact. Une équipe responsable peut réagir "
                                        "vite aux retours des usagers."
                                    ),
                                },
                                {
                                    "text": (
                                        "Un prestataire qui livre le service puis "
                                        "quitte le projet."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Sans équipe pour le faire vivre, le service "
                                        "vieillit vite après sa livraison."
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
