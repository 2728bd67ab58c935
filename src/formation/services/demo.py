"""A realistic year of demonstration data: the training programme of a small association.

Modelled on the public activity report of an association that trains the volunteers, employees and
project holders of associations around Lille (the MEL) and Valenciennes: six courses of 2 to 5 days
spread over weeks, a couple of intra sessions for one structure, a few 3-hour "sur mesure" evenings.
People, addresses and SIRET (with valid check digits) are made up; e-mails are at exemple.fr /
exemple.org and telephone numbers in the ranges ARCEP keeps for fiction (06 39 98, 03 53 01), so that
no real person can be reached.

The same year always gives the same data; only what depends on today differs: sessions ended before
today are completed, the one running today is in progress, later ones are planned or confirmed.
"""

from __future__ import annotations

import random
import re
from datetime import date, datetime, time, timedelta
from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from formation.core import frenchfmt
from formation.core.enums import (
    Civility,
    Funding,
    Gender,
    Modality,
    Nature,
    ParticipantStatus,
    RegistrationStatus,
    SessionKind,
    SessionStatus,
    StructureKind,
    TrainerKind,
)
from formation.core.errors import FormationError
from formation.core.planning import SlotTimes, propose_slots
from formation.core.text import fold
from formation.services.demo_answers import answer_year
from formation.services.demo_attendance import record_held_half_days
from formation.services.demo_quality import keep_registers
from formation.storage.database import Database
from formation.storage.models import (
    Course,
    CourseObjective,
    FormResponse,
    Organisation,
    Participant,
    Registration,
    Slot,
    Structure,
    Trainer,
)
from formation.storage.models import Session as TrainingSession

NOT_EMPTY = ("Ce fichier contient déjà des données : la démonstration ne remplit qu'un fichier vide. "
             "Créez un nouveau fichier pour la voir.")
DAY_CENTS = 18_000  # 180 € a day and a person: the catalogue price paid by an OPCO or an employer
FDVA_DAY_CENTS = 5_000
SMALL_DAY_CENTS = 2_000

# --- the organisation --------------------------------------------------------------------------

ORGANISATION = dict(
    name="Maillage", siret="42351876000032", nda="31590721559", qualiopi_number="2021/91754.2",
    qualiopi_certifier="AFNOR Certification", address="47 rue d'Arras", postal_code="59000",
    city="Lille", email="formation@exemple.org", phone="03 53 01 20 21",
    representative_name="Hélène Vercruysse", representative_title="Directrice",
    signature_town="Lille",
)

# --- the catalogue -----------------------------------------------------------------------------


class CourseSpec(NamedTuple):
    code: str
    title: str
    days: int
    nsf_code: str
    objectives: tuple[str, ...]
    programme: str
    target_public: str
    trainers: tuple[str, ...]


NO_PREREQUISITE = ("Aucun prérequis. Une grille d'analyse des besoins est remplie avec chaque "
                   "personne avant la formation.")
METHODS = ("Pédagogie active : apports courts, études de cas tirées des associations des "
           "participant·es, travaux en sous-groupes, échanges d'expériences. Outils et modèles remis "
           "à chacun·e sur clé USB. Groupe de 8 à 12 personnes, en présentiel.")
ASSESSMENT = ("Positionnement à l'entrée sur chaque objectif. Exercices pratiques évalués au fil de la "
              "formation (grille par objectif : non acquis / en cours / acquis) et bilan individuel "
              "rédigé par le·la formateur·rice. Questionnaire de satisfaction à chaud, puis "
              "questionnaire de mise en pratique trois mois après la fin.")
ACCESSIBILITY = ("Salles de plain-pied, accessibles en fauteuil roulant. Pour toute situation de "
                 "handicap, contactez notre référente handicap au 03 53 01 20 21 : nous étudions "
                 "ensemble les adaptations (supports, rythme, placement) et, si besoin, mobilisons nos "
                 "partenaires (Cap emploi, Agefiph, MDPH).")

