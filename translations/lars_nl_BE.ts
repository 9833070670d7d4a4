<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
<context>
    <name>CreonTexts</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>links %1</translation>
    </message>
    <message>
        <source>right %1</source>
        <translation>rechts %1</translation>
    </message>
    <message>
        <source>1st kindergarten class</source>
        <translation>1ste kleuterklas</translation>
    </message>
    <message>
        <source>1st primary year</source>
        <translation>1ste leerjaar</translation>
    </message>
    <message>
        <source>4th primary year</source>
        <translation>4de leerjaar</translation>
    </message>
    <message>
        <source>6th primary year</source>
        <translation>6de leerjaar</translation>
    </message>
    <message>
        <source>3rd secondary year</source>
        <translation>3de secundair</translation>
    </message>
    <message>
        <source>systematic contact %1 of %2</source>
        <translation>systematisch contact %1 van %2</translation>
    </message>
    <message>
        <source>activity of %1: %2</source>
        <translation>activiteit van %1: %2</translation>
    </message>
    <message>
        <source>registered by hand</source>
        <translation>manueel geregistreerd</translation>
    </message>
    <message>
        <source>%1 (withdrawn)</source>
        <translation>%1 (ingetrokken)</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>ingetrokken</translation>
    </message>
    <message>
        <source>withdrawal accepted</source>
        <translation>intrekking aanvaard</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aanvaard</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>geweigerd: %1</translation>
    </message>
    <message>
        <source>sending failed: %1</source>
        <translation>verzending mislukt: %1</translation>
    </message>
    <message>
        <source>sent on %1</source>
        <translation>verzonden op %1</translation>
    </message>
    <message>
        <source>to be sent — waiting: %1</source>
        <translation>te verzenden — wacht: %1</translation>
    </message>
    <message>
        <source>withdrawal to be sent</source>
        <translation>intrekking te verzenden</translation>
    </message>
    <message>
        <source>to be sent</source>
        <translation>te verzenden</translation>
    </message>
</context>
<context>
    <name>DossierTexts</name>
    <message>
        <source>The server cannot be reached (%1). Nothing was lost; try again when you are online.</source>
        <translation>De server is niet bereikbaar (%1). Er ging niets verloren; probeer opnieuw zodra u online bent.</translation>
    </message>
    <message>
        <source>You are not a member of any team in this CLB, so you cannot see pupil dossiers. Ask your CLB&apos;s local administrator to add you to a team.</source>
        <translation>U bent in dit CLB geen lid van een team, dus u kunt geen leerlingendossiers zien. Vraag de lokale beheerder van uw CLB om u aan een team toe te voegen.</translation>
    </message>
    <message>
        <source>This pupil is not followed by one of your teams: none of your teams covers the pupil&apos;s school. Ask your CLB&apos;s local administrator if you need access.</source>
        <translation>Deze leerling wordt niet door een van uw teams begeleid: geen van uw teams volgt de school van deze leerling. Vraag de lokale beheerder van uw CLB als u toegang nodig hebt.</translation>
    </message>
    <message>
        <source>You do not work for this CLB any more. Choose another CLB or log in again.</source>
        <translation>U werkt niet meer voor dit CLB. Kies een ander CLB of meld opnieuw aan.</translation>
    </message>
    <message>
        <source>You have no access to this dossier. Ask your CLB&apos;s local administrator if you need it.</source>
        <translation>U hebt geen toegang tot dit dossier. Vraag de lokale beheerder van uw CLB als u het nodig hebt.</translation>
    </message>
    <message>
        <source>Your session has ended. Log in again with your eID.</source>
        <translation>Uw sessie is beëindigd. Meld opnieuw aan met uw eID.</translation>
    </message>
    <message>
        <source>This dossier no longer exists.</source>
        <translation>Dit dossier bestaat niet meer.</translation>
    </message>
    <message>
        <source>Someone else changed this in the meantime.</source>
        <translation>Iemand anders heeft dit intussen gewijzigd.</translation>
    </message>
    <message>
        <source>The server did not accept this: %1</source>
        <translation>De server aanvaardde dit niet: %1</translation>
    </message>
    <message>
        <source>The server had a problem (%1). Try again in a moment.</source>
        <translation>De server had een probleem (%1). Probeer het zo dadelijk opnieuw.</translation>
    </message>
    <message>
        <source>The server answered with an error (%1).</source>
        <translation>De server antwoordde met een fout (%1).</translation>
    </message>
    <message>
        <source>Referral to</source>
        <translation>Doorverwijzing naar</translation>
    </message>
    <message>
        <source>Feedback from</source>
        <translation>Terugkoppeling vanuit</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>niet ingevuld</translation>
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
        <translation>Verkeerde pincode.</translation>
    </message>
</context>
<context>
    <name>lars::models::ApiClient</name>
    <message>
        <source>The server address is not a valid URL.</source>
        <translation>Het serveradres is geen geldig webadres.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (plain http is only allowed on this computer).</source>
        <translation>Het serveradres moet beginnen met https:// (gewone http mag alleen op deze computer zelf).</translation>
    </message>
    <message>
        <source>Cannot read the server certificate %1: %2</source>
        <translation>Kan het servercertificaat %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 bevat geen PEM-certificaat.</translation>
    </message>
</context>
<context>
    <name>lars::models::ConnectionMonitor</name>
    <message>
        <source>No server configured</source>
        <translation>Geen server ingesteld</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinden met %1…</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted</source>
        <translation>Het certificaat van de server wordt niet vertrouwd</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbonden met %1</translation>
    </message>
    <message>
        <source>The server answers with an error (%1)</source>
        <translation>De server antwoordt met een fout (%1)</translation>
    </message>
    <message>
        <source>No connection to the server</source>
        <translation>Geen verbinding met de server</translation>
    </message>
</context>
<context>
    <name>lars::models::DossierModel</name>
    <message>
        <source>Parent heights</source>
        <translation>Lengte van de ouders</translation>
    </message>
    <message>
        <source>Bridging help on</source>
        <translation>Overbruggingshulp aan</translation>
    </message>
    <message>
        <source>Bridging help off</source>
        <translation>Overbruggingshulp uit</translation>
    </message>
    <message>
        <source>Activity “%1”</source>
        <translation>Activiteit “%1”</translation>
    </message>
    <message>
        <source>Advice %1 %2</source>
        <translation>Advies %1 %2</translation>
    </message>
    <message>
        <source>Referral to %1</source>
        <translation>Doorverwijzing naar %1</translation>
    </message>
    <message>
        <source>Attest</source>
        <translation>Attest</translation>
    </message>
    <message>
        <source>Withdrawal of activity “%1”</source>
        <translation>Intrekking van activiteit “%1”</translation>
    </message>
    <message>
        <source>Correction of activity “%1”</source>
        <translation>Correctie van activiteit “%1”</translation>
    </message>
    <message>
        <source>CREON correction “%1”</source>
        <translation>CREON-verbetering “%1”</translation>
    </message>
</context>
<context>
    <name>lars::models::PupilSearchModel</name>
    <message>
        <source>Last name</source>
        <translation>Familienaam</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klas</translation>
    </message>
</context>
<context>
    <name>lars::models::TargetHeight</name>
    <message>
        <source>Enter an adult height between %1 and %2 cm.</source>
        <translation>Geef een lengte van een volwassene tussen %1 en %2 cm.</translation>
    </message>
</context>
<context>
    <name>lars::smartcard::CardError</name>
    <message>
        <source>The smart card service is not running.</source>
        <translation>De kaartlezerdienst van deze computer draait niet.</translation>
    </message>
    <message>
        <source>No card reader is connected.</source>
        <translation>Er is geen kaartlezer aangesloten.</translation>
    </message>
    <message>
        <source>Insert your eID card in the card reader.</source>
        <translation>Steek uw eID in de kaartlezer.</translation>
    </message>
    <message>
        <source>The card was removed. Insert it again and retry.</source>
        <translation>De kaart werd uitgenomen. Steek ze opnieuw in en probeer opnieuw.</translation>
    </message>
    <message>
        <source>Another program reset the card. Please retry.</source>
        <translation>Een ander programma heeft de kaart herstart. Probeer opnieuw.</translation>
    </message>
    <message>
        <source>Another program is using the card. Please retry.</source>
        <translation>Een ander programma gebruikt de kaart. Probeer opnieuw.</translation>
    </message>
    <message>
        <source>This card is not a Belgian eID card.</source>
        <translation>Deze kaart is geen Belgische eID.</translation>
    </message>
    <message>
        <source>The card cannot be read. Check that it is inserted the right way round.</source>
        <translation>De kaart kan niet gelezen worden. Controleer of ze juist in de lezer steekt.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left.</source>
        <translation>
            <numerusform>Verkeerde pincode. Nog %n poging.</numerusform>
            <numerusform>Verkeerde pincode. Nog %n pogingen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN is blocked. Unblock it at your municipality.</source>
        <translation>De pincode is geblokkeerd. Laat ze deblokkeren bij uw gemeente.</translation>
    </message>
    <message>
        <source>PIN entry was cancelled.</source>
        <translation>Het ingeven van de pincode werd geannuleerd.</translation>
    </message>
    <message>
        <source>A PIN has 4 to 12 digits.</source>
        <translation>Een pincode heeft 4 tot 12 cijfers.</translation>
    </message>
    <message>
        <source>The card asks for the PIN first.</source>
        <translation>De kaart vraagt eerst de pincode.</translation>
    </message>
    <message>
        <source>The card gave an unexpected answer.</source>
        <translation>De kaart gaf een onverwacht antwoord.</translation>
    </message>
