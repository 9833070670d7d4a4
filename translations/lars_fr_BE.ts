<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
<context>
    <name>CreonTexts</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>gauche %1</translation>
    </message>
    <message>
        <source>right %1</source>
        <translation>droite %1</translation>
    </message>
    <message>
        <source>1st kindergarten class</source>
        <translation>1re maternelle</translation>
    </message>
    <message>
        <source>1st primary year</source>
        <translation>1re primaire</translation>
    </message>
    <message>
        <source>4th primary year</source>
        <translation>4e primaire</translation>
    </message>
    <message>
        <source>6th primary year</source>
        <translation>6e primaire</translation>
    </message>
    <message>
        <source>3rd secondary year</source>
        <translation>3e secondaire</translation>
    </message>
    <message>
        <source>systematic contact %1 of %2</source>
        <translation>contact systématique %1 du %2</translation>
    </message>
    <message>
        <source>activity of %1: %2</source>
        <translation>activité du %1 : %2</translation>
    </message>
    <message>
        <source>registered by hand</source>
        <translation>enregistré manuellement</translation>
    </message>
    <message>
        <source>%1 (withdrawn)</source>
        <translation>%1 (retiré)</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>withdrawal accepted</source>
        <translation>retrait accepté</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepté</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refusé : %1</translation>
    </message>
    <message>
        <source>sending failed: %1</source>
        <translation>envoi échoué : %1</translation>
    </message>
    <message>
        <source>sent on %1</source>
        <translation>envoyé le %1</translation>
    </message>
    <message>
        <source>to be sent — waiting: %1</source>
        <translation>à envoyer — en attente : %1</translation>
    </message>
    <message>
        <source>withdrawal to be sent</source>
        <translation>retrait à envoyer</translation>
    </message>
    <message>
        <source>to be sent</source>
        <translation>à envoyer</translation>
    </message>
</context>
<context>
    <name>DossierTexts</name>
    <message>
        <source>The server cannot be reached (%1). Nothing was lost; try again when you are online.</source>
        <translation>Le serveur est injoignable (%1). Rien n&apos;a été perdu&#xa0;; réessayez dès que vous serez en ligne.</translation>
    </message>
    <message>
        <source>You are not a member of any team in this CLB, so you cannot see pupil dossiers. Ask your CLB&apos;s local administrator to add you to a team.</source>
        <translation>Vous n&apos;êtes membre d&apos;aucune équipe dans ce CLB&#xa0;; vous ne pouvez donc pas voir les dossiers d&apos;élèves. Demandez à l&apos;administrateur local de votre CLB de vous ajouter à une équipe.</translation>
    </message>
    <message>
        <source>This pupil is not followed by one of your teams: none of your teams covers the pupil&apos;s school. Ask your CLB&apos;s local administrator if you need access.</source>
        <translation>Cet élève n&apos;est suivi par aucune de vos équipes&#xa0;: aucune de vos équipes ne couvre l&apos;école de cet élève. Adressez-vous à l&apos;administrateur local de votre CLB si vous avez besoin d&apos;un accès.</translation>
    </message>
    <message>
        <source>You do not work for this CLB any more. Choose another CLB or log in again.</source>
        <translation>Vous ne travaillez plus pour ce CLB. Choisissez un autre CLB ou reconnectez-vous.</translation>
    </message>
    <message>
        <source>You have no access to this dossier. Ask your CLB&apos;s local administrator if you need it.</source>
        <translation>Vous n&apos;avez pas accès à ce dossier. Adressez-vous à l&apos;administrateur local de votre CLB si vous en avez besoin.</translation>
    </message>
    <message>
        <source>Your session has ended. Log in again with your eID.</source>
        <translation>Votre session a pris fin. Reconnectez-vous avec votre eID.</translation>
    </message>
    <message>
        <source>This dossier no longer exists.</source>
        <translation>Ce dossier n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Someone else changed this in the meantime.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié ceci entre-temps.</translation>
    </message>
    <message>
        <source>The server did not accept this: %1</source>
        <translation>Le serveur n&apos;a pas accepté ceci&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server had a problem (%1). Try again in a moment.</source>
        <translation>Le serveur a rencontré un problème (%1). Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The server answered with an error (%1).</source>
        <translation>Le serveur a répondu par une erreur (%1).</translation>
    </message>
    <message>
        <source>Referral to</source>
        <translation>Renvoi vers</translation>
    </message>
    <message>
        <source>Feedback from</source>
        <translation>Retour de</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>non encodé</translation>
    </message>
    <message>
        <source>%1 cm</source>
        <translation>%1 cm</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>Wrong PIN.</source>
        <translation>Code PIN erroné.</translation>
    </message>
</context>
<context>
    <name>lars::models::ApiClient</name>
    <message>
        <source>The server address is not a valid URL.</source>
        <translation>L&apos;adresse du serveur n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (plain http is only allowed on this computer).</source>
        <translation>L&apos;adresse du serveur doit commencer par https:// (le simple http n&apos;est autorisé que sur cet ordinateur).</translation>
    </message>
    <message>
        <source>Cannot read the server certificate %1: %2</source>
        <translation>Impossible de lire le certificat du serveur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 ne contient aucun certificat PEM.</translation>
    </message>
</context>
<context>
    <name>lars::models::ConnectionMonitor</name>
    <message>
        <source>No server configured</source>
        <translation>Aucun serveur configuré</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted</source>
        <translation>Le certificat du serveur n&apos;est pas approuvé</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <source>The server answers with an error (%1)</source>
        <translation>Le serveur répond par une erreur (%1)</translation>
    </message>
    <message>
        <source>No connection to the server</source>
        <translation>Pas de connexion au serveur</translation>
    </message>
</context>
<context>
    <name>lars::models::DossierModel</name>
    <message>
        <source>Parent heights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridging help on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridging help off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice %1 %2</source>
        <translation>Avis %1 %2</translation>
    </message>
    <message>
        <source>Referral to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal of activity “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction of activity “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREON correction “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lars::models::PupilSearchModel</name>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>School</source>
        <translation>École</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
</context>
<context>
    <name>lars::models::TargetHeight</name>
    <message>
        <source>Enter an adult height between %1 and %2 cm.</source>
        <translation>Indiquez une taille d&apos;adulte comprise entre %1 et %2 cm.</translation>
    </message>
</context>
<context>
    <name>lars::smartcard::CardError</name>
    <message>
        <source>The smart card service is not running.</source>
        <translation>Le service des cartes à puce ne fonctionne pas.</translation>
    </message>
    <message>
        <source>No card reader is connected.</source>
        <translation>Aucun lecteur de cartes n&apos;est connecté.</translation>
    </message>
    <message>
        <source>Insert your eID card in the card reader.</source>
        <translation>Insérez votre carte eID dans le lecteur de cartes.</translation>
    </message>
    <message>
        <source>The card was removed. Insert it again and retry.</source>
        <translation>La carte a été retirée. Réinsérez-la et réessayez.</translation>
    </message>
    <message>
        <source>Another program reset the card. Please retry.</source>
        <translation>Un autre programme a réinitialisé la carte. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Another program is using the card. Please retry.</source>
        <translation>Un autre programme utilise la carte. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>This card is not a Belgian eID card.</source>
        <translation>Cette carte n&apos;est pas une carte eID belge.</translation>
    </message>
    <message>
        <source>The card cannot be read. Check that it is inserted the right way round.</source>
        <translation>La carte ne peut pas être lue. Vérifiez qu&apos;elle est insérée dans le bon sens.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left.</source>
        <translation>
            <numerusform>Code PIN erroné. Il reste %n essai.</numerusform>
            <numerusform>Code PIN erroné. Il reste %n essais.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN is blocked. Unblock it at your municipality.</source>
        <translation>Le code PIN est bloqué. Faites-le débloquer à votre commune.</translation>
    </message>
    <message>
        <source>PIN entry was cancelled.</source>
        <translation>La saisie du code PIN a été annulée.</translation>
    </message>
    <message>
        <source>A PIN has 4 to 12 digits.</source>
        <translation>Un code PIN compte de 4 à 12 chiffres.</translation>
    </message>
    <message>
        <source>The card asks for the PIN first.</source>
        <translation>La carte demande d&apos;abord le code PIN.</translation>
    </message>
    <message>
        <source>The card gave an unexpected answer.</source>
        <translation>La carte a donné une réponse inattendue.</translation>
    </message>