COURSES = (
    CourseSpec(
        "EMPLOI", "La fonction d'employeur associatif", 4, "315",
        ("Identifier les obligations légales et conventionnelles de l'employeur associatif",
         "Choisir le contrat de travail adapté à un poste et en rédiger les clauses essentielles",
         "Mettre en place le suivi du temps de travail et les entretiens professionnels",
         "Estimer le coût d'un poste et repérer les aides à l'emploi mobilisables",
         "Répartir les rôles entre dirigeant·es bénévoles et salarié·es dans la fonction employeur"),
        "Jour 1 : être employeur dans une association — responsabilités, cadre légal, conventions "
        "collectives.\nJour 2 : recruter — fiche de poste, contrats, formalités d'embauche.\n"
        "Jour 3 : gérer au quotidien — temps de travail, paie, congés, entretiens professionnels.\n"
        "Jour 4 : financer et piloter l'emploi — coût d'un poste, aides, relation bénévoles-salarié·es.",
        "Dirigeant·es bénévoles et salarié·es d'associations employeuses ou qui envisagent "
        "de le devenir.",
        ("claire",)),
    CourseSpec(
        "FONCT", "Le fonctionnement associatif", 2, "128",
        ("Expliquer le cadre juridique de la loi 1901 et les obligations d'une association",
         "Rédiger ou réviser des statuts adaptés au projet associatif",
         "Organiser une assemblée générale et en rédiger le procès-verbal",
         "Répartir les rôles et les responsabilités entre les instances dirigeantes"),
        "Jour 1 : la loi 1901, les statuts, le règlement intérieur, les déclarations en préfecture.\n"
        "Jour 2 : la gouvernance — bureau, conseil d'administration, assemblées, responsabilités des "
        "dirigeant·es ; cas pratiques sur les statuts des participant·es.",
        "Bénévoles, porteur·ses de projet et salarié·es d'associations, en création ou en activité.",
        ("claire",)),
    CourseSpec(
        "PROJESS", "Montage et développement de projets d'ESS", 5, "310",
        ("Formuler le projet : besoins, public, utilité sociale et objectifs",
         "Construire le modèle économique et le budget prévisionnel du projet",
         "Identifier les financements publics et privés adaptés au projet",
         "Choisir le statut juridique adapté au projet d'ESS",
         "Présenter son projet à un partenaire ou un financeur en dix minutes"),
        "Jour 1 : du besoin au projet, l'utilité sociale.\nJour 2 : le modèle économique.\n"
        "Jour 3 : budget prévisionnel et plan de financement.\nJour 4 : statuts et partenariats.\n"
        "Jour 5 : présentation des projets devant le groupe et retours croisés.",
        "Porteur·ses de projet d'économie sociale et solidaire, bénévoles et salarié·es qui développent "
        "une nouvelle activité.",
        ("julien",)),
    CourseSpec(
        "GESTFI", "La gestion financière associative", 4, "314",
        ("Lire et expliquer le compte de résultat et le bilan d'une association",
         "Construire un budget prévisionnel et suivre son exécution",
         "Élaborer un plan de trésorerie et anticiper les décalages",
         "Préparer la présentation des comptes à l'assemblée générale"),
        "Jour 1 : les bases de la comptabilité associative.\nJour 2 : lire les comptes annuels.\n"
        "Jour 3 : budget prévisionnel et suivi.\nJour 4 : trésorerie, tableaux de bord et présentation "
        "des comptes.",
        "Trésorier·es, dirigeant·es bénévoles et salarié·es en charge de la gestion d'une association.",
        ("sophie",)),
    CourseSpec(
        "EVAL", "La démarche d'évaluation dans mon association", 2, "310",
        ("Définir ce que l'association veut évaluer et pour qui",
         "Construire des indicateurs adaptés aux actions de l'association",
         "Choisir et adapter des outils de recueil simples",
         "Valoriser les résultats de l'évaluation auprès des partenaires"),
        "Jour 1 : pourquoi évaluer, questions évaluatives, indicateurs.\nJour 2 : outils de recueil, "
        "analyse et restitution ; plan d'évaluation de chaque participant·e.",
        "Dirigeant·es, bénévoles et salarié·es qui pilotent des actions associatives.",
        ("julien",)),
    CourseSpec(
        "STATESS", "Les statuts et fondements de l'ESS", 3, "128",
        ("Situer l'économie sociale et solidaire, son histoire et ses principes",
         "Comparer les statuts de l'ESS : association, coopérative, SCIC, entreprise agréée ESUS",
         "Identifier le statut adapté à son projet et les étapes pour l'adopter"),
        "Jour 1 : histoire et principes de l'ESS, la loi de 2014.\nJour 2 : les statuts comparés.\n"
        "Jour 3 : ateliers sur les projets des participant·es.",
        "Créateur·rices d'activité, porteur·ses de projet et bénévoles curieux·ses de l'ESS.",
        ("julien",)),
)

# --- trainers, places and structures -------------------------------------------------------------


class TrainerSpec(NamedTuple):
    key: str
    first_name: str
    last_name: str
    kind: TrainerKind
    phone: str
    qualifications: str


TRAINERS = (
    TrainerSpec("claire", "Claire", "Desrousseaux", TrainerKind.INTERNAL, "03 53 01 20 22",
                "Chargée d'accompagnement emploi et vie associative. Master 2 de droit social. "
                "Huit ans d'accompagnement d'associations employeuses. Formation de formatrice "
                "d'adultes ; veille juridique mensuelle."),
    TrainerSpec("julien", "Julien", "Mabille", TrainerKind.INTERNAL, "03 53 01 20 23",
                "Chargé d'accompagnement de projets d'ESS. Master d'économie sociale et solidaire. "
                "Accompagne la création d'activités depuis dix ans. Formé à l'évaluation d'impact "
                "social et à l'animation de groupes."),
    TrainerSpec("sophie", "Sophie", "Hennebelle", TrainerKind.EXTERNAL, "06 39 98 00 17",
                "Expert-comptable, associée d'un cabinet spécialisé dans les associations. Diplôme "
                "d'expertise comptable. Intervient auprès de l'association depuis 2017."),
)


class Place(NamedTuple):
    name: str
    address: str


PLACES = {
    "mons": Place("MdA Mons-en-Barœul",
                  "Maison monsoise des associations, 12 avenue Robert Schuman, 59370 Mons-en-Barœul"),
    "mres": Place("MRES", "Maison régionale de l'environnement et des solidarités, "
                          "23 rue Gosselet, 59000 Lille"),
    "maillage": Place("Maillage (Lille)", "Salle de formation, 47 rue d'Arras, 59000 Lille"),
    "valenciennes": Place("MdA Valenciennes",
                          "Maison des associations, 8 rue du Rempart, 59300 Valenciennes"),
    "mda_lille": Place("MdA Lille", "Maison des associations, 72 rue Royale, 59000 Lille"),
    "mda_tourcoing": Place("MdA Tourcoing",
                           "Maison des associations, 100 rue de Lille, 59200 Tourcoing"),
    "apes": Place("APES", "Acteurs pour une économie solidaire, 61 rue de la Justice, 59000 Lille"),
    "regie": Place("Régie de quartier Les Trois Ponts", "14 rue Jean Macé, 59100 Roubaix"),
}


