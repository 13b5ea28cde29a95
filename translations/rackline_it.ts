<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AboutBox</name>
    <message>
        <location filename="../ui/AboutBox.cpp" line="+25"/>
        <source>Plan and compare AI compute build-outs: racks, GPUs, power phases and the commitments behind them.</source>
        <translation>Pianifica e confronta le espansioni della capacità di calcolo per l&apos;IA: rack, GPU, fasi di alimentazione e gli impegni che le sostengono.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The built-in catalog lists %n system(s) from %1. Every figure comes from a published source (vendor announcements, datasheets and press reports), shown with each system&apos;s tooltip in the palette; where no source gives a number it is an estimate, and the tooltip says which fields are estimated and why.</source>
        <translation>
            <numerusform>Il catalogo integrato elenca %n sistema di %1. Ogni valore proviene da una fonte pubblicata (annunci dei produttori, schede tecniche e articoli di stampa), indicata nel suggerimento di ciascun sistema nella tavolozza; dove nessuna fonte fornisce un numero si tratta di una stima, e il suggerimento indica quali campi sono stimati e perché.</numerusform>
            <numerusform>Il catalogo integrato elenca %n sistemi di %1. Ogni valore proviene da una fonte pubblicata (annunci dei produttori, schede tecniche e articoli di stampa), indicata nel suggerimento di ciascun sistema nella tavolozza; dove nessuna fonte fornisce un numero si tratta di una stima, e il suggerimento indica quali campi sono stimati e perché.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n system(s) carry at least one estimated figure.</source>
        <translation>
            <numerusform>%n sistema contiene almeno un valore stimato.</numerusform>
            <numerusform>%n sistemi contengono almeno un valore stimato.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About Rackline</source>
        <translation>Informazioni su Rackline</translation>
    </message>
</context>
<context>
    <name>AddDeploymentsCommand</name>
    <message numerus="yes">
        <location filename="../ui/commands/AddDeploymentsCommand.cpp" line="+19"/>
        <source>Add %Ln × %1 at %2</source>
        <translation>
            <numerusform>Aggiungi %Ln × %1 con inizio %2</numerusform>
            <numerusform>Aggiungi %Ln × %1 con inizio %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Add %n deployment(s)</source>
        <translation>
            <numerusform>Aggiungi %n installazione</numerusform>
            <numerusform>Aggiungi %n installazioni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddPhaseCommand</name>
    <message>
        <location filename="../ui/commands/AddPhaseCommand.cpp" line="+15"/>
        <source>Add a %1 MW power phase at %2</source>
        <translation>Aggiungi una fase di alimentazione da %1 MW con inizio %2</translation>
    </message>