</context>
<context>
    <name>lars::ui::ActivityDialog</name>
    <message>
        <source>Draaischijf: referral or feedback</source>
        <translation>Draaischijf: doorverwijzing of terugkoppeling</translation>
    </message>
    <message>
        <source>Register activity — %1 %2</source>
        <translation>Activiteit registreren — %1 %2</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>&amp;Functie:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Onderwerp:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;uur:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Tekst:</translation>
    </message>
    <message>
        <source>1. Direction</source>
        <translation>1. Richting</translation>
    </message>
    <message>
        <source>2. To or from whom</source>
        <translation>2. Naar of vanuit wie</translation>
    </message>
    <message>
        <source>3. Detail</source>
        <translation>3. Detail</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Niet bewaard. %1</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Opnieuw proberen</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— kies —</translation>
    </message>
    <message>
        <source>Choose a function.</source>
        <translation>Kies een functie.</translation>
    </message>
    <message>
        <source>Type a subject.</source>
        <translation>Geef een onderwerp.</translation>
    </message>
    <message>
        <source>Draaischijf: choose referral to or feedback from.</source>
        <translation>Draaischijf: kies doorverwijzing naar of terugkoppeling vanuit.</translation>
    </message>
    <message>
        <source>Draaischijf: choose to or from whom.</source>
        <translation>Draaischijf: kies naar of vanuit wie.</translation>
    </message>
    <message>
        <source>Draaischijf: choose the detail.</source>
        <translation>Draaischijf: kies het detail.</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Niet bewaard.</translation>
    </message>
    <message>
        <source>Loading the nomenclature…</source>
        <translation>Nomenclatuur laden…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Bewaren…</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;hema:</translation>
    </message>
    <message>
        <source>Is reported to CREON automatically: %1</source>
        <translation>Wordt automatisch gemeld aan CREON: %1</translation>
    </message>
    <message>
        <source>(no theme)</source>
        <translation>(geen thema)</translation>
    </message>
    <message>
        <source>The date lies in the future.</source>
        <translation>De datum ligt in de toekomst.</translation>
    </message>
    <message>
        <source>&amp;Restore the draft</source>
        <translation>Concept &amp;terugzetten</translation>
    </message>
    <message>
        <source>Discard the dra&amp;ft</source>
        <translation>Concept &amp;weggooien</translation>
    </message>
    <message>
        <source>What you typed for this pupil on %1 was not saved: “%2”. Restore it?</source>
        <translation>Wat u op %1 voor deze leerling typte, is niet bewaard: “%2”. Terugzetten?</translation>
    </message>
    <message>
        <source>Correct activity — %1 %2</source>
        <translation>Activiteit corrigeren — %1 %2</translation>
    </message>
    <message>
        <source>&amp;Why corrected:</source>
        <translation>&amp;Waarom gecorrigeerd:</translation>
    </message>
    <message>
        <source>The activity was changed elsewhere in the meantime; save again to replace that version with this one.</source>
        <translation>De activiteit werd intussen elders gewijzigd; sla opnieuw op om die versie door deze te vervangen.</translation>
    </message>
    <message>
        <source>Change what was wrong, then say why.</source>
        <translation>Wijzig wat niet klopte en zeg daarna waarom.</translation>
    </message>
    <message>
        <source>Say why you correct it.</source>
        <translation>Zeg waarom u ze corrigeert.</translation>
    </message>
</context>
<context>
    <name>lars::ui::ActivityHistoryDialog</name>
    <message>
        <source>History of “%1”</source>
        <translation>Geschiedenis van “%1”</translation>
    </message>
    <message>
        <source>Versions of the activity</source>
        <translation>Versies van de activiteit</translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation>De geschiedenis wordt geladen…</translation>
    </message>
    <message>
        <source>The history could not be read. %1</source>
        <translation>De geschiedenis kon niet gelezen worden. %1</translation>
    </message>
    <message>
        <source>Version 1 — registered on %1 by %2</source>
        <translation>Versie 1 — geregistreerd op %1 door %2</translation>
    </message>
    <message>
        <source>Version %1 — withdrawn on %2: %3</source>
        <translation>Versie %1 — ingetrokken op %2: %3</translation>
    </message>
    <message>
        <source>Version %1 — corrected on %2: %3</source>
        <translation>Versie %1 — gecorrigeerd op %2: %3</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>Function: %1</source>
        <translation>Functie: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Onderwerp: %1</translation>
    </message>
    <message numerus="yes">
        <source>Duration: %n min</source>
        <translation>
            <numerusform>Duur: %n min</numerusform>
            <numerusform>Duur: %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Draaischijf: %1</source>
        <translation>Draaischijf: %1</translation>
    </message>
</context>
<context>
    <name>lars::ui::AdviceEditor</name>
    <message>
        <source>Use the &amp;suggested text</source>
        <translation>&amp;Voorgestelde tekst gebruiken</translation>
    </message>
    <message>
        <source>Save a&amp;dvice</source>
        <translation>A&amp;dvies bewaren</translation>
    </message>
    <message>
        <source>U&amp;ndo my changes</source>
        <translation>Mijn wijzigingen o&amp;ngedaan maken</translation>
    </message>
    <message>
        <source>Keep &amp;my advice</source>
        <translation>&amp;Mijn advies houden</translation>
    </message>
    <message>
        <source>Use the saved advice</source>
        <translation>Het bewaarde advies gebruiken</translation>
    </message>
    <message>
        <source>Puts a text made from the deviating results in the editor, to adapt</source>
        <translation>Zet een tekst op basis van de afwijkende resultaten in het veld, om aan te passen</translation>
    </message>
    <message>
        <source>Advice for the parents</source>
        <translation>Advies aan de ouders</translation>
    </message>
    <message>
        <source>The advice for the parents, as it will be printed in the parent letter</source>
        <translation>Het advies aan de ouders, zoals het in de ouderbrief gedrukt wordt</translation>
    </message>
    <message>
        <source>&amp;Advice for the parents:</source>
        <translation>&amp;Advies aan de ouders:</translation>
    </message>
    <message>
        <source>After the systematic contact %1 of %2</source>
        <translation>Na het systematisch contact %1 van %2</translation>
    </message>
    <message>
        <source>Your unsaved text was put back.</source>
        <translation>Uw niet bewaarde tekst is teruggezet.</translation>
    </message>
    <message>
        <source>Select a systematic contact to write the advice for the parents.</source>
        <translation>Kies een systematisch contact om het advies aan de ouders te schrijven.</translation>
    </message>
    <message>
        <source>Last changed by %1 on %2</source>
        <translation>Laatst gewijzigd door %1 op %2</translation>
    </message>
    <message>
        <source>Deviating results: %1 Without an advice the parent letter is not made.</source>
        <translation>Afwijkende resultaten: %1 Zonder advies wordt de ouderbrief niet gemaakt.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Bezig met bewaren…</translation>
    </message>
    <message>
        <source>Waiting for a connection to be saved; nothing is lost.</source>
        <translation>Wacht op verbinding om bewaard te worden; er gaat niets verloren.</translation>
    </message>
    <message>
        <source>%1 saved another advice in the meantime:

%2

Which advice should be kept?</source>
        <translation>%1 bewaarde intussen een ander advies:

%2

Welk advies moet blijven?</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Iemand anders</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Niet bewaard. %1</translation>
    </message>
    <message>
        <source>Advice for the parents of %1 %2</source>
        <translation>Advies aan de ouders van %1 %2</translation>
    </message>
</context>
<context>
    <name>lars::ui::AttestDialog</name>
    <message>
        <source>New attest — %1 %2</source>
        <translation>Nieuw attest — %1 %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>&amp;Activiteit:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;kst:</translation>
    </message>
    <message>
        <source>&amp;Save and show the attest…</source>
        <translation>&amp;Bewaren en attest tonen…</translation>
    </message>
    <message>
        <source>An attest you typed for this pupil was not saved. Restore it?</source>
        <translation>Een attest dat u voor deze leerling typte, werd niet bewaard. Terugzetten?</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Niet bewaard. %1</translation>
    </message>
    <message>
        <source>%1 — the date of the activity, not the day of printing</source>
        <translation>%1 — de datum van de activiteit, niet die van het afdrukken</translation>
    </message>
    <message>
        <source>The journal has no activity to make an attest from.</source>
        <translation>Het journaal heeft geen activiteit om een attest van te maken.</translation>
    </message>
    <message>
        <source>Loading the attest types…</source>
        <translation>De soorten attesten worden geladen…</translation>
    </message>
    <message>
        <source>Type the text of the attest.</source>
        <translation>Typ de tekst van het attest.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Bewaren…</translation>
    </message>
</context>
<context>
    <name>lars::ui::AttestsTab</name>
    <message>
        <source>&amp;Preview and print…</source>
        <translation>&amp;Voorbeeld en afdrukken…</translation>
    </message>
    <message>
        <source>An attest carries the date of its activity, not the date of printing.</source>
        <translation>Een attest draagt de datum van de activiteit, niet de datum van afdrukken.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Activity date</source>
        <translation>Datum activiteit</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Printing attests is not available in this installation.</source>
        <translation>Attesten afdrukken is niet beschikbaar in deze installatie.</translation>
    </message>
    <message>
        <source>Attests</source>
        <translation>Attesten</translation>
    </message>
    <message>
        <source>&amp;New attest…</source>
        <translation>&amp;Nieuw attest…</translation>
    </message>
    <message>
        <source>An attest from an activity of the journal, dated on that activity</source>
        <translation>Een attest van een activiteit uit het journaal, met de datum van die activiteit</translation>
    </message>
</context>
<context>
    <name>lars::ui::BrandingDialog</name>
    <message>
        <source>Colours and logos of letters</source>
        <translation>Kleuren en logo&apos;s van brieven</translation>
    </message>
    <message>
        <source>These colours and logos are used for the letters printed on this computer, instead of the ones of your CLB.</source>
        <translation>Deze kleuren en logo&apos;s worden gebruikt voor de brieven die op deze computer afgedrukt worden, in plaats van die van uw CLB.</translation>
    </message>
    <message>
        <source>Use the CLB&apos;s colours and logos</source>
        <translation>De kleuren en logo&apos;s van het CLB gebruiken</translation>
    </message>
</context>
<context>
    <name>lars::ui::BrandingEditor</name>
    <message>
        <source>Brand colour</source>
        <translation>Huiskleur</translation>
    </message>
    <message>
        <source>Table colour</source>
        <translation>Tabelkleur</translation>
    </message>
    <message>
        <source>Add logo…</source>
        <translation>Logo toevoegen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Midden</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Logos (PNG or SVG)</source>
        <translation>Logo&apos;s (PNG of SVG)</translation>
    </message>
    <message>
        <source>SVG logo</source>
        <translation>SVG-logo</translation>
    </message>
    <message>
        <source>Image logo</source>
        <translation>Afbeeldingslogo</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Kies een logo</translation>
    </message>
    <message>
        <source>Logos (*.png *.svg *.jpg *.jpeg)</source>
        <translation>Logo&apos;s (*.png *.svg *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>lars::ui::ClassBatchDialog</name>
    <message>
        <source>Print letters</source>
        <translation>Brieven afdrukken</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) into %1</source>
        <translation>
            <numerusform>%n brief naar %1</numerusform>
            <numerusform>%n brieven naar %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v van %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>PDF openen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s), %1 pages saved in %2</source>
        <translation>
            <numerusform>%n brief, %1 pagina&apos;s bewaard in %2</numerusform>
            <numerusform>%n brieven, %1 pagina&apos;s bewaard in %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Geannuleerd: er werd geen bestand geschreven.</translation>
    </message>
    <message>
        <source>The letters could not be saved: %1</source>
        <translation>De brieven konden niet bewaard worden: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annuleren…</translation>
    </message>