class StructureSpec(NamedTuple):
    key: str
    name: str
    kind: StructureKind
    address: str
    postal_code: str
    city: str
    contact: str
    siret: str = ""
    area: str = "MEL"


STRUCTURES = (
    StructureSpec("uniformation", "OPCO Uniformation", StructureKind.FUNDER, "9 rue Alphonse Colas",
                  "59000", "Lille", "Pôle entreprises Hauts-de-France"),
    StructureSpec("drajes", "DRAJES Hauts-de-France (FDVA)", StructureKind.FUNDER,
                  "20 rue Saint-Jacques", "59000", "Lille", "Service vie associative"),
    StructureSpec("mda_lille", "Maison des associations de Lille", StructureKind.CLIENT, "72 rue Royale",
                  "59000", "Lille", "Inès Benali"),
    StructureSpec("mda_tourcoing", "Maison des associations de Tourcoing", StructureKind.CLIENT,
                  "100 rue de Lille", "59200", "Tourcoing", "Grégory Vanhoutte"),
    StructureSpec("mres", "MRES", StructureKind.ASSOCIATION, "23 rue Gosselet", "59000", "Lille",
                  "Agnès Delbecq", "77564120200012"),
    StructureSpec("apes", "APES – Acteurs pour une économie solidaire", StructureKind.ASSOCIATION,
                  "61 rue de la Justice", "59000", "Lille", "Rachid Amrani", "43128765500028"),
    StructureSpec("creche", "Crèche parentale Les P'tits Loups", StructureKind.EMPLOYER,
                  "5 rue des Stations", "59000", "Lille", "Anne-Laure Catteau", "51238904000019"),
    StructureSpec("regie", "Régie de quartier Les Trois Ponts", StructureKind.EMPLOYER,
                  "14 rue Jean Macé", "59100", "Roubaix", "Mamadou Cissé", "38412096000040"),
    StructureSpec("centre_social", "Centre social L'Arbre à palabres", StructureKind.EMPLOYER,
                  "31 rue de Tournai", "59200", "Tourcoing", "Véronique Lepers", "44873210700017"),
    StructureSpec("epicerie", "Épicerie solidaire La Passerelle", StructureKind.EMPLOYER,
                  "2 place Hentgès", "59260", "Hellemmes", "Karim Haddad", "80124573900017"),
    StructureSpec("recyclerie", "Recyclerie L'Atelier du Coin", StructureKind.EMPLOYER,
                  "118 rue Carnot", "59150", "Wattrelos", "Ludivine Dewailly", "82910347200025"),
    StructureSpec("cafe", "Café associatif Le Grain de Sel", StructureKind.EMPLOYER,
                  "9 rue Georges Potié", "59120", "Loos", "Benoît Crépin", "79045612300013"),
    StructureSpec("jardins", "Les Jardins partagés du Bocage", StructureKind.ASSOCIATION,
                  "Chemin des Prés", "59650", "Villeneuve-d'Ascq", "Marie-Claire Œuvray"),
    StructureSpec("ludo", "Ludothèque La Ribambelle", StructureKind.ASSOCIATION,
                  "40 rue du Becquerel", "59370", "Mons-en-Barœul", "Salomé N'Diaye"),
    StructureSpec("velo", "Atelier vélo Roue Libre", StructureKind.ASSOCIATION,
                  "7 rue Nationale", "59700", "Marcq-en-Barœul", "Théo Lefèvre"),
    StructureSpec("compagnie", "Compagnie Les Tréteaux du Hainaut", StructureKind.EMPLOYER,
                  "15 rue de Famars", "59300", "Valenciennes", "Nathalie Deldicque", "52378019500021",
                  "CAVM"),
    StructureSpec("ateliers", "Les Ateliers de l'Escaut", StructureKind.EMPLOYER,
                  "3 rue Jean Jaurès", "59410", "Anzin", "Jérôme Bouchez", "49216580800030", "CAVM"),
)

# --- the year's programme ----------------------------------------------------------------------


class Plan(NamedTuple):
    course: str
    month: int
    place: str
    days: int = 0  # 0: the course's own duration
    spacing: int = 7  # days from one training day to the next (1: consecutive days)
    kind: SessionKind = SessionKind.INTER
    client: str = ""
    topic: str = ""
    employees: float = 0.14  # share of employees among the participants
    abandon: bool = False
    cancelled: bool = False
    note: str = ""


