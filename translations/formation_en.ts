<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr_FR">
<context>
    <name></name>
    <message>
        <location filename="../src/formation/ui/attendance/style.py" line="+89"/>
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
        <location filename="../src/formation/ui/about.py" line="+38"/>
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
    <message>
        <location line="+21"/>
        <source>Enregistrer le signalement</source>
        <translation>Save the problem report</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archives ZIP (*.zip)</source>
        <translation>ZIP archives (*.zip)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Le signalement n&apos;a pas pu être enregistré :
%1</source>
        <translation>The problem report could not be saved:
%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le fichier « %1 » est prêt.

Envoyez-le par courriel à la personne qui vous aide avec Formation, en pièce jointe, en décrivant ce que vous faisiez quand le problème est survenu et ce qui s&apos;est affiché.

Il contient le journal de l&apos;application et la description de l&apos;ordinateur (versions, système). Il ne contient pas vos données : ni participant·es, ni sessions, ni documents ; les adresses électroniques et les numéros de téléphone en ont été retirés.</source>
        <translation>The file “%1” is ready.

Email it as an attachment to the person who helps you with Formation, describing what you were doing when the problem occurred and what was shown.

It contains the application&apos;s log and a description of the computer (versions, system). It does not contain your data: no participants, sessions or documents; email addresses and phone numbers have been removed from it.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signalement prêt</source>
        <translation>Problem report ready</translation>
    </message>
</context>
<context>
    <name>ActionStatus</name>
    <message>
        <location filename="enum_labels.py" line="+197"/>
        <source>À faire</source>
        <extracomment>ActionStatus.TODO (code &apos;todo&apos;)</extracomment>
        <translation>To do</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>En retard</source>
        <extracomment>ActionStatus.LATE (code &apos;late&apos;)</extracomment>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Faite</source>
        <extracomment>ActionStatus.DONE (code &apos;done&apos;)</extracomment>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>AttachmentsDialog</name>
    <message>
        <location filename="../src/formation/ui/registers/attachments.py" line="+52"/>
        <source>Pièces jointes — %1</source>
        <translation>Attachments — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Les fichiers sont copiés dans le fichier de données : ils restent disponibles même si l&apos;original est déplacé ou supprimé.</source>
        <translation>Files are copied into the data file: they remain available even if the original is moved or deleted.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pièces jointes</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Joindre un fichier…</source>
        <translation>Attach a file…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ouvrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annuler le retrait</source>
        <translation>Undo removal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 — %2, ajouté le %3</source>
        <translation>%1 — %2, added on %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Empreinte SHA-256 : %1</source>
        <translation>SHA-256 fingerprint: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>« %1 » est joint.</source>
        <translation>“%1” is attached.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Joindre un fichier</source>
        <translation>Attach a file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents (*.pdf *.odt *.doc *.docx *.png *.jpg *.jpeg *.eml *.msg *.txt);;Tous les fichiers (*)</source>
        <translation>Documents (*.pdf *.odt *.doc *.docx *.png *.jpg *.jpeg *.eml *.msg *.txt);;All files (*)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>« %1 » est retiré.</source>
        <translation>“%1” has been removed.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>La pièce jointe est rétablie.</source>
        <translation>The attachment has been restored.</translation>
    </message>
</context>
<context>
    <name>AttendanceWindow</name>
    <message>
        <location filename="../src/formation/ui/attendance_window.py" line="+77"/>
        <source>Émargement — %1 — %2</source>
        <translation>Attendance — %1 — %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Émargement — %1</source>
        <translation>Attendance — %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Formation animée par %1</source>
        <translation>Course led by %1</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+10"/>
        <source>Les heures suivies par chacun·e sur toute la session</source>
        <translation>The hours each person attended over the whole session</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Corriger…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Annuler la correction</source>
        <translation>Cancel the correction</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Signature du formateur·rice</source>
        <translation>Trainer&apos;s signature</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Formateur·rice qui signe</source>
        <translation>Trainer signing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signer la demi-journée</source>
        <translation>Sign the half-day</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Masquer les heures</source>
        <translation>Hide the hours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Afficher les heures</source>
        <translation>Show the hours</translation>
    </message>
    <message>
        <location line="+54"/>
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
        <location line="+13"/>
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
        <location line="+15"/>
        <source>rien d&apos;indiqué</source>
        <translation>nothing recorded</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>arrivée %1</source>
        <translation>arrived %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>départ %1</source>
        <translation>left %1</translation>
    </message>
    <message>
        <location line="+20"/>
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
    <name>Basis</name>
    <message>
        <location filename="enum_labels.py" line="+41"/>
        <source>heures émargées</source>
        <extracomment>Basis.ATTENDED (code &apos;attended&apos;)</extracomment>
        <translation>hours signed in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>heures prévues (inscription terminée, sans émargement)</source>
        <extracomment>Basis.PLANNED (code &apos;planned&apos;)</extracomment>
        <translation>planned hours (registration completed, no attendance signed)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>aucune heure</source>
        <extracomment>Basis.NONE (code &apos;none&apos;)</extracomment>
        <translation>no hours</translation>
    </message>
</context>
<context>
    <name>Civility</name>
    <message>
        <location line="-237"/>
        <source>Mme</source>
        <extracomment>Civility.MRS (code &apos;mrs&apos;)</extracomment>
        <translation>Mrs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>M.</source>
        <extracomment>Civility.MR (code &apos;mr&apos;)</extracomment>
        <translation>Mr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>—</source>
        <extracomment>Civility.NONE (code &apos;none&apos;)</extracomment>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>ComboChoice</name>
    <message>
        <location filename="../src/formation/ui/forms/inputs.py" line="+278"/>
        <source>— choisir —</source>
        <translation>— choose —</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../src/formation/ui/registers/dialogs.py" line="+61"/>
        <source>Réclamation</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reçue le *</source>
        <translation>Received on *</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De la part de</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session concernée</source>
        <translation>Session concerned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— aucune —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Réclamation ou difficulté *</source>
        <translation>Complaint or difficulty *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ce qui a été signalé, et par quel moyen (courrier, e-mail, téléphone, questionnaire…)</source>
        <translation>What was reported, and how (letter, email, phone, questionnaire…)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Traitement</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accusé de réception</source>
        <translation>Acknowledgement of receipt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Envoyé le</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>À envoyer dans les %1 jours qui suivent la réception.</source>
        <translation>To be sent within %1 days of receipt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Réponse</source>
        <translation>Response</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Envoyée le</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Réponse apportée</source>
        <translation>Response given</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ce qui a été répondu et fait</source>
        <translation>What was answered and done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clôture</source>
        <translation>Closure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close le</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Une fois la réponse apportée et la personne informée.</source>
        <translation>Once the response has been given and the person informed.</translation>
    </message>
</context>
<context>
    <name>ComplaintSource</name>
    <message>
        <location filename="enum_labels.py" line="+191"/>
        <source>Participant·e</source>
        <extracomment>ComplaintSource.PARTICIPANT (code &apos;participant&apos;)</extracomment>
        <translation>Participant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Employeur</source>
        <extracomment>ComplaintSource.EMPLOYER (code &apos;employer&apos;)</extracomment>
        <translation>Employer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Financeur</source>
        <extracomment>ComplaintSource.FUNDER (code &apos;funder&apos;)</extracomment>
        <translation>Funder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Formateur·rice</source>
        <extracomment>ComplaintSource.TRAINER (code &apos;trainer&apos;)</extracomment>
        <translation>Trainer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Autre</source>
        <extracomment>ComplaintSource.OTHER (code &apos;other&apos;)</extracomment>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>ComplaintStatus</name>
    <message>
        <location line="+3"/>
        <source>Reçue</source>
        <extracomment>ComplaintStatus.RECEIVED (code &apos;received&apos;)</extracomment>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accusé de réception envoyé</source>
        <extracomment>ComplaintStatus.ACKNOWLEDGED (code &apos;acknowledged&apos;)</extracomment>
        <translation>Acknowledgement sent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Répondue</source>
        <extracomment>ComplaintStatus.ANSWERED (code &apos;answered&apos;)</extracomment>
        <translation>Answered</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <extracomment>ComplaintStatus.CLOSED (code &apos;closed&apos;)</extracomment>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>ComplaintsList</name>
    <message>
        <location filename="../src/formation/ui/registers/lists.py" line="+47"/>
        <source>Action d&apos;amélioration…</source>
        <translation>Improvement action…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Décider d&apos;une action d&apos;amélioration à la suite de la réclamation choisie</source>
        <translation>Decide on an improvement action following the selected complaint</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;Registre vide : un auditeur le demandera.&lt;/b&gt; Notez chaque réclamation ou difficulté signalée, même orale, avec l&apos;accusé de réception, la réponse et la clôture (indicateur 31).</source>
        <translation>&lt;b&gt;Empty register: an auditor will ask for it.&lt;/b&gt; Record every complaint or difficulty reported, even verbally, with the acknowledgement of receipt, the response and the closure (indicator 31).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reçue — accusé de réception en retard</source>
        <translation>Received — acknowledgement overdue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reçue le</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De la part de</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réclamation</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accusé de réception</source>
        <translation>Acknowledgement of receipt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Réponse</source>
        <translation>Response</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close le</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fichiers</source>
        <translation>Files</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Réclamation du %1</source>
        <translation>Complaint dated %1</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../src/formation/ui/attendance/dialogs.py" line="+108"/>
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
        <location filename="../src/formation/ui/pages/courses.py" line="+26"/>
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
        <source>Suivi à froid après</source>
        <translation>Follow-up after</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le questionnaire de suivi part ce nombre de mois après le dernier jour de chaque session (3 mois d&apos;habitude).</source>
        <translation>The follow-up questionnaire leaves this many months after the last day of each session (usually 3 months).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> mois</source>
        <translation> months</translation>
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
    <name>CoursesPage</name>
    <message>
        <location line="+22"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intitulé</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Durée</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modalité</source>
        <translation>Delivery mode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prix</source>
        <translation>Price</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <location filename="../src/formation/ui/forms/inputs.py" line="+153"/>
        <source>Effacer</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne pas donner de date</source>
        <translation>Leave the date empty</translation>
    </message>