</context>
<context>
    <name>lars::ui::ClassLettersDialog</name>
    <message>
        <source>Class letters %1 – %2</source>
        <translation>Klasbrieven %1 – %2</translation>
    </message>
    <message>
        <source>Consult</source>
        <translation>Consult</translation>
    </message>
    <message>
        <source>&amp;Consult:</source>
        <translation>&amp;Consult:</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Bewaren als PDF…</translation>
    </message>
    <message>
        <source>%1, school year %2 (%3 of %4 pupils)</source>
        <translation>%1, schooljaar %2 (%3 van %4 leerlingen)</translation>
    </message>
    <message>
        <source>No pupil of this class has had a systematic contact yet.</source>
        <translation>Nog geen enkele leerling van deze klas had een systematisch contact.</translation>
    </message>
    <message>
        <source>No letter to show.</source>
        <translation>Geen brief om te tonen.</translation>
    </message>
    <message>
        <source>Sample: the letter for %1</source>
        <translation>Voorbeeld: de brief voor %1</translation>
    </message>
    <message>
        <source>Parent letters %1 %2 - %3</source>
        <translation>Ouderbrieven %1 %2 - %3</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Bewaren als PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>Skipped pupils</source>
        <translation>Overgeslagen leerlingen</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Overgeslagen:</translation>
    </message>
    <message>
        <source>%1 (no such consult)</source>
        <translation>%1 (dit contact niet gehad)</translation>
    </message>
    <message>
        <source>%1 (no advice yet, the results deviate)</source>
        <translation>%1 (nog geen advies, de resultaten wijken af)</translation>
    </message>
    <message>
        <source>%1 letters; %2 pupils skipped.</source>
        <translation>%1 brieven; %2 leerlingen overgeslagen.</translation>
    </message>
</context>
<context>
    <name>lars::ui::ClbChooser</name>
    <message>
        <source>On whose behalf do you work?</source>
        <translation>Namens wie werkt u?</translation>
    </message>
    <message>
        <source>You can switch to another CLB later from the menu under your name, without logging in again.</source>
        <translation>U kunt later via het menu onder uw naam naar een ander CLB overschakelen, zonder opnieuw aan te melden.</translation>
    </message>
    <message>
        <source>Welcome, %1. You work for several CLBs: click the CLB you work for now.</source>
        <translation>Welkom, %1. U werkt voor meerdere CLB&apos;s: klik op het CLB waarvoor u nu werkt.</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>A&amp;fmelden</translation>
    </message>
    <message>
        <source>Work on behalf of %1</source>
        <translation>Werken namens %1</translation>
    </message>
</context>
<context>
    <name>lars::ui::ConflictDialog</name>
    <message>
        <source>Height of the father</source>
        <translation>Lengte van de vader</translation>
    </message>
    <message>
        <source>Height of the mother</source>
        <translation>Lengte van de moeder</translation>
    </message>
    <message>
        <source>Bridging help</source>
        <translation>Overbruggingshulp</translation>
    </message>
    <message>
        <source>GSM</source>
        <translation>GSM</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>Someone else changed this first</source>
        <translation>Iemand anders wijzigde dit eerst</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;While your change waited, someone else saved another value. Choose per field which value stays; nothing is saved before you choose.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Terwijl uw wijziging wachtte, bewaarde iemand anders een andere waarde. Kies per veld welke waarde blijft; er wordt niets bewaard voor u kiest.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Voordien</translation>
    </message>
    <message>
        <source>Theirs (now on the server)</source>
        <translation>Die van de ander (nu op de server)</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>De mijne</translation>
    </message>
    <message>
        <source>%1: theirs, %2</source>
        <translation>%1: die van de ander, %2</translation>
    </message>
    <message>
        <source>%1: mine, %2</source>
        <translation>%1: de mijne, %2</translation>
    </message>
    <message>
        <source>&amp;Send my choice</source>
        <translation>Mijn keuze &amp;versturen</translation>
    </message>
    <message>
        <source>&amp;Keep theirs, drop mine</source>
        <translation>Die van de ander &amp;houden, de mijne laten vallen</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>&amp;Later beslissen</translation>
    </message>
    <message>
        <source>Advice for the parents</source>
        <translation>Advies aan de ouders</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Duur (minuten)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Draaischijf</source>
        <translation>Draaischijf</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Systematic contact</source>
        <translation>Systematisch contact</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Height (cm)</source>
        <translation>Lengte (cm)</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Gewicht (kg)</translation>
    </message>
    <message>
        <source>Vision, left eye</source>
        <translation>Gezichtsscherpte, linkeroog</translation>
    </message>
    <message>
        <source>Vision, right eye</source>
        <translation>Gezichtsscherpte, rechteroog</translation>
    </message>
    <message>
        <source>Eye alignment</source>
        <translation>Oogstand</translation>
    </message>
    <message>
        <source>Depth vision</source>
        <translation>Dieptezicht</translation>
    </message>
    <message>
        <source>Colour vision</source>
        <translation>Kleurzin</translation>
    </message>
    <message>
        <source>Audiometry</source>
        <translation>Audiometrie</translation>
    </message>
    <message>
        <source>Speech in noise</source>
        <translation>Spraak-in-ruistest</translation>
    </message>
    <message>
        <source>Puberty stage</source>
        <translation>Puberteitsstadium</translation>
    </message>
    <message>
        <source>Vaccinations</source>
        <translation>Vaccinaties</translation>
    </message>
    <message>
        <source>Oral health</source>
        <translation>Mondgezondheid</translation>
    </message>
</context>
<context>
    <name>lars::ui::ContactValidator</name>
    <message>
        <source>Use only digits, spaces and a leading +.</source>
        <translation>Gebruik alleen cijfers, spaties en een + vooraan.</translation>
    </message>
    <message>
        <source>An international number has a + and 8 to 15 digits.</source>
        <translation>Een internationaal nummer heeft een + en 8 tot 15 cijfers.</translation>
    </message>
    <message>
        <source>A Belgian number starts with 0 (or +32); a foreign one with + and the country code.</source>
        <translation>Een Belgisch nummer begint met 0 (of +32); een buitenlands met + en de landcode.</translation>
    </message>
    <message>
        <source>A Belgian GSM number has 10 digits and starts with 04, e.g. 0470 12 34 56.</source>
        <translation>Een Belgisch gsm-nummer heeft 10 cijfers en begint met 04, bv. 0470 12 34 56.</translation>
    </message>
    <message>
        <source>A Belgian phone number has 9 digits (e.g. 03 123 45 67), a GSM number 10.</source>
        <translation>Een Belgisch telefoonnummer heeft 9 cijfers (bv. 03 123 45 67), een gsm-nummer 10.</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address, e.g. name@clb.be.</source>
        <translation>Dit is geen geldig e-mailadres, bv. naam@clb.be.</translation>
    </message>
</context>
<context>
    <name>lars::ui::CreonAdminDialog</name>
    <message>
        <source>Send &amp;now</source>
        <translation>&amp;Nu verzenden</translation>
    </message>
    <message>
        <source>&amp;Retry the selected record</source>
        <translation>Geselecteerd record opnieuw &amp;proberen</translation>
    </message>
    <message>
        <source>CREON delivery</source>
        <translation>CREON-verzending</translation>
    </message>
    <message>
        <source>Last batches</source>
        <translation>Laatste zendingen</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Te verzenden</translation>
    </message>
    <message>
        <source>Refused or failed</source>
        <translation>Geweigerd of mislukt</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Only the CLB&apos;s local LARS administrators see the CREON delivery.</source>
        <translation>Alleen de lokale LARS-beheerders van het CLB zien de CREON-verzending.</translation>
    </message>
    <message>
        <source>The overview could not be loaded: %1</source>
        <translation>Het overzicht kon niet geladen worden: %1</translation>
    </message>
    <message>
        <source>Waiting: %1 · sent, no answer yet: %2 · accepted: %3 · refused: %4 · failed: %5</source>
        <translation>Wachtend: %1 · verzonden, nog geen antwoord: %2 · aanvaard: %3 · geweigerd: %4 · mislukt: %5</translation>
    </message>
    <message>
        <source>This server sends nothing: no CREON address is configured.</source>
        <translation>Deze server verzendt niets: er is geen CREON-adres ingesteld.</translation>
    </message>
    <message>
        <source>Next scheduled sending: %1.</source>
        <translation>Volgende geplande verzending: %1.</translation>
    </message>
    <message>
        <source>Formed</source>
        <translation>Samengesteld</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Pogingen</translation>
    </message>
    <message>
        <source>Records of this CLB</source>
        <translation>Records van dit CLB</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aanvaard</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Laatste fout</translation>
    </message>
    <message>
        <source>sent now</source>
        <translation>nu verzonden</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>gepland</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>beantwoord</translation>
    </message>
    <message>
        <source>given up</source>
        <translation>opgegeven</translation>
    </message>
    <message>
        <source>being sent</source>
        <translation>wordt verzonden</translation>
    </message>
    <message>
        <source>pupil %1</source>
        <translation>leerling %1</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Asked to send now; refresh in a moment to see the batch.</source>
        <translation>Verzending gevraagd; vernieuw zo meteen om de zending te zien.</translation>
    </message>
    <message>
        <source>Could not ask to send now: %1</source>
        <translation>Kon de verzending niet vragen: %1</translation>
    </message>
    <message>
        <source>The record waits again for the next batch.</source>
        <translation>Het record wacht opnieuw op de volgende zending.</translation>
    </message>
    <message>
        <source>Could not retry: %1</source>
        <translation>Opnieuw proberen lukte niet: %1</translation>
    </message>
</context>
<context>
    <name>lars::ui::CreonCorrectionDialog</name>
    <message>
        <source>Correct CREON registration</source>
        <translation>CREON-registratie verbeteren</translation>
    </message>
    <message>
        <source>Comes from: %1</source>
        <translation>Komt uit: %1</translation>
    </message>
    <message>
        <source>The correction is saved in the consult&apos;s results; the corrected result is sent to the ministry as a new version.</source>
        <translation>De verbetering wordt bewaard in de resultaten van het consult; het verbeterde resultaat gaat als nieuwe versie naar het ministerie.</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Lengte:</translation>
    </message>
    <message>
        <source> cm</source>
        <translation> cm</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Gewicht:</translation>
    </message>
    <message>
        <source> kg</source>
        <translation> kg</translation>
    </message>
    <message>
        <source>&amp;Left eye:</source>
        <translation>&amp;Linkeroog:</translation>
    </message>
    <message>
        <source>&amp;Right eye:</source>
        <translation>&amp;Rechteroog:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Resultaat:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>This registration follows the activity in the journal: correct the activity there. If the cause was fixed elsewhere (for example in the ministry&apos;s pupil register), send it again unchanged.</source>
        <translation>Deze registratie volgt de activiteit in het journaal: verbeter de activiteit daar. Is de oorzaak elders weggewerkt (bijvoorbeeld in het leerlingenregister van het ministerie), dien ze dan ongewijzigd opnieuw in.</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>Verbetering bewaren</translation>
    </message>
    <message>
        <source>A correction you typed here was not saved. Restore it?</source>
        <translation>Een verbetering die u hier typte, werd niet bewaard. Terugzetten?</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Bewaren…</translation>
    </message>
    <message>
        <source>The values saved elsewhere are kept.</source>
        <translation>De elders bewaarde gegevens blijven behouden.</translation>
    </message>
    <message>
        <source>The server does not accept this value.</source>
        <translation>De server aanvaardt deze waarde niet.</translation>
    </message>
    <message>
        <source>Not saved: correct the fields with a message under them.</source>
        <translation>Niet bewaard: verbeter de velden met een melding eronder.</translation>
    </message>
    <message>
        <source>Not saved: this was withdrawn in the meantime.</source>
        <translation>Niet bewaard: dit werd intussen ingetrokken.</translation>
    </message>
    <message>
        <source>Not saved: you no longer have access to this dossier.</source>
        <translation>Niet bewaard: u hebt geen toegang meer tot dit dossier.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Niet bewaard: %1</translation>
    </message>