INTRA, CUSTOM = SessionKind.INTRA, SessionKind.CUSTOM
PROGRAMME = (
    Plan("EMPLOI", 1, "mons", abandon=True),
    Plan("GESTFI", 1, "valenciennes", employees=0.7),
    Plan("FONCT", 3, "mons", spacing=1),
    Plan("FONCT", 3, "mda_lille", kind=CUSTOM, client="mda_lille",
         topic="Créer son association : obligations administratives et juridiques"),
    Plan("PROJESS", 3, "mons", abandon=True),
    Plan("FONCT", 4, "maillage", kind=INTRA, client="creche", employees=0.5,
         topic="Gouvernance associative : rôles du bureau, du conseil d'administration et de l'équipe"),
    Plan("STATESS", 4, "maillage"),
    Plan("EVAL", 5, "valenciennes", cancelled=True),
    Plan("EMPLOI", 5, "mda_tourcoing", kind=CUSTOM, client="mda_tourcoing",
         topic="Créer un emploi, comment faire ?"),
    Plan("PROJESS", 5, "maillage"),
    Plan("FONCT", 6, "mres", spacing=14),
    Plan("EMPLOI", 7, "apes", kind=CUSTOM, client="apes", topic="La qualité de vie au travail"),
    Plan("GESTFI", 9, "mres", abandon=True),
    Plan("EMPLOI", 9, "maillage", days=3, spacing=14,
         note="Session raccourcie d'une journée après plusieurs annulations de dernière minute."),
    Plan("EVAL", 10, "maillage", spacing=14),
    Plan("FONCT", 10, "mons", spacing=1),
    Plan("STATESS", 11, "maillage"),
    Plan("GESTFI", 11, "regie", days=2, spacing=1, kind=INTRA, client="regie", employees=0.7,
         topic="Budget et trésorerie d'une structure d'insertion"),
    Plan("EMPLOI", 11, "mons"),
    Plan("FONCT", 12, "mres", kind=CUSTOM, client="mres",
         topic="Valoriser l'engagement bénévole dans votre association"),
)
CUSTOM_TIMES = ((time(18, 0), time(21, 0)), (time(14, 0), time(17, 0)))

# --- people ------------------------------------------------------------------------------------

WOMEN = (
    "Marie-Claire", "Anne-Sophie", "Élodie", "Céline", "Nadia", "Fatima", "Sophie", "Aurélie",
    "Émilie", "Léa", "Chloé", "Inès", "Yasmina", "Sandrine", "Nathalie", "Isabelle", "Véronique",
    "Christelle", "Laëtitia", "Amandine", "Pauline", "Manon", "Clémence", "Héloïse", "Maëlle", "Zoé",
    "Salomé", "Océane", "Aïcha", "Fatoumata", "Mariama", "Khadija", "Samira", "Leïla", "Sarah",
    "Myriam", "Agnès", "Brigitte", "Françoise", "Monique", "Bérénice", "Gaëlle", "Noémie", "Justine",
    "Margaux", "Anaïs", "Mélanie", "Stéphanie", "Virginie", "Delphine", "Hélène", "Josiane",
    "Marie-Ange", "Marie-Thérèse", "Anne-Laure", "Lucie", "Maryse", "Karima", "Nora", "Awa",
    "Ludivine", "Coralie", "Séverine", "Jeanne", "Clotilde", "Malika", "Rose-Marie", "Sylvie",
)
MEN = (
    "Jean-Baptiste", "Pierre-Yves", "Jean-Marc", "Mohamed", "Karim", "Yacine", "Mehdi", "Thomas",
    "Nicolas", "Julien", "Antoine", "Maxime", "Kévin", "Jérôme", "Sébastien", "Frédéric", "Grégory",
    "Benoît", "François", "Hervé", "Bernard", "Michel", "Daniel", "Gérard", "Patrick", "Didier",
    "Laurent", "Olivier", "Théo", "Hugo", "Lucas", "Mamadou", "Ousmane", "Moussa", "Abdelkader",
    "Rachid", "Samir", "Bilal", "Ibrahim", "Anthony", "Ludovic", "Arnaud", "Rémi", "Cédric", "Joël",
    "Gaëtan", "Loïc", "Aurélien", "Damien", "Mathieu", "Vincent", "Félix", "Jean-Luc", "Marc-Antoine",
    "Youssef", "Adama", "Noël",
)
EPICENE = ("Camille", "Dominique", "Alex", "Sacha", "Charlie", "Claude")
LAST_NAMES = (
    "Dupont", "Lefebvre", "Lefèvre", "Delattre", "Vandenberghe", "Vanhoutte", "Desmet", "Deschamps",
    "Delcourt", "Dubois", "Martin", "Leroy", "Lemaire", "Dumont", "Declercq", "Verhaeghe", "Vermeulen",
    "Devos", "Lambert", "Carpentier", "Duhamel", "Bécu", "Hénaut", "Œuvray", "N'Diaye", "Diallo",
    "Traoré", "Benali", "Haddad", "Boukhris", "Saïdi", "Ben Amor", "Nguyen", "Tran", "Da Silva",
    "Pereira", "Kowalski", "Nowak", "Wójcik", "Lewandowski", "Mendès", "Gomes", "Ferreira", "Caron",
    "Roussel", "Lecomte", "Lenoir", "Masson", "Bouchez", "Dhaenens", "Descamps", "Delannoy", "Delbecq",
    "Vasseur", "Bailleul", "Flament", "Wallart", "Wattel", "Dewailly", "Lepers", "Debaecker",
    "Cuvelier", "Ghesquière", "Dufour", "Fournier", "Girard", "Bonnet", "Faure", "Rousseau", "Mercier",
    "Blanchard", "Chevalier", "Legrand", "Garnier", "Perrin", "Morel", "Fontaine", "Petit", "Moreau",
    "Simon", "Lefort", "Hamidi", "Bensaïd", "Ouali", "Cissé", "Koné", "Camara", "Sow", "Mbaye",
    "Keïta", "Yilmaz", "Demir", "Aït Ahmed", "Amrani", "El Idrissi", "Chaouch", "Brahimi", "Mokhtari",
    "Leclercq", "Dujardin", "Catteau", "Lebrun", "Prévost", "Crépin", "Thélu", "Fiévet", "Bourgois",
    "Six", "Verstraete", "Van Acker", "De Smet", "Deldicque", "Lhermitte", "Dubois-Lefèvre",
    "Martin-Delcourt", "Le Goff", "Le Bihan", "D'Hondt", "D'Halluin", "Châtelain", "Boulanger",
)
OTHER_STATUSES = (ParticipantStatus.VOLUNTEER, ParticipantStatus.JOB_SEEKER,
                  ParticipantStatus.PROJECT_HOLDER, ParticipantStatus.SELF_EMPLOYED,
                  ParticipantStatus.INDIVIDUAL)