</context>
<context>
    <name>DocumentRegisterDialog</name>
    <message>
        <location filename="../src/formation/ui/register_dialog.py" line="+75"/>
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
        <location line="+37"/>
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
        <location line="+40"/>
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
        <location filename="../src/formation/ui/documents_dialog.py" line="+97"/>
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
        <location line="+29"/>
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
        <location line="+53"/>
        <source>Produire</source>
        <translation>Produce</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+29"/>
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
        <location filename="../src/formation/ui/form.py" line="+117"/>
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
    <name>FollowupState</name>
    <message>
        <location filename="enum_labels.py" line="-57"/>
        <source>À venir</source>
        <extracomment>FollowupState.UPCOMING (code &apos;upcoming&apos;)</extracomment>
        <translation>Upcoming</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>À envoyer</source>
        <extracomment>FollowupState.DUE (code &apos;due&apos;)</extracomment>
        <translation>To send</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Envoyé</source>
        <extracomment>FollowupState.SENT (code &apos;sent&apos;)</extracomment>
        <translation>Sent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>À relancer</source>
        <extracomment>FollowupState.TO_REMIND (code &apos;to_remind&apos;)</extracomment>
        <translation>To remind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relancé</source>
        <extracomment>FollowupState.REMINDED (code &apos;reminded&apos;)</extracomment>
        <translation>Reminded</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Répondu</source>
        <extracomment>FollowupState.ANSWERED (code &apos;answered&apos;)</extracomment>
        <translation>Answered</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adresse refusée</source>
        <extracomment>FollowupState.REFUSED (code &apos;refused&apos;)</extracomment>
        <translation>Address refused</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pas d&apos;envoi</source>
        <extracomment>FollowupState.NOT_SENT (code &apos;not_sent&apos;)</extracomment>
        <translation>Not sent</translation>
    </message>
</context>
<context>
    <name>FollowupsLine</name>
    <message>
        <location filename="../src/formation/ui/followups_page.py" line="+599"/>
        <source>&lt;b&gt;Suivi à 3 mois&lt;/b&gt; : %1 à envoyer · %2 envoyé(s), en attente · %3 répondu(s) · %4 en retard</source>
        <translation>&lt;b&gt;3-month follow-up&lt;/b&gt;: %1 to send · %2 sent, awaiting reply · %3 answered · %4 overdue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>En retard : sans réponse %1 jours après l&apos;envoi. Le détail est dans la page Suivi à 3 mois.</source>
        <translation>Overdue: no reply %1 days after sending. Details are on the 3-month follow-up page.</translation>
    </message>