</context>
<context>
    <name>lars::ui::CreonTab</name>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Verbeteren…</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>Opnieuw &amp;indienen</translation>
    </message>
    <message>
        <source>Correct a refused registration where its data live</source>
        <translation>Verbeter een geweigerde registratie daar waar haar gegevens staan</translation>
    </message>
    <message>
        <source>Send a refused registration again unchanged, when its cause was fixed elsewhere</source>
        <translation>Dien een geweigerde registratie ongewijzigd opnieuw in, als de oorzaak elders is weggewerkt</translation>
    </message>
    <message>
        <source>These registrations are sent to the ministry automatically at the agreed times, from the consults and activities you register. You only act when one is refused.</source>
        <translation>Deze registraties gaan automatisch naar het ministerie op de afgesproken tijdstippen, op basis van de consulten en activiteiten die je registreert. Je hoeft enkel iets te doen als er een geweigerd wordt.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>The server cannot be reached; nothing was changed. Try again in a moment.</source>
        <translation>De server is niet bereikbaar; er is niets gewijzigd. Probeer het zo meteen opnieuw.</translation>
    </message>
    <message>
        <source>Someone else changed this in the meantime; the list was reloaded. Check and try again.</source>
        <translation>Iemand anders heeft dit intussen gewijzigd; de lijst is opnieuw geladen. Kijk het na en probeer opnieuw.</translation>
    </message>
    <message>
        <source>The correction was not saved: %1</source>
        <translation>De verbetering is niet bewaard: %1</translation>
    </message>
    <message>
        <source>CREON registrations</source>
        <translation>CREON-registraties</translation>
    </message>
    <message>
        <source>The correction is kept on this computer and waits in the list of changes (at the bottom of the window) until it is sent.</source>
        <translation>De verbetering wordt op deze computer bewaard en wacht in de lijst van wijzigingen (onderaan het venster) tot ze verzonden is.</translation>
    </message>
</context>
<context>
    <name>lars::ui::DossierView</name>
    <message>
        <source>Identity</source>
        <translation>Identiteit</translation>
    </message>
    <message>
        <source>Medical data</source>
        <translation>Medische gegevens</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journaal</translation>
    </message>
    <message>
        <source>Attests</source>
        <translation>Attesten</translation>
    </message>
    <message>
        <source>CREON</source>
        <translation>CREON</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Loading the dossier…</source>
        <translation>Dossier laden…</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>geboren %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, born %2, %3 %4</source>
        <translation>%1, geboren op %2, %3 %4</translation>
    </message>
    <message>
        <source>offline — data of %1</source>
        <translation>offline — gegevens van %1</translation>
    </message>
</context>
<context>
    <name>lars::ui::DossierWorkspace</name>
    <message>
        <source>Recent</source>
        <translation>Recent</translation>
    </message>
    <message>
        <source>Reopen a recently closed dossier (Ctrl+Shift+T)</source>
        <translation>Een recent gesloten dossier opnieuw openen (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Search a pupil on the left and press Enter to open the dossier.</source>
        <translation>Zoek links een leerling en druk op Enter om het dossier te openen.</translation>
    </message>
    <message>
        <source>&amp;Find pupil</source>
        <translation>Leerling &amp;zoeken</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <source>&amp;Close dossier</source>
        <translation>Dossier &amp;sluiten</translation>
    </message>
    <message>
        <source>&amp;Reopen closed dossier</source>
        <translation>Gesloten dossier &amp;heropenen</translation>
    </message>
    <message>
        <source>Nothing to print in this part of the dossier. Letters and attests are printed from Medical data, Journal and Attests.</source>
        <translation>In dit deel van het dossier valt niets af te drukken. Brieven en attesten drukt u af vanuit Medische gegevens, Journaal en Attesten.</translation>
    </message>
    <message>
        <source>Open a dossier first: letters and attests are printed from a dossier.</source>
        <translation>Open eerst een dossier: brieven en attesten drukt u af vanuit een dossier.</translation>
    </message>
</context>
<context>
    <name>lars::ui::DraftOffer</name>
    <message>
        <source>&amp;Restore the draft</source>
        <translation>Concept &amp;terugzetten</translation>
    </message>
    <message>
        <source>Discard the dra&amp;ft</source>
        <translation>Concept &amp;weggooien</translation>
    </message>
</context>
<context>
    <name>lars::ui::GrowthChartWidget</name>
    <message>
        <source>age (years)</source>
        <translation>leeftijd (jaar)</translation>
    </message>
    <message>
        <source>P3–P97 (Flemish growth curves 2009)</source>
        <translation>P3–P97 (Vlaamse groeicurven 2009)</translation>
    </message>
    <message>
        <source>measurements</source>
        <translation>metingen</translation>
    </message>
    <message>
        <source>target height (%1, ± 8.5 cm)</source>
        <translation>streeflengte (%1, ± 8,5 cm)</translation>
    </message>
    <message>
        <source>No measurements yet.</source>
        <translation>Nog geen metingen.</translation>
    </message>
    <message>
        <source>BMI %1</source>
        <translation>BMI %1</translation>
    </message>
    <message>
        <source>%1 cm</source>
        <translation>%1 cm</translation>
    </message>
    <message>
        <source>Age %1 years: %2</source>
        <translation>Leeftijd %1 jaar: %2</translation>
    </message>
    <message>
        <source>z-score %1 (P%2)</source>
        <translation>z-score %1 (P%2)</translation>
    </message>
</context>
<context>
    <name>lars::ui::IdentityTab</name>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>Geboortedatum:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Geslacht:</translation>
    </message>
    <message>
        <source>National number:</source>
        <translation>Rijksregisternummer:</translation>
    </message>
    <message>
        <source>School:</source>
        <translation>School:</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Klas:</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n year(s))</source>
        <translation>
            <numerusform>%1 (%n jaar)</numerusform>
            <numerusform>%1 (%n jaar)</numerusform>
        </translation>
    </message>
    <message>
        <source>girl</source>
        <translation>meisje</translation>
    </message>
    <message>
        <source>boy</source>
        <translation>jongen</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>%1 (BIS number)</source>
        <translation>%1 (BIS-nummer)</translation>
    </message>
    <message>
        <source>Parents&apos; language:</source>
        <translation>Taal van de ouders:</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Duits</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>%1 (letters to the parents are written in it)</source>
        <translation>%1 (de brieven aan de ouders worden in die taal geschreven)</translation>
    </message>
</context>
<context>
    <name>lars::ui::JournalTab</name>
    <message>
        <source>All periods</source>
        <translation>Alle periodes</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Laatste 30 dagen</translation>
    </message>
    <message>
        <source>This school year</source>
        <translation>Dit schooljaar</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Laatste 12 maanden</translation>
    </message>
    <message>
        <source>&amp;Register activity…</source>
        <translation>Activiteit &amp;registreren…</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>All functions</source>
        <translation>Alle functies</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Draaischijf</source>
        <translation>Draaischijf</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
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
            <numerusform>%n activiteit</numerusform>
            <numerusform>%n activiteiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Activities in the journal</source>
        <translation>Activiteiten in het journaal</translation>
    </message>
    <message>
        <source>&amp;Staff:</source>
        <translation>&amp;Medewerker:</translation>
    </message>
    <message>
        <source>F&amp;unction:</source>
        <translation>F&amp;unctie:</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>P&amp;eriode:</translation>
    </message>
    <message>
        <source>Re&amp;ferral…</source>
        <translation>Door&amp;verwijzing…</translation>
    </message>
    <message>
        <source>Referral to this partner…</source>
        <translation>Doorverwijzing naar deze partner…</translation>
    </message>
    <message>
        <source>Make an attest…</source>
        <translation>Attest maken…</translation>
    </message>
    <message>
        <source>A referral or feedback request to the partner of the selected draaischijf activity</source>
        <translation>Een doorverwijzing of vraag om terugkoppeling aan de partner van de gekozen draaischijfactiviteit</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Corrigeren…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Intrekken…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Geschiedenis…</translation>
    </message>
    <message>
        <source>%1 (withdrawn)</source>
        <translation>%1 (ingetrokken)</translation>
    </message>
    <message>
        <source>%1 (corrected)</source>
        <translation>%1 (gecorrigeerd)</translation>
    </message>
</context>
<context>
    <name>lars::ui::LeaveGuard</name>
    <message numerus="yes">
        <source>%n change(s) not on the server yet: kept encrypted on this computer and sent when you work here again for this CLB</source>
        <translation>
            <numerusform>%n wijziging nog niet op de server: blijft versleuteld op deze computer en wordt verstuurd wanneer u hier opnieuw voor dit CLB werkt</numerusform>
            <numerusform>%n wijzigingen nog niet op de server: blijven versleuteld op deze computer en worden verstuurd wanneer u hier opnieuw voor dit CLB werkt</numerusform>
        </translation>
    </message>
    <message>
        <source>Log out?</source>
        <translation>Afmelden?</translation>
    </message>
    <message>
        <source>Switch CLB?</source>
        <translation>Van CLB wisselen?</translation>
    </message>
    <message>
        <source>Not everything has reached the server:</source>
        <translation>Nog niet alles is bij de server:</translation>
    </message>
    <message>
        <source>If you log out now, this is lost:</source>
        <translation>Als u zich nu afmeldt, gaat dit verloren:</translation>
    </message>
    <message>
        <source>If you switch CLB now, this is lost:</source>
        <translation>Als u nu van CLB wisselt, gaat dit verloren:</translation>
    </message>
    <message>
        <source>Go back to save it first, or continue and lose it.</source>
        <translation>Ga terug om het eerst te bewaren, of ga door en verlies het.</translation>
    </message>
    <message>
        <source>Log out and &amp;lose it</source>
        <translation>Afmelden en &amp;verliezen</translation>
    </message>
    <message>
        <source>Switch and &amp;lose it</source>
        <translation>Wisselen en &amp;verliezen</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Terug</translation>
    </message>
</context>
<context>
    <name>lars::ui::LetterPreviewDialog</name>
    <message>
        <source>Letter preview</source>
        <translation>Voorbeeld van de brief</translation>
    </message>
    <message>
        <source>Use for all letters on this computer</source>
        <translation>Gebruiken voor alle brieven op deze computer</translation>
    </message>
    <message>
        <source>Colours and logos…</source>
        <translation>Kleuren en logo&apos;s…</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorige pagina</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Volgende pagina</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Bewaren als PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>These colours and logos are now used for all letters on this computer.</source>
        <translation>Deze kleuren en logo&apos;s worden nu gebruikt voor alle brieven op deze computer.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Bewaren als PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Bewaren…</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Bewaard als %1</translation>
    </message>
    <message>
        <source>Could not save the PDF: %1</source>
        <translation>Kon de PDF niet bewaren: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>%n pagina naar de printer gestuurd.</numerusform>
            <numerusform>%n pagina&apos;s naar de printer gestuurd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not print: %1</source>
        <translation>Kon niet afdrukken: %1</translation>
    </message>
