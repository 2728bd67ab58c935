<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr_FR">
<context>
    <name></name>
    <message>
        <location filename="../src/formation/ui/attendance/style.py" line="+87"/>
        <source>matin</source>
        <translation>morning</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>après-midi</source>
        <translation>afternoon</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 à %2</source>
        <translation>%1 at %2</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../src/formation/ui/about.py" line="+37"/>
        <source>À propos de Formation</source>
        <translation>About Formation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Formation&lt;/b&gt; %1&lt;br&gt;Le cycle qualité d&apos;un organisme de formation, hors ligne, dans un seul fichier.</source>
        <translation>&lt;b&gt;Formation&lt;/b&gt; %1&lt;br&gt;The quality cycle of a training provider, offline, in a single file.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossier des données</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fichier ouvert</source>
        <translation>Open file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossier des journaux</source>
        <translation>Log folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qt / PySide6</source>
        <translation>Qt / PySide6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ouvrir le dossier des données</source>
        <translation>Open the data folder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>AttendanceWindow</name>
    <message>
        <location filename="../src/formation/ui/attendance_window.py" line="+71"/>
        <source>Émargement — %1 — %2</source>
        <translation>Attendance — %1 — %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Émargement — %1</source>
        <translation>Attendance — %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Formation animée par %1</source>
        <translation>Course led by %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Demi-journée précédente</source>
        <translation>Previous half-day</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Demi-journée suivante</source>
        <translation>Next half-day</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Demi-journée</source>
        <translation>Half-day</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Corriger…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Annuler la correction</source>
        <translation>Cancel the correction</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Signature du formateur·rice</source>
        <translation>Trainer&apos;s signature</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Formateur·rice qui signe</source>
        <translation>Trainer signing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signer la demi-journée</source>
        <translation>Sign the half-day</translation>
    </message>
    <message>
        <location line="+60"/>
        <source> — signée par %1</source>
        <translation> — signed by %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Cette session n&apos;a pas encore de demi-journée : ajoutez-en dans la fiche de la session.</source>
        <translation>This session has no half-day yet: add some in the session&apos;s form.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>En cours</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>À venir</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passée</source>
        <translation>Past</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Personne n&apos;est inscrit·e à cette session.</source>
        <translation>Nobody is registered for this session.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> et </source>
        <translation> and </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 à %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demi-journée signée par %1 — verrouillée</source>
        <translation>Half-day signed by %1 — locked</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Correction par %1&lt;/b&gt; — motif : %2&lt;br&gt;Touchez la présence à corriger : elle sera enregistrée avec ce nom, ce motif et la valeur d&apos;avant.</source>
        <translation>&lt;b&gt;Correction by %1&lt;/b&gt; — reason: %2&lt;br&gt;Tap the attendance to correct: it will be recorded with this name, this reason and the previous value.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Aucun formateur·rice n&apos;est indiqué·e pour cette session : ajoutez-le dans la fiche de la session pour pouvoir signer.</source>
        <translation>No trainer is set for this session: add one in the session&apos;s form to be able to sign.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Un·e autre formateur·rice de la session peut aussi signer.</source>
        <translation>Another trainer of the session can sign too.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signée : les présences ne changent plus que par « Corriger… ».</source>
        <translation>Signed: attendance now changes only through “Correct…”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>À faire quand toutes les présences sont indiquées : la demi-journée sera alors verrouillée.</source>
        <translation>To do once every attendance is entered: the half-day will then be locked.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Présences indiquées : %1 sur %3 · Signatures : %2 sur %3</source>
        <translation>Attendance entered: %1 of %3 · Signatures: %2 of %3</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>En retard</source>
        <translation>Late</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parti·e plus tôt</source>
        <translation>Left early</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heure d&apos;arrivée de %1</source>
        <translation>Arrival time of %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heure de départ de %1</source>
        <translation>Departure time of %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Correction enregistrée pour %1 : « %2 » devient « %3 ».</source>
        <translation>Correction recorded for %1: “%2” becomes “%3”.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 — %2
En signant, vous attestez votre présence à cette demi-journée.</source>
        <translation>%1 — %2
By signing, you confirm that you attended this half-day.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signature de %1</source>
        <translation>Signature of %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choisissez le formateur·rice qui signe.</source>
        <translation>Choose the trainer who signs.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 — %2
En signant, vous attestez les présences indiquées ; la demi-journée sera ensuite verrouillée.</source>
        <translation>%1 — %2
