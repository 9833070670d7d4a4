<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CreonTexts</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1st kindergarten class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1st primary year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4th primary year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6th primary year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3rd secondary year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systematic contact %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activity of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (withdrawn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawal accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to be sent — waiting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawal to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to be sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierTexts</name>
    <message>
        <source>The server cannot be reached (%1). Nothing was lost; try again when you are online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not a member of any team in this CLB, so you cannot see pupil dossiers. Ask your CLB&apos;s local administrator to add you to a team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pupil is not followed by one of your teams: none of your teams covers the pupil&apos;s school. Ask your CLB&apos;s local administrator if you need access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not work for this CLB any more. Choose another CLB or log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no access to this dossier. Ask your CLB&apos;s local administrator if you need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Log in again with your eID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This dossier no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept this: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had a problem (%1). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with an error (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>Wrong PIN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lars::models::ApiClient</name>
    <message>
        <source>The server address is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must start with https:// (plain http is only allowed on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the server certificate %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lars::models::ConnectionMonitor</name>
    <message>
        <source>No server configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answers with an error (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection to the server</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lars::models::TargetHeight</name>
    <message>
        <source>Enter an adult height between %1 and %2 cm.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lars::smartcard::CardError</name>
    <message>
        <source>The smart card service is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card reader is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert your eID card in the card reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card was removed. Insert it again and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program reset the card. Please retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is using the card. Please retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card is not a Belgian eID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card cannot be read. Check that it is inserted the right way round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN is blocked. Unblock it at your municipality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN entry was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN has 4 to 12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card asks for the PIN first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card gave an unexpected answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lars::ui::ActivityDialog</name>
    <message>
        <source>Draaischijf: referral or feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register activity — %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. To or from whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a function.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draaischijf: choose referral to or feedback from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draaischijf: choose to or from whom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draaischijf: choose the detail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the nomenclature…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is reported to CREON automatically: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no theme)</source>
        <translation></translation>
    </message>
    <message>
        <source>The date lies in the future.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a&amp;dvice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;ndo my changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;my advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the saved advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts a text made from the deviating results in the editor, to adapt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice for the parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The advice for the parents, as it will be printed in the parent letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Advice for the parents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the systematic contact %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved text was put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a systematic contact to write the advice for the parents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviating results: %1 Without an advice the parent letter is not made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a connection to be saved; nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved another advice in the meantime:

%2

Which advice should be kept?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice for the parents of %1 %2</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lars::ui::AttestsTab</name>
    <message>
        <source>&amp;Preview and print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attest carries the date of its activity, not the date of printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing attests is not available in this installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attests</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These colours and logos are used for the letters printed on this computer, instead of the ones of your CLB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the CLB&apos;s colours and logos</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lars::ui::BrandingEditor</name>
    <message>
        <source>Brand colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logos (PNG or SVG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logos (*.png *.svg *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lars::ui::ClassBatchDialog</name>
    <message>
        <source>Print letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) into %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s), %1 pages saved in %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letters could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no such consult)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no advice yet, the results deviate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 letters; %2 pupils skipped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lars::ui::ClbChooser</name>
    <message>
        <source>On whose behalf do you work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can switch to another CLB later from the menu under your name, without logging in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome, %1. You work for several CLBs: click the CLB you work for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work on behalf of %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draaischijf</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audiometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech in noise</source>
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
</context>
<context>
    <name>lars::ui::ContactValidator</name>
    <message>
        <source>Use only digits, spaces and a leading +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An international number has a + and 8 to 15 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Belgian number starts with 0 (or +32); a foreign one with + and the country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Belgian GSM number has 10 digits and starts with 04, e.g. 0470 12 34 56.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Belgian phone number has 9 digits (e.g. 03 123 45 67), a GSM number 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid e-mail address, e.g. name@clb.be.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lars::ui::CreonAdminDialog</name>
    <message>
        <source>Send &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry the selected record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREON delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused or failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the CLB&apos;s local LARS administrators see the CREON delivery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The overview could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting: %1 · sent, no answer yet: %2 · accepted: %3 · refused: %4 · failed: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server sends nothing: no CREON address is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next scheduled sending: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records of this CLB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pupil %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked to send now; refresh in a moment to see the batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not ask to send now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record waits again for the next batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not retry: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lars::ui::CreonCorrectionDialog</name>
    <message>
        <source>Correct CREON registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comes from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The correction is saved in the consult&apos;s results; the corrected result is sent to the ministry as a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> cm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Left eye:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Right eye:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This registration follows the activity in the journal: correct the activity there. If the cause was fixed elsewhere (for example in the ministry&apos;s pupil register), send it again unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A correction you typed here was not saved. Restore it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
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
        <source>Not saved: this was withdrawn in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: you no longer have access to this dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lars::ui::CreonTab</name>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct a refused registration where its data live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a refused registration again unchanged, when its cause was fixed elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These registrations are sent to the ministry automatically at the agreed times, from the consults and activities you register. You only act when one is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached; nothing was changed. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this in the meantime; the list was reloaded. Check and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The correction was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREON registrations</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, born %2, %3 %4</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen a recently closed dossier (Ctrl+Shift+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search a pupil on the left and press Enter to open the dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen closed dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to print in this part of the dossier. Letters and attests are printed from Medical data, Journal and Attests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a dossier first: letters and attests are printed from a dossier.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P3–P97 (Flemish growth curves 2009)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target height (%1, ± 8.5 cm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measurements yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BMI %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age %1 years: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z-score %1 (P%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lars::ui::IdentityTab</name>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n year(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>girl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (BIS number)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This school year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draaischijf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Activities in the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Staff:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;unction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use for all letters on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours and logos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These colours and logos are now used for all letters on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the PDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not print: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lars::ui::LettersController</name>
    <message>
        <source>the CLB&apos;s letterhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your contact data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LARS could not reach the server to fetch %1. Check the connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not give %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in a class: there is no class to print letters for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the medical data of the class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pupil of class %1 has had a systematic contact yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lars::ui::LockOverlay</name>
    <message>
        <source>LARS is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your eID was taken out of the card reader, so LARS hid your work. Insert the same eID and enter your PIN to continue. Another card logs you out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks the PIN of the eID in the card reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lars::ui::LoginController</name>
    <message>
        <source>The server cannot be reached. Check the network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted. Ask your CLB&apos;s IT contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login took too long. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This login attempt was already used. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your eID is valid, but you have no LARS account. Accounts are created in the government&apos;s user management: ask your CLB&apos;s local administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your LARS account is not linked to any CLB. Ask your CLB&apos;s local administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card is not accepted: its certificate is not issued by a trusted Belgian authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your eID has expired. Apply for a new card at your municipality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s answer could not be verified. Take the card out, insert it again and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many login attempts. Wait %n seconds and try again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your session has expired. Log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You no longer work for this CLB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this in the meantime. It was reloaded; check and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields are not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not complete the login (%1). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacting the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your PIN on the card reader…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your eID is signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your card with the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading your profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card was removed during login. Insert it again and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card has been revoked by its issuer and can no longer be used to log in. Apply for a new card at your municipality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validity of your card cannot be checked right now. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lars::ui::LoginPanel</name>
    <message>
        <source>Log in with eID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other digital keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (the reader with a card)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card &amp;reader:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks the PIN of the eID in the card reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with itsme, SMS security code or mobile app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the government login in your web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the government login in your web browser; come back here afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops waiting for the login in the web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the browser again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts the login in the web browser anew; the earlier attempt stops</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lars::ui::MainWindow</name>
    <message>
        <source>Work on behalf of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LARS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web browser could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Administrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the web administration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier management, teams and groups are done in the web application. It opens in your browser without a new login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About LARS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Personal data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your contact data were saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About LARS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;LARS&lt;/b&gt; %1&lt;br&gt;Pupil guidance dossiers for the CLBs of Flanders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LARS found no keychain on this computer (%1). Your login is kept in memory only and ends when LARS closes. Nothing is written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colours and logos of letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in first: letters use the colours and logos of your CLB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert the eID you logged in with to continue your session, or log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuing your session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session continues as soon as the server can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CREON delivery…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Lock LARS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide your work until you unlock with your eID and PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — LARS</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Height for age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;BMI for age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1st kindergarten year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1st primary year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4th primary year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6th primary year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3rd secondary year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height (cm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BMI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Far vision L/R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eye alignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audiometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech in noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puberty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaccination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target height: %1 cm (range %2–%3 cm), formula: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target height: the growth references and %1 are defined per sex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target height: enter both parents&apos; heights (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parent letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview, print or save the letter to the parents about the selected (else the latest) systematic contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referral letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Class letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All parent letters of this pupil&apos;s class in one PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurements of the systematic contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice for the parents</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ask the &lt;b&gt;local administrator of your CLB&lt;/b&gt; to add you to a team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ask &lt;b&gt;%1&lt;/b&gt;, the local administrator of your CLB, to add you to a team%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;%1, you are logged in for &lt;b&gt;%2&lt;/b&gt;, but you are not a member of any team there.&lt;/p&gt;&lt;p&gt;Only the team that follows a school can see the dossiers of its pupils, so LARS shows you no dossiers.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What to do:&lt;/b&gt; %3 Accounts and teams are managed in the government&apos;s user management, not in this program.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lars::ui::OidcLoginController</name>
    <message>
        <source>The login in the web browser took too long. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the login in your web browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging you in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LARS cannot receive the web browser&apos;s answer: port %1 on this computer is in use. Close the program that uses it, or ask your CLB&apos;s IT contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LARS cannot receive the web browser&apos;s answer on this computer. Ask your CLB&apos;s IT contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web browser could not be started. Log in with your eID, or ask your CLB&apos;s IT contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cancelled the login in the web browser. Log in again when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your identity is confirmed, but you have no LARS account. Accounts are created in the government&apos;s user management: ask your CLB&apos;s local administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your LARS account is not linked to any CLB. Ask your CLB&apos;s local administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The government login cannot be reached right now. Try again later, or log in with your eID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This LARS server does not offer the other digital keys. Log in with your eID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer of the government login could not be verified, so LARS did not log you in. Try again; if it keeps happening, tell your CLB&apos;s IT contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The government login did not complete (%1). Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web browser returned an answer that does not belong to this login. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many login attempts from this computer. Wait a few minutes and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lars::ui::OidcLoopback</name>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page is not part of the LARS login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in to LARS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may close this tab and continue in LARS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login to LARS failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to LARS to see why and to try again. You may close this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en</source>
        <comment>HTML language code of this page</comment>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CLB helps out of necessity while the pupil waits for a more fitting service; temporary, not structural.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the saved values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the parents&apos; heights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height of the father in cm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height of the mother in cm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Father:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mother:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Father:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mother:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a height in cm, e.g. 172.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved other heights in the meantime.
Saved now: father %2, mother %3.
You typed: father %4, mother %5.
Which values should be kept?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> cm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Your contact data for &lt;b&gt;%2&lt;/b&gt;. Each CLB you work for keeps its own; letters of this CLB show these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 0470 12 34 56</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 03 123 45 67</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. name@clb.be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;GSM:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the fields with a message under them.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the PIN code of your eID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 to 12 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN. One try left: after one more wrong PIN the card is blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your card reader has its own keypad. Press Continue, then type your PIN on the card reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lars::ui::PupilSearchPanel</name>
    <message>
        <source>Search a pupil by name (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date (optional, dd/mm/yyyy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the birth date as day/month/year, e.g. 03/02/2015.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type at least 2 letters of a last or first name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type at least 2 letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pupil with this name and birth date. Check the birth date or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pupil found with this name in your teams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many pupils match: add a birth date to narrow the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pupil(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Pupils found</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour vision</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lars::ui::SessionController</name>
    <message>
        <source>Your session has ended. Log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another eID was inserted, so you were logged out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another eID was used, so you were logged out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lars::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a local test server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock LARS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the eID is taken out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language is used from the next start of LARS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the server certificate file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lars::ui::StartPage</name>
    <message>
        <source>LARS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil guidance dossiers of the CLB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the federal token? It is no longer accepted: log in with your eID and card reader, or with itsme, an SMS security code or the mobile app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lars::ui::StatusTexts</name>
    <message>
        <source>No server set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the server in File → Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacting %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection to %1. Check the Wi-Fi or network cable; LARS keeps retrying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted. Ask your CLB&apos;s IT contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers with an error. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card reader service not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smart card service of this computer is not running. Restart the computer or ask IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card reader connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect your eID card reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert your eID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put your eID card in the card reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card is not an eID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use your Belgian identity card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card unreadable — try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the card out, check it is the right way round, and insert it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eID ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your eID card is in the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN blocked — go to your municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN of this card is blocked after three wrong tries. Your municipality can unblock it with your PUK code.</source>
        <translation type="unfinished"></translation>
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
