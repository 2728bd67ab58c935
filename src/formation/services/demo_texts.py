"""What the people of the demonstration year write in their questionnaires: short, plain French.

Only words here, no logic: formation.services.demo_answers draws from these lists with the year's
seeded generators. Courses are named by their catalogue code (formation.services.demo.COURSES).
"""

from __future__ import annotations

from formation.core.enums import Funding, ParticipantStatus

# --- the needs-analysis grid --------------------------------------------------------------------

ROLES = {
    ParticipantStatus.EMPLOYEE: ("Coordinatrice", "Animateur", "Chargée de mission", "Directeur",
                                 "Assistante administrative", "Encadrant technique",
                                 "Chargé d'accueil"),
    ParticipantStatus.VOLUNTEER: ("Trésorière", "Président", "Secrétaire du bureau",
                                  "Bénévole d'accueil", "Administratrice", "Vice-président",
                                  "Bénévole responsable des animations"),
    ParticipantStatus.JOB_SEEKER: ("En recherche d'un poste de coordination associative",
                                   "Ancienne assistante de gestion, en reconversion"),
    ParticipantStatus.PROJECT_HOLDER: ("Porteuse d'un projet de tiers-lieu",
                                       "Porteur d'un projet de recyclerie",
                                       "Créatrice d'une épicerie solidaire"),
}
#: How many employees a participant's structure has, by their status (choices of `structure_salaries`).
HEADCOUNT = {
    ParticipantStatus.EMPLOYEE: ("1 ou 2", "3 à 10", "3 à 10", "11 à 49"),
    ParticipantStatus.VOLUNTEER: ("Aucun·e", "Aucun·e", "1 ou 2", "Je ne sais pas"),
}
#: Who pays, as the grid asks it, from the registration's funding.
FUNDING_ANSWER = {
    Funding.OPCO: "Ma structure, avec une prise en charge de son OPCO",
    Funding.EMPLOYER: "Ma structure, sur ses fonds propres",
    Funding.FDVA: "Gratuite pour les bénévoles (FDVA ou autre financement public)",
    Funding.PERSONAL: "Moi-même",
}
#: The grid's `statut` choices, by the participant's status.
STATUS_ANSWER = {
    ParticipantStatus.EMPLOYEE: "Salarié·e d'une association",
    ParticipantStatus.VOLUNTEER: "Bénévole",
    ParticipantStatus.JOB_SEEKER: "Demandeur·se d'emploi",
    ParticipantStatus.PROJECT_HOLDER: "Porteur·se de projet",
}
BOARD_MEMBER = "Dirigeant·e bénévole (membre du bureau ou du conseil d'administration)"
OTHER_STATUS = {ParticipantStatus.SELF_EMPLOYED: "Auto-entrepreneuse, je travaille avec des "
                                                 "associations",
                ParticipantStatus.INDIVIDUAL: "À titre personnel"}

