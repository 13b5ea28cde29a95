<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el_GR">
<context>
    <name>AboutBox</name>
    <message>
        <location filename="../ui/AboutBox.cpp" line="+25"/>
        <source>Plan and compare AI compute build-outs: racks, GPUs, power phases and the commitments behind them.</source>
        <translation>Σχεδιάστε και συγκρίνετε επεκτάσεις υπολογιστικής υποδομής για AI: rack, GPU, φάσεις ισχύος και τις δεσμεύσεις που τις στηρίζουν.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The built-in catalog lists %n system(s) from %1. Every figure comes from a published source (vendor announcements, datasheets and press reports), shown with each system&apos;s tooltip in the palette; where no source gives a number it is an estimate, and the tooltip says which fields are estimated and why.</source>
        <translation>
            <numerusform>Ο ενσωματωμένος κατάλογος περιλαμβάνει %n σύστημα από %1. Κάθε τιμή προέρχεται από δημοσιευμένη πηγή (ανακοινώσεις κατασκευαστών, φύλλα δεδομένων και δημοσιεύματα του Τύπου), που εμφανίζεται στην επεξήγηση κάθε συστήματος στην παλέτα· όπου καμία πηγή δεν δίνει αριθμό, η τιμή είναι εκτίμηση και η επεξήγηση αναφέρει ποια πεδία είναι εκτιμήσεις και γιατί.</numerusform>
            <numerusform>Ο ενσωματωμένος κατάλογος περιλαμβάνει %n συστήματα από %1. Κάθε τιμή προέρχεται από δημοσιευμένη πηγή (ανακοινώσεις κατασκευαστών, φύλλα δεδομένων και δημοσιεύματα του Τύπου), που εμφανίζεται στην επεξήγηση κάθε συστήματος στην παλέτα· όπου καμία πηγή δεν δίνει αριθμό, η τιμή είναι εκτίμηση και η επεξήγηση αναφέρει ποια πεδία είναι εκτιμήσεις και γιατί.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n system(s) carry at least one estimated figure.</source>
        <translation>
            <numerusform>%n σύστημα περιέχει τουλάχιστον μία εκτιμώμενη τιμή.</numerusform>
            <numerusform>%n συστήματα περιέχουν τουλάχιστον μία εκτιμώμενη τιμή.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About Rackline</source>
        <translation>Σχετικά με το Rackline</translation>
    </message>
</context>
<context>
    <name>AddDeploymentsCommand</name>
    <message numerus="yes">
        <location filename="../ui/commands/AddDeploymentsCommand.cpp" line="+19"/>
        <source>Add %Ln × %1 at %2</source>
        <translation>
            <numerusform>Προσθήκη %Ln × %1 με έναρξη %2</numerusform>
            <numerusform>Προσθήκη %Ln × %1 με έναρξη %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Add %n deployment(s)</source>
        <translation>
            <numerusform>Προσθήκη %n εγκατάστασης</numerusform>
            <numerusform>Προσθήκη %n εγκαταστάσεων</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddPhaseCommand</name>
    <message>
        <location filename="../ui/commands/AddPhaseCommand.cpp" line="+15"/>
        <source>Add a %1 MW power phase at %2</source>
        <translation>Προσθήκη φάσης ισχύος %1 MW με έναρξη %2</translation>
    </message>