</context>
<context>
    <name>lars::ui::ActivityDialog</name>
    <message>
        <source>Draaischijf: referral or feedback</source>
        <translation>Draaischijf&#xa0;: renvoi ou retour</translation>
    </message>
    <message>
        <source>Register activity — %1 %2</source>
        <translation>Encoder une activité — %1 %2</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>&amp;Fonction&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;urée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte&#xa0;:</translation>
    </message>
    <message>
        <source>1. Direction</source>
        <translation>1. Sens</translation>
    </message>
    <message>
        <source>2. To or from whom</source>
        <translation>2. Vers qui ou de qui</translation>
    </message>
    <message>
        <source>3. Detail</source>
        <translation>3. Détail</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Non enregistré. %1</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <source>Choose a function.</source>
        <translation>Choisissez une fonction.</translation>
    </message>
    <message>
        <source>Type a subject.</source>
        <translation>Indiquez un objet.</translation>
    </message>
    <message>
        <source>Draaischijf: choose referral to or feedback from.</source>
        <translation>Draaischijf&#xa0;: choisissez renvoi vers ou retour de.</translation>
    </message>
    <message>
        <source>Draaischijf: choose to or from whom.</source>
        <translation>Draaischijf&#xa0;: choisissez vers qui ou de qui.</translation>
    </message>
    <message>
        <source>Draaischijf: choose the detail.</source>
        <translation>Draaischijf&#xa0;: choisissez le détail.</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Non enregistré.</translation>
    </message>
    <message>
        <source>Loading the nomenclature…</source>
        <translation>Chargement de la nomenclature…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;hème :</translation>
    </message>
    <message>
        <source>Is reported to CREON automatically: %1</source>
        <translation>Est transmis automatiquement à CREON : %1</translation>
    </message>
    <message>
        <source>(no theme)</source>
        <translation>(aucun thème)</translation>
    </message>
    <message>
        <source>The date lies in the future.</source>
        <translation>La date est dans le futur.</translation>
    </message>
    <message>
        <source>&amp;Restore the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the dra&amp;ft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed for this pupil on %1 was not saved: “%2”. Restore it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct activity — %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why corrected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity was changed elsewhere in the meantime; save again to replace that version with this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change what was wrong, then say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why you correct it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lars::ui::ActivityHistoryDialog</name>
    <message>
        <source>History of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions of the activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version 1 — registered on %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 — withdrawn on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 — corrected on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Duration: %n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Draaischijf: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lars::ui::AdviceEditor</name>
    <message>
        <source>Use the &amp;suggested text</source>
        <translation>Utiliser le texte &amp;proposé</translation>
    </message>
    <message>
        <source>Save a&amp;dvice</source>
        <translation>Enregistrer l&apos;a&amp;vis</translation>
    </message>
    <message>
        <source>U&amp;ndo my changes</source>
        <translation>A&amp;nnuler mes modifications</translation>
    </message>
    <message>
        <source>Keep &amp;my advice</source>
        <translation>Garder &amp;mon avis</translation>
    </message>
    <message>
        <source>Use the saved advice</source>
        <translation>Utiliser l&apos;avis enregistré</translation>
    </message>
    <message>
        <source>Puts a text made from the deviating results in the editor, to adapt</source>
        <translation>Met dans le champ un texte fait à partir des résultats anormaux, à adapter</translation>
    </message>
    <message>
        <source>Advice for the parents</source>
        <translation>Avis aux parents</translation>
    </message>
    <message>
        <source>The advice for the parents, as it will be printed in the parent letter</source>
        <translation>L&apos;avis aux parents, tel qu&apos;il sera imprimé dans la lettre aux parents</translation>
    </message>
    <message>
        <source>&amp;Advice for the parents:</source>
        <translation>&amp;Avis aux parents :</translation>
    </message>
    <message>
        <source>After the systematic contact %1 of %2</source>
        <translation>Après le contact systématique %1 du %2</translation>
    </message>
    <message>
        <source>Your unsaved text was put back.</source>
        <translation>Votre texte non enregistré a été remis.</translation>
    </message>
    <message>
        <source>Select a systematic contact to write the advice for the parents.</source>
        <translation>Choisissez un contact systématique pour écrire l&apos;avis aux parents.</translation>
    </message>
    <message>
        <source>Last changed by %1 on %2</source>
        <translation>Dernière modification par %1 le %2</translation>
    </message>
    <message>
        <source>Deviating results: %1 Without an advice the parent letter is not made.</source>
        <translation>Résultats anormaux : %1 Sans avis, la lettre aux parents n&apos;est pas faite.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Waiting for a connection to be saved; nothing is lost.</source>
        <translation>En attente d&apos;une connexion pour être enregistré ; rien n&apos;est perdu.</translation>
    </message>
    <message>
        <source>%1 saved another advice in the meantime:

%2

Which advice should be kept?</source>
        <translation>%1 a enregistré un autre avis entre-temps :

%2

Quel avis faut-il garder ?</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Pas enregistré. %1</translation>
    </message>
    <message>
        <source>Advice for the parents of %1 %2</source>
        <translation>Avis aux parents de %1 %2</translation>
    </message>
</context>
<context>
    <name>lars::ui::AttestDialog</name>
    <message>
        <source>New attest — %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save and show the attest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attest you typed for this pupil was not saved. Restore it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — the date of the activity, not the day of printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal has no activity to make an attest from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the attest types…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the text of the attest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished">Enregistrement…</translation>
    </message>
</context>
<context>
    <name>lars::ui::AttestsTab</name>
    <message>
        <source>&amp;Preview and print…</source>
        <translation>&amp;Aperçu et impression…</translation>
    </message>
    <message>
        <source>An attest carries the date of its activity, not the date of printing.</source>
        <translation>Une attestation porte la date de son activité, pas la date d&apos;impression.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Activity date</source>
        <translation>Date de l&apos;activité</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Collaborateur</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Printing attests is not available in this installation.</source>
        <translation>L&apos;impression des attestations n&apos;est pas disponible dans cette installation.</translation>
    </message>
    <message>
        <source>Attests</source>
        <translation>Attestations</translation>
    </message>
    <message>
        <source>&amp;New attest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attest from an activity of the journal, dated on that activity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lars::ui::BrandingDialog</name>
    <message>
        <source>Colours and logos of letters</source>
        <translation>Couleurs et logos des lettres</translation>
    </message>
    <message>
        <source>These colours and logos are used for the letters printed on this computer, instead of the ones of your CLB.</source>
        <translation>Ces couleurs et logos sont utilisés pour les lettres imprimées sur cet ordinateur, à la place de ceux de votre CLB.</translation>
    </message>
    <message>
        <source>Use the CLB&apos;s colours and logos</source>
        <translation>Utiliser les couleurs et logos du CLB</translation>
    </message>
</context>
<context>
    <name>lars::ui::BrandingEditor</name>
    <message>
        <source>Brand colour</source>
        <translation>Couleur de marque</translation>
    </message>
    <message>
        <source>Table colour</source>
        <translation>Couleur des tableaux</translation>
    </message>
    <message>
        <source>Add logo…</source>
        <translation>Ajouter un logo…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <source>Logos (PNG or SVG)</source>
        <translation>Logos (PNG ou SVG)</translation>
    </message>
    <message>
        <source>SVG logo</source>
        <translation>Logo SVG</translation>
    </message>
    <message>
        <source>Image logo</source>
        <translation>Logo image</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <source>Logos (*.png *.svg *.jpg *.jpeg)</source>
        <translation>Logos (*.png *.svg *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>lars::ui::ClassBatchDialog</name>
    <message>
        <source>Print letters</source>
        <translation>Imprimer les lettres</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) into %1</source>
        <translation>
            <numerusform>%n lettre dans %1</numerusform>
            <numerusform>%n lettres dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v sur %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Ouvrir le PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s), %1 pages saved in %2</source>
        <translation>
            <numerusform>%n lettre, %1 pages enregistrées dans %2</numerusform>
            <numerusform>%n lettres, %1 pages enregistrées dans %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Annulé&#xa0;: aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The letters could not be saved: %1</source>
        <translation>Les lettres n&apos;ont pas pu être enregistrées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>lars::ui::ClassLettersDialog</name>
    <message>
        <source>Class letters %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Consult:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished">Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>%1, school year %2 (%3 of %4 pupils)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pupil of this class has had a systematic contact yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No letter to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample: the letter for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent letters %1 %2 - %3</source>
        <translation type="unfinished">Lettres aux parents %1 - %3 {1 %2 ?}</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished">Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished">Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">Enregistrer</translation>
    </message>
    <message>
        <source>Skipped pupils</source>
        <translation>Élèves ignorés</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Ignorés :</translation>
    </message>
    <message>
        <source>%1 (no such consult)</source>
        <translation>%1 (pas eu ce contact)</translation>
    </message>
    <message>
        <source>%1 (no advice yet, the results deviate)</source>
        <translation>%1 (pas encore d&apos;avis, les résultats sont anormaux)</translation>
    </message>
    <message>
        <source>%1 letters; %2 pupils skipped.</source>
        <translation>%1 lettres ; %2 élèves ignorés.</translation>
    </message>