MOTIVATIONS = {
    "EMPLOI": ("Notre association va embaucher sa première salariée en septembre et le bureau ne "
               "sait pas par où commencer.",
               "Je viens d'être élue présidente et je découvre la fonction d'employeur.",
               "Nous avons deux salariés et des questions sur le temps de travail et les "
               "entretiens professionnels.",
               "Je suis coordinateur et je prends en charge les recrutements de l'équipe.",
               "Un contrat aidé se termine : nous voulons savoir si nous pouvons pérenniser le poste."),
    "FONCT": ("Nous créons une association de parents d'élèves et voulons rédiger des statuts "
              "solides.",
              "Je viens d'entrer au bureau comme secrétaire et je veux comprendre mon rôle.",
              "Notre assemblée générale se passe mal chaque année : trop longue, peu de monde.",
              "Les statuts de notre association datent de 1987 : il est temps de les revoir.",
              "Je suis salariée et le conseil d'administration me demande de préparer l'AG."),
    "PROJESS": ("J'ai un projet d'épicerie solidaire et je dois le présenter à la Région en juin.",
                "Nous voulons ouvrir un atelier de réparation de vélos dans le quartier.",
                "Je quitte mon emploi pour créer un tiers-lieu et j'ai besoin d'une méthode.",
                "Notre association veut développer une activité de traiteur d'insertion."),
    "GESTFI": ("Je suis trésorière depuis un an et je n'ose pas présenter les comptes à l'AG.",
               "Nous avons eu un problème de trésorerie l'hiver dernier : je veux l'anticiper.",
               "Je reprends la gestion de la structure après le départ de la comptable.",
               "Le financeur nous demande un budget prévisionnel plus détaillé."),
    "EVAL": ("Nos financeurs nous demandent de mesurer l'impact de nos actions.",
             "Nous avons beaucoup de chiffres mais nous ne savons pas quoi en faire.",
             "Je prépare le bilan de notre projet de quartier et je veux le rendre lisible."),
    "STATESS": ("Je me demande si une SCIC serait plus adaptée qu'une association pour mon projet.",
                "Je découvre l'économie sociale et solidaire et je veux en comprendre les principes.",
                "Notre association grandit et nous réfléchissons à un changement de statut."),
}
EXPECTATIONS = {
    "EMPLOI": ("Savoir rédiger un contrat de travail et une fiche de poste.",
               "Connaître nos obligations d'employeur et la convention collective qui s'applique.",
               "Calculer le coût réel d'un poste et connaître les aides.",
               "Mettre en place les entretiens professionnels sans y passer des heures."),
    "FONCT": ("Savoir rédiger des statuts clairs et adaptés à notre projet.",
              "Organiser une AG vivante et en rédiger le procès-verbal sans erreur.",
              "Comprendre qui décide quoi entre le bureau et le conseil d'administration."),
    "PROJESS": ("Construire un budget prévisionnel crédible.",
                "Savoir présenter mon projet à un financeur en quelques minutes.",
                "Identifier les financements auxquels mon projet peut prétendre."),
    "GESTFI": ("Lire un bilan et un compte de résultat sans l'aide du comptable.",
               "Construire un plan de trésorerie sur douze mois.",
               "Présenter les comptes à l'AG de façon compréhensible pour tous."),
    "EVAL": ("Construire quelques indicateurs simples et utiles.",
             "Avoir des outils de recueil faciles à utiliser avec nos bénévoles.",
             "Savoir présenter nos résultats aux financeurs."),
    "STATESS": ("Comparer les statuts possibles pour mon projet.",
                "Comprendre ce qu'est une entreprise agréée ESUS.",
                "Savoir quelles étapes suivre pour changer de statut."),
}
SITUATIONS = (
    "Un renouvellement de CDD à prévoir avant l'été.",
    "Un désaccord au bureau sur la répartition des rôles.",
    "Une subvention versée en retard qui nous met en difficulté.",
    "Un dossier de demande de financement à déposer le mois prochain.",
    "Une salariée qui demande un passage à temps partiel.",
    "Des bénévoles qui s'essoufflent et peu de relève.",
)
CONSTRAINTS = (
    "Je dois partir à 16 h 45 pour récupérer mes enfants.",
    "Je viens en transports en commun depuis Roubaix : merci de commencer à l'heure annoncée.",
    "Je travaille le lundi matin : je risque d'arriver un peu en retard ce jour-là.",
    "Aucune contrainte particulière.",
)
REMARKS = (
    "Merci pour l'envoi du programme détaillé.",
    "J'ai hâte de rencontrer d'autres associations qui vivent la même chose que nous.",
    "Est-il possible d'apporter nos propres documents (statuts, budget) pour travailler dessus ?",
)

# --- positioning and the trainer's grids ---------------------------------------------------------