By signing, you confirm the attendance entered; the half-day will then be locked.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signature de %1, formateur·rice</source>
        <translation>Signature of %1, trainer</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../src/formation/ui/attendance/dialogs.py" line="+107"/>
        <source>Corriger une demi-journée signée</source>
        <translation>Correct a signed half-day</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cette demi-journée est signée. Vous pourrez modifier une présence ; la modification sera conservée avec votre nom, la date, le motif et la valeur d&apos;avant.</source>
        <translation>This half-day is signed. You may change one attendance; the change will be kept with your name, the date, the reason and the previous value.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Prénom et nom</source>
        <translation>First and last name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ex. : arrivée à 9h20 et non à 9h00, erreur lors de l&apos;appel.</source>
        <translation>E.g.: arrived at 9:20, not 9:00, mistake during the roll call.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qui fait la correction ? *</source>
        <translation>Who makes the correction? *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pourquoi ? *</source>
        <translation>Why? *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continuer</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Indiquez qui fait la correction.</source>
        <translation>Say who makes the correction.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indiquez la raison de la correction.</source>
        <translation>Give the reason for the correction.</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <location filename="../src/formation/ui/pages/courses.py" line="+25"/>
        <source>Formation</source>
        <translation>Course</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Code *</source>
        <translation>Code *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intitulé *</source>
        <translation>Title *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Durée *</source>
        <translation>Duration *</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modalité</source>
        <translation>Delivery mode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nature de l&apos;action</source>
        <translation>Type of action</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code NSF</source>
        <translation>NSF code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spécialité de formation, 3 chiffres (ex. 332)</source>
        <translation>Training speciality, 3 digits (e.g. 332)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prix</source>
        <translation>Price</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Objectifs pédagogiques</source>
        <translation>Learning objectives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un objectif par ligne</source>
        <translation>One objective per line</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La grille d&apos;évaluation des acquis reprend ces objectifs, dans cet ordre.</source>
        <translation>The assessment grid lists these objectives, in this order.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contenu et public</source>
        <translation>Content and audience</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prérequis</source>
        <translation>Prerequisites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public visé</source>
        <translation>Target audience</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Méthodes pédagogiques</source>
        <translation>Teaching methods</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modalités d&apos;évaluation</source>
        <translation>Assessment methods</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessibilité (handicap)</source>
        <translation>Accessibility (disability)</translation>
    </message>