</context>
<context>
    <name>lars::ui::LettersController</name>
    <message>
        <source>the CLB&apos;s letterhead</source>
        <translation>de briefhoofding van het CLB</translation>
    </message>
    <message>
        <source>your contact data</source>
        <translation>uw contactgegevens</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Brieven</translation>
    </message>
    <message>
        <source>LARS could not reach the server to fetch %1. Check the connection and try again.</source>
        <translation>LARS kon de server niet bereiken om %1 op te halen. Controleer de verbinding en probeer opnieuw.</translation>
    </message>
    <message>
        <source>The server could not give %1 (%2).</source>
        <translation>De server kon %1 niet geven (%2).</translation>
    </message>
    <message>
        <source>%1 is not in a class: there is no class to print letters for.</source>
        <translation>%1 zit niet in een klas: er is geen klas om brieven voor af te drukken.</translation>
    </message>
    <message>
        <source>the medical data of the class</source>
        <translation>de medische gegevens van de klas</translation>
    </message>
    <message>
        <source>No pupil of class %1 has had a systematic contact yet.</source>
        <translation>Geen enkele leerling van klas %1 had al een systematisch contact.</translation>
    </message>
</context>
<context>
    <name>lars::ui::LockOverlay</name>
    <message>
        <source>LARS is locked</source>
        <translation>LARS is vergrendeld</translation>
    </message>
    <message>
        <source>Logged in as %1.</source>
        <translation>Aangemeld als %1.</translation>
    </message>
    <message>
        <source>Your eID was taken out of the card reader, so LARS hid your work. Insert the same eID and enter your PIN to continue. Another card logs you out.</source>
        <translation>Uw eID werd uit de kaartlezer genomen, dus LARS heeft uw werk verborgen. Steek dezelfde eID in en geef uw pincode om verder te werken. Een andere kaart meldt u af.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Bezig met ontgrendelen</translation>
    </message>
    <message>
        <source>Asks the PIN of the eID in the card reader</source>
        <translation>Vraagt de pincode van de eID in de kaartlezer</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>A&amp;fmelden</translation>
    </message>
</context>
<context>
    <name>lars::ui::LoginController</name>
    <message>
        <source>The server cannot be reached. Check the network connection and try again.</source>
        <translation>De server is niet bereikbaar. Controleer de netwerkverbinding en probeer opnieuw.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted. Ask your CLB&apos;s IT contact.</source>
        <translation>Het certificaat van de server wordt niet vertrouwd. Vraag het aan de IT-contactpersoon van uw CLB.</translation>
    </message>
    <message>
        <source>The login took too long. Please try again.</source>
        <translation>Het aanmelden duurde te lang. Probeer opnieuw.</translation>
    </message>
    <message>
        <source>This login attempt was already used. Please try again.</source>
        <translation>Deze aanmeldpoging werd al gebruikt. Probeer opnieuw.</translation>
    </message>
    <message>
        <source>Your eID is valid, but you have no LARS account. Accounts are created in the government&apos;s user management: ask your CLB&apos;s local administrator.</source>
        <translation>Uw eID is geldig, maar u hebt geen LARS-account. Accounts worden aangemaakt in het gebruikersbeheer van de overheid: vraag het aan de lokale beheerder van uw CLB.</translation>
    </message>
    <message>
        <source>Your LARS account is not linked to any CLB. Ask your CLB&apos;s local administrator.</source>
        <translation>Uw LARS-account is aan geen enkel CLB gekoppeld. Vraag het aan de lokale beheerder van uw CLB.</translation>
    </message>
    <message>
        <source>This card is not accepted: its certificate is not issued by a trusted Belgian authority.</source>
        <translation>Deze kaart wordt niet aanvaard: haar certificaat is niet uitgereikt door een vertrouwde Belgische overheid.</translation>
    </message>
    <message>
        <source>Your eID has expired. Apply for a new card at your municipality.</source>
        <translation>Uw eID is vervallen. Vraag een nieuwe kaart aan bij uw gemeente.</translation>
    </message>
    <message>
        <source>The card&apos;s answer could not be verified. Take the card out, insert it again and retry.</source>
        <translation>Het antwoord van de kaart kon niet gecontroleerd worden. Neem de kaart uit, steek ze opnieuw in en probeer opnieuw.</translation>
    </message>
    <message numerus="yes">
        <source>Too many login attempts. Wait %n seconds and try again.</source>
        <translation>
            <numerusform>Te veel aanmeldpogingen. Wacht %n seconde en probeer opnieuw.</numerusform>
            <numerusform>Te veel aanmeldpogingen. Wacht %n seconden en probeer opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your session has expired. Log in again.</source>
        <translation>Uw sessie is verlopen. Meld opnieuw aan.</translation>
    </message>
    <message>
        <source>You no longer work for this CLB.</source>
        <translation>U werkt niet meer voor dit CLB.</translation>
    </message>
    <message>
        <source>Someone else changed this in the meantime. It was reloaded; check and save again.</source>
        <translation>Iemand anders heeft dit intussen gewijzigd. Het werd opnieuw geladen; controleer en bewaar opnieuw.</translation>
    </message>
    <message>
        <source>Some fields are not valid.</source>
        <translation>Sommige velden zijn niet geldig.</translation>
    </message>
    <message>
        <source>The server could not complete the login (%1). Try again later.</source>
        <translation>De server kon het aanmelden niet afronden (%1). Probeer later opnieuw.</translation>
    </message>
    <message>
        <source>Waiting for your PIN…</source>
        <translation>Wachten op uw pincode…</translation>
    </message>
    <message>
        <source>Contacting the server…</source>
        <translation>Contact opnemen met de server…</translation>
    </message>
    <message>
        <source>Type your PIN on the card reader…</source>
        <translation>Typ uw pincode op de kaartlezer…</translation>
    </message>
    <message>
        <source>Your eID is signing in…</source>
        <translation>Uw eID meldt u aan…</translation>
    </message>
    <message>
        <source>Checking your card with the server…</source>
        <translation>Uw kaart wordt gecontroleerd bij de server…</translation>
    </message>
    <message>
        <source>Loading your profile…</source>
        <translation>Uw profiel laden…</translation>
    </message>
    <message>
        <source>The card was removed during login. Insert it again and retry.</source>
        <translation>De kaart werd uitgenomen tijdens het aanmelden. Steek ze opnieuw in en probeer opnieuw.</translation>
    </message>
    <message>
        <source>This card has been revoked by its issuer and can no longer be used to log in. Apply for a new card at your municipality.</source>
        <translation>Deze kaart is ingetrokken door de uitgever en kan niet meer gebruikt worden om aan te melden. Vraag een nieuwe kaart aan bij uw gemeente.</translation>
    </message>
    <message>
        <source>The validity of your card cannot be checked right now. Try again in a few minutes.</source>
        <translation>De geldigheid van uw kaart kan nu niet gecontroleerd worden. Probeer het over enkele minuten opnieuw.</translation>
    </message>
</context>
<context>
    <name>lars::ui::LoginPanel</name>
    <message>
        <source>Log in with eID</source>
        <translation>Aanmelden met eID</translation>
    </message>
    <message>
        <source>Other digital keys</source>
        <translation>Andere digitale sleutels</translation>
    </message>
    <message>
        <source>Automatic (the reader with a card)</source>
        <translation>Automatisch (de lezer met een kaart)</translation>
    </message>
    <message>
        <source>Card &amp;reader:</source>
        <translation>&amp;Kaartlezer:</translation>
    </message>
    <message>
        <source>Asks the PIN of the eID in the card reader</source>
        <translation>Vraagt de pincode van de eID in de kaartlezer</translation>
    </message>
    <message>
        <source>Logging in</source>
        <translation>Bezig met aanmelden</translation>
    </message>
    <message>
        <source>Log in with itsme, SMS security code or mobile app</source>
        <translation>Aanmelden met itsme, beveiligingscode via sms of mobiele app</translation>
    </message>
    <message>
        <source>Opens the government login in your web browser</source>
        <translation>Opent de aanmelding van de overheid in uw webbrowser</translation>
    </message>
    <message>
        <source>Opens the government login in your web browser; come back here afterwards.</source>
        <translation>Opent de aanmelding van de overheid in uw webbrowser; kom daarna hier terug.</translation>
    </message>
    <message>
        <source>Waiting for the web browser</source>
        <translation>Wachten op de webbrowser</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Stops waiting for the login in the web browser</source>
        <translation>Stopt met wachten op de aanmelding in de webbrowser</translation>
    </message>
    <message>
        <source>Open the browser again</source>
        <translation>Browser opnieuw openen</translation>
    </message>
    <message>
        <source>Starts the login in the web browser anew; the earlier attempt stops</source>
        <translation>Begint het aanmelden in de webbrowser opnieuw; de vorige poging stopt</translation>
    </message>
</context>
<context>
    <name>lars::ui::MainWindow</name>
    <message>
        <source>Work on behalf of</source>
        <translation>Werken namens</translation>
    </message>
    <message>
        <source>LARS</source>
        <translation>LARS</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>Niet aangemeld</translation>
    </message>
    <message>
        <source>The web browser could not be started.</source>
        <translation>De webbrowser kon niet gestart worden.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Administrative</source>
        <translation>A&amp;dministratief</translation>
    </message>
    <message>
        <source>Open the web administration…</source>
        <translation>Webtoepassing voor beheer openen…</translation>
    </message>
    <message>
        <source>Dossier management, teams and groups are done in the web application. It opens in your browser without a new login.</source>
        <translation>Dossierbeheer, teams en groepen gebeuren in de webtoepassing. Die opent in uw browser zonder opnieuw aan te melden.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About LARS</source>
        <translation>&amp;Over LARS</translation>
    </message>
    <message>
        <source>&amp;Personal data…</source>
        <translation>&amp;Persoonlijke gegevens…</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>A&amp;fmelden</translation>
    </message>
    <message>
        <source>Your contact data were saved.</source>
        <translation>Uw contactgegevens werden bewaard.</translation>
    </message>
    <message>
        <source>About LARS</source>
        <translation>Over LARS</translation>
    </message>
    <message>
        <source>&lt;b&gt;LARS&lt;/b&gt; %1&lt;br&gt;Pupil guidance dossiers for the CLBs of Flanders.</source>
        <translation>&lt;b&gt;LARS&lt;/b&gt; %1&lt;br&gt;Leerlingendossiers voor de CLB&apos;s in Vlaanderen.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>LARS found no keychain on this computer (%1). Your login is kept in memory only and ends when LARS closes. Nothing is written to disk.</source>
        <translation>LARS vond geen sleutelbos op deze computer (%1). Uw aanmelding blijft alleen in het geheugen en eindigt wanneer LARS sluit. Er wordt niets op schijf geschreven.</translation>
    </message>
    <message>
        <source>&amp;Colours and logos of letters…</source>
        <translation>&amp;Kleuren en logo&apos;s van brieven…</translation>
    </message>
    <message>
        <source>Log in first: letters use the colours and logos of your CLB.</source>
        <translation>Meld eerst aan: brieven gebruiken de kleuren en logo&apos;s van uw CLB.</translation>
    </message>
    <message>
        <source>Insert the eID you logged in with to continue your session, or log in again.</source>
        <translation>Steek de eID in waarmee u aanmeldde om uw sessie verder te zetten, of meld opnieuw aan.</translation>
    </message>
    <message>
        <source>Continuing your session…</source>
        <translation>Uw sessie wordt verdergezet…</translation>
    </message>
    <message>
        <source>Your session continues as soon as the server can be reached.</source>
        <translation>Uw sessie gaat verder zodra de server bereikbaar is.</translation>
    </message>
    <message>
        <source>&amp;CREON delivery…</source>
        <translation>&amp;CREON-verzending…</translation>
    </message>
    <message>
        <source>&amp;Lock LARS</source>
        <translation>LARS &amp;vergrendelen</translation>
    </message>
    <message>
        <source>Hide your work until you unlock with your eID and PIN</source>
        <translation>Verbergt uw werk tot u ontgrendelt met uw eID en pincode</translation>
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
        <translation>Geen sleutelbos: uw sessie, concepten en wachtende wijzigingen blijven alleen in het geheugen</translation>
    </message>
    <message>
        <source>Your contact data are sent as soon as the server can be reached.</source>
        <translation>Uw contactgegevens worden verstuurd zodra de server bereikbaar is.</translation>
    </message>
