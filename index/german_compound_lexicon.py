"""Compound-part lexicon for `index.german_analyzer.CompoundSplitter`.

Why a shipped word list rather than a splitting library (evaluated on 43 legal/municipal compounds
and 30 words that must not split):

- compound-split 1.0.2 (CharSplit n-gram model): GPL-3.0 (the project is MIT), 185 MB installed,
  2 s import and ~350 MB RSS (it loads the Dutch model too), ~30k splits/s. Its best split had a
  negative score, i.e. no split, for Straßenausbaubeitragssatzung, Hundesteuersatzung,
  Kommunalabgabengesetz, Straßenreinigungsgebühren, and splitting recursively it produced
  Satz|ung, Verf|ahren, Mit|glied, Vor|sitz|ender, Bekannt|mac|hung.
- charsplit-fst 0.1.4: requires Python >= 3.12; the project supports 3.11. Not installable.
- german-compound-splitter: not on the package index reachable here.
- german-nouns 1.2.5 (Wiktionary nouns, CC BY-SA 4.0, 2022): good splits of real compounds but
  false splits of exactly the words that must stay whole (Be|amte, Ab|schnitt, Be|stand,
  Ur|kunde, Erb|schaft, An|st|alt, Vorsitz|end), ~7k splits/s, 250 MB RSS.

How this list was made: nouns of the project's real corpus (federal and Land statutes, municipal
statutes; 4.6 M words) that occur at least 3 times capitalised mid-sentence, in at least 2
files, and at least a quarter of the time capitalised; folded (ä→ae, ß→ss); plus a few
three-letter nouns (`_SHORT`) and additions (`_EXTRA`); minus stopwords, prefixes and junk;
then every entry that itself splits into other entries was dropped, since the splitter
decomposes it anyway (that halves the list without changing any split). Word lists of public
legal texts carry no copyright (§ 5 UrhG).

Editing: add a word to `_WORDS` (folded, lowercase) when a compound with it fails to split; add
it to `PROTECTED` when a word must never split, to `NOT_FINAL` when a noun causes false splits
as the last part (Dauer|haft, Hand|lungen), to `NOT_INITIAL` for a false first part. Any edit
changes tokens, so stored sparse vectors need a reindex (bump `CollectionSpec.sparse`).
"""

from __future__ import annotations

# Inflection endings; kept in step with index.german_analyzer._INFLECTIONS.
_ENDINGS = ("", "e", "en", "n", "s", "es", "er", "ern", "nen", "se", "sen")


def _inflected(words: str) -> frozenset[str]:
    return frozenset(w + e for w in words.split() for e in _ENDINGS)


# Never split (inflected forms included automatically).
PROTECTED: frozenset[str] = _inflected(
    """
    abschnitt anstalt beamte beamten beamter bestand buchstabe erbschaft gemeinde gruendung massgabe
    tatsache unterhaltung urkunde verordnung versammlung verwaltung vorsitzende vorsitzender
    """
)

# Nouns that make false splits as the last part: "Dauer|haft", "Hand|lungen", "Elektro|nischen".
NOT_FINAL: frozenset[str] = _inflected(
    """
    alte dung ehe ehre ehrung eile ende este fachen fallen gangen haft legende leiche los lunge
    nisch nische reife ring standen tisch weise wiese zehnte
    """
)

# Surfaces that may not open a split: "zuge|wiesen" (participles), "eben|falls".
NOT_INITIAL: frozenset[str] = frozenset({"eben", "zuge"})

# Three-letter nouns allowed as parts (the general minimum is four letters).
_SHORT = """
akt amt art bad bau bus eis gas hof not oel ort rad rat ruf see tag tal tat tor uhr vieh weg zoo
zug
"""

_EXTRA = """
vergnuegung
"""