</context>
<context>
    <name>DocumentRegisterDialog</name>
    <message>
        <location filename="../src/formation/ui/register_dialog.py" line="+74"/>
        <source>Registre des documents</source>
        <translation>Document register</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destinataire</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Émis le</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Émis par</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chaque document émis est conservé ici tel qu&apos;il a été émis, avec son numéro, sa version et son code de vérification ; rien n&apos;en est jamais effacé ni remplacé.</source>
        <translation>Every document issued is kept here exactly as it was issued, with its number, its version and its verification code; nothing is ever erased or replaced.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rechercher un nom, un numéro, une session, un code…</source>
        <translation>Search for a name, a number, a session, a code…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rechercher</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type de document</source>
        <translation>Document type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tous les types</source>
        <translation>All types</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+79"/>
        <source>Toutes les années</source>
        <translation>All years</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Ouvrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrir le document tel qu&apos;il a été émis</source>
        <translation>Open the document exactly as it was issued</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enregistrer une copie…</source>
        <translation>Save a copy…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le fichier exact qui a été émis, octet pour octet</source>
        <translation>The exact file that was issued, byte for byte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vérifier un document…</source>
        <translation>Verify a document…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>documents</source>
        <translation>documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 sur %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Copie enregistrée : %1</source>
        <translation>Copy saved: %1</translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <location filename="../src/formation/ui/documents_dialog.py" line="+96"/>
        <source>Documents de la session %1</source>
        <translation>Documents of session %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Le %1</source>
        <translation>On %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word (.docx)</source>
        <translation>Word (.docx)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Dossier où enregistrer les fichiers</source>
        <translation>Folder where the files are saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Créé s&apos;il n&apos;existe pas ; les fichiers déjà présents sous un autre nom ne sont pas touchés.</source>
        <translation>Created if it does not exist; files already there under another name are left alone.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choisir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nom de la personne qui émet les documents</source>
        <translation>Name of the person issuing the documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inscrit au registre en face de chaque document émis.</source>
        <translation>Written in the register beside each document issued.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Document :</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format :</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ossier :</source>
        <translation>F&amp;older:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>É&amp;mis par :</source>
        <translation>Issued &amp;by:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Ouvrir le dossier</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ouvrir le PDF à imprimer</source>
        <translation>Open the PDF to print</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tous les documents émis, en un seul PDF</source>
        <translation>All the documents issued, in a single PDF</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+52"/>
        <source>Produire</source>
        <translation>Produce</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Dossier où enregistrer les documents</source>
        <translation>Folder where the documents are saved</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Avant de produire</source>
        <translation>Before producing</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rien ne peut être produit pour l&apos;instant. %1</source>
        <translation>Nothing can be produced yet. %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Personne n&apos;est concerné·e dans cette session : aucun document à produire.</source>
        <translation>Nobody in this session is concerned: no document to produce.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 prévu(s), en attente de ce qui est dit ci-dessus.</source>
        <translation>Planned: %1, waiting for what is said above.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 : %2 prêt(s) à produire</source>
        <translation>%1: ready to produce: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, %1 refusé(s) — le motif est en face de chaque nom</source>
        <translation>, refused: %1 — the reason is beside each name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ceux déjà émis le seront en nouvelle version, sous le même numéro ; les précédentes restent au registre.</source>
        <translation>Those already issued will be issued as a new version, under the same number; the previous versions stay in the register.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Prêt — déjà émis (%1) : ce sera la version %2</source>
        <translation>Ready — already issued (%1): this will be version %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prêt</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+119"/>
        <source>Destinataire</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Un fichier Word par destinataire.</source>
        <translation>One Word file per recipient.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un fichier Word.</source>
        <translation>One Word file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un PDF par destinataire, et un PDF qui les réunit pour l&apos;impression.</source>
        <translation>One PDF per recipient, and one PDF gathering them all for printing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un fichier PDF.</source>
        <translation>One PDF file.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Indiquez qui émet les documents (« Émis par ») : c&apos;est inscrit au registre.</source>
        <translation>Say who issues the documents (“Issued by”): it is written in the register.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choisissez le dossier où enregistrer les fichiers.</source>
        <translation>Choose the folder where the files are saved.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Le dossier « %1 » ne peut pas être créé : %2</source>
        <translation>The folder “%1” cannot be created: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 : production des documents…</source>
        <translation>%1: producing the documents…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Résultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 : %2 émis sur %3, dans %4.</source>
        <translation>%1: %2 issued out of %3, in %4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 refusé(s) : le motif est en face du nom.</source>
        <translation>Refused: %1; the reason is beside the name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interrompu : les documents déjà émis restent émis et enregistrés ; les autres ne l&apos;ont pas été.</source>
        <translation>Interrupted: the documents already issued stay issued and recorded; the others were not issued.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pour l&apos;impression, tous en un seul PDF : %1.</source>
        <translation>For printing, all in a single PDF: %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refusé</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fichier, ou motif du refus</source>
        <translation>File, or reason for refusal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nouvel aperçu</source>
        <translation>Preview again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoir qui est prêt avant de produire à nouveau</source>
        <translation>See again who is ready before producing again</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <location filename="../src/formation/ui/form.py" line="+98"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../src/formation/ui/pages/home.py" line="+123"/>
        <source>&lt;h3&gt;Agenda&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Agenda&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Formation</source>
        <translation>Course</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lieu</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formateur·rices</source>
        <translation>Trainers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remplissage</source>
        <translation>Filling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>À surveiller</source>
        <translation>To watch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agenda des prochaines sessions</source>
        <translation>Agenda of the coming sessions</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Aucune session à venir. Planifiez-en une dans la page Sessions.</source>
        <translation>No coming session. Plan one in the Sessions page.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant·e</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assiduité à surveiller</source>
        <translation>Attendance to watch</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;h3&gt;Assiduité à surveiller (%1)&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Attendance to watch (%1)&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Assiduité&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Attendance&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prenez contact pour prévenir l&apos;abandon. Si la personne abandonne, changez le statut de son inscription dans la page Sessions : la raison est demandée.</source>
        <translation>Get in touch to prevent a drop-out. If the person drops out, change the status of their registration in the Sessions page: the reason is asked for.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aucune alerte : personne n&apos;a manqué deux demi-journées de suite ni ne passe sous le seuil d&apos;assiduité fixé dans les Paramètres.</source>
        <translation>No alert: nobody has missed two half-days in a row or fallen below the attendance threshold set in Settings.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nous sommes le %1.</source>
        <translation>Today is %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Renseignez votre organisme dans la page Paramètres : son nom, son NDA et son SIRET figurent sur les documents.</source>
        <translation>Fill in your organisation in the Settings page: its name, NDA and SIRET appear on the documents.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Les prochaines sessions (%1 au plus). En vert : complètes ; en orange : moins de la moitié des places prises à moins de %2 jours du début.</source>
        <translation>The coming sessions (%1 at most). In green: full; in orange: less than half the seats taken less than %2 days before the start.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>session en %1</source>
        <translation>session in %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sessions en %1</source>
        <translation>sessions in %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>participant·e inscrit·e en %1</source>
        <translation>participant registered in %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>participant·es inscrit·es en %1</source>
        <translation>participants registered in %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>session en cours</source>
        <translation>session in progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sessions en cours</source>
        <translation>sessions in progress</translation>
    </message>
</context>
<context>
    <name>HoursPanel</name>
    <message>
        <location filename="../src/formation/ui/attendance/rows.py" line="+181"/>
        <source>Heures suivies</source>
        <translation>Hours attended</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Sur toute la session, %1 prévues</source>
        <translation>Over the whole session, %1 planned</translation>
    </message>