</context>
<context>
    <name>FollowupsPage</name>
    <message>
        <location line="-494"/>
        <source>Le questionnaire de suivi part trois mois après le dernier jour de chaque session (le délai se règle par formation), avec le questionnaire employeur pour les salarié·es, et une seule relance. Déposez sur cette page les PDF remplis reçus, les e-mails (.eml) ou boîtes mail (.mbox) qui les contiennent, ou le tableur (CSV) d&apos;une enquête en ligne.</source>
        <translation>The follow-up questionnaire is sent three months after the last day of each session (the delay is set per course), together with the employer questionnaire for employees, with a single reminder. Drop onto this page the completed PDFs you receive, the emails (.eml) or mailboxes (.mbox) containing them, or the spreadsheet (CSV) from an online survey.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Vérifier…</source>
        <translation>Check…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Messagerie…</source>
        <translation>Email settings…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Importer des réponses…</source>
        <translation>Import responses…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF remplis, e-mails (.eml), boîtes mail (.mbox) ou tableur (CSV, XLSX) d&apos;une enquête en ligne. Vous pouvez aussi les déposer sur cette page.</source>
        <translation>Completed PDFs, emails (.eml), mailboxes (.mbox) or spreadsheets (CSV, XLSX) from an online survey. You can also drop them onto this page.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saisir une réponse…</source>
        <translation>Enter a response…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taper les réponses d&apos;un questionnaire rendu sur papier (ligne choisie, ou double-clic sur la ligne).</source>
        <translation>Type in the answers from a questionnaire returned on paper (selected row, or double-click the row).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enregistrer le PDF…</source>
        <translation>Save the PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le questionnaire de la ligne choisie, en PDF à remplir : à imprimer ou à envoyer vous-même.</source>
        <translation>The questionnaire for the selected row, as a fillable PDF: to print or to send yourself.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ouvrir le dossier des messages</source>
        <translation>Open the messages folder</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Questionnaires</source>
        <translation>Questionnaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+100"/>
        <source>Taux de réponse</source>
        <translation>Response rate</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>envoi interrompu — vérifiez votre boîte d&apos;envoi</source>
        <translation>sending interrupted — check your outbox</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Afficher</source>
        <translation>Show</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tous les questionnaires</source>
        <translation>All questionnaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>À envoyer ou relancer maintenant</source>
        <translation>To send or remind now</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>En retard (sans réponse après le délai de relance)</source>
        <translation>Overdue (no reply after the reminder period)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Envois interrompus</source>
        <translation>Interrupted sends</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rechercher</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rechercher (nom, session, formation, adresse…)</source>
        <translation>Search (name, session, course, address…)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+130"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location line="-129"/>
        <location line="+2"/>
        <source>Participant·e</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Employeur</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destinataire</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Envoyé le</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relancé le</source>
        <translation>Reminded on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Répondu le</source>
        <translation>Answered on</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+118"/>
        <source>Formation</source>
        <translation>Course</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Questionnaires de suivi</source>
        <translation>Follow-up questionnaires</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Regrouper</source>
        <translation>Group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Par session</source>
        <translation>By session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Par formation</source>
        <translation>By course</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Par année</source>
        <translation>By year</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Réponses reçues sur les questionnaires envoyés (ou rendus sur papier), les participant·es et les employeurs à part.</source>
        <translation>Responses received to the questionnaires sent (or returned on paper), with participants and employers shown separately.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>à envoyer</source>
        <translation>to send</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>envoyés, en attente de réponse</source>
        <translation>sent, awaiting reply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>en retard (sans réponse %1 jours après l&apos;envoi)</source>
        <translation>overdue (no reply %1 days after sending)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>répondus</source>
        <translation>answered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>à venir</source>
        <translation>upcoming</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 envoi(s) interrompu(s) — vérifiez votre boîte d&apos;envoi. Le programme s&apos;est arrêté pendant l&apos;envoi : ces messages sont peut-être partis, ils ne seront pas renvoyés sans votre accord.</source>
        <translation>%1 interrupted send(s) — check your outbox. The program stopped while sending: these messages may have gone out; they will not be resent without your agreement.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Envoi par le serveur %1 (port %2), depuis %3.</source>
        <translation>Sending via server %1 (port %2), from %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Messagerie non réglée : les messages seront écrits en fichiers .eml, que votre logiciel de messagerie ouvre prêts à envoyer.</source>
        <translation>Email not set up: messages will be written as .eml files, which your email program opens ready to send.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Envoyer les questionnaires dus (%1) et les relances (%2)</source>
        <translation>Send the questionnaires due (%1) and the reminders (%2)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 sur %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Participant·es : réponses</source>
        <translation>Participants: responses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taux</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Employeurs : réponses</source>
        <translation>Employers: responses</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Taux employeurs</source>
        <translation>Employer rate</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>par le serveur %1</source>
        <translation>via server %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>en fichiers .eml (la messagerie n&apos;est pas réglée)</source>
        <translation>as .eml files (email is not set up)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Envoyer %1 questionnaire(s) et %2 relance(s) %3 ? Chaque message part une seule fois.</source>
        <translation>Send %1 questionnaire(s) and %2 reminder(s) %3? Each message is sent only once.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Envoyer les questionnaires</source>
        <translation>Send the questionnaires</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Suivi à 3 mois %1</source>
        <translation>3-month follow-up %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Envoi des questionnaires de suivi…</source>
        <translation>Sending follow-up questionnaires…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Envoi interrompu</source>
        <translation>Send interrupted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le %1, l&apos;envoi du questionnaire de %2 à %3 a été interrompu. Ce message est-il dans la boîte d&apos;envoi ou les messages envoyés de votre messagerie ?</source>
        <translation>On %1, sending the questionnaire for %2 to %3 was interrupted. Is this message in the outbox or the sent messages of your email program?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Oui, il est parti</source>
        <translation>Yes, it was sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non : l&apos;envoyer au prochain envoi</source>
        <translation>No: send it next time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plus tard</source>
        <translation>Later</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Importer des réponses</source>
        <translation>Import responses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réponses (*.pdf *.eml *.mbox *.csv *.tsv *.xlsx);;Tous les fichiers (*)</source>
        <translation>Responses (*.pdf *.eml *.mbox *.csv *.tsv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>le questionnaire de suivi des participant·es</source>
        <translation>the participant follow-up questionnaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>le questionnaire aux employeurs</source>
        <translation>the employer questionnaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tableur de réponses</source>
        <translation>Response spreadsheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ce tableur contient les réponses à :</source>
        <translation>This spreadsheet contains the responses to:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lecture des réponses…</source>
        <translation>Reading responses…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Réponses importées : %1</source>
        <translation>Responses imported: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Réponses enregistrées.</source>
        <translation>Responses saved.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enregistrer le questionnaire</source>
        <translation>Save the questionnaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questionnaire enregistré : %1</source>
        <translation>Questionnaire saved: %1</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../src/formation/ui/forms/form_dialog.py" line="+80"/>
        <source>Afficher les questions confidentielles</source>
        <translation>Show confidential questions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Santé, handicap… : seulement si vous avez besoin de ces réponses (référent·e handicap, formateur·rice).</source>
        <translation>Health, disability…: only if you need these answers (disability lead, trainer).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Structure : %1 — pour %2</source>
        <translation>Organisation: %1 — for %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Formateur·rice : %1</source>
        <translation>Trainer: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participant·e : %1</source>
        <translation>Participant: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rempli par %1</source>
        <translation>completed by %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — session %2, %3</source>
        <translation>%1 — session %2, %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Modèle %1, version %2</source>
        <translation>Template %1, version %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>saisies à l&apos;écran</source>
        <translation>entered on screen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lues dans un PDF rempli</source>
        <translation>read from a completed PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lues dans un tableur</source>
        <translation>read from a spreadsheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réponses enregistrées le %1 à %2 (%3). Enregistrer les remplace.</source>
        <translation>Responses saved on %1 at %2 (%3). Saving will replace them.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pas encore de réponse.</source>
        <translation>No response yet.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rien n&apos;est enregistré : une réponse est à corriger, le message est sous la question.</source>
        <translation>Nothing has been saved: one answer needs correcting; the message is below the question.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rien n&apos;est enregistré : %1 réponses sont à corriger, chaque message est sous sa question.</source>
        <translation>Nothing has been saved: %1 answers need correcting; each message is below its question.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Des réponses ont été saisies sans être enregistrées. Les abandonner ?</source>
        <translation>Some answers have been entered but not saved. Discard them?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abandonner les réponses</source>
        <translation>Discard answers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continuer la saisie</source>
        <translation>Continue entering</translation>
    </message>
</context>
<context>
    <name>FormKind</name>
    <message>
        <location filename="enum_labels.py" line="-55"/>
        <source>Analyse des besoins</source>
        <extracomment>FormKind.NEEDS (code &apos;needs&apos;)</extracomment>
        <translation>Needs analysis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Positionnement</source>
        <extracomment>FormKind.POSITIONING (code &apos;positioning&apos;)</extracomment>
        <translation>Initial assessment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Évaluation des acquis</source>
        <extracomment>FormKind.ASSESSMENT (code &apos;assessment&apos;)</extracomment>
        <translation>Learning assessment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Satisfaction à chaud</source>
        <extracomment>FormKind.SATISFACTION (code &apos;satisfaction&apos;)</extracomment>
        <translation>End-of-course satisfaction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Évaluation à froid</source>
        <extracomment>FormKind.FOLLOWUP (code &apos;followup&apos;)</extracomment>
        <translation>Follow-up evaluation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Questionnaire employeur</source>
        <extracomment>FormKind.EMPLOYER (code &apos;employer&apos;)</extracomment>
        <translation>Employer questionnaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appréciation du formateur ou de la formatrice</source>
        <extracomment>FormKind.TRAINER (code &apos;trainer&apos;)</extracomment>
        <translation>Trainer&apos;s appraisal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bilan individuel</source>
        <extracomment>FormKind.REVIEW (code &apos;review&apos;)</extracomment>
        <translation>Individual review</translation>
    </message>
</context>
<context>
    <name>FormWidget</name>
    <message>
        <location filename="../src/formation/ui/forms/form_widget.py" line="+247"/>
        <source>Les réponses marquées %1 sont obligatoires.</source>
        <extracomment>Per section with sensitive questions: the line saying they are hidden, and its error line.</extracomment>
        <translation>Answers marked %1 are required.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Une question confidentielle est masquée ici : elle porte sur des données personnelles (santé, handicap…), montrées seulement aux personnes qui en ont besoin.</source>
        <translation>A confidential question is hidden here: it concerns personal data (health, disability…), shown only to those who need it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 questions confidentielles sont masquées ici : elles portent sur des données personnelles (santé, handicap…), montrées seulement aux personnes qui en ont besoin.</source>
        <translation>%1 confidential questions are hidden here: they concern personal data (health, disability…), shown only to those who need it.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>« %1 » : %2 Affichez les questions confidentielles pour y répondre.</source>
        <translation>“%1”: %2 Show the confidential questions to answer it.</translation>
    </message>
</context>
<context>
    <name>Funding</name>
    <message>
        <location filename="enum_labels.py" line="-121"/>
        <source>OPCO</source>
        <extracomment>Funding.OPCO (code &apos;opco&apos;)</extracomment>
        <translation>OPCO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Employeur</source>
        <extracomment>Funding.EMPLOYER (code &apos;employer&apos;)</extracomment>
        <translation>Employer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FDVA</source>
        <extracomment>Funding.FDVA (code &apos;fdva&apos;)</extracomment>
        <translation>FDVA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>France Travail</source>
        <extracomment>Funding.FRANCE_TRAVAIL (code &apos;france_travail&apos;)</extracomment>
        <translation>France Travail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPF</source>
        <extracomment>Funding.CPF (code &apos;cpf&apos;)</extracomment>
        <translation>CPF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Financement personnel</source>
        <extracomment>Funding.PERSONAL (code &apos;personal&apos;)</extracomment>
        <translation>Self-funded</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Autre</source>
        <extracomment>Funding.OTHER (code &apos;other&apos;)</extracomment>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <location line="+3"/>
        <source>Femme</source>
        <extracomment>Gender.FEMALE (code &apos;female&apos;)</extracomment>
        <translation>Woman</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Homme</source>
        <extracomment>Gender.MALE (code &apos;male&apos;)</extracomment>
        <translation>Man</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Autre / non précisé</source>
        <extracomment>Gender.OTHER (code &apos;other&apos;)</extracomment>
        <translation>Other / not specified</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../src/formation/ui/pages/home.py" line="+54"/>
        <source>Complète, %1 en attente</source>
        <translation>Full, %1 waiting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complète</source>
        <translation>Full</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Peu d&apos;inscrit·es, début aujourd&apos;hui</source>
        <translation>Few registered, starts today</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Peu d&apos;inscrit·es, début demain</source>
        <translation>Few registered, starts tomorrow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peu d&apos;inscrit·es, début dans %1 jours</source>
        <translation>Few registered, starts in %1 days</translation>
    </message>
    <message>
        <location line="+35"/>
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
        <location line="+0"/>
        <source>%1 / %2 inscrit·es</source>
        <translation>%1 / %2 registered</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>À surveiller</source>
        <translation>To watch</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agenda des prochaines sessions</source>
        <translation>Agenda of the coming sessions</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Aucune session à venir. Planifiez-en une dans la page Sessions.</source>
        <translation>No coming session. Plan one in the Sessions page.</translation>
    </message>
    <message>
        <location line="+28"/>
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
        <location line="+5"/>
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
        <location line="+11"/>
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
        <location filename="../src/formation/ui/attendance/rows.py" line="+184"/>
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
        <location filename="../src/formation/ui/pages/settings.py" line="+50"/>
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
        <location filename="../src/formation/ui/import_dialog.py" line="+75"/>
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
        <location line="+3"/>
        <source>Aperçu du fichier</source>
        <translation>File preview</translation>
    </message>
    <message>
        <location line="+4"/>
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
    <name>ImprovementDialog</name>
    <message>
        <location filename="../src/formation/ui/registers/dialogs.py" line="+19"/>
        <source>Action d&apos;amélioration</source>
        <translation>Improvement action</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Décidée le *</source>
        <translation>Decided on *</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Origine</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réclamation, abandon, résultats d&apos;un questionnaire, audit…</source>
        <translation>Complaint, drop-out, questionnaire results, audit…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Réclamation liée</source>
        <translation>Related complaint</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>— aucune —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Session concernée</source>
        <translation>Session concerned</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action *</source>
        <translation>Action *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ce qui sera changé, et pourquoi</source>
        <translation>What will be changed, and why</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsable</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Échéance</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prévue pour le</source>
        <translation>Planned for</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Réalisation</source>
        <translation>Completion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Faite le</source>
        <translation>Done on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Résultat constaté</source>
        <translation>Observed result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ce que l&apos;action a changé, et comment on le sait</source>
        <translation>What the action changed, and how we know</translation>
    </message>
</context>
<context>
    <name>ImprovementOrigin</name>
    <message>
        <location filename="enum_labels.py" line="+189"/>
        <source>Réclamation</source>
        <extracomment>ImprovementOrigin.COMPLAINT (code &apos;complaint&apos;)</extracomment>
        <translation>Complaint</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abandon</source>
        <extracomment>ImprovementOrigin.DROPOUT (code &apos;dropout&apos;)</extracomment>
        <translation>Drop-out</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Questionnaire</source>
        <extracomment>ImprovementOrigin.QUESTIONNAIRE (code &apos;questionnaire&apos;)</extracomment>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit</source>
        <extracomment>ImprovementOrigin.AUDIT (code &apos;audit&apos;)</extracomment>
        <translation>Audit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Autre</source>
        <extracomment>ImprovementOrigin.OTHER (code &apos;other&apos;)</extracomment>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>ImprovementsList</name>
    <message>
        <location filename="../src/formation/ui/registers/lists.py" line="+18"/>
        <source>&lt;b&gt;Registre vide : un auditeur le demandera.&lt;/b&gt; Notez les actions décidées à la suite des réclamations, des abandons et des questionnaires, avec leur résultat (indicateur 32).</source>
        <translation>&lt;b&gt;Empty register: an auditor will ask for it.&lt;/b&gt; Record the actions decided following complaints, drop-outs and questionnaires, with their results (indicator 32).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Décidée le</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origine</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsable</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Échéance</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faite le</source>
        <translation>Done on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fichiers</source>
        <translation>Files</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Résultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réclamation ou session</source>
        <translation>Complaint or session</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Action « %1 »</source>
        <translation>Action “%1”</translation>
    </message>
</context>
<context>
    <name>Level</name>
    <message>
        <location filename="enum_labels.py" line="-42"/>
        <source>Complet</source>
        <extracomment>Level.GREEN (code &apos;green&apos;)</extracomment>
        <translation>Complete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>À suivre</source>
        <extracomment>Level.ORANGE (code &apos;orange&apos;)</extracomment>
        <translation>To follow up</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manquant</source>
        <extracomment>Level.RED (code &apos;red&apos;)</extracomment>
        <translation>Missing</translation>
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
        <location line="+43"/>
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
        <location filename="../src/formation/ui/pages/courses.py" line="-12"/>
        <source>Formations</source>
        <translation>Courses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nouvelle formation</source>
        <translation>New course</translation>
    </message>
    <message>
        <location filename="../src/formation/ui/pages/participants.py" line="+127"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nouveau·elle participant·e</source>
        <translation>New participant</translation>
    </message>
    <message>
        <location filename="../src/formation/ui/pages/sessions.py" line="+278"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nouvelle session</source>
        <translation>New session</translation>
    </message>
    <message>
        <location filename="../src/formation/ui/pages/structures.py" line="+58"/>
        <source>Structures</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nouvelle structure</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <location filename="../src/formation/ui/pages/trainers.py" line="+57"/>
        <source>Formateurs</source>
        <translation>Trainers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nouveau·elle formateur·rice</source>
        <translation>New trainer</translation>
    </message>
    <message>
        <location filename="../src/formation/ui/registers/lists.py" line="-99"/>
        <source>Nouvelle réclamation</source>
        <translation>New complaint</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Nouvelle action</source>
        <translation>New action</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Nouvelle entrée de veille</source>
        <translation>New watch entry</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Nouveau partenaire</source>
        <translation>New partner</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Nouvelle formation suivie</source>
        <translation>New training attended</translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <location filename="../src/formation/ui/mail_settings.py" line="+41"/>
        <source>Messagerie</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Serveur d&apos;envoi (SMTP)</source>
        <translation>Outgoing server (SMTP)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>smtp.exemple.fr</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serveur</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Donné par votre hébergeur de messagerie. Vide : les messages sont écrits en fichiers .eml, à envoyer depuis votre logiciel de messagerie.</source>
        <translation>Provided by your email host. Empty: messages are saved as .eml files, to send from your email program.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>STARTTLS (port 587, le plus courant)</source>
        <translation>STARTTLS (port 587, most common)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TLS (port 465)</source>
        <translation>TLS (port 465)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aucune (déconseillé)</source>
        <translation>None (not recommended)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sécurité</source>
        <translation>Security</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identifiant</source>
        <translation>Username</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Souvent l&apos;adresse e-mail elle-même. Vide si le serveur n&apos;en demande pas.</source>
        <translation>Often the email address itself. Empty if the server does not require one.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rangé dans le trousseau du système, jamais dans le fichier Formation.</source>
        <translation>Stored in the system keychain, never in the Formation file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expéditeur</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>formation@exemple.fr</source>
        <translation>training@example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adresse d&apos;expédition *</source>
        <translation>Sender address *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Les réponses arrivent à cette adresse.</source>
        <translation>Replies go to this address.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nom affiché</source>
        <translation>Display name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Par exemple le nom de l&apos;organisme ; il signe aussi le message.</source>
        <translation>For example the training provider&apos;s name; it also signs the message.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questionnaire de suivi à 3 mois</source>
        <translation>3-month follow-up questionnaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> jours</source>
        <translation> days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relance après</source>
        <translation>Reminder after</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Une seule relance, à qui n&apos;a pas répondu, ce nombre de jours après l&apos;envoi.</source>
        <translation>A single reminder, to those who have not replied, this many days after sending.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Messages envoyés avec le questionnaire</source>
        <translation>Messages sent with the questionnaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aux participant·es</source>
        <translation>To participants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objet du message aux participant·es</source>
        <translation>Subject of the message to participants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Texte du message aux participant·es</source>
        <translation>Text of the message to participants</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Aux employeurs</source>
        <translation>To employers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objet du message aux employeurs</source>
        <translation>Subject of the message to employers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Texte du message aux employeurs</source>
        <translation>Text of the message to employers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Envoyé à l&apos;employeur de la personne formée, avec le questionnaire employeur en PDF à remplir. Champs remplis à l&apos;envoi : {prenom} {nom} : la personne formée ; {formation}, {dates} (« du 12/03/2026 au 13/03/2026 ») et {organisme}. Une relance reprend ce texte, précédé d&apos;une phrase de relance.</source>
        <translation>Sent to the employer of the person trained, with the employer questionnaire attached as a fillable PDF. Fields filled in when sending: {prenom} {nom}: the person trained; {formation}, {dates} (“from 12/03/2026 to 13/03/2026”) and {organisme}. A reminder reuses this text, preceded by a reminder sentence.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Objet du message</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Texte du message</source>
        <translation>Message text</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Champs remplis à l&apos;envoi : {prenom}, {nom}, {formation}, {dates} (« du 12/03/2026 au 13/03/2026 ») et {organisme}. Le questionnaire est joint en PDF à remplir. Une relance reprend ce texte, précédé d&apos;une phrase de relance.</source>
        <translation>Fields filled in when sending: {prenom}, {nom}, {formation}, {dates} (“from 12/03/2026 to 13/03/2026”) and {organisme}. The questionnaire is attached as a fillable PDF. A reminder reuses this text, preceded by a reminder sentence.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Message de test</source>
        <translation>Test message</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Envoyer un test</source>
        <translation>Send a test</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enregistre ces réglages, puis envoie un court message à l&apos;adresse indiquée.</source>
        <translation>Saves these settings, then sends a short message to the address given.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Envoyez-moi un test à</source>
        <translation>Send me a test at</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adresse du message de test</source>
        <translation>Address for the test message</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Enregistré dans le trousseau ; tapez-en un autre pour le changer</source>
        <translation>Saved in the keychain; type a new one to change it</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Corrigez les champs signalés en rouge.</source>
        <translation>Correct the fields marked in red.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Indiquez le serveur d&apos;envoi et l&apos;adresse d&apos;expédition.</source>
        <translation>Enter the outgoing server and the sender address.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Indiquez l&apos;adresse à laquelle envoyer le test.</source>
        <translation>Enter the address to send the test to.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+2"/>
        <source>Envoi du message de test…</source>
        <translation>Sending test message…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Message de test envoyé à %1 : vérifiez qu&apos;il est bien arrivé.</source>
        <translation>Test message sent to %1: check that it has arrived.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Le message de test n&apos;a pas pu partir.</source>
        <translation>The test message could not be sent.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/formation/ui/main_window.py" line="+53"/>
        <source>Formation — %1</source>
        <translation>Formation — %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location line="+35"/>
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
        <source>Suivi à 3 mois</source>
        <translation>3-month follow-up</translation>
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
        <source>Qualité</source>
        <translation>Quality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paramètres</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+52"/>
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
        <source>&amp;Bilan de l&apos;année…</source>
        <translation>&amp;Annual review…</translation>
    </message>
    <message>
        <location line="+1"/>
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
    <name>MatrixGrid</name>
    <message>
        <location filename="../src/formation/ui/forms/form_widget.py" line="-295"/>
        <source>La fiche de cette formation n&apos;a pas d&apos;objectif pédagogique : cette grille n&apos;a pas de ligne.</source>
        <extracomment>A readable line: wider than this, the form stays centred. field id -&gt; (error line of the objective&apos;s row, what to say before the message)</extracomment>
        <translation>This course&apos;s description has no learning objective: this grid has no rows.</translation>
    </message>
</context>
<context>
    <name>Modality</name>
    <message>
        <location filename="enum_labels.py" line="-156"/>
        <source>Présentiel</source>
        <extracomment>Modality.ONSITE (code &apos;onsite&apos;)</extracomment>
        <translation>On site</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distanciel</source>
        <extracomment>Modality.REMOTE (code &apos;remote&apos;)</extracomment>
        <translation>Remote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mixte</source>
        <extracomment>Modality.BLENDED (code &apos;blended&apos;)</extracomment>
        <translation>Blended</translation>
    </message>
</context>
<context>
    <name>Nature</name>
    <message>
        <location line="+3"/>
        <source>Action de formation</source>
        <extracomment>Nature.TRAINING (code &apos;training&apos;)</extracomment>
        <translation>Training course</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bilan de compétences</source>
        <extracomment>Nature.SKILLS_ASSESSMENT (code &apos;skills_assessment&apos;)</extracomment>
        <translation>Skills assessment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action de VAE</source>
        <extracomment>Nature.VAE (code &apos;vae&apos;)</extracomment>
        <translation>Accreditation of prior learning (VAE)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action de formation par apprentissage</source>
        <extracomment>Nature.APPRENTICESHIP (code &apos;apprenticeship&apos;)</extracomment>
        <translation>Apprenticeship training</translation>
    </message>
</context>
<context>
    <name>NetworkTab</name>
    <message>
        <location filename="../src/formation/ui/pages/quality.py" line="+71"/>
        <source>modifiable dans Paramètres</source>
        <translation>editable in Settings</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Référent·e handicap :&lt;/b&gt; %1 &lt;i&gt;(%2)&lt;/i&gt;</source>
        <translation>&lt;b&gt;Disability lead:&lt;/b&gt; %1 &lt;i&gt;(%2)&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Aucun référent handicap renseigné :&lt;/b&gt; indiquez-le dans Paramètres, même si aucune personne en situation de handicap n&apos;est encore venue (indicateur 26).</source>
        <translation>&lt;b&gt;No disability lead entered:&lt;/b&gt; enter one in Settings, even if no person with a disability has attended yet (indicator 26).</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../src/formation/ui/forms/inputs.py" line="-34"/>
        <source>aucune date</source>
        <translation>no date</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../src/formation/ui/pages/participants.py" line="-87"/>
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
        <source>Demandeur·se d&apos;emploi</source>
        <translation>Job seeker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aussi demandeur·se d&apos;emploi, quel que soit le statut (une bénévole peut l&apos;être) : compté à part au bilan.</source>
        <translation>Also a jobseeker, whatever their status (a volunteer can be one): counted separately in the review.</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location filename="../src/formation/ui/registrations_panel.py" line="+86"/>
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
    <message>
        <location line="+7"/>
        <source>Personnes trouvées</source>
        <translation>People found</translation>
    </message>
</context>
<context>
    <name>ParticipantRow</name>
    <message>
        <location filename="../src/formation/ui/attendance/rows.py" line="-151"/>
        <source>Parti·e
plus tôt</source>
        <translation>Left
early</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absence
justifiée</source>
        <translation>Excused
absence</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <location line="+48"/>
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
    <name>ParticipantStatus</name>
    <message>
        <location filename="enum_labels.py" line="+3"/>
        <source>Salarié·e</source>
        <extracomment>ParticipantStatus.EMPLOYEE (code &apos;employee&apos;)</extracomment>
        <translation>Employee</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bénévole</source>
        <extracomment>ParticipantStatus.VOLUNTEER (code &apos;volunteer&apos;)</extracomment>
        <translation>Volunteer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demandeur·se d&apos;emploi</source>
        <extracomment>ParticipantStatus.JOB_SEEKER (code &apos;job_seeker&apos;)</extracomment>
        <translation>Job seeker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Porteur·se de projet</source>
        <extracomment>ParticipantStatus.PROJECT_HOLDER (code &apos;project_holder&apos;)</extracomment>
        <translation>Business project holder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Particulier</source>
        <extracomment>ParticipantStatus.INDIVIDUAL (code &apos;individual&apos;)</extracomment>
        <translation>Private individual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indépendant·e</source>
        <extracomment>ParticipantStatus.SELF_EMPLOYED (code &apos;self_employed&apos;)</extracomment>
        <translation>Self-employed</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../src/formation/ui/pages/participants.py" line="+39"/>
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
    <name>PartnerDialog</name>
    <message>
        <location filename="../src/formation/ui/registers/dialogs.py" line="+49"/>
        <source>Partenaire du réseau handicap</source>
        <translation>Disability network partner</translation>
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
        <location line="+1"/>
        <source>Choisissez dans la liste ou écrivez un autre type.</source>
        <translation>Choose from the list or type another type.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personne, téléphone, e-mail</source>
        <translation>Person, phone, email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ce que ce partenaire apporte, quand le solliciter</source>
        <translation>What this partner offers, when to call on them</translation>
    </message>
</context>
<context>
    <name>PartnersList</name>
    <message>
        <location filename="../src/formation/ui/registers/lists.py" line="-29"/>
        <source>&lt;b&gt;Registre vide : un auditeur le demandera.&lt;/b&gt; Notez les partenaires vers qui orienter une personne en situation de handicap (Cap emploi, MDPH, Agefiph…), même si personne n&apos;est encore venu (indicateur 26).</source>
        <translation>&lt;b&gt;Empty register: an auditor will ask for it.&lt;/b&gt; Record the partners to whom a person with a disability can be referred (Cap emploi, MDPH, Agefiph…), even if no one has attended yet (indicator 26).</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fichiers</source>
        <translation>Files</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <location filename="enum_labels.py" line="+3"/>
        <source>Présent·e</source>
        <extracomment>Presence.PRESENT (code &apos;present&apos;)</extracomment>
        <translation>Present</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Absent·e</source>
        <extracomment>Presence.ABSENT (code &apos;absent&apos;)</extracomment>
        <translation>Absent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>En retard</source>
        <extracomment>Presence.LATE (code &apos;late&apos;)</extracomment>
        <translation>Late</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parti·e plus tôt</source>
        <extracomment>Presence.LEFT_EARLY (code &apos;left_early&apos;)</extracomment>
        <translation>Left early</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Absence justifiée</source>
        <extracomment>Presence.EXCUSED (code &apos;excused&apos;)</extracomment>
        <translation>Excused absence</translation>
    </message>
</context>
<context>
    <name>QualityPage</name>
    <message>
        <location filename="../src/formation/ui/pages/quality.py" line="+168"/>
        <source>Qualité</source>
        <translation>Quality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Les registres qu&apos;un auditeur Qualiopi demande, chacun avec ses dates et ses pièces jointes.</source>
        <translation>The registers a Qualiopi auditor asks for, each with its dates and attachments.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Réclamations</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions d&apos;amélioration</source>
        <translation>Improvement actions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Veille</source>
        <translation>Watch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réseau handicap</source>
        <translation>Disability network</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formateurs</source>
        <translation>Trainers</translation>
    </message>
</context>
<context>
    <name>QuestionType</name>
    <message>
        <location filename="enum_labels.py" line="+65"/>
        <source>Texte court</source>
        <extracomment>QuestionType.SHORT_TEXT (code &apos;short_text&apos;)</extracomment>
        <translation>Short text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Texte long</source>
        <extracomment>QuestionType.LONG_TEXT (code &apos;long_text&apos;)</extracomment>
        <translation>Long text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choix unique</source>
        <extracomment>QuestionType.SINGLE_CHOICE (code &apos;single_choice&apos;)</extracomment>
        <translation>Single choice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choix multiples</source>
        <extracomment>QuestionType.MULTIPLE_CHOICE (code &apos;multiple_choice&apos;)</extracomment>
        <translation>Multiple choice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Échelle</source>
        <extracomment>QuestionType.SCALE (code &apos;scale&apos;)</extracomment>
        <translation>Scale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oui / non</source>
        <extracomment>QuestionType.YES_NO (code &apos;yes_no&apos;)</extracomment>
        <translation>Yes / no</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <extracomment>QuestionType.DATE (code &apos;date&apos;)</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grille par objectif</source>
        <extracomment>QuestionType.OBJECTIVES_MATRIX (code &apos;objectives_matrix&apos;)</extracomment>
        <translation>Grid by objective</translation>
    </message>
</context>
<context>
    <name>QuestionnairesDialog</name>
    <message>
        <location filename="../src/formation/ui/forms/questionnaires_dialog.py" line="+109"/>
        <source>Questionnaires de la session %1</source>
        <translation>Questionnaires for session %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Modèle de questionnaire</source>
        <translation>Questionnaire template</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Modèle %1, version %2</source>
        <translation>Template %1, version %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Préparer</source>
        <translation>Prepare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crée le questionnaire de chaque personne concernée qui n&apos;en a pas encore ; ceux qui existent sont gardés.</source>
        <translation>Creates the questionnaire for each person concerned who does not have one yet; existing ones are kept.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>N&apos;afficher que ce modèle</source>
        <translation>Show only this template</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Questionnaire :</source>
        <translation>&amp;Questionnaire:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Questionnaires</source>
        <translation>Questionnaires</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saisir / ouvrir…</source>
        <translation>Enter / open…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taper les réponses d&apos;un questionnaire papier, ou le faire remplir à l&apos;écran (double-clic sur la ligne)</source>
        <translation>Type in the answers from a paper questionnaire, or have it filled in on screen (double-click the row)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imprimer les PDF…</source>
        <translation>Print PDFs…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un PDF à remplir par personne, pour les lignes choisies (toutes si aucune ne l&apos;est) ; ils sont ensuite marqués envoyés</source>
        <translation>One fillable PDF per person, for the selected rows (all if none is selected); they are then marked as sent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Marquer envoyé</source>
        <translation>Mark as sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Les questionnaires choisis ont été remis ou envoyés (par courriel, en main propre)</source>
        <translation>The selected questionnaires have been handed over or sent (by email, in person)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Relancer</source>
        <translation>Send reminder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noter une relance pour les questionnaires choisis envoyés et sans réponse</source>
        <translation>Record a reminder for the selected questionnaires that were sent and not answered</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importer des réponses…</source>
        <translation>Import answers…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Des PDF remplis…</source>
        <translation>Filled-in PDFs…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tous les PDF d&apos;un dossier…</source>
        <translation>All PDFs in a folder…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afficher les questions confidentielles</source>
        <translation>Show confidential questions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Santé, handicap… : seulement pour qui a besoin de ces réponses (référent·e handicap, formateur·rice)</source>
        <translation>Health, disability…: only for those who need these answers (disability lead, trainer)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Vous pouvez aussi glisser des PDF remplis sur cette fenêtre pour les importer.</source>
        <translation>You can also drag filled-in PDFs onto this window to import them.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dernier import</source>
        <translation>Last import</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remplacer les réponses déjà enregistrées</source>
        <translation>Replace answers already saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sinon, un PDF dont les réponses diffèrent de celles déjà enregistrées est refusé</source>
        <translation>Otherwise, a PDF whose answers differ from those already saved is rejected</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Réponses importées</source>
        <translation>Imported answers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Résultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Détail</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>écran</source>
        <translation>screen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tableur</source>
        <translation>spreadsheet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personne</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Envoyé le</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relancé le</source>
        <translation>Reminded on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Répondu le</source>
        <translation>Answered on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Réponses par</source>
        <translation>Answers via</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>En retard (%1 jours)</source>
        <translation>Overdue (%1 days)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>À envoyer</source>
        <translation>To send</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Envoyé</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Répondu</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Des modèles ont des erreurs et ne sont pas utilisés (corrigez-les, puis rouvrez cette fenêtre) :</source>
        <translation>Some templates have errors and are not used (correct them, then reopen this window):</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Aucun modèle de questionnaire utilisable.</source>
        <translation>No usable questionnaire template.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Un questionnaire par formateur·rice de la session.</source>
        <translation>One questionnaire per trainer in the session.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Un questionnaire par employeur, pour chaque participant·e salarié·e d&apos;une structure.</source>
        <translation>One questionnaire per employer, for each participant employed by an organisation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Une grille par participant·e, remplie par le formateur ou la formatrice.</source>
        <translation>One grid per participant, filled in by the trainer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Un questionnaire par participant·e inscrit·e (ni liste d&apos;attente, ni annulation).</source>
        <translation>One questionnaire per registered participant (not waiting list, not cancelled).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Aucun questionnaire préparé : choisissez un modèle, puis « Préparer ».</source>
        <translation>No questionnaires prepared: choose a template, then “Prepare”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 questionnaire(s)</source>
        <translation>%1 questionnaire(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 à envoyer</source>
        <translation>%1 to send</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 envoyé(s)</source>
        <translation>%1 sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 répondu(s)</source>
        <translation>%1 answered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 en retard</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>« %1 » : personne n&apos;est concerné·e dans cette session.</source>
        <translation>“%1”: no one is concerned in this session.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>« %1 » : %2 questionnaire(s) prêt(s).</source>
        <translation>“%1”: %2 questionnaire(s) ready.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>« %1 » : %2 questionnaire(s) prêt(s), dont %3 nouveau(x) ; les autres existaient déjà et sont gardés tels quels.</source>
        <translation>“%1”: %2 questionnaire(s) ready, including %3 new; the others already existed and are kept as they are.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+70"/>
        <source>%1 questionnaire(s) marqué(s) envoyé(s).</source>
        <translation>%1 questionnaire(s) marked as sent.</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Relance notée pour %1 questionnaire(s), le %2.</source>
        <translation>Reminder recorded for %1 questionnaire(s), on %2.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Réponses enregistrées.</source>
        <translation>Answers saved.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Dossier où enregistrer les PDF à imprimer</source>
        <translation>Folder in which to save the PDFs to print</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Écriture des PDF…</source>
        <translation>Writing PDFs…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 PDF écrit(s) dans %2.</source>
        <translation>%1 PDF(s) written to %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Interrompu : les autres n&apos;ont pas été écrits.</source>
        <translation>Interrupted: the others were not written.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Importer des questionnaires remplis</source>
        <translation>Import filled-in questionnaires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dossier des questionnaires remplis</source>
        <translation>Folder of filled-in questionnaires</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Lecture des questionnaires remplis…</source>
        <translation>Reading filled-in questionnaires…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cochez « Remplacer les réponses déjà enregistrées », puis importez-le à nouveau.</source>
        <translation>tick “Replace answers already saved”, then import it again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enregistré</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inchangé</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refusé</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 enregistré(s), %2 refusé(s)</source>
        <translation>%1 saved, %2 rejected</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 déjà à jour</source>
        <translation>%1 already up to date</translation>
    </message>
</context>
<context>
    <name>RadioChoices</name>
    <message>
        <location filename="../src/formation/ui/forms/inputs.py" line="-157"/>
        <source>Cliquez à nouveau pour retirer ce choix.</source>
        <extracomment>More choices than this and a single choice becomes a drop-down list. Choices this short in total stand on one line. Height of a radio button or a checkbox with its text: a comfortable target for a touchpad. A one-line answer (a name, a role) needs no more.</extracomment>
        <translation>Click again to clear this choice.</translation>
    </message>
</context>
<context>
    <name>ReadinessModel</name>
    <message>
        <location filename="../src/formation/ui/pages/readiness.py" line="+71"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Formation</source>
        <translation>Course</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (indicateur(s) %2)</source>
        <translation>%1 (indicator(s) %2)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 — %2 : %3 manquant(s), %4 à suivre. Double-cliquez pour ouvrir la session.</source>
        <translation>%1 — %2: %3 missing, %4 pending. Double-click to open the session.</translation>
    </message>
</context>
<context>
    <name>ReadinessPage</name>
    <message>
        <location line="+23"/>
        <source>%1 — %2 : %3
À faire : %4 (page %5).</source>
        <translation>%1 — %2: %3
To do: %4 (page %5).</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Audit Qualiopi</source>
        <translation>Qualiopi audit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Début de la période</source>
        <translation>Start of period</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fin de la période</source>
        <translation>End of period</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actualiser</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+138"/>
        <source>Seulement les sessions sélectionnées</source>
        <translation>Only the selected sessions</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Sélectionnez des lignes (Ctrl+clic) : le dossier ne portera que sur elles.</source>
        <translation>Select rows (Ctrl+click): the file will cover only them.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporter le dossier d&apos;audit…</source>
        <translation>Export audit file…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sessions du</source>
        <translation>Sessions from</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>✓ complet · ◐ à suivre (pas encore dû, ou demandé et en attente de réponse) · ✗ manquant (dû et non fait pour au moins une personne) · — ne s&apos;applique pas. Double-cliquez sur une case pour aller où cela se corrige.</source>
        <translation>✓ complete · ◐ pending (not yet due, or requested and awaiting a reply) · ✗ missing (due and not done for at least one person) · — not applicable. Double-click a cell to go where it can be fixed.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Preuves par session</source>
        <translation>Evidence by session</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Indicateur</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✓ complet</source>
        <translation>✓ complete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>◐ à suivre</source>
        <translation>◐ pending</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✗ manquant</source>
        <translation>✗ missing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bilan par indicateur</source>
        <translation>Review by indicator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Point de l&apos;organisme</source>
        <translation>Provider-level item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Détail</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points de l&apos;organisme</source>
        <translation>Provider-level items</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Par indicateur</source>
        <translation>By indicator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&apos;organisme (registres)</source>
        <translation>Training provider (registers)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 session(s) ; %2 point(s) complet(s), %3 à suivre, %4 manquant(s).</source>
        <translation>%1 session(s); %2 item(s) complete, %3 to follow up, %4 missing.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aucune session sur cette période (les sessions annulées ne comptent pas).</source>
        <translation>No sessions in this period (cancelled sessions are not counted).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 : %2 complet(s), %3 à suivre, %4 manquant(s)</source>
        <translation>%1: %2 complete, %3 to follow up, %4 missing</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 — %2, %3 (%4).</source>
        <translation>%1 — %2, %3 (%4).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Seulement les sessions sélectionnées (%1)</source>
        <translation>Only the selected sessions (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ouvrir la session</source>
        <translation>Open session</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>À faire : %1 (page %2).</source>
        <translation>To do: %1 (page %2).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exporter le dossier d&apos;audit</source>
        <translation>Export audit pack</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive ZIP (*.zip)</source>
        <translation>ZIP archive (*.zip)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Préparation du dossier d&apos;audit…</source>
        <translation>Preparing audit pack…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export annulé : aucun fichier n&apos;a été écrit.</source>
        <translation>Export cancelled: no file was written.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dossier d&apos;audit enregistré : %1 (%2 fichiers, %3 Mo ; %4 point(s) manquant(s), voir index.pdf).</source>
        <translation>Audit pack saved: %1 (%2 files, %3 MB; %4 item(s) missing, see index.pdf).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 fichier(s) n&apos;ont pas pu être produits (liste dans l&apos;index).</source>
        <translation>%1 file(s) could not be produced (listed in the index).</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../src/formation/ui/registrations_panel.py" line="+38"/>
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
    <name>RegisterList</name>
    <message>
        <location filename="../src/formation/ui/registers/common.py" line="+128"/>
        <source>Registre vide : un auditeur le demandera.</source>
        <translation>Empty register: an auditor will ask for it.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Pièces jointes…</source>
        <translation>Attachments…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Joindre ou ouvrir les fichiers de la ligne choisie (courrier, compte rendu, attestation…)</source>
        <translation>Attach or open files for the selected row (letter, minutes, certificate…)</translation>
    </message>
</context>
<context>
    <name>RegistrationStatus</name>
    <message>
        <location filename="enum_labels.py" line="-76"/>
        <source>Liste d&apos;attente</source>
        <extracomment>RegistrationStatus.WAITING (code &apos;waiting&apos;)</extracomment>
        <translation>Waiting list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pré-inscrit·e</source>
        <extracomment>RegistrationStatus.PRE_REGISTERED (code &apos;pre_registered&apos;)</extracomment>
        <translation>Pre-registered</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inscrit·e</source>
        <extracomment>RegistrationStatus.REGISTERED (code &apos;registered&apos;)</extracomment>
        <translation>Registered</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annulé·e</source>
        <extracomment>RegistrationStatus.CANCELLED (code &apos;cancelled&apos;)</extracomment>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abandon</source>
        <extracomment>RegistrationStatus.ABANDONED (code &apos;abandoned&apos;)</extracomment>
        <translation>Dropped out</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terminé·e</source>
        <extracomment>RegistrationStatus.COMPLETED (code &apos;completed&apos;)</extracomment>
        <translation>Completed</translation>
    </message>
</context>
<context>
    <name>RegistrationsPanel</name>
    <message>
        <location filename="../src/formation/ui/registrations_panel.py" line="-119"/>
        <source>%1 place</source>
        <translation>%1 seat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 places</source>
        <translation>%1 seats</translation>
    </message>
    <message>
        <location line="+179"/>
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
    <name>Respondent</name>
    <message>
        <location filename="enum_labels.py" line="+69"/>
        <source>Participant·e</source>
        <extracomment>Respondent.PARTICIPANT (code &apos;participant&apos;)</extracomment>
        <translation>Participant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Formateur·rice</source>
        <extracomment>Respondent.TRAINER (code &apos;trainer&apos;)</extracomment>
        <translation>Trainer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Employeur</source>
        <extracomment>Respondent.EMPLOYER (code &apos;employer&apos;)</extracomment>
        <translation>Employer</translation>
    </message>
</context>
<context>
    <name>ResponseState</name>
    <message>
        <location line="+20"/>
        <source>À envoyer</source>
        <extracomment>ResponseState.TO_SEND (code &apos;to_send&apos;)</extracomment>
        <translation>To send</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Envoyé</source>
        <extracomment>ResponseState.SENT (code &apos;sent&apos;)</extracomment>
        <translation>Sent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Répondu</source>
        <extracomment>ResponseState.ANSWERED (code &apos;answered&apos;)</extracomment>
        <translation>Answered</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>En retard</source>
        <extracomment>ResponseState.LATE (code &apos;late&apos;)</extracomment>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>ResultsDialog</name>
    <message>
        <location filename="../src/formation/ui/results_dialog.py" line="+163"/>
        <source>Résultats — %1</source>
        <translation>Results — %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cette session</source>
        <translation>This session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toutes les sessions de la formation en</source>
        <translation>All sessions of the course in</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Année des sessions</source>
        <translation>Year of sessions</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Commentaires libres</source>
        <translation>Free comments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acquis</source>
        <translation>Learning outcomes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commentaires</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exporter en PDF…</source>
        <translation>Export to PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Les chiffres et les graphiques, à imprimer ou à joindre au bilan</source>
        <translation>Figures and charts, to print or attach to the review</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporter en CSV…</source>
        <translation>Export to CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un tableau pour Excel ou LibreOffice</source>
        <translation>A table for Excel or LibreOffice</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Commentaires (%1)</source>
        <translation>Comments (%1)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Questionnaires reçus : %1 sur %2 (%3).</source>
        <translation>Questionnaires received: %1 of %2 (%3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>de réponses « Très bien » ou « Bien » sur l&apos;ensemble des appréciations (%1 « Très bien », %2 « Bien »).</source>
        <translation>of answers “Very good” or “Good” across all ratings (%1 “Very good”, %2 “Good”).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Aucun questionnaire de satisfaction n&apos;a encore de réponse.</source>
        <translation>No satisfaction questionnaire has been answered yet.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>moyenne %1 / %2</source>
        <translation>average %1 / %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Réponses satisfaites, sur %1 réponse(s)</source>
        <translation>Satisfied answers, out of %1 answer(s)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Aucune grille d&apos;évaluation des acquis n&apos;est encore remplie.</source>
        <translation>No assessment grid has been filled in yet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>D&apos;après %1 grille(s) d&apos;évaluation des acquis.</source>
        <translation>Based on %1 assessment grid(s).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>À l&apos;entrée</source>
        <translation>On entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>À la sortie</source>
        <translation>On exit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 acquis</source>
        <translation>%1 acquired</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 participant·e(s) sur %2 ont progressé.</source>
        <translation>%1 of %2 participant(s) made progress.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Aucun commentaire libre pour l&apos;instant.</source>
        <translation>No free comments yet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exporter les résultats en PDF</source>
        <translation>Export results to PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Résultats enregistrés : %1</source>
        <translation>Results saved: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exporter les résultats en CSV</source>
        <translation>Export results to CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tableur CSV (*.csv)</source>
        <translation>CSV spreadsheet (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tableau enregistré : %1</source>
        <translation>Table saved: %1</translation>
    </message>
</context>
<context>
    <name>ScansDialog</name>
    <message>
        <location filename="../src/formation/ui/session_actions.py" line="+160"/>
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
        <location line="-160"/>
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
        <location line="+3"/>
        <source>Questionnaires…</source>
        <translation>Questionnaires…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Besoins, positionnement, évaluations, satisfaction : préparer, imprimer, saisir, importer, relancer</source>
        <translation>Needs, positioning, assessments, satisfaction: prepare, print, enter, import, send reminders</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Résultats…</source>
        <translation>Results…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction, acquis par objectif et commentaires ; export en PDF ou en CSV</source>
        <translation>Satisfaction, learning outcomes by objective and comments; export to PDF or CSV</translation>
    </message>
    <message>
        <location line="+35"/>
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
    <name>SessionKind</name>
    <message>
        <location filename="enum_labels.py" line="-96"/>
        <source>Inter</source>
        <extracomment>SessionKind.INTER (code &apos;inter&apos;)</extracomment>
        <translation>Open (inter-company)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Intra</source>
        <extracomment>SessionKind.INTRA (code &apos;intra&apos;)</extracomment>
        <translation>In-house</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sur mesure</source>
        <extracomment>SessionKind.CUSTOM (code &apos;custom&apos;)</extracomment>
        <translation>Tailored</translation>
    </message>
</context>
<context>
    <name>SessionStatus</name>
    <message>
        <location line="+3"/>
        <source>Prévue</source>
        <extracomment>SessionStatus.PLANNED (code &apos;planned&apos;)</extracomment>
        <translation>Planned</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmée</source>
        <extracomment>SessionStatus.CONFIRMED (code &apos;confirmed&apos;)</extracomment>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>En cours</source>
        <extracomment>SessionStatus.IN_PROGRESS (code &apos;in_progress&apos;)</extracomment>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terminée</source>
        <extracomment>SessionStatus.COMPLETED (code &apos;completed&apos;)</extracomment>
        <translation>Completed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annulée</source>
        <extracomment>SessionStatus.CANCELLED (code &apos;cancelled&apos;)</extracomment>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <location filename="../src/formation/ui/pages/sessions.py" line="-176"/>
        <source>%1 (+%2 en attente)</source>
        <translation>%1 (+%2 waiting)</translation>
    </message>
    <message>
        <location line="+220"/>
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
        <location line="+32"/>
        <source>Double-cliquez sur une session pour la modifier ; ses inscriptions sont en dessous.</source>
        <translation>Double-click a session to edit it; its registrations are below.</translation>
    </message>
    <message>
        <location line="+47"/>
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
        <source>Accueil des personnes en situation de handicap</source>
        <translation>Accessibility for people with disabilities</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Référent·e handicap</source>
        <translation>Disability lead</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prénom et nom de la personne qui accueille les besoins liés à un handicap (Qualiopi, indicateur 26). Figure sur la page Qualité.</source>
        <translation>First and last name of the person who handles disability-related needs (Qualiopi, indicator 26). Shown on the Quality page.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact du ou de la référent·e</source>
        <translation>Disability lead contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Téléphone ou e-mail à indiquer aux participant·es.</source>
        <translation>Phone or email to give to participants.</translation>
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
        <location line="+9"/>
        <source>Messagerie…</source>
        <translation>Email…</translation>
    </message>
    <message>
        <location line="+74"/>
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
        <location filename="../src/formation/ui/signature_pad.py" line="+277"/>
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
        <location filename="../src/formation/ui/slots_editor.py" line="+113"/>
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
        <location line="+120"/>
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
    <name>StackedBar</name>
    <message>
        <location filename="../src/formation/ui/results_dialog.py" line="-326"/>
        <source>aucune réponse</source>
        <extracomment>As on the PDF: the appreciation levels best first, the assessment levels lowest first.</extracomment>
        <translation>no answer</translation>
    </message>
</context>
<context>
    <name>StatsDialog</name>
    <message>
        <location filename="../src/formation/ui/stats_dialog.py" line="+72"/>
        <source>Bilan de l&apos;année</source>
        <translation>Annual review</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Période</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intitulé</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lieu</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Durée (jours)</source>
        <translation>Duration (days)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participant·es</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+166"/>
        <source>Heures</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Session</source>
        <translation>Session</translation>
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
        <source>Remarque</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+155"/>
        <source>Stagiaires</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Personnes</source>
        <translation>People</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heures-stagiaires</source>
        <translation>Participant hours</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Année :</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Répartitions</source>
        <translation>Breakdowns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Résultats (indicateur 2)</source>
        <translation>Results (indicator 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BPF</source>
        <translation>BPF</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+139"/>
        <source>Données manquantes</source>
        <translation>Missing data</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Exporter en PDF…</source>
        <translation>Export to PDF…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exporter en CSV…</source>
        <translation>Export to CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporter en XLSX…</source>
        <translation>Export to XLSX…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>journées de formation réalisées</source>
        <translation>training days delivered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stagiaires accueilli·es</source>
        <translation>participants welcomed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>personnes différentes</source>
        <translation>distinct people</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heures-stagiaires</source>
        <translation>participant hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sessions</source>
        <translation>sessions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>femmes / hommes</source>
        <translation>women / men</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>demandeur·ses d&apos;emploi</source>
        <translation>jobseekers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>de satisfaction</source>
        <translation>satisfaction</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Sessions de l&apos;année</source>
        <translation>Sessions of the year</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Répartition</source>
        <translation>Breakdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stagiaires : inscriptions ayant des heures dans l&apos;année ; une personne suivant deux formations compte deux fois, mais une seule fois dans « Personnes ».</source>
        <translation>Participants: registrations with hours in the year; a person attending two courses counts twice, but only once in “People”.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Personnes formées</source>
        <translation>People trained</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taux de satisfaction</source>
        <translation>Satisfaction rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questionnaires de satisfaction</source>
        <translation>Satisfaction questionnaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taux d&apos;achèvement</source>
        <translation>Completion rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Évaluations à froid</source>
        <translation>3-month follow-ups</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Satisfaction : réponses « Très bien » ou « Bien » aux questions d&apos;appréciation des questionnaires de fin de formation des sessions terminées dans l&apos;année. Achèvement : parcours terminés sur parcours terminés ou abandonnés.</source>
        <translation>Satisfaction: “Very good” or “Good” answers to the rating questions of end-of-course questionnaires for sessions completed during the year. Completion: pathways completed out of pathways completed or abandoned.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Bilan pédagogique et financier</source>
        <translation>Yearly training declaration (BPF)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ligne</source>
        <translation>Line</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Libellé</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Chiffres arrêtés au %1</source>
        <translation>Figures as at %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Aucune donnée manquante.</source>
        <translation>No missing data.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Données manquantes (%1)</source>
        <translation>Missing data (%1)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (%2 stagiaires)</source>
        <translation>%1 (%2 participants)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2 réponses aux questions d&apos;appréciation</source>
        <translation>%1 — %2 answers to rating questions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— (aucun questionnaire de satisfaction répondu)</source>
        <translation>— (no satisfaction questionnaire answered)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 répondus sur %2</source>
        <translation>%1 answered out of %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2 terminés, %3 abandon(s)</source>
        <translation>%1 — %2 completed, %3 dropout(s)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 réponses sur %2 (%3)</source>
        <translation>%1 answers out of %2 (%3)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F-1 · Type de stagiaires</source>
        <translation>F-1 · Type of participants</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>F-3 · Objectif général des prestations</source>
        <translation>F-3 · Overall objective of the services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F-4 · Spécialités de formation (codes NSF)</source>
        <translation>F-4 · Training specialities (NSF codes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E · Personnes dispensant des heures de formation (personnes, heures)</source>
        <translation>E · People delivering training hours (people, hours)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Contrôle : les totaux des cadres F-1, F-3 et F-4 sont égaux (%1 stagiaires, %2 heures-stagiaires).</source>
        <translation>Check: the totals of sections F-1, F-3 and F-4 match (%1 participants, %2 participant hours).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tableur CSV (*.csv)</source>
        <translation>CSV spreadsheet (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classeur Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enregistrer le bilan</source>
        <translation>Save the review</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <source>Écriture du bilan…</source>
        <translation>Writing the review…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bilan enregistré : %1</source>
        <translation>Review saved: %1</translation>
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
    <name>StructureKind</name>
    <message>
        <location filename="enum_labels.py" line="+3"/>
        <source>Employeur</source>
        <extracomment>StructureKind.EMPLOYER (code &apos;employer&apos;)</extracomment>
        <translation>Employer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Association</source>
        <extracomment>StructureKind.ASSOCIATION (code &apos;association&apos;)</extracomment>
        <translation>Association</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client</source>
        <extracomment>StructureKind.CLIENT (code &apos;client&apos;)</extracomment>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Financeur</source>
        <extracomment>StructureKind.FUNDER (code &apos;funder&apos;)</extracomment>
        <translation>Funder</translation>
    </message>
</context>
<context>
    <name>StructuresPage</name>
    <message>
        <location filename="../src/formation/ui/pages/structures.py" line="+20"/>
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
    <name>TrainerKind</name>
    <message>
        <location filename="enum_labels.py" line="+3"/>
        <source>Interne</source>
        <extracomment>TrainerKind.INTERNAL (code &apos;internal&apos;)</extracomment>
        <translation>Internal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Externe</source>
        <extracomment>TrainerKind.EXTERNAL (code &apos;external&apos;)</extracomment>
        <translation>External</translation>
    </message>
</context>
<context>
    <name>TrainerTrainingDialog</name>
    <message>
        <location filename="../src/formation/ui/registers/dialogs.py" line="+16"/>
        <source>Formation suivie</source>
        <translation>Course attended</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Formateur·rice *</source>
        <translation>Trainer *</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Intitulé *</source>
        <translation>Title *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisme ou intervenant·e</source>
        <translation>Provider or instructor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date *</source>
        <translation>Date *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le premier jour, pour une formation de plusieurs jours.</source>
        <translation>The first day, for a course lasting several days.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Durée</source>
        <translation>Duration</translation>
    </message>
</context>
<context>
    <name>TrainerTrainingsList</name>
    <message>
        <location filename="../src/formation/ui/registers/lists.py" line="+23"/>
        <source>&lt;b&gt;Aucune formation suivie enregistrée :&lt;/b&gt; un auditeur demandera comment ce·tte formateur·rice entretient ses compétences (indicateur 22).</source>
        <translation>&lt;b&gt;No course attended on record:&lt;/b&gt; an auditor will ask how this trainer keeps their skills up to date (indicator 22).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formation suivie</source>
        <translation>Course attended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Durée</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fichiers</source>
        <translation>Files</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisme</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Aucune formation suivie depuis %1 mois :&lt;/b&gt; un auditeur demandera comment ce·tte formateur·rice entretient ses compétences (indicateur 22).</source>
        <translation>&lt;b&gt;No course attended in the last %1 months:&lt;/b&gt; an auditor will ask how this trainer keeps their skills up to date (indicator 22).</translation>
    </message>
</context>
<context>
    <name>TrainersPage</name>
    <message>
        <location filename="../src/formation/ui/pages/trainers.py" line="+18"/>
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
    <message>
        <location line="+11"/>
        <source>Le ou la formateur·rice « %1 »</source>
        <translation>The trainer “%1”</translation>
    </message>
</context>
<context>
    <name>TrainersTab</name>
    <message>
        <location filename="../src/formation/ui/pages/quality.py" line="-168"/>
        <source>Formateur·rice</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Joindre un CV…</source>
        <translation>Attach a CV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ouvrir le CV</source>
        <translation>Open CV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tous ses fichiers…</source>
        <translation>All their files…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CV, diplômes, attestations : les fichiers joints au ou à la formateur·rice</source>
        <translation>CV, diplomas, certificates: the files attached to the trainer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Formateur·rice :</source>
        <translation>Trainer:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;Formations suivies&lt;/b&gt; (indicateur 22)</source>
        <translation>&lt;b&gt;Courses attended&lt;/b&gt; (indicator 22)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&lt;b&gt;Aucun·e formateur·rice :&lt;/b&gt; ajoutez-les dans la page Formateurs ; un auditeur demandera leur CV et les formations qu&apos;ils et elles suivent (indicateurs 21 et 22).</source>
        <translation>&lt;b&gt;No trainers:&lt;/b&gt; add them on the Trainers page; an auditor will ask for their CVs and the courses they attend (indicators 21 and 22).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CV : aucun CV joint. Un auditeur le demandera (indicateur 21).</source>
        <translation>CV: no CV attached. An auditor will ask for it (indicator 21).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CV : %1, joint le %2</source>
        <translation>CV: %1, attached on %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Joindre un CV</source>
        <translation>Attach a CV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CV (*.pdf *.odt *.doc *.docx);;Tous les fichiers (*)</source>
        <translation>CV (*.pdf *.odt *.doc *.docx);;All files (*)</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../src/formation/ui/list_page.py" line="-153"/>
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
    <name>WatchDialog</name>
    <message>
        <location filename="../src/formation/ui/registers/dialogs.py" line="-72"/>
        <source>Veille</source>
        <translation>Watch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date *</source>
        <translation>Date *</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type de veille</source>
        <translation>Type of watch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Légale et réglementaire (indicateur 23), métiers et compétences (24), pédagogique et technologique (25).</source>
        <translation>Legal and regulatory (indicator 23), occupations and skills (24), teaching and technology (25).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ex. : Centre Inffo, lettre de l&apos;OPCO, webinaire…</source>
        <translation>E.g.: Centre Inffo, OPCO newsletter, webinar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ce qui a été appris *</source>
        <translation>What was learnt *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ce que cela a changé</source>
        <translation>What it changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dans les formations, les documents ou l&apos;organisation ; « rien » est une réponse</source>
        <translation>In courses, documents or the organisation; “nothing” is a valid answer</translation>
    </message>
</context>
<context>
    <name>WatchKind</name>
    <message>
        <location filename="enum_labels.py" line="+115"/>
        <source>Légale</source>
        <extracomment>WatchKind.LEGAL (code &apos;legal&apos;)</extracomment>
        <translation>Legal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Métiers et compétences</source>
        <extracomment>WatchKind.JOBS (code &apos;jobs&apos;)</extracomment>
        <translation>Jobs and skills</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pédagogique et technologique</source>
        <extracomment>WatchKind.PEDAGOGY (code &apos;pedagogy&apos;)</extracomment>
        <translation>Teaching and technology</translation>
    </message>
</context>
<context>
    <name>WatchList</name>
    <message>
        <location filename="../src/formation/ui/registers/lists.py" line="-84"/>
        <source>&lt;b&gt;Registre vide : un auditeur le demandera.&lt;/b&gt; Notez ce que vous lisez ou suivez : évolutions légales, des métiers et des compétences, pédagogiques et technologiques, et ce que cela a changé (indicateurs 23 à 25).</source>
        <translation>&lt;b&gt;Empty register: an auditor will ask for it.&lt;/b&gt; Record what you read or follow: legal developments, changes in occupations and skills, teaching and technology, and what it changed (indicators 23 to 25).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Veille</source>
        <translation>Watch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ce qui a été appris</source>
        <translation>What was learnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fichiers</source>
        <translation>Files</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ce que cela a changé</source>
        <translation>What it changed</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Veille du %1</source>
        <translation>Watch entry of %1</translation>
    </message>
</context>
<context>
    <name>YearCombo</name>
    <message>
        <location filename="../src/formation/ui/widgets.py" line="+117"/>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Toutes les années</source>
        <translation>All years</translation>
    </message>
</context>
<context>
    <name>YesNoInput</name>
    <message>
        <location filename="../src/formation/ui/forms/inputs.py" line="+26"/>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Non</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>owner</name>
    <message>
        <location filename="../src/formation/ui/slots_editor.py" line="-182"/>
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
        <location filename="../src/formation/ui/registrations_panel.py" line="-152"/>
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
        <location filename="../src/formation/ui/register_dialog.py" line="-353"/>
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