_WORDS = """
aach abaenderung abbau abberufung abbiegen abbildung abbildungen abblendlicht abblendlichts
abbrennen abbruch abbruchs abbuchung abdeckung abdeckungen abdichten abdichtung abdichtungen
abdruck abdruecken abendessen abendgymnasien abendgymnasium abendrealschule abendrealschulen
aberkennung abfaelle abfaellen abfahren abfahrens abfahrt abfahrten abfall abfallhierarchie
abfalls abfassung abfertigung abfg abfindung abfliessen abfluesse abfluss abfolge abfrage
abfragen abfuehrung abfuellen abfuhr abgabe abgaben abgaenge abgaengen abgang abgas abgase
abgasen abgeltung abgeordnete abgeordneten abgeordneter abgleich abgleiche abgleichs abgrabungen
abgrenzen abgrenzung abgrenzungen abhaengigkeit abhaengigkeiten abhalten abhaltung
abhandenkommen abheben abhilfe abhoeren abhoersicherheit abholbestaetigung abholen abholung
abitur abklaerung abkoemmling abkommen abkommens abkuerzung abkuerzungen ablaeufe ablage
ablagern ablagerung ablagerungen ablassen ablauf ablaufs ableben ablebens ablegen ablegung
ablehnung ablehnungen ablehnungsgesuch ableisten ableistung ableiten ableitung ableitungen
ablenkung ableseergebnisse ablesen ablesung ablesungen ablichtung ablichtungen ablieferung
ablieferungen abloese abloesung abluft abmachung abmachungen abmahnung abmahnungen abmangel
abmarkung abmeldung abmessung abmessungen abmilderung abminderungsfaktor abnahme abnahmen
abnehmer abnehmern abnehmers abnutzung abordnung abordnungen abraeumen abraeumung abraum
abrechnung abrechnungen abrechnungsperiode abreden abreise abrieb abrissarbeiten abrollbehaelter
abruf abrufe abrufen abrufs abrundung abrutschen absaetze absaetzen absatz absatzes abschaetzung
abschaffung abschalten abschaltung abscheider abscheidung abschiebung abschirmdienst abschirmung
abschlaege abschlaegen abschlag abschlages abschlags abschleppen abschluesse abschluessen
abschluss abschlusses abschnitt abschnitte abschnitten abschnittes abschnitts abschoepfung
abschottungen abschrankungen abschreibung abschreibungen abschrift abschriften abschuss
abschusses abschwung absehen absehens abseilen absender absendung absenken absenkung
absetzbecken absetzbetraege absetzen absetzung absetzungen absicherung absicht absichten
absinken absolventen absolventin absolventinnen absonderung absperrbereich absperreinrichtung
absperrmassnahmen absperrmaterial absperrschieber absperrung absperrungen absperrvorrichtung
absperrvorrichtungen absprache absprachen abspritzen abstaende abstaenden abstammung abstand
abstandes abstands absteckung absteigen abstellanlagen abstellen abstellflaeche
abstellmoeglichkeiten abstellplaetze abstellplaetzen abstellraeume abstellraeumen abstellraum
abstellung abstimmen abstimmung abstimmungen abstuetzen abstuetzungen abstufung abstuhlen
absturz absuchen abteilung abteilungen abtransport abtrennung abtretenden abtretung abtretungen
abwaegung abwaelzbarkeit abwaerme abwaesser abwaessern abwag abwanderung abwasser
abwasserhebeanlage abwassers abwehr abweichendes abweichung abweichungen abweisung abwendung
abwesenheit abwicklung abzeichen abzinsung abzuege abzug abzugs abzweig acetylen achern achse
achsen achtel achten achtes achtunddreissigsten achtung acker administration adoption adressat
adressaten adresse adressen aehnliches aelteste aemter aemtern aenderung aenderungen aequivalent
aerosole aerzte aerzten aerztin aerztinnen aerztlichen aeste aestung aeusserung aeusserungen
agentur agenturen agenzien aggregate aggression agrar ahndung ahorn aichelberg aitrach akademie
akademien akademischen akkordarbeit akkreditierung akkumulatoren akte akten akteure akteuren
akteurinnen aktg aktien aktion aktionaer aktionaere aktionen aktivierung aktivitaet aktivitaeten
aktivposten aktivseite aktualisierung aktualisierungen aktualitaet akzeptanz alarm alarme
alarmierung alarmierungen alarms albershausen albstadt algorithmen alkohol allee alleen
alleineigentum alleinerziehende alleinerziehenden alleinstehende alleinstehenden allensbach
allgaeu allgemeines allgemeinheit allgemeininteresse allgemeinmedizin
allgemeinverbindlicherklaerung allgemeinverbindlichkeit allgemeinverfuegung allgemeinwohls
allmannsdorf alltag alltags alphabetisierung alphabets altablagerungen altane altarme altbanken
alte altenhasslau alter alternative alternativen alters altgeraete altgeraeten
altglassammelbehaelter altheim altholz altlast altlasten altmark altmetall altoel altreifen
altstadt altstandorte altstandorten aluminium amelie american amerika ammoniak
ammoniumstickstoff amrum amte amtes amtl amts amtseid amtsenthebung amtsinspektor amtsperiode
amtsvorsteherin amtsvorsteherinnen anaesthesiologie analogfunk analogie analyse analysen
analysieren analytik analytischen anbahnung anbau anbauten anberaumung anbest anbetracht
anbieten anbieter anbietern anbieters anbietung anbindung anbringen anbringung andenken
anderthalbfache anderung anderungen andreaskreuz andreaskreuzes androhung aneignung anerbieten
anerkenntnis anerkennung anerkennungen anfaelligkeit anfaengliche anfahren anfahrt anfall
anfalls anfang anfechtbarkeit anfechtung anfeindungen anfertigen anfertigung anforderung
anforderungen anfrage anfragen anfragenden anfuehrung angabe angaben angebot angebote angeboten
angebotes angebots angehoerige angehoerigen angehoeriger angeklagte angeklagten angelegenheit
angelegenheiten angemessenheit angermuende angestellte angestellten angestellter angleichung
angrenzer angrenzern angriff angriffe angriffen angriffs anhaenge anhaengen anhaenger anhaengern
anhaengers anhalt anhalts anhang anhanges anhangs anheben anhebung anhoeren anhoerung
anhoerungen anionen ankauf anklage ankleiden anknuepfung ankuendigung ankuendigungen ankunft
anlaesse anlaessen anlage anlagegut anlagen anlandung anlass anlasses anlaufstelle anlegen
anleger anlegestellen anlegung anlehnung anleihe anleihen anleitern anleiterstelle anleitung
anleitungen anlernen anlieferung anlieferungen anliegen anlieger anliegern anlocken anmeldefrist
anmeldenden anmeldepflicht anmeldung anmeldungen anmietung annaberg annaeherung annahme annahmen
annehmenden annuitaetsdarlehen anonymisierung anonymitaet anordnung anordnungen
anordnungsbefugten anpachtung anpassen anpassung anpassungen anpflanzen anpflanzung
anpflanzungen anpreisung anrechenbare anrechenbarkeit anrechnung anrechnungen anrecht anrede
anregung anregungen anreicherung anreiz anreize anruf anrufe anrufen anrufenden anrufers
anrufung ansaessigkeitsstaat ansaetze ansaetzen ansammlung ansammlungen ansatz ansatzes
ansaugschlauch ansbach anschaffung anschaffungen anschauungen anschein anschlaege anschlaegen
anschlag anschlagen anschlags anschluesse anschluessen anschluss anschlusses anschlussnehmer
anschlussnehmern anschlussnehmers anschlusstrommel anschrift anschriften ansehen ansehens
ansehung ansetzen ansicht ansichten ansiedlung anspannung ansprechen ansprechpartner
ansprechpartnerin ansprechperson ansprechstelle anspruch anspruches anspruchs anspruchsteller
ansprueche anspruechen anstaende anstalt anstalten ansteckungsgefahr anstellung anstellwinkel
anstieg anstiften anstoss anstrengungen anstrich anteil anteile anteilen anteils anteilseigner
antennen antidiskriminierungsstelle antidiskriminierungsverbaende antraege antraegen antrag
antrage antrages antrags antragsgegnerin antragssteller antragsstellers antragsteller
antragstellerin antragstellern antragstellers antreffen antreffens antrieb antriebe antritt
antwort antworten anwaerter anwaerterin anwaerterinnen anwaertern anwaerters anwahl
anwaltspostfach anwartschaft anwartschaften anweisung anweisungen anwendbarkeit anwender
anwenderin anwendung anwendungen anwerbung anwesen anwesenheit anwohner anzahl anzahlungen
anzeichen anzeige anzeigen anzeigende anzeigenden anzeigepflichtig anzuenden apfelwein apotheken
apotheker apothekerinnen approbationsordnung aprofw aquakultur aquakulturen arbeit arbeiten
arbeiter arbeitern arbeitgeber arbeitgeberin arbeitgeberinnen arbeitgebern arbeitgebers
arbeitnehmer arbeitnehmerin arbeitnehmerinnen arbeitnehmern arbeitnehmers arbeitskaempfen
arbeitslose arbeitslosigkeit arbeitsuchende arbeitsweise arbeitsweisen arbzg archaeologischen
architekten architektin architektur archiv archivalien archive archiven archivgut archivguts
archivierung archivs archivwuerdigkeit argen argentino armaturen arme arrest arrestes arretieren
arsen arten artikel artikeln artikels arzneimittel arzneimitteln arzt arztbegleitetem
arztbegleiteten arztbegleiteter arztes asbest aschaffenburg asche aschen aspekt aspekte aspekten
asphalt asservaten assistent assistenten assistentin assistenz assoziierungsuebereinkommens
astoria asyl asylbegehrenden asylblg asylsuchende asylsuchenden atemanschluessen atemanschluss
atemanschlusses atemfilter atemgas atemgifte atemgiften atemluft atemluftvorrat atemschutz
atemschutzmaske atmosphaere atmung atomgemeinschaft atomgesetz atomgesetzes attest atteste
attestes attraktivitaet attrappe attribute audit auen auerbach auerhuhn aufarbeitung aufbahrung
aufbau aufbaus aufbauten aufbereiten aufbereitung aufbewahren aufbewahrung aufbrechen aufbringen
aufbringung aufdeckung aufenthalt aufenthalte aufenthaltes aufenthalts aufenthg auferlegung
auffaelligkeiten auffangen auffanggurt auffangraum auffassung auffassungen auffinden
aufforderung aufforderungen aufforstung auffuehrungen auffuellungen aufgabe aufgaben
aufgebotsverfahren aufgreifen aufhebung aufklaerung aufkleber aufkommen aufkommens aufladung
auflage auflagen auflassung auflegen auflistung aufloesung aufmass aufmasse aufmerksamkeit
aufnahme aufnahmegesuche aufnahmen aufrechnung aufrechnungen aufrechterhaltung aufruf
aufschlaege aufschlag aufschluss aufschrift aufschriften aufschub aufschubs aufschuettungen
aufsicht aufspaltung aufstauen aufsteigen aufsteigens aufstellen aufsteller aufstellers
aufstellflaeche aufstellflaechen aufstellorten aufstellraeume aufstellraum aufstellung
aufstellungen aufstieg aufstiegs aufstocken aufstockung aufstockungen aufstufung aufsuchen
aufsuchung aufteilung auftraege auftraegen auftrag auftrage auftrages auftraggeber
auftraggeberin auftraggebern auftraggebers auftragnehmer auftragnehmers auftrags
auftragsverarbeiter auftragsverarbeitern auftragsverarbeiters auftreten auftretens auftrieb
aufwand aufwandes aufwands aufwendung aufwendungen aufwertung aufwuchs aufzaehlung aufzeichnen
aufzeichnung aufzeichnungen aufzucht aufzuege aufzuegen aufzug aufzuges aufzugs augen
augustenberg auktion auktionen aulendorf ausarbeiten ausarbeitung ausarbeitungen ausbau ausbaus
ausbedingung ausbesserung ausbeutung ausbildende ausbildenden ausbilder ausbilderin
ausbilderinnen ausbildern ausbildung ausbildungen ausbleiben ausbreitung ausbringen ausbringung
ausbruch ausdehnung ausdruck ausdrucke ausdrucken ausdrucks ausduenstungen auseinandersetzung
ausfaedelungsstreifen ausfaelle ausfaellen ausfahren ausfahrt ausfahrten ausfall ausfalls
ausfertigung ausfertigungen ausfluege ausformung ausfuehrung ausfuehrungen ausfuellen
ausfuellung ausfuhr ausgabe ausgaben ausgaenge ausgaengen ausgang ausgangs ausgestaltung
ausgezeichneten ausgleich ausgleichs ausgleichspflichtig ausgliederung ausgraben ausgrabung
ausgrabungen ausguesse aushaendigung aushaenge aushang ausheben aushilfskraeften aushub
auskehrung auskleiden auskuenfte auskuenften auskunft auskunftsbegehrende auskunftspflichtig
ausladung auslaender auslaenderinnen auslaendern auslaenders auslage auslagen auslagerung
ausland auslands auslandsbonds auslastung auslauf auslaufen auslegen auslegung ausleihe
ausleihung ausleihungen ausleitung auslesen auslesetag ausleuchten auslieferung auslieferungen
ausloesen ausloesung auslosung ausmass ausmasses ausnahme ausnahmen ausnutzbarkeit ausnutzung
auspraegung ausreichung ausreise ausrichter ausrichtung ausrueckebereich ausruecken
ausrueckeordnung ausrueckeordnungen ausruestung ausruestungen aussaat aussage aussagen ausschank
ausscheiden ausscheidenden ausscheidens ausscheider ausscheren ausschlag ausschlagung
ausschliessung ausschluesse ausschluss ausschlusses ausschmueckungen ausschoepfung ausschreibung
ausschreibungen ausschuesse ausschuessen ausschuss ausschusses aussegnungshalle aussehen
aussenanlagen aussenantennen aussenbauteilen aussenbereich aussenbereiche aussenbewirtschaftung
aussendienst aussendurchmesser aussenflaeche aussenflaechen aussengebieten aussengrenzen
aussenkante aussenluft aussenmassen aussenpruefung aussenstehende aussenstelle aussenstellen
aussensteuergesetzes aussentemperatur aussentreppe aussentreppen aussentueren aussenverhaeltnis
aussenwaende aussenwaenden aussenwand aussenwelt aussenwerbung ausserbetriebnahme
ausserbetriebsetzung ausserdienststellung aussergewoehnliche aussergewoehnlichen
ausserkrafttreten aussetzung aussicht aussondern aussonderung ausspielungen aussprache ausspruch
ausstatten ausstattung ausstattungen aussteifung aussteigen aussteigerprogramm ausstellen
aussteller ausstellern ausstellung ausstellungen aussterben ausstieg austausch austausches
austauschs austragen austritt austritts ausuebung ausuebungen auswaertige auswaertigen auswahl
ausweis ausweise ausweises ausweisung ausweisungen ausweitung auswerten auswertung auswertungen
auswirkung auswirkungen auszaehlung auszaehlungen auszahlung auszahlungen auszeichnung
auszeichnungen auszubildende auszubildenden auszubildender auszuege auszuegen auszug auszugs
authentifizierung authentizitaet autobahn autobahnen autohoefe autohof automaten automatik
automatisierung autorisierte autos azuvo baar bach bachelor backnang backsteinbauten baden bades
badewanne badische badischen badischer baeche baeckereien baeder baedern baenke baenken baeume
baeumen bafoeg bagatellgrenze bagatellgrenzen baggergut bahn bahnen bahnhoefe bahnhoefen
bakterien balkon balkone balkonen ballspiele ballspielen bamberg bananen band bande bandsteg
bank banken bankett bankette banz baraufwendung barbetrag bargeld bargen barmittel
barrierefreiheit barrieren bars barwert barwerte barwerten barzahlung barzahlungen basel basis
basisstation basisszenario batterien bauen bauens baues baugb baugesuch bauherr bauherren
bauherrin bauherrinnen bauherrn bauherrschaft bauleitplaene bauleitplaenen bauleitplan
bauleitplans bauleitplanung baulichkeiten baum baumes baumscheibe baunvo baus bauspardarlehen
bausparguthaben bausparkasse bausparsumme bausparvertraege bausparvertraegen baustatik bauten
bautzen bauverstaendige bauvorlageberechtigt bauweise bauweisen bayerische bayerischen bayern
bayerns bayvwvfg bbesg beachtung beamte beamten beamter beamtin beamtinnen beamtstg beamtvg
beanspruchung beanspruchungen beanstandung beanstandungen beantragung beantwortung bearbeiter
bearbeitung beaufsichtigten beaufsichtigung beauftragte beauftragten beauftragter beauftragung
bebaubarkeit bebauung bebauungen becken bedachung bedachungen bedarf bedarfe bedarfen bedarfs
bedenken bedeutung bedienstete bediensteten bediensteter bedienung bedingung bedingungen
bedrohung bedrohungen beduerfnis beduerfnisse beduerfnissen beduerfnisses beeidigung
beeinflussung beeintraechtigung beeintraechtigungen beendigung befaehigung befaehigungen
befahrbarkeit befahren befahrung befangenheit befassung befehl befehle befehlen befehls
befehlsgebung befestigen befestigung befestigungen befoerderer befoerdern befoerderns
befoerderung befoerderungen befolgung befragenden befragten befragung befragungen befreiung
befreiungen befriedigung befriedung befristung befristungen befuellen befuellung befugnis
befugnisse befugnissen befund befunde befunden begabung begebung begegnung begegnungen
begehbarkeit begehren begehung begehungen beginn beginns beglaubigung beglaubigungen begleichung
begleiter begleitmassnahmen begleitperson begleitpersonen begleitplan begleitung
begleitvegetation begrenzung begrenzungen begriff begriffe begriffs begruendetheit begruendung
begruendungen begruenung beguenstigte beguenstigten beguenstigter beguenstigung begutachtung
begutachtungen behaelter behaeltern behaeltnis behaeltnisse behaeltnissen behandlung
behandlungen behandlungsbeduerftigkeit behauptung behauptungen behebung beheizung behelfsbauten
beherbergte beherbergung beherrschung behindertenbeauftragte behindertenbeauftragten
behindertenbeiraete behindertengleichstellungsgesetz behindertengleichstellungsgesetzes
behindertensport behindertenverkehrs behinderung behinderungen behoerde behoerden beibehaltung
beiblaetter beiblatt beibringung beifahrer beifuegung beigeladene beigeladenen beigeordnete
beigeordneten beigeordneter beihilfe beihilfen beihilferechtliche beiladung beilage beilegung
beipackzettel beiraete beiraeten beirat beirates beirats beisein beisetzung beisetzungen
beisitzer beisitzerinnen beisitzern beisitzers beispiel beispiele beispielen beistaende
beistaenden beistand beistandes beistands beistandschaft beitraege beitraegen beitrag beitrages
beitrags beitragsfaehig beitragsfaehige beitragsfaehiger beitragsrechtlich beitreibung beitritt
beitritts beiwagen beiziehung bekaempfung bekanntgabe bekanntgaben bekanntgeben bekanntmachung
bekanntmachungen bekanntwerden bekenntnis bekenntnisses beklagte bekleidung bekleidungen
beladung belaege belaestigung belaestigungen belag belang belange belangen belassung
belastbarkeit belastung belastungen belebung beleg belege belegen belegenheit beleges
belegschaft belegung belegvorhaltepflicht belehrung beleidigungen beleihung beleuchtung
beleuchtungen belgien belichtung belieferung beliehene beliehenen beliehener belohnungen
belueftung bemalen bemalungen bemerkung bemerkungen bemessung bemuehen bemuehungen
benachrichtigung benachrichtigungen benachteiligende benachteiligte benachteiligter
benachteiligung benachteiligungen benehmen benehmens benennung benker benuetzung benutzbarkeit
benutzer benutzerin benutzerinnen benutzern benutzers benutzung benutzungen benzin benzol
beobachtung beobachtungen bepflanzung bepflanzungen beprobung berater beraterin beraterinnen
beratung beratungen berechnung berechnungen berechtigte berechtigten berechtigter berechtigung
berechtigungen beregnung bereich bereiche bereichen bereicherung bereiches bereichs bereifung
bereinigung bereithalten bereithaltung bereitschaft bereitstellen bereitstellung berg bergen
bergung bergwacht bericht berichte berichterstatter berichtes berichtigung berichtigungen
berichts berichtsheft berieselung berlin berliner berlins bernau bernburg beruecksichtigung
beruehrung beruf berufe berufes berufs berufsbeamtentums berufsoberschule berufsoberschulen
berufsreglementierungen berufung berufungen besatz besatzung beschaedigte beschaedigung
beschaedigungen beschaeftigte beschaeftigten beschaeftigter beschaeftigung beschaeftigungen
beschaffenheit beschaffung beschaffungen beschallung bescheid bescheide bescheiden bescheides
bescheids bescheinigung bescheinigungen beschichtung beschichtungen beschilderung
beschilderungen beschlaegen beschlagnahme beschlagnahmen beschleunigung beschluesse beschluessen
beschluss beschlusses beschraenkung beschraenkungen beschreibung beschreibungen beschriften
beschriftung beschriftungen beschuldigte beschuldigten beschuldigter beschulung beschwer
beschwerde beschwerden beschwerte beseitigung besetzung besichtigung besichtigungen besiedelung
besitz besitzer besitzerin besitzern besitzers besitzes besitztum besitztums besoldung
besonderheit besonderheiten besorgnis besorgung besprechung besprechungen besprengen
besserstellungsverbot besserung bestaende bestaenden bestaetigung bestaetigungen bestand
bestandes bestands bestandsdichte bestandsdichten bestattenden bestatteten bestattung
bestattungen bestechlichkeit bestechung besteck bestehens besteller bestellscheine bestellung
bestellungen besteuerung bestimmtheit bestimmung bestimmungen bestimmungsmacht bestockung
bestrebungen bestreitung bestreuen bestuhlung besuch besuche besucher besuchern besuchs
betaetigen betaetigung betaetigungen betaeubungsmittel betaeubungsmitteln betaeubungsstoffe
beteiligte beteiligten beteiligter beteiligung beteiligungen beteuerung beton betracht
betrachtung betrachtungsweise betraege betraegen betrag betrage betrages betrags betrauungsakt
betrauungszeitraum betrauungszeitraums betreibenden betreiber betreiberin betreiberinnen
betreibern betreibers betreibung betreten betretens betretungsrecht betretungsverbot betreuer
betreuerin betreuerinnen betreuern betreuers betreute betreuter betreuung betreuungen
betreuungsbeduerftigkeit betrieb betriebe betrieben betriebes betriebs betriebsoder
betriebsweise betriebsweisen betroffenenrechte betroffenheit bett betteln bettelns betten bettes
beurkundung beurkundungen beurlaubten beurlaubung beurlaubungen beurteilung beurteilungen
beurteilungspegel beutel beuth bevoelkerung bevoelkerungsdichte bevollmaechtigte
bevollmaechtigten bevollmaechtigter bevollmaechtigung bevorratung bevorrechtigung bewachung
bewaehrung bewaeltigung bewaesserung bewahrung bewegen beweggruende bewegung bewegungen
beweidung beweis beweise beweisen beweises bewenden bewerben bewerber bewerberin bewerberinnen
bewerbern bewerbers bewerbung bewerbungen bewertung bewertungen bewg bewilligung bewilligungen
bewirtschafter bewirtschafterinnen bewirtschaftung bewirtung bewohner bewohnerinnen bewohnern
bewuchs bewusstsein bezahlmoeglichkeiten bezahlung bezahlverfahren bezeichnung bezeichnungen
bezieher beziehung beziehungen bezirk bezirke bezirken bezirkes bezirks
bezirksschornsteinfegerin bezuege bezuegen bezug bezuges bezugnahme bezugnahmen bezugs
bezugsfertigkeit bezugsquelle bezuschussung biberach bibliothek bibliotheken bibliotheksgut
bienenfreistaende bienenhaltung bier bieter bietern bieters bikes bilanz bilanzen bilanzierung
bild bilder bildern bildes bildhauer bildschirm bildschirms bildung bilinguales billigkeit
billigung bimschg bindeglied bindemittel bindemitteln bindung bindungen bingen binnenfischerei
binnengewaesser binnengewaessern binnenmarkt binnenmarkts binnenschiff binnenschiffahrt
binnenschiffe binnenschiffen binnenschiffer binnenschiffes binnensee binnenwasserstrassen
bioabfaelle bioabfaellen bioabfallverordnung biodiversitaet bioethanol biogas biogases
biokraftstoff biokraftstoffe biokraftstoffen biomasse biomethan biomuell biosphaerengebiet
biosphaerengebiete biosphaerengebieten biosphaerenreservat biosphaerenreservate
biosphaerenreservaten biosphaerenreservates biosphaerenreservats biostoffen biostoffverordnung
biotop biotope biotopen biozidprodukten birke birken bitten bitterfeld bitumen bjagdg blaetter
blaettern blankenburg blankoindossament blatt blaubeuren blaue blauer blaues blei blendungen
blick blinden blindheit blinkleuchten blinklicht blitz blitzschlag blockheizkraftwerk
blockheizkraftwerke blockheizkraftwerken blockmodell blockmodells blockunterricht bloecken
blumen blumhardtweg blut blutkonserven bnatschg bodanstrasse boden bodenabtraege bodenbedeckung
bodenfruchtbarkeit bodenkundliche bodenrichtwertkartei bodens bodenschaetzen bodenseestadion
bodman boeblingen boeden boerse boeschung boeschungen bogen bohroeffnungen bohrungen bokraft
boll boller bolzplaetze bolzplaetzen bombendrohung boni bonitaet bonn bonus boot boote booten
bootes bord bordeaux bordetella borkenflechte boten brachflaechen braende braenden branche
branchen brand brandenburgische brandenburgischen brandes brandmeldeanlage brandschutzklappen
brandschutzplanerin brandt brasileiro brauch brauchbarkeit brauchtums brauerei braunkohle
braunschweig breisach breisgau breite breiten bremen bremerhaven bremische bremischen bremse
bremsen brenner brennschneiden brennschneidgeraet brennstoff brennstoffe brennstoffen
brennwertkessel brenz brief briefes briefkaesten bringsystem britische bronze broschueren
browser bruch bruchsal bruecke bruecken bruehl bruessel bruestung bruestungen brunnen brusthoehe
brustseite brutto buch buchau buche buches buchhaltung buchhorst buchs buchst buchstabe
buchstaben buchstabens buchstabieren bucht buchten buchung buchungen budget budgetierung budgets
buecher buecherei buechereien buechern buehl buehne buehnen buehrle buendel buendelung buerge
buergen buerger buergerentscheid buergerentscheids buergerin buergerlichen buergerliches
buergern buergerschaft buergschaft buergschaften buero buerokratieabbau bueros buesche buesingen
bull bund bundes bundesadler bundesanzeiger bundesdisziplinargesetz bundesdisziplinargesetzes
bundesdisziplinarordnung bundesdruckerei bundesfernstrasse bundesfinanzhof bundeskanzler
bundeskriminalamt bundeskriminalamtes bundesoberbehoerde bundesoberbehoerden bunker burchardt
burg busse bussen butzer bvtschlussfolgerungen cadmium cafes calw campingplaetze campingplaetzen
campingplatzes caps carex cargohose carports carsharing case cash celsius cent center chancen
charakter charakters charlottenburg charta check checks chef chefin chemg chemikalien chemnitz
chirurgie chlor choice cholera chrom cloud clubraum coaching cobalt code codes codierung
compliance computer container containern contracting controlling corona cottbus crailsheim cross
cuxhaven cyanid cyberangriff cybersicherheit dach dachausschnitten dacheindeckung daches
dachgauben dachgeschossausbauten dachs dachschraegen dachueberstaende dachvorspruenge daecher
daechern daemme daemmen daemmerung daemmung daempfe daempfen daenemark dalben damm dampf
dampfkesseln dank danner danzig darbietungen darlegung darlehen darlehens darlehensgeber
darlehensgebern darlehensnehmer darlehensnehmern darlehensnehmers darlehensrueckfluesse
darmstadt darstellung darstellungen daseinsvorsorge data datei dateien daten
datenfernuebertragung datenhaltung datenneuerhebung datenuebermittler datum datums dauer
dauerhaftigkeit dauerwohnrecht dauerwohnrechts decke deckel decken deckung deckungskapitalien
defekt definition definitionen defizite defiziten deich deiche deichen deiches dekan dekon
dekontamination dekoration dekorationen delegation delegierte delegierten delegierter delikte
delitzsch demokratischen demonstrationen demontage denkmaeler denkmaelern denkmal denkmale
denkmalensembles denkmalschutzrechtliche deponie deponien depot depots deputation design
desinfektion desinfizieren dessau detaillierungsgrad detaillierungsgrads details
detailzeichnungen dettenheim dettingen deutsch deutsche deutschen deutscher deutsches dezernent
dezernenten dezimalstelle dezimalstellen dezimalzahl dezimalzahlen diaetassistentin diagnose
diagnosen diagnostik diagnostika dialog dialogs dichlormethan dichtheit dichtigkeit dichtung
dichtungen dicke diebstahl diebstahls dienst dienstag dienstanfaenger dienstbarkeit
dienstbarkeiten dienste diensteid diensten dienstende dienstenthebung dienstes dienstherr
dienstherren dienstherrn dienstjubilaeen dienstjubilaeums dienstleistende dienstleistenden
dienstleistender dienstleister dienstleisterin dienstleisterinnen dienstleistern dienstleisters
dieselkraftstoff dieselkraftstoffe dieselkraftstoffen differenz differenzen differenzierung
digitales digitalfunk digitalfunks digitalisierung dimension dimensionen dimensionierung
dingelsdorf dioxine dioxinen diphtherie diplom diploma diplomaten direktauftrag direktion
direktionen direktor direktoren direktorin direktorinnen direktorium direktoriums direktors
direktvermarktung direktversicherung direktversicherungen direktwerbung direktzahlung
direktzahlungen diskriminierung diskussion diskussionsforen dispens disposition distanz
disziplinarbefugnisse disziplinarbehoerden disziplinarklage disziplinarmassnahme
disziplinarmassnahmen disziplinarrechts disziplinarverfahren disziplinarverfahrens
disziplinarverfuegung disziplinarvorgesetzten ditzenbach diversitaet division doebeln doerfliche
dogge dogo doktorgrad doktorgrades dokument dokumentation dokumentationen dokumente dokumenten
dokumentes dokumentierung dokuments dolmetscher dolmetscherin dolmetscherinnen dolmetschern
dolmetschers domaene domaenen domino donau donaueschingen donnerstag donzdorf doppelbesteuerung
doppelboden doppelbuchstabe doppelbuchstaben doppelfassaden doppelfoerderung doppelgrab
doppelhaeuser doppelhaus doppelleistungen doppelmitgliedschaft doppelte doppelwoche doppik
dorfgebiete dorfgebieten dosen download dozenten draehten draenanlagen drahtseile drainagen
drainagewasser drehen drehleiter dreieck dreifache dreifachen dreimonatsfrist dreissigstel
dreizehnten dresden dringlichkeit dritte drittel dritteln drittels dritten dritter drogen
drohung druck drucklegung druecken dsmeld dualen dueker duengegesetzes duengemittel
duengemitteln duenger duengeverordnung duengung duernau duesseldorf duftstoffen duldung
duldungen dung dunkelheit dunstabzugshauben duplikaten durchbruechen durchdringung
durchdringungen durchfahrt durchfahrten durchfall durchfluss durchfuehrbarkeit durchfuehrende
durchfuehrenden durchfuehrens durchfuehrung durchfuehrungen durchgaenge durchgaengen
durchgaengige durchgaengigen durchgaengigkeit durchgang durchganges durchgangs durchlaesse
durchlaessen durchlaessigkeit durchleiten durchleitung durchmesser durchsage durchsagen
durchsatz durchschnitt durchschnitts durchschrift durchschriften durchsetzung durchsicht
durchstreichungen durchsuchen durchsuchung durchsuchungen dusche duschen dynamik ebene ebenen
eberbach eberdingen ebersbach eberswalde echter echtheit echtzeit ecke ecken eckpunkten
eckwaelden edelmetall edelmetalle edelmetallen edition editionen eegumlage effekt effekte
effekten effektivitaet effizienz effizienzrendite eggenstein egovg ehegatte ehegatten ehegattin
ehegattinnen ehejubilaeen eheleuten ehen ehepartner eheschliessung eheschliessungen ehingen ehre
ehren ehrengabe ehrlich ehrung ehrungen eich eiche eichung eidengesaess eides eidgenossenschaft
eier eigbg eigeltingen eigenanlage eigenanteil eigenanteile eigenanteilen eigenanteils eigenart
eigenarten eigenbedarf eigenbesitz eigenbeteiligung eigenbetrieb eigenbetriebe eigenbetrieben
eigenbetriebes eigenbetriebs eigendynamik eigenerklaerung eigenerklaerungen eigenerzeugung
eigengewicht eigengewinnungsanlage eigenheims eigenjagdbezirk eigenjagdbezirks eigenkapital
eigenkapitals eigenkontrolle eigenleistung eigenleistungen eigenmittel eigenmitteln eigennutzung
eigenschaft eigenschaften eigensicherung eigensiedlung eigentuemer eigentuemerin
eigentuemerinnen eigentuemern eigentuemers eigentum eigentums eigenueberwachung
eigenverantwortlichkeit eigenverantwortung eigenverbrauch eigenverbrauchs eigenversorgung
eigenvorsorge eignung eilbeduerftigkeit eile eilentscheidung eilfaellen eilfall einaescherung
einarbeitung einatmen einbahnstrasse einbahnstrassen einbau einbaus einbauten einbehalt
einbehaltung einberufung einbeziehung einbindung einblick einbringen einbringung einbuergerung
eindaemmung eindecken eindringen eindringens eindruck einengungen einfahren einfahrt einfahrten
einfamilienhaeuser einfamilienhaeusern einfamilienhaus einfassung einfassungen einfluesse
einfluessen einfluss einflusses einflussnahme einforderung einfriedigungen einfriedung
einfriedungen einfuegung einfuehrer einfuehrung einfuellen einfuhr eingabe eingaben eingaenge
eingaengen eingang einganges eingangs eingehung eingewiesene eingewiesenen eingliederung
eingreifen eingreifens eingriff eingriffe eingriffen eingriffs eingruppierung einhaltung
einhausungen einheit einheiten einheitlichkeit einholung einigung einigvtr einkauf einklang
einkommen einkommens einkommensschwaeche einkuenfte einkuenften einkunftsarten einladung
einladungen einlage einlagen einlagerer einlagerung einlass einlegung einleiten einleiter
einleitern einleitung einleitungen einmalzahlung einmalzahlungen einmuendung einmuendungen
einnahme einnahmen einnehmer einordnung einpersonenhaushalten einraeumung einrede einreichen
einreichung einreise einrichtung einrichtungen einruecken einrueckung einsaetze einsaetzen
einsammeln einsammelns einsammlung einsatz einsatzende einsatzes einsatzgeschehen
einsatzleitwagen einsatztauchgaenge einschaetzung einschaetzungen einschaltung einschaltungen
einschiebbare einschluss einschraenkung einschraenkungen einschreiben einschreiten
einschuechterungen einschulung einsender einsenders einsendung einsetzung einsicht einsichtnahme
einsparauflagen einsparung einsparungen einspeisung einsprechenden einspruch einspruchs
einsprueche einspruechen einspurfahrzeugen einsteigen einstellplaetze einstellplaetzen
einstellplatz einstellung einstellungen einstieg einstufung einstufungen einteilung eintraege
eintrag eintrags eintragung eintragungen eintreffen eintreffens eintreffzeit eintreffzeiten
eintretens eintritt eintritte eintritts einuebung einvernehmen einvernehmens einverstaendnis
einverstaendnisses einwaende einweggeschirr einwegverpackungen einweisung einweisungen
einwendungen einwendungsfrist einwerbung einwilligung einwilligungen einwirkung einwirkungen
einwohner einwohnerinnen einwohnern einwohners einwohnerschaft einzahler einzahlung einzahlungen
einzeichnung einzelangaben einzelanlagen einzelanordnung einzelanordnungen einzelantraegen
einzelbaeume einzelbaeumen einzelbauwerke einzelbeihilfe einzelbeihilfen einzelberechnungen
einzelbewerber einzelbewertung einzeldaten einzeldienstes einzelentscheidung einzelfaelle
einzelfaellen einzelfall einzelfalles einzelfalls einzelfoerderung einzelfragen
einzelgenehmigung einzelgrab einzelhaeuser einzelhandel einzelheiten einzelkommunikation
einzelleistung einzelleistungen einzelmassnahme einzelmassnahmen einzelmessung einzelmessungen
einzelmitgliedern einzelnachweis einzelperson einzelpersonen einzelplaene einzelplaenen
einzelplan einzelplans einzelpositionen einzelproben einzelpruefung einzelrechnungen
einzelrichter einzelschuldbuchforderung einzelschuldbuchforderungen einzelstandorte einzelteile
einzelveranstaltungen einzelverfuegung einzelvertrag einzelvertretungsbefugnis einzelvorhaben
einzelweisungen einzelzeichnungen einziehung einzug einzugs einzureichende eisele eisen eisenach
elbe elde elektrizitaet elektroantrieb elektrofahrzeuge elektrog elektroimpulsgeraet
elektroimpulsgeraete elektrokleinstfahrzeug elektrokleinstfahrzeuge elektrokleinstfahrzeugen
elektroladestationen elektrolyseure elektromobilitaet elektromotoren elektronik elektrotechnik
element elementarschaeden elemente elementen elften ellwangen eltern elztal email emaille emden
emission emissionen emittenten emmendingen empfaenger empfaengerin empfaengerinnen empfaengern
empfaengers empfang empfangnahme empfehlung empfehlungen empfindlichkeit emsland endabrechnung
endabrechnungen endamt ende endeinrichtungen endenergiebedarfs endenergieverbrauchs
endentscheidung endes endgeraet endgeraete endgeraeten endgeraetes endgeraets endgrundgehalt
endnutzer endpreis endpunkt endreinigung endurteile endverbraucher endzeitpunktes energie
energieeinsparverordnung energien energiequelle energiesparmassnahmen energieverbraeuche
engagement engagements engagierten engel englisch engpassressourcen enkel entbindung entdeckung
enteignung entfall entfallens entfaltung entfernens entfernung entfernungen entflammen
entflechtung entgasung entgegennahme entgelt entgelte entgelten entgeltes entgelts entity
entkleidung entladen entladestelle entladung entlassung entlassungen entlastung entleerung
entleiher entleihern entleihers entleihung entleihungen entliehene entlohnung entlueftung
entnahme entnahmen entpflichtung entrauchung entrichtung entschaedigung entschaedigungen
entschaedigungspflichtig entscheidung entscheidungen entscheidungsfindung entschliessung
entschluss entschuldigung entsendegesetz entsendegesetzes entsendezulagen entsendung entseuchung
entsiegelung entsorger entsorgung entstaatlichung entstehens entstehung enttarnung entwaesserung
entwarnung entweichen entwertung entwesung entwichener entwicklung entwicklungen
entwicklungstendenzen entwidmung entwuerdigungen entwuerfe entwuerfen entwurf entwurfes entwurfs
entwurfsverfasser entwurfsverfasserin entwurfsverfasserinnen entwurfsverfassern entziehung
entzuendung entzug enzkreis erarbeiten erarbeitung erbbauberechtigte erbbauberechtigten
erbbauberechtigter erbbaurecht erbbaurechte erbbaurechten erbbaurechts erbbauzins erbbauzinsen
erbbauzinses erbe erben erbes erbfall erbfolge erbin erblastentilgungsfonds erbnachweis
erbrechen erbringer erbringung erbschaft erbschaften erdarbeiten erdaufschluesse erdaushub
erdbeben erdbecken erdbestattung erdbestattungen erdboden erde erden erdgas erdgeschoss
erdgeschosses erdgraebern erdoberflaeche erdoel erdreich erdreihengrab erdwaerme ereignis
ereignisse ereignissen ereignisses erfahrung erfahrungen erfassung erfindung erfindungen erfolg
erfolges erfolgs erforderlichkeit erfordernis erfordernisse erfordernissen erfordernisses
erforschung erfrischungszuschuss erfuellung erfurt ergaenzung ergaenzungen ergebnis ergebnisse
ergebnissen ergebnisses ergonomie ergreifung erhalt erhalts erhaltung erhebung erhebungen
erhoehung erhoehungen erholung erinnerung erkaeltungskrankheiten erkennbarkeit erkenntnis
erkenntnisse erkenntnissen erkennung erker erklaerende erklaerenden erklaerung erklaerungen
erkrankte erkrankten erkrankter erkrankung erkrankungen erkundung erkundungen erlaeuterungen
erlaeuterungsbericht erlangung erlass erlasse erlasses erlaubnis erlaubnisnehmer erlaubnisse
erlaubnissen erledigung erleichterten erleichterung erleichterungen erlernen erloes erloeschen
erloeschens erloese erloesen erloeses ermaechtigung ermaechtigungen ermaessigung ermaessigungen
ermahnung ermangelung ermessen ermessens ermittler ermittlerin ermittlern ermittlers ermittlung
ermittlungen ermoeglichung ernaehrung ernennung ernennungen erneuerbare erneuerung erneuerungen
ernte eroeffnung eroerterung eroerterungen erosion erpressung erprobung errechnung erreger
erregern erreichbarkeit erreichbarkeiten erreichen erreichens erreichung errichtung ersatz
ersatzes ersatzstromquelle erscheinens erscheinung erscheinungen erschliessung erschlossene
erschlossensein erschoepfung erschuetterungen erschuetterungsschutz erschwernis erschwernisse
erschwernissen erschwerung ersetzung erstattung erstattungen erste ersteller erstellung ersten
erstreckung ersuchen ersuchens erteilung ertraege ertraegen ertraegnisse ertrag ertuechtigung
erwachsene erwachsenen erwaegt erwaegung erwaegungen erwaehnung erwaermung erwartung erwartungen
erweiterten erweiterter erweiterung erweiterungen erwerb erwerbe erwerber erwerberin erwerbers
erwerbs erwerbung erwirkung erwirtschaftung erzeuger erzeugern erzeugnis erzeugnisse
erzeugnissen erzeugung erzieher erzieherinnen erziehung erziehungsberechtigen erzielung
erzwingung erzwingungshaft esche espanol essen esslingen estg estrich ethanol ethik etikett
etiketten etikettierung euratom euro europa europaeisch europaeische europaeischen europaeischer
europaeisches europarechtliche europas european europol evakuierung evakuierungen evaluation
evaluationen evaluierung evidenz exemplar exemplare exemplaren existenz exklave exkursionen
experten expertinnen explosion explosionen explosivmittel explosivmitteln explosivstoffe
explosivstoffen exposition extraktion extremismuspraevention extremwetterereignissen fach
fachleute fachleuten faecher faechern faehigkeit faehigkeiten faehren faekalienhaltiges
faekalschlamm faelle faellen faelligkeit faelligkeiten faellung faelschung faerben fahndung
fahne fahnen fahr fahren fahrende fahrenden fahrer fahrerin fahrerkabine fahrers
fahrgastunterstaende fahrgestell fahrkoerbe fahrlaessigkeit fahrmanoever fahrradstaender
fahrrinne fahrt fahrten fahrtenschreiber fahrtenschreibern fahrtenschreibers
fahrtrichtungsanzeiger fahrzeug fahrzeugflotte fahrzeugfuehrenden fahrzeuglaengsmittelebene
fahrzeugs fahrzeugtyp fahrzeugwaagen faksimile fakten faktor faktoren faktors fall falle falles
fallweise falschalarm falschalarme falschalarmen falschgeld faltung famfg familie familien
familiengrabstatte fang farbe farben farbgebung farne fasern fassade fassaden fassung fassungen
fauna faxnummer federfuehrung federwild fehlalarm fehlanschluesse fehlbedarf fehlbetraege
fehlbetraegen fehlbetrag fehlbetrags fehleinsaetze fehlen fehlentwicklung fehler
fehlerhaftigkeit fehlern fehlers fehlfunktion fehlfunktionen fehlgeburt fehlgeburten fehlgeld
fehlmenge fehlsubventionierung fehlverhalten fehlzeiten fehmarn fehmarnbeltquerung feiern
feiertag feiertage feiertagen feilbieten feinerschliessung feld felder feldern feldes feldraine
felis felsbildungen felsen fenster fensterlose fenstern fensters ferien ferienhaeuser ferkel
fernbleiben fernbleibens fernidentifizierung fernkaelte fernkommunikationsmitteln fernleihe
fernleitungen fernleitungsnetz fernleitungsnetzen fernlicht fernmeldedienst fernmeldegeheimnis
fernmeldegeheimnisses fernmeldeorganisation fernmeldeskizze fernmeldetechnischen
fernmeldeverbindungen fernmeldewesen fernmeldewesens fernsehaufnahmen fernsehen fernseher
fernsehgeraete fernsprechleitungen fernstrassen ferntransport fernverkehr fernverkehrs
fernwaerme fertigbauweise fertigerzeugnissen fertigkeiten fertigstellung fertigteile
fertigteilen fertigung fesseln festanteilsfoerderung festbetraege festbetraegen festbetrag
festbetrags festhalten festigkeit festigung festlandsockel festlandsockels festlaufzeit
festlegung festlegungen festmetern festnahme festpreise festpunkt festsetzung festsetzungen
feststellbarkeit feststellung feststellungen feststoffe feststoffen feststoffrueckhalt fett
fette fetten fettsaeuremethylester feuchte feuchtigkeit feuchtwiesen feuer feuerloeschanlage
feuerloeschanschluesse feuerloescheinrichtungen feuerloeschen feuerloescher
feuerloeschkreiselpumpe feuerloeschwesen feuers feuerung feuerwehrbeil feuerwehrhaeuser fichte
fichten fieber fiktionsbescheinigung fila filme filmen fils filter filtration finanzaemter
finanzaemtern finanzamt finanzamtes finanzamts finanzanlagen finanzausgleich finanzausschuss
finanzausschusses finanzbedarf finanzbedarfs finanzbehoerde finanzbehoerden
finanzdienstleistungen finanzdienstleistungsaufsicht finanzen finanzgericht finanzgerichts
finanzgerichtsbarkeit finanzgeschaefte finanzhaushalt finanzhaushalts finanzhilfen finanzierung
finanzierungen finanzinstitute finanzkontrolle finanzkraft finanzlage finanzmanagement
finanzminister finanzministerium finanzministeriums finanzmittel finanzmitteln finanzmonopole
finanzplan finanzplans finanzplanung finanzrechnung finanztransaktionsuntersuchungen
finanzverantwortung finanzverfassung finanzvermoegen finanzverwaltung finanzwesen
finanzwirtschaft finanzzuweisungen finder findmittel finger fingerabdruecke fingerkuppe finnland
firewall firma firmen firsthoehe fische fischen fischer fischerei fischereiaufseher fischg
fischsterben fiskus fitness fixierung flachdach flachdaechern flaeche flaechen flagge flaggen
flamme flasche flaschen flechten fleisch fleischer flensburg flexibilisierung flexibilitaet
fliegende fliegenden fliegender fliesen fliessgeschwindigkeit fliessgewaesser fliessgewaessern
fliessrichtung fliesstext fliesszeit flik flora flucht flueag fluechtling fluechtlinge
fluechtlingen fluessen fluessiggas fluessigkeit fluessigkeiten flugblaetter flugfeuer fluggaeste
flughaefen flughafen flugplaetze flugplaetzen flugplatz flugsicherung flugverkehr flugverkehrs
flugzeugen fluorid flur flurbg flure fluren fluss flutlichtmasten foederalismusreform
foederativen foerderangebote foerderanlagen foerderantraege foerderantraegen foerderantrag
foerderantrags foerderausschluss foerderbank foerderbedarf foerderbedingungen foerderbereich
foerderbereiche foerderbereichen foerderbescheid foerderbestimmungen foerderbetraegen
foerderbetrag foerderdarlehen foerderdarlehens foerderdauer foerderempfaenger foerderempfaengers
foerderentscheidung foerderfaehige foerderfaehigkeit foerdergeber foerdergebiete
foerdergegenstaende foerdergrundsaetze foerderhoechstbetrag foerderhoehe foerderjahr
foerderjahres foerderkriterien foerderkurse foerderlinie foerdermassnahme foerdermassnahmen
foerdermittel foerdermitteln foerdermoeglichkeiten foerdernehmer foerderperiode foerderprogramm
foerderprogramme foerderprogrammen foerderprogramms foerderquote foerderrichtlinie
foerderrichtlinien foerdersaetze foerdersatz foerdersatzes foerderschulen foerderschwerpunkt
foerderschwerpunkten foerderstrecken foerdersumme foerdersummen foerdertatbestaende foerderung
foerderungen foerderungsfaehige foerderverfahren foerderverfahrens foerdervolumen
foerdervoraussetzung foerdervoraussetzungen foerdervorrang foerderwegweiser foerderzeitraum
foerderzeitraums foerderziel foerderzusage foerderzusagen foerderzweck fokus folge folgen
folgendes folgerungen folien fonds force forces forderung forderungen form format formate
formaten formats formel formen formular formulare formularen formulars formulieren formulierung
formulierungen forschung forst forsten forstwirte forstwirten fortbestand fortbestehens
fortbewegen fortbewegungsmittel fortbewegungsmitteln fortbildung fortbildungen fortdauer
fortentwicklung fortfall fortfuehrung fortgang fortgeltung fortkommen fortleiten fortleitung
fortschreiben fortschreibung fortschreibungen fortschritt fortschritte fortschritts fortsetzung
fortzahlung forum foto fotografieren fotos foyer foyers fracht frachten frage frageboegen fragen
fragende fraktion fraktionen franken frankfurt frankreich franzoesisch franzoesische
franzoesischen frau frauen freie freien freigabe freigebigkeitsleistungen freihalten freihaltung
freiheit freiheiten freilandhaltung freilassung freilegung freischaltung freiwerden freiwillige
freiwilligen freiwilligkeit freizuegigkeit fremdanteilen fremdenbeherbergung fremdenverkehr
fremdfinanzierungskosten fremdkapital fremdmittel fremdrentengesetz fremdrentengesetzes
fremdsprache fremdsprachen fremdueberwachung frequenz frequenzen freudenstadt frieden friedens
friedensliebe friedhoefe friedhoefen friedhof friedhofes friedhofs friedrich frischwassermenge
frischwassermengen frischwasserverbrauch frist fristen frittieren frost frostperiode fruchtfolge
fruechte frueherkennung fruehfoerderstellen fruehfoerderung fruehgeburten fruehstueck
fruehwarnungen fstrg fuechse fuehrens fuehrer fuehrerin fuehrers fuehrung fuehrungsstile
fuellanlagen fuelldruck fuellen fuellraum fuellung fuenffache fuenfjahreszeitraum fuenfte
fuenftel fuenfteln fuenften fuenftes fuersorge fuerstenwalde fuerth fuesse fuettern fuetterung
fugen fuhrpark fuhrunternehmer fuhrwerke fulda fund fundament fundamente fundamenten
fundamentierung funden funk funkenflug funktion funktionalitaet funktionalitaeten
funktionalreform funktionen funktionieren funktionsweise funktionsweisen furane furanen fusion
fuss fussbaelle fussgaenger fussgaengern futter fwdv gadebusch gaenge gaengen
gaerfutterbehaelter gaerten gaertner gaertnereien gaeste gaesten gaienhofen gailingen gamander
gamma gammelshausen gang gangs ganzen ganzes ganztagesbetreuung ganztagsangeboten
ganztagsbetreuung ganztagsbetrieb ganztagsbetriebs ganztagsplaetze ganztagsplaetzen
ganztagsschulen garage garagen garantie garantien gardelegen garderobe garten gartenhaeuser gase
gasen gases gast gastg gastroenteritis gastronomie gastvo gateway gateways gauss gavo gebaerden
gebaeude gebaeudeautomation gebaeudehuelle gebaeuden gebaeudereiniger gebaeudes gebeine gebeinen
gebiet gebiete gebieten gebietes gebiets gebinde gebinden gebirge gebot gebote gebots gebrauch
gebrauchs gebuehr gebuehren gebuesche gebuhren geburt gedanken gedenken gedenkfeier
gedenkplatten gedenkstaetten gedenksteine gedenktafel geeignetheit gefaehrderanschreiben
gefaehrderansprache gefaehrdetenansprache gefaehrdung gefaehrdungen gefaehrdungspotentials
gefaehrlichkeit gefaelle gefaess gefaesse gefaessen gefahr gefahren gefahrenpotential gefahrgut
gefangene gefangenen gefangener gefangenschaft gefluechtete gefluechteten gefluegel
gefluegelhaltung gefriergeraete gefuege gegebenheiten gegend gegendarstellung gegenfinanzierung
gegenleistung gegenmassnahmen gegenrechnung gegenrichtung gegensatz gegenseitigkeit gegenstaende
gegenstaenden gegenstand gegenstandes gegenstands gegenueberstellung gegenverkehr gegenverkehrs
gegenvorstellung gegenwart gegenwert gegenzug gegner gehaelter gehaeltern gehaeuse gehalt
gehaltes gehalts gehbehinderung gehege geheges geheimhaltung geheimnis geheimnisse geheimnissen
geheimnisses geheimschutz geheimschutzes gehende gehenden gehfaehigkeit gehilfen gehobener
gehoelze gehoelzen gehoer gehoers gehweg gehwege gehwegen gehweges gehwegs geislingen geislitz
geist geiste geistliche geistlichen geistlicher gelaende gelaender gelaendern gelaendes gelb
gelbsucht geld gelder geldes geldoder gelegenheit gelingen gelnhausen geloebnis geltendmachung
geltung gemarkung gemarkungen gemeinbedarf gemeinbedarfsflachen gemeinde gemeindebrandinspektor
gemeindebrandinspektors gemeinden gemeinderaetinnen gemeingebrauch gemeingebrauchs gemeinkosten
gemeinnuetzigkeit gemeinschaft gemeinschaften gemeinwesen gemeinwesens gemeinwohl gemeinwohls
gemengelage gemessene gemhvo gemisch gemische gemischen gemkvo gemo gemuese genauigkeit
genehmigung genehmigungen genehmigungsbeduerftigkeit genehmigungsfiktion generalbundesanwalt
generaldirektion generalklausel generalkonsulat generalkonsulate generalversammlung
generalwildwegeplan generalwildwegeplans generalzolldirektion generation generationen
generierung genesung genfer genossen genossenschaft genossenschaften gentechnikgesetzes genuege
genuss geobasisdaten geodaten geodetic geoinformation geoinformationen geologie geometrie
georeferenzierung geotechnik geothermie geowissenschaften gepaeck gepaecks gepflogenheiten
gepruefte gepruefter gera geradeaus geraden geraet geraete geraeten geraetes geraetewart
geraetewarte geraetewarts geraets geraetschaften geraeusche geraeuschen gerechtigkeit gericht
gerichte gerichten gerichtes gerichts gerichtsbarkeit gerichtshoefe gerichtsvollzieher
gerichtsvollzieherin gerichtsvollzieherinnen gerichtsvollziehern gerichtsvollziehers
geroellhalden geruch gerueche geruempel gerueste geruesten gesamtabwaegung gesamtanlage
gesamtanlagen gesamtanzahl gesamtaufkommen gesamtauftrag gesamtaufwendungen gesamtausgabe
gesamtausgaben gesamtauszahlungen gesamtbaukosten gesamtbedarf gesamtbestand gesamtbestandes
gesamtbetraege gesamtbetrag gesamtbetrags gesamtbetrieb gesamtbeurteilung gesamtbewertung
gesamtbezeichnung gesamtbild gesamtbreite gesamtbudgets gesamtcharakter gesamtdauer
gesamtdeckung gesamtdienstzeit gesamteinkommen gesamteinkommens gesamteinsatzleiter
gesamteinsatzleiterin gesamteinsatzleitung gesamtelternbeirat gesamtenergieeffizienz
gesamtentgelt gesamtentgelts gesamtentwicklung gesamtergebnis gesamtergebnisses
gesamtertragslage gesamtfinanzierung gesamtfinanzlage gesamtflaeche gesamtfoerdersumme
gesamtfuehrung gesamtgespraechsdienst gesamtgestaltung gesamtgewicht gesamthaender gesamthand
gesamthaushalt gesamthaushalts gesamtheit gesamthoehe gesamtkapazitaet gesamtkohlenstoff
gesamtkonzept gesamtkonzeption gesamtkonzepts gesamtkosten gesamtlaenge gesamtlage
gesamtlehrerkonferenz gesamtlehrerkonferenzen gesamtleistung gesamtleitung gesamtmasse
gesamtmassen gesamtmassnahme gesamtmenge gesamtnote gesamtpersoenlichkeit gesamtpersonalrat
gesamtpersonalrats gesamtplan gesamtplanung gesamtpreis gesamtquerschnitt gesamtraums
gesamtrechnung gesamtrechtsnachfolge gesamtrechtsnachfolger gesamtschuld gesamtschuldner
gesamtschuldnerinnen gesamtschuldnern gesamtsituation gesamtsozialversicherungsbeitrag
gesamtsporthalle gesamtstaub gesamtstimmenzahlen gesamtsumme gesamtueberblick gesamtumfang
gesamtumstaende gesamtverantwortliche gesamtverantwortung gesamtverkehrssystems
gesamtvermoegenslage gesamtversorgung gesamtverwaltungskosten gesamtvolumen gesamtvorhabens
gesamtvorhaltung gesamtwehr gesamtwert gesamtwerts gesamtwirkung gesamtwuerdigung gesamtzahl
gesamtzeit gesamtzuwendung geschaedigte geschaedigten geschaedigter geschaeft geschaefte
geschaeften geschaefts geschaeftsfaehigen geschaeftshaeuser geschaeftsunfaehigen geschenke
geschenken geschichte geschicklichkeitsfahren geschirr geschlecht geschlechter geschlechtern
geschlechts gescho geschoss geschosse geschossen geschosses geschwindigkeit geschwindigkeiten
geschwindigkeitsmesser geschwister geschwistern gesellen geselligkeit gesellschaft
gesellschaften gesellschafter gesellschafterin gesellschaftern gesellschafters gesetz gesetze
gesetzen gesetzes gesetzgeber gesetzgebung gesetzmaessigkeit gesetzwidrigkeit gesetzwidrigkeiten
gesicht gesichts gesimse gesinnung gespann gespraech gespraeche gespraechen gespraechs gestalt
gestaltung gestaltungen gestattung gestattungen gestehungskosten gesteine gesteinskoernungen
gestellung gesuchen gesuchsteller gesundheit getoetete getoeteten getraenk getraenke getraenken
getrenntes gewaechshaeuser gewaehlte gewaehr gewaehrung gewaesser gewaessern gewaesseroekologie
gewaessers gewahrsam gewahrsams gewalt gewaltherrschaft geweben gewehr gewerbe
gewerbelegitimationskarte gewerben gewerbes gewerbetreibende gewerbetreibenden gewerbetreibender
gewerkschaft gewerkschaften gewicht gewichte gewichts gewichtung gewinn gewinne gewinnen gewinns
gewinnung gewissen gewissheit gewitter gewo gewoehnungsuebungen giebelflaeche giebelflaechen
giessen giesskannen gift gifte giften gigajoule gigawattstunden gips girozentrale glaeser
glaette glaeubiger glaeubigerin glaeubigern glaeubigers glas glatteis glauben glaubens
glaubhaftmachung glauchau gleiche gleichgestellte gleichgestellter gleichheit gleichmaessigkeit
gleichung gleichungen gleisanlagen gleitschutzprofile gleitzeit glemstalschule glied gliederung
gliederungen global globale gluecksspiel gluecksspiele gmbh gmbhg gmuend gnadenrecht goeppingen
goerlitz goettingen gold gotha gott gottmadingen governance government governments grab
grabbeete graben grabens grabes grabmal grabmale grabmalen grabmals grabstatten grabungen
grabungsschutzgebiete grabungsschutzgebieten grabzwischenwege grad grade grades graeben graeber
graebern grafenhausen gramm gras gratifikationen greifswald greifvoegeln greiz gremien gremium
gremiums grenze grenzen grenzt grevesmuehlen grillplaetze groben groesse groessen groetzingen
gross grossbritannien grossen grube gruben gruefte gruen gruende gruenden gruendung gruenem
gruenen grund grunde grundes grundlegende grundsaetzliches grundschulfoerderklasse
grundschulfoerderklassen gruppe gruppen gruppierung gruppierungen guelle gueltigkeit guenzburg
guertel guestrow guete gueter guetern guetersloh gunsten gussasphalt gutach gutachten gutachtens
gutachter gutachterin gutachtern guthaben guthabens gutschein gutscheine gutscheinen gutscheins
gutschrift gutschriften gutstunden gymnasien gymnasium gymnasiums gymnastikhallen
gymnastikraeume gymnastikraum gymnastikraums haager haare habitat habitate haefen
haeftlingshilfegesetzes haelfte haende haenden haendler haendlern haengen haerte haerten
haeufigkeit haeufung haeusern haeuslichkeit hafen hafens haft haftende haftung hagenow hain
hainsimsen haken halbjahr halbmesser halbsaetze halbsatz halbsatzes halbstundenmittelwert halden
hall halle hallen hallenbelegungsheft hallenwart halm halogenverbindungen haltegurt halteleine
haltende haltens halter halterin haltern halters halterungen haltestelle haltestellen haltverbot
haltverbots hamburg hamburgische hamburgischen hamburgs hammer hand handel handeln handelnde
handelnden handelns handels handgranaten handhabung handlaeufe handlung handlungen handschlag
handtuchspender hangneigung hannover hansestadt hardthof hardware harmersbach harmonisierung
hartholz harz hasel haslach hattenhofen haufen hauptabsperrvorrichtung hauptamt hauptanspruch
hauptantrag hauptauftragnehmers hauptbeschaeftigung hauptbetrag hauptbrandmeister hauptbuch
hauptdaemme haupteisenbahnstrecken hauptfeststellung hauptforderung hauptfriedhof
hauptfuersorgestellen hauptleitung hauptleitungen hauptniederlassung hauptnutzung hauptorgan
hauptpersonalraete hauptpersonalrat hauptpersonalrats hauptquartiere hauptsache hauptsatzung
hauptschule hauptschulen hauptschwerbehindertenvertretung hauptsitz hauptstadt haupttaetigkeit
hauptveranlagung hauptverfahren hauptverfahrens hauptverhandlung hauptverkehrsstrassen
hauptversammlung hauptversammlungen hauptverwaltung hauptwahl hauptwohnsitz hauptwohnung
hauptzollaemter hauptzollaemtern hauptzollamt hauptzugang hauptzweck haus hausach hause hausen
hauses hausgenosse haushalt haushalte haushalten haushaltes haushalts haushaltsdisziplin
haushaltungen haut havel hebamme hebammen hebeanlagen hebebuehnen hebel heben hebesaetze
hebesatz hebesatzes hebezeuge hebung hechingen hecken heckenkirsche hege hehlerei heidelberg
heidenheim heilbehandlung heilbehandlungen heilberufe heilbronn heilfuersorge heilhilfsberufe
heiligabend heilkur heilkuren heilmittel heilmitteln heilpraktiker heilquellen heilung
heilverfahren heim heimat heime heimen heiningen heinrich heizen heizenergie heizkessel
heizkoerper heizkosten heizluefter heizoel heizraeume heizsystem heizung heizungen hektar
helfenden helfer helferin helferinnen helfern helfers helgoland helmholtz helmut hemmingen
hemmnisse hemmung hemmungen hemsbach hennef hepatitis heptan herabfallen herabfallens
herabsetzung heranfuehrung herangezogenen heranwachsende heranwachsenden heranziehung
heraufsetzung herausforderungen herausgabe herausnahme herbeifuehrens herbeifuehrung hergabe
hergang herkommen herkunft herleitung hermann herrichten herrichtung herstellen hersteller
herstellerin herstellern herstellers herstellung herz hess hessen hessische hessischen
hessisches heubach heuss hgrg hiebsmassnahmen hiebsvollzug hilfe hilfebeduerftigkeit hilfen
hilflosigkeit hilfsbeduerftige hilfsbetriebe hilfsdienst hilfsdienste hilfsdienstes hilfsfrist
hilfsfristen hilfskraefte hilfskraeften hilfskraft hilfsmassnahmen hilfsmerkmale hilfsmerkmalen
hilfsmittel hilfsmitteln hilfsmittels hilfsmotor hilfsorganisation hilfsorganisationen
hilfsperson hilfspersonal hilfspersonals hilfspersonen hilfspolizeibeamte hilfspolizeibeamten
hilfspolizeibeamtinnen hilfsstoffe hilfsstoffen hilfstaetigkeiten hilfswerk hilfswerkes
hilfswerks hilzingen himmel hinausschieben hinausschiebung hinblick hindernis hindernisse
hindernissen hindernisses hinderungsgruende hinderungsgrund hinderungsgrundes hingabe hinsicht
hinterbliebene hinterbliebenen hintergruende hintergrund hinterlegung hinterlieger hinterziehung
hinweis hinweise hinweisen hinweises hinweisgeber hinweisgeberinnen hinweisgebern hinzurechnung
hinzurechnungen hinzutreten hinzuziehung historisches hitze hochbau hochbauten hochbegabte
hochbord hochdorf hochhaeuser hochhaeusern hochrechnung hochrhein hochschule hochschulen
hochschullehrerin hochschulreife hochschwarzwald hochstetten hochwald hochwasser
hoechstaltersgrenze hoechstarbeitszeit hoechstarbeitszeiten hoechstbetraege hoechstbetraegen
hoechstbetrag hoechstbetrages hoechstbetrags hoechstdauer hoechstfristen hoechstgeschwindigkeit
hoechstgrenze hoechstgrenzen hoechsthebesaetze hoechstmass hoechstmasse hoechstpreise
hoechstsaetze hoechstsatz hoechststrafe hoechstwert hoechstwerte hoechstwerten hoechstwerts
hoechstzahl hoechstzahlen hoechstzinssatz hoehe hoehen hoehergruppierung hoeherverzinsung
hoehlen hoerbehinderungen hoerfunk hoheitsgebiet hoheitsgebiets hoheitsgewaessern hoheitsgewalt
hoheitsrechte hoheitstraeger hohenfels hohenlohekreis hohenschoenhausen hohenstadt hohenstein
hohentengen hohenzollern hohlraeume hohlraeumen hohlraum holme holmen holocaust holstein
holsystem holunder holz holzbaurl holzbringung holzeinschlag holzeinschlags holzes homepage
hondt honorar honorare honorars horizontalachse horn horstbaeume horte horten hospitationen
hotels hotelzimmer hoyerswerda hubrettungsfahrzeuge hubrettungsfahrzeugen hubschrauber
hubschraubern huefingen huegel huellrohr huendin huetten humanes humusgehalt hund hunde
hundehaltung hundekot hunden hundert hundes hundezuechter hundezuechtern hydranten hydrodynamik
hydrographie hygiene hypothek hypotheken identifier identifikation identifizierung identitaet
ifsg iller illingen ilmenau imbissstaende imkerei immissionen immissionsbeitrag
immissionsbelastung immissionsgrenzwerte immissionsschutz immissionsschutzes immissionswerte
immobiliar immobilie immobilien immundefizienzvirus immunitaet immunschutz impfausweis
impfberatung impfkommission impfschutz impfschutzes impfstatus impfstoffe implementierung
inanspruchnahme inanspruchnahmen inaugenscheinnahme inbetriebnahme inbetriebnehmen
inbetriebsetzung indexreihen indikation indikatoren indirekteinleiter indirekteinleitung
individualverkehr individualverkehrs individuen indiz indizes indizien indossament industrie
industrieund ineinandergreifen inertabfaelle infektion infektionen information informationen
informationsgeber infrastruktur infrastrukturen ingebrauchnahme ingenieur ingenieure ingenieuren
ingenieurinnen ingewahrsamnahme inhaber inhaberin inhaberinnen inhabern inhabers inhalt inhalte
inhalten inhalts initiative initiativen initiierung inklusion inkraftsetzung inkrafttreten
inkrafttretens inlaender inlaendern inland inline innenarchitekten innenarchitektin
innenarchitektinnen innenarchitektur innenausbau innenbereich innendurchmesser innenentwicklung
innenhoefen innenminister innenministerium innenministeriums innenministers innenraeume
innenraeumen innenseite innenstadt innenverhaeltnis innenwaende inneres innern innovation
innovationen innungskrankenkasse innungskrankenkassen insassen inschrift inschriften insel
inseln insolvenz inspektion inspektionen installation installationen instandhalten
instandhaltung instandhaltungen instandsetzen instandsetzung instandsetzungen instanz institut
institute instituten institution institutionen instituts instrument instrumentarium instrumente
instrumenten integration integrationsmanager integrationsmanagerin integrationsmanagerinnen
integrieren integrierte integrierten integritaet intelligente intelligenter intelligenz
intendant intendanten intensitaet intensivpflegebedarf intensivtransport intensivtransporte
intensivtransporten interaktion interesse interessen interessenkonflikt interessenten
interessenwiderstreit interesses interessierte intermediaere interministeriellen internat
internate international internationalem internationales internet internetauftritt
interoperabilitaet interpolation interventionskategorien interviews intimsphaere intranet
invaliditaet inventar inventars inventur inverkehrbringen inverkehrbringens inverkehrbringer
investition investitionen investmentfonds investmentvermoegen investor irrtum isny isoliergeraet
isoliergeraete isoliergeraeten istzustands italien italienisch jacke jaeger jagd jagdaufsehern
jagden jagdgenosse jagst jahr jahre jahren jahres jahresende jahresheizwaermebedarf
jahreshoechstleistung jalousien jarbschg jauche jedermannverkehrs jena jobcenter johanniter
journal jubilaeumsdienstzeit jubilaeumsgabe jubilaeumszuwendungen juden juedisches jugend
jugendfeuerwehrwart jugendfeuerwehrwarte jugendfeuerwehrwartes jugendfeuerwehrwartin
jugendfeuerwehrwartinnen jugendherberge jugendherbergen jugendliche jugendlichen jugendlicher
jugendschoeffen jugendwart jugoslawien jungbestandspflege junghennen jungtiere juniorklasse
juniorklassen juniorprofessoren jura jury justiz justizwachtmeister justizwachtmeisterin kabel
kabeln kabinen kabinettsvorlage kabinettsvorlagen kaelte kaemmerei kaemmerer kaeufer kaeuferin
kaeufers kaffee kahlhieb kahlhiebe kahlhieben kaiserslautern kaiserstuhl kalender kaliber
kalibrierung kalibrierungen kalk kalkulation kalkulationen kalkulationsschemata kaltmiete kamera
kameradschaft kameras kamine kammer kammern kampagne kampfhund kampfhunde kampfhunden
kampfhundes kampfmittel kampfmitteln kampfstoffen kanada kanaele kanaelen kanal kanalisation
kanals kandidat kandidaten kandidatin kandidatinnen kaninchen kante kanten kantinen kapazitaet
kapazitaeten kapitaen kapitaene kapital kapitalrendite kapitals kapitel kapiteln kapitels kappel
karbid karlsbad karlsruhe karlsruher karte karteien kartellbehoerde karten kartieren
kartierungen karton kartonagen kasse kassel kassen kassenaerztliche kassenistbestand
kassensollbestand kassenzahnaerztlichen kasten kastration katalog kataloge katalogen katalogs
kataster katastrophe katastrophen katastrophenvoralarm kategorie kategorien kategorisierung
kationen kats katze katzen kauf kauffahrteischiffe kauffahrteischiffen kausalitaetsanforderungen
kaution kautschuk kehl kehricht kelheim kellergeschoss kellergeschosse kellergeschossen
kellergeschosses kellerlichtschaechte kelvin kempten kenn kenntlichmachung kenntnis kenntnisgabe
kenntnisnahme kenntnisse kenntnissen kennung kennungen kennzeichenlesesysteme keramik
kernarbeitszeit kernbereich kernbereichs kernbrennstoffe kernbrennstoffen kernenergie
kerngebiete kerngebieten kerngebiets kernstadt kerntaetigkeit kernzeitenbetreuung kernzonen
kerzen ketsch kette ketten keuchhusten kiefer kies kiesschuettdaecher kilogramm kilometer
kilometern kilovolt kilowatt kind kinde kinder kinderlaehmung kindern kindertagesstatte
kindertagesstatten kindes kinzig kioske kippen kirche kirchen kirchendiener kirrung kisten kita
kitag klaeger klaegerin klaegers klaeranlage klaeranlagen klaeren klaergas klaerschlaemme
klaerschlamm klaerschlamms klaerung klaerwerk klaerwerke klaerwerks klage klagen klammer
klammern klarheit klarstellung klartext klasse klassen klassifikation klassifizierung
klassifizierungen klausel klauseln klausenhorn klausur klausuren kleidung klein kleinraeumige
kleinstunternehmen klettgau klima klimag klimapakt klimas klimaund klinik kliniken klinikums
kloestern kloetze knappschaft knochensteine knopf knoten koblenz koch kocher kochnische
kochnischen kodex kodierung koehlbrandes koeln koelpinsee koenigreich koenigreichs koenigsteiner
koerper koerpers koerperschaft koerperschaften koethen koffer kofinanzierung kohaerenz
kohaesionsfonds kohle kohlendioxid kohlenmonoxid kohlenmonoxyd kohlenstoffdioxid kolleg kollegen
kollegialorgan kollegs kollektivvereinbarung kollektivvereinbarungen kombinate kombination
kombinationen komm komma kommandant kommandanten kommanditgesellschaft kommanditgesellschaften
kommando kommandos kommission kommissionen kommissionieren kommunal kommunales kommune kommunen
kommunikation kompensation kompetenz kompetenzen komplexitaet komplexleistung komplikationen
komponente komponenten kompost komprimierter komwg kondensat konditionalitaet konditionalitaeten
konditionen konditionierung konditionsraum konditoreien konferenz konferenzen konfiguration
konflikte konflikten konformitaet kongresse konjunkturausgleichsruecklagen konkretisieren
konkretisierung konkretisierungen konkurrenz konsens konsequenzen konsistenz konsolidierung
konstanz konstanzer konstruktion konstruktionen konsularbeamten konsulat konsulate konsulaten
konsulats konsultation konsultationen konsum konsums kontakt kontakte kontakten kontamination
kontaminationen konten kontext kontingentstundentafel kontinuitaet konto kontos
kontrahierungszwang kontraindikation kontrast kontrolle kontrollen kontrollieren kontrollierens
konvention konzentrate konzentration konzentrationen konzept konzepte konzepten konzeptes
konzeption konzeptionen konzepts konzern konzerns konzerte konzession konzessionen
konzessionsgeber konzessionsgebern konzessionsnehmer konzil kooperation kooperationen
koordinaten koordination koordinator koordinatoren koordinatorin koordinators koordinierende
koordinierung kopf kopfende kopfes kopflaeusen kopie kopien kopierens koppelung kopplung korb
kordel korngroessenverteilung korntal kornwestheim korrektur korrekturen korridor
korruptionsstraftat korruptionsverhuetung kost kostbarkeiten kosten kostendaempfungspauschale
kraefte kraeften kraenze kraeuter kraeutern kraft kraftloserklaerung kraftomnibus krane kranke
kranken krankenhaeuser krankenpflegerin krankentrage krankentragen krankheit krankheiten
krankheitskeimen krankheitsverdaechtigen krautwasser kredit kredite krediten kredits kreis
kreisbrandinspektor kreisbrandinspektoren kreisbrandinspektorin kreisbrandinspektorinnen
kreisbrandinspektors kreise kreisen kreises kreisraetinnen kreuz kreuzdorn kreuzes kreuzlingen
kreuzung kreuzungen krieges kriegsdienstverweigerer kriegsopferfuersorge kriegsopferversorgung
kriegsverbrechen kriegswaffen kriminalitaet kriminalpolizei kriminalpraevention
kriminalstatistik krippe krise kriterien kriterium kritik kritischen kritischer krone kronen
krueger krummen krwg kubatur kubikmeter kubikmetern kuchen kuebelspritze kueche kuechen
kuechentechnische kuehe kuehlanlagen kuehlen kuehlraeume kuehlung kuehlwasser kuehlzelle
kuendigung kuendigungen kuenste kuenstlerisch kuenstlername kuenstlernamen kuenstlersozialabgabe
kuenstlersozialkasse kuenstlersozialversicherungsgesetzes kuerze kuerzung kuerzungen kueste
kugelschreiber kultur kulturen kulturgut kultus kumulierung kunde kunden kundenorientierte
kundgabe kundgebungen kunst kupfer kuppen kupplung kupplungen kuratorium kuratoriums
kurbeitraegen kureinrichtungen kuren kurgebieten kurorte kurorten kurs kurse kursen kurses
kurtaxe kurve kurven kurzarbeit kurzarrest kurzbeschreibung kurzbezeichnung kurzbezeichnungen
kurzform kurzpausen kurzumtriebsplantagen kurzzeitpflege labfg labkraut labor laboratorien
labore labors lacke ladeflaeche ladeinfrastruktur ladengeschaeften ladenoeffnung ladenstrassen
laderaeumen ladestationen ladoeg ladung ladungen laeden laender laendern laendlichen laendlicher
laenge laengen laengsrichtung laengsseite laerche laerm laerms lage lagen lager lagerei lagergut
lagergutes lagerhaeuser lagerhaltung lagern lagerns lagerung lahn lahr laichingen lampe lampen
land lande landes landesdisziplinargesetz landesdisziplinargesetzes landesgesetzliche
landeskriminalaemter landeskriminalamt landeskriminalamtes landeskriminalamts landesoberbehoerde
landesoberbehoerden landesoberkasse landesweiter landgestuets landraetin landraetinnen
landschaft landschaften landschaftspflegerischen landschaftspflegerischer landwirte landwirten
langarm langlebigkeit last lasten laternen laub laube lauben laudenbach lauf laufe laufens laufs
laugen laute lauxmann lbeamtvgbw lbesgbw leasing leasinggeber leben lebens lebenshaltung
lebensmittelchemiker lebensweise lebenszyklus lebewesen lederabfaelle lederbekleidung leerstand
leerstelle leerstellen leerung leerzeichen legal legende legierungen legislaturperiode lehm
lehnt lehre lehrende lehrender lehrer lehrern lehrers lehrlinge lehrpfade lehrpfaden leib leiche
leichen leichtbauweise leichtfertige leichtfluechtige leichtfluessigkeiten leichtigkeit leiden
leiharbeitnehmer leiharbeitnehmerin leiharbeitnehmerinnen leiharbeitnehmern leiharbeitnehmers
leiharbeitsverhaeltnis leihfrist leihfristen leine leinen leipzig leipziger leistung leistungen
leistungs leistungsberechtigt leistungserbringerin leistungsspange leitbilder leitborde
leiteinrichtungen leitende leitenden leiter leiterin leiterinnen leitern leiters leitfaden
leitfadens leitfaeden leitkegel leitlinie leitlinien leitpfosten leitschwellen leitstelle
leitstellen leitstellendisponenten leitung leitungen leitungsschlitze leitvorstellung lenkung
leopoldshafen lernen lernens lernentwicklungsbericht lernentwicklungsberichte
lernentwicklungsberichts lernfoerderung lernformen lerngruppe lerngruppen lerninhalte
lerninhalten lernmethoden lernmittel lernmitteln lernunterlagen lernziel lernziele lernzielen
lesbarkeit lesefassung lesen lesens lesesaal letztempfaenger letztempfaengerin letztempfaengers
letztverbraucher letztverbrauchern leuchte leuchten leuchtstoffroehren leuchtturmcharakter
leuchtturmfoerderung leutkirch lfdi lgastg lgebg licht lichtkuppeln lichtquelle liebenwerda
liebesverhaeltnisse liechtenstein lieferanten lieferbedingungen lieferers lieferkette
lieferleistungen lieferschein lieferung lieferungen liegenbleiben liegenschaft liegenschaften
liegeplaetzen liegeplatz liegewiesen liga liguster lindau linderung linie linien link
linsengericht linsengerichter liquidation liquidator liquidatoren liquiditaet liste listen liter
literatur litern litzelstetten lizenz lizenzen lkatsg lkreiwig lkro loeffler loehne loerrach
loeschanlagen loescharbeiten loescheinsatz loeschens loeschfahrzeug loeschfahrzeuge
loeschfahrzeugen loeschfrist loeschfristen loeschgeraete loeschgruppenfahrzeug loeschmittel
loeschmitteln loeschprotokolle loeschung loeschungen loeschwasser loesemittel loesen loesung
loesungen loggien logik logistik logo logopaeden lohn loipen lokalisierung lose losen losziehung
lotterie lotterien loxodrome luckenwalde ludwigsburg ludwigshafen luebeck luebz luecke luecken
lueftung lueneburg luetzelhausen luft lufterhitzer luftpulsern luftreinhalteplan
luftreinhalteplans lunge luxemburg lvwvfg lwaldg lwofg machbarkeit machtstellung maechtigkeit
maehwiesen maengel maengeln maenner maennern maentel maerkte maerkten magazine magdeburg
magistrat magnetschwebebahnen mahd mahlzeit mahlzeiten mahngebuehren mahnschreiben mahnung
mahnungen mahnverfahren mail mails main mainau mains mainz makler malteser management
managements mandanten mandat mandats mangel mangels manipulation manipulationen mann
mannigfaltigkeit mannschaft mannschaften manv mappen marbach marine mark marke marker marketing
markgroeningen markieren markierung markierungen markisen markt marktbeschicker marktes markung
marsch maschine maschinelle maschinen maschinist maschinisten masern masken mass masse massen
masses massgabe massgaben massnahme massnahmen masten master mastes mastfusses mastiff mastin
mastino mastwurf material materialien materials materie mathematik matratzen matten mauer mauern
maulbronn maut mechanismen mechanismus meckesheim mecklenburg medaille mediation medien
medikamente medikamenten medium mediums medizin meer megawatt mehrarbeit mehraufkommen
mehraufwand mehraufwendungen mehrausfertigungen mehrausgabe mehrausgaben mehrbeanspruchung
mehrbedarf mehrbedarfe mehrbedarfs mehrbelastung mehrbelastungen mehrbetrag mehreinnahmen
mehrertraege mehrfachfoerderung mehrfachpruefungen mehrfamilienhaeuser mehrfamilienhaeusern
mehrfertigung mehrfertigungen mehrheit mehrheiten mehrheitsentscheid mehrkosten
mehrlingsgeburten mehrsitze mehrsprachig mehrweggeschirr mehrwegverpackungen mehrwertsteuersatz
mehrzahl mehrzweckhalle mehrzweckhallen mehrzweckraum meiningen meinung meinungen meissen
meistbietende meister meisterin meisterinnen meisterschaften meldeanlagen meldeauflage
meldebehoerde meldebehoerden meldebescheinigung meldebestaetigung meldedaten meldefrist
meldefristen meldegesetz meldegesetzen meldegesetzes meldende meldenden meldepflicht
meldepflichten meldeportal melder melderechts melderegister melderegisters meldeschein
meldescheine meldeverfahren meldewesen meldezeitraum meldung meldungen melkstaende memmingen
menge mengen mensch menschen menschenwuerde menschlichkeit mergel mergentheim merkblaetter
merkblaettern merkblatt merkblattes merkblatts merkmal merkmale merkmalen merkmals merkzeichen
merseburg messe messen messkirch messung messungen metadaten metall metalle metallen meter
metern methanol methode methoden methodik mettnau miete mieten mieter mieterin mietern mieters
migranten migrantinnen migration mikrochip mikrochips mikrofiche mikrofon mikrogramm
mikroorganismen mikrozensus milch milderung militaergelaende militaerischen milliarde milliarden
milligramm millimeter million millionen minderausgaben minderbetrag mindereinnahmen
minderertraege minderheit minderheiten minderjaehrige minderjaehrigen minderjaehriger
minderjaehrigkeit minderung mindestabstaende mindestabstand mindestalter mindestanforderung
mindestanforderungen mindestangaben mindestanteil mindestanteils mindestanzahl
mindestarbeitsbedingungen mindestaufwand mindestausruestung mindestbauteildicke
mindestbesichtigungsquote mindestbetrag mindestbreite mindestdauer mindestdicke
mindesteigenbeitrag mindestentfernung mindestfassungsvolumen mindestflaeche mindestflur
mindestgebuehr mindestgroesse mindesthoehe mindesthoehen mindestinhalt mindestinhalte
mindestjahresurlaub mindestloehne mindestlohn mindestlohnes mindestlohns mindestmass
mindestpersonalschluessel mindestprobezeit mindestpunktzahl mindestqualifikation mindestruhezeit
mindestruhezeiten mindestschuelerzahl mindestschuelerzahlen mindeststaerke mindeststaerken
mindeststandard mindeststandards mindesttiefe mindestumfang mindestumsatz
mindesturlaubsanspruchs mindestversicherungssumme mindestvolumen mindestvorschriften mindestwert
mindestwerte mindestzahl mineralfasern mineralien mineraloel mineralwolle minimierung minimum
minister ministerialblatt ministerialrat ministerien ministerin ministerinnen ministerium
ministeriums ministern ministers minusstunden minute minuten mischbaumarten mischen
mischfinanzierungen mischgebiete mischgebieten mischprobe mischung mischungen mischwaelder
mischwald mischwuchsregulierung missachtung missbrauch missbrauchs mission missionen missstaende
missstaenden misstrauen missverhaeltnis mist mitarbeit mitarbeitende mitarbeitenden mitarbeiter
mitarbeiterin mitarbeitern mitarbeiters mitbenutzung mitberechtigten mitbestimmung mitbewerber
mitbewerbers mitbewohner mitbringen miteigentuemer miteigentuemern miteigentum miterben
mitfahrer mitfinanzierung mitfuehren mitfuehrung mitgebrauch mitgestaltung mitglied mitglieder
mitgliedern mitgliedes mitglieds mitgliedschaft mitgliedschaften mithaftung mitnahme
mitpaechtern mitreisenden mitschueler mittagessen mittagessens mittagsverpflegung mitte
mitteilung mitteilungen mittel mittelfristige mitteln mittelstaendische mittlerer
mitunternehmern mitunternehmerschaft mitverantwortlichen mitverantwortung mitverschulden
mitwirken mitwirkende mitwirkenden mitwirkung mitwirkungen mobil mobiliar mobiliars
mobilisierung mobilitaet modalitaeten modell modelle modellen modellierung modells
modernisierung modernisierungen modul module modulen moduls moebel moebeln moeblierung
moeglichkeit moeglichkeiten moertel mofa mofas molke monat monate monaten monates monats
monatsende monitoring monitorings montag montage montagen montan montieren moor moore mooren
moorniederung moos moose mopeds moraenenlandschaft morphodynamik mosbach motivation motor
motoren motorkettensaege motors muehle muehlingen muell mueller muellheizkraftwerk muellsaecke
muenchen muenchingen muendel muendels muendungen muensingen muenster muenzeinnahmen muenzen
muenzwasserzaehler mueritz muetter muettern mulde mulden multiple multiplikation multiplikator
multiplikatoren multiplikators mumps mund munition murr museen museum museums musik musiker
muster mustern musters mutter mutterschaft muttersprachlicher mycobacterium nabenhoehe
nachabnahme nachabnahmen nachahmung nachalarmierung nachbar nachbarin nachbarinnen nachbarn
nachbarschaft nachbauten nachbelegungsoeffnungen nachbereitung nachbesetzung nachbesserung
nachbesserungen nachbetreuung nacheile nachentrichtung nacherhebung nachfeststellung
nachfinanzierung nachfolge nachfolger nachfolgerin nachfolgers nachforderung nachforschungen
nachfrage nachfragen nachfrager nachfrist nachgang nachgeben nachgebens nachhaftung nachhaltiges
nachhaltigkeit nachhaltigkeits nachhinein nachholung nachkauf nachkommastelle nachkommastellen
nachkommawerten nachlaessigkeit nachlass nachlasses nachlieferung nachmittag nachnahme nachname
nachnamen nachpruefbarkeit nachpruefung nachpruefungen nachrang nachricht nachrichten
nachruecken nachruestung nachschau nachschuessen nachschusspflicht nachsorge nachstellen
nachstellung nachstellungen nachsubvention nacht nachteil nachteile nachteilen nachteils
nachtraege nachtraegen nachtrag nachtrags nachunternehmer nachuntersuchung nachveranlagung
nachverfolgung nachversicherung nachvollziehbarkeit nachwahl nachweis nachweise nachweisen
nachweises nachweisung nachweisungen nachwuchs nachzahlung nachzahlungen nachzeichnung
nadelbaeume naechstenhilfe naechstenliebe naechtigen naehe naehere naeheres naeherungsverbot
naesse nagold nahbereich naherholung nahrung nahverkehr nahverkehrs name namen namens napolitano
nationale nationalen nationales nationalitaet nationalsozialismus nationen natschg natur natura
naturalien naturalplan naturalvollzug naturmonument naturmonumente naturmonumenten
naturverjuengung naturverjuengungen naumburg nbest nebel nebenabreden nebenamt nebenangebote
nebenanlage nebenanlagen nebenbestimmung nebenbestimmungen nebenbetrieb nebenbetriebe
nebenbetrieben nebendatenbestaende nebeneinrichtungen nebenerwerbsstellen nebenfluessen
nebenfolge nebenfolgen nebenforderungen nebengebaeude nebengebaeuden nebengeschaefte
nebenintervention nebenkosten nebenleistungen nebenprodukte nebenraeume nebenraeumen
nebenstellen nebentaetigkeit nebentaetigkeiten nebenwirkungen nebenwohnung nebenwohnungen
nebenzwecken neckar neckars negativauswahl negativzeugnisses negativzins neigung neigungen
nennbetrag nennbetrags nenndauerleistung nenngroesse nenngroessen nennkapitals nennleistung
nennspannung nennstrom nennung nennweite nennwert nennwertes nennwerts nenzingen netto netz
netze netzen netzes netzuebergreifende neuanlage neuanlagen neuanmeldung neuaufnahme neubau
neubauten neubeginn neubekanntmachung neuberechnung neubeschaffung neubesetzung neubestellung
neubewertung neubildung neubrandenburg neudorf neueinrichtung neuenhagen neuenkirchen neuerlass
neuermittlung neuerrichtung neuerteilung neuerungen neuerwerb neuerwerbs neufassung neufassungen
neufestsetzung neugeborenen neugestaltung neugliederung neugruendung neuhaus neuhausen neuhof
neujahr neunte neunten neuntes neuordnung neuorganisation neuregelung neuregelungen neureut
neuried neuruppin neustadt neustaedter neustrelitz neutralisation neutralitaet neuveranlagung
neuvergabe neuvermietung neuverpachtung neuvorhaben neuwahl neuwahlen neuzuweisung nichtabgabe
nichtanrechnung nichtanwendung nichtausuebung nichtbeachtung nichtbefolgen nichtbefolgung
nichtbenutzung nichtberechtigten nichtberuecksichtigung nichtbestehen nichtbestehens
nichtbewaehrung nichtdurchfuehrung nichteinhaltung nichteinreichung nichteisenmetallen
nichterfuellung nichterscheinen nichterteilung nichtfoermlichkeit nichtigerklaerung nichtigkeit
nichtoeffentlichkeit nichtregierungsorganisationen nichtstoerers nichtteilnahme nichttragende
nichtverfuegbarkeit nichtversetzung nichtvorliegen nichtvorliegens nichtwohngebaeude
nichtwohngebaeuden nichtzahlung nichtzulassung nichtzutreffendes nickel nieder niederlassung
niederlassungen niederlegung niederschlags niederschlagung niederschlagungen niedrigwasser
niemand niendorf niessbrauch niessbraucher niessbrauchs nischen nitrat nitritstickstoff niveau
niveaus nkatsg nomenklatur nord nordatlantik nordatlantikpaktes norden nordfriesland nordirland
nordost norm normalbetrieb normalform normallage normalnull normen normung norwegen notar notare
notaren notariats notarin notarinnen notars notdurft note noten notengebung notentriegelung
notfallsanitaeterin notfallsanitaeters notifiziert notifizierung notizen notsang notueberlaeufe
notwendigkeit notwendigkeiten novelle novellierung nuernberg nullzeit nummer nummerierung
nummern nutzbarkeit nutzenden nutzens nutzer nutzerin nutzerinnen nutzern nutzers nutzfahrzeug
nutzfahrzeuge nutzfahrzeugen nutzflaeche nutzflaechen nutzgaerten nutztiere nutztieren nutzung
nutzungen nutzungsperiode obdachlosen obdachlosigkeit oberbayern oberbekleidung oberboden
oberbodens oberbrandmeister oberbuergermeister oberbuergermeisterin oberbuergermeisterinnen
oberbuergermeisters oberer oberfinanzdirektion oberflaeche oberflaechen oberflaechenbeschickung
obergrenze obergrenzen oberhausen oberkante oberlandesgericht oberlandesgerichte
oberlandesgerichten oberlandesgerichts oberleitung oberlichte oberlichter oberpfalz
oberpostdirektionen oberrhein oberstaatsanwalt oberstufe oberverwaltungsgericht
oberverwaltungsgerichts oberzentren obhut objekt objekte objekten objektes objekts
obliegenheiten observation observationen obst obusse obussen obusverkehr odenwald oedland
oeffentlichkeit oeffnen oeffnung oeffnungen oehningen oekokonten oekokonto oekolandbau
oekopflaster oekosysteme oekosystemen oele oelen oertlichkeit oertlichkeiten oesterreich
oestliche offenbach offenbare offenbarung offenburg offenheit offenland offenlegung
offenlegungen offensichtlichkeit offiziere offshore ohrtaetowierung oldenburg olympia
ombudsstelle omnibusbahnhoefen omnibusse omnibussen online open operationen operieren opfer
opfern opfers optimierung option optionen oranienburg oranienburger orchester orchestern orden
ordner ordnung ordnungen ordnungsmaessigkeit ordnungswidrig ordnungswidrigkeit
ordnungswidrigkeiten organ organe organen organisation organisationen organisatorischer
organisierte organismen organismus organization organleihe organs organschaft orientierung
original originale ornamente orsingen orte orten ortenaukreis ortes ortkathen orts ortschaft
ortschaften ortsvorsteherin ortsvorsteherinnen ortung osnabrueck ostalbkreis osten ostermontag
ostgrenze ostsee ostseite ostufers ottersweier otto owig paar paare pacht pachtende
packstationen paechter paechterin paechtern paechters paedagogik paedagogischen paedagogisches
paessen paket pakete pandemie panseninhalt papier papiere papieren pappe parabolantennen
paradies paragraf paragrafen paragraph paragraphen parameter parametern paratyphus parchim park
parken parkens parkhaeuser parkierungsbauwerken parks parkscheibe parlament parlamentarische
parlamentarischen parlamentes parlaments partei parteien partikel partintg partizipation partner
partnerin partnerinnen partnern partners partnerschaft partnerschaften parzellen pass passagen
passau passes passivhaus passivposten passivseite paten patentamt patentanwaelte patentgesetzes
patient patienten patientenrueckholung patientin patientinnen paul pauschale pauschalen
pauschalierung pauschbetraege pauschbetrag pauschverguetung pausen pavillons pbefg pedalen
pedelecs pelletieren pension pensionaeren pensionen pensions pergolen periodizitaet
persoenliches persoenlichkeit persoenlichkeiten person personal personalhoheit personalien
personals personalund personen perspektive perspektiven petajoule petershausen
petitionsausschuss pfaendung pfaendungen pfalz pfand pfandes pfeil pfeilen pfeiler pfeils pferd
pferde pferden pflanze pflanzen pflanzgut pflanzung pflanzungen pflaster pflege
pflegebeduerftige pflegebeduerftigen pflegebeduerftigkeit pfleger pflegern pflegers pflegschaft
pflegschaften pflicht pflichten pflichtenheft pflichtige pflichtigen pflichtiger pforzheim
pfosten pfullendorf phase phasen phenole philippsburg phokomelie phosphorverbindungen
photovoltaik physik physikalisch physiologie piloten pilotin pilotprojekten pilotvorhaben
pilotwindenergieanlage pilze pirna pistole pkws plaene plaenen plaetze plaetzen plakat plakate
plakaten plakatieren plakatierung plakatierungen plakette plan planausschreiben planens planer
planes plans planum planung planungen planverfasser plastiken platte platten platz platzes
plauen plausibilisierung plausibilitaet plochingen plombenverschluss plus podien polen polg
polikliniken poliomyelitis politik polizei polizeien polizeihoheit polizeipraesidien polyethylen
pool population populationen porenpflaster portabilitaet portal portale portalen portals
porzellan position positionen positionierung post posten postleitzahl potenzial potenziale
potsdam praegesiegel praegung praemie praemien praesentation praesenz praesident praesidenten
praesidentin praesidentinnen praesidialrat praesidium praesidiums praevention praezisierung
praktika praktikanten praktikantinnen praktikum praktikums praktische praxen praxis preis preise
preisen preises preisgabe preisnachlaesse prenzlau presse preussen preussischen
primaerenergiebedarf primaerproduktion prinzip prinzipien prinzips priorisierung prioritaet
prioritaeten privatbereich privatforstbediensteten privathaushalten privatisierung privatklage
privatpersonen privatrecht privatrechts privatschulgesetz privatschulgesetzes privatsphaere
privatvermoegen privatwald privatwaldbesitzende privatwaldes privatweg privatwirtschaft probe
proben probenahme probenahmen probennahme problem probleme problemen procurement produkt
produkte produkten produktes produktion produktorientierte produkts professor professoren
professorin professorinnen profil profile profilen profiling profils prognose prognosen programm
programme programmen programmierung programms projekt projekte projekten projektende projektes
projekts proklamation prokuristen promille propaganda prophylaxe prostitution protokoll
protokolle protokollen protokollierung protokollierungen protokolls prototypen provisionen
prozeduren prozent prozentualer prozess prozesse prozessen prozesses prozessionen pruefaemter
pruefaemtern pruefamt pruefanforderungen pruefaufgaben pruefbehoerde pruefbehoerden
pruefbereiche pruefbericht pruefberichte pruefberichts pruefbescheid pruefbescheinigung
pruefbescheinigungen pruefbuch pruefbuches pruefbuchs pruefdienstes pruefeinrichtungen pruefende
pruefenden pruefer pruefergebnis pruefergebnisse pruefergebnisses prueferin prueferinnen
pruefern pruefers prueffaehige prueffrist prueffristen pruefgeraete pruefingenieur
pruefingenieure pruefingenieurin pruefingenieurinnen pruefingenieurs prueflast pruefling
prueflings pruefmethoden pruefnormen prueforgane pruefpflicht pruefsachverstaendige
pruefsachverstaendigen pruefsachverstaendiger pruefschachts pruefschaechte pruefstelle
pruefstellen prueftaetigkeit pruefung pruefungen pruefverfahren pruefverfahrens pruefvermerk
pruefvorschriften pruefwert pruefwerte pruefwerten pruefzeichen pruefzeugnis pruefzeugnisse
pruefzeugnissen pruefzeugnisses pruefziffern pruefzwecken pseudonym pseudonymisierung psychisch
psychologie psychotherapeut psychotherapeuten psychotherapeutinnen psychotherapeutische public
publikation publikationen publikum pufferspeicher pumpe pumpen punkt punkte punkten punktes
puppen putz putze pwaldvo quadratkilometer quadratmeter quadratmetern qualifikation
qualifikationen qualifizierung qualitaet qualitaeten quantifizierung quartal quartals
quartalsende quartier quartiere quartieren quebec quecksilber quellen quelltext querlueftung
querneigung querschnitt querschnitte querschnitten querstange querungshilfen quetschgefahr
quittung quittungen quote quotient quotienten rabattierung radioaktivitaet radius radolfzell
radschnellverbindungen radschnellwegen raeder raedern raete raeten raeume raeumen raeumlicher
raeumlichkeit raeumlichkeiten raeumung raeumungen raffination ragt rahmen rahmenkollektivvertrag
rahmens rainau rampe rampen rand rande rang range rangierflaechen rapport rasen
rasengittersteine rasenlochklinker rasse rassen rastanlagen rastatt rasterfahndung rate raten
rates rathenow rationalisierungsmassnahmen rationalisierungsschutzabkommen ratten rattenbefall
rattenbefalls raub rauch rauchen rauchwarnmelder raum raumes raums ravensburg reaktion
reaktivierung reaktorsicherheit realgemeinden realisierbarkeit realisierung reallast realschule
realschulen reanimation rechenbeispiele rechenfehler rechengroessen rechenschaft
rechenschaftslegung rechenzentren rechnung rechnungen rechnungshoefe rechnungslegung recht
rechte rechten rechtes rechtmaessigkeit rechts rechtsanwaelte rechtsanwaelten rechtsanwaeltin
rechtsanwaeltinnen rechtsanwalt rechtsanwalts rechtsbehelf rechtsbehelfe rechtsbehelfen
rechtsbehelfs rechtsgut rechtshaengigkeit rechtsnachfolgenden rechtsprechung rechtsstaatlichkeit
rechtsund rechtsvorgaenger rechtsvorgaengern rechtsvorgaengers rechtswidrigkeit recycling
redaktionsstatut redaktionssystem redebeitrag redeordnung rederecht redezeit redner rednerin
rednerinnen reduktion reduzierung reduzierungen reeder reeders referat referate referendaren
referent referenzbedingungen referenzliste referenznummer referenzrahmen referenzwert
referenzwerte referenzwertes referenzzeitraum refinanzierung reflexionen reform regale regel
regeln regelung regelungen regen regenende regenerationsfaehigkeit regenerationsraum
regenklaerbecken regieeinheiten regierung regierungen regierungspraesidien region
regionaldirektion regionaldirektionen regionalentwicklung regionalleitstelle regionalleitstellen
regionalmanagements regionalplaene regionalplaenen regionalplan regionalplans regionalplanung
regionalstellen regionalverbaende regionalverbaenden regionalverband regionalverbandes
regionalverbands regionalversammlung regionen register registern registers registriernummer
registrierung registrierungen regler regressanspruechen regulierung rehabilitation
rehabilitierungsgesetz rehabilitierungsgesetzes rehwild reich reichenau reiches reichs reife
reifen reihe reihen reihenhaeuser reinertrag reinertrags reinhaltung reinigen reinigens
reinigung reinigungsrohr reise reisen reisende reisenden reissen reiten reiter reizstoffe
reklamationen reklame rektoren rekultivierung relaisbetrieb relation relevanz religion rems
renaturierung renchen rendsburg renovierung rentabilitaet rente renten reparatur reparaturen
repeater replikationen repowering repraesentationen repraesentativitaet repraesentativstatistik
reproduktion reproduktionen reproduzierbarkeit republik reservatsverwaltung reserve reserven
reservierung resistenz resistenzen ressort ressorts ressource ressourcen rest restaurants reste
retentionsbodenfilter retten rettung rettungs rettungssanitaeterin rettungsschwimmabzeichen
rettungstuch rettungszylinder reusen reutlingen revier revieren revision revolver rezepturen
rgbl rhein rheinau rheins rheinsteig rhythmus richental richter richterin richterinnen richtern
richters richtigkeit richtigstellung richtlinie richtlinien richtpreis richtpreise richtsaetze
richtung richtungen richtwert richtwerte richtwerten richtzeichen riedlingen riegel rielasingen
ries riesenschlangen riffe rigolen rinde rindenschrot rindern ring rinnen risiken risiko risikos
riss ristwag robert roehrenentnahmen roehrichte roggenmuehle rohbau rohbaus rohdecke rohdecken
rohdichte roheisen rohertrag rohertrags rohgut rohrbrueche rohre rohstoffe rohstoffen rollatoren
rolle rollen rollladenkaesten roma rosenberg rosslau rostock roteiche roten rothensee rotor
rotors rottweil routen rubrik rueck ruecken rueckgabe rueckgaengigmachung rueckgriff rueckgriffs
rueckhalteanlagen rueckhaltebecken rueckhalteeinrichtungen rueckhalteflaechen rueckhalten
rueckhalteraum rueckhaltesystem rueckhaltesysteme rueckhaltesystemen rueckhaltung rueckkehr
ruecknahme rueckschluesse ruecksichtnahme rueckspruenge rueckstrahler rueckstrahlern ruecktritt
ruecktritts rueckverfolgbarkeit rueckwaertsfahren ruege ruegen ruestwagen ruhe ruhen ruhens
ruhepause ruhr rundfunk rundschreiben rundung rundungen rutschbahnen rutschgefahr saal saale
saar saarlaendische saarlaendischen saarlouis saat saaten saatgut sache sachen sachherrschaft
sachlicher sachsen sachverhalt sachverhalte sachverhaltes sachverhalts sachverstaendige
sachverstaendigen sachverstaendiger sachverstand sack saechsische saechsischen saecken saegen
saerge saergen saetze saetzen saeuberung saeugetiere saeuglingen saeulen saeumnis saeuren saison
sakralbauten salbei salden saldo salz salze salzungen salzwedel samariter samen sammelakten
sammelantraege sammelantrag sammelantrags sammelbegriff sammelbehaelter sammelbehaeltern
sammelbezeichnung sammelfahrzeug sammelfahrzeuge sammelfahrzeugen sammelgaragen
sammelklaeranlage sammelleitung sammelleitungen sammeln sammelplaetzen sammelschuldbuchforderung
sammelstelle sammelstellen sammelstrassen sammelsysteme sammelwege sammler sammlung sammlungen
samstag samstage samstagen sanatorien sand sande sandsteinumrandungen sangerhausen sanieren
sanierung sanierungen sanitaerbereiche sanitaerraeume sanitaet sanktion sanktionen
sanktionierung sarg sarges sasbach satelliten sattelanhaenger sattelkraftfahrzeuge satz satzes
satzung satzungen sauberhaltung sauberkeit sauen sauerstoff saugkorb saugleitung saugschlaeuche
saugschlaeuchen saulgau scans schacht schadeinheiten schaden schadens schadereignissen
schadorganismen schadstoff schadstoffe schadstoffen schaechte schaechten schaeden schaediger
schaedigung schaedigungen schaedlichkeit schaedlinge schaedlingsbekaempfung schaenzle schaetzung
schaetzungen schafe schafen schaffung schalen schalenwild schall schallpegelminderung schalter
schaltplaene schaltungen schalung schalungen schamgefuehl scharlach schatten schau schaukaesten
schaum scheck schecks scheiben scheidet scheidung schein scheinwerfer scheitern scheiterns
schema schengen schengener schenkung schenkungen scheunen schfhwg schg schicht schichten
schicksals schieben schiebetueren schiebleiter schiedsgericht schiedsgerichte schiedsordnung
schiedsperson schiedsrichter schiedsspruch schiedsspruchs schiedsstelle schiedsstellen
schiedsverfahren schiedsverfahrens schiefer schiene schienen schiff schiffahrt schiffe schiffen
schiffes schild schilder schildern schilderung schildes schilf schillgruende schirme
schirmmuetze schlachtabfaelle schlachten schlachthoefe schlachthof schlachtungen schlaege
schlaeuche schlafen schlafraeume schlafraeumen schlagpflege schlagstock schlagstoecke schlamm
schlammfaengen schlamms schlater schlauch schlauchhaspel schlaufe schlempe schleswig
schleudergeraete schleuse schleusen schleusung schleusungen schlichtung schlierbach
schliessanlage schliessfaechern schliesstage schliessung schliessungen schliesszeiten
schlittschuhlaufen schlitzen schlosshof schluessel schluesseln schluessels schluessigkeit
schluff schluss schlussfolgerung schmalkalden schmelzkapazitaet schmelzpunkt schmelztemperatur
schmelzwasser schmerzen schmerzzustaende schmiedeeisen schmierstoffe schmierstoffen schmuck
schmutz schnee schneeanhaeufungen schneematsch schneeschmelze schneiden schneidgeraet
schnellangriff schnelltests schnittblumen schnittlinie schnittpunkt schnittpunkten schnittstelle
schnittstellen schnitzelgruben schoemberg schoenau schoenborn schoenbrunn schoenbuch schoenebeck
schoeneberg schoenheit schonbezirke schonung schonzeit schonzeiten schorfheide schornsteine
schornsteinen schornsteinfeger schotter schraenke schraenken schramberg schranken schrauben
schreibauslagen schreiben schreibens schreibfehler schreibgebuehren schreibunterlage
schreibweise schrift schriftbossen schriften schriftliches schritt schritte schritten schubert
schueler schuelerin schuelerinnen schuelern schuelers schuerzen schuettung schuhe schuhen schuld
schulden schuldner schuldnerin schuldners schuldverschreibung schuldverschreibungen
schuldversprechen schule schulen schulfremde schulhoefe schulpsychologischen schulterklappen
schultyp schulung schulungen schuss schutt schutz schutzbeduerftigkeit schutze schutzes
schutzgut schutzhelm schutzhelme schutzhelmen schutzimpfung schutzimpfungen schutzkappe
schutzwuerdigkeit schwaebisch schwaechen schwaegerschaft schwanau schwangerschaft
schwangerschaftsabbruechen schwankungen schwarz schwarzer schweden schwedt schweigepflicht
schweinen schweinezucht schweinfurt schweinswal schweinswale schweinswalen schweissen schweiz
schweizer schweizerischen schwelle schwellen schwenningen schwerbehindertenausweis
schwerbehinderteneigenschaft schwerbehindertengesetzes schwerbehindertenrechts
schwerbehindertenvertretung schwerbehindertenvertretungen schwere schwerin schwieberdingen
schwieberdinger schwierigkeit schwierigkeiten schwimmbaeder schwimmbaedern schwimmbecken
schwimmdocks schwimmen schwingungen sechstel sechstels sechsten security sediment sedimentation
sedimente seelbach seeleute seelsorge seelsorger seen sees seggen sehbehinderten sehhilfen
sehvermoegens seilbahnen seilen seite seiten sekretariat sekt sektor sektoren sektors
sekundaereinsaetze sekundaertransporte sekundarstufe sekunde sekunden selbstaendigkeit
selbstanlieferer selbstanlieferung selbstbehalt selbstbeschaffung selbstbestimmung
selbstbeteiligung selbstbewirtschaftung selbsteintritt selbsterklaerung selbsterklaerungen
selbsthilfe selbstkosten selbstnutzung selbstretten selbstrettungsfaehigkeit selbstschutz
selbstschutzes selbststaendigkeit selbststudium selbsttoetung selbstverletzung selbstversorgung
selbstverstaendnisses selbstverwaltung selbstzahler seltenheit seminar seminare seminars senat
senate senator senatoren senatorin senatorinnen senators senats senden sendung sendungen
senftenberg senioren seniorinnen senken senkkaesten senkrechte senkung sensibilisierung
sensibilitaet separation serie serostatus server service setzung seuchen sexualleben
sexualstraftat sharing shigellenruhr shops sichergestellte sicherheit sicherheiten
sicherheitsgurte sicherheitsgurten sicherstellung sicherung sicherungen sicherungs
sicherungsseil sicht sichtbarkeit sichtfeldprojektion sichtung sickeranlagen sickerflaeche
sickermulden siebentageszeitraum siebente siebenten siebten siedlung siedlungen siegel siegeln
siegels siegelung sigmaringen signal signale signalen signalgeber signatur signaturen signierung
silber silbernen sillenbuch sillerhalle silos silosickersaft silvester simulation simulationen
sindelfingen singen single sinn sinne sinsheim sinti sirenen sitten situation situationen sitz
sitze sitzen sitzes sitzung sitzungen sitzungsende skates skating skelettbauweise skilaufen
skizze skizzen skonti skulpturen smartphones snowboarden sockel socken soemmerda
sofortmassnahmen software sohle solar solare soldat soldaten soldatinnen solidaritaet
solidarpakt sollanspruch sollzinsbindung sollzinssatz sollzinssatzes sommer sonderabgaben
sonderabschreibungen sonderarten sonderaufsichtsbehoerde sonderausruestung sonderausstattung
sonderausstellungen sonderauswertungen sonderbau sonderbauten sonderbedarfs sonderbehoerde
sonderbehoerden sonderbelastungen sonderbereichen sonderbestimmungen sonderbindung sonderdruck
sondereigentum sondereinheit sondereinheiten sondereinsatzmittel sondereinsatzmitteln
sonderergebnis sonderergebnisses sonderfaelle sonderfaellen sonderfahrstreifen sonderfahrzeuge
sonderfall sonderform sonderformen sonderfunktionen sondergebiet sondergebiete sondergebieten
sonderkasse sonderkassen sonderkonstruktionen sonderkonten sonderkonto sonderkulturen
sonderloeschmittel sondermietrecht sondernutzung sondernutzungen sonderordnungsbehoerden
sonderorganisationen sonderplaene sonderpolizeibehoerden sonderposten sonderrechnung
sonderrechnungen sonderrechte sonderrechten sonderrechtsnachfolge sonderrechtsnachfolger
sonderrechtsnachfolgers sonderregelung sonderregelungen sonderrettungsdienste sonderschulen
sonderschutzplaene sonderstatus sonderurlaub sonderveranstaltungen sondervereinbarungen
sonderverguetungen sondervermoegen sondervermoegens sondervorschrift sondervorschriften
sonderwahlbezirk sonderwahlbezirke sonderwahlbezirken sonderwahlbezirks sonderwegen
sonderzahlung sonderzahlungen sonderzuwendung sondierungen sonnabend sonnabende sonnabenden
sonnenschutz sonnenuntergang sonntag sonntage sonntagen sorge sorgfalt sortenplan sortieren
sortierung soziale soziales sozialistischen sozialpaedagogen sozialpaedagoginnen
sozialpaedagogische sozialpaediatrische spaetaussiedler spaetaussiedlern spalte spalten spaltung
spanien spanisch spannung sparer sparkassen sparmoeglichkeiten sparsamkeit sparte spediteur
speichen speicher speichers speicherung speicherungen speiseabfaelle speisegaststaetten speisen
speisereste speisewirtschaft speisewirtschaften spektrum spende spenden sperre sperren sperrung
sperrungen speyer spezialausruestung spezialeinheiten spezialkraefte spezialkraeften
spezialmaerkte spezialregelungen spezialtechnik spezifikation spezifikationen spiegel spiel
spiele spielen spierenstich spitalausschuss spitalstiftung spitze spitzen splitt sponsoring
spontanhelfenden sport sportler sports sportstadien spotmarktpreis sprache sprachen sprecher
sprecherin sprecherinnen sprechfunk sprechfunker sprechstunde sprechstunden sprechzeiten
spreizer sprengen sprengg sprengmittel sprengmitteln sprengsaetze sprengstoff sprengstoffe
sprengstoffen sprengungen sprengv sprinkleranlagen sprossen spruch sprungpolster sprungschanzen
sprungtuerme spuelen spuelvorrichtung spuelvorrichtungen spur spuren staat staaten staatenlose
staatenlosen staates staats staatsangehoerigkeit staatsangehoerigkeiten staatsanwaelte
staatsanwaeltinnen staatsanwalt staatsanwalts staatsanwaltschaft staatsanwaltschaften
staatsanzeiger staatskanzlei staatssekretaer staatssekretaere staatssekretaerin
staatssekretaerinnen stab stabes stabilisierung stabilitaet stadium stadt stadtbrandinspektor
stadtraetin stadtraetinnen staebe staeben staedte staedten staelle staellen staemme staende
staerke staerkung staette staetten staeube staffel staffeln staffelung staffordshire stahl
stahlblech stamm stand standard standardisierung standards stande standes stands stangen stapel
starkregen start stationen stationierung statistik statistiken statistische statistischen stativ
status stau staub staudensaeume steckdose steckdosen steckleiter steckleitern stege stehplaetze
steige steigen steigerung steigung steigungen stein steinbrueche steinbruechen steine steinen
steinmetze steinschlag steisslingen stele stelen stelle stellen stellung stellungnahme
stellungnahmen stempel stendal sterbedatum sterbefaelle sterbefaellen sterbefall sterbefalles
sterbefalls sterbegeld sterbemonat sterbeort sterberegister sterbeurkunde sterilisation
sternberg stetten steuer steuern steuerung stgb stiche stichprobenziehung sticks stickstoff
stiefgeschwister stiefkinder stifter stifters stiftung stiftungen stillegung stillen
stillgewaessern stilllegung stillschweigen stillstand stimme stimmen stimmenthaltung
stimmenthaltungen stimmzettel stimmzetteln stimmzettels stimmzettelschablonen stock stockach
stockt stoerer stoerfaelle stoerfaellen stoerfall stoerfalls stoerung stoerungen stoesse stoff
stoffe stoffen stoffes stollen stornierung stornogebuehr stpo straeucher straeuchern
strafbarkeit strafe strafen strahlen strahlrohr strahlrohre strahlrohren strahlrohres strahlung
strahlungen stralsund strand strasse strassen strassenaufbruch strasseneinlaeufe strassenfesten
strassenrinne strassenwaerter strategie strategien strategische strategischen strausberg
strausswirtschaft strausswirtschaften strecke strecken streichung streifen streik streiks streit
streitigkeit streitigkeiten streptococcus stresemann streuen streumitteln streuobstbestaende
streuobstbestaenden streuobstwiesen streupflicht streusalz strg strich striche strlschg
stroemung stroh strom stromes stroms stromverbraeuchen struktur strukturen studenten studien
studierende studierenden studies studio studium studiums stueck stuecke stuecken stuehle
stuehlen stuehlingen stuetze stuetzen stuetzkruemmer stuetzungsregelungen stufe stufen stuhl
stunde stunden stundenplanmaessiger stundung stundungen stutensee stuttgart stutz stvg stvo
stvzo styrol substanz substanzen substraten substratmaechtigkeiten subvention subventionen
subventionierung subventionsfestanteil suche sued sueden suedkurier suedost suesswaren suhl
sukzession sulzbach summe summen supervision supplement support swaps symbol symbole symbolen
system systematik systeme systemen systems szenarien szenenflaechen tabak tabelle tabellen
tablet tabor taeferrot taele taeter taeterin taeters taetige taetigkeit taetigkeiten
taetigwerden taeuschung tafel tafeln tage tagen tages tags tagungen taktik tank tanks tanne
tannen tanzveranstaltungen tarif tarife tarifen tarifgebundenheit tarifs taschen task tasso
tasten taten tatsache tatsachen tatverdaechtigen tauben taubenhaeuser tauber tauberbischofsheim
taucheinsatzfuehrer tauchen taucher tauchgaengen tauchgeraet tauchgeraete tauchgeraeten
tauglichkeit tausch tausend tauwetter taxen team teams technik techniken techniker technikerin
technikern technischen technisches technologie technologien teck teekuechen teer teich teiche
teichen teil teile teilen teiles teilhabe teilnahme teilnehmende teilnehmenden teilnehmer
teilnehmerin teilnehmerinnen teilnehmern teilnehmers teils teilung teilungen telearbeit telefax
telefon telefonie telekom telekommunikation telekommunikations telematik telemedien
telenotaerzte telenotaerzten telenotaerztin telenotaerztinnen telenotaerztliche
telenotaerztlichen telenotarzt temperatur temperaturen templin tempo tengen tennisplaetze tenor
teppichen teppichstangen termin termine terminen termins terrasse terrassen terrier territorien
territorium terrorismus test testamentsvollstrecker testamentsvollstreckung testat testate
testen tests testung testungen tetrachlorethen text texte textes textilien theater theatern
theke thema themas thematik themen theodor theorie therapie therapien thermalwasser thueringen
thueringer ticket tiefe tiefen tiengen tier tieraerztliche tiere tieren tieres tierhaltung
tierhaltungen tierherberge tierseuche tilgung tilgungen tisch tische tischen titel titeln titels
titisee tochtergesellschaft tochtergesellschaften tode todes toetung toilette toiletten toleranz
toleranzen toluol tonaufnahme tonaufnahmen tonaufzeichnung tonaufzeichnungen
tonbandaufzeichnungen tonne tonnen tontraeger tonuebertragung tonwiedergabegeraete topographie
topographische tore toren torf tosa toten totgeburt totgeburten totholz tourismus toxine
tradition traeger traegerin traegerinnen traegern traegers traegerschaft tragevorrichtung
tragfaehigkeit traggerueste traggeruesten tragkonstruktion tragkraftspritze tragschicht tragung
tragweite tragwerk tragwerke tragwerken tragwerksplanerin trainieren training trainings
trainingsabenden transaktionen transaktionskosten transmissionswaermeverlust transparente
transparenz transplantationsgesetzes transport transporte transporten transportes transportieren
transports trasse trassen trauben trauerfeier trauerfeiern traufhoehe traufkante traumaambulanz
trave treffer treiber treibhausgas treibhausgasen treibstoffe treibstoffen trends trennen
trennsystem trennung trennverfahren trennvorhang trennwaende trennwaenden trennwand treppe
treppen treppenauge treppenlaeufe treppenlaeufen trester treu treuhaender treuhandschaft
tribuene tribuenen triebkraft triebwerken triebwerksraeume trier trinken trinkwasser
trinkwassers trittplatten trittsteinfunktion trockenmasse trockenmauern trockenrasen
trockenwetter trocknen trocknung trub trunkenheit trupp truppen truppenstatut trupps
tschechischen tuberkulose tuebingen tuer tueren tuerkei tuerkheim tuerme tummelplaetze tunnel
tunneln turnen turngeraete turnhalle turnhallen turnschuhe turnschuhen turnus tuttlingen tvoed
typen typgenehmigung typhus typs uber ueanlg ueberarbeiten ueberarbeitung ueberbau ueberbauung
ueberblick ueberbrueckung ueberbrueckungen ueberdachung ueberdachungen ueberdeckung ueberdruck
uebereignung uebereinkommen uebereinkommens uebereinkuenfte uebereinkuenften uebereinkunft
uebereinstimmung ueberfahrt ueberfinanzierung ueberflurhydrantenschluessel ueberflutung
ueberfuehrung ueberfuehrungen uebergabe uebergaenge uebergaengen uebergang uebergangs ueberholen
ueberholverbot ueberholverbote ueberkingen ueberklettern ueberkompensation ueberlandhilfe
ueberlassung ueberlassungen ueberlastung ueberlauf ueberlegungen ueberleitung ueberlingen
uebermittlung uebermittlungen uebernachten uebernachtung uebernachtungen uebernahme ueberplanung
ueberpruefbarkeit ueberpruefung ueberpruefungen ueberqueren ueberreichung ueberschlaegige
ueberschlagen ueberschneidungen ueberschreiben ueberschreitens ueberschreitung ueberschreitungen
ueberschrift ueberschuesse ueberschuessen ueberschuss ueberschusses ueberschwemmungen
ueberschwemmungsgebiete ueberschwemmungsgebieten ueberseehafengebiet uebersendung uebersetzer
uebersetzerinnen uebersetzern uebersetzung uebersetzungen uebersicht uebersichten
uebersichtlichkeit ueberspringen ueberspuelung ueberstand ueberstellung ueberstunden
uebertragbarkeit uebertragung uebertragungen uebertritt uebertritts ueberurnen ueberwachung
ueberwachungen ueberweg ueberweisung ueberweisungen ueberwindung ueberzahlung ueberzahlungen
ueberzeugung ueberzeugungen uebrigen uebung uebungen ufer ufern ufers uhrzeigersinn ukraine
umbau umbauen umbaues umbaus umbauten umbettung umbettungen umbildung umbuchungen umdeutung
umfallen umfang umfange umfanges umfangs umfassungsbauteile umfassungsbauteilen umfassungswaende
umfassungswaenden umfeld umfelds umfuellen umgang umgangs umgebung umgehung umgestaltung
umgestaltungen umgliederung umhergehen umhuellung umkehrbarkeit umkippen umkleiden
umkleideraeume umkleideraeumen umkreis umkreises umlage umlagen umlagern umlauf umlaufende
umlegung umlegungen umleitung umleitungen umluft umnutzung umrechnung umruestung umsaetze
umsaetzen umsatz umsatzes umschichtungen umschlaege umschlag umschlags umschreibung umschrift
umschuldung umschulung umsetzbarkeit umsetzung umsetzungen umstaende umstaenden umstand umstands
umstellung umstieg umstrukturierung umstrukturierungen umstuerzen umstufung umtausch
umverteilung umwandlung umwandlungen umwehrung umwehrungen umwelt umweltschaedliches umwidmung
umzuegen umzug unabhaengige unabhaengigen unabhaengigkeit unanfechtbarkeit unbebaute
unbedenklichkeit unbefugten unbeteiligte unbeteiligter unbilligkeit unbilligkeiten
unbrauchbarmachung undichtwerden unerlaubtes unfaehigkeit unfaelle unfaellen unfall unfalles
unfallgeschehens unfalls ungeborene ungeborenen ungebuehr ungeeignetheit ungermann ungewissheit
ungleichgewicht ungluecksfaelle ungluecksfaellen ungluecksfall ungluecksfalls ungueltigkeit
ungunsten unicode uniform union universaldienstleistungen universitaet universitaeten
universitaetsklinika unkenntnis unklarheiten unkostenzuschlag unkraut unmoeglichkeit
unparteilichkeit unpfaendbarkeit unrat unrecht unrechts unregelmaessigkeit unregelmaessigkeiten
unrichtigkeit unrichtigkeiten unruhe unruhen unselbstaendigkeit unselbststaendigkeit
unsicherheiten unstimmigkeiten untaetigkeit unterabs unterabsatz unterabschnitte
unterabschnitten unterabschnitts unterart unterauftraege unterauftraegen unterauftragnehmer
unterausschuesse unterbau unterbauen unterbindung unterbrechung unterbrechungen unterbringung
unterdecke unterdecken unterdeckungen unterelbe unterflurkanaele unterflurkanaelen unterfuehrer
unterfuehrungen untergeschosse untergeschosses untergliederung untergliederungen untergremien
untergrenze untergrund untergrundes untergrunds untergruppe untergruppen unterhalt unterhalts
unterhaltung unterkante unterkonstruktion unterkonstruktionen unterkuenfte unterkuenften
unterkunft unterlage unterlagen unterlassen unterlassens unterlassung unterlassungen untermieter
unternehmen unternehmens unternehmer unternehmerin unternehmerinnen unternehmern unternehmers
unternehmungen unteroffiziere unterricht unterrichts unterrichtung unterrichtungen untersagung
untersagungen unterscheidung unterschied unterschiede unterschieds unterschlagung
unterschreitung unterschreitungen unterschrift unterschriften unterschutzstellung
unterschwellenvergabeordnung unterstellung unterstuetzende unterstuetzte unterstuetzung
unterstuetzungen unterstuetzungsbekundungen untersuchung untersuchungen untersuchungshaft
unterteilung untertunnelungen untervermietung unterverpachtung unterverteilung unterwasser
unterweisung unterweisungen unterwerfung unterzeichnenden unterzeichner unterzeichnern
unterzeichners unterzeichnung untreue unuebersichtlichkeit unveraenderlichkeit unveraendert
unvereinbarkeit unverletzlichkeit unvermoegen unvermutete unversehrtheit unvollstaendigkeit
unwirksamkeit unzerschnittenheit unzulaessigkeit unzumutbarkeit unzustaendigkeit
unzuverlaessigkeit urach urbane urheberrecht urinal urkunde urkunden urkundsbeamte
urkundsbeamten urkundsperson urkundspersonen urlaub urlaube urlaubs urne urnen urnengrabstatte
urnennische urnennischen ursache ursachen urschrift ursprung ursprungs urstromtals urteil
urteile urteils ustg uvgo vaeter vaetern validierung variante varianten vasen vater vaters
vaterschaft vegetation venedig ventilator ventilatoren ventilleine verabschiedung
veraenderbarkeit veraenderns veraenderung veraenderungen veraeusserer veraeusserers
veraeusserung veraeusserungen verankerung veranlagung veranlagungsflache veranlasser
veranlassung veranschlagtes veranschlagung veranstalter veranstalterin veranstaltern
veranstalters veranstaltung veranstaltungen veranstaltungsende verantwortliche verantwortlichen
verantwortlicher verantwortlichkeit verantwortlichkeiten verantwortung verarbeitung
verarbeitungen verarbeitungsgutes verbaende verbaenden verbalbeurteilung verband verbandes
verbands verbau verbesserung verbesserungen verbilligung verbindlicherklaerung verbindlichkeit
verbindlichkeiten verbindung verbindungen verbleib verbleibs verblendungen verbot verbote
verboten verbots verbrauch verbraucher verbrauchern verbraucherpreisindex verbrauchers
verbrauchs verbrechen verbrechens verbreitung verbrennen verbrennung verbringen verbringung
verbuchung verbuende verbuenden verbuessung verbund verbundenheit verdacht verdachts verdeckter
verderb verdichter verdichtern verdichtung verdienst verdienste verdienstes verduennung
verdunkelung verdunstung veredelung veredlung vereidigung verein vereinbarkeit vereinbarung
vereinbarungen vereine vereinen vereinfachung vereinfachungen vereinheitlichung vereinigten
vereinigung vereinigungen vereinnahmung vereins vereinten vereitelung verfaelschung verfahren
verfahrens verfahrensfrei verfahrensweise verfahrensweisen verfall verfassers verfassung
verfassungswidrigkeit verfehlung verflechtungen verfluessigtes verfolgte verfolgter verfolgung
verfuegbarkeit verfuegung verfuegungen verfuellung vergabe vergaben vergaberechtliche vergaerung
vergangenheit vergasung vergehen vergehens vergessenwerden vergiftung verglasung verglasungen
vergleich vergleichbarkeit vergleichen vergleichendes vergleichs vergroesserung verguenstigung
verguenstigungen verguetung verguetungen verhaeltnis verhaeltnismaessigkeit verhaeltnisse
verhaeltnissen verhaeltnisses verhaengung verhaftung verhalten verhaltens verhaltensweise
verhaltensweisen verhandlung verhandlungen verheirateten verhinderung verhuellung verhuetung
verjaehrung verkabelung verkaeufer verkaeufers verkauf verkaufs verkehr verkehre verkehren
verkehrs verkehrsdichte verkehrssitte verkehrstuechtigkeit verkleidung verkleidungen
verknuepfung verknuepfungen verkuendigung verkuendung verkuerzung verlaengerung verlaengerungen
verlaesst verlag verlagerung verlangen verlangens verlassen verlastung verlauf verlaufe
verlausung verlegen verlegenachweise verlegeplaene verlegung verleih verleiher verleihers
verleihung verleihungen verletzte verletzten verletzter verletzung verletzungen verlierer
verlinkung verlobte verlust verluste verlusten verlustes verlusts vermaechtnissen vermarktung
vermehrung vermeidung vermerk vermerke vermerks vermessung vermessungen vermg vermieten
vermieter vermieters vermietung verminderung vermischung vermissten vermittler vermittlers
vermittlung vermoegen vermoegens vermurungen vermutung vermutungen vernachlaessigung vernehmung
vernehmungen vernetzung vernichtung vernichtungen veroeffentlichung veroeffentlichungen
verordnung verordnungen verordnungsgeber verpachtung verpackg verpackung verpackungen
verpaechter verpfaender verpfaendung verpflegung verpflichtete verpflichteten verpflichteter
verpflichtung verpflichtungen verputz verrechnung verrechnungen verrichtung verrichtungen
verrieseln verringerung verrutschen versaeumnis versaeumung versagens versagung versammlung
versammlungen versand versands versatzes verschalungen verschiebung verschiedenartigkeit
verschiedenheit verschlechterung verschlechterungen verschleppung verschlimmerung verschluesse
verschluesselung verschluesselungen verschluessen verschluss verschmelzung verschmutzung
verschmutzungen verschulden verschuldens verschuldung verschwaegerte verschwaegerten
verschwiegenheit verselbststaendigung versenden versendung versetzung versetzungen versicherer
versicherers versichernde versichernden versicherte versicherten versicherung versicherungen
versicherungsnehmer versickern versickerung versiegelung version versoehnung versorgung
verspaetung verspaetungen verstaendigung verstaendnis verstaerkung verstaerkungen
versteigerergewerbes versteigerung versteigerungen versterben verstoesse verstoessen
verstopfungen verstorbene verstorbenen verstorbener verstoss verstosses versuch versuchen
vertagung verteidiger verteidigers verteidigung verteiler verteilers verteilmechanismus
verteilnetzausbaus verteilung vertiefte vertiefung vertiefungen vertilgungsmitteln vertraege
vertraegen vertraeglichkeit vertrag vertrages vertrags vertragschliessende vertragschliessenden
vertrauen vertrauens vertrauensleute vertrauensleuten vertraulichkeit vertreiber
vertreibungsgebiete vertretene vertretenen vertreter vertreterin vertreterinnen vertretern
vertreters vertretung vertretungen vertretungsmacht vertrieb vertriebene vertriebenen vertriebs
verunreinigung verunreinigungen verunstaltung verursacher verursacherin verursachers
verursachung verurteilte verurteilten verurteilung verurteilungen vervielfachen vervielfachung
vervielfaeltiger vervielfaeltigung vervielfaeltigungen vervollstaendigung verwahrgeldern
verwahrung verwahrungen verwalter verwalters verwaltung verwaltungen verwaltungs
verwaltungsinformatik verwandte verwandten verwandtschaft verwarnung verwarnungen verwechseln
verwechselungen verwechslung verwechslungen verweigerung verweilen verweis verweise verweisung
verweisungen verwendbarkeit verwendung verwendungen verwertbarkeit verwertung verwirklichung
verwirkung verzahnung verzehr verzeichnis verzeichnisse verzeichnissen verzeichnisses verzicht
verzichtenden verzichts verzinsung verzoegerung verzoegerungen verzug verzuge verzuges verzugs
veterinaerbehoerden veterinaeruntersuchungsaemter veterinaeruntersuchungsamt veterinaerwesen
veterinaerwesens vibrationen video vielfachen vielfaches vielfalt vielzahl vierfache vierte
viertel vierteln viertels vierten vierzehnten viiia villingen viren virtual virus visum visums
vitalfunktionen vitalitaet vizepraesidenten voegel voegeln voelker vogelarten vogelschutzgebiete
vokefw volk volke volkes volksfesten volkswirtschaftlichen vollauszahlung vollbenutzungsstunden
vollendung vollerhebung vollfinanzierung vollgeschoss vollgeschosse vollgeschossen
vollgeschosses volljaehrige volljaehriger volljaehrigkeit vollmacht vollmachten vollmachtgeber
vollmachtgebers vollmaske vollstaendigkeit vollstreckbarkeit vollstreckung vollveranstaltung
vollversammlung vollwaisen vollzaehligkeit vollzeitaequivalentes vollzeitaequivalents
vollzeitbeschaeftigten vollzeitbeschaeftigung vollzeitpflege vollzeitschulpflicht vollzeitstelle
vollziehbarkeit vollziehung vollzug vollzuges vollzugs volt volumen volumens volumenstroeme
vomhundertsaetze vomhundertsatz vomhundertsatzes vorabbekanntmachung vorabentscheidung
vorabgewinnanteile vorabstimmungen voralb voranschlaege voranschlaegen voranschlag vorarbeiten
vorausklage vorausleistenden vorausleistung vorausleistungen voraussetzung voraussetzungen
vorauszahlende vorauszahlung vorauszahlungen vorbauten vorbehalt vorbehalte vorbehalts
vorbehandlung vorbeifahren vorbelastung vorbelastungen vorbemerkungen vorberatung vorbereitung
vorbereitungen vorbescheid vorbescheides vorbescheids vorbeugung vorbildfunktion vorbildung
vorblatt vorbringen vorbuecher vordaecher vordaechern vordergrund vorderseite vordruck vordrucke
vordrucken vordrucks voreinstellung voreinstellungen vorentlastung vorentscheidung
vorerkrankungen vorfaelle vorfaellen vorfahrt vorfall vorfalls vorfeld vorfluter vorfuehrung
vorfuehrungen vorgabe vorgaben vorgaenge vorgaengen vorgaerten vorgang vorgangs vorgehen
vorgehens vorgehensweise vorgehensweisen vorgesetzte vorgesetzten vorgesetzter vorgetragene
vorgriff vorgriffe vorhaben vorhabens vorhalteerhoehungen vorhaltekosten vorhalten vorhaltende
vorhaltezeiten vorhaltung vorhaltungen vorhandensein vorhangfassade vorhersehbarkeit
vorinformation vorjahr vorjahre vorjahren vorjahres vorkaufsrecht vorkaufsrechte vorkaufsrechten
vorkaufsrechts vorkehrung vorkehrungen vorkenntnisse vorkommen vorkommnisse vorkommnissen
vorladung vorlaeufigkeit vorlage vorlagen vorlegung vorleistung vorleistungen vorlieben
vorliegen vorliegens vormerkung vormonat vormonats vormuender vormuendern vormund vormunds
vormundschaft vormundschaften vornahme vorname vornamen vornamens vorplanung vorplatz vorpommern
vorpruefung vorpruefungen vorqualifizierungsjahr vorqualifizierungsjahres vorraete vorraeten
vorraeume vorrang vorrangige vorrangs vorraum vorrecht vorrechten vorrichtung vorrichtungen
vorruecken vorsatz vorschlaege vorschlaegen vorschlag vorschlags vorschrift vorschriften
vorschuesse vorschuessen vorschuss vorschusses vorsicht vorsitz vorsitzende vorsitzendem
vorsitzenden vorsitzender vorsitzes vorsorge vorspiegelung vorstaende vorstaenden vorstand
vorstandes vorstands vorsteher vorstellung vorstellungen vorsteuer vorstrafen vortaeuschen
vorteil vorteile vorteilen vorteils vortraege vortrag vortragenden voruntersuchung
voruntersuchungen vorverfahren vorverfahrens vorverhandlungen vorvorjahres vorwurf vorzeigen
vorzug vstaettvo vwgo vwvfg wache wachstums waehlbarkeit waehler waehlerin waehlerinnen waehlern
waehlers waehrung waehrungs waelder waeldern waelle waende waenden waengen waerme
waermedurchlasswiderstand waermeleitfaehigkeit waesche waeschetrockner waffe waffen waffg wagen
wahl wahlausschreiben wahlausschreibens wahlberechtigt wahlen wahlkabine wahlkampfes wahlkampfs
wahlperiode wahrheit wahrnehmung wahrnehmungen wahrscheinlichkeit wahrung waisen wald
waldbesitzende waldbesitzenden waldbesitzender waldbiotopkartierung waldes
waldfunktionenkartierung waldorfschulen waldraender waldrode waldshut waldungen wallhausen wand
wandel wanderer wanderungen wangen wannen wappen ware warmluftheizungen warmluftheizungsanlagen
warmwasser warmwasserbereitung warnanlagen warnblinkanlage warnblinklicht warndreiecke
warneinrichtungen warngeraete warnkleidung warnleuchten warnmittel warnschusses warntafeln
warnung warnzeichen wartefrist wartehalle warteliste wartepflichtigen wartezeit wartezeiten
wartung waschbecken waschen waschkuechen waschmaschine waschmaschinen waschplatz waschraeume
wasser wasseremulsionen wasserhaehne wasserhaltung wasserlaeufe wasserrueckhaltevermoegen
wassers wasserspuelung wasserwerfer wasserzaehlerschrank watt webseite website wechsel wechsels
wegabzweigungen wege weges weglassen wegnahme wegrutschen wegweiser wehr wehre weichen weicht
weide weiden weigerung weiher weihnachtsbaumkulturen weihnachtsferien weilheim weimar wein
weinen weise weissblech weissdorn weissenfels weissensee weisstanne weist weisung weisungen
weite weiterarbeit weiterbeschaeftigung weiterbetrieb weiterbildung weiterentwicklung
weiterfahrt weiterfuehrung weitergabe weitergeltung weitergewaehrung weiterleitung weitermeldung
weiternutzung weitertransport weiteruebermittlung weiterveraeusserung weiterverarbeitung
weiterverbreitung weiterverfolgung weiterverwendung weiterwanderungsprogramme wellenbrecher welt
weltanschauung wendeanlage werbeanlage werbeanlagen werbematerial werbeschriften werbetafeln
werbung werdegang werder werftanlagen werk werken werkes werkstatt werkzeug wert werte werten
wertes werthaltigkeit wertigkeit wertpapiersammelbank werts wertschoepfung wertstoffhoefe
wertstoffhoefen wertung wesen weser wessenberg west westen westfalen westliche wettbewerb
wettbewerbe wettbewerben wettbewerbes wettbewerbs wettbueros wetterdienst wetterverhaeltnissen
wettkaempfe wettkaempfen wichtigkeit widerklage widerruf widerrufe widerrufs widerspruch
widerspruchs widersprueche widerspruechen widerstand widmung wiederansiedlung wiederaufbau
wiederauffinden wiederaufforstung wiederaufgreifen wiederaufnahme wiederbelegung wiederberufung
wiederbeschaffung wiederbesetzung wiederbesiedlung wiederbestellung wiedereingewoehnung
wiedereingliederung wiedereinleiten wiedereinordnen wiedereinsetzung wiedereinstellung
wiederergreifung wiedererteilung wiedererwerb wiedergabe wiedergewinnung wiedergutmachung
wiederherstellung wiederholung wiederholungen wiederinbetriebnahme wiederkehr
wiedernutzbarmachung wiederverkaeufer wiedervernetzung wiederverwendbarkeit wiederverwendung
wiederverwertung wiederwahl wiener wiesbaden wiesen wiesengraesern wildbad wildfuetterungen
wildlingen wildschaden wildschadens wildschaeden wildtierart wildtierarten wildtieren
wildtiermanagementgesetz wildtiermanagementgesetzes wildtierschuetzer wildtierschuetzern wille
willen willens willensbekundung willy wind winde windpocken winkel winterdienst winterdienstes
wintergaerten wintersport wirkbereich wirksamkeit wirksamwerden wirksamwerdens wirkstoff wirkung
wirkungen wirkungsweise wirtschaft wirtschaften wirtschaftlichkeit wirtschafts wirtschaftsgut
wirtschaftsguts wirtschaftswachstum wismar wismut wissen wissenschaft wissenschaften
wissenschaftler wittenberg witterung witwe witwen witwer woche wochen wochenende wochenenden
wochenendhaeuser woechnerinnen woerter woertern wohl wohle wohles wohls wohnanschrift
wohnanschriften wohnanteil wohnbauten wohnbebauung wohnbedarf wohnbedarfs wohnbeduerfnisse
wohnbeduerfnissen wohnberechtigungsschein wohnberechtigungsscheins wohnbevoelkerung wohnbezirk
wohnbezirke wohnbezirken wohnbezirks wohndauer wohneigentum wohneigentums wohneinheit
wohneinheiten wohnen wohnens wohnflaeche wohnflaechen wohnform wohnformen wohngebaeude
wohngebaeuden wohngebaeudes wohngebiet wohngebiete wohngebieten wohngeld wohngeldes wohngemeinde
wohngemeinden wohngemeinschaft wohngemeinschaften wohngrundstuecke wohngrundstuecken wohnhaeuser
wohnhaeusern wohnheime wohnheimen wohnimmobilien wohnkosten wohnmobile wohnmobilen wohnnutzung
wohnnutzungen wohnort wohnorte wohnortes wohnorts wohnparteien wohnraeume wohnraeumen wohnraum
wohnraums wohnsitz wohnsitzes wohnsitznahme wohnstaetten wohnteil wohnumfeldes wohnung wohnungen
wohnungsgeber wohnungsgebers wohnungskartei wohnungslosigkeit wohnungsnahme wohnverhaeltnisse
wohnwagen wohnweg wohnwege wohnwegen wohnwegs wohnzwecke wohnzwecken wolf wolfach wolff
wolkenstein wollmatingen wollmatinger woraum worblingen world wort worte worten wortes wortlaut
wortlauts wstrbs wuensche wuenschen wuerdigung wuerttemberg wuerttembergische wuerttembergs
wuerzburg wunsch wurzach wurzelbereich wusterhausen wutach xmeld zaehler zaehlung zaeune zaeunen
zahl zahlen zahlung zahlungen zahlungsweise zahnaerzte zahnaerzten zahnaerztinnen zahnarzt
zahnarztes zahnersatz zapfsaeulen zapfstellen zaun zehnjahresfrist zehnte zehntel zehnteln
zehnten zehntes zeichen zeichens zeichnerische zeichnung zeichnungen zeigefingers zeile zeilen
zeit zeiten zeitspanne zeitung zeitungen zeitz zell zellen zeller zelte zelten zement zensus
zentimeter zentimetern zentrale zentralen zentren zentrum zentrums zerbst zerkleinern
zerkleinerungsgeraete zerlegung zerschneidung zerstoerung zertifikat zertifikate zertifikats
zertifizierung zertifizierungen zettelanschlaege zeuge zeugen zeugin zeuginnen zeugnis zeugnisse
zeugnissen zeugnisses ziegen ziel ziele zielen zieles ziels ziff ziffer ziffern zimmer zimmern
zink zinn zins zinsen zinseszinsen zisternen zitieren zivilbevoelkerung zivildienst
zivildienstes zivildienstleistende zivilgesellschaft zivilkammer zivilkleidung zivilluftfahrt
zivilpersonen zivilprozessordnung zivilrechtsverkehr zivilsachen zivilschutz zivilschutzes
zivilverteidigungsplanung zoll zollernalbkreis zollkriminalamt zolls zone zonen zoos zoster
zubau zubehoer zubehoers zubereitung zubereitungen zucht zucker zuege zuegen zuendquellen
zuerkennung zufahrt zufahrten zufluesse zufluss zuflusses zufriedenheit zufuegung zufuehrung
zufuehrungen zufuhr zugaenge zugaengen zugaenglichkeit zugaenglichmachen zugaenglichmachung
zugang zugangs zuge zugehoerigkeit zuges zugestaendnis zugriff zugriffs zugrundelegung zugseil
zugseils zuhilfenahme zuhoerer zuhoererinnen zukauf zukunft zulaessigkeit zulage zulagen
zulassung zulassungen zulassungs zulauf zulegung zuleitung zuleitungen zuluft zumessung
zumischer zumutbarkeit zunahme zuordnung zuordnungen zurechnung zurueckbehaltung zurueckhaltung
zuruecklegung zuruecknahme zurueckstellen zurueckstellung zurueckstufung zurueckweisung
zurueckzahlung zuruf zurverfuegungstellung zusaetze zusaetzen zusage zusagen zusammenarbeit
zusammenfassen zusammenfassendes zusammenfassung zusammenfassungen zusammenfuegen
zusammenfuehrung zusammengehoerigkeit zusammenhaenge zusammenhalt zusammenhalts zusammenhang
zusammenhangs zusammenkuenfte zusammenleben zusammenlebens zusammenlegung zusammenschluesse
zusammenschluessen zusammenschluss zusammenschlusses zusammensetzung zusammenstellen
zusammenstellung zusammenstellungen zusammenstoss zusammentreffen zusammentreten zusammentritt
zusammentritts zusammenwirken zusammenwirkens zusatz zusatzes zuschaltung zuschauer zuschlaege
zuschlaegen zuschlag zuschlages zuschlags zuschnitt zuschnitts zuschuesse zuschuessen zuschuss
zuschusses zuschussgeber zusendung zusicherung zustaende zustaenden zustaendigkeit
zustaendigkeiten zustand zustandes zustands zustellung zustellungen zustellungsfiktion
zustimmung zustimmungen zustimmungsbeduerftigkeit zutagefoerdern zutageleiten zuteilung
zuteilungsdivisor zutritt zutritts zuverlaessigkeit zuwachs zuweisung zuweisungen zuwendung
zuwendungen zuwendungsempfangende zuwendungsempfangenden zuwendungsfaehige zuwendungsgeber
zuwendungsgebers zuwiderhandelnden zuwiderhandlung zuwiderhandlungen zuzahlungen zuziehung zuzug
zuzugs zwang zwanges zwangs zwangshaft zwanzigstel zweck zwecke zwecken zweckentfremdung zweckes
zweckmaessigkeit zwecks zweidrittelmehrheit zweifache zweifachen zweifamilienhaeuser
zweifamilienhaeusern zweifel zweifeln zweig zweige zweigen zweiges zweigt zweijahresfrist
zweirad zweitbelegung zweitbestattung zweiten zweitpruefer zweitschrift zweitstimme zweitstimmen
zweitwohnung zweiwege zwickau zwinger zwischenbescheid zwischenboeden zwischenfall
zwischenfragen zwischenhandlaeufe zwischenlager zwischenlagern zwischenlagerung zwischenmeister
zwischennachweis zwischenpruefung zwischenraeume zwischenraum zwischenspeicher
zwischenspeicherung zwischenurteil zwischenzaehler zwischenzaehlern zwischenzaehlers
zwischenziele zwischenzinsen zwoelffache zwoelfte zwoelftel zwoelften
"""

LEXICON: frozenset[str] = frozenset((_WORDS + _SHORT + _EXTRA).split())