OTHER_WEIGHTS = (36, 40, 19, 3, 2)


class Commune(NamedTuple):
    name: str
    postal_code: str
    weight: int


MEL = (
    Commune("Lille", "59000", 30), Commune("Roubaix", "59100", 10), Commune("Tourcoing", "59200", 8),
    Commune("Villeneuve-d'Ascq", "59650", 8), Commune("Mons-en-Barœul", "59370", 6),
    Commune("Loos", "59120", 3), Commune("Lomme", "59160", 4), Commune("Hellemmes", "59260", 3),
    Commune("Wattrelos", "59150", 4), Commune("Marcq-en-Barœul", "59700", 3),
    Commune("La Madeleine", "59110", 3), Commune("Lambersart", "59130", 3), Commune("Croix", "59170", 2),
    Commune("Wasquehal", "59290", 2), Commune("Faches-Thumesnil", "59155", 2),
    Commune("Ronchin", "59790", 2), Commune("Hem", "59510", 2), Commune("Armentières", "59280", 2),
    Commune("Seclin", "59113", 1),
)
CAVM = (Commune("Valenciennes", "59300", 6), Commune("Anzin", "59410", 2),
        Commune("Saint-Amand-les-Eaux", "59230", 2), Commune("Marly", "59770", 1),
        Commune("Onnaing", "59264", 1))
ELSEWHERE = (Commune("Douai", "59500", 2), Commune("Cambrai", "59400", 1), Commune("Denain", "59220", 1),
             Commune("Dunkerque", "59140", 1), Commune("Hazebrouck", "59190", 1))

SPECIFIC_NEEDS = (
    (Gender.FEMALE, "Malentendante : placer au premier rang, face à l'intervenant·e ; parler sans "
                    "tourner le dos au groupe."),
    (None, "Se déplace en fauteuil roulant : salle de plain-pied et toilettes accessibles."),
    (None, "Dyslexie : supports envoyés quelques jours avant, en police adaptée."),
    (Gender.MALE, "Malvoyant : supports imprimés en gros caractères (corps 18)."),
    (None, "Diabète : prévoir une courte pause en milieu de demi-journée."),
)
CANCEL_REASONS = (
    "Empêchement professionnel : réunion de service déplacée sur les dates de la formation",
    "Raisons de santé",
    "A trouvé un emploi qui commence avant la formation",
    "Problème de garde d'enfant",
    "Inscription reportée à la prochaine session",
    "Pas de solution de transport jusqu'au lieu de formation",
)
ABANDON_REASONS = (
    "A repris un emploi à temps plein en cours de formation",
    "Raisons de santé : arrêt après la première journée",
    "Contenus éloignés de son projet : orientation vers un accompagnement individuel",
)
SESSION_CANCELLED = "Session annulée faute de participant·es"


# --- public API --------------------------------------------------------------------------------

def is_empty(db: Database) -> bool:
    """No course, session, participant, structure or trainer yet (the organisation may be set)."""
    with db.session() as s:
        return not any(s.scalar(select(func.count()).select_from(model))
                       for model in (Course, TrainingSession, Participant, Structure, Trainer))


def fill(db: Database, year: int | None = None, *, today: date | None = None,
         answered: bool = True) -> str:
    """Fill an empty file with a year of training activity; returns a French summary.

    `answered=False` leaves the questionnaires out (the registers are kept): a lighter year, for
    what is timed on sessions and attendance alone."""
    today = today or date.today()
    year = year or today.year
    if not is_empty(db):
        raise FormationError(NOT_EMPTY)
    with db.begin() as s:
        builder = _Builder(s, year, today)
        builder.build()
        s.flush()
        # Half-days before today are held and signed; today's are left for the user to try.
        record_held_half_days(s, datetime.combine(today, time(0, 0)), builder.rng)
    # Questionnaires and registers through their own services, as the screens fill them.
    if answered:
        answer_year(db, year, today)
    keep_registers(db, year, today)
    return _summary(db, year)


def _summary(db: Database, year: int) -> str:
    with db.session() as s:
        count = [s.scalar(select(func.count()).select_from(model)) or 0
                 for model in (Course, TrainingSession, Participant, Trainer, Registration, Structure)]
        answered = s.scalar(select(func.count()).select_from(FormResponse)
                            .where(FormResponse.answered_at.is_not(None))) or 0
    return (f"Démonstration {year} créée : {count[0]} formations, {count[1]} sessions, "
            f"{count[2]} participant·es, {count[3]} formateur·rices, {count[4]} inscriptions, "
            f"{count[5]} structures et {answered} questionnaires remplis.")


# --- the builder -------------------------------------------------------------------------------