</context>
<context>
    <name>lars::ui::MedicalTab</name>
    <message>
        <source>Parents&apos; heights and target height</source>
        <translation>Lengte vader en moeder en streeflengte</translation>
    </message>
    <message>
        <source>Growth chart</source>
        <translation>Groeicurve</translation>
    </message>
    <message>
        <source>&amp;Height for age</source>
        <translation>&amp;Lengte naar leeftijd</translation>
    </message>
    <message>
        <source>&amp;BMI for age</source>
        <translation>&amp;BMI naar leeftijd</translation>
    </message>
    <message>
        <source>1st kindergarten year</source>
        <translation>1ste kleuterklas</translation>
    </message>
    <message>
        <source>1st primary year</source>
        <translation>1ste leerjaar</translation>
    </message>
    <message>
        <source>4th primary year</source>
        <translation>4de leerjaar</translation>
    </message>
    <message>
        <source>6th primary year</source>
        <translation>6de leerjaar</translation>
    </message>
    <message>
        <source>3rd secondary year</source>
        <translation>3de secundair</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Height (cm)</source>
        <translation>Lengte (cm)</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Gewicht (kg)</translation>
    </message>
    <message>
        <source>BMI</source>
        <translation>BMI</translation>
    </message>
    <message>
        <source>Far vision L/R</source>
        <translation>Gezichtsscherpte veraf L/R</translation>
    </message>
    <message>
        <source>Eye alignment</source>
        <translation>Oogstand</translation>
    </message>
    <message>
        <source>Depth vision</source>
        <translation>Dieptezicht</translation>
    </message>
    <message>
        <source>Colour vision</source>
        <translation>Kleurzin</translation>
    </message>
    <message>
        <source>Audiometry</source>
        <translation>Audiometrie</translation>
    </message>
    <message>
        <source>Speech in noise</source>
        <translation>Spraak-in-ruistest</translation>
    </message>
    <message>
        <source>Puberty</source>
        <translation>Puberteit</translation>
    </message>
    <message>
        <source>Vaccination</source>
        <translation>Vaccinatie</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Target height: %1 cm (range %2–%3 cm), formula: %4.</source>
        <translation>Streeflengte: %1 cm (bereik %2–%3 cm), formule: %4.</translation>
    </message>
    <message>
        <source>No target height: the growth references and %1 are defined per sex.</source>
        <translation>Geen streeflengte: de groeicurven en %1 zijn per geslacht bepaald.</translation>
    </message>
    <message>
        <source>Target height: enter both parents&apos; heights (%1).</source>
        <translation>Streeflengte: vul de lengte van beide ouders in (%1).</translation>
    </message>
    <message>
        <source>&amp;Parent letter…</source>
        <translation>&amp;Ouderbrief…</translation>
    </message>
    <message>
        <source>Preview, print or save the letter to the parents about the selected (else the latest) systematic contact</source>
        <translation>De ouderbrief over het gekozen (anders het laatste) systematisch contact bekijken, afdrukken of bewaren</translation>
    </message>
    <message>
        <source>&amp;Referral letter…</source>
        <translation>&amp;Doorverwijsbrief…</translation>
    </message>
    <message>
        <source>&amp;Class letters…</source>
        <translation>&amp;Klasbrieven…</translation>
    </message>
    <message>
        <source>All parent letters of this pupil&apos;s class in one PDF</source>
        <translation>Alle ouderbrieven van de klas van deze leerling in één PDF</translation>
    </message>
    <message>
        <source>Measurements of the systematic contacts</source>
        <translation>Metingen van de systematische contacten</translation>
    </message>
    <message>
        <source>Advice for the parents</source>
        <translation>Advies aan de ouders</translation>
    </message>
    <message>
        <source>Referral to the GP, a paediatrician or a specialist after the selected (else the latest) systematic contact, with the feedback slip</source>
        <translation>Doorverwijzing naar de huisarts, een kinderarts of een arts-specialist na het gekozen (anders het laatste) systematische contact, met de terugkoppelingsstrook</translation>
    </message>
</context>
<context>
    <name>lars::ui::NoTeamPage</name>
    <message>
        <source>You are not in a team yet</source>
        <translation>U zit nog niet in een team</translation>
    </message>
    <message>
        <source>ask the &lt;b&gt;local administrator of your CLB&lt;/b&gt; to add you to a team.</source>
        <translation>vraag de &lt;b&gt;lokale beheerder van uw CLB&lt;/b&gt; om u aan een team toe te voegen.</translation>
    </message>
    <message>
        <source>ask &lt;b&gt;%1&lt;/b&gt;, the local administrator of your CLB, to add you to a team%2.</source>
        <translation>vraag &lt;b&gt;%1&lt;/b&gt;, de lokale beheerder van uw CLB, om u aan een team toe te voegen%2.</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1, you are logged in for &lt;b&gt;%2&lt;/b&gt;, but you are not a member of any team there.&lt;/p&gt;&lt;p&gt;Only the team that follows a school can see the dossiers of its pupils, so LARS shows you no dossiers.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What to do:&lt;/b&gt; %3 Accounts and teams are managed in the government&apos;s user management, not in this program.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1, u bent aangemeld voor &lt;b&gt;%2&lt;/b&gt;, maar u bent daar geen lid van een team.&lt;/p&gt;&lt;p&gt;Alleen het team dat een school opvolgt, ziet de dossiers van haar leerlingen. Daarom toont LARS u geen dossiers.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Wat nu:&lt;/b&gt; %3 Accounts en teams worden beheerd in het gebruikersbeheer van de overheid, niet in dit programma.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>lars::ui::OidcLoginController</name>
    <message>
        <source>The login in the web browser took too long. Please try again.</source>
        <translation>Het aanmelden in de webbrowser duurde te lang. Probeer opnieuw.</translation>
    </message>
    <message>
        <source>Complete the login in your web browser…</source>
        <translation>Meld u aan in uw webbrowser…</translation>
    </message>
    <message>
        <source>Logging you in…</source>
        <translation>Bezig met aanmelden…</translation>
    </message>
    <message>
        <source>LARS cannot receive the web browser&apos;s answer: port %1 on this computer is in use. Close the program that uses it, or ask your CLB&apos;s IT contact.</source>
        <translation>LARS kan het antwoord van de webbrowser niet ontvangen: poort %1 op deze computer is in gebruik. Sluit het programma dat ze gebruikt, of vraag het aan de IT-contactpersoon van uw CLB.</translation>
    </message>
    <message>
        <source>LARS cannot receive the web browser&apos;s answer on this computer. Ask your CLB&apos;s IT contact.</source>
        <translation>LARS kan het antwoord van de webbrowser op deze computer niet ontvangen. Vraag het aan de IT-contactpersoon van uw CLB.</translation>
    </message>
    <message>
        <source>The web browser could not be started. Log in with your eID, or ask your CLB&apos;s IT contact.</source>
        <translation>De webbrowser kon niet gestart worden. Meld u aan met uw eID, of vraag het aan de IT-contactpersoon van uw CLB.</translation>
    </message>
    <message>
        <source>You cancelled the login in the web browser. Log in again when you are ready.</source>
        <translation>U hebt het aanmelden in de webbrowser geannuleerd. Meld u opnieuw aan wanneer u klaar bent.</translation>
    </message>
    <message>
        <source>Your identity is confirmed, but you have no LARS account. Accounts are created in the government&apos;s user management: ask your CLB&apos;s local administrator.</source>
        <translation>Uw identiteit is bevestigd, maar u hebt geen LARS-account. Accounts worden aangemaakt in het gebruikersbeheer van de overheid: vraag het aan de lokale beheerder van uw CLB.</translation>
    </message>
    <message>
        <source>Your LARS account is not linked to any CLB. Ask your CLB&apos;s local administrator.</source>
        <translation>Uw LARS-account is aan geen enkel CLB gekoppeld. Vraag het aan de lokale beheerder van uw CLB.</translation>
    </message>
    <message>
        <source>The government login cannot be reached right now. Try again later, or log in with your eID.</source>
        <translation>De aanmelding van de overheid is nu niet bereikbaar. Probeer later opnieuw, of meld u aan met uw eID.</translation>
    </message>
    <message>
        <source>This LARS server does not offer the other digital keys. Log in with your eID.</source>
        <translation>Deze LARS-server biedt de andere digitale sleutels niet aan. Meld u aan met uw eID.</translation>
    </message>
    <message>
        <source>The answer of the government login could not be verified, so LARS did not log you in. Try again; if it keeps happening, tell your CLB&apos;s IT contact.</source>
        <translation>Het antwoord van de aanmelding van de overheid kon niet gecontroleerd worden, dus LARS heeft u niet aangemeld. Probeer opnieuw; gebeurt dit blijvend, meld het dan aan de IT-contactpersoon van uw CLB.</translation>
    </message>
    <message>
        <source>The government login did not complete (%1). Please try again.</source>
        <translation>De aanmelding van de overheid werd niet voltooid (%1). Probeer opnieuw.</translation>
    </message>
    <message>
        <source>The web browser returned an answer that does not belong to this login. Please try again.</source>
        <translation>De webbrowser gaf een antwoord dat niet bij deze aanmelding hoort. Probeer opnieuw.</translation>
    </message>
    <message>
        <source>Too many login attempts from this computer. Wait a few minutes and try again.</source>
        <translation>Te veel aanmeldpogingen vanaf deze computer. Wacht enkele minuten en probeer opnieuw.</translation>
    </message>
