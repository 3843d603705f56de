<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message numerus="yes">
        <location filename="../../../model/rollout/rollingsync.cpp" line="83"/>
        <source>%n app(s) match no step: the rollout never syncs them</source>
        <translation>
            <numerusform>%n app matches no step: the rollout never syncs it</numerusform>
            <numerusform>%n apps match no step: the rollout never syncs them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../model/rollout/rollingsync.cpp" line="90"/>
        <source>all %n app(s) Synced and Healthy</source>
        <translation>
            <numerusform>the %n app is Synced and Healthy</numerusform>
            <numerusform>all %n apps Synced and Healthy</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sextant::ApplicationDetails</name>
    <message numerus="yes">
        <location filename="../../../model/fleet/applicationdetails.cpp" line="275"/>
        <source>Live updates stopped: %1 Trying again in %n second(s).</source>
        <translation>
            <numerusform>Live updates stopped: %1 Trying again in %n second.</numerusform>
            <numerusform>Live updates stopped: %1 Trying again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sextant::DriftTableModel</name>
    <message numerus="yes">
        <location filename="../../../model/itemmodels/drifttablemodel.cpp" line="207"/>
        <source>  and %n more</source>
        <translation>
            <numerusform>  and %n more</numerusform>
            <numerusform>  and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sextant::FleetTreeModel</name>
    <message numerus="yes">
        <location filename="../../../model/itemmodels/fleettreemodel.cpp" line="461"/>
        <source>%1 · %n branch(es)</source>
        <translation>
            <numerusform>%1 · %n branch</numerusform>
            <numerusform>%1 · %n branches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../model/itemmodels/fleettreemodel.cpp" line="540"/>
        <source>%n commit(s) pending in Git</source>
        <translation>
            <numerusform>%n commit pending in Git</numerusform>
            <numerusform>%n commits pending in Git</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../model/itemmodels/fleettreemodel.cpp" line="544"/>
        <source>%n application(s): %1 out of sync, %2 degraded, %3 paused</source>
        <translation>
            <numerusform>%n application: %1 out of sync, %2 degraded, %3 paused</numerusform>
            <numerusform>%n applications: %1 out of sync, %2 degraded, %3 paused</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sextant::MainWindow</name>
    <message numerus="yes">
        <location filename="../../../app/mainwindow.cpp" line="316"/>
        <source>%n application(s) · </source>
        <translation>
            <numerusform>%n application · </numerusform>
            <numerusform>%n applications · </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../app/mainwindow.cpp" line="382"/>
        <source>Start %1: %n wave(s), target %2.</source>
        <translation>
            <numerusform>Start %1: %n wave, target %2.</numerusform>
            <numerusform>Start %1: %n waves, target %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../app/mainwindow.cpp" line="385"/>
        <source>The %n app(s) of the later waves are held first: their auto-sync is paused through the pause ledger until their wave is released, so a change in Git cannot reach them early.</source>
        <translation>
            <numerusform>The %n app of the later waves is held first: its auto-sync is paused through the pause ledger until its wave is released, so a change in Git cannot reach it early.</numerusform>
            <numerusform>The %n apps of the later waves are held first: their auto-sync is paused through the pause ledger until their wave is released, so a change in Git cannot reach them early.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sextant::rollout::RolloutRunner</name>
    <message numerus="yes">
        <location filename="../../../model/rollout/rolloutrunner_steering.cpp" line="372"/>
        <source>held %n app(s) of later waves</source>
        <translation>
            <numerusform>held %n app of later waves</numerusform>
            <numerusform>held %n apps of later waves</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sextant::views::ActivityPage</name>
    <message numerus="yes">
        <location filename="../../../views/activitypage.cpp" line="217"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../views/activitypage.cpp" line="219"/>
        <source>%1 of %n action(s) shown</source>
        <translation>
            <numerusform>%1 of %n action shown</numerusform>
            <numerusform>%1 of %n actions shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sextant::views::ApplicationActions</name>
    <message numerus="yes">
        <location filename="../../../views/applicationactions.cpp" line="265"/>
        <source>&amp;Sync %n applications…</source>
        <translation>
            <numerusform>&amp;Sync %n application…</numerusform>
            <numerusform>&amp;Sync %n applications…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../views/applicationactions.cpp" line="267"/>
        <source>&amp;Pause auto-sync of %n applications…</source>
        <translation>
            <numerusform>&amp;Pause auto-sync of %n application…</numerusform>
            <numerusform>&amp;Pause auto-sync of %n applications…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sextant::views::ApplicationDiffTab</name>
    <message numerus="yes">
        <location filename="../../../views/applicationdifftab.cpp" line="361"/>
        <source>Live matches Git: none of the %n resource(s) differ.</source>
        <translation>
            <numerusform>Live matches Git: the %n resource does not differ.</numerusform>
            <numerusform>Live matches Git: none of the %n resources differ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../views/applicationdifftab.cpp" line="393"/>
        <source>&lt;b&gt;%n&lt;/b&gt; modified</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; modified</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; modified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../views/applicationdifftab.cpp" line="395"/>
        <source>&lt;b&gt;%n&lt;/b&gt; to create</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; to create</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; to create</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../views/applicationdifftab.cpp" line="397"/>
        <source>&lt;b&gt;%n&lt;/b&gt; to prune</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; to prune</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; to prune</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../views/applicationdifftab.cpp" line="400"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../views/applicationdifftab.cpp" line="409"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sextant::views::ApplicationGitTab</name>
    <message numerus="yes">
        <location filename="../../../views/applicationgittab.cpp" line="206"/>
        <source>Show what deploys &amp;next (%n commit(s))</source>
        <translation>
            <numerusform>Show what deploys &amp;next (%n commit)</numerusform>
            <numerusform>Show what deploys &amp;next (%n commits)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../views/applicationgittab.cpp" line="224"/>
        <source> · deployed %1: %n commit(s) pending</source>
        <translation>
            <numerusform> · deployed %1: %n commit pending</numerusform>
            <numerusform> · deployed %1: %n commits pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../views/applicationgittab.cpp" line="274"/>
        <source>What deploys next: the combined change of %n commit(s) between %1 (deployed) and %2.</source>
        <translation>
            <numerusform>What deploys next: the combined change of %n commit between %1 (deployed) and %2.</numerusform>
            <numerusform>What deploys next: the combined change of %n commits between %1 (deployed) and %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../views/applicationgittab.cpp" line="311"/>
        <source>Roll &amp;back to %1 (revert the %n newer commit(s))…</source>
        <translation>
            <numerusform>Roll &amp;back to %1 (revert the %n newer commit)…</numerusform>
            <numerusform>Roll &amp;back to %1 (revert the %n newer commits)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sextant::views::BatchProgressPanel</name>
    <message numerus="yes">
        <location filename="../../../views/batchprogresspanel.cpp" line="44"/>
        <source>%1 %n app(s)…</source>
        <translation>
            <numerusform>%1 %n app…</numerusform>
            <numerusform>%1 %n apps…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../views/batchprogresspanel.cpp" line="55"/>
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n failed</numerusform>
            <numerusform>, %n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../views/batchprogresspanel.cpp" line="66"/>
        <source>%1 of %n app(s) done in %2 s.</source>
        <translation>
            <numerusform>%1 of %n app done in %2 s.</numerusform>
            <numerusform>%1 of %n apps done in %2 s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../views/batchprogresspanel.cpp" line="70"/>
        <source>%n failed.</source>
        <translation>
            <numerusform>%n failed.</numerusform>
            <numerusform>%n failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../views/batchprogresspanel.cpp" line="78"/>
        <source>%n skipped: %1.</source>
        <translation>
            <numerusform>%n skipped: %1.</numerusform>
            <numerusform>%n skipped: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../views/batchprogresspanel.cpp" line="80"/>
        <source>%n skipped.</source>
        <translation>
            <numerusform>%n skipped.</numerusform>
            <numerusform>%n skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sextant::views::DiffPane</name>
    <message numerus="yes">
        <location filename="../../../views/diffpane.cpp" line="358"/>
        <source>⋯ %n unchanged line(s) — click to show</source>
        <translation>
            <numerusform>⋯ %n unchanged line — click to show</numerusform>
            <numerusform>⋯ %n unchanged lines — click to show</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sextant::views::DiffView</name>
    <message numerus="yes">
        <location filename="../../../views/diffview.cpp" line="339"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../views/diffview.cpp" line="340"/>
        <source>%1 of %n change(s)</source>
        <translation>
            <numerusform>%1 of %n change</numerusform>
            <numerusform>%1 of %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../views/diffview.cpp" line="363"/>
        <source>%n line(s) added or changed on the desired side</source>
        <translation>
            <numerusform>%n line added or changed on the desired side</numerusform>
            <numerusform>%n lines added or changed on the desired side</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../views/diffview.cpp" line="365"/>
        <source>%n line(s) removed or changed on the live side</source>
        <translation>
            <numerusform>%n line removed or changed on the live side</numerusform>
            <numerusform>%n lines removed or changed on the live side</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sextant::views::DriftView</name>
    <message numerus="yes">
        <location filename="../../../views/driftview.cpp" line="289"/>
        <source>%n out-of-sync application(s) scanned</source>
        <translation>
            <numerusform>%n out-of-sync application scanned</numerusform>
            <numerusform>%n out-of-sync applications scanned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../views/driftview.cpp" line="291"/>
        <source>Scanning: %1 of %n out-of-sync application(s)</source>
        <translation>
            <numerusform>Scanning: %1 of %n out-of-sync application</numerusform>
            <numerusform>Scanning: %1 of %n out-of-sync applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../views/driftview.cpp" line="293"/>
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n resource</numerusform>
            <numerusform>%n resources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../views/driftview.cpp" line="295"/>
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../views/driftview.cpp" line="297"/>
        <source>%n could not be read (hover the rows for why)</source>
        <translation>
            <numerusform>%n could not be read (hover the row for why)</numerusform>
            <numerusform>%n could not be read (hover the rows for why)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sextant::views::EmergencyPauseDialog</name>
    <message numerus="yes">
        <location filename="../../../views/emergencypausedialog.cpp" line="52"/>
        <location filename="../../../views/emergencypausedialog.cpp" line="254"/>
        <source>The &amp;selection (%n app(s))</source>
        <translation>
            <numerusform>The &amp;selection (%n app)</numerusform>
            <numerusform>The &amp;selection (%n apps)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../views/emergencypausedialog.cpp" line="305"/>
        <source>%n app(s) will be paused</source>
        <translation>
            <numerusform>%n app will be paused</numerusform>
            <numerusform>%n apps will be paused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../views/emergencypausedialog.cpp" line="306"/>
        <source> on %n instance(s)</source>
        <translation>
            <numerusform> on %n instance</numerusform>
            <numerusform> on %n instances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../views/emergencypausedialog.cpp" line="308"/>
        <source>&amp;Pause %n app(s)</source>
        <translation>
            <numerusform>&amp;Pause %n app</numerusform>
            <numerusform>&amp;Pause %n apps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sextant::views::GitChangeDialog</name>
    <message numerus="yes">
        <location filename="../../../views/gitchangedialog.cpp" line="159"/>
        <source>Preparing the revert of %n commit(s)…</source>
        <translation>
            <numerusform>Preparing the revert of %n commit…</numerusform>
            <numerusform>Preparing the revert of %n commits…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sextant::views::PausedFleetBanner</name>
    <message numerus="yes">
        <location filename="../../../views/pausedfleetbanner.cpp" line="73"/>
        <source>An emergency pause was interrupted: %n app(s) paused</source>
        <translation>
            <numerusform>An emergency pause was interrupted: %n app paused</numerusform>
            <numerusform>An emergency pause was interrupted: %n apps paused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../views/pausedfleetbanner.cpp" line="74"/>
        <source>, %n not reached yet</source>
        <translation>
            <numerusform>, %n not reached yet</numerusform>
            <numerusform>, %n not reached yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../views/pausedfleetbanner.cpp" line="76"/>
        <source>Emergency pause: auto-sync is paused on %n app(s)</source>
        <translation>
            <numerusform>Emergency pause: auto-sync is paused on %n app</numerusform>
            <numerusform>Emergency pause: auto-sync is paused on %n apps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../views/pausedfleetbanner.cpp" line="85"/>
        <source>%n app(s) could not be paused</source>
        <translation>
            <numerusform>%n app could not be paused</numerusform>
            <numerusform>%n apps could not be paused</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sextant::views::ResumeDialog</name>
    <message numerus="yes">
        <location filename="../../../views/resumedialog.cpp" line="62"/>
        <source>%1 — %n app(s)</source>
        <translation>
            <numerusform>%1 — %n app</numerusform>
            <numerusform>%1 — %n apps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../views/resumedialog.cpp" line="88"/>
        <source>Restore auto-sync on %n app(s) on %1</source>
        <translation>
            <numerusform>Restore auto-sync on %n app on %1</numerusform>
            <numerusform>Restore auto-sync on %n apps on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../views/resumedialog.cpp" line="89"/>
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n instance</numerusform>
            <numerusform>%n instances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../views/resumedialog.cpp" line="115"/>
        <source>&amp;Resume %n app(s)</source>
        <translation>
            <numerusform>&amp;Resume %n app</numerusform>
            <numerusform>&amp;Resume %n apps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sextant::views::RolloutDashboard</name>
    <message numerus="yes">
        <location filename="../../../views/rolloutdashboard.cpp" line="345"/>
        <source>ApplicationSet %1 · project %2 · %n app(s) in %3 steps</source>
        <translation>
            <numerusform>ApplicationSet %1 · project %2 · %n app in %3 steps</numerusform>
            <numerusform>ApplicationSet %1 · project %2 · %n apps in %3 steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../views/rolloutdashboard.cpp" line="537"/>
        <source>Releases %n app(s) of wave %1 to %2: %3.</source>
        <translation>
            <numerusform>Releases %n app of wave %1 to %2: %3.</numerusform>
            <numerusform>Releases %n apps of wave %1 to %2: %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sextant::views::RolloutPlanView</name>
    <message numerus="yes">
        <location filename="../../../views/rolloutplanview.cpp" line="278"/>
        <source>Roll back: refused, %n file(s) changed since the target: %1</source>
        <translation>
            <numerusform>Roll back: refused, %n file changed since the target: %1</numerusform>
            <numerusform>Roll back: refused, %n files changed since the target: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../views/rolloutplanview.cpp" line="281"/>
        <source>Roll back: a revert commit on %1 would change %n file(s) in %2</source>
        <translation>
            <numerusform>Roll back: a revert commit on %1 would change %n file in %2</numerusform>
            <numerusform>Roll back: a revert commit on %1 would change %n files in %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../views/rolloutplanview.cpp" line="364"/>
        <source>%1 · %2 — %n app(s), %3 at a time</source>
        <translation>
            <numerusform>%1 · %2 — %n app, %3 at a time</numerusform>
            <numerusform>%1 · %2 — %n apps, %3 at a time</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../views/rolloutplanview.cpp" line="389"/>
        <source>In no wave — %n app(s) the selection covers</source>
        <translation>
            <numerusform>In no wave — %n app the selection covers</numerusform>
            <numerusform>In no wave — %n apps the selection covers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sextant::views::SyncDialog</name>
    <message numerus="yes">
        <location filename="../../../views/syncdialog.cpp" line="377"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../views/syncdialog.cpp" line="378"/>
        <source>&lt;b&gt;What deploys next from Git&lt;/b&gt;: %n commit(s) between %1 (deployed) and %2:</source>
        <translation>
            <numerusform>&lt;b&gt;What deploys next from Git&lt;/b&gt;: %n commit between %1 (deployed) and %2:</numerusform>
            <numerusform>&lt;b&gt;What deploys next from Git&lt;/b&gt;: %n commits between %1 (deployed) and %2:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../views/syncdialog.cpp" line="385"/>
        <source>Git: %n commit(s) from %1 to %2: %3</source>
        <translation>
            <numerusform>Git: %n commit from %1 to %2: %3</numerusform>
            <numerusform>Git: %n commits from %1 to %2: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sextant::views::SyncPreviewView</name>
    <message numerus="yes">
        <location filename="../../../views/syncpreviewview.cpp" line="154"/>
        <source>%n to update</source>
        <translation>
            <numerusform>%n to update</numerusform>
            <numerusform>%n to update</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../views/syncpreviewview.cpp" line="156"/>
        <source>%n to create</source>
        <translation>
            <numerusform>%n to create</numerusform>
            <numerusform>%n to create</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../views/syncpreviewview.cpp" line="158"/>
        <source>%n to prune</source>
        <translation>
            <numerusform>%n to prune</numerusform>
            <numerusform>%n to prune</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../views/syncpreviewview.cpp" line="160"/>
        <source>%n not in Git but kept</source>
        <translation>
            <numerusform>%n not in Git but kept</numerusform>
            <numerusform>%n not in Git but kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../views/syncpreviewview.cpp" line="162"/>
        <source>%n would fail</source>
        <translation>
            <numerusform>%n would fail</numerusform>
            <numerusform>%n would fail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../views/syncpreviewview.cpp" line="164"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../views/syncpreviewview.cpp" line="167"/>
        <source>The sync would change %n resource(s).</source>
        <translation>
            <numerusform>The sync would change %n resource.</numerusform>
            <numerusform>The sync would change %n resources.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sextant::views::SyncSelectionDialog</name>
    <message numerus="yes">
        <location filename="../../../views/syncselectiondialog.cpp" line="63"/>
        <source>Sync %n selected application(s)</source>
        <translation>
            <numerusform>Sync %n selected application</numerusform>
            <numerusform>Sync %n selected applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../views/syncselectiondialog.cpp" line="66"/>
        <source>Sync %n application(s), one after another</source>
        <translation>
            <numerusform>Sync %n application, one after another</numerusform>
            <numerusform>Sync %n applications, one after another</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../views/syncselectiondialog.cpp" line="87"/>
        <source>&amp;Sync %n app(s)</source>
        <translation>
            <numerusform>&amp;Sync %n app</numerusform>
            <numerusform>&amp;Sync %n apps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sextant::views::WaveRollbackDialog</name>
    <message numerus="yes">
        <location filename="../../../views/waverollbackdialog.cpp" line="95"/>
        <source>Refused: %n file(s) changed again since the target: %1. Revert them by hand from the app&apos;s Git tab.</source>
        <translation>
            <numerusform>Refused: %n file changed again since the target: %1. Revert it by hand from the app&apos;s Git tab.</numerusform>
            <numerusform>Refused: %n files changed again since the target: %1. Revert them by hand from the app&apos;s Git tab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../views/waverollbackdialog.cpp" line="109"/>
        <source>A commit on %1 (at %2) changes %n file(s) in %3; then %4 app(s) are synced to it.</source>
        <translation>
            <numerusform>A commit on %1 (at %2) changes %n file in %3; then %4 app(s) are synced to it.</numerusform>
            <numerusform>A commit on %1 (at %2) changes %n files in %3; then %4 app(s) are synced to it.</numerusform>
        </translation>
    </message>
</context>
</TS>