class _Builder:
    """Everything is drawn from generators seeded by the year: same year, same data."""

    def __init__(self, s: OrmSession, year: int, today: date) -> None:
        self.s, self.year, self.today = s, year, today
        self.rng = random.Random(f"formation-demo-{year}")
        self.holidays = _holidays(year) | _holidays(year + 1)
        self.courses: dict[str, Course] = {}
        self.trainers: dict[str, Trainer] = {}
        self.structures: dict[str, Structure] = {}
        self.people: list[Participant] = []
        self.returning: list[Participant] = []  # people of inter sessions, who may come again
        self.taken: set[str] = set()  # names, e-mails, phones and session codes already given
        self.busy: set[tuple[str, date]] = set()  # (trainer or place, day)
        self.waiting_list_done = False

    def build(self) -> None:
        self._organisation()
        self._catalogue()
        self._trainers_and_structures()
        for index, plan in enumerate(PROGRAMME):
            self._session(index, plan)
        self._specific_needs()

    def _organisation(self) -> None:
        row = self.s.get(Organisation, 1)
        if row is not None and row.name:
            return  # the organisation's real identity is kept
        row = row or Organisation(id=1)
        for name, value in ORGANISATION.items():
            setattr(row, name, value)
        row.qualiopi_date = date(self.year - 1, 11, 18)
        self.s.add(row)

    def _catalogue(self) -> None:
        for spec in COURSES:
            course = Course(
                code=spec.code, title=spec.title, programme=spec.programme,
                prerequisites=NO_PREREQUISITE, target_public=spec.target_public, methods=METHODS,
                assessment_methods=ASSESSMENT, duration_minutes=spec.days * 7 * 60,
                modality=Modality.ONSITE, nature=Nature.TRAINING, nsf_code=spec.nsf_code,
                price_cents=spec.days * DAY_CENTS, accessibility=ACCESSIBILITY,
                objectives=[CourseObjective(position=n, text=text)
                            for n, text in enumerate(spec.objectives, start=1)])
            self.courses[spec.code] = course
            self.s.add(course)

    def _trainers_and_structures(self) -> None:
        for t in TRAINERS:
            self.taken.add(t.phone)
            self.trainers[t.key] = Trainer(
                first_name=t.first_name, last_name=t.last_name, kind=t.kind, phone=t.phone,
                email=f"{_slug(t.first_name)}.{_slug(t.last_name)}@exemple.org",
                qualifications=t.qualifications)
        for x in STRUCTURES:
            self.structures[x.key] = Structure(
                name=x.name, kind=x.kind, siret=x.siret, address=x.address,
                postal_code=x.postal_code, city=x.city, contact_name=x.contact,
                contact_email=f"{x.key.replace('_', '-')}@exemple.org",
                contact_phone=f"03 53 01 {len(self.structures) + 30:02d} {self.rng.randint(10, 99)}")
        self.s.add_all([*self.trainers.values(), *self.structures.values()])

    # --- sessions ------------------------------------------------------------------------------

    def _session(self, index: int, plan: Plan) -> None:
        spec = _course_spec(plan.course)
        trainers = spec.trainers[:1] if plan.kind is CUSTOM else spec.trainers
        days = self._days(plan, trainers)
        slots = self._slots(plan, days)
        capacity = {INTRA: 8, CUSTOM: 12}.get(plan.kind) or self.rng.choice((8, 10, 12))
        wanted = self.rng.randint(max(4, capacity - 4), capacity)
        status = _status(plan, days, self.today)
        full = self._takes_the_waiting_list(plan, status)
        place = PLACES[plan.place]
        session = TrainingSession(
            course=self.courses[plan.course], code=self._code(plan.course, days[0]), kind=plan.kind,
            status=SessionStatus.CONFIRMED if full else status, start_date=days[0],
            end_date=days[-1], place=place.name, address=place.address, capacity=capacity,
            client=self.structures.get(plan.client), notes=self._notes(plan, days),
            trainers=[self.trainers[k] for k in trainers],
            slots=[Slot(day=x.day, start_time=x.start, end_time=x.end) for x in slots])
        self.s.add(session)
        count = 3 if plan.cancelled else capacity + 2 if full else wanted
        rng = random.Random(f"formation-demo-{self.year}-{index}")
        self._registrations(rng, session, plan, days, count)

    def _days(self, plan: Plan, trainers: tuple[str, ...]) -> list[date]:
        """Training days from a day drawn in the month, moved on until trainers and room are free."""
        count = 1 if plan.kind is CUSTOM else plan.days or _course_spec(plan.course).days
        first = date(self.year, plan.month, self.rng.randint(2, 14))
        keys = [*trainers, plan.place]
        for _ in range(60):
            days = self._training_days(first, count, plan.spacing)
            if not any((key, day) in self.busy for key in keys for day in days):
                break
            first += timedelta(days=1)
        self.busy.update((key, day) for key in keys for day in days)
        return days

    def _training_days(self, first: date, count: int, spacing: int) -> list[date]:
        days: list[date] = []
        day = first
        while len(days) < count:
            while day.weekday() >= 5 or day in self.holidays:
                day += timedelta(days=1)
            days.append(day)
            day += timedelta(days=spacing)
        return days

    def _slots(self, plan: Plan, days: list[date]) -> list[SlotTimes]:
        if plan.kind is CUSTOM:
            return [SlotTimes(days[0], *self.rng.choice(CUSTOM_TIMES))]
        return [slot for day in days for slot in propose_slots(day, day)]

    def _code(self, course: str, start: date) -> str:
        """COURSE-YYYY-MM, with a letter when taken: what sessions.propose_code gives."""
        base = f"{course}-{start:%Y-%m}"
        code = next(f"{base}{suffix}" for suffix in ["", *"BCDEFGHIJ"]
                    if f"{base}{suffix}" not in self.taken)
        self.taken.add(code)
        return code

    def _notes(self, plan: Plan, days: list[date]) -> str:
        notes = [f"Thème : {plan.topic}." if plan.topic else "", plan.note]
        if plan.cancelled:
            notes.append(f"{SESSION_CANCELLED}, décision prise le "
                         f"{frenchfmt.short_date(self._cancel_day(days[0]))}.")
        return " ".join(n for n in notes if n)

    def _takes_the_waiting_list(self, plan: Plan, status: SessionStatus) -> bool:
        """The first future inter session is full, with people waiting."""
        future = status in (SessionStatus.PLANNED, SessionStatus.CONFIRMED)
        if future and plan.kind is SessionKind.INTER and not self.waiting_list_done:
            self.waiting_list_done = True
            return True
        return False

    def _cancel_day(self, start: date) -> date:
        return min(self.today, start - timedelta(days=14))

    # --- registrations -------------------------------------------------------------------------

    def _registrations(self, rng: random.Random, session: TrainingSession, plan: Plan,
                       days: list[date], count: int) -> None:
        chosen: list[Participant] = []
        for position in range(count):
            chosen.append(self._attendee(rng, plan, position, count, chosen))
        registrations = [self._registration(rng, session, plan, person, days) for person in chosen]
        self.s.add_all(registrations)
        self._statuses(rng, session, plan, days, registrations)

    def _registration(self, rng: random.Random, session: TrainingSession, plan: Plan,
                      person: Participant, days: list[date]) -> Registration:
        funding, amount = _funding(rng, plan, person.status, len(days))
        registered = min(self.today, days[0] - timedelta(days=rng.randint(8, 60)))
        return Registration(participant=person, session=session, funding=funding,
                            amount_cents=amount, registered_on=registered,
                            status=RegistrationStatus.REGISTERED)

    def _statuses(self, rng: random.Random, session: TrainingSession, plan: Plan, days: list[date],
                  registrations: list[Registration]) -> None:
        status = session.status
        if status is SessionStatus.CANCELLED:
            decided = self._cancel_day(days[0])
            for r in registrations:
                r.registered_on = min(r.registered_on, decided)
                self._change(r, RegistrationStatus.CANCELLED, SESSION_CANCELLED, decided)
            return
        if session.capacity < len(registrations):  # the full one: the last ones wait
            for r in registrations[session.capacity:]:
                r.status = RegistrationStatus.WAITING
                r.registered_on = min(self.today, days[0] - timedelta(days=rng.randint(2, 7)))
            return
        for r in registrations:
            if status is SessionStatus.COMPLETED:
                self._change(r, RegistrationStatus.COMPLETED, "", days[-1])
            elif status is SessionStatus.PLANNED and rng.random() < 0.3:
                r.status = RegistrationStatus.PRE_REGISTERED
        self._drop_outs(rng, plan, days, registrations)

    def _drop_outs(self, rng: random.Random, plan: Plan, days: list[date],
                   registrations: list[Registration]) -> None:
        """Now and then someone cancels before the start; some leave a long session midway."""
        if len(registrations) >= 6 and rng.random() < 0.4:
            r = registrations[rng.randrange(len(registrations))]
            day = min(self.today, max(r.registered_on, days[0] - timedelta(days=rng.randint(1, 6))))
            self._change(r, RegistrationStatus.CANCELLED, rng.choice(CANCEL_REASONS), day)
        started = [day for day in days[1:] if day <= self.today]
        if plan.abandon and started:
            r = next(r for r in reversed(registrations)
                     if r.status is not RegistrationStatus.CANCELLED)
            self._change(r, RegistrationStatus.ABANDONED, rng.choice(ABANDON_REASONS), started[0])

    @staticmethod
    def _change(r: Registration, status: RegistrationStatus, reason: str, day: date) -> None:
        r.status, r.status_reason, r.status_changed_on = status, reason, day

    # --- participants --------------------------------------------------------------------------

    def _attendee(self, rng: random.Random, plan: Plan, position: int, count: int,
                  chosen: list[Participant]) -> Participant:
        """Someone who came before (now and then, in inter sessions), or a new person."""
        if plan.kind is SessionKind.INTER and self.returning and rng.random() < 0.07:
            person = rng.choice(self.returning)
            if person not in chosen:
                return person
        if plan.kind is INTRA:
            employee = position < round(count * plan.employees)
            status = ParticipantStatus.EMPLOYEE if employee else ParticipantStatus.VOLUNTEER
        elif rng.random() < plan.employees:
            status = ParticipantStatus.EMPLOYEE
        else:
            status = rng.choices(OTHER_STATUSES, OTHER_WEIGHTS)[0]
        person = self._person(rng, status, self._structure_of(rng, plan, status), _area(plan))
        if plan.kind is SessionKind.INTER:
            self.returning.append(person)
        return person

    def _structure_of(self, rng: random.Random, plan: Plan,
                      status: ParticipantStatus) -> Structure | None:
        if plan.kind is INTRA:
            return self.structures[plan.client]
        if status is ParticipantStatus.EMPLOYEE:
            employers = [x.key for x in STRUCTURES
                         if x.kind is StructureKind.EMPLOYER and x.area == _area(plan)]
            return self.structures[rng.choice(employers)]
        if status is ParticipantStatus.VOLUNTEER and rng.random() < 0.4:
            associations = [x.key for x in STRUCTURES if x.kind is StructureKind.ASSOCIATION]
            return self.structures[rng.choice(associations)]
        return None

    def _person(self, rng: random.Random, status: ParticipantStatus, structure: Structure | None,
                area: str) -> Participant:
        gender, civility, first_names = _gender(rng)
        first, last = self._name(rng, first_names)
        commune = _commune(rng, area)
        person = Participant(
            civility=civility, gender=gender, first_name=first, last_name=last, status=status,
            email=self._email(rng, first, last), phone=self._phone(rng), structure=structure,
            commune=commune.name, postal_code=commune.postal_code)
        self.people.append(person)
        return person

    def _name(self, rng: random.Random, first_names: tuple[str, ...]) -> tuple[str, str]:
        while True:
            first, last = rng.choice(first_names), rng.choice(LAST_NAMES)
            if f"{first} {last}" not in self.taken:
                self.taken.add(f"{first} {last}")
                return first, last

    def _email(self, rng: random.Random, first: str, last: str) -> str:
        first, last = _slug(first), _slug(last)
        local = f"{first}.{last}" if rng.random() < 0.8 else f"{first[0]}{last}"
        domain = rng.choice(("exemple.fr", "exemple.org"))
        email, n = f"{local}@{domain}", 1
        while email in self.taken:
            n += 1
            email = f"{local}{n}@{domain}"
        self.taken.add(email)
        return email

    def _phone(self, rng: random.Random) -> str:
        while True:
            phone = f"06 39 98 {rng.randint(0, 99):02d} {rng.randint(0, 99):02d}"
            if phone not in self.taken:
                self.taken.add(phone)
                return phone

    def _specific_needs(self) -> None:
        """A few people told of a need in their needs-analysis grid."""
        for gender, need in SPECIFIC_NEEDS:
            candidates = [p for p in self.people if not p.specific_needs
                          and (gender is None or p.gender is gender)]
            self.rng.choice(candidates).specific_needs = need