PRACTICE = (
    "Je prépare seule les dossiers de subvention et je manque de méthode.",
    "Au bureau, nous répartissons les tâches au cas par cas, sans règle claire.",
    "J'ai déjà rédigé un budget, mais jamais de plan de trésorerie.",
    "Nous avons une salariée et toutes les questions RH remontent au président.",
    "Je présente notre projet aux partenaires sans support préparé.",
)
PRIORITIES = (
    "Gagner en confiance pour prendre la parole devant le conseil d'administration.",
    "Avoir des modèles de documents que je pourrai réutiliser.",
    "Comprendre les notions de base avant d'aller plus loin.",
    "Mettre en pratique tout de suite sur le projet de mon association.",
)
ASSESSED_BY = (
    ("Exercices pratiques", "Étude de cas", "Observation pendant les échanges"),
    ("Étude de cas", "Production réalisée pendant la formation"),
    ("Exercices pratiques", "Quiz ou questionnaire", "Observation pendant les échanges"),
    ("Mise en situation", "Production réalisée pendant la formation"),
)
ASSESSMENT_OVERALL = (
    "Très bonne implication ; les acquis sont solides et directement applicables dans sa structure.",
    "Bonne progression tout au long de la formation, en particulier dans les exercices en groupe.",
    "Acquis en place sur l'essentiel ; quelques points à reprendre dans la pratique.",
    "Participation régulière ; a besoin de mettre en pratique pour consolider.",
)
OBJECTIVE_COMMENT = (
    "À consolider par la pratique dans les prochains mois.",
    "Bien acquis lors de l'étude de cas.",
    "Notion comprise, à appliquer sur un cas réel de sa structure.",
)
STRENGTHS = (
    "Participation active, questions pertinentes, s'appuie volontiers sur l'expérience de sa "
    "structure.",
    "Grande rigueur dans les exercices ; aide les autres participant·es.",
    "Curiosité et aisance à l'oral lors des restitutions en groupe.",
    "Sait relier les apports à la situation concrète de son association.",
)
ADVICE = (
    "Reprendre les modèles remis et les adapter dès la prochaine réunion de bureau.",
    "Se fixer une échéance pour mettre en place un premier outil, et en faire le bilan en équipe.",
    "Partager les supports avec les autres membres de la structure.",
    "Ne pas hésiter à solliciter l'équipe de formation pour un point d'accompagnement.",
)

# --- satisfaction ----------------------------------------------------------------------------------

LIKED = (
    "{trainer} explique très clairement, avec des exemples tirés de nos associations.",
    "Les échanges avec les autres participant·es : on se sent moins seul·e.",
    "Les modèles de documents, directement utilisables.",
    "L'étude de cas sur nos propres projets.",
    "La bienveillance de {trainer} et sa disponibilité pendant les pauses.",
    "Très concret, j'ai appris beaucoup en peu de temps.",
    "Le rythme alterné entre apports et exercices.",
)
TO_IMPROVE = (
    "Un peu trop de contenu sur la dernière demi-journée.",
    "Recevoir les supports avant la formation pour pouvoir les lire.",
    "La salle était froide le matin.",
    "Plus de temps pour les questions individuelles.",
    "Des pauses un peu plus longues l'après-midi.",
    "Prévoir un exemple d'association sans salarié·e, plus proche de notre situation.",
)
OTHER_NEEDS = (
    "Une formation sur la recherche de financements privés (mécénat, fondations).",
    "Une formation sur l'animation de réunions et la prise de décision collective.",
    "Je suis intéressé·e par la gestion financière.",
    "Un atelier sur la communication de l'association (réseaux sociaux, lettre d'information).",
    "Un accompagnement individuel pour mettre en place ce que j'ai appris.",
)

# --- three months after ----------------------------------------------------------------------------