</context>
<context>
    <name>MetricNames</name>
    <message>
        <location filename="../ui/MetricNames.cpp" line="+11"/>
        <source>Accelerators</source>
        <translation>Επιταχυντές</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dense PFLOPS (FP4)</source>
        <translation>PFLOPS dense (FP4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dense PFLOPS (FP8)</source>
        <translation>PFLOPS dense (FP8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dense PFLOPS (BF16)</source>
        <translation>PFLOPS dense (BF16)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HBM (TB)</source>
        <translation>HBM (TB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fast memory (TB)</source>
        <translation>Γρήγορη μνήμη (TB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory bandwidth (TB/s)</source>
        <translation>Εύρος ζώνης μνήμης (TB/s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IT power (MW)</source>
        <translation>Ισχύς IT (MW)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facility power (MW)</source>
        <translation>Ισχύς υποδομών (MW)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available power (MW)</source>
        <translation>Διαθέσιμη ισχύς (MW)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hardware capex ($B/month)</source>
        <translation>Capex εξοπλισμού ($B/μήνα)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facility capex ($B/month)</source>
        <translation>Capex υποδομών ($B/μήνα)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capex ($B/month)</source>
        <translation>Capex ($B/μήνα)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cumulative capex ($B)</source>
        <translation>Σωρευτικό capex ($B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy ($B/month)</source>
        <translation>Ενέργεια ($B/μήνα)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contracted spend ($B/month)</source>
        <translation>Συμβατικές δαπάνες ($B/μήνα)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tranches released ($B)</source>
        <translation>Εκταμιευμένες δόσεις ($B)</translation>
    </message>
</context>
<context>
    <name>MoveDeploymentsCommand</name>
    <message numerus="yes">
        <location filename="../ui/commands/MoveDeploymentsCommand.cpp" line="+76"/>
        <source>Move %n deployment(s)</source>
        <translation>
            <numerusform>Μετακίνηση %n εγκατάστασης</numerusform>
            <numerusform>Μετακίνηση %n εγκαταστάσεων</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Change the ramp of %n deployment(s)</source>
        <translation>
            <numerusform>Αλλαγή κλιμάκωσης %n εγκατάστασης</numerusform>
            <numerusform>Αλλαγή κλιμάκωσης %n εγκαταστάσεων</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Change the lifetime of %n deployment(s)</source>
        <translation>
            <numerusform>Αλλαγή διάρκειας ζωής %n εγκατάστασης</numerusform>
            <numerusform>Αλλαγή διάρκειας ζωής %n εγκαταστάσεων</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Move %Ln × %1 to %2, %3</source>
        <translation>
            <numerusform>Μετακίνηση %Ln × %1 σε %2, %3</numerusform>
            <numerusform>Μετακίνηση %Ln × %1 σε %2, %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Move %Ln × %1 to %2</source>
        <translation>
            <numerusform>Μετακίνηση %Ln × %1 σε %2</numerusform>
            <numerusform>Μετακίνηση %Ln × %1 σε %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Set the ramp of %1 to %n month(s)</source>
        <translation>
            <numerusform>Ορισμός κλιμάκωσης για %1 σε %n μήνα</numerusform>
            <numerusform>Ορισμός κλιμάκωσης για %1 σε %n μήνες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Set the lifetime of %1 to %n month(s)</source>
        <translation>
            <numerusform>Ορισμός διάρκειας ζωής για %1 σε %n μήνα</numerusform>
            <numerusform>Ορισμός διάρκειας ζωής για %1 σε %n μήνες</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewItems</name>
    <message>
        <location filename="../ui/NewItems.cpp" line="+54"/>
        <source>New power phase</source>
        <translation>Νέα φάση ισχύος</translation>
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
        <translation>&amp;Αποθήκευση</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Ακύρωση</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Κλείσιμο</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without Saving</source>
        <translation>Κλείσιμο χωρίς αποθήκευση</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="+2"/>
        <source>Show Details...</source>
        <translation>Εμφάνιση λεπτομερειών...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Απόκρυψη λεπτομερειών...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Qt</source>
        <translation>Σχετικά με το Qt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Σχετικά με το Qt&lt;/h3&gt;&lt;p&gt;Αυτό το πρόγραμμα χρησιμοποιεί την έκδοση %1 του Qt.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/charts/ChartFrame.cpp" line="+28"/>
        <source>PNG size</source>
        <translation>Μέγεθος PNG</translation>
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
        <translation>Πλάτος:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height:</source>
        <translation>Ύψος:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale (type and lines):</source>
        <translation>Κλίμακα (κείμενο και γραμμές):</translation>
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
        <translation>Αποθήκευση</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Αποθήκευση όλων</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Άνοιγμα</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ναι</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>Ναι σε ό&amp;λα</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Όχι</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>Ό&amp;χι σε όλα</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Ματαίωση</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Επανάληψη</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Παράβλεψη</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Απόρριψη</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Βοήθεια</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Εφαρμογή</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Επαναφορά</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Επαναφορά προεπιλογών</translation>
    </message>
</context>
<context>
    <name>RemoveItemsCommand</name>
    <message numerus="yes">
        <location filename="../ui/commands/RemoveItemsCommand.cpp" line="+36"/>
        <source>Delete %n deployment(s)</source>
        <translation>
            <numerusform>Διαγραφή %n εγκατάστασης</numerusform>
            <numerusform>Διαγραφή %n εγκαταστάσεων</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %n power phase(s)</source>
        <translation>
            <numerusform>Διαγραφή %n φάσης ισχύος</numerusform>
            <numerusform>Διαγραφή %n φάσεων ισχύος</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Διαγραφή %n στοιχείου</numerusform>
            <numerusform>Διαγραφή %n στοιχείων</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+73"/>
        <source>Plan and compare AI compute build-outs.</source>
        <translation>Σχεδιάστε και συγκρίνετε επεκτάσεις υπολογιστικής υποδομής για AI.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the scenario FILE.</source>
        <translation>Ανοίγει το σενάριο FILE.</translation>
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
        <translation>Αποδίδει το κύριο παράθυρο στο αρχείο PNG OUT και τερματίζει.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window size for --screenshot (default 1920x1080).</source>
        <translation>Μέγεθος παραθύρου για το --screenshot (προεπιλογή 1920x1080).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the deployments of the CSV FILE to the open scenario as an unsaved change (nothing is added when a row is bad).</source>
        <translation>Προσθέτει τις εγκαταστάσεις του CSV FILE στο ανοιχτό σενάριο ως μη αποθηκευμένη αλλαγή (δεν προστίθεται τίποτα αν μια γραμμή είναι λανθασμένη).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Autosave unsaved changes every MS milliseconds (default: the setting autosave/intervalMs, else 60000).</source>
        <translation>Αυτόματη αποθήκευση των μη αποθηκευμένων αλλαγών κάθε MS χιλιοστά του δευτερολέπτου (προεπιλογή: η ρύθμιση autosave/intervalMs, αλλιώς 60000).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the app in LANGUAGE (en, it or el) for this run, whatever is chosen in View &gt; Language.</source>
        <translation>Εμφανίζει την εφαρμογή στη γλώσσα LANGUAGE (en, it ή el) για αυτή την εκτέλεση, ό,τι κι αν έχει επιλεγεί στο Προβολή &gt; Γλώσσα.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LANGUAGE</source>
        <translation>LANGUAGE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A scenario to open.</source>
        <translation>Ένα σενάριο για άνοιγμα.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--size must be WIDTHxHEIGHT, e.g. 1280x720</source>
        <translation>το --size πρέπει να είναι ΠΛΑΤΟΣxΥΨΟΣ, π.χ. 1280x720</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--language must be en, it or el, not %1</source>
        <translation>το --language πρέπει να είναι en, it ή el, όχι %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Cannot write %1</source>
        <translation>Αδύνατη η εγγραφή του %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot Open the Scenario</source>
        <translation>Αδύνατο το άνοιγμα του σεναρίου</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

%2

The bundled scenario is open instead.</source>
        <translation>%1

%2

Στη θέση του άνοιξε το ενσωματωμένο σενάριο.</translation>
    </message>
</context>
<context>
    <name>rackline::AnalysisActions</name>
    <message>
        <location filename="../ui/AnalysisActions.cpp" line="+74"/>
        <location line="+117"/>
        <source>Compare</source>
        <translation>Σύγκριση</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Comparison</source>
        <translation>Σύγκριση</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set as &amp;Baseline</source>
        <translation>Ορισμός ως &amp;βάσης αναφοράς</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep a copy of the scenario as it is now (A); the charts and the comparison table show your edits (B) against it</source>
        <translation>Κρατά ένα αντίγραφο του σεναρίου όπως είναι τώρα (A)· τα γραφήματα και ο πίνακας σύγκρισης δείχνουν τις αλλαγές σας (B) σε σχέση με αυτό</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare with &amp;File…</source>
        <translation>Σύγκριση με &amp;αρχείο…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The open scenario becomes the baseline A and the chosen file opens as B</source>
        <translation>Το ανοιχτό σενάριο γίνεται η βάση αναφοράς A και το επιλεγμένο αρχείο ανοίγει ως B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As &amp;Announced (2025)</source>
        <translation>Όπως &amp;ανακοινώθηκε (2025)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As of &amp;Mid-2026</source>
        <translation>Στα &amp;μέσα του 2026</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear Comparison</source>
        <translation>&amp;Κατάργηση σύγκρισης</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Uncertainty Bands…</source>
        <translation>Ζώνες &amp;αβεβαιότητας…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monte Carlo over start dates and prices: P10–P90 bands and P50 on the capacity and money charts</source>
        <translation>Monte Carlo στις ημερομηνίες έναρξης και στις τιμές: ζώνες P10–P90 και P50 στα γραφήματα δυναμικότητας και χρημάτων</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear Uncertainty Ba&amp;nds</source>
        <translation>Κατάργηση ζωνών αβεβαιότ&amp;ητας</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Analysis</source>
        <translation>&amp;Ανάλυση</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare with Bu&amp;ndled Scenario</source>
        <translation>Σύγκριση με ενσω&amp;ματωμένο σενάριο</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Baseline set: edits now show against it</source>
        <translation>Ορίστηκε βάση αναφοράς: οι αλλαγές εμφανίζονται πλέον σε σχέση με αυτήν</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Compare with File</source>
        <translation>Σύγκριση με αρχείο</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rackline scenarios (*.json);;All files (*)</source>
        <translation>Σενάρια Rackline (*.json);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot open %1:
%2</source>
        <translation>Αδύνατο το άνοιγμα του %1:
%2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Set Uncertainty Ranges</source>
        <translation>Ορισμός εύρους αβεβαιότητας</translation>
    </message>
</context>
<context>
    <name>rackline::AssumptionsPanel</name>
    <message>
        <location filename="../ui/AssumptionsPanel.cpp" line="+85"/>
        <source>Assumptions</source>
        <translation>Παραδοχές</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Source of this scenario&apos;s assumptions: %1</source>
        <translation>Πηγή των παραδοχών αυτού του σεναρίου: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defaults are those of Rackline&apos;s model (MODEL.md); vendor prices are the catalog&apos;s, each with its source (Help &gt; About Rackline).</source>
        <translation>Οι προεπιλεγμένες τιμές είναι του μοντέλου του Rackline (MODEL.md)· οι τιμές των προμηθευτών είναι του καταλόγου, η καθεμία με την πηγή της (Βοήθεια &gt; Σχετικά με το Rackline).</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>PUE (facility ÷ IT power)</source>
        <translation>PUE (ισχύς υποδομών ÷ ισχύς IT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power usage effectiveness: the facility draws this many watts per watt of IT load. A power phase with its own PUE keeps it.
Default %1, from Rackline&apos;s model (MODEL.md).</source>
        <translation>Αποδοτικότητα χρήσης ισχύος (PUE): η υποδομή απορροφά τόσα watt ανά watt φορτίου IT. Μια φάση ισχύος με δικό της PUE το διατηρεί.
Προεπιλογή %1, από το μοντέλο του Rackline (MODEL.md).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back to the default PUE</source>
        <translation>Επαναφορά στο προεπιλεγμένο PUE</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What a megawatt-hour of facility power costs (the energy cost per month).
Default $%1 per MWh, from Rackline&apos;s model (MODEL.md).</source>
        <translation>Πόσο κοστίζει μία μεγαβατώρα ισχύος υποδομών (το κόστος ενέργειας ανά μήνα).
Προεπιλογή %1 $ ανά MWh, από το μοντέλο του Rackline (MODEL.md).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to the default energy price</source>
        <translation>Επαναφορά στην προεπιλεγμένη τιμή ενέργειας</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What building a gigawatt of power phases costs, paid as each phase comes online.
Default $%1B per GW, from Rackline&apos;s model (MODEL.md).</source>
        <translation>Πόσο κοστίζει η κατασκευή ενός γιγαβάτ φάσεων ισχύος, πληρωτέο καθώς κάθε φάση τίθεται σε λειτουργία.
Προεπιλογή %1 δισ. $ ανά GW, από το μοντέλο του Rackline (MODEL.md).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to the default facility capex</source>
        <translation>Επαναφορά στο προεπιλεγμένο capex υποδομών</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Replaces every investment&apos;s own tranche size per GW deployed. When not set, each investment keeps the size of its deal (its source is the commitment&apos;s).</source>
        <translation>Αντικαθιστά το μέγεθος της δόσης (tranche) ανά εγκατεστημένο GW κάθε επένδυσης. Αν δεν οριστεί, κάθε επένδυση κρατά το μέγεθος της συμφωνίας της (η πηγή είναι της δέσμευσης).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to each investment&apos;s own tranche size</source>
        <translation>Επαναφορά στη δική της δόση (tranche) για κάθε επένδυση</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Multiplies the catalog price of every %1 system (1 = the catalog&apos;s price, each with its source).</source>
        <translation>Πολλαπλασιάζει την τιμή καταλόγου κάθε συστήματος %1 (1 = η τιμή του καταλόγου, η καθεμία με την πηγή της).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the catalog prices of %1</source>
        <translation>Επαναφορά στις τιμές καταλόγου του %1</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Facility and money</source>
        <translation>Υποδομές και χρήματα</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prices (× catalog)</source>
        <translation>Τιμές (× κατάλογος)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner delays (months)</source>
        <translation>Καθυστερήσεις εταίρων (μήνες)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System delays (months)</source>
        <translation>Καθυστερήσεις συστημάτων (μήνες)</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Energy price ($ per MWh)</source>
        <translation>Τιμή ενέργειας ($ ανά MWh)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Facility capex ($B per GW)</source>
        <translation>Capex υποδομών ($B ανά GW)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Investment tranche ($B per GW)</source>
        <translation>Δόση (tranche) επένδυσης ($B ανά GW)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Starts every deployment of %1 this many months later (negative: earlier). Default: no delay.</source>
        <translation>Ξεκινά κάθε εγκατάσταση του %1 τόσους μήνες αργότερα (αρνητικό: νωρίτερα). Προεπιλογή: καμία καθυστέρηση.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts every deployment of %1 this many months later (negative: earlier), on top of its partner&apos;s delay. Default: no delay.</source>
        <translation>Ξεκινά κάθε εγκατάσταση του %1 τόσους μήνες αργότερα (αρνητικό: νωρίτερα), επιπλέον της καθυστέρησης του εταίρου της. Προεπιλογή: καμία καθυστέρηση.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No delay for %1</source>
        <translation>Καμία καθυστέρηση για %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>this scenario</source>
        <translation>αυτό το σενάριο</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each deal&apos;s own</source>
        <translation>της κάθε συμφωνίας</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>default</source>
        <translation>προεπιλογή</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Set %1 to %2</source>
        <translation>Ορισμός %1 σε %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset %1</source>
        <translation>Επαναφορά %1</translation>
    </message>
</context>
<context>
    <name>rackline::CapacityChart</name>
    <message>
        <location filename="../ui/charts/CapacityChart.cpp" line="+56"/>
        <source>Log scale</source>
        <translation>Λογαριθμική κλίμακα</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Show:</source>
        <translation>Εμφάνιση:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Capacity in service by partner: %1</source>
        <translation>Δυναμικότητα σε λειτουργία ανά εταίρο: %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+18"/>
        <source>Total</source>
        <translation>Σύνολο</translation>
    </message>
</context>
<context>
    <name>rackline::Catalog</name>
    <message>
        <location filename="../core/Catalog.cpp" line="+43"/>
        <source>expected &quot;rackline-catalog&quot;</source>
        <translation>αναμενόταν &quot;rackline-catalog&quot;</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&quot;%1&quot; is not &quot;rack&quot; or &quot;gpu&quot;</source>
        <translation>το &quot;%1&quot; δεν είναι &quot;rack&quot; ή &quot;gpu&quot;</translation>
    </message>
</context>
<context>
    <name>rackline::ChartExporter</name>
    <message>
        <location filename="../ui/charts/ChartExporter.cpp" line="+46"/>
        <source>the size must be between 16x16 and %1x%2 pixels, not %3x%4</source>
        <translation>το μέγεθος πρέπει να είναι μεταξύ 16x16 και %1x%2 pixel, όχι %3x%4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the scale must be between 0.5 and %1</source>
        <translation>η κλίμακα πρέπει να είναι μεταξύ 0,5 και %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>PNG encoding failed</source>
        <translation>η κωδικοποίηση PNG απέτυχε</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot start the SVG drawing</source>
        <translation>αδύνατη η έναρξη του σχεδίου SVG</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cannot start the PDF drawing</source>
        <translation>αδύνατη η έναρξη του σχεδίου PDF</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>cannot write %1: %2</source>
        <translation>αδύνατη η εγγραφή του %1: %2</translation>
    </message>
</context>
<context>
    <name>rackline::ChartFormat</name>
    <message>
        <location filename="../ui/charts/ChartFormat.cpp" line="+22"/>
        <source>$%1B</source>
        <translation>%1 δισ. $</translation>
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
        <translation>Μεγέθυνση</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this chart alone</source>
        <translation>Εμφάνιση μόνο αυτού του γραφήματος</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Εξαγωγή</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image…</source>
        <translation>Εικόνα PNG…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SVG drawing…</source>
        <translation>Σχέδιο SVG…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF page…</source>
        <translation>Σελίδα PDF…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Data as CSV…</source>
        <translation>Δεδομένα ως CSV…</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Back to all charts</source>
        <translation>Επιστροφή σε όλα τα γραφήματα</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Export failed</source>
        <translation>Η εξαγωγή απέτυχε</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export chart as PNG</source>
        <translation>Εξαγωγή γραφήματος ως PNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>Εικόνες PNG (*.png)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export chart as PDF</source>
        <translation>Εξαγωγή γραφήματος ως PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Αρχεία PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export chart as SVG</source>
        <translation>Εξαγωγή γραφήματος ως SVG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SVG drawings (*.svg)</source>
        <translation>Σχέδια SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export chart data as CSV</source>
        <translation>Εξαγωγή δεδομένων γραφήματος ως CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Αρχεία CSV (*.csv)</translation>
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
        <translation>Παραδοθέν έως το τέλος του:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Commitments compared (delivered by the end of %1)</source>
        <translation>Σύγκριση δεσμεύσεων (παραδοθέν έως το τέλος του %1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Committed&lt;br&gt;($B)</source>
        <translation>Δεσμευμένο&lt;br&gt;($B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size&lt;br&gt;(GW)</source>
        <translation>Μέγεθος&lt;br&gt;(GW)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration&lt;br&gt;(months)</source>
        <translation>Διάρκεια&lt;br&gt;(μήνες)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price&lt;br&gt;($B per GW)</source>
        <translation>Τιμή&lt;br&gt;($B ανά GW)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered&lt;br&gt;by end %1</source>
        <translation>Παραδοθέν&lt;br&gt;έως τέλος %1</translation>
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
        <translation>μ/δ</translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n μήνας</numerusform>
            <numerusform>%n μήνες</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rackline::CompareChart</name>
    <message>
        <location filename="../ui/charts/CompareChart.cpp" line="+45"/>
        <source>Compare:</source>
        <translation>Σύγκριση:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Compared: %1</source>
        <translation>Σύγκριση: %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>This scenario</source>
        <translation>Αυτό το σενάριο</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other scenario</source>
        <translation>Άλλο σενάριο</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No scenario to compare with</source>
        <translation>Δεν υπάρχει σενάριο για σύγκριση</translation>
    </message>
</context>
<context>
    <name>rackline::CsvImportDialog</name>
    <message>
        <location filename="../ui/CsvImportDialog.cpp" line="+81"/>
        <source>Import Deployments from CSV</source>
        <translation>Εισαγωγή εγκαταστάσεων από CSV</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1: %n problem(s) found. Nothing is imported until every row is valid: correct the file and import it again.</source>
        <translation>
            <numerusform>%1: βρέθηκε %n πρόβλημα. Δεν εισάγεται τίποτα μέχρι να είναι έγκυρες όλες οι γραμμές: διορθώστε το αρχείο και εισαγάγετέ το ξανά.</numerusform>
            <numerusform>%1: βρέθηκαν %n προβλήματα. Δεν εισάγεται τίποτα μέχρι να είναι έγκυρες όλες οι γραμμές: διορθώστε το αρχείο και εισαγάγετέ το ξανά.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no deployments to import.</source>
        <translation>Το %1 δεν έχει εγκαταστάσεις για εισαγωγή.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: %n deployment(s) will be added to the plan as one step (Undo removes them).</source>
        <translation>
            <numerusform>%1: %n εγκατάσταση θα προστεθεί στο σχέδιο ως ένα βήμα (η Αναίρεση την αφαιρεί).</numerusform>
            <numerusform>%1: %n εγκαταστάσεις θα προστεθούν στο σχέδιο ως ένα βήμα (η Αναίρεση τις αφαιρεί).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems:</source>
        <translation>Προβλήματα:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid rows:</source>
        <translation>Έγκυρες γραμμές:</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&amp;Import %n Deployment(s)</source>
        <translation>
            <numerusform>&amp;Εισαγωγή %n εγκατάστασης</numerusform>
            <numerusform>&amp;Εισαγωγή %n εγκαταστάσεων</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deployments to import</source>
        <translation>Εγκαταστάσεις προς εισαγωγή</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems in the file</source>
        <translation>Προβλήματα στο αρχείο</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line</source>
        <translation>Γραμμή</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Στήλη</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Πρόβλημα</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(whole row)</source>
        <translation>(ολόκληρη η γραμμή)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Id</source>
        <translation>Αναγνωριστικό</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>System</source>
        <translation>Σύστημα</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partner</source>
        <translation>Εταίρος</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Count</source>
        <translation>Πλήθος</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>Έναρξη</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ramp</source>
        <translation>Κλιμάκωση</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n μήνας</numerusform>
            <numerusform>%n μήνες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Import %n deployment(s)</source>
        <translation>
            <numerusform>Εισαγωγή %n εγκατάστασης</numerusform>
            <numerusform>Εισαγωγή %n εγκαταστάσεων</numerusform>
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
        <translation>Μήνας</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quarter</source>
        <translation>Τρίμηνο</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Year</source>
        <translation>Έτος</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metric</source>
        <translation>Δείκτης</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A (baseline)</source>
        <translation>A (βάση αναφοράς)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B (open)</source>
        <translation>B (ανοιχτό)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B − A</source>
        <translation>B − A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% of A</source>
        <translation>% του A</translation>
    </message>
</context>
<context>
    <name>rackline::DeltaTableWidget</name>
    <message>
        <location filename="../ui/DeltaTableWidget.cpp" line="+93"/>
        <source>&amp;Period:</source>
        <translation>&amp;Περίοδος:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Μήνας</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter</source>
        <translation>Τρίμηνο</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Έτος</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M&amp;etric:</source>
        <translation>Δεί&amp;κτης:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All metrics</source>
        <translation>Όλοι οι δείκτες</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;CSV…</source>
        <translation>Εξαγωγή &amp;CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The long table month,metric,a,b,delta of every metric, as rackline-cli compare writes it</source>
        <translation>Ο μακρύς πίνακας month,metric,a,b,delta κάθε δείκτη, όπως τον γράφει το rackline-cli compare</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No baseline: use Analysis &gt; Set as Baseline, or Compare with File…</source>
        <translation>Καμία βάση αναφοράς: χρησιμοποιήστε Ανάλυση &gt; Ορισμός ως βάσης αναφοράς ή Σύγκριση με αρχείο…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (baseline, dashed in the charts) against %2 (open, live). Flows are summed over each period; stocks are the period&apos;s last month.</source>
        <translation>%1 (βάση αναφοράς, διακεκομμένη στα γραφήματα) έναντι %2 (ανοιχτό, ζωντανά). Οι ροές αθροίζονται ανά περίοδο· τα αποθέματα είναι του τελευταίου μήνα της περιόδου.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>cannot write %1: %2</source>
        <translation>αδύνατη η εγγραφή του %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export Comparison as CSV</source>
        <translation>Εξαγωγή σύγκρισης ως CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Αρχεία CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export Comparison</source>
        <translation>Εξαγωγή σύγκρισης</translation>
    </message>
</context>
<context>
    <name>rackline::DeploymentCsv</name>
    <message>
        <location filename="../core/DeploymentCsv.cpp" line="+82"/>
        <source>a quoted field is not closed</source>
        <translation>ένα πεδίο σε εισαγωγικά δεν έχει κλείσει</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>line %1: %2</source>
        <translation>γραμμή %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line %1, column %2: %3</source>
        <translation>γραμμή %1, στήλη %2: %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the file is empty: a header row is needed</source>
        <translation>το αρχείο είναι κενό: απαιτείται γραμμή κεφαλίδας</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown column (expected one of %1)</source>
        <translation>άγνωστη στήλη (αναμενόταν μία από τις %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the column appears twice</source>
        <translation>η στήλη εμφανίζεται δύο φορές</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>required column is missing</source>
        <translation>λείπει υποχρεωτική στήλη</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+20"/>
        <source>is empty</source>
        <translation>δεν έχει τιμή</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>unknown %1 &quot;%2&quot;</source>
        <translation>δεν υπάρχει %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a whole number of months (0 or more)</source>
        <translation>το &quot;%1&quot; δεν είναι ακέραιος αριθμός μηνών (0 ή περισσότεροι)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown system &quot;%1&quot;</source>
        <translation>δεν υπάρχει σύστημα &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partner</source>
        <translation>εταίρος</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a number greater than 0</source>
        <translation>το &quot;%1&quot; δεν είναι αριθμός μεγαλύτερος του 0</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a month (YYYY-MM)</source>
        <translation>το &quot;%1&quot; δεν είναι μήνας (YYYY-MM)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>power phase</source>
        <translation>φάση ισχύος</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>commitment</source>
        <translation>δέσμευση</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>duplicate id &quot;%1&quot;</source>
        <translation>διπλότυπο id &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 fields, the header has %2</source>
        <translation>%1 πεδία, η κεφαλίδα έχει %2</translation>
    </message>
</context>
<context>
    <name>rackline::EditActions</name>
    <message>
        <location filename="../ui/EditActions.cpp" line="+96"/>
        <source>&amp;Undo</source>
        <translation>&amp;Αναίρεση</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>Επα&amp;νάληψη</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Undo</source>
        <translation>Αναίρεση</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Επανάληψη</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>Αντι&amp;γραφή</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Απο&amp;κοπή</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Επικόλληση</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>Δημιουργία διπ&amp;λότυπου</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Διαγραφή</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select &amp;All</source>
        <translation>Επιλογή όλ&amp;ων</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nudge Earlier by a Month</source>
        <translation>Μετακίνηση έναν μήνα νωρίτερα</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nudge Later by a Month</source>
        <translation>Μετακίνηση έναν μήνα αργότερα</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nudge Earlier by a Quarter</source>
        <translation>Μετακίνηση ένα τρίμηνο νωρίτερα</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nudge Later by a Quarter</source>
        <translation>Μετακίνηση ένα τρίμηνο αργότερα</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select &amp;Next Block</source>
        <translation>Επιλογή επό&amp;μενου μπλοκ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select Pre&amp;vious Block</source>
        <translation>Επιλογή &amp;προηγούμενου μπλοκ</translation>
    </message>
    <message numerus="yes">
        <location line="+134"/>
        <source>Nudge %n month(s) earlier</source>
        <translation>
            <numerusform>Μετακίνηση %n μήνα νωρίτερα</numerusform>
            <numerusform>Μετακίνηση %n μήνες νωρίτερα</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Nudge %n month(s) later</source>
        <translation>
            <numerusform>Μετακίνηση %n μήνα αργότερα</numerusform>
            <numerusform>Μετακίνηση %n μήνες αργότερα</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Move power phase %1 to %2</source>
        <translation>Μετακίνηση φάσης ισχύος %1 σε %2</translation>
    </message>
</context>
<context>
    <name>rackline::FileActions</name>
    <message>
        <location filename="../ui/FileActions.cpp" line="+43"/>
        <source>Untitled plan</source>
        <translation>Σχέδιο χωρίς τίτλο</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&amp;New</source>
        <translation>&amp;Νέο</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Empty Plan</source>
        <translation>&amp;Κενό σχέδιο</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenAI Compute Commitments, 2025</source>
        <translation>Δεσμεύσεις υπολογιστικής ισχύος της OpenAI, 2025</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OpenAI Compute Commitments, Mid-2026</source>
        <translation>Δεσμεύσεις υπολογιστικής ισχύος της OpenAI, μέσα 2026</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Cannot Open the Template</source>
        <translation>Αδύνατο το άνοιγμα του προτύπου</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import Deployments from CSV</source>
        <translation>Εισαγωγή εγκαταστάσεων από CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Αρχεία CSV (*.csv *.txt);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Open…</source>
        <translation>&amp;Άνοιγμα…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>Άνοιγμα π&amp;ρόσφατου</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import Deployments from CSV…</source>
        <translation>&amp;Εισαγωγή εγκαταστάσεων από CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>Απο&amp;θήκευση</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>Αποθήκευση &amp;ως…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>Έ&amp;ξοδος</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opening %1…</source>
        <translation>Άνοιγμα του %1…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Saving %1…</source>
        <translation>Αποθήκευση του %1…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot Import the CSV</source>
        <translation>Αδύνατη η εισαγωγή του CSV</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unsaved Changes</source>
        <translation>Μη αποθηκευμένες αλλαγές</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” has changes that are not saved. Save them before they are lost?</source>
        <translation>Το «%1» έχει αλλαγές που δεν έχουν αποθηκευτεί. Να αποθηκευτούν πριν χαθούν;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open Scenario</source>
        <translation>Άνοιγμα σεναρίου</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rackline scenarios (*.json);;All files (*)</source>
        <translation>Σενάρια Rackline (*.json);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+74"/>
        <source>Cannot Open the Scenario</source>
        <translation>Αδύνατο το άνοιγμα του σεναρίου</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Save As Another File</source>
        <translation>Αποθήκευση ως άλλο αρχείο</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not overwritten. %2</source>
        <translation>Το «%1» δεν αντικαθίσταται. %2</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Cannot Save the Scenario</source>
        <translation>Αδύνατη η αποθήκευση του σεναρίου</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rackline could not save %1:
%2

The file on disk is unchanged, and your work is still open with its changes: choose Save As to keep it in another place.</source>
        <translation>Το Rackline δεν μπόρεσε να αποθηκεύσει το %1:
%2

Το αρχείο στον δίσκο δεν άλλαξε και η εργασία σας παραμένει ανοιχτή με τις αλλαγές της: επιλέξτε Αποθήκευση ως για να τη φυλάξετε σε άλλη θέση.</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>scenario</source>
        <translation>σενάριο</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save Scenario As</source>
        <translation>Αποθήκευση σεναρίου ως</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rackline scenarios (*.json)</source>
        <translation>Σενάρια Rackline (*.json)</translation>
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

Το ανοιχτό σενάριο δεν άλλαξε.</translation>
    </message>
</context>
<context>
    <name>rackline::GoalSeekDialog</name>
    <message>
        <location filename="../ui/GoalSeekDialog.cpp" line="+193"/>
        <source>Goal Seek</source>
        <translation>Αναζήτηση στόχου</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many units of a system, placed on the timeline like this, reach a target by a month? The answer follows the plan as it changes.</source>
        <translation>Πόσες μονάδες ενός συστήματος, τοποθετημένες έτσι στο χρονολόγιο, φτάνουν έναν στόχο έως έναν μήνα; Η απάντηση ακολουθεί το σχέδιο καθώς αλλάζει.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;System:</source>
        <translation>&amp;Σύστημα:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Partner:</source>
        <translation>&amp;Εταίρος:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;tart:</source>
        <translation>Έ&amp;ναρξη:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Ramp:</source>
        <translation>&amp;Κλιμάκωση:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power p&amp;hase:</source>
        <translation>Φάση &amp;ισχύος:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Commitment:</source>
        <translation>Δέ&amp;σμευση:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T&amp;arget:</source>
        <translation>Σ&amp;τόχος:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;By the end of:</source>
        <translation>Έως το &amp;τέλος του:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> months</source>
        <translation> μήνες</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GW of facility power</source>
        <translation>GW ισχύος υποδομών</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GW of IT power</source>
        <translation>GW ισχύος IT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EFLOPS of dense FP8 compute</source>
        <translation>EFLOPS πυκνής υπολογιστικής ισχύος FP8</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EFLOPS of dense FP4 compute</source>
        <translation>EFLOPS πυκνής υπολογιστικής ισχύος FP4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>$B of investment tranches released</source>
        <translation>δισ. $ εκταμιευμένων δόσεων (tranche) επενδύσεων</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Place on Timeline</source>
        <translation>&amp;Τοποθέτηση στο χρονολόγιο</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds these units as a new deployment (one undo step)</source>
        <translation>Προσθέτει αυτές τις μονάδες ως νέα εγκατάσταση (ένα βήμα αναίρεσης)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>None (the scenario&apos;s PUE)</source>
        <translation>Καμία (το PUE του σεναρίου)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None</source>
        <translation>Καμία</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Choose a system and a partner.</source>
        <translation>Επιλέξτε ένα σύστημα και έναν εταίρο.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The plan already reaches %1 by the end of %2 without new units (%3).</source>
        <translation>Το σχέδιο φτάνει ήδη %1 έως το τέλος του %2 χωρίς νέες μονάδες (%3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Unreachable:&lt;/b&gt; no number of %1 placed this way reaches %2 by the end of %3. The units may come online after that month, or not count towards this target (tranches need an investment commitment).</source>
        <translation>&lt;b&gt;Ανέφικτο:&lt;/b&gt; κανένας αριθμός %1 τοποθετημένος έτσι δεν φτάνει %2 έως το τέλος του %3. Οι μονάδες ίσως τίθενται σε λειτουργία μετά από εκείνον τον μήνα ή δεν μετρούν για αυτόν τον στόχο (οι δόσεις/tranche χρειάζονται δέσμευση επένδυσης).</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>&lt;b&gt;%Ln unit(s)&lt;/b&gt; of %1 (%2 MW of IT power) reach %3 by the end of %4: %5, against %6 with one unit fewer.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln μονάδα&lt;/b&gt; %1 (%2 MW ισχύος IT) φτάνει %3 έως το τέλος του %4: %5, έναντι %6 με μία μονάδα λιγότερη.</numerusform>
            <numerusform>&lt;b&gt;%Ln μονάδες&lt;/b&gt; %1 (%2 MW ισχύος IT) φτάνουν %3 έως το τέλος του %4: %5, έναντι %6 με μία μονάδα λιγότερη.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Goal seek: %1 by %2</source>
        <translation>Αναζήτηση στόχου: %1 έως %2</translation>
    </message>
</context>
<context>
    <name>rackline::InputRefusalNote</name>
    <message>
        <location filename="../ui/InputRefusalNote.cpp" line="+18"/>
        <location line="+3"/>
        <source>between %1 and %2</source>
        <translation>μεταξύ %1 και %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Input problem</source>
        <translation>Πρόβλημα εισαγωγής</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1: type the month as year-month in digits, e.g. 2027-03; “%2” is not a digit.</source>
        <translation>%1: πληκτρολογήστε τον μήνα ως έτος-μήνα με ψηφία, π.χ. 2027-03· το «%2» δεν είναι ψηφίο.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: a month is 01 to 12.</source>
        <translation>%1: ο μήνας είναι από 01 έως 12.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the year must be between %2 and %3.</source>
        <translation>%1: το έτος πρέπει να είναι μεταξύ %2 και %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be negative: the smallest is %2.</source>
        <translation>Το %1 δεν μπορεί να είναι αρνητικό: το ελάχιστο είναι %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be %2.</source>
        <translation>Το %1 πρέπει να είναι %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 takes a number: “%2” is not a digit.</source>
        <translation>Το %1 δέχεται αριθμό: το «%2» δεν είναι ψηφίο.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: “%2” is not a month; the previous month is kept.</source>
        <translation>%1: το «%2» δεν είναι μήνας· διατηρείται ο προηγούμενος μήνας.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must be %2; the previous value is kept.</source>
        <translation>Το %1 πρέπει να είναι %2· διατηρείται η προηγούμενη τιμή.</translation>
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
        <translation> μήνες</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Select a deployment, a power phase or a commitment on the timeline to edit it.</source>
        <translation>Επιλέξτε μια εγκατάσταση, μια φάση ισχύος ή μια δέσμευση στο χρονολόγιο για να την επεξεργαστείτε.</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Inspector</source>
        <translation>Ιδιότητες</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deployment id</source>
        <translation>Αναγνωριστικό εγκατάστασης</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System</source>
        <translation>Σύστημα</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation>Εταίρος</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>Πλήθος</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> units</source>
        <translation> μονάδες</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start month</source>
        <translation>Μήνας έναρξης</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ramp</source>
        <translation>Κλιμάκωση</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lifetime</source>
        <translation>Διάρκεια ζωής</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System default</source>
        <translation>Προεπιλογή συστήματος</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 months: never retired</source>
        <translation>0 μήνες: δεν αποσύρεται ποτέ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power phase</source>
        <translation>Φάση ισχύος</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitment</source>
        <translation>Δέσμευση</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+40"/>
        <source>Id:</source>
        <translation>Αναγνωριστικό:</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>&amp;System:</source>
        <translation>&amp;Σύστημα:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>&amp;Partner:</source>
        <translation>&amp;Εταίρος:</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>&amp;Count:</source>
        <translation>&amp;Πλήθος:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tart:</source>
        <translation>Έ&amp;ναρξη:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>&amp;Ramp:</source>
        <translation>&amp;Κλιμάκωση:</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>&amp;Lifetime:</source>
        <translation>&amp;Διάρκεια ζωής:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ower phase:</source>
        <translation>&amp;Φάση ισχύος:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mmitment:</source>
        <translation>Δέσ&amp;μευση:</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>system</source>
        <translation>συστήματος</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+57"/>
        <source>partner</source>
        <translation>εταίρου</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>count</source>
        <translation>πλήθους</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+141"/>
        <source>start</source>
        <translation>έναρξης</translation>
    </message>
    <message>
        <location line="-138"/>
        <location line="+57"/>
        <source>ramp</source>
        <translation>κλιμάκωσης</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>lifetime</source>
        <translation>διάρκειας ζωής</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>power phase</source>
        <translation>φάσης ισχύος</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>commitment</source>
        <translation>δέσμευσης</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Phase name</source>
        <translation>Όνομα φάσης</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phase partner</source>
        <translation>Εταίρος φάσης</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity</source>
        <translation>Δυναμικότητα</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> MW</source>
        <translation> MW</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online month</source>
        <translation>Μήνας έναρξης λειτουργίας</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phase ramp</source>
        <translation>Κλιμάκωση φάσης</translation>
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
        <translation>Προεπιλογή σεναρίου</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Όνομα:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Capacity:</source>
        <translation>Δυ&amp;ναμικότητα:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Online:</source>
        <translation>Σε &amp;λειτουργία από:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;UE:</source>
        <translation>P&amp;UE:</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>name</source>
        <translation>ονόματος</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>capacity</source>
        <translation>δυναμικότητας</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>online month</source>
        <translation>μήνα έναρξης λειτουργίας</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Commitment id</source>
        <translation>Αναγνωριστικό δέσμευσης</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitment kind</source>
        <translation>Είδος δέσμευσης</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investment</source>
        <translation>Επένδυση</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase</source>
        <translation>Αγορά</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Σύνολο</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <location line="+3"/>
        <location line="+3"/>
        <source> B</source>
        <translation> δισ.</translation>
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
        <translation>Έναρξη δέσμευσης</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Διάρκεια</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nominal size</source>
        <translation>Ονομαστικό μέγεθος</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> GW</source>
        <translation> GW</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not given</source>
        <translation>Δεν δίνεται</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Είδος:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Total:</source>
        <translation>&amp;Σύνολο:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start:</source>
        <translation>Έ&amp;ναρξη:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duration:</source>
        <translation>&amp;Διάρκεια:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In &amp;tranches</source>
        <translation>Σε δόσε&amp;ις</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released in tranches as gigawatts are deployed (investments)</source>
        <translation>Εκταμιεύεται σε δόσεις (tranche) καθώς εγκαθίστανται τα gigawatt (επενδύσεις)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released in tranches</source>
        <translation>Εκταμίευση σε δόσεις</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First tranche</source>
        <translation>Πρώτη δόση</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Per GW deployed</source>
        <translation>Ανά εγκατεστημένο GW</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cap</source>
        <translation>Ανώτατο όριο</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The total</source>
        <translation>Το σύνολο</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Size:</source>
        <translation>&amp;Μέγεθος:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First:</source>
        <translation>&amp;Πρώτη δόση:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per &amp;GW:</source>
        <translation>Ανά &amp;GW:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cap:</source>
        <translation>&amp;Ανώτατο όριο:</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>tranches</source>
        <translation>δόσεων</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>first tranche</source>
        <translation>πρώτης δόσης</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tranche per GW</source>
        <translation>δόσης ανά GW</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tranche cap</source>
        <translation>ανώτατου ορίου δόσεων</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>kind</source>
        <translation>είδους</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>total</source>
        <translation>συνόλου</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>duration</source>
        <translation>διάρκειας</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>size</source>
        <translation>μεγέθους</translation>
    </message>
    <message numerus="yes">
        <location line="-197"/>
        <source>%n items selected. Drag them together, or nudge them with the arrow keys.</source>
        <translation>
            <numerusform>%n στοιχείο επιλεγμένο. Σύρετέ το ή μετακινήστε το με τα βέλη.</numerusform>
            <numerusform>%n στοιχεία επιλεγμένα. Σύρετέ τα μαζί ή μετακινήστε τα με τα βέλη.</numerusform>
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
        <translation>Κανένα</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>At full ramp: %1 accelerators, %2 PFLOPS FP8, %3 MW of facility power; hardware $%4B.</source>
        <translation>Σε πλήρη κλιμάκωση: %1 επιταχυντές, %2 PFLOPS FP8, %3 MW ισχύος υποδομών· εξοπλισμός %4 δισ. $.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Starts before %1 ships (%2).</source>
        <translation>Ξεκινά πριν από τις πρώτες παραδόσεις του %1 (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Figures:</source>
        <translation>Στοιχεία:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>None (the plan&apos;s)</source>
        <translation>Κανένας (του σχεδίου)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Source:</source>
        <translation>Πηγή:</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+12"/>
        <location line="+12"/>
        <source>Change the %1 of %2</source>
        <translation>Αλλαγή %1 για %2</translation>
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
        <translation>μια τιμή true/false</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number</source>
        <translation>ένας αριθμός</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a string</source>
        <translation>μια συμβολοσειρά</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an array</source>
        <translation>ένας πίνακας (array)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an object</source>
        <translation>ένα αντικείμενο</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nothing</source>
        <translation>τίποτα</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>expected an object, found %1</source>
        <translation>αναμενόταν αντικείμενο, βρέθηκε: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>is required but missing</source>
        <translation>υποχρεωτικό αλλά λείπει</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+81"/>
        <source>expected a string, found %1</source>
        <translation>αναμενόταν συμβολοσειρά, βρέθηκε: %1</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>expected a number, found %1</source>
        <translation>αναμενόταν αριθμός, βρέθηκε: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a finite number</source>
        <translation>το %1 δεν είναι πεπερασμένος αριθμός</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is negative; it must be 0 or more</source>
        <translation>το %1 είναι αρνητικό· πρέπει να είναι 0 ή περισσότερο</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be greater than 0</source>
        <translation>το %1 πρέπει να είναι μεγαλύτερο του 0</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a whole number</source>
        <translation>το %1 δεν είναι ακέραιος αριθμός</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>το %1 είναι εκτός ορίων (%2 έως %3)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&quot;%1&quot; is not a month (YYYY-MM)</source>
        <translation>το &quot;%1&quot; δεν είναι μήνας (YYYY-MM)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>expected an array, found %1</source>
        <translation>αναμενόταν πίνακας (array), βρέθηκε: %1</translation>
    </message>
</context>
<context>
    <name>rackline::JsonText</name>
    <message>
        <location filename="../core/JsonText.cpp" line="+32"/>
        <source>line %1, column %2</source>
        <translation>γραμμή %1, στήλη %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>malformed JSON: %1</source>
        <translation>μη έγκυρο JSON: %1</translation>
    </message>
</context>
<context>
    <name>rackline::LaneHeader</name>
    <message>
        <location filename="../ui/timeline/LaneHeader.cpp" line="+25"/>
        <source>Lanes</source>
        <translation>Λωρίδες</translation>
    </message>
</context>
<context>
    <name>rackline::LanguageMenu</name>
    <message>
        <location filename="../ui/LanguageMenu.cpp" line="+81"/>
        <source>&amp;Language</source>
        <translation>&amp;Γλώσσα</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;System Default</source>
        <translation>Προεπιλογή &amp;συστήματος</translation>
    </message>
</context>
<context>
    <name>rackline::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+206"/>
        <source>Palette</source>
        <translation>Παλέτα</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspector</source>
        <translation>Ιδιότητες</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;άνοιγμα&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit history</source>
        <translation>Ιστορικό επεξεργασίας</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>History</source>
        <translation>Ιστορικό</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charts</source>
        <translation>Γραφήματα</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation>&amp;Αρχείο</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Report…</source>
        <translation>Εξαγωγή ανα&amp;φοράς…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Επεξεργασία</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Προβολή</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Μεγέθυνση</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Σμίκρυνση</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;Whole Timeline</source>
        <translation>Εμφάνιση &amp;ολόκληρου του χρονολογίου</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Present Charts</source>
        <translation>&amp;Παρουσίαση γραφημάτων</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the charts full screen, one a slide; arrow keys move, Esc returns</source>
        <translation>Εμφάνιση των γραφημάτων σε πλήρη οθόνη, ένα ανά διαφάνεια· τα βέλη μετακινούν, το Esc επιστρέφει</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme</source>
        <translation>&amp;Θέμα</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the &amp;System</source>
        <translation>Όπως το &amp;σύστημα</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Light</source>
        <translation>&amp;Φωτεινό</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Dark</source>
        <translation>Σκο&amp;τεινό</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Βοήθεια</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Rackline</source>
        <translation>&amp;Σχετικά με το Rackline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>Σχετικά με το &amp;Qt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main</source>
        <translation>Κύρια</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main toolbar</source>
        <translation>Κύρια γραμμή εργαλείων</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 (%2)[*] — Rackline</source>
        <translation>%1 (%2)[*] — Rackline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2, read-only)[*] — Rackline</source>
        <translation>%1 (%2, μόνο για ανάγνωση)[*] — Rackline</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No warnings</source>
        <translation>Καμία προειδοποίηση</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Export Report to Folder</source>
        <translation>Εξαγωγή αναφοράς σε φάκελο</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export Report</source>
        <translation>Εξαγωγή αναφοράς</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The report could not be written:
%1</source>
        <translation>Δεν ήταν δυνατή η εγγραφή της αναφοράς:
%1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Report written to %1 (%n file(s))</source>
        <translation>
            <numerusform>Η αναφορά γράφτηκε στο %1 (%n αρχείο)</numerusform>
            <numerusform>Η αναφορά γράφτηκε στο %1 (%n αρχεία)</numerusform>
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
        <translation>μονάδες</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thousand</source>
        <translation>χιλιάδες</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>million</source>
        <translation>εκατομμύρια</translation>
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
        <translation>υπολογιστική ισχύς, FP4 dense</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compute, FP8 dense</source>
        <translation>υπολογιστική ισχύς, FP8 dense</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compute, BF16 dense</source>
        <translation>υπολογιστική ισχύς, BF16 dense</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accelerators</source>
        <translation>επιταχυντές</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HBM</source>
        <translation>HBM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fast memory</source>
        <translation>γρήγορη μνήμη</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memory bandwidth</source>
        <translation>εύρος ζώνης μνήμης</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IT power</source>
        <translation>ισχύς IT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>facility power</source>
        <translation>ισχύς υποδομών</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>available power</source>
        <translation>διαθέσιμη ισχύς</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>hardware capex per month</source>
        <translation>capex εξοπλισμού ανά μήνα</translation>
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
        <translation>capex υποδομών ανά μήνα</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>capex per month</source>
        <translation>capex ανά μήνα</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cumulative capex</source>
        <translation>σωρευτικό capex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>energy cost per month</source>
        <translation>κόστος ενέργειας ανά μήνα</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contracted spend per month</source>
        <translation>συμβατικές δαπάνες ανά μήνα</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>investment tranches released</source>
        <translation>εκταμιευμένες δόσεις επενδύσεων</translation>
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
        <translation>Capex εξοπλισμού</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facility capex</source>
        <translation>Capex υποδομών</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contracted cloud/purchase spend</source>
        <translation>Συμβατικές δαπάνες cloud/αγορών</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <location line="+38"/>
        <source>Cumulative capex</source>
        <translation>Σωρευτικό capex</translation>
    </message>
    <message>
        <location line="-98"/>
        <location line="+61"/>
        <source>Investment tranches released</source>
        <translation>Εκταμιευμένες δόσεις επενδύσεων</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>GW deployed under investment deals (right axis)</source>
        <translation>GW εγκατεστημένα βάσει επενδυτικών συμφωνιών (δεξιός άξονας)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>$B per month</source>
        <translation>$B ανά μήνα</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>$B, cumulative</source>
        <translation>$B, σωρευτικά</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GW deployed</source>
        <translation>GW εγκατεστημένα</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Money: spend per month, running totals and investment tranches</source>
        <translation>Χρήματα: δαπάνες ανά μήνα, σωρευτικά σύνολα και δόσεις (tranche) επενδύσεων</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Cumulative capex, B</source>
        <translation>Σωρευτικό capex, B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investment tranches released, B</source>
        <translation>Εκταμιευμένες δόσεις επενδύσεων, B</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>$B</source>
        <translation>$B</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cumulative capex, A</source>
        <translation>Σωρευτικό capex, A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Investment tranches released, A</source>
        <translation>Εκταμιευμένες δόσεις επενδύσεων, A</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Capex per month, %1</source>
        <translation>Capex ανά μήνα, %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>GW deployed under investment deals</source>
        <translation>GW εγκατεστημένα βάσει επενδυτικών συμφωνιών</translation>
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
        <translation>βάση αναφοράς</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 P10–P90 (%2 samples)</source>
        <translation>%1 P10–P90 (%2 δείγματα)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 P%2</source>
        <translation>%1 P%2</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>this scenario</source>
        <translation>αυτό το σενάριο</translation>
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
        <translation>Επιταχυντές</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dense PFLOPS FP4 / FP8 / BF16</source>
        <translation>PFLOPS dense FP4 / FP8 / BF16</translation>
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
        <translation>Γρήγορη μνήμη</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory bandwidth</source>
        <translation>Εύρος ζώνης μνήμης</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 TB/s</source>
        <translation>%1 TB/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IT power</source>
        <translation>Ισχύς IT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 kW</source>
        <translation>%1 kW</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Τιμή</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>$%1M</source>
        <translation>%1 εκατ. $</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First shipments</source>
        <translation>Πρώτες παραδόσεις</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifetime</source>
        <translation>Διάρκεια ζωής</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n μήνας</numerusform>
            <numerusform>%n μήνες</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never retired</source>
        <translation>δεν αποσύρεται ποτέ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source:</source>
        <translation>Πηγή:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Estimated:</source>
        <translation>Εκτιμήσεις:</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Search systems</source>
        <translation>Αναζήτηση συστημάτων</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the catalog</source>
        <translation>Αναζήτηση στον κατάλογο</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog</source>
        <translation>Κατάλογος</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag a system onto a lane, or press Enter to add it</source>
        <translation>Σύρετε ένα σύστημα σε μια λωρίδα ή πατήστε Enter για να το προσθέσετε</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PF: dense PFLOPS (FP8), TB: HBM, kW: IT power, $M: unit price</source>
        <translation>PF: PFLOPS dense (FP8), TB: HBM, kW: ισχύς IT, $M: τιμή μονάδας</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Power</source>
        <translation>Ισχύς</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Power phase</source>
        <translation>Φάση ισχύος</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>500 MW, 12-month ramp</source>
        <translation>500 MW, κλιμάκωση 12 μηνών</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grid capacity coming online. Drop it on the power lane, or on a partner&apos;s lane to give it to that partner.</source>
        <translation>Δυναμικότητα δικτύου που τίθεται σε λειτουργία. Αφήστε την στη λωρίδα ισχύος ή στη λωρίδα ενός εταίρου για να την αναθέσετε σε αυτόν τον εταίρο.</translation>
    </message>
</context>
<context>
    <name>rackline::PowerChart</name>
    <message>
        <location filename="../ui/charts/PowerChart.cpp" line="+55"/>
        <source>Power shortfall</source>
        <translation>Έλλειμμα ισχύος</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available power (phases)</source>
        <translation>Διαθέσιμη ισχύς (φάσεις)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facility power (GW)</source>
        <translation>Ισχύς υποδομών (GW)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Power needed by partner vs. available</source>
        <translation>Απαιτούμενη ισχύς ανά εταίρο έναντι διαθέσιμης</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>GW</source>
        <translation>GW</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Needed, total</source>
        <translation>Απαιτούμενη, σύνολο</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Available</source>
        <translation>Διαθέσιμη</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shortfall</source>
        <translation>Έλλειμμα</translation>
    </message>
</context>
<context>
    <name>rackline::PresentationWindow</name>
    <message>
        <location filename="../ui/charts/PresentationWindow.cpp" line="+143"/>
        <source>Rackline presentation</source>
        <translation>Παρουσίαση Rackline</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sources: none given in the scenario.</source>
        <translation>Πηγές: δεν δίνονται στο σενάριο.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources: %1</source>
        <translation>Πηγές: %1</translation>
    </message>
</context>
<context>
    <name>rackline::RecoveryDialog</name>
    <message>
        <location filename="../ui/RecoveryDialog.cpp" line="+45"/>
        <source>Recover Unsaved Work</source>
        <translation>Ανάκτηση μη αποθηκευμένης εργασίας</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an untitled plan</source>
        <translation>ένα σχέδιο χωρίς τίτλο</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rackline did not close properly. Unsaved changes to %1 were saved automatically at %2.</source>
        <translation>Το Rackline δεν έκλεισε κανονικά. Οι μη αποθηκευμένες αλλαγές στο %1 αποθηκεύτηκαν αυτόματα στις %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last saved file: %1</source>
        <translation>Τελευταίο αποθηκευμένο αρχείο: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recovered Work</source>
        <translation>Άνοιγμα &amp;ανακτημένης εργασίας</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Last &amp;Saved File</source>
        <translation>Άνοιγμα τελευταίου α&amp;ποθηκευμένου αρχείου</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard Recovered Work</source>
        <translation>Α&amp;πόρριψη ανακτημένης εργασίας</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot Open the Scenario</source>
        <translation>Αδύνατο το άνοιγμα του σεναρίου</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

%2

The recovered work is kept and offered again at the next start.</source>
        <translation>%1

%2

Η ανακτημένη εργασία διατηρείται και θα προταθεί ξανά στην επόμενη εκκίνηση.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot Open the Recovered Work</source>
        <translation>Αδύνατο το άνοιγμα της ανακτημένης εργασίας</translation>
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
        <translation>αδύνατη η εγγραφή του %1: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>no scenario to report on</source>
        <translation>δεν υπάρχει σενάριο για αναφορά</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot create the folder %1</source>
        <translation>αδύνατη η δημιουργία του φακέλου %1</translation>
    </message>
</context>
<context>
    <name>rackline::ReportSummary</name>
    <message>
        <location filename="../ui/charts/ReportSummary.cpp" line="+32"/>
        <source>n/a</source>
        <translation>μ/δ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Untitled scenario</source>
        <translation>Σενάριο χωρίς τίτλο</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report written on %1 by Rackline. Timeline: %2 to %3.

</source>
        <translation>Αναφορά που συντάχθηκε από το Rackline στις %1. Χρονολόγιο: από %2 έως %3.

</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>## Key figures

</source>
        <translation>## Βασικά μεγέθη

</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Peak facility power needed</source>
        <translation>Μέγιστη απαιτούμενη ισχύς υποδομών</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peak power available from the phases</source>
        <translation>Μέγιστη διαθέσιμη ισχύς από τις φάσεις</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peak compute, FP8 dense</source>
        <translation>Μέγιστη υπολογιστική ισχύς, FP8 dense</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peak compute, FP4 dense</source>
        <translation>Μέγιστη υπολογιστική ισχύς, FP4 dense</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peak accelerators in service</source>
        <translation>Μέγιστος αριθμός επιταχυντών σε λειτουργία</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Capex by %1</source>
        <translation>Κεφαλαιουχικές δαπάνες (capex) έως %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Investment tranches released by %1</source>
        <translation>Δόσεις (tranche) επενδύσεων που εκταμιεύθηκαν έως %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contracted cloud and purchase spend in the window</source>
        <translation>Συμβατικές δαπάνες cloud και αγορών στο διάστημα</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Commitments</source>
        <translation>Δεσμεύσεις</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n deal(s), %1 in total</source>
        <translation>
            <numerusform>%n συμφωνία, συνολικά %1</numerusform>
            <numerusform>%n συμφωνίες, συνολικά %1</numerusform>
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
            <numerusform>, %n μήνας</numerusform>
            <numerusform>, %n μήνες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>## Warnings (%n)

</source>
        <translation>
            <numerusform>## Προειδοποιήσεις (%n)

</numerusform>
            <numerusform>## Προειδοποιήσεις (%n)

</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None.
</source>
        <translation>Καμία.
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>## Files

</source>
        <translation>## Αρχεία

</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The comparison chart overlays &quot;%1&quot;.

</source>
        <translation>Το γράφημα σύγκρισης επικαλύπτει το «%1».

</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>## Charts

</source>
        <translation>## Γραφήματα

</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>## Sources

</source>
        <translation>## Πηγές

</translation>
    </message>
</context>
<context>
    <name>rackline::SafeFileWrite</name>
    <message>
        <location filename="../core/SafeFileWrite.cpp" line="+48"/>
        <source>the previous version could not be kept as %1: %2</source>
        <translation>η προηγούμενη έκδοση δεν μπόρεσε να διατηρηθεί ως %1: %2</translation>
    </message>
</context>
<context>
    <name>rackline::ScenarioDocument</name>
    <message>
        <location filename="../ui/ScenarioDocument.cpp" line="+30"/>
        <source>Untitled</source>
        <translation>Χωρίς τίτλο</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>cannot be read: %1</source>
        <translation>αδύνατη η ανάγνωσή του: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>It was written by a newer Rackline (file version %1; this one knows %2), so it is open read-only: Save As keeps your changes in another file.</source>
        <translation>Γράφτηκε από νεότερο Rackline (έκδοση αρχείου %1· αυτό γνωρίζει την %2), γι&apos; αυτό είναι ανοιχτό μόνο για ανάγνωση: η Αποθήκευση ως κρατά τις αλλαγές σας σε άλλο αρχείο.</translation>
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
        <translation>δεν είναι &quot;partners&quot; ή &quot;systems&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 must be less than 1</source>
        <translation>το %1 πρέπει να είναι μικρότερο του 1</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>&quot;%1&quot; is not &quot;investment&quot;, &quot;cloud&quot; or &quot;purchase&quot;</source>
        <translation>το &quot;%1&quot; δεν είναι &quot;investment&quot;, &quot;cloud&quot; ή &quot;purchase&quot;</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>must not be empty</source>
        <translation>δεν πρέπει να είναι κενό</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>duplicate id &quot;%1&quot; (also %2)</source>
        <translation>διπλότυπο id &quot;%1&quot; (και στο %2)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>unknown %1 &quot;%2&quot;</source>
        <translation>δεν υπάρχει %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>partner</source>
        <translation>εταίρος</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>system</source>
        <translation>σύστημα</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>power phase</source>
        <translation>φάση ισχύος</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>commitment</source>
        <translation>δέσμευση</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a Rackline scenario (expected &quot;rackline-scenario&quot;)</source>
        <translation>το &quot;%1&quot; δεν είναι σενάριο Rackline (αναμενόταν &quot;rackline-scenario&quot;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>version %1 is newer than this Rackline understands (%2); please update Rackline</source>
        <translation>η έκδοση %1 είναι νεότερη από όσο υποστηρίζει αυτό το Rackline (%2)· ενημερώστε το Rackline</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>cannot be read: %1</source>
        <translation>αδύνατη η ανάγνωση: %1</translation>
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
        <translation>Τιμή ενέργειας</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Facility capex per GW</source>
        <translation>Capex υποδομών ανά GW</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 prices</source>
        <translation>Τιμές %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 delay</source>
        <translation>Καθυστέρηση %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tranche per GW</source>
        <translation>Δόση (tranche) ανά GW</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 tranche per GW</source>
        <translation>Δόση ανά GW (%1)</translation>
    </message>
</context>
<context>
    <name>rackline::StatusTotals</name>
    <message>
        <location filename="../ui/StatusTotals.cpp" line="+94"/>
        <source>Month shown</source>
        <translation>Εμφανιζόμενος μήνας</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compute at that month</source>
        <translation>Υπολογιστική ισχύς στον μήνα αυτό</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power needed and available at that month</source>
        <translation>Απαιτούμενη και διαθέσιμη ισχύς στον μήνα αυτό</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cumulative capex at that month</source>
        <translation>Σωρευτικές κεφαλαιουχικές δαπάνες (capex) έως τον μήνα αυτό</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tranches released by that month</source>
        <translation>Δόσεις (tranche) που εκταμιεύθηκαν έως τον μήνα αυτό</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of warnings; go to the next one</source>
        <translation>Πλήθος προειδοποιήσεων· μετάβαση στην επόμενη</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metric of the sparkline</source>
        <translation>Δείκτης του γραφήματος sparkline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sparkline of the chosen metric</source>
        <translation>Γράφημα sparkline του επιλεγμένου δείκτη</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last warning gone to</source>
        <translation>Τελευταία προειδοποίηση που επισκεφθήκατε</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1 PFLOPS FP8</source>
        <translation>%1 PFLOPS FP8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 GW needed / %2 GW available</source>
        <translation>%1 GW απαιτούμενα / %2 GW διαθέσιμα</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>$%1B capex to date</source>
        <translation>%1 δισ. $ capex έως σήμερα</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>$%1B tranches</source>
        <translation>%1 δισ. $ σε δόσεις</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n προειδοποίηση</numerusform>
            <numerusform>%n προειδοποιήσεις</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 at %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… και %n ακόμη</numerusform>
            <numerusform>… και %n ακόμη</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No warnings</source>
        <translation>Καμία προειδοποίηση</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F8 or a click: go to the next warning</source>
        <translation>F8 ή κλικ: μετάβαση στην επόμενη προειδοποίηση</translation>
    </message>
</context>
<context>
    <name>rackline::TimelineRuler</name>
    <message>
        <location filename="../ui/timeline/TimelineRuler.cpp" line="+32"/>
        <source>Time axis</source>
        <translation>Άξονας χρόνου</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Q%1</source>
        <translation>Τ%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>H%1</source>
        <translation>Ε%1</translation>
    </message>
</context>
<context>
    <name>rackline::TimelineScene</name>
    <message numerus="yes">
        <location filename="../ui/timeline/TimelineScene.cpp" line="+333"/>
        <source>Laying out %Ln deployment(s)…</source>
        <translation>
            <numerusform>Διάταξη %Ln εγκατάστασης στο χρονολόγιο…</numerusform>
            <numerusform>Διάταξη %Ln εγκαταστάσεων στο χρονολόγιο…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+162"/>
        <source>Power
0 to %1 GW</source>
        <translation>Ισχύς
0 έως %1 GW</translation>
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
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 MW από %3, κλιμάκωση %n μήνα&lt;br&gt;%4</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 MW από %3, κλιμάκωση %n μηνών&lt;br&gt;%4</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>investment</source>
        <translation>επένδυση</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cloud</source>
        <translation>cloud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>purchase</source>
        <translation>αγορά</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 $%2B</source>
        <translation>%1 %2 δισ. $</translation>
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
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %2, %3 δισ. $ από %4 για %n μήνα&lt;br&gt;%5</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %2, %3 δισ. $ από %4 για %n μήνες&lt;br&gt;%5</numerusform>
        </translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Facility power the deployments need</source>
        <translation>Ισχύς υποδομών που απαιτούν οι εγκαταστάσεις</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More power needed than the phases give</source>
        <translation>Απαιτείται περισσότερη ισχύς από όση δίνουν οι φάσεις</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 from %3, ramp %n month(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 από %3, κλιμάκωση %n μήνα</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 από %3, κλιμάκωση %n μηνών</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Retired after %n month(s)</source>
        <translation>
            <numerusform>Αποσύρεται μετά από %n μήνα</numerusform>
            <numerusform>Αποσύρεται μετά από %n μήνες</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Never retired</source>
        <translation>Δεν αποσύρεται ποτέ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Power phase: %1</source>
        <translation>Φάση ισχύος: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commitment: %1</source>
        <translation>Δέσμευση: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its power phase gives less power than its deployments need</source>
        <translation>Η φάση ισχύος της δίνει λιγότερη ισχύ από όση χρειάζονται οι εγκαταστάσεις της</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starts before %1 ships (%2)</source>
        <translation>Ξεκινά πριν από τις πρώτες παραδόσεις του %1 (%2)</translation>
    </message>
</context>
<context>
    <name>rackline::TimelineView</name>
    <message>
        <location filename="../ui/timeline/TimelineView.cpp" line="+74"/>
        <source>Timeline</source>
        <translation>Χρονολόγιο</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deployments, commitments and power phases on one lane per partner</source>
        <translation>Εγκαταστάσεις, δεσμεύσεις και φάσεις ισχύος σε μία λωρίδα ανά εταίρο</translation>
    </message>
    <message>
        <location line="+202"/>
        <source>Move power phase %1 to %2</source>
        <translation>Μετακίνηση φάσης ισχύος %1 σε %2</translation>
    </message>
</context>
<context>
    <name>rackline::TornadoChart</name>
    <message>
        <location filename="../ui/charts/TornadoChart.cpp" line="+131"/>
        <source>Sensitivity of %1 at the end of %2 (assumptions ±20%, delays ±6 months)</source>
        <translation>Ευαισθησία: %1 στο τέλος του %2 (παραδοχές ±20%, καθυστερήσεις ±6 μήνες)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Outcome</source>
        <translation>Αποτέλεσμα</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The outcome the assumptions are moved against</source>
        <translation>Το αποτέλεσμα έναντι του οποίου μεταβάλλονται οι παραδοχές</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the end of the year</source>
        <translation>Στο τέλος του έτους</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end of </source>
        <translation>τέλος </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>assumption lower (−20%, or 6 months earlier)</source>
        <translation>χαμηλότερη παραδοχή (−20% ή 6 μήνες νωρίτερα)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assumption higher (+20%, or 6 months later)</source>
        <translation>υψηλότερη παραδοχή (+20% ή 6 μήνες αργότερα)</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>base %1 %2</source>
        <translation>βάση %1 %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no effect</source>
        <translation>καμία επίδραση</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;lower: %2&lt;br&gt;higher: %3&lt;br&gt;base: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;χαμηλότερη: %2&lt;br&gt;υψηλότερη: %3&lt;br&gt;βάση: %4</translation>
    </message>
</context>
<context>
    <name>rackline::UncertaintyDialog</name>
    <message>
        <location filename="../ui/UncertaintyDialog.cpp" line="+65"/>
        <source>Uncertainty Bands</source>
        <translation>Ζώνες αβεβαιότητας</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each sample moves every deployment&apos;s start by whole months within the range and scales each vendor&apos;s prices within theirs. The capacity and money charts show P10 to P90 as a band and P50 as a line. The same seed gives the same bands; the ranges are saved in the scenario.</source>
        <translation>Κάθε δείγμα μετακινεί την έναρξη κάθε εγκατάστασης κατά ακέραιους μήνες εντός του εύρους και κλιμακώνει τις τιμές κάθε προμηθευτή εντός του δικού τους. Τα γραφήματα δυναμικότητας και χρημάτων δείχνουν το P10 έως P90 ως ζώνη και το P50 ως γραμμή. Ο ίδιος σπόρος (seed) δίνει τις ίδιες ζώνες· τα εύρη αποθηκεύονται στο σενάριο.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Samples:</source>
        <translation>&amp;Δείγματα:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;eed:</source>
        <translation>Σ&amp;πόρος (seed):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start dates ±:</source>
        <translation>Ημερομηνίες &amp;έναρξης ±:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> months</source>
        <translation> μήνες</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Prices ±:</source>
        <translation>&amp;Τιμές ±:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run</source>
        <translation>&amp;Εκτέλεση</translation>
    </message>
</context>
<context>
    <name>rackline::UncertaintyRunner</name>
    <message numerus="yes">
        <location filename="../ui/UncertaintyRunner.cpp" line="+44"/>
        <source>Running %n Monte Carlo sample(s)…</source>
        <translation>
            <numerusform>Εκτέλεση %n δείγματος Monte Carlo…</numerusform>
            <numerusform>Εκτέλεση %n δειγμάτων Monte Carlo…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uncertainty Bands</source>
        <translation>Ζώνες αβεβαιότητας</translation>
    </message>
</context>
<context>
    <name>rackline::Warnings</name>
    <message>
        <location filename="../core/Warnings.cpp" line="+104"/>
        <source>The plan needs more power than its phases supply from %1 (peak shortfall %2 MW)</source>
        <translation>Από %1 το σχέδιο απαιτεί περισσότερη ισχύ από όση παρέχουν οι φάσεις του (μέγιστο έλλειμμα %2 MW)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phase &quot;%1&quot; is short of power from %2 (peak shortfall %3 MW)</source>
        <translation>Από %2 η φάση «%1» έχει έλλειμμα ισχύος (μέγιστο έλλειμμα %3 MW)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Deployment &quot;%1&quot; starts %n month(s) before %2 ships</source>
        <translation>
            <numerusform>Η εγκατάσταση «%1» ξεκινά %n μήνα πριν από τις πρώτες παραδόσεις του %2</numerusform>
            <numerusform>Η εγκατάσταση «%1» ξεκινά %n μήνες πριν από τις πρώτες παραδόσεις του %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Commitment &quot;%1&quot; is overbooked from %2: hardware exceeds it by $%3B</source>
        <translation>Από %2 η δέσμευση «%1» είναι υπερκαλυμμένη: ο εξοπλισμός την υπερβαίνει κατά %3 δισ. $</translation>
    </message>
</context>
<context>
    <name>rackline::WhatIfActions</name>
    <message>
        <location filename="../ui/WhatIfActions.cpp" line="+92"/>
        <source>&amp;Analysis</source>
        <translation>&amp;Ανάλυση</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assumptions</source>
        <translation>Παραδοχές</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assumptions</source>
        <translation>&amp;Παραδοχές</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PUE, energy price, facility capex, vendor prices, delays and tranche size: move them and watch</source>
        <translation>PUE, τιμή ενέργειας, capex υποδομών, τιμές προμηθευτών, καθυστερήσεις και μέγεθος δόσεων (tranche): αλλάξτε τα και παρατηρήστε</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sensitivity (Tornado)</source>
        <translation>&amp;Ευαισθησία (tornado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which assumption moves an outcome the most, at ±20% or ±6 months</source>
        <translation>Ποια παραδοχή μετακινεί περισσότερο ένα αποτέλεσμα, στο ±20% ή ±6 μήνες</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Goal Seek…</source>
        <translation>&amp;Αναζήτηση στόχου…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many units of a system reach a target by a month</source>
        <translation>Πόσες μονάδες ενός συστήματος φτάνουν έναν στόχο έως έναν μήνα</translation>
    </message>
</context>
<context>
    <name>rackline::cli</name>
    <message>
        <location filename="../app/cli/AnalysisCommands.cpp" line="+24"/>
        <location filename="../app/cli/CliCommands.cpp" line="+69"/>
        <source>--period must be month, quarter or year, not &quot;%1&quot;</source>
        <translation>το --period πρέπει να είναι month, quarter ή year, όχι &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown metric &quot;%1&quot; (use a column name of the monthly report, e.g. facility_power_mw)</source>
        <translation>άγνωστος δείκτης &quot;%1&quot; (χρησιμοποιήστε όνομα στήλης της μηνιαίας αναφοράς, π.χ. facility_power_mw)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 needs a month (YYYY-MM), not &quot;%2&quot;</source>
        <translation>το %1 απαιτεί μήνα (YYYY-MM), όχι &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 needs a number, not &quot;%2&quot;</source>
        <translation>το %1 απαιτεί αριθμό, όχι &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>compare takes two files and --csv OUT</source>
        <translation>το compare δέχεται δύο αρχεία και --csv OUT</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>sensitivity takes one FILE</source>
        <translation>το sensitivity δέχεται ένα FILE</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 at %2: %3 (base)
</source>
        <translation>%1, %2: %3 (βάση)
</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>goal-seek takes one FILE, --system and --partner</source>
        <translation>το goal-seek δέχεται ένα FILE, --system και --partner</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the placement is not valid: %1
</source>
        <translation>η τοποθέτηση δεν είναι έγκυρη: %1
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>already reached without new units: %1 = %2 at %3
</source>
        <translation>επιτυγχάνεται ήδη χωρίς νέες μονάδες: %1 = %2 τον μήνα %3
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unreachable: no number of units placed this way reaches %1 by %2
</source>
        <translation>ανέφικτο: κανένας αριθμός μονάδων τοποθετημένων με αυτόν τον τρόπο δεν φτάνει το %1 έως %2
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 units of %2 (%3 = %4 at %5; %6 with one unit fewer)
</source>
        <translation>%1 μονάδες %2 (%3 = %4 τον μήνα %5· %6 με μία μονάδα λιγότερη)
</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>montecarlo takes one FILE and --csv OUT</source>
        <translation>το montecarlo δέχεται ένα FILE και --csv OUT</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--samples 1..1000000, --start-months 0..120, --price-fraction 0..&lt;1</source>
        <translation>--samples 1..1000000, --start-months 0..120, --price-fraction 0..&lt;1</translation>
    </message>
    <message>
        <location filename="../app/cli/ChartCommands.cpp" line="+66"/>
        <source>--width must be a whole number of pixels</source>
        <translation>το --width πρέπει να είναι ακέραιος αριθμός pixel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--height must be a whole number of pixels</source>
        <translation>το --height πρέπει να είναι ακέραιος αριθμός pixel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--scale must be a number</source>
        <translation>το --scale πρέπει να είναι αριθμός</translation>
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
        [--style panel|presentation]   (μέγεθος κειμένου: του πλαισίου, προεπιλογή, ή των διαφανειών)
        [--against FILE2]   (compare: προεπιλογή, το άλλο ενσωματωμένο σενάριο·
                             capacity, power, money: το FILE2 σχεδιάζεται πάνω στο FILE ως βάση αναφοράς A)
  rackline-cli export-report FILE --out DIR [--against FILE2] [--width W --height H]
        [--style panel|presentation]   (προεπιλογή: presentation, για διαφάνειες)
</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../app/cli/CliCommands.cpp" line="+87"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>άγνωστη εντολή &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>chart takes one FILE</source>
        <translation>το chart δέχεται ένα FILE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>chart needs --chart NAME</source>
        <translation>το chart απαιτεί --chart NAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown chart &quot;%1&quot;</source>
        <translation>άγνωστο γράφημα &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chart needs --png, --svg, --pdf or --csv OUT</source>
        <translation>το chart απαιτεί --png, --svg, --pdf ή --csv OUT</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+63"/>
        <source>--style must be panel or presentation</source>
        <translation>το --style πρέπει να είναι panel ή presentation</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>export-report takes one FILE</source>
        <translation>το export-report δέχεται ένα FILE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export-report needs --out DIR</source>
        <translation>το export-report απαιτεί --out DIR</translation>
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
        <translation>Χρήση:
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
Το OUT μπορεί να είναι - για την τυπική έξοδο. Το METRIC είναι όνομα στήλης της μηνιαίας αναφοράς.
</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>validate takes one FILE</source>
        <translation>το validate δέχεται ένα FILE</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1: valid, %n warning(s)
</source>
        <translation>
            <numerusform>%1: έγκυρο, %n προειδοποίηση
</numerusform>
            <numerusform>%1: έγκυρο, %n προειδοποιήσεις
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>report takes one FILE</source>
        <translation>το report δέχεται ένα FILE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>report needs --csv OUT or --by-partner-csv OUT</source>
        <translation>το report απαιτεί --csv OUT ή --by-partner-csv OUT</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>catalog takes no FILE</source>
        <translation>το catalog δεν δέχεται FILE</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vendor</source>
        <translation>κατασκ.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>chips</source>
        <translation>τσιπ</translation>
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
        <translation>παραδόσεις</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>~ marks an estimate; `rackline-cli catalog --csv` lists every figure with its source.
</source>
        <translation>Το ~ δηλώνει εκτίμηση· το `rackline-cli catalog --csv` παραθέτει κάθε τιμή με την πηγή της.
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no command given</source>
        <translation>δεν δόθηκε εντολή</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="+36"/>
        <source>option %1 needs a value</source>
        <translation>η επιλογή %1 απαιτεί τιμή</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown option %1</source>
        <translation>άγνωστη επιλογή %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot write %1: %2</source>
        <translation>αδύνατη η εγγραφή του %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="+26"/>
        <location line="+5"/>
        <source>rackline-cli: usage: rackline-cli import-csv FILE --csv DEPLOYMENTS.csv --out OUT.json
</source>
        <translation>rackline-cli: χρήση: rackline-cli import-csv FILE --csv DEPLOYMENTS.csv --out OUT.json
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: cannot be read: %2
</source>
        <translation>%1: αδύνατη η ανάγνωση: %2
</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1: nothing imported (%n problem(s))
</source>
        <translation>
            <numerusform>%1: δεν εισήχθη τίποτα (%n πρόβλημα)
</numerusform>
            <numerusform>%1: δεν εισήχθη τίποτα (%n προβλήματα)
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1: %n deployment(s) imported into %2
</source>
        <translation>
            <numerusform>%1: %n εγκατάσταση εισήχθη στο %2
</numerusform>
            <numerusform>%1: %n εγκαταστάσεις εισήχθησαν στο %2
</numerusform>
        </translation>
    </message>
    <message>
        <location line="-3"/>
        <source>cannot write %1: %2
</source>
        <translation>αδύνατη η εγγραφή του %1: %2
</translation>
    </message>
</context>
</TS>
