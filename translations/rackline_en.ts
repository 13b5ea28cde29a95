<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutBox</name>
    <message numerus="yes">
        <location filename="../ui/AboutBox.cpp" line="+27"/>
        <source>The built-in catalog lists %n system(s) from %1. Every figure comes from a published source (vendor announcements, datasheets and press reports), shown with each system&apos;s tooltip in the palette; where no source gives a number it is an estimate, and the tooltip says which fields are estimated and why.</source>
        <translation>
            <numerusform>The built-in catalog lists %n system from %1. Every figure comes from a published source (vendor announcements, datasheets and press reports), shown with each system&apos;s tooltip in the palette; where no source gives a number it is an estimate, and the tooltip says which fields are estimated and why.</numerusform>
            <numerusform>The built-in catalog lists %n systems from %1. Every figure comes from a published source (vendor announcements, datasheets and press reports), shown with each system&apos;s tooltip in the palette; where no source gives a number it is an estimate, and the tooltip says which fields are estimated and why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n system(s) carry at least one estimated figure.</source>
        <translation>
            <numerusform>%n system carries at least one estimated figure.</numerusform>
            <numerusform>%n systems carry at least one estimated figure.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddDeploymentsCommand</name>
    <message numerus="yes">
        <location filename="../ui/commands/AddDeploymentsCommand.cpp" line="+19"/>
        <source>Add %Ln × %1 at %2</source>
        <translation>
            <numerusform>Add %Ln × %1 at %2</numerusform>
            <numerusform>Add %Ln × %1 at %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Add %n deployment(s)</source>
        <translation>
            <numerusform>Add %n deployment</numerusform>
            <numerusform>Add %n deployments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveDeploymentsCommand</name>
    <message numerus="yes">
        <location filename="../ui/commands/MoveDeploymentsCommand.cpp" line="+76"/>
        <source>Move %n deployment(s)</source>
        <translation>
            <numerusform>Move %n deployment</numerusform>
            <numerusform>Move %n deployments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Change the ramp of %n deployment(s)</source>
        <translation>
            <numerusform>Change the ramp of %n deployment</numerusform>
            <numerusform>Change the ramp of %n deployments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Change the lifetime of %n deployment(s)</source>
        <translation>
            <numerusform>Change the lifetime of %n deployment</numerusform>
            <numerusform>Change the lifetime of %n deployments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Move %Ln × %1 to %2, %3</source>
        <translation>
            <numerusform>Move %Ln × %1 to %2, %3</numerusform>
            <numerusform>Move %Ln × %1 to %2, %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Move %Ln × %1 to %2</source>
        <translation>
            <numerusform>Move %Ln × %1 to %2</numerusform>
            <numerusform>Move %Ln × %1 to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Set the ramp of %1 to %n month(s)</source>
        <translation>
            <numerusform>Set the ramp of %1 to %n month</numerusform>
            <numerusform>Set the ramp of %1 to %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Set the lifetime of %1 to %n month(s)</source>
        <translation>
            <numerusform>Set the lifetime of %1 to %n month</numerusform>
            <numerusform>Set the lifetime of %1 to %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveItemsCommand</name>
    <message numerus="yes">
        <location filename="../ui/commands/RemoveItemsCommand.cpp" line="+36"/>
        <source>Delete %n deployment(s)</source>
        <translation>
            <numerusform>Delete %n deployment</numerusform>
            <numerusform>Delete %n deployments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %n power phase(s)</source>
        <translation>
            <numerusform>Delete %n power phase</numerusform>
            <numerusform>Delete %n power phases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Delete %n item</numerusform>
            <numerusform>Delete %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rackline::CommitmentsChart</name>
    <message numerus="yes">
        <location filename="../ui/charts/CommitmentsChart.cpp" line="+130"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rackline::CsvImportDialog</name>
    <message numerus="yes">
        <location filename="../ui/CsvImportDialog.cpp" line="+86"/>
        <source>%1: %n problem(s) found. Nothing is imported until every row is valid: correct the file and import it again.</source>
        <translation>
            <numerusform>%1: %n problem found. Nothing is imported until every row is valid: correct the file and import it again.</numerusform>
            <numerusform>%1: %n problems found. Nothing is imported until every row is valid: correct the file and import it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1: %n deployment(s) will be added to the plan as one step (Undo removes them).</source>
        <translation>
            <numerusform>%1: %n deployment will be added to the plan as one step (Undo removes it).</numerusform>
            <numerusform>%1: %n deployments will be added to the plan as one step (Undo removes them).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&amp;Import %n Deployment(s)</source>
        <translation>
            <numerusform>&amp;Import %n Deployment</numerusform>
            <numerusform>&amp;Import %n Deployments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Import %n deployment(s)</source>
        <translation>
            <numerusform>Import %n deployment</numerusform>
            <numerusform>Import %n deployments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rackline::EditActions</name>
    <message numerus="yes">
        <location filename="../ui/EditActions.cpp" line="+264"/>
        <source>Nudge %n month(s) earlier</source>
        <translation>
            <numerusform>Nudge %n month earlier</numerusform>
            <numerusform>Nudge %n months earlier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Nudge %n month(s) later</source>
        <translation>
            <numerusform>Nudge %n month later</numerusform>
            <numerusform>Nudge %n months later</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rackline::GoalSeekDialog</name>
    <message numerus="yes">
        <location filename="../ui/GoalSeekDialog.cpp" line="+312"/>
        <source>&lt;b&gt;%Ln unit(s)&lt;/b&gt; of %1 (%2 MW of IT power) reach %3 by the end of %4: %5, against %6 with one unit fewer.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln unit&lt;/b&gt; of %1 (%2 MW of IT power) reaches %3 by the end of %4: %5, against %6 with one unit fewer.</numerusform>
            <numerusform>&lt;b&gt;%Ln units&lt;/b&gt; of %1 (%2 MW of IT power) reach %3 by the end of %4: %5, against %6 with one unit fewer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rackline::InspectorWidget</name>
    <message numerus="yes">
        <location filename="../ui/InspectorWidget.cpp" line="+225"/>
        <source>%n items selected. Drag them together, or nudge them with the arrow keys.</source>
        <translation>
            <numerusform>%n item selected. Drag it, or nudge it with the arrow keys.</numerusform>
            <numerusform>%n items selected. Drag them together, or nudge them with the arrow keys.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rackline::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="+382"/>
        <source>Report written to %1 (%n file(s))</source>
        <translation>
            <numerusform>Report written to %1 (%n file)</numerusform>
            <numerusform>Report written to %1 (%n files)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rackline::PaletteWidget</name>
    <message numerus="yes">
        <location filename="../ui/PaletteWidget.cpp" line="+95"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rackline::ReportSummary</name>
    <message numerus="yes">
        <location filename="../ui/charts/ReportSummary.cpp" line="+77"/>
        <source>%n deal(s), %1 in total</source>
        <translation>
            <numerusform>%n deal, %1 in total</numerusform>
            <numerusform>%n deals, %1 in total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>, %n month(s)</source>
        <translation>
            <numerusform>, %n month</numerusform>
            <numerusform>, %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>## Warnings (%n)