</context>
<context>
    <name>ImagePicker</name>
    <message>
        <location filename="../src/formation/ui/pages/settings.py" line="+49"/>
        <source>Choisir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+64"/>
        <source>Choisir : %1</source>
        <translation>Choose: %1</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Retirer : %1</source>
        <translation>Remove: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Aucune image</source>
        <translation>No image</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ce fichier ne peut pas être lu.</source>
        <translation>This file cannot be read.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cette image est trop lourde (2 Mo au plus).</source>
        <translation>This image is too large (2 MB at most).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choisissez une image PNG ou JPEG.</source>
        <translation>Choose a PNG or JPEG image.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cette image ne peut pas être lue.</source>
        <translation>This image cannot be read.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Images PNG ou JPEG (*.png *.jpg *.jpeg)</source>
        <translation>PNG or JPEG images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../src/formation/ui/import_dialog.py" line="+73"/>
        <source>Importer des participant·es</source>
        <translation>Import participants</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Aucun fichier choisi</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fichier à importer</source>
        <translation>File to import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisir un fichier…</source>
        <translation>Choose a file…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fichier :</source>
        <translation>File:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Un tableau CSV ou Excel (.xlsx), une personne par ligne, les titres des colonnes sur la première ligne. Les besoins spécifiques ne s&apos;importent pas : saisissez-les dans la fiche de chaque personne.</source>
        <translation>A CSV or Excel (.xlsx) table, one person per row, the column titles on the first row. Specific needs are not imported: enter them in each person&apos;s form.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Colonne du fichier pour chaque information</source>
        <translation>Column of the file for each piece of information</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Colonne pour « %1 »</source>
        <translation>Column for “%1”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Aperçu des premières lignes</source>
        <translation>Preview of the first rows</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Numéro de ligne dans le fichier</source>
        <translation>Row number in the file</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Analyser</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vérifier chaque ligne sans rien enregistrer</source>
        <translation>Check every row without saving anything</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <source>Ligne</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Motif du refus</source>
        <translation>Reason for refusal</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+127"/>
        <source>Fusionner</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Dans le fichier</source>
        <translation>In the file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Déjà connu·e</source>
        <translation>Already known</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cochez « Fusionner » pour compléter la fiche existante avec ce que la ligne apporte (seuls ses champs vides sont remplis) ; sinon la ligne est ignorée.</source>
        <translation>Tick “Merge” to complete the existing record with what the row brings (only its empty fields are filled); otherwise the row is skipped.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choisir le fichier à importer</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tableaux (*.csv *.xlsx *.xlsm *.tsv *.txt);;Tous les fichiers (*)</source>
        <translation>Tables (*.csv *.xlsx *.xlsm *.tsv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>— (ne pas importer)</source>
        <translation>— (do not import)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 lignes dans le fichier</source>
        <translation>%1 rows in the file</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(ignorée)</source>
        <translation>(skipped)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Lignes refusées (%1)</source>
        <translation>Refused rows (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doublons probables (%1)</source>
        <translation>Likely duplicates (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cliquez sur « Analyser » pour vérifier les lignes avant l&apos;import.</source>
        <translation>Click “Analyse” to check the rows before the import.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>participant·e à importer</source>
        <translation>participant to import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>participant·es à importer</source>
        <translation>participants to import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ligne refusée</source>
        <translation>refused row</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lignes refusées</source>
        <translation>refused rows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>doublon probable</source>
        <translation>likely duplicate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>doublons probables</source>
        <translation>likely duplicates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>. Rien n&apos;est encore enregistré.</source>
        <translation>. Nothing is saved yet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1, ligne %2 du fichier</source>
        <translation>%1, row %2 of the file</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import terminé : %1</source>
        <translation>Import finished: %1</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../src/formation/ui/list_page.py" line="+56"/>
        <source>Nouveau</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Rechercher… (Ctrl+F)</source>
        <translation>Search… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rechercher</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Modifier</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%n élément(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 sur %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>« %1 » a été supprimé·e.</source>
        <translation>“%1” was deleted.</translation>
    </message>
    <message>
        <location filename="../src/formation/ui/pages/courses.py" line="+16"/>
        <source>Formations</source>
        <translation>Courses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nouvelle formation</source>
        <translation>New course</translation>
    </message>
    <message>
        <location filename="../src/formation/ui/pages/participants.py" line="+121"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nouveau·elle participant·e</source>
        <translation>New participant</translation>
    </message>
    <message>
        <location filename="../src/formation/ui/pages/sessions.py" line="+267"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nouvelle session</source>
        <translation>New session</translation>
    </message>
    <message>
        <location filename="../src/formation/ui/pages/structures.py" line="+57"/>
        <source>Structures</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nouvelle structure</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <location filename="../src/formation/ui/pages/trainers.py" line="+55"/>
        <source>Formateurs</source>
        <translation>Trainers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nouveau·elle formateur·rice</source>
        <translation>New trainer</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/formation/ui/main_window.py" line="+42"/>
        <source>Formation — %1</source>
        <translation>Formation — %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Accueil</source>
        <translation>Home</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formations</source>
        <translation>Courses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Structures</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formateurs</source>
        <translation>Trainers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paramètres</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ouvrir un fichier…</source>
        <translation>&amp;Open a file…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Nouveau fichier…</source>
        <translation>&amp;New file…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fichiers &amp;récents</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enregistrer une &amp;copie de sauvegarde…</source>
        <translation>Save a backup &amp;copy…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Documents</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Registre des documents…</source>
        <translation>Document &amp;register…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Vérifier un document…</source>
        <translation>&amp;Verify a document…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signaler un &amp;problème…</source>
        <translation>Report a &amp;problem…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>À &amp;propos de Formation</source>
        <translation>&amp;About Formation</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Ouvrir un fichier Formation</source>
        <translation>Open a Formation file</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Créer un fichier Formation</source>
        <translation>Create a Formation file</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enregistrer une copie</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copie enregistrée : %1</source>
        <translation>Copy saved: %1</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../src/formation/ui/pages/participants.py" line="-82"/>
        <source>Participant·e</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Identité</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Civilité</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prénom *</source>
        <translation>First name *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nom *</source>
        <translation>Last name *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Genre</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sert aux chiffres du bilan annuel.</source>
        <translation>Used for the figures of the yearly report.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sert au bilan pédagogique et financier (BPF).</source>
        <translation>Used for the yearly training declaration (BPF).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coordonnées</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Téléphone</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Structure</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employeur ou association de la personne.</source>
        <translation>The person&apos;s employer or association.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commune</source>
        <translation>Town</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Besoins spécifiques</source>
        <translation>Specific needs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afficher les besoins spécifiques (confidentiel)</source>
        <translation>Show the specific needs (confidential)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adaptations liées à un handicap. Confidentiel : n&apos;apparaît jamais dans la liste des participant·es.</source>
        <translation>Adjustments for a disability. Confidential: never shown in the list of participants.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Des besoins spécifiques sont renseignés.</source>
        <translation>Specific needs are recorded.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Adaptations</source>
        <translation>Adjustments</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ex. : accès de plain-pied, documents en gros caractères, pauses plus fréquentes…</source>
        <translation>E.g.: step-free access, large-print documents, more frequent breaks…</translation>
    </message>
</context>
<context>
    <name>ParticipantPicker</name>
    <message>
        <location filename="../src/formation/ui/registrations_panel.py" line="+82"/>
        <source>Nom, prénom, structure…</source>
        <translation>Last name, first name, organisation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rechercher une personne</source>
        <translation>Search for a person</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Structure</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commune</source>
        <translation>Town</translation>
    </message>
</context>
<context>
    <name>ParticipantRow</name>
    <message>
        <location filename="../src/formation/ui/attendance/rows.py" line="-135"/>
        <source>Signer</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Faire signer %1</source>
        <translation>Have %1 sign</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+47"/>
        <source>Non signé</source>
        <translation>Not signed</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Pas de signature</source>
        <translation>No signature</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signé à %1</source>
        <translation>Signed at %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Présence à indiquer</source>
        <translation>Attendance to enter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>arrivée à %1</source>
        <translation>arrived at %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>départ à %1</source>
        <translation>left at %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 suivies</source>
        <translation>%1 attended</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../src/formation/ui/pages/participants.py" line="+38"/>
        <source>Importer…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importer des participant·es depuis un fichier CSV ou Excel</source>
        <translation>Import participants from a CSV or Excel file</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Téléphone</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Structure</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commune</source>
        <translation>Town</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inscriptions</source>
        <translation>Registrations</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../src/formation/ui/registrations_panel.py" line="+44"/>
        <source>Inscrire à la session</source>
        <translation>Register for the session</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 — %2 · %3 / %4 places prises</source>
        <translation>%1 — %2 · %3 / %4 seats taken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>La session est complète : une nouvelle inscription ira sur la liste d&apos;attente, si vous le confirmez.</source>
        <translation>The session is full: a new registration will go on the waiting list, if you confirm it.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Personne *</source>
        <translation>Person *</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Financement</source>
        <translation>Funding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prix de la formation pour cette personne ; 0 si gratuite.</source>
        <translation>Price of the course for this person; 0 if free.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inscrire</source>
        <translation>Register</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choisissez la personne à inscrire.</source>
        <translation>Choose the person to register.</translation>
    </message>
</context>
<context>
    <name>RegistrationsPanel</name>
    <message>
        <location line="+61"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statut participant</source>
        <translation>Participant status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Structure</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inscription</source>
        <translation>Registration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inscrit·e le</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Financement</source>
        <translation>Funding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heures suivies</source>
        <translation>Hours attended</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raison</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inscriptions</source>
        <translation>Registrations</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inscrire…</source>
        <translation>Register…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changer le statut…</source>
        <translation>Change the status…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+103"/>
        <source>Désinscrire</source>
        <translation>Unregister</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>&lt;b&gt;Inscriptions&lt;/b&gt; — choisissez une session dans la liste.</source>
        <translation>&lt;b&gt;Registrations&lt;/b&gt; — choose a session in the list.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Inscriptions&lt;/b&gt; — %1 / %2 places prises</source>
        <translation>&lt;b&gt;Registrations&lt;/b&gt; — %1 / %2 seats taken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, %1 en liste d&apos;attente</source>
        <translation>, %1 on the waiting list</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>L&apos;inscription de %1</source>
        <translation>The registration of %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 a été désinscrit·e.</source>
        <translation>%1 was unregistered.</translation>
    </message>
</context>
<context>
    <name>ScansDialog</name>
    <message>
        <location filename="../src/formation/ui/session_actions.py" line="+131"/>
        <source>Feuilles d&apos;émargement scannées</source>
        <translation>Scanned attendance sheets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents joints</source>
        <translation>Attached documents</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Joindre un scan…</source>
        <translation>Attach a scan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ouvrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Les scans sont copiés dans le fichier de données : ils restent disponibles même si l&apos;original est déplacé.</source>
        <translation>Scans are copied into the data file: they stay available even if the original is moved.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>« %1 » est joint à la session.</source>
        <translation>“%1” is attached to the session.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Joindre une feuille scannée</source>
        <translation>Attach a scanned sheet</translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <location line="-132"/>
        <source>Émargement…</source>
        <translation>Attendance…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Présences et signatures, demi-journée par demi-journée</source>
        <translation>Attendance and signatures, half-day by half-day</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Feuille d&apos;émargement (PDF)</source>
        <translation>Attendance sheet (PDF)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vierge, à signer sur papier…</source>
        <translation>Blank, to sign on paper…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remplie, avec les signatures…</source>
        <translation>Filled in, with the signatures…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feuilles scannées…</source>
        <translation>Scanned sheets…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents…</source>
        <translation>Documents…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificats, attestations, convocations… pour tous les participant·es en une fois</source>
        <translation>Certificates, attestations, notices… for all the participants at once</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Enregistrer la feuille d&apos;émargement</source>
        <translation>Save the attendance sheet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Feuille d&apos;émargement</source>
        <translation>Attendance sheet</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../src/formation/ui/pages/sessions.py" line="-193"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Formation *</source>
        <translation>Course *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— Choisir une formation —</source>
        <translation>— Choose a course —</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suivent les demi-journées ; servent à proposer des demi-journées.</source>
        <translation>Follow the half-days; used to propose half-days.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+109"/>
        <source>Proposer les demi-journées</source>
        <translation>Propose the half-days</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Une matinée et un après-midi par jour ouvré, du début à la fin</source>
        <translation>A morning and an afternoon each working day, from start to end</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code *</source>
        <translation>Code *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposé d&apos;après la formation et le mois : FORMATION-AAAA-MM</source>
        <translation>Proposed from the course and the month: COURSE-YYYY-MM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lieu</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nom de la salle ou de la structure d&apos;accueil</source>
        <translation>Name of the room or of the host organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places</source>
        <translation>Seats</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Structure cliente</source>
        <translation>Client organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pour une session intra ou sur mesure : la structure qui la commande.</source>
        <translation>For an in-house or tailor-made session: the organisation ordering it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Formateur·rices</source>
        <translation>Trainers</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Demi-journées *</source>
        <translation>Half-days *</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>La date de fin précède la date de début.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Les demi-journées ont été modifiées. Les remplacer par celles proposées du %1 au %2 ?</source>
        <translation>The half-days were changed. Replace them with those proposed from %1 to %2?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remplacer</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Garder mes demi-journées</source>
        <translation>Keep my half-days</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <location line="+44"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Formation</source>
        <translation>Course</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lieu</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formateur·rices</source>
        <translation>Trainers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inscrit·es</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Durée</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <source>Toutes les années</source>
        <translation>All years</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Double-cliquez sur une session pour la modifier ; ses inscriptions sont en dessous.</source>
        <translation>Double-click a session to edit it; its registrations are below.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>La session « %1 »</source>
        <translation>The session “%1”</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../src/formation/ui/pages/settings.py" line="+20"/>
        <source>L&apos;identité de l&apos;organisme de formation, telle qu&apos;elle figure sur les documents produits.</source>
        <translation>The identity of the training provider, as it appears on the documents produced.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organisme</source>
        <translation>Training provider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nom de l&apos;organisme *</source>
        <translation>Name of the training provider *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figure sur tous les documents (en-tête).</source>
        <translation>Appears on every document (letterhead).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>14 chiffres. Figure en pied de page des documents.</source>
        <translation>14 digits. Appears in the footer of the documents.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numéro de déclaration d&apos;activité (NDA)</source>
        <translation>Activity declaration number (NDA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>11 chiffres. Figure sur les certificats et les feuilles d&apos;émargement.</source>
        <translation>11 digits. Appears on the certificates and the attendance sheets.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certification Qualiopi</source>
        <translation>Qualiopi certification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numéro du certificat</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figure en pied de page des documents, à côté du logo Qualiopi.</source>
        <translation>Appears in the footer of the documents, beside the Qualiopi logo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certifié Qualiopi depuis le</source>
        <translation>Qualiopi certified since</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date de certification Qualiopi</source>
        <translation>Date of the Qualiopi certification</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Date de certification</source>
        <translation>Certification date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date du certificat en cours : valable 3 ans, avec un audit de surveillance entre le 14e et le 22e mois.</source>
        <translation>Date of the current certificate: valid for 3 years, with a surveillance audit between the 14th and the 22nd month.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organisme certificateur</source>
        <translation>Certification body</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figure en pied de page des documents, avec le numéro du certificat.</source>
        <translation>Appears in the footer of the documents, with the certificate number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordonnées</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figure dans l&apos;en-tête des documents et des convocations.</source>
        <translation>Appears in the letterhead of the documents and notices.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Figure dans l&apos;en-tête des documents.</source>
        <translation>Appears in the letterhead of the documents.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Commune</source>
        <translation>Town</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact indiqué sur les convocations et les questionnaires.</source>
        <translation>Contact given on the notices and questionnaires.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Téléphone</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact indiqué sur les convocations.</source>
        <translation>Contact given on the notices.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature des documents</source>
        <translation>Signing the documents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Représentant·e légal·e</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prénom et nom du ou de la signataire des certificats de réalisation.</source>
        <translation>First and last name of the person who signs the completion certificates.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qualité du ou de la signataire</source>
        <translation>Position of the signatory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ex. : Présidente, Directeur. Figure sous la signature des certificats.</source>
        <translation>E.g.: Chair, Director. Appears under the signature of the certificates.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>« Fait à »</source>
        <translation>“Done at”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commune écrite après « Fait à » sur les certificats et attestations.</source>
        <translation>Town written after “Fait à” (done at) on the certificates and attestations.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>le logo</source>
        <translation>the logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG ou JPEG. Figure en haut de tous les documents.</source>
        <translation>PNG or JPEG. Appears at the top of every document.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>la signature</source>
        <translation>the signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature (image)</source>
        <translation>Signature (image)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG ou JPEG, scannée sur fond blanc. Figure sur les certificats de réalisation et les attestations.</source>
        <translation>PNG or JPEG, scanned on a white background. Appears on the completion certificates and the attestations.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Corrigez les champs signalés en rouge.</source>
        <translation>Correct the fields marked in red.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paramètres enregistrés.</source>
        <translation>Settings saved.</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <location filename="../src/formation/ui/signature_pad.py" line="+276"/>
        <source>Effacer</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valider</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Signez dans le cadre avant de valider.</source>
        <translation>Sign inside the frame before confirming.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location line="-209"/>
        <source>Zone de signature</source>
        <translation>Signature area</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Signez ici</source>
        <translation>Sign here</translation>
    </message>
</context>
<context>
    <name>SlotsEditor</name>
    <message>
        <location filename="../src/formation/ui/slots_editor.py" line="+108"/>
        <source>Demi-journées</source>
        <translation>Half-days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jour</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Durée</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ajouter une demi-journée</source>
        <translation>Add a half-day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retire la demi-journée sélectionnée</source>
        <translation>Removes the selected half-day</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Total : %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La formation dure %1.</source>
        <translation>The course lasts %1.</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../src/formation/ui/registrations_panel.py" line="-169"/>
        <source>Statut de l&apos;inscription</source>
        <translation>Registration status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raison</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obligatoire pour une annulation ou un abandon : elle sert au suivi des abandons (Qualiopi, indicateur 12).</source>
        <translation>Required for a cancellation or a drop-out: it is used to follow drop-outs (Qualiopi, indicator 12).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Obligatoire pour une annulation ou un abandon</source>
        <translation>Required for a cancellation or a drop-out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facultative</source>
        <translation>Optional</translation>
    </message>
</context>
<context>
    <name>StructureDialog</name>
    <message>
        <location filename="../src/formation/ui/pages/structures.py" line="-34"/>
        <source>Structure</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nom *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>14 chiffres ; les espaces sont ignorés.</source>
        <translation>14 digits; spaces are ignored.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>14 chiffres</source>
        <translation>14 digits</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commune</source>
        <translation>Town</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nom du contact</source>
        <translation>Contact&apos;s name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Téléphone</source>
        <translation>Telephone</translation>
    </message>
</context>
<context>
    <name>StructuresPage</name>
    <message>
        <location line="+20"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commune</source>
        <translation>Town</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
</context>
<context>
    <name>TimeDialog</name>
    <message>
        <location filename="../src/formation/ui/attendance/dialogs.py" line="-92"/>
        <source>Demi-journée de %1 à %2</source>
        <translation>Half-day from %1 to %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>− 5 min</source>
        <translation>− 5 min</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>+ 5 min</source>
        <translation>+ 5 min</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Valider</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TrainerDialog</name>
    <message>
        <location filename="../src/formation/ui/pages/trainers.py" line="-32"/>
        <source>Formateur·rice</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prénom *</source>
        <translation>First name *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nom *</source>
        <translation>Last name *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interne : salarié·e ou bénévole de l&apos;organisme ; externe : prestataire. Sert au bilan pédagogique et financier.</source>
        <translation>Internal: employee or volunteer of the organisation; external: contractor. Used for the yearly training declaration (BPF).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Téléphone</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compétences</source>
        <translation>Competences</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qualifications</source>
        <translation>Qualifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diplômes, expériences, formations suivies : ce que l&apos;auditeur Qualiopi demande (indicateurs 21 et 22).</source>
        <translation>Diplomas, experience, training taken: what the Qualiopi auditor asks for (indicators 21 and 22).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Une ligne par diplôme, expérience ou formation suivie, avec l&apos;année</source>
        <translation>One line per diploma, experience or training taken, with the year</translation>
    </message>
</context>
<context>
    <name>TrainersPage</name>
    <message>
        <location line="+18"/>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Téléphone</source>
        <translation>Telephone</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../src/formation/ui/list_page.py" line="-151"/>
        <source>Annuler la suppression</source>
        <translation>Undo the deletion</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../src/formation/ui/register_dialog.py" line="+33"/>
        <source>Vérifier un document</source>
        <translation>Verify a document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le code de vérification est imprimé sur chaque document émis (par exemple 4XP2-Y79V). Choisissez aussi le fichier reçu pour savoir s&apos;il est identique à l&apos;original.</source>
        <translation>The verification code is printed on every document issued (for example 4XP2-Y79V). Also choose the file you received to know whether it is identical to the original.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ex. 4XP2-Y79V</source>
        <translation>e.g. 4XP2-Y79V</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Facultatif</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choisir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vérifier</source>
        <translation>Verify</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Code :</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fichier :</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Document émis</source>
        <translation>Document issued</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Destinataire</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Émis</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fichier d&apos;origine</source>
        <translation>Original file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enregistrer l&apos;original…</source>
        <translation>Save the original…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le fichier exact émis sous ce code</source>
        <translation>The exact file issued under this code</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Fichier à comparer à l&apos;original</source>
        <translation>File to compare with the original</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents (*.pdf *.docx);;Tous les fichiers (*)</source>
        <translation>Documents (*.pdf *.docx);;All files (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tapez le code imprimé sur le document.</source>
        <translation>Type the code printed on the document.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>le %1 par %2</source>
        <translation>on %1 by %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ce code est bien celui d&apos;un document émis par l&apos;organisme. Choisissez le fichier reçu pour vérifier qu&apos;il n&apos;a pas été modifié.</source>
        <translation>This code is indeed that of a document issued by the organisation. Choose the file you received to check that it was not modified.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Le fichier « %1 » ne peut pas être lu : %2</source>
        <translation>The file “%1” cannot be read: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✔ Le fichier « %1 » est identique au document émis : c&apos;est l&apos;original.</source>
        <translation>✔ The file “%1” is identical to the document issued: it is the original.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✘ Le fichier « %1 » n&apos;est pas l&apos;original : il ne correspond pas, octet pour octet, au document émis sous ce code. Il a été modifié, ou c&apos;est un autre document ou une autre version.</source>
        <translation>✘ The file “%1” is not the original: it does not match, byte for byte, the document issued under this code. It was modified, or it is another document or another version.</translation>
    </message>
</context>
<context>
    <name>owner</name>
    <message>
        <location filename="../src/formation/ui/slots_editor.py" line="-172"/>
        <source>Date de la demi-journée</source>
        <translation>Date of the half-day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heure de début</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heure de fin</source>
        <translation>End time</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../src/formation/ui/registrations_panel.py" line="-151"/>
        <source>Session complète</source>
        <translation>Session full</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La session est complète (%1). Inscrire sur la liste d&apos;attente ?</source>
        <translation>The session is full (%1). Put on the waiting list?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../src/formation/ui/tasks.py" line="+70"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Veuillez patienter</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Le travail n&apos;a pas pu aller jusqu&apos;au bout. Ce qui était déjà fait est conservé ; le détail est dans le journal.</source>
        <translation>The work could not be completed. What was already done is kept; the details are in the log.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Formation</source>
        <translation>Formation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Arrêt en cours…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <location filename="../src/formation/ui/register_dialog.py" line="-365"/>
        <source>Enregistrer une copie du document</source>
        <translation>Save a copy of the document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tous les fichiers (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
</TS>