</context>
<context>
    <name>lars::ui::ClbChooser</name>
    <message>
        <source>On whose behalf do you work?</source>
        <translation>Pour le compte de qui travaillez-vous&#xa0;?</translation>
    </message>
    <message>
        <source>You can switch to another CLB later from the menu under your name, without logging in again.</source>
        <translation>Vous pourrez passer plus tard à un autre CLB via le menu sous votre nom, sans vous reconnecter.</translation>
    </message>
    <message>
        <source>Welcome, %1. You work for several CLBs: click the CLB you work for now.</source>
        <translation>Bienvenue, %1. Vous travaillez pour plusieurs CLB&#xa0;: cliquez sur le CLB pour lequel vous travaillez maintenant.</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Se déconnecter</translation>
    </message>
    <message>
        <source>Work on behalf of %1</source>
        <translation>Travailler pour %1</translation>
    </message>
</context>
<context>
    <name>lars::ui::ConflictDialog</name>
    <message>
        <source>Height of the father</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height of the mother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridging help</source>
        <translation type="unfinished">Aide de transition</translation>
    </message>
    <message>
        <source>GSM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Someone else changed this first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;While your change waited, someone else saved another value. Choose per field which value stays; nothing is saved before you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs (now on the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: theirs, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: mine, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send my choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep theirs, drop mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice for the parents</source>
        <translation>Avis aux parents</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Date</translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished">Fonction</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished">Objet</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished">Texte</translation>
    </message>
    <message>
        <source>Draaischijf</source>
        <translation type="unfinished">Draaischijf</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systematic contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height (cm)</source>
        <translation type="unfinished">Taille (cm)</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation type="unfinished">Poids (kg)</translation>
    </message>
    <message>
        <source>Vision, left eye</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vision, right eye</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eye alignment</source>
        <translation type="unfinished">Alignement oculaire</translation>
    </message>
    <message>
        <source>Depth vision</source>
        <translation type="unfinished">Vision du relief</translation>
    </message>
    <message>
        <source>Colour vision</source>
        <translation type="unfinished">Vision des couleurs</translation>
    </message>
    <message>
        <source>Audiometry</source>
        <translation type="unfinished">Audiométrie</translation>
    </message>
    <message>
        <source>Speech in noise</source>
        <translation type="unfinished">Parole dans le bruit</translation>
    </message>
    <message>
        <source>Puberty stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaccinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oral health</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lars::ui::ContactValidator</name>
    <message>
        <source>Use only digits, spaces and a leading +.</source>
        <translation>N&apos;utilisez que des chiffres, des espaces et un + au début.</translation>
    </message>
    <message>
        <source>An international number has a + and 8 to 15 digits.</source>
        <translation>Un numéro international comporte un + et 8 à 15 chiffres.</translation>
    </message>
    <message>
        <source>A Belgian number starts with 0 (or +32); a foreign one with + and the country code.</source>
        <translation>Un numéro belge commence par 0 (ou +32)&#xa0;; un numéro étranger par + et l&apos;indicatif du pays.</translation>
    </message>
    <message>
        <source>A Belgian GSM number has 10 digits and starts with 04, e.g. 0470 12 34 56.</source>
        <translation>Un numéro de GSM belge compte 10 chiffres et commence par 04, p. ex. 0470 12 34 56.</translation>
    </message>
    <message>
        <source>A Belgian phone number has 9 digits (e.g. 03 123 45 67), a GSM number 10.</source>
        <translation>Un numéro de téléphone belge compte 9 chiffres (p. ex. 03 123 45 67), un numéro de GSM 10.</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address, e.g. name@clb.be.</source>
        <translation>Ce n&apos;est pas une adresse e-mail valide, p. ex. nom@clb.be.</translation>
    </message>
</context>
<context>
    <name>lars::ui::CreonAdminDialog</name>
    <message>
        <source>Send &amp;now</source>
        <translation>Envoyer &amp;maintenant</translation>
    </message>
    <message>
        <source>&amp;Retry the selected record</source>
        <translation>&amp;Réessayer l&apos;enregistrement sélectionné</translation>
    </message>
    <message>
        <source>CREON delivery</source>
        <translation>Envoi CREON</translation>
    </message>
    <message>
        <source>Last batches</source>
        <translation>Derniers envois</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Refused or failed</source>
        <translation>Refusés ou échoués</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Only the CLB&apos;s local LARS administrators see the CREON delivery.</source>
        <translation>Seuls les administrateurs LARS locaux du CLB voient l&apos;envoi CREON.</translation>
    </message>
    <message>
        <source>The overview could not be loaded: %1</source>
        <translation>L&apos;aperçu n&apos;a pas pu être chargé : %1</translation>
    </message>
    <message>
        <source>Waiting: %1 · sent, no answer yet: %2 · accepted: %3 · refused: %4 · failed: %5</source>
        <translation>En attente : %1 · envoyés, sans réponse : %2 · acceptés : %3 · refusés : %4 · échoués : %5</translation>
    </message>
    <message>
        <source>This server sends nothing: no CREON address is configured.</source>
        <translation>Ce serveur n&apos;envoie rien : aucune adresse CREON n&apos;est configurée.</translation>
    </message>
    <message>
        <source>Next scheduled sending: %1.</source>
        <translation>Prochain envoi prévu : %1.</translation>
    </message>
    <message>
        <source>Formed</source>
        <translation>Constitué</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Records of this CLB</source>
        <translation>Enregistrements de ce CLB</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptés</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusés</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>sent now</source>
        <translation>envoyé maintenant</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>planifié</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>répondu</translation>
    </message>
    <message>
        <source>given up</source>
        <translation>abandonné</translation>
    </message>
    <message>
        <source>being sent</source>
        <translation>en cours d&apos;envoi</translation>
    </message>
    <message>
        <source>pupil %1</source>
        <translation>élève %1</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>School</source>
        <translation>École</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Asked to send now; refresh in a moment to see the batch.</source>
        <translation>Envoi demandé ; actualisez dans un instant pour voir l&apos;envoi.</translation>
    </message>
    <message>
        <source>Could not ask to send now: %1</source>
        <translation>Impossible de demander l&apos;envoi : %1</translation>
    </message>
    <message>
        <source>The record waits again for the next batch.</source>
        <translation>L&apos;enregistrement attend à nouveau le prochain envoi.</translation>
    </message>
    <message>
        <source>Could not retry: %1</source>
        <translation>Impossible de réessayer : %1</translation>
    </message>
</context>
<context>
    <name>lars::ui::CreonCorrectionDialog</name>
    <message>
        <source>Correct CREON registration</source>
        <translation>Corriger l&apos;enregistrement CREON</translation>
    </message>
    <message>
        <source>Comes from: %1</source>
        <translation>Provient de : %1</translation>
    </message>
    <message>
        <source>The correction is saved in the consult&apos;s results; the corrected result is sent to the ministry as a new version.</source>
        <translation>La correction est enregistrée dans les résultats de la consultation ; le résultat corrigé est envoyé au ministère comme nouvelle version.</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Taille :</translation>
    </message>
    <message>
        <source> cm</source>
        <translation> cm</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Poids :</translation>
    </message>
    <message>
        <source> kg</source>
        <translation> kg</translation>
    </message>
    <message>
        <source>&amp;Left eye:</source>
        <translation>Œil &amp;gauche :</translation>
    </message>
    <message>
        <source>&amp;Right eye:</source>
        <translation>Œil &amp;droit :</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Résultat :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>This registration follows the activity in the journal: correct the activity there. If the cause was fixed elsewhere (for example in the ministry&apos;s pupil register), send it again unchanged.</source>
        <translation>Cet enregistrement suit l&apos;activité du journal : corrigez l&apos;activité là. Si la cause a été corrigée ailleurs (par exemple dans le registre des élèves du ministère), renvoyez-le tel quel.</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>Enregistrer la correction</translation>
    </message>
    <message>
        <source>A correction you typed here was not saved. Restore it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished">Enregistrement…</translation>
    </message>
    <message>
        <source>The values saved elsewhere are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not accept this value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: correct the fields with a message under them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: this was withdrawn in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: you no longer have access to this dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished">Non enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>lars::ui::CreonTab</name>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Corriger…</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>&amp;Renvoyer</translation>
    </message>
    <message>
        <source>Correct a refused registration where its data live</source>
        <translation>Corriger un enregistrement refusé là où se trouvent ses données</translation>
    </message>
    <message>
        <source>Send a refused registration again unchanged, when its cause was fixed elsewhere</source>
        <translation>Renvoyer tel quel un enregistrement refusé, quand la cause a été corrigée ailleurs</translation>
    </message>
    <message>
        <source>These registrations are sent to the ministry automatically at the agreed times, from the consults and activities you register. You only act when one is refused.</source>
        <translation>Ces enregistrements sont envoyés automatiquement au ministère aux moments convenus, à partir des consultations et activités que vous enregistrez. Vous n&apos;intervenez que si l&apos;un d&apos;eux est refusé.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>The server cannot be reached; nothing was changed. Try again in a moment.</source>
        <translation>Le serveur est injoignable ; rien n&apos;a été modifié. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Someone else changed this in the meantime; the list was reloaded. Check and try again.</source>
        <translation>Quelqu&apos;un d&apos;autre l&apos;a modifié entre-temps ; la liste a été rechargée. Vérifiez et réessayez.</translation>
    </message>
    <message>
        <source>The correction was not saved: %1</source>
        <translation>La correction n&apos;a pas été enregistrée : %1</translation>
    </message>
    <message>
        <source>CREON registrations</source>
        <translation>Enregistrements CREON</translation>
    </message>
    <message>
        <source>The correction is kept on this computer and waits in the list of changes (at the bottom of the window) until it is sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lars::ui::DossierView</name>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Medical data</source>
        <translation>Données médicales</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Attests</source>
        <translation>Attestations</translation>
    </message>
    <message>
        <source>CREON</source>
        <translation>CREON</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Loading the dossier…</source>
        <translation>Chargement du dossier…</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>né(e) le %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, born %2, %3 %4</source>
        <translation>%1, né(e) le %2, %3 %4</translation>
    </message>
    <message>
        <source>offline — data of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lars::ui::DossierWorkspace</name>
    <message>
        <source>Recent</source>
        <translation>Récents</translation>
    </message>
    <message>
        <source>Reopen a recently closed dossier (Ctrl+Shift+T)</source>
        <translation>Rouvrir un dossier récemment fermé (Ctrl+Maj+T)</translation>
    </message>
    <message>
        <source>Search a pupil on the left and press Enter to open the dossier.</source>
        <translation>Recherchez un élève à gauche et appuyez sur Entrée pour ouvrir le dossier.</translation>
    </message>
    <message>
        <source>&amp;Find pupil</source>
        <translation>&amp;Rechercher un élève</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Close dossier</source>
        <translation>&amp;Fermer le dossier</translation>
    </message>
    <message>
        <source>&amp;Reopen closed dossier</source>
        <translation>&amp;Rouvrir le dossier fermé</translation>
    </message>
    <message>
        <source>Nothing to print in this part of the dossier. Letters and attests are printed from Medical data, Journal and Attests.</source>
        <translation>Rien à imprimer dans cette partie du dossier. Les lettres et attestations s&apos;impriment depuis Données médicales, Journal et Attestations.</translation>
    </message>
    <message>
        <source>Open a dossier first: letters and attests are printed from a dossier.</source>
        <translation>Ouvrez d&apos;abord un dossier : les lettres et attestations s&apos;impriment depuis un dossier.</translation>
    </message>
</context>
<context>
    <name>lars::ui::DraftOffer</name>
    <message>
        <source>&amp;Restore the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the dra&amp;ft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lars::ui::GrowthChartWidget</name>
    <message>
        <source>age (years)</source>
        <translation>âge (ans)</translation>
    </message>
    <message>
        <source>P3–P97 (Flemish growth curves 2009)</source>
        <translation>P3–P97 (courbes de croissance flamandes 2009)</translation>
    </message>
    <message>
        <source>measurements</source>
        <translation>mesures</translation>
    </message>
    <message>
        <source>target height (%1, ± 8.5 cm)</source>
        <translation>taille cible (%1, ± 8,5 cm)</translation>
    </message>
    <message>
        <source>No measurements yet.</source>
        <translation>Pas encore de mesures.</translation>
    </message>
    <message>
        <source>BMI %1</source>
        <translation>IMC %1</translation>
    </message>
    <message>
        <source>%1 cm</source>
        <translation>%1 cm</translation>
    </message>
    <message>
        <source>Age %1 years: %2</source>
        <translation>Âge %1 ans&#xa0;: %2</translation>
    </message>
    <message>
        <source>z-score %1 (P%2)</source>
        <translation>score z %1 (P%2)</translation>
    </message>
</context>
<context>
    <name>lars::ui::IdentityTab</name>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>Date de naissance&#xa0;:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Sexe&#xa0;:</translation>
    </message>
    <message>
        <source>National number:</source>
        <translation>Numéro de registre national&#xa0;:</translation>
    </message>
    <message>
        <source>School:</source>
        <translation>École&#xa0;:</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Classe&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n year(s))</source>
        <translation>
            <numerusform>%1 (%n an)</numerusform>
            <numerusform>%1 (%n ans)</numerusform>
        </translation>
    </message>
    <message>
        <source>girl</source>
        <translation>fille</translation>
    </message>
    <message>
        <source>boy</source>
        <translation>garçon</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>%1 (BIS number)</source>
        <translation>%1 (numéro BIS)</translation>
    </message>
    <message>
        <source>Parents&apos; language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (letters to the parents are written in it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lars::ui::JournalTab</name>
    <message>
        <source>All periods</source>
        <translation>Toutes les périodes</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>This school year</source>
        <translation>Cette année scolaire</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>&amp;Register activity…</source>
        <translation>&amp;Encoder une activité…</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>All functions</source>
        <translation>Toutes les fonctions</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Collaborateur</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Draaischijf</source>
        <translation>Draaischijf</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n activité</numerusform>
            <numerusform>%n activités</numerusform>
        </translation>
    </message>
    <message>
        <source>Activities in the journal</source>
        <translation>Activités du journal</translation>
    </message>
    <message>
        <source>&amp;Staff:</source>
        <translation>&amp;Collaborateur :</translation>
    </message>
    <message>
        <source>F&amp;unction:</source>
        <translation>F&amp;onction :</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>Re&amp;ferral…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral to this partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make an attest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A referral or feedback request to the partner of the selected draaischijf activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation type="unfinished">&amp;Corriger…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (withdrawn)</source>
        <translation type="unfinished">%1 (retiré)</translation>
    </message>
    <message>
        <source>%1 (corrected)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lars::ui::LeaveGuard</name>
    <message numerus="yes">
        <source>%n change(s) not on the server yet: kept encrypted on this computer and sent when you work here again for this CLB</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Log out?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch CLB?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not everything has reached the server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you log out now, this is lost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you switch CLB now, this is lost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to save it first, or continue and lose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out and &amp;lose it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch and &amp;lose it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lars::ui::LetterPreviewDialog</name>
    <message>
        <source>Letter preview</source>
        <translation>Aperçu de la lettre</translation>
    </message>
    <message>
        <source>Use for all letters on this computer</source>
        <translation>Utiliser pour toutes les lettres sur cet ordinateur</translation>
    </message>
    <message>
        <source>Colours and logos…</source>
        <translation>Couleurs et logos…</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>These colours and logos are now used for all letters on this computer.</source>
        <translation>Ces couleurs et logos sont désormais utilisés pour toutes les lettres sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Enregistré sous %1</translation>
    </message>
    <message>
        <source>Could not save the PDF: %1</source>
        <translation>Impossible d&apos;enregistrer le PDF&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>%n page envoyée à l&apos;imprimante.</numerusform>
            <numerusform>%n pages envoyées à l&apos;imprimante.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not print: %1</source>
        <translation>Impossible d&apos;imprimer&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>lars::ui::LettersController</name>
    <message>
        <source>the CLB&apos;s letterhead</source>
        <translation>l&apos;en-tête du CLB</translation>
    </message>
    <message>
        <source>your contact data</source>
        <translation>vos coordonnées</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Lettres</translation>
    </message>
    <message>
        <source>LARS could not reach the server to fetch %1. Check the connection and try again.</source>
        <translation>LARS n&apos;a pas pu joindre le serveur pour obtenir %1. Vérifiez la connexion et réessayez.</translation>
    </message>
    <message>
        <source>The server could not give %1 (%2).</source>
        <translation>Le serveur n&apos;a pas pu fournir %1 (%2).</translation>
    </message>
    <message>
        <source>%1 is not in a class: there is no class to print letters for.</source>
        <translation>%1 n&apos;est dans aucune classe : il n&apos;y a pas de classe pour laquelle imprimer des lettres.</translation>
    </message>
    <message>
        <source>the medical data of the class</source>
        <translation>les données médicales de la classe</translation>
    </message>
    <message>
        <source>No pupil of class %1 has had a systematic contact yet.</source>
        <translation>Aucun élève de la classe %1 n&apos;a encore eu de contact systématique.</translation>
    </message>
</context>
<context>
    <name>lars::ui::LockOverlay</name>
    <message>
        <source>LARS is locked</source>
        <translation>LARS est verrouillé</translation>
    </message>
    <message>
        <source>Logged in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <source>Your eID was taken out of the card reader, so LARS hid your work. Insert the same eID and enter your PIN to continue. Another card logs you out.</source>
        <translation>Votre eID a été retirée du lecteur de cartes&#xa0;; LARS a donc masqué votre travail. Insérez la même eID et introduisez votre code PIN pour continuer. Une autre carte met fin à votre session.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Déverrouillage en cours</translation>
    </message>
    <message>
        <source>Asks the PIN of the eID in the card reader</source>
        <translation>Demande le code PIN de l&apos;eID dans le lecteur de cartes</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Se déconnecter</translation>
    </message>
</context>
<context>
    <name>lars::ui::LoginController</name>
    <message>
        <source>The server cannot be reached. Check the network connection and try again.</source>
        <translation>Le serveur est injoignable. Vérifiez la connexion réseau et réessayez.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted. Ask your CLB&apos;s IT contact.</source>
        <translation>Le certificat du serveur n&apos;est pas approuvé. Adressez-vous au contact informatique de votre CLB.</translation>
    </message>
    <message>
        <source>The login took too long. Please try again.</source>
        <translation>La connexion a pris trop de temps. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>This login attempt was already used. Please try again.</source>
        <translation>Cette tentative de connexion a déjà été utilisée. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Your eID is valid, but you have no LARS account. Accounts are created in the government&apos;s user management: ask your CLB&apos;s local administrator.</source>
        <translation>Votre eID est valide, mais vous n&apos;avez pas de compte LARS. Les comptes sont créés dans la gestion des utilisateurs de l&apos;autorité publique&#xa0;: adressez-vous à l&apos;administrateur local de votre CLB.</translation>
    </message>
    <message>
        <source>Your LARS account is not linked to any CLB. Ask your CLB&apos;s local administrator.</source>
        <translation>Votre compte LARS n&apos;est lié à aucun CLB. Adressez-vous à l&apos;administrateur local de votre CLB.</translation>
    </message>
    <message>
        <source>This card is not accepted: its certificate is not issued by a trusted Belgian authority.</source>
        <translation>Cette carte n&apos;est pas acceptée&#xa0;: son certificat n&apos;a pas été délivré par une autorité belge de confiance.</translation>
    </message>
    <message>
        <source>Your eID has expired. Apply for a new card at your municipality.</source>
        <translation>Votre eID est expirée. Demandez une nouvelle carte à votre commune.</translation>
    </message>
    <message>
        <source>The card&apos;s answer could not be verified. Take the card out, insert it again and retry.</source>
        <translation>La réponse de la carte n&apos;a pas pu être vérifiée. Retirez la carte, réinsérez-la et réessayez.</translation>
    </message>
    <message numerus="yes">
        <source>Too many login attempts. Wait %n seconds and try again.</source>
        <translation>
            <numerusform>Trop de tentatives de connexion. Attendez %n seconde et réessayez.</numerusform>
            <numerusform>Trop de tentatives de connexion. Attendez %n secondes et réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your session has expired. Log in again.</source>
        <translation>Votre session a expiré. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>You no longer work for this CLB.</source>
        <translation>Vous ne travaillez plus pour ce CLB.</translation>
    </message>
    <message>
        <source>Someone else changed this in the meantime. It was reloaded; check and save again.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié ceci entre-temps. Les données ont été rechargées&#xa0;; vérifiez et enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>Some fields are not valid.</source>
        <translation>Certains champs ne sont pas valides.</translation>
    </message>
    <message>
        <source>The server could not complete the login (%1). Try again later.</source>
        <translation>Le serveur n&apos;a pas pu finaliser la connexion (%1). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>Waiting for your PIN…</source>
        <translation>En attente de votre code PIN…</translation>
    </message>
    <message>
        <source>Contacting the server…</source>
        <translation>Contact avec le serveur…</translation>
    </message>
    <message>
        <source>Type your PIN on the card reader…</source>
        <translation>Tapez votre code PIN sur le lecteur de cartes…</translation>
    </message>
    <message>
        <source>Your eID is signing in…</source>
        <translation>Connexion avec votre eID…</translation>
    </message>
    <message>
        <source>Checking your card with the server…</source>
        <translation>Vérification de votre carte auprès du serveur…</translation>
    </message>
    <message>
        <source>Loading your profile…</source>
        <translation>Chargement de votre profil…</translation>
    </message>
    <message>
        <source>The card was removed during login. Insert it again and retry.</source>
        <translation>La carte a été retirée pendant la connexion. Réinsérez-la et réessayez.</translation>
    </message>
    <message>
        <source>This card has been revoked by its issuer and can no longer be used to log in. Apply for a new card at your municipality.</source>
        <translation>Cette carte a été révoquée par son émetteur et ne peut plus servir à se connecter. Demandez une nouvelle carte à votre commune.</translation>
    </message>
    <message>
        <source>The validity of your card cannot be checked right now. Try again in a few minutes.</source>
        <translation>La validité de votre carte ne peut pas être vérifiée pour le moment. Réessayez dans quelques minutes.</translation>
    </message>
</context>
<context>
    <name>lars::ui::LoginPanel</name>
    <message>
        <source>Log in with eID</source>
        <translation>Se connecter avec l&apos;eID</translation>
    </message>
    <message>
        <source>Other digital keys</source>
        <translation>Autres clés numériques</translation>
    </message>
    <message>
        <source>Automatic (the reader with a card)</source>
        <translation>Automatique (le lecteur contenant une carte)</translation>
    </message>
    <message>
        <source>Card &amp;reader:</source>
        <translation>&amp;Lecteur de cartes :</translation>
    </message>
    <message>
        <source>Asks the PIN of the eID in the card reader</source>
        <translation>Demande le code PIN de l&apos;eID dans le lecteur de cartes</translation>
    </message>
    <message>
        <source>Logging in</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <source>Log in with itsme, SMS security code or mobile app</source>
        <translation>Se connecter avec itsme, un code de sécurité par SMS ou l&apos;application mobile</translation>
    </message>
    <message>
        <source>Opens the government login in your web browser</source>
        <translation>Ouvre la connexion des autorités dans votre navigateur web</translation>
    </message>
    <message>
        <source>Opens the government login in your web browser; come back here afterwards.</source>
        <translation>Ouvre la connexion des autorités dans votre navigateur web ; revenez ici ensuite.</translation>
    </message>
    <message>
        <source>Waiting for the web browser</source>
        <translation>En attente du navigateur web</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stops waiting for the login in the web browser</source>
        <translation>Arrête d&apos;attendre la connexion dans le navigateur web</translation>
    </message>
    <message>
        <source>Open the browser again</source>
        <translation>Rouvrir le navigateur</translation>
    </message>
    <message>
        <source>Starts the login in the web browser anew; the earlier attempt stops</source>
        <translation>Recommence la connexion dans le navigateur web ; la tentative précédente s&apos;arrête</translation>
    </message>
</context>
<context>
    <name>lars::ui::MainWindow</name>
    <message>
        <source>Work on behalf of</source>
        <translation>Travailler pour le compte de</translation>
    </message>
    <message>
        <source>LARS</source>
        <translation>LARS</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>The web browser could not be started.</source>
        <translation>Le navigateur web n&apos;a pas pu être démarré.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Administrative</source>
        <translation>A&amp;dministration</translation>
    </message>
    <message>
        <source>Open the web administration…</source>
        <translation>Ouvrir l&apos;administration web…</translation>
    </message>
    <message>
        <source>Dossier management, teams and groups are done in the web application. It opens in your browser without a new login.</source>
        <translation>La gestion des dossiers, des équipes et des groupes se fait dans l&apos;application web. Elle s&apos;ouvre dans votre navigateur sans nouvelle connexion.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About LARS</source>
        <translation>À &amp;propos de LARS</translation>
    </message>
    <message>
        <source>&amp;Personal data…</source>
        <translation>&amp;Données personnelles…</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>Se dé&amp;connecter</translation>
    </message>
    <message>
        <source>Your contact data were saved.</source>
        <translation>Vos coordonnées ont été enregistrées.</translation>
    </message>
    <message>
        <source>About LARS</source>
        <translation>À propos de LARS</translation>
    </message>
    <message>
        <source>&lt;b&gt;LARS&lt;/b&gt; %1&lt;br&gt;Pupil guidance dossiers for the CLBs of Flanders.</source>
        <translation>&lt;b&gt;LARS&lt;/b&gt; %1&lt;br&gt;Dossiers d&apos;accompagnement des élèves pour les CLB de Flandre.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>LARS found no keychain on this computer (%1). Your login is kept in memory only and ends when LARS closes. Nothing is written to disk.</source>
        <translation>LARS n&apos;a trouvé aucun trousseau sur cet ordinateur (%1). Votre connexion est conservée uniquement en mémoire et prend fin à la fermeture de LARS. Rien n&apos;est écrit sur le disque.</translation>
    </message>
    <message>
        <source>&amp;Colours and logos of letters…</source>
        <translation>&amp;Couleurs et logos des lettres…</translation>
    </message>
    <message>
        <source>Log in first: letters use the colours and logos of your CLB.</source>
        <translation>Connectez-vous d&apos;abord : les lettres utilisent les couleurs et logos de votre CLB.</translation>
    </message>
    <message>
        <source>Insert the eID you logged in with to continue your session, or log in again.</source>
        <translation>Insérez l&apos;eID avec laquelle vous vous êtes connecté pour poursuivre votre session, ou reconnectez-vous.</translation>
    </message>
    <message>
        <source>Continuing your session…</source>
        <translation>Reprise de votre session…</translation>
    </message>
    <message>
        <source>Your session continues as soon as the server can be reached.</source>
        <translation>Votre session reprendra dès que le serveur sera joignable.</translation>
    </message>
    <message>
        <source>&amp;CREON delivery…</source>
        <translation>Envoi &amp;CREON…</translation>
    </message>
    <message>
        <source>&amp;Lock LARS</source>
        <translation>&amp;Verrouiller LARS</translation>
    </message>
    <message>
        <source>Hide your work until you unlock with your eID and PIN</source>
        <translation>Masque votre travail jusqu&apos;au déverrouillage avec votre eID et votre code PIN</translation>
    </message>
    <message>
        <source>&amp;Dossier</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>%1 — LARS</source>
        <translation>%1 — LARS</translation>
    </message>
    <message>
        <source>No keychain: your session, drafts and waiting changes are kept in memory only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your contact data are sent as soon as the server can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lars::ui::MedicalTab</name>
    <message>
        <source>Parents&apos; heights and target height</source>
        <translation>Taille des parents et taille cible</translation>
    </message>
    <message>
        <source>Growth chart</source>
        <translation>Courbe de croissance</translation>
    </message>
    <message>
        <source>&amp;Height for age</source>
        <translation>&amp;Taille selon l&apos;âge</translation>
    </message>
    <message>
        <source>&amp;BMI for age</source>
        <translation>&amp;IMC selon l&apos;âge</translation>
    </message>
    <message>
        <source>1st kindergarten year</source>
        <translation>1re maternelle</translation>
    </message>
    <message>
        <source>1st primary year</source>
        <translation>1re primaire</translation>
    </message>
    <message>
        <source>4th primary year</source>
        <translation>4e primaire</translation>
    </message>
    <message>
        <source>6th primary year</source>
        <translation>6e primaire</translation>
    </message>
    <message>
        <source>3rd secondary year</source>
        <translation>3e secondaire</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Height (cm)</source>
        <translation>Taille (cm)</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Poids (kg)</translation>
    </message>
    <message>
        <source>BMI</source>
        <translation>IMC</translation>
    </message>
    <message>
        <source>Far vision L/R</source>
        <translation>Vision de loin G/D</translation>
    </message>
    <message>
        <source>Eye alignment</source>
        <translation>Alignement oculaire</translation>
    </message>
    <message>
        <source>Depth vision</source>
        <translation>Vision du relief</translation>
    </message>
    <message>
        <source>Colour vision</source>
        <translation>Vision des couleurs</translation>
    </message>
    <message>
        <source>Audiometry</source>
        <translation>Audiométrie</translation>
    </message>
    <message>
        <source>Speech in noise</source>
        <translation>Parole dans le bruit</translation>
    </message>
    <message>
        <source>Puberty</source>
        <translation>Puberté</translation>
    </message>
    <message>
        <source>Vaccination</source>
        <translation>Vaccination</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Target height: %1 cm (range %2–%3 cm), formula: %4.</source>
        <translation>Taille cible&#xa0;: %1 cm (fourchette %2–%3 cm), formule&#xa0;: %4.</translation>
    </message>
    <message>
        <source>No target height: the growth references and %1 are defined per sex.</source>
        <translation>Pas de taille cible&#xa0;: les références de croissance et %1 sont définies par sexe.</translation>
    </message>
    <message>
        <source>Target height: enter both parents&apos; heights (%1).</source>
        <translation>Taille cible&#xa0;: encodez la taille des deux parents (%1).</translation>
    </message>
    <message>
        <source>&amp;Parent letter…</source>
        <translation>Lettre aux &amp;parents…</translation>
    </message>
    <message>
        <source>Preview, print or save the letter to the parents about the selected (else the latest) systematic contact</source>
        <translation>Prévisualiser, imprimer ou enregistrer la lettre aux parents sur le contact systématique sélectionné (sinon le dernier)</translation>
    </message>
    <message>
        <source>&amp;Referral letter…</source>
        <translation>Lettre de &amp;renvoi…</translation>
    </message>
    <message>
        <source>&amp;Class letters…</source>
        <translation>Lettres de la &amp;classe…</translation>
    </message>
    <message>
        <source>All parent letters of this pupil&apos;s class in one PDF</source>
        <translation>Toutes les lettres aux parents de la classe de cet élève dans un seul PDF</translation>
    </message>
    <message>
        <source>Measurements of the systematic contacts</source>
        <translation>Mesures des contacts systématiques</translation>
    </message>
    <message>
        <source>Advice for the parents</source>
        <translation>Avis aux parents</translation>
    </message>
    <message>
        <source>Referral to the GP, a paediatrician or a specialist after the selected (else the latest) systematic contact, with the feedback slip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lars::ui::NoTeamPage</name>
    <message>
        <source>You are not in a team yet</source>
        <translation>Vous ne faites pas encore partie d&apos;une équipe</translation>
    </message>
    <message>
        <source>ask the &lt;b&gt;local administrator of your CLB&lt;/b&gt; to add you to a team.</source>
        <translation>demandez à l&apos;&lt;b&gt;administrateur local de votre CLB&lt;/b&gt; de vous ajouter à une équipe.</translation>
    </message>
    <message>
        <source>ask &lt;b&gt;%1&lt;/b&gt;, the local administrator of your CLB, to add you to a team%2.</source>
        <translation>demandez à &lt;b&gt;%1&lt;/b&gt;, l&apos;administrateur local de votre CLB, de vous ajouter à une équipe%2.</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1, you are logged in for &lt;b&gt;%2&lt;/b&gt;, but you are not a member of any team there.&lt;/p&gt;&lt;p&gt;Only the team that follows a school can see the dossiers of its pupils, so LARS shows you no dossiers.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What to do:&lt;/b&gt; %3 Accounts and teams are managed in the government&apos;s user management, not in this program.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1, vous êtes connecté(e) pour &lt;b&gt;%2&lt;/b&gt;, mais vous n&apos;y êtes membre d&apos;aucune équipe.&lt;/p&gt;&lt;p&gt;Seule l&apos;équipe qui suit une école voit les dossiers de ses élèves ; LARS ne vous montre donc aucun dossier.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Que faire :&lt;/b&gt; %3 Les comptes et les équipes sont gérés dans la gestion des utilisateurs des pouvoirs publics, pas dans ce programme.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>lars::ui::OidcLoginController</name>
    <message>
        <source>The login in the web browser took too long. Please try again.</source>
        <translation>La connexion dans le navigateur web a pris trop de temps. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Complete the login in your web browser…</source>
        <translation>Terminez la connexion dans votre navigateur web…</translation>
    </message>
    <message>
        <source>Logging you in…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <source>LARS cannot receive the web browser&apos;s answer: port %1 on this computer is in use. Close the program that uses it, or ask your CLB&apos;s IT contact.</source>
        <translation>LARS ne peut pas recevoir la réponse du navigateur web : le port %1 de cet ordinateur est occupé. Fermez le programme qui l&apos;utilise ou adressez-vous au contact informatique de votre CLB.</translation>
    </message>
    <message>
        <source>LARS cannot receive the web browser&apos;s answer on this computer. Ask your CLB&apos;s IT contact.</source>
        <translation>LARS ne peut pas recevoir la réponse du navigateur web sur cet ordinateur. Adressez-vous au contact informatique de votre CLB.</translation>
    </message>
    <message>
        <source>The web browser could not be started. Log in with your eID, or ask your CLB&apos;s IT contact.</source>
        <translation>Le navigateur web n&apos;a pas pu être lancé. Connectez-vous avec votre eID ou adressez-vous au contact informatique de votre CLB.</translation>
    </message>
    <message>
        <source>You cancelled the login in the web browser. Log in again when you are ready.</source>
        <translation>Vous avez annulé la connexion dans le navigateur web. Reconnectez-vous quand vous êtes prêt.</translation>
    </message>
    <message>
        <source>Your identity is confirmed, but you have no LARS account. Accounts are created in the government&apos;s user management: ask your CLB&apos;s local administrator.</source>
        <translation>Votre identité est confirmée, mais vous n&apos;avez pas de compte LARS. Les comptes sont créés dans la gestion des utilisateurs des autorités : adressez-vous à l&apos;administrateur local de votre CLB.</translation>
    </message>
    <message>
        <source>Your LARS account is not linked to any CLB. Ask your CLB&apos;s local administrator.</source>
        <translation>Votre compte LARS n&apos;est lié à aucun CLB. Adressez-vous à l&apos;administrateur local de votre CLB.</translation>
    </message>
    <message>
        <source>The government login cannot be reached right now. Try again later, or log in with your eID.</source>
        <translation>La connexion des autorités est injoignable pour le moment. Réessayez plus tard ou connectez-vous avec votre eID.</translation>
    </message>
    <message>
        <source>This LARS server does not offer the other digital keys. Log in with your eID.</source>
        <translation>Ce serveur LARS ne propose pas les autres clés numériques. Connectez-vous avec votre eID.</translation>
    </message>
    <message>
        <source>The answer of the government login could not be verified, so LARS did not log you in. Try again; if it keeps happening, tell your CLB&apos;s IT contact.</source>
        <translation>La réponse de la connexion des autorités n&apos;a pas pu être vérifiée, LARS ne vous a donc pas connecté. Réessayez ; si cela se reproduit, prévenez le contact informatique de votre CLB.</translation>
    </message>
    <message>
        <source>The government login did not complete (%1). Please try again.</source>
        <translation>La connexion des autorités n&apos;a pas abouti (%1). Veuillez réessayer.</translation>
    </message>
    <message>
        <source>The web browser returned an answer that does not belong to this login. Please try again.</source>
        <translation>Le navigateur web a renvoyé une réponse qui n&apos;appartient pas à cette connexion. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Too many login attempts from this computer. Wait a few minutes and try again.</source>
        <translation>Trop de tentatives de connexion depuis cet ordinateur. Attendez quelques minutes et réessayez.</translation>
    </message>
</context>
<context>
    <name>lars::ui::OidcLoopback</name>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>This page is not part of the LARS login.</source>
        <translation>Cette page ne fait pas partie de la connexion à LARS.</translation>
    </message>
    <message>
        <source>Logged in to LARS</source>
        <translation>Connecté à LARS</translation>
    </message>
    <message>
        <source>You may close this tab and continue in LARS.</source>
        <translation>Vous pouvez fermer cet onglet et continuer dans LARS.</translation>
    </message>
    <message>
        <source>Login to LARS failed</source>
        <translation>La connexion à LARS a échoué</translation>
    </message>
    <message>
        <source>Go back to LARS to see why and to try again. You may close this tab.</source>
        <translation>Retournez dans LARS pour savoir pourquoi et pour réessayer. Vous pouvez fermer cet onglet.</translation>
    </message>
    <message>
        <source>en</source>
        <comment>HTML language code of this page</comment>
        <translation>fr</translation>
    </message>
</context>
<context>
    <name>lars::ui::OutboxDialog</name>
    <message>
        <source>waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>waiting for a connection (tried %n time(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>someone else changed this first: choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused by the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change has reached the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drop this change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes on their way to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">État</translation>
    </message>
    <message>
        <source>Changes are kept encrypted on this computer until the server has them, also when LARS or the computer stops.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lars::ui::OutboxIndicator</name>
    <message>
        <source>Shows the changes that have not reached the server yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) need your choice…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting for a connection…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lars::ui::OverbruggingshulpBox</name>
    <message>
        <source>Bridging help</source>
        <translation>Aide de transition</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>The CLB helps out of necessity while the pupil waits for a more fitting service; temporary, not structural.</source>
        <translation>Le CLB aide par nécessité pendant que l&apos;élève attend un service plus adapté&#xa0;; aide temporaire, non structurelle.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Waiting for a connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridging help switched on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridging help switched off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lars::ui::ParentHeightsEditor</name>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Keep my values</source>
        <translation>Garder mes valeurs</translation>
    </message>
    <message>
        <source>Use the saved values</source>
        <translation>Utiliser les valeurs enregistrées</translation>
    </message>
    <message>
        <source>Edit the parents&apos; heights</source>
        <translation>Modifier la taille des parents</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <source>Height of the father in cm</source>
        <translation>Taille du père en cm</translation>
    </message>
    <message>
        <source>Height of the mother in cm</source>
        <translation>Taille de la mère en cm</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Enregistrer (Entrée)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Annuler (Échap)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Father:</source>
        <translation>Père&#xa0;:</translation>
    </message>
    <message>
        <source>Mother:</source>
        <translation>Mère&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Father:</source>
        <translation>&amp;Père&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Mother:</source>
        <translation>&amp;Mère&#xa0;:</translation>
    </message>
    <message>
        <source>Last changed by %1 on %2</source>
        <translation>Dernière modification par %1 le %2</translation>
    </message>
    <message>
        <source>Type a height in cm, e.g. 172.</source>
        <translation>Tapez une taille en cm, p. ex. 172.</translation>
    </message>
    <message>
        <source>%1 saved other heights in the meantime.
Saved now: father %2, mother %3.
You typed: father %4, mother %5.
Which values should be kept?</source>
        <translation>%1 a enregistré d&apos;autres tailles entre-temps.
Enregistrées maintenant&#xa0;: père %2, mère %3.
Vous avez tapé&#xa0;: père %4, mère %5.
Quelles valeurs faut-il garder&#xa0;?</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>non encodé</translation>
    </message>
    <message>
        <source> cm</source>
        <translation> cm</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Non enregistré. %1</translation>
    </message>
    <message>
        <source>Waiting for a connection to be saved: father %1, mother %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent heights of %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lars::ui::PersonalDataDialog</name>
    <message>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Your contact data for &lt;b&gt;%2&lt;/b&gt;. Each CLB you work for keeps its own; letters of this CLB show these.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Vos coordonnées pour &lt;b&gt;%2&lt;/b&gt;. Chaque CLB pour lequel vous travaillez conserve les siennes&#xa0;; les lettres de ce CLB affichent celles-ci.</translation>
    </message>
    <message>
        <source>e.g. 0470 12 34 56</source>
        <translation>p. ex. 0470 12 34 56</translation>
    </message>
    <message>
        <source>e.g. 03 123 45 67</source>
        <translation>p. ex. 03 123 45 67</translation>
    </message>
    <message>
        <source>e.g. name@clb.be</source>
        <translation>p. ex. nom@clb.be</translation>
    </message>
    <message>
        <source>&amp;GSM:</source>
        <translation>&amp;GSM&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Check the fields with a message under them.</source>
        <translation>Vérifiez les champs qui ont un message en dessous.</translation>
    </message>
    <message>
        <source>Contact data you typed here were not saved. Restore them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 These are the values known at login; a change is kept and sent later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last change is still waiting for the server; it is shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values saved elsewhere are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not accept this value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: correct the fields with a message under them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: you no longer work for this CLB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished">Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>A change you saved earlier waits for your choice in the list of changes (at the bottom of the window).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lars::ui::PinDialog</name>
    <message>
        <source>eID PIN</source>
        <translation>Code PIN de l&apos;eID</translation>
    </message>
    <message>
        <source>Enter the PIN code of your eID.</source>
        <translation>Introduisez le code PIN de votre eID.</translation>
    </message>
    <message>
        <source>4 to 12 digits</source>
        <translation>4 à 12 chiffres</translation>
    </message>
    <message>
        <source>PIN code</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Wrong PIN. One try left: after one more wrong PIN the card is blocked.</source>
        <translation>Code PIN erroné. Il vous reste un essai&#xa0;: après un nouveau code PIN erroné, la carte sera bloquée.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left.</source>
        <translation>
            <numerusform>Code PIN erroné. Il reste %n essai.</numerusform>
            <numerusform>Code PIN erroné. Il reste %n essais.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your card reader has its own keypad. Press Continue, then type your PIN on the card reader.</source>
        <translation>Votre lecteur de cartes a son propre clavier. Appuyez sur Continuer, puis tapez votre code PIN sur le lecteur de cartes.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
</context>
<context>
    <name>lars::ui::PupilSearchPanel</name>
    <message>
        <source>Search a pupil by name (Ctrl+F)</source>
        <translation>Rechercher un élève par nom (Ctrl+F)</translation>
    </message>
    <message>
        <source>Pupil name</source>
        <translation>Nom de l&apos;élève</translation>
    </message>
    <message>
        <source>Birth date (optional, dd/mm/yyyy)</source>
        <translation>Date de naissance (facultatif, jj/mm/aaaa)</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Type the birth date as day/month/year, e.g. 03/02/2015.</source>
        <translation>Tapez la date de naissance sous la forme jour/mois/année, p. ex. 03/02/2015.</translation>
    </message>
    <message>
        <source>Type at least 2 letters of a last or first name.</source>
        <translation>Tapez au moins 2 lettres d&apos;un nom ou d&apos;un prénom.</translation>
    </message>
    <message>
        <source>Type at least 2 letters.</source>
        <translation>Tapez au moins 2 lettres.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>No pupil with this name and birth date. Check the birth date or remove it.</source>
        <translation>Aucun élève avec ce nom et cette date de naissance. Vérifiez la date de naissance ou supprimez-la.</translation>
    </message>
    <message>
        <source>No pupil found with this name in your teams.</source>
        <translation>Aucun élève trouvé avec ce nom dans vos équipes.</translation>
    </message>
    <message>
        <source>Many pupils match: add a birth date to narrow the search.</source>
        <translation>Beaucoup d&apos;élèves correspondent&#xa0;: ajoutez une date de naissance pour affiner la recherche.</translation>
    </message>
    <message numerus="yes">
        <source>%n pupil(s) found.</source>
        <translation>
            <numerusform>%n élève trouvé.</numerusform>
            <numerusform>%n élèves trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pupils found</source>
        <translation>Élèves trouvés</translation>
    </message>
</context>
<context>
    <name>lars::ui::ReferralDialog</name>
    <message>
        <source>GP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paediatrician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Dr. Lieve Janssens, ophthalmologist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical referral — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral to %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from the draaischijf activity of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finding or reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results that go along</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no systematic contact: no results can go along.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick exactly the results of this contact (%1) that the doctor gets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A partner gets no medical data. Tick a result only when it must go along on purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents&apos; consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;efused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not as&amp;ked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter says the parents consented only when you record it as given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save and show the letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A referral you typed for this pupil was not saved. Restore it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height: %1 cm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight: %1 kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BMI: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Far vision: right %1, left %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eye alignment</source>
        <translation type="unfinished">Alignement oculaire</translation>
    </message>
    <message>
        <source>Depth vision</source>
        <translation type="unfinished">Vision du relief</translation>
    </message>
    <message>
        <source>Colour vision</source>
        <translation type="unfinished">Vision des couleurs</translation>
    </message>
    <message>
        <source>Hearing (audiometry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing (speech in noise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puberty stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaccinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oral health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name of the doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the finding or the reason for the referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the question to the recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record whether the parents gave their consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the consent lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished">Enregistrement…</translation>
    </message>
</context>
<context>
    <name>lars::ui::SessionController</name>
    <message>
        <source>Your session has ended. Log in again.</source>
        <translation>Votre session a pris fin. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>Another eID was inserted, so you were logged out.</source>
        <translation>Une autre eID a été insérée : votre session a donc été fermée.</translation>
    </message>
    <message>
        <source>Another eID was used, so you were logged out.</source>
        <translation>Une autre eID a été utilisée : votre session a donc été fermée.</translation>
    </message>
</context>
<context>
    <name>lars::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Only for a local test server</source>
        <translation>Uniquement pour un serveur de test local</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Lock LARS</source>
        <translation>Verrouiller LARS</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Continuer à travailler</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Adresse du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Server certificate:</source>
        <translation>Certificat du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>When the eID is taken out:</source>
        <translation>Quand l&apos;eID est retirée&#xa0;:</translation>
    </message>
    <message>
        <source>A new language is used from the next start of LARS.</source>
        <translation>Une nouvelle langue est utilisée à partir du prochain démarrage de LARS.</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Certificat du serveur</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Certificats (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Choose the server certificate file</source>
        <translation>Choisissez le fichier du certificat du serveur</translation>
    </message>
</context>
<context>
    <name>lars::ui::StartPage</name>
    <message>
        <source>LARS</source>
        <translation>LARS</translation>
    </message>
    <message>
        <source>Pupil guidance dossiers of the CLB</source>
        <translation>Dossiers d&apos;accompagnement des élèves du CLB</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Looking for the federal token? It is no longer accepted: log in with your eID and card reader, or with itsme, an SMS security code or the mobile app.</source>
        <translation>Vous cherchez le token fédéral ? Il n&apos;est plus accepté : connectez-vous avec votre eID et un lecteur de cartes, ou avec itsme, un code de sécurité par SMS ou l&apos;application mobile.</translation>
    </message>
</context>
<context>
    <name>lars::ui::StatusTexts</name>
    <message>
        <source>No server set</source>
        <translation>Aucun serveur défini</translation>
    </message>
    <message>
        <source>Choose the server in File → Settings.</source>
        <translation>Choisissez le serveur dans Fichier → Paramètres.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Contacting %1.</source>
        <translation>Contact avec %1.</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Connecté à %1.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>No connection to %1. Check the Wi-Fi or network cable; LARS keeps retrying.</source>
        <translation>Pas de connexion à %1. Vérifiez le Wi-Fi ou le câble réseau&#xa0;; LARS continue d&apos;essayer.</translation>
    </message>
    <message>
        <source>Server not trusted</source>
        <translation>Serveur non approuvé</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted. Ask your CLB&apos;s IT contact.</source>
        <translation>Le certificat de %1 n&apos;est pas approuvé. Adressez-vous au contact informatique de votre CLB.</translation>
    </message>
    <message>
        <source>Server problem</source>
        <translation>Problème de serveur</translation>
    </message>
    <message>
        <source>%1 answers with an error. Try again later.</source>
        <translation>%1 répond par une erreur. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>Card reader service not running</source>
        <translation>Service du lecteur de cartes arrêté</translation>
    </message>
    <message>
        <source>The smart card service of this computer is not running. Restart the computer or ask IT.</source>
        <translation>Le service des cartes à puce de cet ordinateur ne fonctionne pas. Redémarrez l&apos;ordinateur ou adressez-vous au service informatique.</translation>
    </message>
    <message>
        <source>No card reader connected</source>
        <translation>Aucun lecteur de cartes connecté</translation>
    </message>
    <message>
        <source>Connect your eID card reader.</source>
        <translation>Branchez votre lecteur de cartes eID.</translation>
    </message>
    <message>
        <source>Insert your eID</source>
        <translation>Insérez votre eID</translation>
    </message>
    <message>
        <source>Put your eID card in the card reader.</source>
        <translation>Mettez votre carte eID dans le lecteur de cartes.</translation>
    </message>
    <message>
        <source>This card is not an eID</source>
        <translation>Cette carte n&apos;est pas une eID</translation>
    </message>
    <message>
        <source>Use your Belgian identity card.</source>
        <translation>Utilisez votre carte d&apos;identité belge.</translation>
    </message>
    <message>
        <source>Card unreadable — try again</source>
        <translation>Carte illisible — réessayez</translation>
    </message>
    <message>
        <source>Take the card out, check it is the right way round, and insert it again.</source>
        <translation>Retirez la carte, vérifiez qu&apos;elle est dans le bon sens et réinsérez-la.</translation>
    </message>
    <message>
        <source>eID ready</source>
        <translation>eID prête</translation>
    </message>
    <message>
        <source>Your eID card is in the reader.</source>
        <translation>Votre carte eID est dans le lecteur.</translation>
    </message>
    <message>
        <source>PIN blocked — go to your municipality</source>
        <translation>Code PIN bloqué — rendez-vous à votre commune</translation>
    </message>
    <message>
        <source>The PIN of this card is blocked after three wrong tries. Your municipality can unblock it with your PUK code.</source>
        <translation>Le code PIN de cette carte est bloqué après trois essais erronés. Votre commune peut le débloquer avec votre code PUK.</translation>
    </message>
</context>
<context>
    <name>lars::ui::WithdrawActivityDialog</name>
    <message>
        <source>Withdraw activity — %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw “%1” of %2? It stays in the journal, marked as withdrawn, and its history keeps every version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why withdrawn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not withdrawn. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