# --- small rules -------------------------------------------------------------------------------

def _course_spec(code: str) -> CourseSpec:
    return next(spec for spec in COURSES if spec.code == code)


def _status(plan: Plan, days: list[date], today: date) -> SessionStatus:
    if plan.cancelled:
        return SessionStatus.CANCELLED
    if days[-1] < today:
        return SessionStatus.COMPLETED
    if days[0] <= today:
        return SessionStatus.IN_PROGRESS
    return SessionStatus.CONFIRMED if (days[0] - today).days <= 30 else SessionStatus.PLANNED


def _funding(rng: random.Random, plan: Plan, status: ParticipantStatus,
             days: int) -> tuple[Funding, int]:
    """Who pays, and how much (in cents), as the association's funders usually do."""
    if plan.kind is CUSTOM:
        return Funding.OTHER, 0  # the partner pays the evening as a whole
    draw = rng.random()
    if status is ParticipantStatus.EMPLOYEE:
        return (Funding.OPCO if draw < 0.7 else Funding.EMPLOYER), days * DAY_CENTS
    if status is ParticipantStatus.VOLUNTEER:
        return Funding.FDVA, days * FDVA_DAY_CENTS
    if status is ParticipantStatus.JOB_SEEKER:
        return (Funding.FRANCE_TRAVAIL, days * DAY_CENTS) if draw < 0.4 else (Funding.OTHER, 0)
    if status is ParticipantStatus.PROJECT_HOLDER:
        return (Funding.PERSONAL, days * SMALL_DAY_CENTS) if draw < 0.3 else (Funding.OTHER, 0)
    return Funding.PERSONAL, days * 3 * SMALL_DAY_CENTS