</source>
        <translation>
            <numerusform>## Warnings (%n)

</numerusform>
            <numerusform>## Warnings (%n)

</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rackline::StatusTotals</name>
    <message numerus="yes">
        <location filename="../ui/StatusTotals.cpp" line="+173"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rackline::TimelineScene</name>
    <message numerus="yes">
        <location filename="../ui/timeline/TimelineScene.cpp" line="+333"/>
        <source>Laying out %Ln deployment(s)…</source>
        <translation>
            <numerusform>Laying out %Ln deployment…</numerusform>
            <numerusform>Laying out %Ln deployments…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+274"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 MW from %3, ramp %n month(s)&lt;br&gt;%4</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 MW from %3, ramp %n month&lt;br&gt;%4</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 MW from %3, ramp %n months&lt;br&gt;%4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2, $%3B from %4 for %n month(s)&lt;br&gt;%5</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %2, $%3B from %4 for %n month&lt;br&gt;%5</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %2, $%3B from %4 for %n months&lt;br&gt;%5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+96"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 from %3, ramp %n month(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 from %3, ramp %n month</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 from %3, ramp %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Retired after %n month(s)</source>
        <translation>
            <numerusform>Retired after %n month</numerusform>
            <numerusform>Retired after %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rackline::UncertaintyRunner</name>
    <message numerus="yes">
        <location filename="../ui/UncertaintyRunner.cpp" line="+44"/>
        <source>Running %n Monte Carlo sample(s)…</source>
        <translation>
            <numerusform>Running %n Monte Carlo sample…</numerusform>
            <numerusform>Running %n Monte Carlo samples…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rackline::Warnings</name>
    <message numerus="yes">
        <location filename="../core/Warnings.cpp" line="+112"/>
        <source>Deployment &quot;%1&quot; starts %n month(s) before %2 ships</source>
        <translation>
            <numerusform>Deployment &quot;%1&quot; starts %n month before %2 ships</numerusform>
            <numerusform>Deployment &quot;%1&quot; starts %n months before %2 ships</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rackline::cli</name>
    <message numerus="yes">
        <location filename="../app/cli/CliCommands.cpp" line="+50"/>
        <source>%1: valid, %n warning(s)
</source>
        <translation>
            <numerusform>%1: valid, %n warning
</numerusform>
            <numerusform>%1: valid, %n warnings
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ImportCommand.cpp" line="+46"/>
        <source>%1: nothing imported (%n problem(s))
</source>
        <translation>
            <numerusform>%1: nothing imported (%n problem)
</numerusform>
            <numerusform>%1: nothing imported (%n problems)
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1: %n deployment(s) imported into %2
</source>
        <translation>
            <numerusform>%1: %n deployment imported into %2
</numerusform>
            <numerusform>%1: %n deployments imported into %2
</numerusform>
        </translation>
    </message>
</context>
</TS>