</context>
<context>
    <name>lars::ui::OidcLoopback</name>
    <message>
        <source>Not found</source>
        <translation>Niet gevonden</translation>
    </message>
    <message>
        <source>This page is not part of the LARS login.</source>
        <translation>Deze pagina hoort niet bij het aanmelden bij LARS.</translation>
    </message>
    <message>
        <source>Logged in to LARS</source>
        <translation>Aangemeld bij LARS</translation>
    </message>
    <message>
        <source>You may close this tab and continue in LARS.</source>
        <translation>U mag dit tabblad sluiten en verdergaan in LARS.</translation>
    </message>
    <message>
        <source>Login to LARS failed</source>
        <translation>Aanmelden bij LARS is niet gelukt</translation>
    </message>
    <message>
        <source>Go back to LARS to see why and to try again. You may close this tab.</source>
        <translation>Ga terug naar LARS om te zien waarom en om opnieuw te proberen. U mag dit tabblad sluiten.</translation>
    </message>
    <message>
        <source>en</source>
        <comment>HTML language code of this page</comment>
        <translation>nl</translation>
    </message>
</context>
<context>
    <name>lars::ui::OutboxDialog</name>
    <message>
        <source>waiting to be sent</source>
        <translation>wacht om verstuurd te worden</translation>
    </message>
    <message numerus="yes">
        <source>waiting for a connection (tried %n time(s))</source>
        <translation>
            <numerusform>wacht op verbinding (%n keer geprobeerd)</numerusform>
            <numerusform>wacht op verbinding (%n keer geprobeerd)</numerusform>
        </translation>
    </message>
    <message>
        <source>someone else changed this first: choose</source>
        <translation>iemand anders wijzigde dit eerst: kies</translation>
    </message>
    <message>
        <source>refused by the server: %1</source>
        <translation>geweigerd door de server: %1</translation>
    </message>
    <message>
        <source>Every change has reached the server.</source>
        <translation>Elke wijziging is bij de server aangekomen.</translation>
    </message>
    <message>
        <source>&amp;Try again now</source>
        <translation>Nu &amp;opnieuw proberen</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>&amp;Drop this change</source>
        <translation>Deze wijziging laten &amp;vallen</translation>
    </message>
    <message>
        <source>Changes on their way to the server</source>
        <translation>Wijzigingen op weg naar de server</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <source>Changes are kept encrypted on this computer until the server has them, also when LARS or the computer stops.</source>
        <translation>Wijzigingen blijven versleuteld op deze computer tot de server ze heeft, ook als LARS of de computer stopt.</translation>
    </message>
</context>
<context>
    <name>lars::ui::OutboxIndicator</name>
    <message>
        <source>Shows the changes that have not reached the server yet</source>
        <translation>Toont de wijzigingen die nog niet bij de server zijn</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) need your choice…</source>
        <translation>
            <numerusform>%n wijziging vraagt uw keuze…</numerusform>
            <numerusform>%n wijzigingen vragen uw keuze…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting for a connection…</source>
        <translation>
            <numerusform>%n wijziging wacht op verbinding…</numerusform>
            <numerusform>%n wijzigingen wachten op verbinding…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lars::ui::OverbruggingshulpBox</name>
    <message>
        <source>Bridging help</source>
        <translation>Overbruggingshulp</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>The CLB helps out of necessity while the pupil waits for a more fitting service; temporary, not structural.</source>
        <translation>Het CLB helpt uit noodzaak terwijl de leerling wacht op een meer passende hulp; tijdelijk, niet structureel.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Bewaard</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Niet bewaard: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Bewaren…</translation>
    </message>
    <message>
        <source>Waiting for a connection</source>
        <translation>Wacht op verbinding</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Bridging help switched on.</source>
        <translation>Overbruggingshulp aangezet.</translation>
    </message>
    <message>
        <source>Bridging help switched off.</source>
        <translation>Overbruggingshulp uitgezet.</translation>
    </message>
    <message>
        <source>Undone; nothing was saved.</source>
        <translation>Ongedaan gemaakt; er werd niets bewaard.</translation>
    </message>
</context>
<context>
    <name>lars::ui::ParentHeightsEditor</name>
    <message>
        <source>Retry</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Keep my values</source>
        <translation>Mijn waarden behouden</translation>
    </message>
    <message>
        <source>Use the saved values</source>
        <translation>De bewaarde waarden gebruiken</translation>
    </message>
    <message>
        <source>Edit the parents&apos; heights</source>
        <translation>Lengte van de ouders bewerken</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <source>Height of the father in cm</source>
        <translation>Lengte van de vader in cm</translation>
    </message>
    <message>
        <source>Height of the mother in cm</source>
        <translation>Lengte van de moeder in cm</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Bewaren (Enter)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Annuleren (Esc)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Father:</source>
        <translation>Vader:</translation>
    </message>
    <message>
        <source>Mother:</source>
        <translation>Moeder:</translation>
    </message>
    <message>
        <source>&amp;Father:</source>
        <translation>&amp;Vader:</translation>
    </message>
    <message>
        <source>&amp;Mother:</source>
        <translation>&amp;Moeder:</translation>
    </message>
    <message>
        <source>Last changed by %1 on %2</source>
        <translation>Laatst gewijzigd door %1 op %2</translation>
    </message>
    <message>
        <source>Type a height in cm, e.g. 172.</source>
        <translation>Geef een lengte in cm, bv. 172.</translation>
    </message>
    <message>
        <source>%1 saved other heights in the meantime.
Saved now: father %2, mother %3.
You typed: father %4, mother %5.
Which values should be kept?</source>
        <translation>%1 heeft intussen andere lengtes bewaard.
Nu bewaard: vader %2, moeder %3.
U typte: vader %4, moeder %5.
Welke waarden wilt u behouden?</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Iemand anders</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>niet ingevuld</translation>
    </message>
    <message>
        <source> cm</source>
        <translation> cm</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Niet bewaard. %1</translation>
    </message>
    <message>
        <source>Waiting for a connection to be saved: father %1, mother %2</source>
        <translation>Wacht op verbinding om bewaard te worden: vader %1, moeder %2</translation>
    </message>
    <message>
        <source>Parent heights of %1 %2</source>
        <translation>Lengte van de ouders van %1 %2</translation>
    </message>
</context>
<context>
    <name>lars::ui::PersonalDataDialog</name>
    <message>
        <source>Personal data</source>
        <translation>Persoonlijke gegevens</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Your contact data for &lt;b&gt;%2&lt;/b&gt;. Each CLB you work for keeps its own; letters of this CLB show these.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Uw contactgegevens voor &lt;b&gt;%2&lt;/b&gt;. Elk CLB waarvoor u werkt, heeft zijn eigen gegevens; brieven van dit CLB tonen deze.</translation>
    </message>
    <message>
        <source>e.g. 0470 12 34 56</source>
        <translation>bv. 0470 12 34 56</translation>
    </message>
    <message>
        <source>e.g. 03 123 45 67</source>
        <translation>bv. 03 123 45 67</translation>
    </message>
    <message>
        <source>e.g. name@clb.be</source>
        <translation>bv. naam@clb.be</translation>
    </message>
    <message>
        <source>&amp;GSM:</source>
        <translation>&amp;Gsm:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefoon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Bewaren…</translation>
    </message>
    <message>
        <source>Check the fields with a message under them.</source>
        <translation>Kijk de velden na met een melding eronder.</translation>
    </message>
    <message>
        <source>Contact data you typed here were not saved. Restore them?</source>
        <translation>Contactgegevens die u hier typte, werden niet bewaard. Terugzetten?</translation>
    </message>
    <message>
        <source>%1 These are the values known at login; a change is kept and sent later.</source>
        <translation>%1 Dit zijn de gegevens van bij het aanmelden; een wijziging wordt bewaard en later verstuurd.</translation>
    </message>
    <message>
        <source>Your last change is still waiting for the server; it is shown here.</source>
        <translation>Uw laatste wijziging wacht nog op de server; ze staat hier.</translation>
    </message>
    <message>
        <source>Personal data — %1</source>
        <translation>Persoonlijke gegevens — %1</translation>
    </message>
    <message>
        <source>The values saved elsewhere are kept.</source>
        <translation>De elders bewaarde gegevens blijven behouden.</translation>
    </message>
    <message>
        <source>The server does not accept this value.</source>
        <translation>De server aanvaardt deze waarde niet.</translation>
    </message>
    <message>
        <source>Not saved: correct the fields with a message under them.</source>
        <translation>Niet bewaard: verbeter de velden met een melding eronder.</translation>
    </message>
    <message>
        <source>Not saved: you no longer work for this CLB.</source>
        <translation>Niet bewaard: u werkt niet meer voor dit CLB.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Niet bewaard: %1</translation>
    </message>
    <message>
        <source>A change you saved earlier waits for your choice in the list of changes (at the bottom of the window).</source>
        <translation>Een wijziging die u eerder bewaarde, wacht op uw keuze in de lijst van wijzigingen (onderaan het venster).</translation>
    </message>
</context>
<context>
    <name>lars::ui::PinDialog</name>
    <message>
        <source>eID PIN</source>
        <translation>Pincode eID</translation>
    </message>
    <message>
        <source>Enter the PIN code of your eID.</source>
        <translation>Geef de pincode van uw eID.</translation>
    </message>
    <message>
        <source>4 to 12 digits</source>
        <translation>4 tot 12 cijfers</translation>
    </message>
    <message>
        <source>PIN code</source>
        <translation>Pincode</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Wrong PIN. One try left: after one more wrong PIN the card is blocked.</source>
        <translation>Verkeerde pincode. Nog één poging: na nog een verkeerde pincode wordt de kaart geblokkeerd.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left.</source>
        <translation>
            <numerusform>Verkeerde pincode. Nog %n poging.</numerusform>
            <numerusform>Verkeerde pincode. Nog %n pogingen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your card reader has its own keypad. Press Continue, then type your PIN on the card reader.</source>
        <translation>Uw kaartlezer heeft een eigen toetsenbord. Klik op Verder en typ dan uw pincode op de kaartlezer.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Verder</translation>
    </message>
</context>
<context>
    <name>lars::ui::PupilSearchPanel</name>
    <message>
        <source>Search a pupil by name (Ctrl+F)</source>
        <translation>Zoek een leerling op naam (Ctrl+F)</translation>
    </message>
    <message>
        <source>Pupil name</source>
        <translation>Naam leerling</translation>
    </message>
    <message>
        <source>Birth date (optional, dd/mm/yyyy)</source>
        <translation>Geboortedatum (optioneel, dd/mm/jjjj)</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Type the birth date as day/month/year, e.g. 03/02/2015.</source>
        <translation>Typ de geboortedatum als dag/maand/jaar, bv. 03/02/2015.</translation>
    </message>
    <message>
        <source>Type at least 2 letters of a last or first name.</source>
        <translation>Typ minstens 2 letters van een familienaam of voornaam.</translation>
    </message>
    <message>
        <source>Type at least 2 letters.</source>
        <translation>Typ minstens 2 letters.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <source>No pupil with this name and birth date. Check the birth date or remove it.</source>
        <translation>Geen leerling met deze naam en geboortedatum. Controleer de geboortedatum of wis ze.</translation>
    </message>
    <message>
        <source>No pupil found with this name in your teams.</source>
        <translation>Geen leerling met deze naam gevonden in uw teams.</translation>
    </message>
    <message>
        <source>Many pupils match: add a birth date to narrow the search.</source>
        <translation>Veel leerlingen komen overeen: voeg een geboortedatum toe om te verfijnen.</translation>
    </message>
    <message numerus="yes">
        <source>%n pupil(s) found.</source>
        <translation>
            <numerusform>%n leerling gevonden.</numerusform>
            <numerusform>%n leerlingen gevonden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pupils found</source>
        <translation>Gevonden leerlingen</translation>
    </message>