def _area(plan: Plan) -> str:
    return "CAVM" if plan.place == "valenciennes" else "MEL"


def _commune(rng: random.Random, area: str) -> Commune:
    home, near = (CAVM, MEL) if area == "CAVM" else (MEL, CAVM)
    draw = rng.random()
    group = home if draw < 0.9 else near if draw < 0.94 else ELSEWHERE
    return rng.choices(group, [c.weight for c in group])[0]


def _gender(rng: random.Random) -> tuple[Gender, Civility, tuple[str, ...]]:
    draw = rng.random()
    if draw < 0.6:
        return Gender.FEMALE, Civility.MRS, WOMEN
    if draw < 0.98:
        return Gender.MALE, Civility.MR, MEN
    return Gender.OTHER, Civility.NONE, EPICENE


def _slug(text: str) -> str:
    """For e-mail addresses: 'Œuvray' -> 'oeuvray', "N'Diaye" -> 'ndiaye', 'Le Goff' -> 'le-goff'."""
    folded = fold(text).replace("œ", "oe").replace("æ", "ae")
    return re.sub(r"[^a-z0-9-]", "", folded.replace(" ", "-"))


def _holidays(year: int) -> set[date]:
    """French public holidays: no training on those days."""
    easter = _easter(year)
    fixed = [(1, 1), (5, 1), (5, 8), (7, 14), (8, 15), (11, 1), (11, 11), (12, 25)]
    return {date(year, m, d) for m, d in fixed} | {
        easter + timedelta(days=n) for n in (1, 39, 50)}  # Monday, Ascension, Whit Monday


def _easter(year: int) -> date:
    """Easter Sunday (the anonymous Gregorian algorithm)."""
    a, (b, c) = year % 19, divmod(year, 100)
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday) // 451
    month, day = divmod(h + weekday - 7 * m + 114, 31)
    return date(year, month, day + 1)