EXAMPLES = {
    "EMPLOI": ("Nous avons rédigé la fiche de poste et le contrat de notre nouvelle animatrice.",
               "J'ai organisé les premiers entretiens professionnels de l'équipe.",
               "Le bureau a voté un budget pour le poste après le calcul du coût complet."),
    "FONCT": ("Nos statuts révisés ont été adoptés à l'AG extraordinaire de juin.",
              "J'ai rédigé le procès-verbal de l'AG avec le modèle remis.",
              "Nous avons clarifié le rôle du bureau et du CA dans un règlement intérieur."),
    "PROJESS": ("J'ai présenté mon projet à la Région avec le pitch travaillé en formation.",
                "Le budget prévisionnel est fait ; il a servi pour la demande de financement.",
                "J'ai pris contact avec deux financeurs repérés pendant la formation."),
    "GESTFI": ("J'ai présenté les comptes à l'AG avec le tableau simplifié.",
               "Nous suivons maintenant la trésorerie chaque mois avec le tableau remis.",
               "Le budget prévisionnel de l'an prochain a été construit en équipe."),
    "EVAL": ("Nous avons choisi cinq indicateurs pour le bilan de l'action de quartier.",
             "Un questionnaire court est maintenant rempli à chaque atelier.",
             "Le rapport d'activité présente pour la première fois des résultats chiffrés."),
    "STATESS": ("Nous avons rencontré l'URSCOP pour étudier la transformation en SCIC.",
                "J'ai pu expliquer les principes de l'ESS à notre conseil d'administration.",
                "Le choix du statut est fait : ce sera une association, en connaissance de cause."),
}
FOLLOWUP_COMMENTS = (
    "Merci encore, la formation m'a donné confiance.",
    "J'aimerais bien un temps de retour entre participant·es quelques mois après.",
    "Les supports me servent régulièrement.",
    "Je reviendrai pour la formation sur la gestion financière.",
)
MORE_TRAINING = (
    "La gestion financière",
    "La fonction d'employeur, pour aller plus loin sur la paie",
    "Un accompagnement individuel sur le montage du projet",
    "L'évaluation des actions",
)

# --- employers -------------------------------------------------------------------------------------

EMPLOYER_EFFECTS = (
    "Plus d'autonomie sur les dossiers administratifs.",
    "Des propositions concrètes en réunion d'équipe.",
    "Un meilleur suivi du budget de son service.",
)
EMPLOYER_NEEDS = (
    "Une formation sur le management d'équipe pour nos coordinateurs.",
    "La prise de parole en public pour nos bénévoles du bureau.",
    "Rien pour le moment.",
)
EMPLOYER_COMMENTS = (
    "Démarches simples, merci pour l'aide sur le dossier OPCO.",
    "Formation utile ; nous inscrirons une autre salariée l'an prochain.",
)

# --- trainers' appraisal of a session --------------------------------------------------------------

ADAPTATIONS = (
    "Exemples choisis dans les associations du groupe ; un exercice en binôme pour les personnes "
    "qui découvraient le sujet.",
    "Supports imprimés en gros caractères pour une participante ; pauses plus fréquentes.",
    "Temps d'échange supplémentaire sur les statuts des participant·es, à leur demande.",
    "Groupe très hétérogène : deux niveaux d'exercices proposés.",
)
HARD_OBJECTIVES = (
    "Le budget et la trésorerie demandent plus de temps pour les personnes qui découvrent.",
    "Les aspects juridiques restent abstraits sans cas concret : prévoir plus d'études de cas.",
    "L'objectif de présentation orale est difficile pour les plus timides.",
)
TRAINER_IMPROVEMENTS = (
    "Envoyer les supports aux participant·es une semaine avant la formation.",
    "Ajouter une étude de cas d'association sans salarié·e.",
    "Réserver une salle plus grande pour les groupes de plus de dix personnes.",
    "Prévoir un temps de retour à froid, par exemple une visio deux mois après.",
    "Raccourcir les apports de la dernière demi-journée au profit des cas pratiques.",
)
DROP_OUT_NOTE = ("Un abandon en cours de formation (motif noté dans l'inscription) ; la personne "
                 "a été orientée vers un accompagnement individuel.")