</context>
<context>
    <name>lars::ui::ReferralDialog</name>
    <message>
        <source>GP</source>
        <translation>Huisarts</translation>
    </message>
    <message>
        <source>Paediatrician</source>
        <translation>Kinderarts</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Arts-specialist</translation>
    </message>
    <message>
        <source>e.g. Dr. Lieve Janssens, ophthalmologist</source>
        <translation>bv. Dr. Lieve Janssens, oogarts</translation>
    </message>
    <message>
        <source>Medical referral — %1</source>
        <translation>Medische doorverwijzing — %1</translation>
    </message>
    <message>
        <source>Referral to %1 — %2</source>
        <translation>Doorverwijzing naar %1 — %2</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Geadresseerde</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>%1 (from the draaischijf activity of %2)</source>
        <translation>%1 (uit de draaischijfactiviteit van %2)</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Aan:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>&amp;Finding or reason:</source>
        <translation>&amp;Vaststelling of aanleiding:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>V&amp;raag:</translation>
    </message>
    <message>
        <source>Results that go along</source>
        <translation>Resultaten die meegaan</translation>
    </message>
    <message>
        <source>There is no systematic contact: no results can go along.</source>
        <translation>Er is geen systematisch contact: er kunnen geen resultaten mee.</translation>
    </message>
    <message>
        <source>Tick exactly the results of this contact (%1) that the doctor gets.</source>
        <translation>Vink precies de resultaten van dit contact (%1) aan die de arts krijgt.</translation>
    </message>
    <message>
        <source>A partner gets no medical data. Tick a result only when it must go along on purpose.</source>
        <translation>Een partner krijgt geen medische gegevens. Vink een resultaat alleen aan als het bewust mee moet.</translation>
    </message>
    <message>
        <source>Parents&apos; consent</source>
        <translation>Toestemming van de ouders</translation>
    </message>
    <message>
        <source>&amp;Given</source>
        <translation>&amp;Gegeven</translation>
    </message>
    <message>
        <source>R&amp;efused</source>
        <translation>G&amp;eweigerd</translation>
    </message>
    <message>
        <source>Not as&amp;ked</source>
        <translation>Niet gevraag&amp;d</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Op:</translation>
    </message>
    <message>
        <source>The letter says the parents consented only when you record it as given.</source>
        <translation>De brief vermeldt de toestemming van de ouders alleen als u ze als gegeven registreert.</translation>
    </message>
    <message>
        <source>&amp;Save and show the letter…</source>
        <translation>&amp;Bewaren en brief tonen…</translation>
    </message>
    <message>
        <source>A referral you typed for this pupil was not saved. Restore it?</source>
        <translation>Een doorverwijzing die u voor deze leerling typte, werd niet bewaard. Terugzetten?</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Niet bewaard. %1</translation>
    </message>
    <message>
        <source>Height: %1 cm</source>
        <translation>Lengte: %1 cm</translation>
    </message>
    <message>
        <source>Weight: %1 kg</source>
        <translation>Gewicht: %1 kg</translation>
    </message>
    <message>
        <source>BMI: %1</source>
        <translation>BMI: %1</translation>
    </message>
    <message>
        <source>Far vision: right %1, left %2</source>
        <translation>Gezichtsscherpte veraf: rechts %1, links %2</translation>
    </message>
    <message>
        <source>Eye alignment</source>
        <translation>Oogstand</translation>
    </message>
    <message>
        <source>Depth vision</source>
        <translation>Dieptezicht</translation>
    </message>
    <message>
        <source>Colour vision</source>
        <translation>Kleurenzien</translation>
    </message>
    <message>
        <source>Hearing (audiometry)</source>
        <translation>Gehoor (audiometrie)</translation>
    </message>
    <message>
        <source>Hearing (speech in noise)</source>
        <translation>Gehoor (spraak-in-ruistest)</translation>
    </message>
    <message>
        <source>Puberty stage</source>
        <translation>Puberteitsstadium</translation>
    </message>
    <message>
        <source>Vaccinations</source>
        <translation>Vaccinaties</translation>
    </message>
    <message>
        <source>Oral health</source>
        <translation>Mondgezondheid</translation>
    </message>
    <message>
        <source>Type the name of the doctor.</source>
        <translation>Typ de naam van de arts.</translation>
    </message>
    <message>
        <source>Type the finding or the reason for the referral.</source>
        <translation>Typ de vaststelling of de aanleiding van de doorverwijzing.</translation>
    </message>
    <message>
        <source>Type the question to the recipient.</source>
        <translation>Typ de vraag aan de geadresseerde.</translation>
    </message>
    <message>
        <source>Record whether the parents gave their consent.</source>
        <translation>Registreer of de ouders hun toestemming gaven.</translation>
    </message>
    <message>
        <source>The date of the consent lies in the future.</source>
        <translation>De datum van de toestemming ligt in de toekomst.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Bewaren…</translation>
    </message>
</context>
<context>
    <name>lars::ui::SessionController</name>
    <message>
        <source>Your session has ended. Log in again.</source>
        <translation>Uw sessie is beëindigd. Meld opnieuw aan.</translation>
    </message>
    <message>
        <source>Another eID was inserted, so you were logged out.</source>
        <translation>Er werd een andere eID ingestoken, dus u werd afgemeld.</translation>
    </message>
    <message>
        <source>Another eID was used, so you were logged out.</source>
        <translation>Er werd een andere eID gebruikt, dus u werd afgemeld.</translation>
    </message>
</context>
<context>
    <name>lars::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Only for a local test server</source>
        <translation>Alleen voor een lokale testserver</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>Lock LARS</source>
        <translation>LARS vergrendelen</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Verder werken</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Serveradres:</translation>
    </message>
    <message>
        <source>Server certificate:</source>
        <translation>Servercertificaat:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
    <message>
        <source>When the eID is taken out:</source>
        <translation>Als de eID uitgenomen wordt:</translation>
    </message>
    <message>
        <source>A new language is used from the next start of LARS.</source>
        <translation>Een nieuwe taal geldt vanaf de volgende start van LARS.</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Servercertificaat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Certificaten (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Choose the server certificate file</source>
        <translation>Kies het bestand met het servercertificaat</translation>
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
        <translation>Leerlingendossiers van het CLB</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Looking for the federal token? It is no longer accepted: log in with your eID and card reader, or with itsme, an SMS security code or the mobile app.</source>
        <translation>Zoekt u het federaal token? Dat wordt niet meer aanvaard: meld u aan met uw eID en kaartlezer, of met itsme, een beveiligingscode via sms of de mobiele app.</translation>
    </message>
</context>
<context>
    <name>lars::ui::StatusTexts</name>
    <message>
        <source>No server set</source>
        <translation>Geen server ingesteld</translation>
    </message>
    <message>
        <source>Choose the server in File → Settings.</source>
        <translation>Kies de server via Bestand → Instellingen.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Contacting %1.</source>
        <translation>Contact opnemen met %1.</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Verbonden met %1.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>No connection to %1. Check the Wi-Fi or network cable; LARS keeps retrying.</source>
        <translation>Geen verbinding met %1. Controleer de wifi of de netwerkkabel; LARS blijft het proberen.</translation>
    </message>
    <message>
        <source>Server not trusted</source>
        <translation>Server niet vertrouwd</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted. Ask your CLB&apos;s IT contact.</source>
        <translation>Het certificaat van %1 wordt niet vertrouwd. Vraag het aan de IT-contactpersoon van uw CLB.</translation>
    </message>
    <message>
        <source>Server problem</source>
        <translation>Serverprobleem</translation>
    </message>
    <message>
        <source>%1 answers with an error. Try again later.</source>
        <translation>%1 antwoordt met een fout. Probeer later opnieuw.</translation>
    </message>
    <message>
        <source>Card reader service not running</source>
        <translation>Kaartlezerdienst draait niet</translation>
    </message>
    <message>
        <source>The smart card service of this computer is not running. Restart the computer or ask IT.</source>
        <translation>De kaartlezerdienst van deze computer draait niet. Herstart de computer of vraag het aan IT.</translation>
    </message>
    <message>
        <source>No card reader connected</source>
        <translation>Geen kaartlezer aangesloten</translation>
    </message>
    <message>
        <source>Connect your eID card reader.</source>
        <translation>Sluit uw eID-kaartlezer aan.</translation>
    </message>
    <message>
        <source>Insert your eID</source>
        <translation>Steek uw eID in de kaartlezer</translation>
    </message>
    <message>
        <source>Put your eID card in the card reader.</source>
        <translation>Steek uw identiteitskaart in de kaartlezer.</translation>
    </message>
    <message>
        <source>This card is not an eID</source>
        <translation>Deze kaart is geen eID</translation>
    </message>
    <message>
        <source>Use your Belgian identity card.</source>
        <translation>Gebruik uw Belgische identiteitskaart.</translation>
    </message>
    <message>
        <source>Card unreadable — try again</source>
        <translation>Kaart onleesbaar — probeer opnieuw</translation>
    </message>
    <message>
        <source>Take the card out, check it is the right way round, and insert it again.</source>
        <translation>Neem de kaart uit, controleer of ze juist zit en steek ze opnieuw in.</translation>
    </message>
    <message>
        <source>eID ready</source>
        <translation>eID klaar</translation>
    </message>
    <message>
        <source>Your eID card is in the reader.</source>
        <translation>Uw eID zit in de kaartlezer.</translation>
    </message>
    <message>
        <source>PIN blocked — go to your municipality</source>
        <translation>Pincode geblokkeerd — ga naar uw gemeente</translation>
    </message>
    <message>
        <source>The PIN of this card is blocked after three wrong tries. Your municipality can unblock it with your PUK code.</source>
        <translation>De pincode van deze kaart is geblokkeerd na drie verkeerde pogingen. Uw gemeente kan ze deblokkeren met uw PUK-code.</translation>
    </message>
</context>
<context>
    <name>lars::ui::WithdrawActivityDialog</name>
    <message>
        <source>Withdraw activity — %1 %2</source>
        <translation>Activiteit intrekken — %1 %2</translation>
    </message>
    <message>
        <source>Withdraw “%1” of %2? It stays in the journal, marked as withdrawn, and its history keeps every version.</source>
        <translation>“%1” van %2 intrekken? Ze blijft in het journaal staan, gemarkeerd als ingetrokken, en haar geschiedenis bewaart elke versie.</translation>
    </message>
    <message>
        <source>&amp;Why withdrawn:</source>
        <translation>&amp;Waarom ingetrokken:</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Intrekken</translation>
    </message>
    <message>
        <source>Not withdrawn. %1</source>
        <translation>Niet ingetrokken. %1</translation>
    </message>
</context>
</TS>