</context>
<context>
    <name>MetricNames</name>
    <message>
        <location filename="../ui/MetricNames.cpp" line="+11"/>
        <source>Accelerators</source>
        <translation>Acceleratori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dense PFLOPS (FP4)</source>
        <translation>PFLOPS densi (FP4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dense PFLOPS (FP8)</source>
        <translation>PFLOPS densi (FP8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dense PFLOPS (BF16)</source>
        <translation>PFLOPS densi (BF16)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HBM (TB)</source>
        <translation>HBM (TB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fast memory (TB)</source>
        <translation>Memoria veloce (TB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory bandwidth (TB/s)</source>
        <translation>Banda di memoria (TB/s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IT power (MW)</source>
        <translation>Potenza IT (MW)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facility power (MW)</source>
        <translation>Potenza dell&apos;impianto (MW)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available power (MW)</source>
        <translation>Potenza disponibile (MW)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hardware capex ($B/month)</source>
        <translation>Capex hardware ($B/mese)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facility capex ($B/month)</source>
        <translation>Capex impianto ($B/mese)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capex ($B/month)</source>
        <translation>Capex ($B/mese)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cumulative capex ($B)</source>
        <translation>Capex cumulativo ($B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy ($B/month)</source>
        <translation>Energia ($B/mese)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contracted spend ($B/month)</source>
        <translation>Spesa contrattualizzata ($B/mese)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tranches released ($B)</source>
        <translation>Tranche erogate ($B)</translation>
    </message>
</context>
<context>
    <name>MoveDeploymentsCommand</name>
    <message numerus="yes">
        <location filename="../ui/commands/MoveDeploymentsCommand.cpp" line="+76"/>
        <source>Move %n deployment(s)</source>
        <translation>
            <numerusform>Sposta %n installazione</numerusform>
            <numerusform>Sposta %n installazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Change the ramp of %n deployment(s)</source>
        <translation>
            <numerusform>Modifica la rampa di %n installazione</numerusform>
            <numerusform>Modifica la rampa di %n installazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Change the lifetime of %n deployment(s)</source>
        <translation>
            <numerusform>Modifica la vita utile di %n installazione</numerusform>
            <numerusform>Modifica la vita utile di %n installazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Move %Ln × %1 to %2, %3</source>
        <translation>
            <numerusform>Sposta %Ln × %1 su %2, %3</numerusform>
            <numerusform>Sposta %Ln × %1 su %2, %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Move %Ln × %1 to %2</source>
        <translation>
            <numerusform>Sposta %Ln × %1 a %2</numerusform>
            <numerusform>Sposta %Ln × %1 a %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Set the ramp of %1 to %n month(s)</source>
        <translation>
            <numerusform>Imposta la rampa di %1 a %n mese</numerusform>
            <numerusform>Imposta la rampa di %1 a %n mesi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Set the lifetime of %1 to %n month(s)</source>
        <translation>
            <numerusform>Imposta la vita utile di %1 a %n mese</numerusform>
            <numerusform>Imposta la vita utile di %1 a %n mesi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewItems</name>
    <message>
        <location filename="../ui/NewItems.cpp" line="+54"/>
        <source>New power phase</source>
        <translation>Nuova fase di alimentazione</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="qt_dialog_texts.cpp" line="+32"/>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without Saving</source>
        <translation>Chiudi senza salvare</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="+2"/>
        <source>Show Details...</source>
        <translation>Mostra dettagli...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Nascondi dettagli...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Qt</source>
        <translation>Informazioni su Qt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Informazioni su Qt&lt;/h3&gt;&lt;p&gt;Questo programma usa la versione %1 di Qt.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/charts/ChartFrame.cpp" line="+28"/>
        <source>PNG size</source>
        <translation>Dimensioni PNG</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width:</source>
        <translation>Larghezza:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height:</source>
        <translation>Altezza:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale (type and lines):</source>
        <translation>Scala (testo e linee):</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="qt_dialog_texts.cpp" line="-28"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Salva tutti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Sì</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>Sì &amp;a tutti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>N&amp;o a tutti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Interrompi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Ignora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Scarta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Aiuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Applica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Ripristina valori predefiniti</translation>
    </message>
</context>
<context>
    <name>RemoveItemsCommand</name>
    <message numerus="yes">
        <location filename="../ui/commands/RemoveItemsCommand.cpp" line="+36"/>
        <source>Delete %n deployment(s)</source>
        <translation>
            <numerusform>Elimina %n installazione</numerusform>
            <numerusform>Elimina %n installazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %n power phase(s)</source>
        <translation>
            <numerusform>Elimina %n fase di alimentazione</numerusform>
            <numerusform>Elimina %n fasi di alimentazione</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Elimina %n elemento</numerusform>
            <numerusform>Elimina %n elementi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+73"/>
        <source>Plan and compare AI compute build-outs.</source>
        <translation>Pianifica e confronta le espansioni della capacità di calcolo per l&apos;IA.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the scenario FILE.</source>
        <translation>Apre lo scenario FILE.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Render the main window to the PNG file OUT and exit.</source>
        <translation>Disegna la finestra principale nel file PNG OUT ed esce.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window size for --screenshot (default 1920x1080).</source>
        <translation>Dimensioni della finestra per --screenshot (predefinite: 1920x1080).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the deployments of the CSV FILE to the open scenario as an unsaved change (nothing is added when a row is bad).</source>
        <translation>Aggiunge le installazioni del CSV FILE allo scenario aperto come modifica non salvata (non si aggiunge nulla se una riga è errata).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Autosave unsaved changes every MS milliseconds (default: the setting autosave/intervalMs, else 60000).</source>
        <translation>Salva automaticamente le modifiche non salvate ogni MS millisecondi (predefinito: l&apos;impostazione autosave/intervalMs, altrimenti 60000).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the app in LANGUAGE (en, it or el) for this run, whatever is chosen in View &gt; Language.</source>
        <translation>Mostra l&apos;app in LANGUAGE (en, it o el) per questa esecuzione, qualunque lingua sia scelta in Visualizza &gt; Lingua.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LANGUAGE</source>
        <translation>LANGUAGE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A scenario to open.</source>
        <translation>Uno scenario da aprire.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--size must be WIDTHxHEIGHT, e.g. 1280x720</source>
        <translation>--size deve essere LARGHEZZAxALTEZZA, ad es. 1280x720</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--language must be en, it or el, not %1</source>
        <translation>--language deve essere en, it o el, non %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Cannot write %1</source>
        <translation>Impossibile scrivere %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot Open the Scenario</source>
        <translation>Impossibile aprire lo scenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

%2

The bundled scenario is open instead.</source>
        <translation>%1

%2

Al suo posto è aperto lo scenario incluso.</translation>
    </message>
</context>
<context>
    <name>rackline::AnalysisActions</name>
    <message>
        <location filename="../ui/AnalysisActions.cpp" line="+74"/>
        <location line="+117"/>
        <source>Compare</source>
        <translation>Confronto</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Comparison</source>
        <translation>Confronto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set as &amp;Baseline</source>
        <translation>Imposta come &amp;riferimento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep a copy of the scenario as it is now (A); the charts and the comparison table show your edits (B) against it</source>
        <translation>Conserva una copia dello scenario così com&apos;è ora (A); i grafici e la tabella di confronto mostrano le tue modifiche (B) rispetto a essa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare with &amp;File…</source>
        <translation>Confronta con un &amp;file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The open scenario becomes the baseline A and the chosen file opens as B</source>
        <translation>Lo scenario aperto diventa il riferimento A e il file scelto si apre come B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As &amp;Announced (2025)</source>
        <translation>Come &amp;annunciato (2025)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As of &amp;Mid-2026</source>
        <translation>A &amp;metà 2026</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear Comparison</source>
        <translation>&amp;Rimuovi il confronto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Uncertainty Bands…</source>
        <translation>Bande di &amp;incertezza…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monte Carlo over start dates and prices: P10–P90 bands and P50 on the capacity and money charts</source>
        <translation>Monte Carlo su date di inizio e prezzi: bande P10–P90 e P50 sui grafici di capacità e di denaro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear Uncertainty Ba&amp;nds</source>
        <translation>Rimuovi le ba&amp;nde di incertezza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Analysis</source>
        <translation>&amp;Analisi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare with Bu&amp;ndled Scenario</source>
        <translation>Confronta con uno scenario in&amp;cluso</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Baseline set: edits now show against it</source>
        <translation>Riferimento impostato: ora le modifiche si vedono rispetto a esso</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Compare with File</source>
        <translation>Confronta con un file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rackline scenarios (*.json);;All files (*)</source>
        <translation>Scenari Rackline (*.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot open %1:
%2</source>
        <translation>Impossibile aprire %1:
%2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Set Uncertainty Ranges</source>
        <translation>Imposta gli intervalli di incertezza</translation>
    </message>
</context>
<context>
    <name>rackline::AssumptionsPanel</name>
    <message>
        <location filename="../ui/AssumptionsPanel.cpp" line="+85"/>
        <source>Assumptions</source>
        <translation>Ipotesi</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Source of this scenario&apos;s assumptions: %1</source>
        <translation>Fonte delle ipotesi di questo scenario: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defaults are those of Rackline&apos;s model (MODEL.md); vendor prices are the catalog&apos;s, each with its source (Help &gt; About Rackline).</source>
        <translation>I valori predefiniti sono quelli del modello di Rackline (MODEL.md); i prezzi dei fornitori sono quelli del catalogo, ciascuno con la sua fonte (Aiuto &gt; Informazioni su Rackline).</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>PUE (facility ÷ IT power)</source>
        <translation>PUE (potenza dell&apos;impianto ÷ potenza IT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power usage effectiveness: the facility draws this many watts per watt of IT load. A power phase with its own PUE keeps it.
Default %1, from Rackline&apos;s model (MODEL.md).</source>
        <translation>Efficienza energetica (PUE): l&apos;impianto assorbe tanti watt per ogni watt di carico IT. Una fase di alimentazione con un proprio PUE lo mantiene.
Predefinito %1, dal modello di Rackline (MODEL.md).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back to the default PUE</source>
        <translation>Torna al PUE predefinito</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What a megawatt-hour of facility power costs (the energy cost per month).
Default $%1 per MWh, from Rackline&apos;s model (MODEL.md).</source>
        <translation>Quanto costa un megawattora di potenza dell&apos;impianto (il costo dell&apos;energia al mese).
Predefinito %1 $ per MWh, dal modello di Rackline (MODEL.md).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to the default energy price</source>
        <translation>Torna al prezzo dell&apos;energia predefinito</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What building a gigawatt of power phases costs, paid as each phase comes online.
Default $%1B per GW, from Rackline&apos;s model (MODEL.md).</source>
        <translation>Quanto costa costruire un gigawatt di fasi di alimentazione, pagato all&apos;entrata in servizio di ogni fase.
Predefinito %1 mld $ per GW, dal modello di Rackline (MODEL.md).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to the default facility capex</source>
        <translation>Torna al capex impianto predefinito</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Replaces every investment&apos;s own tranche size per GW deployed. When not set, each investment keeps the size of its deal (its source is the commitment&apos;s).</source>
        <translation>Sostituisce l&apos;importo della tranche per GW installato di ogni investimento. Se non è impostato, ogni investimento mantiene quello del proprio accordo (la fonte è quella dell&apos;impegno).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to each investment&apos;s own tranche size</source>
        <translation>Torna alla tranche propria di ogni investimento</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Multiplies the catalog price of every %1 system (1 = the catalog&apos;s price, each with its source).</source>
        <translation>Moltiplica il prezzo di catalogo di ogni sistema %1 (1 = il prezzo del catalogo, ciascuno con la sua fonte).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the catalog prices of %1</source>
        <translation>Torna ai prezzi di catalogo di %1</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Facility and money</source>
        <translation>Impianto e denaro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prices (× catalog)</source>
        <translation>Prezzi (× catalogo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner delays (months)</source>
        <translation>Ritardi dei partner (mesi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System delays (months)</source>
        <translation>Ritardi dei sistemi (mesi)</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Energy price ($ per MWh)</source>
        <translation>Prezzo dell&apos;energia ($ per MWh)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Facility capex ($B per GW)</source>
        <translation>Capex impianto ($B per GW)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Investment tranche ($B per GW)</source>
        <translation>Tranche di investimento ($B per GW)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Starts every deployment of %1 this many months later (negative: earlier). Default: no delay.</source>
        <translation>Fa iniziare ogni installazione di %1 con questo numero di mesi di ritardo (negativo: in anticipo). Predefinito: nessun ritardo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts every deployment of %1 this many months later (negative: earlier), on top of its partner&apos;s delay. Default: no delay.</source>
        <translation>Fa iniziare ogni installazione di %1 con questo numero di mesi di ritardo (negativo: in anticipo), oltre al ritardo del suo partner. Predefinito: nessun ritardo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No delay for %1</source>
        <translation>Nessun ritardo per %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>this scenario</source>
        <translation>questo scenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each deal&apos;s own</source>
        <translation>quella di ogni accordo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>default</source>
        <translation>predefinito</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Set %1 to %2</source>
        <translation>Imposta %1 a %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset %1</source>
        <translation>Ripristina %1</translation>
    </message>
</context>
<context>
    <name>rackline::CapacityChart</name>
    <message>
        <location filename="../ui/charts/CapacityChart.cpp" line="+56"/>
        <source>Log scale</source>
        <translation>Scala logaritmica</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Show:</source>
        <translation>Mostra:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Capacity in service by partner: %1</source>
        <translation>Capacità in servizio per partner: %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+18"/>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
</context>
<context>
    <name>rackline::Catalog</name>
    <message>
        <location filename="../core/Catalog.cpp" line="+43"/>
        <source>expected &quot;rackline-catalog&quot;</source>
        <translation>atteso &quot;rackline-catalog&quot;</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&quot;%1&quot; is not &quot;rack&quot; or &quot;gpu&quot;</source>
        <translation>&quot;%1&quot; non è &quot;rack&quot; né &quot;gpu&quot;</translation>
    </message>
</context>
<context>
    <name>rackline::ChartExporter</name>
    <message>
        <location filename="../ui/charts/ChartExporter.cpp" line="+46"/>
        <source>the size must be between 16x16 and %1x%2 pixels, not %3x%4</source>
        <translation>le dimensioni devono essere comprese tra 16x16 e %1x%2 pixel, non %3x%4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the scale must be between 0.5 and %1</source>
        <translation>la scala deve essere compresa tra 0,5 e %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>PNG encoding failed</source>
        <translation>codifica PNG non riuscita</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot start the SVG drawing</source>
        <translation>impossibile avviare il disegno SVG</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cannot start the PDF drawing</source>
        <translation>impossibile avviare il disegno PDF</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>cannot write %1: %2</source>
        <translation>impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>rackline::ChartFormat</name>
    <message>
        <location filename="../ui/charts/ChartFormat.cpp" line="+22"/>
        <source>$%1B</source>
        <translation>%1 mld $</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>rackline::ChartFrame</name>
    <message>
        <location filename="../ui/charts/ChartFrame.cpp" line="+50"/>
        <source>Enlarge</source>
        <translation>Ingrandisci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this chart alone</source>
        <translation>Mostra solo questo grafico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image…</source>
        <translation>Immagine PNG…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SVG drawing…</source>
        <translation>Disegno SVG…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF page…</source>
        <translation>Pagina PDF…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Data as CSV…</source>
        <translation>Dati in CSV…</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Back to all charts</source>
        <translation>Torna a tutti i grafici</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Export failed</source>
        <translation>Esportazione non riuscita</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export chart as PNG</source>
        <translation>Esporta grafico come PNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>Immagini PNG (*.png)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export chart as PDF</source>
        <translation>Esporta grafico come PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export chart as SVG</source>
        <translation>Esporta grafico come SVG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SVG drawings (*.svg)</source>
        <translation>Disegni SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export chart data as CSV</source>
        <translation>Esporta i dati del grafico in CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>rackline::ChartSources</name>
    <message>
        <location filename="../ui/charts/ChartSources.cpp" line="+17"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>rackline::CommitmentMeasures</name>
    <message>
        <location filename="../ui/charts/CommitmentMeasures.cpp" line="+31"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>rackline::CommitmentsChart</name>
    <message>
        <location filename="../ui/charts/CommitmentsChart.cpp" line="+91"/>
        <source>Delivered by the end of:</source>
        <translation>Consegnato entro la fine del:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Commitments compared (delivered by the end of %1)</source>
        <translation>Confronto degli impegni (consegnato entro la fine del %1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Committed&lt;br&gt;($B)</source>
        <translation>Impegnato&lt;br&gt;($B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size&lt;br&gt;(GW)</source>
        <translation>Dimensione&lt;br&gt;(GW)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration&lt;br&gt;(months)</source>
        <translation>Durata&lt;br&gt;(mesi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price&lt;br&gt;($B per GW)</source>
        <translation>Prezzo&lt;br&gt;($B per GW)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered&lt;br&gt;by end %1</source>
        <translation>Consegnato&lt;br&gt;entro fine %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 GW</source>
        <translation>%1 GW</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mese</numerusform>
            <numerusform>%n mesi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rackline::CompareChart</name>
    <message>
        <location filename="../ui/charts/CompareChart.cpp" line="+45"/>
        <source>Compare:</source>
        <translation>Confronta:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Compared: %1</source>
        <translation>Confronto: %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>This scenario</source>
        <translation>Questo scenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other scenario</source>
        <translation>Altro scenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No scenario to compare with</source>
        <translation>Nessuno scenario da confrontare</translation>
    </message>
</context>
<context>
    <name>rackline::CsvImportDialog</name>
    <message>
        <location filename="../ui/CsvImportDialog.cpp" line="+81"/>
        <source>Import Deployments from CSV</source>
        <translation>Importa installazioni da CSV</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1: %n problem(s) found. Nothing is imported until every row is valid: correct the file and import it again.</source>
        <translation>
            <numerusform>%1: trovato %n problema. Non si importa nulla finché tutte le righe non sono valide: correggi il file e importalo di nuovo.</numerusform>
            <numerusform>%1: trovati %n problemi. Non si importa nulla finché tutte le righe non sono valide: correggi il file e importalo di nuovo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no deployments to import.</source>
        <translation>%1 non contiene installazioni da importare.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: %n deployment(s) will be added to the plan as one step (Undo removes them).</source>
        <translation>
            <numerusform>%1: %n installazione sarà aggiunta al piano in un solo passaggio (Annulla la rimuove).</numerusform>
            <numerusform>%1: %n installazioni saranno aggiunte al piano in un solo passaggio (Annulla le rimuove).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems:</source>
        <translation>Problemi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid rows:</source>
        <translation>Righe valide:</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&amp;Import %n Deployment(s)</source>
        <translation>
            <numerusform>&amp;Importa %n installazione</numerusform>
            <numerusform>&amp;Importa %n installazioni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deployments to import</source>
        <translation>Installazioni da importare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems in the file</source>
        <translation>Problemi nel file</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Colonna</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(whole row)</source>
        <translation>(intera riga)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Count</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ramp</source>
        <translation>Rampa</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mese</numerusform>
            <numerusform>%n mesi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Import %n deployment(s)</source>
        <translation>
            <numerusform>Importa %n installazione</numerusform>
            <numerusform>Importa %n installazioni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rackline::DeltaTableModel</name>
    <message>
        <location filename="../ui/DeltaTableModel.cpp" line="+147"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metric</source>
        <translation>Metrica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A (baseline)</source>
        <translation>A (riferimento)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B (open)</source>
        <translation>B (aperto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B − A</source>
        <translation>B − A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% of A</source>
        <translation>% di A</translation>
    </message>
</context>
<context>
    <name>rackline::DeltaTableWidget</name>
    <message>
        <location filename="../ui/DeltaTableWidget.cpp" line="+93"/>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M&amp;etric:</source>
        <translation>M&amp;etrica:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All metrics</source>
        <translation>Tutte le metriche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;CSV…</source>
        <translation>Esporta &amp;CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The long table month,metric,a,b,delta of every metric, as rackline-cli compare writes it</source>
        <translation>La tabella lunga month,metric,a,b,delta di ogni metrica, come la scrive rackline-cli compare</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No baseline: use Analysis &gt; Set as Baseline, or Compare with File…</source>
        <translation>Nessun riferimento: usa Analisi &gt; Imposta come riferimento, oppure Confronta con un file…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (baseline, dashed in the charts) against %2 (open, live). Flows are summed over each period; stocks are the period&apos;s last month.</source>
        <translation>%1 (riferimento, tratteggiato nei grafici) rispetto a %2 (aperto, in tempo reale). I flussi sono sommati su ogni periodo; gli stock sono quelli dell&apos;ultimo mese del periodo.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>cannot write %1: %2</source>
        <translation>impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export Comparison as CSV</source>
        <translation>Esporta il confronto come CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export Comparison</source>
        <translation>Esporta il confronto</translation>
    </message>
</context>
<context>
    <name>rackline::DeploymentCsv</name>
    <message>
        <location filename="../core/DeploymentCsv.cpp" line="+82"/>
        <source>a quoted field is not closed</source>
        <translation>un campo tra virgolette non è chiuso</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>line %1: %2</source>
        <translation>riga %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line %1, column %2: %3</source>
        <translation>riga %1, colonna %2: %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the file is empty: a header row is needed</source>
        <translation>il file è vuoto: serve una riga d&apos;intestazione</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown column (expected one of %1)</source>
        <translation>colonna sconosciuta (attesa una tra %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the column appears twice</source>
        <translation>la colonna compare due volte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>required column is missing</source>
        <translation>manca una colonna obbligatoria</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+20"/>
        <source>is empty</source>
        <translation>nessun valore</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>unknown %1 &quot;%2&quot;</source>
        <translation>%1 &quot;%2&quot; inesistente</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a whole number of months (0 or more)</source>
        <translation>&quot;%1&quot; non è un numero intero di mesi (0 o più)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown system &quot;%1&quot;</source>
        <translation>sistema &quot;%1&quot; inesistente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a number greater than 0</source>
        <translation>&quot;%1&quot; non è un numero maggiore di 0</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a month (YYYY-MM)</source>
        <translation>&quot;%1&quot; non è un mese (YYYY-MM)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>power phase</source>
        <translation>fase di alimentazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>commitment</source>
        <translation>impegno</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>duplicate id &quot;%1&quot;</source>
        <translation>id &quot;%1&quot; duplicato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 fields, the header has %2</source>
        <translation>%1 campi, l&apos;intestazione ne ha %2</translation>
    </message>
</context>
<context>
    <name>rackline::EditActions</name>
    <message>
        <location filename="../ui/EditActions.cpp" line="+96"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Taglia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Incolla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select &amp;All</source>
        <translation>Seleziona t&amp;utto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nudge Earlier by a Month</source>
        <translation>Anticipa di un mese</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nudge Later by a Month</source>
        <translation>Posticipa di un mese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nudge Earlier by a Quarter</source>
        <translation>Anticipa di un trimestre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nudge Later by a Quarter</source>
        <translation>Posticipa di un trimestre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select &amp;Next Block</source>
        <translation>Seleziona blocco &amp;successivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select Pre&amp;vious Block</source>
        <translation>Seleziona blocco &amp;precedente</translation>
    </message>
    <message numerus="yes">
        <location line="+134"/>
        <source>Nudge %n month(s) earlier</source>
        <translation>
            <numerusform>Anticipa di %n mese</numerusform>
            <numerusform>Anticipa di %n mesi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Nudge %n month(s) later</source>
        <translation>
            <numerusform>Posticipa di %n mese</numerusform>
            <numerusform>Posticipa di %n mesi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Move power phase %1 to %2</source>
        <translation>Sposta la fase di alimentazione %1 a %2</translation>
    </message>
</context>
<context>
    <name>rackline::FileActions</name>
    <message>
        <location filename="../ui/FileActions.cpp" line="+43"/>
        <source>Untitled plan</source>
        <translation>Piano senza titolo</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&amp;New</source>
        <translation>&amp;Nuovo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Empty Plan</source>
        <translation>&amp;Piano vuoto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenAI Compute Commitments, 2025</source>
        <translation>Impegni di calcolo di OpenAI, 2025</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OpenAI Compute Commitments, Mid-2026</source>
        <translation>Impegni di calcolo di OpenAI, metà 2026</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Cannot Open the Template</source>
        <translation>Impossibile aprire il modello</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import Deployments from CSV</source>
        <translation>Importa installazioni da CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>File CSV (*.csv *.txt);;Tutti i file (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Open…</source>
        <translation>&amp;Apri…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>Apri &amp;recenti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import Deployments from CSV…</source>
        <translation>&amp;Importa installazioni da CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>Salva &amp;con nome…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opening %1…</source>
        <translation>Apertura di %1…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Saving %1…</source>
        <translation>Salvataggio di %1…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot Import the CSV</source>
        <translation>Impossibile importare il CSV</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unsaved Changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” has changes that are not saved. Save them before they are lost?</source>
        <translation>«%1» contiene modifiche non salvate. Salvarle prima che vadano perse?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open Scenario</source>
        <translation>Apri scenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rackline scenarios (*.json);;All files (*)</source>
        <translation>Scenari Rackline (*.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+74"/>
        <source>Cannot Open the Scenario</source>
        <translation>Impossibile aprire lo scenario</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Save As Another File</source>
        <translation>Salva come altro file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not overwritten. %2</source>
        <translation>«%1» non viene sovrascritto. %2</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Cannot Save the Scenario</source>
        <translation>Impossibile salvare lo scenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rackline could not save %1:
%2

The file on disk is unchanged, and your work is still open with its changes: choose Save As to keep it in another place.</source>
        <translation>Rackline non è riuscito a salvare %1:
%2

Il file sul disco è invariato e il tuo lavoro è ancora aperto con le sue modifiche: scegli Salva con nome per conservarlo in un altro posto.</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>scenario</source>
        <translation>scenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save Scenario As</source>
        <translation>Salva scenario con nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rackline scenarios (*.json)</source>
        <translation>Scenari Rackline (*.json)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1

%2

The open scenario is unchanged.</source>
        <translation>%1

%2

Lo scenario aperto non è stato modificato.</translation>
    </message>
</context>
<context>
    <name>rackline::GoalSeekDialog</name>
    <message>
        <location filename="../ui/GoalSeekDialog.cpp" line="+193"/>
        <source>Goal Seek</source>
        <translation>Ricerca obiettivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many units of a system, placed on the timeline like this, reach a target by a month? The answer follows the plan as it changes.</source>
        <translation>Quante unità di un sistema, collocate così sulla linea temporale, raggiungono un obiettivo entro un mese? La risposta segue il piano man mano che cambia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;System:</source>
        <translation>&amp;Sistema:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;tart:</source>
        <translation>&amp;Inizio:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Ramp:</source>
        <translation>&amp;Rampa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power p&amp;hase:</source>
        <translation>&amp;Fase di alimentazione:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Commitment:</source>
        <translation>I&amp;mpegno:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T&amp;arget:</source>
        <translation>&amp;Obiettivo:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;By the end of:</source>
        <translation>&amp;Entro la fine di:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> months</source>
        <translation> mesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GW of facility power</source>
        <translation>GW di potenza dell&apos;impianto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GW of IT power</source>
        <translation>GW di potenza IT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EFLOPS of dense FP8 compute</source>
        <translation>EFLOPS di calcolo denso FP8</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EFLOPS of dense FP4 compute</source>
        <translation>EFLOPS di calcolo denso FP4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>$B of investment tranches released</source>
        <translation>mld $ di tranche di investimento erogate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Place on Timeline</source>
        <translation>&amp;Colloca sulla linea temporale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds these units as a new deployment (one undo step)</source>
        <translation>Aggiunge queste unità come nuova installazione (un solo passo da annullare)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>None (the scenario&apos;s PUE)</source>
        <translation>Nessuna (il PUE dello scenario)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Choose a system and a partner.</source>
        <translation>Scegli un sistema e un partner.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The plan already reaches %1 by the end of %2 without new units (%3).</source>
        <translation>Il piano raggiunge già %1 entro la fine di %2 senza nuove unità (%3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Unreachable:&lt;/b&gt; no number of %1 placed this way reaches %2 by the end of %3. The units may come online after that month, or not count towards this target (tranches need an investment commitment).</source>
        <translation>&lt;b&gt;Irraggiungibile:&lt;/b&gt; nessun numero di %1 collocato così raggiunge %2 entro la fine di %3. Le unità potrebbero entrare in servizio dopo quel mese, o non contare per questo obiettivo (le tranche richiedono un impegno di investimento).</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>&lt;b&gt;%Ln unit(s)&lt;/b&gt; of %1 (%2 MW of IT power) reach %3 by the end of %4: %5, against %6 with one unit fewer.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln unità&lt;/b&gt; di %1 (%2 MW di potenza IT) raggiunge %3 entro la fine di %4: %5, contro %6 con un&apos;unità in meno.</numerusform>
            <numerusform>&lt;b&gt;%Ln unità&lt;/b&gt; di %1 (%2 MW di potenza IT) raggiungono %3 entro la fine di %4: %5, contro %6 con un&apos;unità in meno.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Goal seek: %1 by %2</source>
        <translation>Ricerca obiettivo: %1 entro %2</translation>
    </message>
</context>
<context>
    <name>rackline::InputRefusalNote</name>
    <message>
        <location filename="../ui/InputRefusalNote.cpp" line="+18"/>
        <location line="+3"/>
        <source>between %1 and %2</source>
        <translation>tra %1 e %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Input problem</source>
        <translation>Problema di immissione</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1: type the month as year-month in digits, e.g. 2027-03; “%2” is not a digit.</source>
        <translation>%1: scrivi il mese come anno-mese in cifre, per es. 2027-03; «%2» non è una cifra.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: a month is 01 to 12.</source>
        <translation>%1: un mese va da 01 a 12.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the year must be between %2 and %3.</source>
        <translation>%1: l&apos;anno deve essere compreso tra %2 e %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be negative: the smallest is %2.</source>
        <translation>%1 non può essere negativo: il minimo è %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be %2.</source>
        <translation>%1 deve essere %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 takes a number: “%2” is not a digit.</source>
        <translation>%1 richiede un numero: «%2» non è una cifra.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: “%2” is not a month; the previous month is kept.</source>
        <translation>%1: «%2» non è un mese; resta il mese precedente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must be %2; the previous value is kept.</source>
        <translation>%1 deve essere %2; resta il valore precedente.</translation>
    </message>
</context>
<context>
    <name>rackline::InspectorWidget</name>
    <message>
        <location filename="../ui/InspectorWidget.cpp" line="+141"/>
        <location line="+2"/>
        <location line="+21"/>
        <location line="+20"/>
        <source> months</source>
        <translation> mesi</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Select a deployment, a power phase or a commitment on the timeline to edit it.</source>
        <translation>Seleziona un&apos;installazione, una fase di alimentazione o un impegno sulla linea temporale per modificarlo.</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Inspector</source>
        <translation>Proprietà</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deployment id</source>
        <translation>ID installazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> units</source>
        <translation> unità</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start month</source>
        <translation>Mese di inizio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ramp</source>
        <translation>Rampa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lifetime</source>
        <translation>Vita utile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System default</source>
        <translation>Predefinita del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 months: never retired</source>
        <translation>0 mesi: mai dismessa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power phase</source>
        <translation>Fase di alimentazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitment</source>
        <translation>Impegno</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+40"/>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>&amp;System:</source>
        <translation>&amp;Sistema:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>&amp;Count:</source>
        <translation>&amp;Quantità:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tart:</source>
        <translation>&amp;Inizio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>&amp;Ramp:</source>
        <translation>&amp;Rampa:</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>&amp;Lifetime:</source>
        <translation>&amp;Vita utile:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ower phase:</source>
        <translation>&amp;Fase di alimentazione:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mmitment:</source>
        <translation>Imp&amp;egno:</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>system</source>
        <translation>il sistema</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+57"/>
        <source>partner</source>
        <translation>il partner</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>count</source>
        <translation>la quantità</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+141"/>
        <source>start</source>
        <translation>l&apos;inizio</translation>
    </message>
    <message>
        <location line="-138"/>
        <location line="+57"/>
        <source>ramp</source>
        <translation>la rampa</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>lifetime</source>
        <translation>la vita utile</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>power phase</source>
        <translation>la fase di alimentazione</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>commitment</source>
        <translation>l&apos;impegno</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Phase name</source>
        <translation>Nome della fase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phase partner</source>
        <translation>Partner della fase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity</source>
        <translation>Capacità</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> MW</source>
        <translation> MW</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online month</source>
        <translation>Mese di entrata in servizio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phase ramp</source>
        <translation>Rampa della fase</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+173"/>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>Scenario default</source>
        <translation>Predefinito dello scenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Capacity:</source>
        <translation>&amp;Capacità:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Online:</source>
        <translation>&amp;Operativa da:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;UE:</source>
        <translation>P&amp;UE:</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>name</source>
        <translation>il nome</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>capacity</source>
        <translation>la capacità</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>online month</source>
        <translation>il mese di entrata in servizio</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Commitment id</source>
        <translation>ID impegno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitment kind</source>
        <translation>Tipo di impegno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investment</source>
        <translation>Investimento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase</source>
        <translation>Acquisto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <location line="+3"/>
        <location line="+3"/>
        <source> B</source>
        <translation> mld</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+17"/>
        <location line="+3"/>
        <location line="+3"/>
        <source>$</source>
        <translation>$</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Commitment start</source>
        <translation>Inizio dell&apos;impegno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nominal size</source>
        <translation>Dimensione nominale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> GW</source>
        <translation> GW</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not given</source>
        <translation>Non indicata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Total:</source>
        <translation>T&amp;otale:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start:</source>
        <translation>&amp;Inizio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duration:</source>
        <translation>&amp;Durata:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In &amp;tranches</source>
        <translation>A t&amp;ranche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released in tranches as gigawatts are deployed (investments)</source>
        <translation>Erogato a tranche man mano che vengono installati i gigawatt (investimenti)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released in tranches</source>
        <translation>Erogato a tranche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First tranche</source>
        <translation>Prima tranche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Per GW deployed</source>
        <translation>Per GW installato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cap</source>
        <translation>Massimale</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The total</source>
        <translation>Il totale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Size:</source>
        <translation>Di&amp;mensione:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First:</source>
        <translation>&amp;Prima tranche:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per &amp;GW:</source>
        <translation>Per &amp;GW:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cap:</source>
        <translation>M&amp;assimale:</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>tranches</source>
        <translation>le tranche</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>first tranche</source>
        <translation>la prima tranche</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tranche per GW</source>
        <translation>la tranche per GW</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tranche cap</source>
        <translation>il massimale delle tranche</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>kind</source>
        <translation>il tipo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>total</source>
        <translation>il totale</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>duration</source>
        <translation>la durata</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>size</source>
        <translation>la dimensione</translation>
    </message>
    <message numerus="yes">
        <location line="-197"/>
        <source>%n items selected. Drag them together, or nudge them with the arrow keys.</source>
        <translation>
            <numerusform>%n elemento selezionato. Trascinalo o spostalo con i tasti freccia.</numerusform>
            <numerusform>%n elementi selezionati. Trascinali insieme o spostali con i tasti freccia.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+248"/>
        <location line="+12"/>
        <location line="+59"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+4"/>
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>At full ramp: %1 accelerators, %2 PFLOPS FP8, %3 MW of facility power; hardware $%4B.</source>
        <translation>A regime: %1 acceleratori, %2 PFLOPS FP8, %3 MW di potenza dell&apos;impianto; hardware %4 mld $.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Starts before %1 ships (%2).</source>
        <translation>Inizia prima delle prime consegne di %1 (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Figures:</source>
        <translation>Dati:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>None (the plan&apos;s)</source>
        <translation>Nessuno (quello del piano)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Source:</source>
        <translation>Fonte:</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+12"/>
        <location line="+12"/>
        <source>Change the %1 of %2</source>
        <translation>Modifica %1 di %2</translation>
    </message>
</context>
<context>
    <name>rackline::JsonFields</name>
    <message>
        <location filename="../core/JsonFields.cpp" line="+21"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a true/false value</source>
        <translation>un valore vero/falso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number</source>
        <translation>un numero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a string</source>
        <translation>una stringa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an array</source>
        <translation>un array</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an object</source>
        <translation>un oggetto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nothing</source>
        <translation>niente</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>expected an object, found %1</source>
        <translation>atteso un oggetto, trovato: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>is required but missing</source>
        <translation>obbligatorio ma assente</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+81"/>
        <source>expected a string, found %1</source>
        <translation>attesa una stringa, trovato: %1</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>expected a number, found %1</source>
        <translation>atteso un numero, trovato: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a finite number</source>
        <translation>%1 non è un numero finito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is negative; it must be 0 or more</source>
        <translation>%1 è negativo; deve essere 0 o più</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be greater than 0</source>
        <translation>%1 deve essere maggiore di 0</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a whole number</source>
        <translation>%1 non è un numero intero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 è fuori dall&apos;intervallo (da %2 a %3)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&quot;%1&quot; is not a month (YYYY-MM)</source>
        <translation>&quot;%1&quot; non è un mese (YYYY-MM)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>expected an array, found %1</source>
        <translation>atteso un array, trovato: %1</translation>
    </message>
</context>
<context>
    <name>rackline::JsonText</name>
    <message>
        <location filename="../core/JsonText.cpp" line="+32"/>
        <source>line %1, column %2</source>
        <translation>riga %1, colonna %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>malformed JSON: %1</source>
        <translation>JSON non valido: %1</translation>
    </message>
</context>
<context>
    <name>rackline::LaneHeader</name>
    <message>
        <location filename="../ui/timeline/LaneHeader.cpp" line="+25"/>
        <source>Lanes</source>
        <translation>Corsie</translation>
    </message>
</context>
<context>
    <name>rackline::LanguageMenu</name>
    <message>
        <location filename="../ui/LanguageMenu.cpp" line="+81"/>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;System Default</source>
        <translation>Predefinita di &amp;sistema</translation>
    </message>
</context>
<context>
    <name>rackline::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+206"/>
        <source>Palette</source>
        <translation>Tavolozza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspector</source>
        <translation>Proprietà</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;apertura&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit history</source>
        <translation>Cronologia delle modifiche</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charts</source>
        <translation>Grafici</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Report…</source>
        <translation>Es&amp;porta rapporto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Ingrandisci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Riduci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;Whole Timeline</source>
        <translation>Mostra l&apos;intera &amp;linea temporale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Present Charts</source>
        <translation>&amp;Presenta i grafici</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the charts full screen, one a slide; arrow keys move, Esc returns</source>
        <translation>Mostra i grafici a schermo intero, uno per diapositiva; i tasti freccia scorrono, Esc torna indietro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the &amp;System</source>
        <translation>Segui il &amp;sistema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Light</source>
        <translation>&amp;Chiaro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Dark</source>
        <translation>Sc&amp;uro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Rackline</source>
        <translation>&amp;Informazioni su Rackline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>Informazioni su &amp;Qt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main toolbar</source>
        <translation>Barra degli strumenti principale</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 (%2)[*] — Rackline</source>
        <translation>%1 (%2)[*] — Rackline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2, read-only)[*] — Rackline</source>
        <translation>%1 (%2, sola lettura)[*] — Rackline</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No warnings</source>
        <translation>Nessun avviso</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Export Report to Folder</source>
        <translation>Esporta rapporto in una cartella</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export Report</source>
        <translation>Esporta rapporto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The report could not be written:
%1</source>
        <translation>Impossibile scrivere il rapporto:
%1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Report written to %1 (%n file(s))</source>
        <translation>
            <numerusform>Rapporto scritto in %1 (%n file)</numerusform>
            <numerusform>Rapporto scritto in %1 (%n file)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rackline::MetricDisplay</name>
    <message>
        <location filename="../ui/charts/MetricDisplay.cpp" line="+36"/>
        <source>PFLOPS</source>
        <translation>PFLOPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EFLOPS</source>
        <translation>EFLOPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ZFLOPS</source>
        <translation>ZFLOPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>units</source>
        <translation>unità</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thousand</source>
        <translation>migliaia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>million</source>
        <translation>milioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TB</source>
        <translation>TB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PB</source>
        <translation>PB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EB</source>
        <translation>EB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TB/s</source>
        <translation>TB/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PB/s</source>
        <translation>PB/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EB/s</source>
        <translation>EB/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MW</source>
        <translation>MW</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GW</source>
        <translation>GW</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>compute, FP4 dense</source>
        <translation>capacità di calcolo, FP4 denso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compute, FP8 dense</source>
        <translation>capacità di calcolo, FP8 denso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compute, BF16 dense</source>
        <translation>capacità di calcolo, BF16 denso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accelerators</source>
        <translation>acceleratori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HBM</source>
        <translation>HBM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fast memory</source>
        <translation>memoria veloce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memory bandwidth</source>
        <translation>banda di memoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IT power</source>
        <translation>potenza IT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>facility power</source>
        <translation>potenza dell&apos;impianto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>available power</source>
        <translation>potenza disponibile</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>hardware capex per month</source>
        <translation>capex hardware al mese</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>$B</source>
        <translation>$B</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>facility capex per month</source>
        <translation>capex impianto al mese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>capex per month</source>
        <translation>capex al mese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cumulative capex</source>
        <translation>capex cumulativo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>energy cost per month</source>
        <translation>costo dell&apos;energia al mese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contracted spend per month</source>
        <translation>spesa contrattualizzata al mese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>investment tranches released</source>
        <translation>tranche di investimento erogate</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>rackline::MoneyChart</name>
    <message>
        <location filename="../ui/charts/MoneyChart.cpp" line="+79"/>
        <source>Hardware capex</source>
        <translation>Capex hardware</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facility capex</source>
        <translation>Capex impianto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contracted cloud/purchase spend</source>
        <translation>Spesa contrattualizzata cloud/acquisti</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <location line="+38"/>
        <source>Cumulative capex</source>
        <translation>Capex cumulativo</translation>
    </message>
    <message>
        <location line="-98"/>
        <location line="+61"/>
        <source>Investment tranches released</source>
        <translation>Tranche di investimento erogate</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>GW deployed under investment deals (right axis)</source>
        <translation>GW installati con accordi di investimento (asse destro)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>$B per month</source>
        <translation>$B al mese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>$B, cumulative</source>
        <translation>$B, cumulativo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GW deployed</source>
        <translation>GW installati</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Money: spend per month, running totals and investment tranches</source>
        <translation>Denaro: spesa mensile, totali progressivi e tranche di investimento</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Cumulative capex, B</source>
        <translation>Capex cumulativo, B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investment tranches released, B</source>
        <translation>Tranche di investimento erogate, B</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>$B</source>
        <translation>$B</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cumulative capex, A</source>
        <translation>Capex cumulativo, A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Investment tranches released, A</source>
        <translation>Tranche di investimento erogate, A</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Capex per month, %1</source>
        <translation>Capex al mese, %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>GW deployed under investment deals</source>
        <translation>GW installati con accordi di investimento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GW</source>
        <translation>GW</translation>
    </message>
</context>
<context>
    <name>rackline::OverlayGraphs</name>
    <message>
        <location filename="../ui/charts/OverlayGraphs.cpp" line="+115"/>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>baseline</source>
        <translation>riferimento</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 P10–P90 (%2 samples)</source>
        <translation>%1 P10–P90 (%2 campioni)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 P%2</source>
        <translation>%1 P%2</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>this scenario</source>
        <translation>questo scenario</translation>
    </message>
</context>
<context>
    <name>rackline::PaletteWidget</name>
    <message>
        <location filename="../ui/PaletteWidget.cpp" line="+68"/>
        <source>%1 PF · %2 TB · %3 kW · $%4M</source>
        <translation>%1 PF · %2 TB · %3 kW · $%4M</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>rack</source>
        <translation>rack</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accelerators</source>
        <translation>Acceleratori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dense PFLOPS FP4 / FP8 / BF16</source>
        <translation>PFLOPS densi FP4 / FP8 / BF16</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HBM</source>
        <translation>HBM</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>%1 TB</source>
        <translation>%1 TB</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Fast memory</source>
        <translation>Memoria veloce</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory bandwidth</source>
        <translation>Banda di memoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 TB/s</source>
        <translation>%1 TB/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IT power</source>
        <translation>Potenza IT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 kW</source>
        <translation>%1 kW</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Prezzo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>$%1M</source>
        <translation>%1 mln $</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First shipments</source>
        <translation>Prime consegne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifetime</source>
        <translation>Vita utile</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mese</numerusform>
            <numerusform>%n mesi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never retired</source>
        <translation>mai dismesso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source:</source>
        <translation>Fonte:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Estimated:</source>
        <translation>Stimati:</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Search systems</source>
        <translation>Cerca sistemi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the catalog</source>
        <translation>Cerca nel catalogo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog</source>
        <translation>Catalogo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag a system onto a lane, or press Enter to add it</source>
        <translation>Trascina un sistema su una corsia o premi Invio per aggiungerlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PF: dense PFLOPS (FP8), TB: HBM, kW: IT power, $M: unit price</source>
        <translation>PF: PFLOPS densi (FP8), TB: HBM, kW: potenza IT, $M: prezzo unitario</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Power</source>
        <translation>Alimentazione</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Power phase</source>
        <translation>Fase di alimentazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>500 MW, 12-month ramp</source>
        <translation>500 MW, rampa di 12 mesi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grid capacity coming online. Drop it on the power lane, or on a partner&apos;s lane to give it to that partner.</source>
        <translation>Capacità di rete che entra in servizio. Rilasciala sulla corsia dell&apos;alimentazione, oppure sulla corsia di un partner per assegnarla a quel partner.</translation>
    </message>
</context>
<context>
    <name>rackline::PowerChart</name>
    <message>
        <location filename="../ui/charts/PowerChart.cpp" line="+55"/>
        <source>Power shortfall</source>
        <translation>Carenza di potenza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available power (phases)</source>
        <translation>Potenza disponibile (fasi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facility power (GW)</source>
        <translation>Potenza dell&apos;impianto (GW)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Power needed by partner vs. available</source>
        <translation>Potenza necessaria per partner e potenza disponibile</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>GW</source>
        <translation>GW</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Needed, total</source>
        <translation>Necessaria, totale</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Available</source>
        <translation>Disponibile</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shortfall</source>
        <translation>Carenza</translation>
    </message>
</context>
<context>
    <name>rackline::PresentationWindow</name>
    <message>
        <location filename="../ui/charts/PresentationWindow.cpp" line="+143"/>
        <source>Rackline presentation</source>
        <translation>Presentazione Rackline</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sources: none given in the scenario.</source>
        <translation>Fonti: nessuna indicata nello scenario.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources: %1</source>
        <translation>Fonti: %1</translation>
    </message>
</context>
<context>
    <name>rackline::RecoveryDialog</name>
    <message>
        <location filename="../ui/RecoveryDialog.cpp" line="+45"/>
        <source>Recover Unsaved Work</source>
        <translation>Recupera il lavoro non salvato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an untitled plan</source>
        <translation>un piano senza titolo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rackline did not close properly. Unsaved changes to %1 were saved automatically at %2.</source>
        <translation>Rackline non si è chiuso correttamente. Le modifiche non salvate a %1 sono state salvate automaticamente alle %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last saved file: %1</source>
        <translation>Ultimo file salvato: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recovered Work</source>
        <translation>Apri il lavoro &amp;recuperato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Last &amp;Saved File</source>
        <translation>Apri l&apos;ultimo file &amp;salvato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard Recovered Work</source>
        <translation>&amp;Scarta il lavoro recuperato</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot Open the Scenario</source>
        <translation>Impossibile aprire lo scenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

%2

The recovered work is kept and offered again at the next start.</source>
        <translation>%1

%2

Il lavoro recuperato viene conservato e riproposto al prossimo avvio.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot Open the Recovered Work</source>
        <translation>Impossibile aprire il lavoro recuperato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
</context>
<context>
    <name>rackline::ReportExporter</name>
    <message>
        <location filename="../ui/charts/ReportExporter.cpp" line="+28"/>
        <source>cannot write %1: %2</source>
        <translation>impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>no scenario to report on</source>
        <translation>nessuno scenario su cui generare il rapporto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot create the folder %1</source>
        <translation>impossibile creare la cartella %1</translation>
    </message>
</context>
<context>
    <name>rackline::ReportSummary</name>
    <message>
        <location filename="../ui/charts/ReportSummary.cpp" line="+32"/>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Untitled scenario</source>
        <translation>Scenario senza titolo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report written on %1 by Rackline. Timeline: %2 to %3.

</source>
        <translation>Rapporto generato da Rackline il %1. Linea temporale: da %2 a %3.

</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>## Key figures

</source>
        <translation>## Dati principali

</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Peak facility power needed</source>
        <translation>Picco di potenza dell&apos;impianto necessaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peak power available from the phases</source>
        <translation>Picco di potenza disponibile dalle fasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peak compute, FP8 dense</source>
        <translation>Picco di capacità di calcolo, FP8 denso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peak compute, FP4 dense</source>
        <translation>Picco di capacità di calcolo, FP4 denso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peak accelerators in service</source>
        <translation>Picco di acceleratori in servizio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Capex by %1</source>
        <translation>Capex fino a %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Investment tranches released by %1</source>
        <translation>Tranche di investimento erogate fino a %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contracted cloud and purchase spend in the window</source>
        <translation>Spesa contrattualizzata per cloud e acquisti nel periodo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Commitments</source>
        <translation>Impegni</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n deal(s), %1 in total</source>
        <translation>
            <numerusform>%n accordo, per un totale di %1</numerusform>
            <numerusform>%n accordi, per un totale di %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, %1 GW</source>
        <translation>, %1 GW</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n month(s)</source>
        <translation>
            <numerusform>, %n mese</numerusform>
            <numerusform>, %n mesi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>## Warnings (%n)

</source>
        <translation>
            <numerusform>## Avvisi (%n)

</numerusform>
            <numerusform>## Avvisi (%n)

</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None.
</source>
        <translation>Nessuno.
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>## Files

</source>
        <translation>## File

</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The comparison chart overlays &quot;%1&quot;.

</source>
        <translation>Il grafico di confronto sovrappone «%1».

</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>## Charts

</source>
        <translation>## Grafici

</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>## Sources

</source>
        <translation>## Fonti

</translation>
    </message>
</context>
<context>
    <name>rackline::SafeFileWrite</name>
    <message>
        <location filename="../core/SafeFileWrite.cpp" line="+48"/>
        <source>the previous version could not be kept as %1: %2</source>
        <translation>non è stato possibile conservare la versione precedente come %1: %2</translation>
    </message>
</context>
<context>
    <name>rackline::ScenarioDocument</name>
    <message>
        <location filename="../ui/ScenarioDocument.cpp" line="+30"/>
        <source>Untitled</source>
        <translation>Senza titolo</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>cannot be read: %1</source>
        <translation>impossibile leggerlo: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>It was written by a newer Rackline (file version %1; this one knows %2), so it is open read-only: Save As keeps your changes in another file.</source>
        <translation>È stato scritto da un Rackline più recente (versione del file %1; questa conosce la %2), quindi è aperto in sola lettura: Salva con nome conserva le modifiche in un altro file.</translation>
    </message>
    <message>
        <location line="+204"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
</context>
<context>
    <name>rackline::ScenarioReader</name>
    <message>
        <location filename="../core/ScenarioReader.cpp" line="+67"/>
        <source>is not &quot;partners&quot; or &quot;systems&quot;</source>
        <translation>non è &quot;partners&quot; né &quot;systems&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 must be less than 1</source>
        <translation>%1 deve essere minore di 1</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>&quot;%1&quot; is not &quot;investment&quot;, &quot;cloud&quot; or &quot;purchase&quot;</source>
        <translation>&quot;%1&quot; non è &quot;investment&quot;, &quot;cloud&quot; né &quot;purchase&quot;</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>must not be empty</source>
        <translation>non deve essere vuoto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>duplicate id &quot;%1&quot; (also %2)</source>
        <translation>id &quot;%1&quot; duplicato (anche in %2)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>unknown %1 &quot;%2&quot;</source>
        <translation>%1 &quot;%2&quot; inesistente</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>system</source>
        <translation>sistema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>power phase</source>
        <translation>fase di alimentazione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>commitment</source>
        <translation>impegno</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a Rackline scenario (expected &quot;rackline-scenario&quot;)</source>
        <translation>&quot;%1&quot; non è uno scenario Rackline (atteso &quot;rackline-scenario&quot;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>version %1 is newer than this Rackline understands (%2); please update Rackline</source>
        <translation>la versione %1 è più recente di quella supportata da questo Rackline (%2); aggiorna Rackline</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>cannot be read: %1</source>
        <translation>impossibile leggerlo: %1</translation>
    </message>
</context>
<context>
    <name>rackline::Sensitivity</name>
    <message>
        <location filename="../core/Sensitivity.cpp" line="+35"/>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy price</source>
        <translation>Prezzo dell&apos;energia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Facility capex per GW</source>
        <translation>Capex impianto per GW</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 prices</source>
        <translation>Prezzi %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 delay</source>
        <translation>Ritardo %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tranche per GW</source>
        <translation>Tranche per GW</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 tranche per GW</source>
        <translation>Tranche per GW (%1)</translation>
    </message>
</context>
<context>
    <name>rackline::StatusTotals</name>
    <message>
        <location filename="../ui/StatusTotals.cpp" line="+94"/>
        <source>Month shown</source>
        <translation>Mese visualizzato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compute at that month</source>
        <translation>Capacità di calcolo in quel mese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power needed and available at that month</source>
        <translation>Potenza necessaria e disponibile in quel mese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cumulative capex at that month</source>
        <translation>Capex cumulativo a quel mese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tranches released by that month</source>
        <translation>Tranche erogate entro quel mese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of warnings; go to the next one</source>
        <translation>Numero di avvisi; vai al successivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metric of the sparkline</source>
        <translation>Metrica del grafico sparkline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sparkline of the chosen metric</source>
        <translation>Grafico sparkline della metrica scelta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last warning gone to</source>
        <translation>Ultimo avviso raggiunto</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1 PFLOPS FP8</source>
        <translation>%1 PFLOPS FP8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 GW needed / %2 GW available</source>
        <translation>%1 GW necessari / %2 GW disponibili</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>$%1B capex to date</source>
        <translation>%1 mld $ di capex a oggi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>$%1B tranches</source>
        <translation>%1 mld $ di tranche</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avviso</numerusform>
            <numerusform>%n avvisi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 at %2: %3</source>
        <translation>%1 a %2: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… e %n altro</numerusform>
            <numerusform>… e altri %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No warnings</source>
        <translation>Nessun avviso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F8 or a click: go to the next warning</source>
        <translation>F8 o un clic: vai all&apos;avviso successivo</translation>
    </message>
</context>
<context>
    <name>rackline::TimelineRuler</name>
    <message>
        <location filename="../ui/timeline/TimelineRuler.cpp" line="+32"/>
        <source>Time axis</source>
        <translation>Asse temporale</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Q%1</source>
        <translation>T%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>H%1</source>
        <translation>S%1</translation>
    </message>
</context>
<context>
    <name>rackline::TimelineScene</name>
    <message numerus="yes">
        <location filename="../ui/timeline/TimelineScene.cpp" line="+333"/>
        <source>Laying out %Ln deployment(s)…</source>
        <translation>
            <numerusform>Disposizione di %Ln installazione sulla linea temporale…</numerusform>
            <numerusform>Disposizione di %Ln installazioni sulla linea temporale…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+162"/>
        <source>Power
0 to %1 GW</source>
        <translation>Alimentazione
da 0 a %1 GW</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>%1 · %2 MW</source>
        <translation>%1 · %2 MW</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 MW from %3, ramp %n month(s)&lt;br&gt;%4</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 MW da %3, rampa di %n mese&lt;br&gt;%4</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 MW da %3, rampa di %n mesi&lt;br&gt;%4</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>investment</source>
        <translation>investimento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cloud</source>
        <translation>cloud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>purchase</source>
        <translation>acquisto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 $%2B</source>
        <translation>%1 %2 mld $</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · %1 GW</source>
        <translation> · %1 GW</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2, $%3B from %4 for %n month(s)&lt;br&gt;%5</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %2, %3 mld $ da %4 per %n mese&lt;br&gt;%5</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %2, %3 mld $ da %4 per %n mesi&lt;br&gt;%5</numerusform>
        </translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Facility power the deployments need</source>
        <translation>Potenza dell&apos;impianto necessaria alle installazioni</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More power needed than the phases give</source>
        <translation>Serve più potenza di quella fornita dalle fasi</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 from %3, ramp %n month(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 da %3, rampa di %n mese</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 da %3, rampa di %n mesi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Retired after %n month(s)</source>
        <translation>
            <numerusform>Dismessa dopo %n mese</numerusform>
            <numerusform>Dismessa dopo %n mesi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Never retired</source>
        <translation>Mai dismessa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Power phase: %1</source>
        <translation>Fase di alimentazione: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commitment: %1</source>
        <translation>Impegno: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its power phase gives less power than its deployments need</source>
        <translation>La sua fase di alimentazione fornisce meno potenza di quella richiesta dalle sue installazioni</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starts before %1 ships (%2)</source>
        <translation>Inizia prima delle prime consegne di %1 (%2)</translation>
    </message>
</context>
<context>
    <name>rackline::TimelineView</name>
    <message>
        <location filename="../ui/timeline/TimelineView.cpp" line="+74"/>
        <source>Timeline</source>
        <translation>Linea temporale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deployments, commitments and power phases on one lane per partner</source>
        <translation>Installazioni, impegni e fasi di alimentazione, una corsia per partner</translation>
    </message>
    <message>
        <location line="+202"/>
        <source>Move power phase %1 to %2</source>
        <translation>Sposta la fase di alimentazione %1 a %2</translation>
    </message>
</context>
<context>
    <name>rackline::TornadoChart</name>
    <message>
        <location filename="../ui/charts/TornadoChart.cpp" line="+131"/>
        <source>Sensitivity of %1 at the end of %2 (assumptions ±20%, delays ±6 months)</source>
        <translation>Sensibilità di %1 alla fine del %2 (ipotesi ±20%, ritardi ±6 mesi)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Outcome</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The outcome the assumptions are moved against</source>
        <translation>Il risultato rispetto a cui si variano le ipotesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the end of the year</source>
        <translation>Alla fine dell&apos;anno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end of </source>
        <translation>fine </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>assumption lower (−20%, or 6 months earlier)</source>
        <translation>ipotesi più bassa (−20%, o 6 mesi prima)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assumption higher (+20%, or 6 months later)</source>
        <translation>ipotesi più alta (+20%, o 6 mesi dopo)</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>base %1 %2</source>
        <translation>base %1 %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no effect</source>
        <translation>nessun effetto</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;lower: %2&lt;br&gt;higher: %3&lt;br&gt;base: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;più bassa: %2&lt;br&gt;più alta: %3&lt;br&gt;base: %4</translation>
    </message>
</context>
<context>
    <name>rackline::UncertaintyDialog</name>
    <message>
        <location filename="../ui/UncertaintyDialog.cpp" line="+65"/>
        <source>Uncertainty Bands</source>
        <translation>Bande di incertezza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each sample moves every deployment&apos;s start by whole months within the range and scales each vendor&apos;s prices within theirs. The capacity and money charts show P10 to P90 as a band and P50 as a line. The same seed gives the same bands; the ranges are saved in the scenario.</source>
        <translation>Ogni campione sposta l&apos;inizio di ogni installazione di mesi interi entro l&apos;intervallo e scala i prezzi di ogni fornitore entro il loro. I grafici di capacità e di denaro mostrano da P10 a P90 come banda e P50 come linea. Lo stesso seed dà le stesse bande; gli intervalli sono salvati nello scenario.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Samples:</source>
        <translation>&amp;Campioni:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;eed:</source>
        <translation>S&amp;eed:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start dates ±:</source>
        <translation>Date di &amp;inizio ±:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> months</source>
        <translation> mesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Prices ±:</source>
        <translation>&amp;Prezzi ±:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run</source>
        <translation>&amp;Esegui</translation>
    </message>
</context>
<context>
    <name>rackline::UncertaintyRunner</name>
    <message numerus="yes">
        <location filename="../ui/UncertaintyRunner.cpp" line="+44"/>
        <source>Running %n Monte Carlo sample(s)…</source>
        <translation>
            <numerusform>Esecuzione di %n campione Monte Carlo…</numerusform>
            <numerusform>Esecuzione di %n campioni Monte Carlo…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uncertainty Bands</source>
        <translation>Bande di incertezza</translation>
    </message>
</context>
<context>
    <name>rackline::Warnings</name>
    <message>
        <location filename="../core/Warnings.cpp" line="+104"/>
        <source>The plan needs more power than its phases supply from %1 (peak shortfall %2 MW)</source>
        <translation>Dal %1 il piano richiede più potenza di quella fornita dalle sue fasi (carenza massima %2 MW)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phase &quot;%1&quot; is short of power from %2 (peak shortfall %3 MW)</source>
        <translation>Dal %2 la fase «%1» è in carenza di potenza (carenza massima %3 MW)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Deployment &quot;%1&quot; starts %n month(s) before %2 ships</source>
        <translation>
            <numerusform>L&apos;installazione «%1» inizia %n mese prima delle prime consegne di %2</numerusform>
            <numerusform>L&apos;installazione «%1» inizia %n mesi prima delle prime consegne di %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Commitment &quot;%1&quot; is overbooked from %2: hardware exceeds it by $%3B</source>
        <translation>Dal %2 l&apos;impegno «%1» è in overbooking: l&apos;hardware lo supera di %3 mld $</translation>
    </message>
</context>
<context>
    <name>rackline::WhatIfActions</name>
    <message>
        <location filename="../ui/WhatIfActions.cpp" line="+92"/>
        <source>&amp;Analysis</source>
        <translation>&amp;Analisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assumptions</source>
        <translation>Ipotesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assumptions</source>
        <translation>&amp;Ipotesi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PUE, energy price, facility capex, vendor prices, delays and tranche size: move them and watch</source>
        <translation>PUE, prezzo dell&apos;energia, capex impianto, prezzi dei fornitori, ritardi e importo delle tranche: modificali e osserva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sensitivity (Tornado)</source>
        <translation>&amp;Sensibilità (tornado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which assumption moves an outcome the most, at ±20% or ±6 months</source>
        <translation>Quale ipotesi sposta di più un risultato, a ±20% o ±6 mesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Goal Seek…</source>
        <translation>&amp;Ricerca obiettivo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many units of a system reach a target by a month</source>
        <translation>Quante unità di un sistema raggiungono un obiettivo entro un mese</translation>
    </message>
</context>
<context>
    <name>rackline::cli</name>
    <message>
        <location filename="../app/cli/AnalysisCommands.cpp" line="+24"/>
        <location filename="../app/cli/CliCommands.cpp" line="+69"/>
        <source>--period must be month, quarter or year, not &quot;%1&quot;</source>
        <translation>--period deve essere month, quarter o year, non &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown metric &quot;%1&quot; (use a column name of the monthly report, e.g. facility_power_mw)</source>
        <translation>metrica &quot;%1&quot; sconosciuta (usa il nome di una colonna del rapporto mensile, ad es. facility_power_mw)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 needs a month (YYYY-MM), not &quot;%2&quot;</source>
        <translation>%1 richiede un mese (YYYY-MM), non &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 needs a number, not &quot;%2&quot;</source>
        <translation>%1 richiede un numero, non &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>compare takes two files and --csv OUT</source>
        <translation>compare accetta due file e --csv OUT</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>sensitivity takes one FILE</source>
        <translation>sensitivity accetta un solo FILE</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 at %2: %3 (base)
</source>
        <translation>%1, %2: %3 (base)
</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>goal-seek takes one FILE, --system and --partner</source>
        <translation>goal-seek accetta un solo FILE, --system e --partner</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the placement is not valid: %1
</source>
        <translation>il posizionamento non è valido: %1
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>already reached without new units: %1 = %2 at %3
</source>
        <translation>già raggiunto senza nuove unità: %1 = %2 nel mese %3
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unreachable: no number of units placed this way reaches %1 by %2
</source>
        <translation>irraggiungibile: nessun numero di unità posizionate in questo modo raggiunge %1 entro %2
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 units of %2 (%3 = %4 at %5; %6 with one unit fewer)
</source>
        <translation>%1 unità di %2 (%3 = %4 nel mese %5; %6 con una unità in meno)
</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>montecarlo takes one FILE and --csv OUT</source>
        <translation>montecarlo accetta un solo FILE e --csv OUT</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--samples 1..1000000, --start-months 0..120, --price-fraction 0..&lt;1</source>
        <translation>--samples 1..1000000, --start-months 0..120, --price-fraction 0..&lt;1</translation>
    </message>
    <message>
        <location filename="../app/cli/ChartCommands.cpp" line="+66"/>
        <source>--width must be a whole number of pixels</source>
        <translation>--width deve essere un numero intero di pixel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--height must be a whole number of pixels</source>
        <translation>--height deve essere un numero intero di pixel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--scale must be a number</source>
        <translation>--scale deve essere un numero</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>  rackline-cli chart FILE --chart capacity|power|money|commitments|compare
        (--png OUT [--scale S] | --svg OUT | --pdf OUT | --csv OUT)... [--width W --height H]
        [--style panel|presentation]   (type size: the panel&apos;s, default, or the slides&apos;)
        [--against FILE2]   (compare: default, the other bundled scenario;
                             capacity, power, money: FILE2 drawn over FILE as the baseline A)
  rackline-cli export-report FILE --out DIR [--against FILE2] [--width W --height H]
        [--style panel|presentation]   (default: presentation, for slides)
</source>
        <translation>  rackline-cli chart FILE --chart capacity|power|money|commitments|compare
        (--png OUT [--scale S] | --svg OUT | --pdf OUT | --csv OUT)... [--width W --height H]
        [--style panel|presentation]   (dimensione del testo: quella del pannello, predefinita, o quella delle diapositive)
        [--against FILE2]   (compare: predefinito, l&apos;altro scenario incluso;
                             capacity, power, money: FILE2 disegnato sopra FILE come riferimento A)
  rackline-cli export-report FILE --out DIR [--against FILE2] [--width W --height H]
        [--style panel|presentation]   (predefinito: presentation, per le diapositive)
</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../app/cli/CliCommands.cpp" line="+87"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>comando &quot;%1&quot; sconosciuto</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>chart takes one FILE</source>
        <translation>chart accetta un solo FILE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>chart needs --chart NAME</source>
        <translation>chart richiede --chart NAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown chart &quot;%1&quot;</source>
        <translation>grafico &quot;%1&quot; sconosciuto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chart needs --png, --svg, --pdf or --csv OUT</source>
        <translation>chart richiede --png, --svg, --pdf o --csv OUT</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+63"/>
        <source>--style must be panel or presentation</source>
        <translation>--style deve essere panel o presentation</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>export-report takes one FILE</source>
        <translation>export-report accetta un solo FILE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export-report needs --out DIR</source>
        <translation>export-report richiede --out DIR</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="-136"/>
        <source>Usage:
  rackline-cli validate FILE
  rackline-cli report FILE --csv OUT [--period month|quarter|year] [--by-partner-csv OUT]
  rackline-cli catalog [--csv]
  rackline-cli import-csv FILE --csv DEPLOYMENTS.csv --out OUT.json
  rackline-cli compare A.json B.json --csv OUT [--period month|quarter|year]
  rackline-cli sensitivity FILE --metric METRIC --at YYYY-MM [--csv OUT]
  rackline-cli goal-seek FILE --system ID --partner ID --start YYYY-MM [--ramp N]
        [--phase ID] [--commitment ID] --metric METRIC --target X --by YYYY-MM
  rackline-cli montecarlo FILE [--samples N] [--seed S] [--start-months K]
        [--price-fraction F] --csv OUT
OUT may be - for standard output. METRIC is a column name of the monthly report.
</source>
        <translation>Uso:
  rackline-cli validate FILE
  rackline-cli report FILE --csv OUT [--period month|quarter|year] [--by-partner-csv OUT]
  rackline-cli catalog [--csv]
  rackline-cli import-csv FILE --csv DEPLOYMENTS.csv --out OUT.json
  rackline-cli compare A.json B.json --csv OUT [--period month|quarter|year]
  rackline-cli sensitivity FILE --metric METRIC --at YYYY-MM [--csv OUT]
  rackline-cli goal-seek FILE --system ID --partner ID --start YYYY-MM [--ramp N]
        [--phase ID] [--commitment ID] --metric METRIC --target X --by YYYY-MM
  rackline-cli montecarlo FILE [--samples N] [--seed S] [--start-months K]
        [--price-fraction F] --csv OUT
OUT può essere - per lo standard output. METRIC è il nome di una colonna del rapporto mensile.
</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>validate takes one FILE</source>
        <translation>validate accetta un solo FILE</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1: valid, %n warning(s)
</source>
        <translation>
            <numerusform>%1: valido, %n avviso
</numerusform>
            <numerusform>%1: valido, %n avvisi
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>report takes one FILE</source>
        <translation>report accetta un solo FILE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>report needs --csv OUT or --by-partner-csv OUT</source>
        <translation>report richiede --csv OUT o --by-partner-csv OUT</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>catalog takes no FILE</source>
        <translation>catalog non accetta FILE</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vendor</source>
        <translation>vendor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>chips</source>
        <translation>chip</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PF FP8</source>
        <translation>PF FP8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HBM TB</source>
        <translation>HBM TB</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kW</source>
        <translation>kW</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>$M</source>
        <translation>$M</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ships</source>
        <translation>consegne</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>~ marks an estimate; `rackline-cli catalog --csv` lists every figure with its source.
</source>
        <translation>~ indica una stima; `rackline-cli catalog --csv` elenca ogni valore con la sua fonte.
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no command given</source>
        <translation>nessun comando specificato</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="+36"/>
        <source>option %1 needs a value</source>
        <translation>l&apos;opzione %1 richiede un valore</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown option %1</source>
        <translation>opzione %1 sconosciuta</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot write %1: %2</source>
        <translation>impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="+26"/>
        <location line="+5"/>
        <source>rackline-cli: usage: rackline-cli import-csv FILE --csv DEPLOYMENTS.csv --out OUT.json
</source>
        <translation>rackline-cli: uso: rackline-cli import-csv FILE --csv DEPLOYMENTS.csv --out OUT.json
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: cannot be read: %2
</source>
        <translation>%1: impossibile leggerlo: %2
</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1: nothing imported (%n problem(s))
</source>
        <translation>
            <numerusform>%1: nulla importato (%n problema)
</numerusform>
            <numerusform>%1: nulla importato (%n problemi)
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1: %n deployment(s) imported into %2
</source>
        <translation>
            <numerusform>%1: %n installazione importata in %2
</numerusform>
            <numerusform>%1: %n installazioni importate in %2
</numerusform>
        </translation>
    </message>
    <message>
        <location line="-3"/>
        <source>cannot write %1: %2
</source>
        <translation>impossibile scrivere %1: %2
</translation>
    </message>
</context>
</TS>
