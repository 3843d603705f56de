<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="14"/>
        <source>Sextant: a desktop console for GitOps fleets.</source>
        <translation>Sextant: eine Desktop-Konsole für GitOps-Flotten.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="18"/>
        <source>Open the built-in demo fleet.</source>
        <translation>Die eingebaute Demo-Flotte öffnen.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="22"/>
        <source>Connect to this argocd CLI context.</source>
        <translation>Mit diesem Kontext der argocd-CLI verbinden.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="26"/>
        <source>Connect to this Argo CD server.</source>
        <translation>Mit diesem Argo-CD-Server verbinden.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="29"/>
        <source>Token for --server (else ARGOCD_AUTH_TOKEN).</source>
        <translation>Token für --server (sonst ARGOCD_AUTH_TOKEN).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="33"/>
        <source>Skip TLS certificate checks.</source>
        <translation>TLS-Zertifikatsprüfungen überspringen.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="36"/>
        <source>Use plain HTTP (loopback only).</source>
        <translation>Unverschlüsseltes HTTP verwenden (nur Loopback).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="39"/>
        <source>Save the main window as PNG once the fleet has loaded, then quit.</source>
        <translation>Das Hauptfenster als PNG speichern, sobald die Flotte geladen ist, dann beenden.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="63"/>
        <source>unknown command: %1</source>
        <translation>unbekannter Befehl: %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../model/fleet/applicationgitsource.cpp" line="80"/>
        <source>The repository has no default branch (HEAD, main or master).</source>
        <translation>Das Repository hat keinen Standard-Branch (HEAD, main oder master).</translation>
    </message>
    <message>
        <location filename="../model/fleet/applicationgitsource.cpp" line="90"/>
        <source>The revision “%1” is neither a branch, a tag nor a commit of the repository.</source>
        <translation>Die Revision „%1“ ist weder ein Branch noch ein Tag noch ein Commit des Repositorys.</translation>
    </message>
    <message>
        <location filename="../model/actions/gitchangerunner.cpp" line="65"/>
        <source>Commit %1 is not in the history of what the app deploys (%2): there is nothing to revert.</source>
        <translation>Commit %1 ist nicht im Verlauf dessen, was die Anwendung bereitstellt (%2): Es gibt nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <location filename="../model/actions/gitchangerunner.cpp" line="99"/>
        <source>Reverting changes nothing: the branch already undoes these commits.</source>
        <translation>Der Revert ändert nichts: Der Branch macht diese Commits bereits rückgängig.</translation>
    </message>
    <message>
        <location filename="../model/actions/gitchangerunner.cpp" line="123"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../model/actions/gitchangerunner.cpp" line="127"/>
        <source>Nothing to promote: the targets already deploy what %1 deploys.</source>
        <translation>Nichts zu promoten: Die Ziele stellen bereits bereit, was %1 bereitstellt.</translation>
    </message>
    <message>
        <location filename="../model/actions/gitchangerunner.cpp" line="160"/>
        <source>%1 moved since the preview (it is now at %2): preview again, so that you see what will be committed.</source>
        <translation>%1 hat sich seit der Vorschau bewegt (steht jetzt auf %2): Erstellen Sie die Vorschau erneut, damit Sie sehen, was committet wird.</translation>
    </message>
    <message>
        <location filename="../model/actions/gitchangerunner.cpp" line="167"/>
        <source>The branch %1 exists already: choose another name.</source>
        <translation>Der Branch %1 existiert bereits: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../model/actions/gitchangerunner.cpp" line="177"/>
        <source>Committed %1 on %2 in the local mirror, but the push failed: %3</source>
        <translation>%1 wurde im lokalen Mirror auf %2 committet, aber der Push ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location filename="../model/git/adoption.cpp" line="231"/>
        <source>the overlay pins the digest %1, which wins over the live tag %2: remove the digest or pin the live image&apos;s digest by hand</source>
        <translation>das Overlay pinnt den Digest %1, der Vorrang vor dem Live-Tag %2 hat: den Digest entfernen oder den Digest des Live-Images von Hand pinnen</translation>
    </message>
    <message>
        <location filename="../model/git/adoption.cpp" line="274"/>
        <source>%1 cannot be read at %2: %3</source>
        <translation>%1 kann bei %2 nicht gelesen werden: %3</translation>
    </message>
    <message>
        <location filename="../model/git/adoption.cpp" line="373"/>
        <source>Secret values are never written into Git by Sextant: use a sealed or external secret</source>
        <translation>Sextant schreibt Secret-Werte nie nach Git: verwenden Sie ein Sealed Secret oder ein External Secret</translation>
    </message>
    <message>
        <location filename="../model/git/adoption.cpp" line="384"/>
        <source>the field was removed live; remove it from Git by hand</source>
        <translation>das Feld wurde live entfernt; entfernen Sie es von Hand aus Git</translation>
    </message>
    <message>
        <location filename="../model/git/adoption.cpp" line="385"/>
        <source>the live value is a list or a mapping; only single values are edited in place</source>
        <translation>der Live-Wert ist eine Liste oder eine Zuordnung; an Ort und Stelle werden nur einzelne Werte bearbeitet</translation>
    </message>
    <message>
        <location filename="../model/git/adoption.cpp" line="394"/>
        <source>the overlay %1 has no patch for this resource: it is defined in a base that other overlays may share</source>
        <translation>das Overlay %1 hat keinen Patch für diese Ressource: sie ist in einer Basis definiert, die andere Overlays mitnutzen können</translation>
    </message>
    <message>
        <location filename="../model/git/adoption.cpp" line="397"/>
        <source>the overlay&apos;s patches do not hold this field</source>
        <translation>die Patches des Overlays enthalten dieses Feld nicht</translation>
    </message>
    <message>
        <location filename="../model/git/adoption.cpp" line="400"/>
        <source>no manifest in %1 defines %2 %3</source>
        <translation>kein Manifest in %1 definiert %2 %3</translation>
    </message>
    <message>
        <location filename="../model/git/adoption.cpp" line="402"/>
        <source>the manifest cannot take this field in place</source>
        <translation>das Manifest kann dieses Feld nicht an Ort und Stelle aufnehmen</translation>
    </message>
    <message>
        <location filename="../model/actions/gitchangerunner_adopt.cpp" line="32"/>
        <source>Git already holds the live values: there is nothing to commit.</source>
        <translation>Git enthält die Live-Werte bereits: es gibt nichts zu committen.</translation>
    </message>
    <message>
        <location filename="../model/actions/gitchangerunner_adopt.cpp" line="33"/>
        <source>No drifted field can be written into Git in place.</source>
        <translation>Kein abweichendes Feld kann an Ort und Stelle nach Git geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../model/actions/gitchangerunner_wave.cpp" line="37"/>
        <source>Left as they are (outside %1): %2</source>
        <translation>Unverändert gelassen (außerhalb von %1): %2</translation>
    </message>
    <message>
        <location filename="../model/actions/gitchangerunner_wave.cpp" line="40"/>
        <source>Already undone on %1: %2</source>
        <translation>Auf %1 bereits zurückgenommen: %2</translation>
    </message>
    <message>
        <location filename="../model/actions/gitchangerunner_wave.cpp" line="51"/>
        <source>Commit %1 changed nothing under %2: there is nothing to revert there.</source>
        <translation>Commit %1 hat unter %2 nichts geändert: Dort gibt es nichts zurückzunehmen.</translation>
    </message>
    <message>
        <location filename="../model/actions/gitchangerunner_wave.cpp" line="53"/>
        <source>%1 already undoes commit %2 under %3.</source>
        <translation>%1 nimmt Commit %2 unter %3 bereits zurück.</translation>
    </message>
    <message>
        <location filename="../model/rollout/rollingsync.cpp" line="39"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../model/rollout/rollingsync.cpp" line="40"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../model/rollout/rollingsync.cpp" line="53"/>
        <source>step %1: %2 · at most %3</source>
        <translation>Schritt %1: %2 · höchstens %3</translation>
    </message>
    <message>
        <location filename="../model/rollout/rollingsync.cpp" line="61"/>
        <source>in no step</source>
        <translation>in keinem Schritt</translation>
    </message>
    <message>
        <location filename="../model/rollout/rollingsync.cpp" line="81"/>
        <source>never synced</source>
        <translation>nie synchronisiert</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/rollout/rollingsync.cpp" line="83"/>
        <source>%n app(s) match no step: the rollout never syncs them</source>
        <translation>
            <numerusform>%n App passt zu keinem Schritt: Der Rollout synchronisiert sie nie</numerusform>
            <numerusform>%n Apps passen zu keinem Schritt: Der Rollout synchronisiert sie nie</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/rollout/rollingsync.cpp" line="85"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location filename="../model/rollout/rollingsync.cpp" line="86"/>
        <source>waits for step %1</source>
        <translation>wartet auf Schritt %1</translation>
    </message>
    <message>
        <location filename="../model/rollout/rollingsync.cpp" line="88"/>
        <source>healthy</source>
        <translation>gesund</translation>
    </message>
    <message>
        <location filename="../model/rollout/rollingsync.cpp" line="89"/>
        <source>no app in this step</source>
        <translation>keine App in diesem Schritt</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/rollout/rollingsync.cpp" line="90"/>
        <source>all %n app(s) Synced and Healthy</source>
        <translation>
            <numerusform>die %n App ist Synced und Healthy</numerusform>
            <numerusform>alle %n Apps sind Synced und Healthy</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/rollout/rollingsync.cpp" line="94"/>
        <source>stalled</source>
        <translation>festgefahren</translation>
    </message>
    <message>
        <location filename="../model/rollout/rollingsync.cpp" line="94"/>
        <source>progressing</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../model/rollout/rollingsync.cpp" line="99"/>
        <source>waiting on %1 of %2 apps: %3</source>
        <translation>wartet auf %1 von %2 Apps: %3</translation>
    </message>
    <message>
        <location filename="../model/rollout/rollingsync.cpp" line="104"/>
        <source> — RollingSync never fails a step: later steps will not start until these apps are fixed</source>
        <translation> — RollingSync lässt nie einen Schritt scheitern: Spätere Schritte beginnen erst, wenn diese Apps repariert sind</translation>
    </message>
    <message>
        <location filename="../views/rollingsyncview.cpp" line="27"/>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <location filename="../views/rollingsyncview.cpp" line="50"/>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <location filename="../views/rollingsyncview.cpp" line="51"/>
        <source>the revision the ApplicationSet wants</source>
        <translation>die Revision, die das ApplicationSet will</translation>
    </message>
</context>
<context>
    <name>StatusIcons</name>
    <message>
        <location filename="../views/statusicons.cpp" line="442"/>
        <source>Synced</source>
        <translation>Synchron</translation>
    </message>
    <message>
        <location filename="../views/statusicons.cpp" line="443"/>
        <source>Out of sync</source>
        <translation>Nicht synchron</translation>
    </message>
    <message>
        <location filename="../views/statusicons.cpp" line="446"/>
        <source>Sync unknown</source>
        <translation>Synchronisierung unbekannt</translation>
    </message>
    <message>
        <location filename="../views/statusicons.cpp" line="452"/>
        <source>Healthy</source>
        <translation>Fehlerfrei</translation>
    </message>
    <message>
        <location filename="../views/statusicons.cpp" line="453"/>
        <source>Progressing</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location filename="../views/statusicons.cpp" line="454"/>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <location filename="../views/statusicons.cpp" line="455"/>
        <source>Suspended</source>
        <translation>Ausgesetzt</translation>
    </message>
    <message>
        <location filename="../views/statusicons.cpp" line="456"/>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <location filename="../views/statusicons.cpp" line="459"/>
        <source>Health unknown</source>
        <translation>Zustand unbekannt</translation>
    </message>
    <message>
        <location filename="../views/statusicons.cpp" line="465"/>
        <source>Auto-sync on</source>
        <translation>Auto-Sync an</translation>
    </message>
    <message>
        <location filename="../views/statusicons.cpp" line="466"/>
        <source>Auto-sync paused</source>
        <translation>Auto-Sync pausiert</translation>
    </message>
    <message>
        <location filename="../views/statusicons.cpp" line="469"/>
        <source>Auto-sync off</source>
        <translation>Auto-Sync aus</translation>
    </message>
    <message>
        <location filename="../views/statusicons.cpp" line="476"/>
        <source>Connecting</source>
        <translation>Wird verbunden</translation>
    </message>
    <message>
        <location filename="../views/statusicons.cpp" line="477"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location filename="../views/statusicons.cpp" line="478"/>
        <source>Reconnecting</source>
        <translation>Wird erneut verbunden</translation>
    </message>
    <message>
        <location filename="../views/statusicons.cpp" line="479"/>
        <source>Authentication failed</source>
        <translation>Authentifizierung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../views/statusicons.cpp" line="480"/>
        <source>Connection failed</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../views/statusicons.cpp" line="481"/>
        <source>Cached</source>
        <translation>Aus dem Cache</translation>
    </message>
    <message>
        <location filename="../views/statusicons.cpp" line="503"/>
        <source>Stale since %1</source>
        <translation>Veraltet seit %1</translation>
    </message>
    <message>
        <location filename="../views/statusicons.cpp" line="505"/>
        <source>Reconnecting (next try %1)</source>
        <translation>Wird erneut verbunden (nächster Versuch um %1)</translation>
    </message>
</context>
<context>
    <name>sextant::ActionService</name>
    <message>
        <location filename="../model/actions/actionservice.cpp" line="173"/>
        <source>rolled back — Git still wants %1</source>
        <translation>zurückgesetzt — Git sieht weiterhin %1 vor</translation>
    </message>
    <message>
        <location filename="../model/actions/actionservice.cpp" line="208"/>
        <source>%1 is not in a connected instance</source>
        <translation>%1 ist in keiner verbundenen Instanz</translation>
    </message>
    <message>
        <location filename="../model/actions/actionjournal.cpp" line="78"/>
        <source>Nothing was sent: the action journal could not be written (%1).</source>
        <translation>Nichts wurde gesendet: Das Aktionsjournal konnte nicht geschrieben werden (%1).</translation>
    </message>
    <message>
        <location filename="../model/actions/guardrailpolicy.cpp" line="168"/>
        <location filename="../model/actions/actionservice_sync.cpp" line="59"/>
        <location filename="../model/actions/actionservice_sync.cpp" line="91"/>
        <location filename="../model/actions/actionservice_sync.cpp" line="162"/>
        <source>The app %1 is not in the fleet.</source>
        <translation>Die Anwendung %1 ist nicht in der Flotte.</translation>
    </message>
    <message>
        <location filename="../model/actions/actionservice_sync.cpp" line="110"/>
        <location filename="../model/actions/actionservice_sync.cpp" line="196"/>
        <location filename="../model/actions/actionservice_sync.cpp" line="355"/>
        <location filename="../model/actions/actionservice_sync.cpp" line="469"/>
        <source>Sextant is not connected to %1.</source>
        <translation>Sextant ist nicht mit %1 verbunden.</translation>
    </message>
    <message>
        <location filename="../model/actions/actionservice_sync.cpp" line="115"/>
        <source>%1 (%2) cannot preview a sync.</source>
        <translation>%1 (%2) kann keine Vorschau eines Syncs zeigen.</translation>
    </message>
    <message>
        <location filename="../model/actions/actionservice_sync.cpp" line="165"/>
        <source>%1 is being deleted; it cannot be synced.</source>
        <translation>%1 wird gelöscht; die Anwendung kann nicht synchronisiert werden.</translation>
    </message>
    <message>
        <location filename="../model/actions/actionservice_sync.cpp" line="169"/>
        <location filename="../model/actions/actionservice_sync.cpp" line="395"/>
        <source>An operation is running on %1 (%2). Wait for it, or terminate it first.</source>
        <translation>Auf %1 läuft eine Operation (%2). Warten Sie, bis sie abgeschlossen ist, oder beenden Sie sie zuerst.</translation>
    </message>
    <message>
        <location filename="../model/actions/actionservice_sync.cpp" line="213"/>
        <source>Sync of %1 %2: %3</source>
        <translation>Sync von %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../model/actions/actionservice_sync.cpp" line="281"/>
        <source>stopped before it was synced</source>
        <translation>angehalten, bevor sie synchronisiert wurde</translation>
    </message>
    <message>
        <location filename="../model/actions/actionservice_sync.cpp" line="282"/>
        <source>not synced: an earlier app failed</source>
        <translation>nicht synchronisiert: eine vorherige Anwendung ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../model/actions/actionservice_sync.cpp" line="324"/>
        <location filename="../model/actions/actionservice_git.cpp" line="71"/>
        <source>The app is not in the fleet.</source>
        <translation>Die Anwendung ist nicht in der Flotte.</translation>
    </message>
    <message>
        <location filename="../model/actions/actionservice_sync.cpp" line="369"/>
        <source>Hard refresh of %1 done.</source>
        <translation>Vollständige Aktualisierung von %1 abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../model/actions/actionservice_sync.cpp" line="369"/>
        <source>Refreshed %1.</source>
        <translation>%1 aktualisiert.</translation>
    </message>
    <message>
        <location filename="../model/actions/actionservice_sync.cpp" line="381"/>
        <source>Asked the controller to terminate the operation on %1.</source>
        <translation>Der Controller wurde gebeten, die Operation auf %1 zu beenden.</translation>
    </message>
    <message>
        <location filename="../model/actions/guardrailpolicy.cpp" line="178"/>
        <source>%1 has no deployment with history id %2.</source>
        <translation>%1 hat keine Bereitstellung mit der Verlaufs-ID %2.</translation>
    </message>
    <message>
        <location filename="../model/actions/guardrailpolicy.cpp" line="192"/>
        <source>%1 is being deleted.</source>
        <translation>%1 wird gelöscht.</translation>
    </message>
    <message>
        <location filename="../model/actions/guardrailpolicy.cpp" line="195"/>
        <source>Pause auto-sync of %1 (recorded in the pause ledger and on the app), because Argo CD refuses a rollback while auto-sync is on.</source>
        <translation>Auto-Sync von %1 pausieren (vermerkt im Pausenregister und an der Anwendung), weil Argo CD ein Zurücksetzen bei aktivem Auto-Sync ablehnt.</translation>
    </message>
    <message>
        <location filename="../model/actions/guardrailpolicy.cpp" line="200"/>
        <source>Roll back to history id %1: revision %2, deployed %3.</source>
        <translation>Auf Verlaufs-ID %1 zurücksetzen: Revision %2, bereitgestellt am %3.</translation>
    </message>
    <message>
        <location filename="../model/actions/guardrailpolicy.cpp" line="205"/>
        <source>Afterwards the app shows OutOfSync: Git still wants %1. Auto-sync stays paused until you resume it (which deploys Git again) or revert the change in Git.</source>
        <translation>Danach zeigt die Anwendung OutOfSync: Git sieht weiterhin %1 vor. Auto-Sync bleibt pausiert, bis Sie es fortsetzen (dann wird Git erneut bereitgestellt) oder die Änderung in Git rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../model/actions/actionservice_sync.cpp" line="410"/>
        <source>rollback to history id %1: %2</source>
        <translation>Zurücksetzen auf Verlaufs-ID %1: %2</translation>
    </message>
    <message>
        <location filename="../model/actions/actionservice_sync.cpp" line="422"/>
        <source>Auto-sync of %1 could not be paused, so the rollback did not run: %2</source>
        <translation>Auto-Sync von %1 konnte nicht pausiert werden, daher wurde das Zurücksetzen nicht ausgeführt: %2</translation>
    </message>
    <message>
        <location filename="../model/actions/actionservice_sync.cpp" line="477"/>
        <source>The rollback of %1 ended %2: %3</source>
        <translation>Das Zurücksetzen von %1 endete mit Status %2: %3</translation>
    </message>
    <message>
        <location filename="../model/actions/actionservice_sync.cpp" line="485"/>
        <source>%1 rolled back to %2 — Git still wants %3.</source>
        <translation>%1 auf %2 zurückgesetzt — Git sieht weiterhin %3 vor.</translation>
    </message>
    <message>
        <location filename="../model/actions/ledgerreconciler.cpp" line="121"/>
        <source>elsewhere</source>
        <translation>anderswo</translation>
    </message>
    <message>
        <location filename="../model/actions/ledgerreconciler.cpp" line="123"/>
        <source>the app no longer exists on %1</source>
        <translation>die Anwendung existiert auf %1 nicht mehr</translation>
    </message>
    <message>
        <location filename="../model/actions/ledgerreconciler.cpp" line="125"/>
        <source>resumed elsewhere: auto-sync was turned on outside Sextant (the pause note is still on the app)</source>
        <translation>anderswo fortgesetzt: Auto-Sync wurde außerhalb von Sextant eingeschaltet (der Pausenvermerk steht noch an der Anwendung)</translation>
    </message>
    <message>
        <location filename="../model/actions/ledgerreconciler.cpp" line="128"/>
        <source>resumed elsewhere: the pause note was removed and auto-sync is on (another workstation&apos;s Sextant)</source>
        <translation>anderswo fortgesetzt: Der Pausenvermerk wurde entfernt und Auto-Sync ist an (Sextant auf einem anderen Arbeitsplatz)</translation>
    </message>
    <message>
        <location filename="../model/actions/actionservice_git.cpp" line="74"/>
        <source>The instance %1 is not connected: the live values cannot be read.</source>
        <translation>Die Instanz %1 ist nicht verbunden: die Live-Werte können nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../model/actions/actionservice_git.cpp" line="82"/>
        <source>The live values cannot be read: %1</source>
        <translation>Die Live-Werte können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../model/actions/actionservice_git.cpp" line="88"/>
        <source>The resource no longer runs: there is nothing to bring into Git.</source>
        <translation>Die Ressource läuft nicht mehr: es gibt nichts nach Git zu übernehmen.</translation>
    </message>
</context>
<context>
    <name>sextant::ActionsComposer</name>
    <message>
        <location filename="../app/actionscomposer.cpp" line="50"/>
        <source>Emergency pause…</source>
        <translation>Notfall-Pause…</translation>
    </message>
    <message>
        <location filename="../app/actionscomposer.cpp" line="54"/>
        <source>Pause auto-sync across the fleet, a cluster, a project or the selection (%1)</source>
        <translation>Auto-Sync für die gesamte Flotte, einen Cluster, ein Projekt oder die Auswahl pausieren (%1)</translation>
    </message>
    <message>
        <location filename="../app/actionscomposer.cpp" line="58"/>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <location filename="../app/actionscomposer.cpp" line="68"/>
        <source>&amp;Activity</source>
        <translation>A&amp;ktivität</translation>
    </message>
    <message>
        <location filename="../app/actionscomposer.cpp" line="119"/>
        <source>An emergency pause or resume was interrupted on %1: complete it or resume from the banner.</source>
        <translation>Eine Notfall-Pause oder Fortsetzung auf %1 wurde unterbrochen: Schließen Sie sie ab oder setzen Sie Auto-Sync über das Banner fort.</translation>
    </message>
    <message>
        <location filename="../app/actionscomposer.cpp" line="140"/>
        <source>&amp;Actions</source>
        <translation>Ak&amp;tionen</translation>
    </message>
    <message>
        <location filename="../app/actionscomposer.cpp" line="141"/>
        <source>&amp;Sync…</source>
        <translation>&amp;Synchronisieren…</translation>
    </message>
    <message>
        <location filename="../app/actionscomposer.cpp" line="150"/>
        <source>&amp;Hard refresh</source>
        <translation>&amp;Vollständig aktualisieren</translation>
    </message>
    <message>
        <location filename="../app/actionscomposer.cpp" line="158"/>
        <source>&amp;Resume everything paused…</source>
        <translation>Alles Pausierte &amp;fortsetzen…</translation>
    </message>
    <message>
        <location filename="../app/actionscomposer.cpp" line="210"/>
        <source>%1 %2 of %3 apps…</source>
        <translation>%1: %2 von %3 Anwendungen…</translation>
    </message>
    <message>
        <location filename="../app/actionscomposer.cpp" line="211"/>
        <source>Pausing</source>
        <translation>Wird pausiert</translation>
    </message>
    <message>
        <location filename="../app/actionscomposer.cpp" line="211"/>
        <source>Resuming</source>
        <translation>Wird fortgesetzt</translation>
    </message>
</context>
<context>
    <name>sextant::ApplicationDetails</name>
    <message>
        <location filename="../model/fleet/applicationdetails.cpp" line="133"/>
        <source>The instance %1 is not connected; %2 of %3 cannot be fetched.</source>
        <translation>Die Instanz %1 ist nicht verbunden; %2 von %3 kann nicht abgerufen werden.</translation>
    </message>
    <message>
        <location filename="../model/fleet/applicationdetails.cpp" line="140"/>
        <source>the resource tree</source>
        <translation>der Ressourcenbaum</translation>
    </message>
    <message>
        <location filename="../model/fleet/applicationdetails.cpp" line="161"/>
        <source>the events</source>
        <translation>die Ereignisse</translation>
    </message>
    <message>
        <location filename="../model/fleet/applicationdetails.cpp" line="178"/>
        <source>the manifest</source>
        <translation>das Manifest</translation>
    </message>
    <message>
        <location filename="../model/fleet/applicationdetails.cpp" line="198"/>
        <source>The application %1 cannot be shown as YAML: %2</source>
        <translation>Die Anwendung %1 kann nicht als YAML angezeigt werden: %2</translation>
    </message>
    <message>
        <location filename="../model/fleet/applicationdetails.cpp" line="238"/>
        <source>Live updates stopped: %1</source>
        <translation>Live-Aktualisierungen gestoppt: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/fleet/applicationdetails.cpp" line="275"/>
        <source>Live updates stopped: %1 Trying again in %n second(s).</source>
        <translation>
            <numerusform>Live-Aktualisierungen gestoppt: %1 Neuer Versuch in %n Sekunde.</numerusform>
            <numerusform>Live-Aktualisierungen gestoppt: %1 Neuer Versuch in %n Sekunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sextant::ApplicationDiffLoader</name>
    <message>
        <location filename="../model/fleet/applicationdiffloader.cpp" line="175"/>
        <source>The instance %1 is not connected; the diff of %2 cannot be fetched.</source>
        <translation>Die Instanz %1 ist nicht verbunden; der Diff von %2 kann nicht abgerufen werden.</translation>
    </message>
    <message>
        <location filename="../model/fleet/applicationdiffloader.cpp" line="191"/>
        <source>%1 of %2 could not be fetched: %3</source>
        <translation>%1 von %2 – Abruf fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location filename="../model/fleet/applicationdiffloader.cpp" line="206"/>
        <source>The managed resources</source>
        <translation>Die verwalteten Ressourcen</translation>
    </message>
    <message>
        <location filename="../model/fleet/applicationdiffloader.cpp" line="211"/>
        <source>The application</source>
        <translation>Die Anwendung</translation>
    </message>
</context>
<context>
    <name>sextant::ControllerBackend</name>
    <message>
        <location filename="../model/controller/controllerbackend.cpp" line="11"/>
        <source>%1 cannot %2: %3 has no such operation.</source>
        <translation>%1 kann nicht %2: %3 kennt diese Operation nicht.</translation>
    </message>
    <message>
        <location filename="../model/controller/controllerbackend.cpp" line="22"/>
        <source>%1 signs in with a token only (%2).</source>
        <translation>%1 meldet sich nur mit einem Token an (%2).</translation>
    </message>
    <message>
        <location filename="../model/controller/controllerbackend.cpp" line="33"/>
        <source>stop a running operation</source>
        <translation>einen laufenden Vorgang abbrechen</translation>
    </message>
    <message>
        <location filename="../model/controller/controllerbackend.cpp" line="38"/>
        <source>roll back to a history entry</source>
        <translation>auf einen Verlaufseintrag zurücksetzen</translation>
    </message>
    <message>
        <location filename="../model/controller/controllerbackend.cpp" line="44"/>
        <source>annotate an application</source>
        <translation>eine Anwendung annotieren</translation>
    </message>
    <message>
        <location filename="../model/controller/controllerbackend.cpp" line="50"/>
        <source>no sync window applies</source>
        <translation>kein sync window greift</translation>
    </message>
    <message>
        <location filename="../model/controller/controllerbackend.cpp" line="55"/>
        <source>list ApplicationSets</source>
        <translation>ApplicationSets auflisten</translation>
    </message>
    <message>
        <location filename="../model/controller/controllerbackend.cpp" line="60"/>
        <source>add a freeze window</source>
        <translation>ein Sperrfenster anlegen</translation>
    </message>
    <message>
        <location filename="../model/controller/controllerbackend.cpp" line="65"/>
        <source>remove a freeze window</source>
        <translation>ein Sperrfenster entfernen</translation>
    </message>
</context>
<context>
    <name>sextant::DriftScanner</name>
    <message>
        <location filename="../model/fleet/driftscanner.cpp" line="233"/>
        <source>The instance %1 is not connected; its managed resources cannot be fetched.</source>
        <translation>Die Instanz %1 ist nicht verbunden; ihre verwalteten Ressourcen können nicht abgerufen werden.</translation>
    </message>
</context>
<context>
    <name>sextant::DriftTableModel</name>
    <message>
        <location filename="../model/itemmodels/drifttablemodel.cpp" line="159"/>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/drifttablemodel.cpp" line="159"/>
        <source>could not be read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/drifttablemodel.cpp" line="163"/>
        <source>human edit by %1 at %2</source>
        <translation>manuelle Änderung durch %1 am %2</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/drifttablemodel.cpp" line="164"/>
        <source>human edit by %1</source>
        <translation>manuelle Änderung durch %1</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/drifttablemodel.cpp" line="165"/>
        <source>controller-owned field (%1)</source>
        <translation>Controller-eigenes Feld (%1)</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/drifttablemodel.cpp" line="166"/>
        <source>pending Git commit</source>
        <translation>ausstehender Git-Commit</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/drifttablemodel.cpp" line="167"/>
        <source>to create</source>
        <translation>zu erstellen</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/drifttablemodel.cpp" line="168"/>
        <source>to prune</source>
        <translation>zu entfernen</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/drifttablemodel.cpp" line="171"/>
        <source>differs (no field detail)</source>
        <translation>abweichend (keine Felddetails)</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/drifttablemodel.cpp" line="179"/>
        <source>Waiting for the managed resources of %1.</source>
        <translation>Warten auf die verwalteten Ressourcen von %1.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/drifttablemodel.cpp" line="182"/>
        <source>In Git, but not in the cluster: a sync creates it.</source>
        <translation>In Git, aber nicht im Cluster: Ein Sync erstellt die Ressource.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/drifttablemodel.cpp" line="184"/>
        <source>In the cluster, but no longer in Git: a sync with pruning deletes it.</source>
        <translation>Im Cluster, aber nicht mehr in Git: Ein Sync mit Prune löscht die Ressource.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/drifttablemodel.cpp" line="186"/>
        <source>Argo CD reports a difference that is not visible after normalization.</source>
        <translation>Argo CD meldet einen Unterschied, der nach der Normalisierung nicht sichtbar ist.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/drifttablemodel.cpp" line="191"/>
        <source>Live is as Argo CD last applied it; Git changed since. Changed fields:</source>
        <translation>Der Live-Stand entspricht dem zuletzt von Argo CD angewendeten; Git hat sich seitdem geändert. Geänderte Felder:</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/drifttablemodel.cpp" line="193"/>
        <source>Changed fields, by who last wrote them (metadata.managedFields):</source>
        <translation>Geänderte Felder, nach letztem Schreiber (metadata.managedFields):</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/drifttablemodel.cpp" line="199"/>
        <source> — from Git</source>
        <translation> — aus Git</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/drifttablemodel.cpp" line="201"/>
        <source> — %1 at %2</source>
        <translation> — %1 am %2</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/drifttablemodel.cpp" line="203"/>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/itemmodels/drifttablemodel.cpp" line="207"/>
        <source>  and %n more</source>
        <translation>
            <numerusform>  und %n weiteres</numerusform>
            <numerusform>  und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/itemmodels/drifttablemodel.cpp" line="247"/>
        <source>first seen %1</source>
        <translation>zuerst gesehen am %1</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/drifttablemodel.cpp" line="294"/>
        <source>When the live change was made, from metadata.managedFields.</source>
        <translation>Zeitpunkt der Live-Änderung, laut metadata.managedFields.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/drifttablemodel.cpp" line="295"/>
        <source>When Sextant first saw it out of sync; the managed fields do not say when it changed.</source>
        <translation>Zeitpunkt, zu dem Sextant die Ressource zuerst als nicht synchron gesehen hat; die managedFields geben nicht an, wann sie sich geändert hat.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/drifttablemodel.cpp" line="309"/>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/drifttablemodel.cpp" line="310"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/drifttablemodel.cpp" line="311"/>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/drifttablemodel.cpp" line="312"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/drifttablemodel.cpp" line="313"/>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/drifttablemodel.cpp" line="314"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/drifttablemodel.cpp" line="315"/>
        <source>Out of sync since</source>
        <translation>Nicht synchron seit</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/drifttablemodel.cpp" line="316"/>
        <source>Change origin</source>
        <translation>Herkunft der Änderung</translation>
    </message>
</context>
<context>
    <name>sextant::FleetTreeModel</name>
    <message>
        <location filename="../model/itemmodels/fleettreemodel.cpp" line="454"/>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/fleettreemodel.cpp" line="460"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/itemmodels/fleettreemodel.cpp" line="461"/>
        <source>%1 · %n branch(es)</source>
        <translation>
            <numerusform>%1 · %n Branch</numerusform>
            <numerusform>%1 · %n Branches</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/itemmodels/fleettreemodel.cpp" line="533"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/fleettreemodel.cpp" line="538"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/itemmodels/fleettreemodel.cpp" line="540"/>
        <source>%n commit(s) pending in Git</source>
        <translation>
            <numerusform>%n Commit in Git ausstehend</numerusform>
            <numerusform>%n Commits in Git ausstehend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/itemmodels/fleettreemodel.cpp" line="544"/>
        <source>%n application(s): %1 out of sync, %2 degraded, %3 paused</source>
        <translation>
            <numerusform>%n Anwendung: %1 nicht synchron, %2 beeinträchtigt, %3 pausiert</numerusform>
            <numerusform>%n Anwendungen: %1 nicht synchron, %2 beeinträchtigt, %3 pausiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sextant::GitHistoryModel</name>
    <message>
        <location filename="../model/itemmodels/githistorymodel.cpp" line="75"/>
        <source>default branch</source>
        <translation>Standard-Branch</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/githistorymodel.cpp" line="228"/>
        <source>head of %1</source>
        <translation>Head von %1</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/githistorymodel.cpp" line="230"/>
        <source>deployed</source>
        <translation>bereitgestellt</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/githistorymodel.cpp" line="230"/>
        <source>deployed (%1)</source>
        <translation>bereitgestellt (%1)</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/githistorymodel.cpp" line="232"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/githistorymodel.cpp" line="234"/>
        <source>deployment #%1</source>
        <translation>Bereitstellung #%1</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/githistorymodel.cpp" line="274"/>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/githistorymodel.cpp" line="275"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/githistorymodel.cpp" line="276"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/githistorymodel.cpp" line="277"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/githistorymodel.cpp" line="278"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>sextant::JournalTableModel</name>
    <message>
        <location filename="../model/itemmodels/journaltablemodel.cpp" line="65"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/journaltablemodel.cpp" line="106"/>
        <source>started</source>
        <translation>gestartet</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/journaltablemodel.cpp" line="107"/>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/journaltablemodel.cpp" line="108"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/journaltablemodel.cpp" line="124"/>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/journaltablemodel.cpp" line="125"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/journaltablemodel.cpp" line="126"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/journaltablemodel.cpp" line="127"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/journaltablemodel.cpp" line="128"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/journaltablemodel.cpp" line="129"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/journaltablemodel.cpp" line="130"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>sextant::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="50"/>
        <source>Sextant — GitOps fleet console</source>
        <translation>Sextant — GitOps-Flottenkonsole</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="150"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="151"/>
        <source>&amp;Connect to Argo CD…</source>
        <translation>Mit Argo CD &amp;verbinden…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="153"/>
        <source>&amp;Log in again…</source>
        <translation>Erneut &amp;anmelden…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="161"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="165"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="166"/>
        <source>&amp;Filter applications</source>
        <translation>Anwendungen &amp;filtern</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="173"/>
        <source>&amp;Go to application…</source>
        <translation>&amp;Gehe zu Anwendung…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="175"/>
        <source>&amp;Drift across the fleet</source>
        <translation>&amp;Drift in der Flotte</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="179"/>
        <source>&amp;Wave rollout plan</source>
        <translation>&amp;Wellen-Rollout-Plan</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="183"/>
        <source>Wave &amp;rollouts</source>
        <translation>Wellen-&amp;Rollouts</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="186"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="195"/>
        <source>Group by &amp;cluster</source>
        <translation>Nach &amp;Cluster gruppieren</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="196"/>
        <source>Group by &amp;project</source>
        <translation>Nach &amp;Projekt gruppieren</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="197"/>
        <source>Group by &amp;repository</source>
        <translation>Nach &amp;Repository gruppieren</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="208"/>
        <source>&amp;Resources</source>
        <translation>Ress&amp;ourcen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="208"/>
        <source>&amp;History</source>
        <translation>Ver&amp;lauf</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="208"/>
        <source>&amp;Events</source>
        <translation>&amp;Ereignisse</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="208"/>
        <source>&amp;Manifest</source>
        <translation>&amp;Manifest</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="208"/>
        <source>D&amp;iff</source>
        <translation>D&amp;iff</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="210"/>
        <source>Show %1 tab</source>
        <translation>Registerkarte %1 anzeigen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="214"/>
        <source>&amp;Colours</source>
        <translation>Far&amp;ben</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="216"/>
        <source>Follow the &amp;system</source>
        <translation>&amp;System folgen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="217"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="218"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="225"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="229"/>
        <source>&amp;Status Bar</source>
        <translation>&amp;Statusleiste</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="241"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="242"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="244"/>
        <source>Filter applications</source>
        <translation>Anwendungen filtern</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="245"/>
        <source>Arrows, Enter</source>
        <translation>Pfeiltasten, Enter</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="245"/>
        <source>Move in the fleet tree, open</source>
        <translation>Im Flottenbaum bewegen, öffnen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="251"/>
        <source>&amp;About Sextant</source>
        <translation>Über &amp;Sextant</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="253"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="263"/>
        <source>Log in again…</source>
        <translation>Erneut anmelden…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="286"/>
        <source>No controller connected</source>
        <translation>Kein Controller verbunden</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="296"/>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="297"/>
        <source>connecting…</source>
        <translation>wird verbunden…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="300"/>
        <source>reconnecting (next try %1)</source>
        <translation>wird erneut verbunden (nächster Versuch um %1)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="302"/>
        <source>reconnecting</source>
        <translation>wird erneut verbunden</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="305"/>
        <source>authentication failed</source>
        <translation>Authentifizierung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="308"/>
        <source>unreachable: %1</source>
        <translation>nicht erreichbar: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="309"/>
        <source>showing the cache</source>
        <translation>zeigt den Cache</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="312"/>
        <source> — stale since %1</source>
        <translation> — veraltet seit %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="314"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="316"/>
        <source>%n application(s) · </source>
        <translation>
            <numerusform>%n Anwendung · </numerusform>
            <numerusform>%n Anwendungen · </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="381"/>
        <source>Start rollout %1</source>
        <translation>Rollout %1 starten</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="382"/>
        <source>Start %1: %n wave(s), target %2.</source>
        <translation>
            <numerusform>%1 starten: %n Welle, Ziel %2.</numerusform>
            <numerusform>%1 starten: %n Wellen, Ziel %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="385"/>
        <source>The %n app(s) of the later waves are held first: their auto-sync is paused through the pause ledger until their wave is released, so a change in Git cannot reach them early.</source>
        <translation>
            <numerusform>Die %n App der späteren Wellen wird zuerst angehalten: ihr Auto-Sync pausiert über das Pausenbuch, bis ihre Welle freigegeben ist, damit eine Änderung in Git sie nicht zu früh erreicht.</numerusform>
            <numerusform>Die %n Apps der späteren Wellen werden zuerst angehalten: ihr Auto-Sync pausiert über das Pausenbuch, bis ihre Welle freigegeben ist, damit eine Änderung in Git sie nicht zu früh erreicht.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="389"/>
        <source>The rollout runs while this window is open. Closing the window pauses it; the next start offers to resume it.</source>
        <translation>Der Rollout läuft, solange dieses Fenster offen ist. Schließen pausiert ihn; beim nächsten Start wird angeboten, ihn fortzusetzen.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="394"/>
        <source>Start rollout</source>
        <translation>Rollout starten</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="410"/>
        <source>Rollout %1 is paused</source>
        <translation>Rollout %1 ist pausiert</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="411"/>
        <source>The rollout %1 is paused: %2.

Resume it from this window now?</source>
        <translation>Der Rollout %1 ist pausiert: %2.

Jetzt aus diesem Fenster fortsetzen?</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="415"/>
        <source>Resume rollout</source>
        <translation>Rollout fortsetzen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="420"/>
        <source>resumed when Sextant started again</source>
        <translation>fortgesetzt beim Neustart von Sextant</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="268"/>
        <source>Sextant %1</source>
        <translation>Sextant %1</translation>
    </message>
</context>
<context>
    <name>sextant::RepositoryMirrors</name>
    <message>
        <location filename="../model/fleet/repositorymirrors.cpp" line="186"/>
        <source>Cannot create the mirror directory %1.</source>
        <translation>Das Mirror-Verzeichnis %1 kann nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>sextant::ResourceTreeModel</name>
    <message>
        <location filename="../model/itemmodels/resourcetreemodel.cpp" line="268"/>
        <source>not created yet</source>
        <translation>noch nicht erstellt</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/resourcetreemodel.cpp" line="295"/>
        <source>%1
UID %2</source>
        <translation>%1
UID %2</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/resourcetreemodel.cpp" line="299"/>
        <source>%1
Created %2</source>
        <translation>%1
Erstellt am %2</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/resourcetreemodel.cpp" line="316"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/resourcetreemodel.cpp" line="317"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/resourcetreemodel.cpp" line="318"/>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/resourcetreemodel.cpp" line="319"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/resourcetreemodel.cpp" line="320"/>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/resourcetreemodel.cpp" line="321"/>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
</context>
<context>
    <name>sextant::Workspace</name>
    <message>
        <location filename="../app/workspace.cpp" line="34"/>
        <source>Action journal</source>
        <translation>Aktionsjournal</translation>
    </message>
    <message>
        <location filename="../app/workspace.cpp" line="35"/>
        <source>The action journal and pause ledger could not be opened: %1
Actions are refused until this is fixed, because nothing could be recorded.</source>
        <translation>Das Aktionsjournal und das Pausenregister konnten nicht geöffnet werden: %1
Aktionen werden abgelehnt, bis dies behoben ist, da nichts aufgezeichnet werden könnte.</translation>
    </message>
    <message>
        <location filename="../app/workspace.cpp" line="43"/>
        <source>No system keychain (%1): tokens are kept for this session only.</source>
        <translation>Kein System-Schlüsselbund (%1): Tokens werden nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../app/workspace.cpp" line="46"/>
        <source>The fleet cache could not be used: %1</source>
        <translation>Der Flotten-Cache konnte nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location filename="../app/workspace.cpp" line="76"/>
        <source>Logged in to %1.</source>
        <translation>Bei %1 angemeldet.</translation>
    </message>
    <message>
        <location filename="../app/workspace.cpp" line="79"/>
        <source>Log in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <location filename="../app/workspace.cpp" line="161"/>
        <source>remembered</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <location filename="../app/workspace.cpp" line="181"/>
        <source>Starting the demo fleet…</source>
        <translation>Demo-Flotte wird gestartet…</translation>
    </message>
    <message>
        <location filename="../app/workspace.cpp" line="184"/>
        <source>the demo fleet started afresh</source>
        <translation>die Demo-Flotte wurde neu gestartet</translation>
    </message>
    <message>
        <location filename="../app/workspace.cpp" line="187"/>
        <source>Demo fleet</source>
        <translation>Demo-Flotte</translation>
    </message>
    <message>
        <location filename="../app/workspace.cpp" line="188"/>
        <source>The demo fleet could not start:
%1</source>
        <translation>Die Demo-Flotte konnte nicht starten:
%1</translation>
    </message>
    <message>
        <location filename="../app/workspace.cpp" line="196"/>
        <source>built-in demo (sextant-fleetsim)</source>
        <translation>eingebaute Demo (sextant-fleetsim)</translation>
    </message>
    <message>
        <location filename="../app/workspace.cpp" line="201"/>
        <source>Demo fleet: sextant-fleetsim at %1</source>
        <translation>Demo-Flotte: sextant-fleetsim unter %1</translation>
    </message>
</context>
<context>
    <name>sextant::actions::GitChangeRunner</name>
    <message>
        <location filename="../model/actions/gitchangerunner.cpp" line="226"/>
        <location filename="../model/actions/gitchangerunner.cpp" line="276"/>
        <location filename="../model/actions/gitchangerunner_adopt.cpp" line="59"/>
        <source>The app is not in the fleet.</source>
        <translation>Die Anwendung ist nicht in der Flotte.</translation>
    </message>
    <message>
        <location filename="../model/actions/gitchangerunner.cpp" line="228"/>
        <source>%1 does not deploy one overlay directory from Git: there is nothing to promote.</source>
        <translation>%1 stellt nicht genau ein Overlay-Verzeichnis aus Git bereit: Es gibt nichts zu promoten.</translation>
    </message>
    <message>
        <location filename="../model/actions/gitchangerunner.cpp" line="231"/>
        <location filename="../model/actions/gitchangerunner.cpp" line="280"/>
        <location filename="../model/actions/gitchangerunner.cpp" line="345"/>
        <location filename="../model/actions/gitchangerunner.cpp" line="378"/>
        <location filename="../model/actions/gitchangerunner_adopt.cpp" line="67"/>
        <location filename="../model/actions/gitchangerunner_wave.cpp" line="98"/>
        <source>Git repositories are not available in this session.</source>
        <translation>Git-Repositorys sind in dieser Sitzung nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../model/actions/gitchangerunner.cpp" line="233"/>
        <source>Choose the applications to promote to.</source>
        <translation>Wählen Sie die Anwendungen, in die promotet werden soll.</translation>
    </message>
    <message>
        <location filename="../model/actions/gitchangerunner.cpp" line="243"/>
        <source>%1 does not deploy another overlay of the same repository and branch as %2.</source>
        <translation>%1 stellt kein anderes Overlay desselben Repositorys und Branches wie %2 bereit.</translation>
    </message>
    <message>
        <location filename="../model/actions/gitchangerunner.cpp" line="278"/>
        <location filename="../model/actions/gitchangerunner_wave.cpp" line="76"/>
        <source>%1 does not deploy from a Git repository.</source>
        <translation>%1 stellt nicht aus einem Git-Repository bereit.</translation>
    </message>
    <message>
        <location filename="../model/actions/gitchangerunner.cpp" line="282"/>
        <source>Choose the commits to revert.</source>
        <translation>Wählen Sie die Commits, die rückgängig gemacht werden sollen.</translation>
    </message>
    <message>
        <location filename="../model/actions/gitchangerunner.cpp" line="344"/>
        <source>The app does not deploy from a Git repository.</source>
        <translation>Die Anwendung wird nicht aus einem Git-Repository bereitgestellt.</translation>
    </message>
    <message>
        <location filename="../model/actions/gitchangerunner.cpp" line="369"/>
        <source>The change has conflicts and cannot be committed.</source>
        <translation>Die Änderung hat Konflikte und kann nicht committet werden.</translation>
    </message>
    <message>
        <location filename="../model/actions/gitchangerunner.cpp" line="372"/>
        <source>A reason is required: it goes into the commit and the journal.</source>
        <translation>Ein Grund ist erforderlich: Er wird in den Commit und ins Aktionsjournal geschrieben.</translation>
    </message>
    <message>
        <location filename="../model/actions/gitchangerunner.cpp" line="374"/>
        <source>The app tracks a tag or a commit, not a branch: commit on a new branch.</source>
        <translation>Die Anwendung verfolgt einen Tag oder einen Commit, keinen Branch: Committen Sie auf einen neuen Branch.</translation>
    </message>
    <message>
        <location filename="../model/actions/gitchangerunner.cpp" line="376"/>
        <source>New branches go under sextant/ so that a fetch never moves them.</source>
        <translation>Neue Branches werden unter sextant/ angelegt, damit ein Abruf sie nie verschiebt.</translation>
    </message>
    <message>
        <location filename="../model/actions/gitchangerunner.cpp" line="423"/>
        <source>Pushed commit %1 to %2: the controller deploys it with the next sync.</source>
        <translation>Commit %1 nach %2 gepusht: der Controller rollt ihn mit der nächsten Synchronisierung aus.</translation>
    </message>
    <message>
        <location filename="../model/actions/gitchangerunner.cpp" line="426"/>
        <source>Pushed commit %1 to the new branch %2: merge it to deploy.</source>
        <translation>Commit %1 auf den neuen Branch %2 gepusht: zum Ausrollen mergen.</translation>
    </message>
    <message>
        <location filename="../model/actions/gitchangerunner_adopt.cpp" line="61"/>
        <source>%1 does not name a resource.</source>
        <translation>%1 bezeichnet keine Ressource.</translation>
    </message>
    <message>
        <location filename="../model/actions/gitchangerunner_adopt.cpp" line="63"/>
        <source>%1 does not deploy one directory from Git: Sextant cannot tell which file defines the resource.</source>
        <translation>%1 rollt nicht genau ein Verzeichnis aus Git aus: Sextant kann nicht bestimmen, welche Datei die Ressource definiert.</translation>
    </message>
    <message>
        <location filename="../model/actions/gitchangerunner_adopt.cpp" line="69"/>
        <source>No field of this resource was changed by a person: there is nothing to bring into Git.</source>
        <translation>Kein Feld dieser Ressource wurde von einer Person geändert: es gibt nichts nach Git zu übernehmen.</translation>
    </message>
    <message>
        <location filename="../model/actions/gitchangerunner_wave.cpp" line="72"/>
        <source>%1 is not in the fleet.</source>
        <translation>%1 ist nicht in der Flotte.</translation>
    </message>
    <message>
        <location filename="../model/actions/gitchangerunner_wave.cpp" line="83"/>
        <source>%1 deploys from %2 at %3, not from %4 at %5 like the others: revert its repository from its Git tab.</source>
        <translation>%1 rollt aus %2 bei %3 aus, nicht aus %4 bei %5 wie die anderen: Nehmen Sie sein Repository über seinen Git-Tab zurück.</translation>
    </message>
    <message>
        <location filename="../model/actions/gitchangerunner_wave.cpp" line="96"/>
        <source>There are no applications to revert.</source>
        <translation>Es gibt keine Anwendungen zum Zurücknehmen.</translation>
    </message>
    <message>
        <location filename="../model/actions/gitchangerunner_wave.cpp" line="100"/>
        <source>%1 is not a commit id.</source>
        <translation>%1 ist keine Commit-ID.</translation>
    </message>
</context>
<context>
    <name>sextant::argocd::ArgoCdBackend</name>
    <message>
        <location filename="../model/argocd/argocdbackend.cpp" line="37"/>
        <source>The Argo CD server sent %1 that cannot be read: %2</source>
        <translation>Der Argo-CD-Server hat %1 gesendet; die Antwort ist nicht lesbar: %2</translation>
    </message>
    <message>
        <location filename="../model/argocd/argocdbackend.cpp" line="169"/>
        <source>a resource tree</source>
        <translation>einen Ressourcenbaum</translation>
    </message>
    <message>
        <location filename="../model/argocd/argocdbackend.cpp" line="182"/>
        <source>events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../model/argocd/argocdbackend.cpp" line="199"/>
        <source>ApplicationSets</source>
        <translation>ApplicationSets</translation>
    </message>
    <message>
        <location filename="../model/argocd/argocdbackend.cpp" line="209"/>
        <source>an application %1</source>
        <translation>eine Anwendung %1</translation>
    </message>
    <message>
        <location filename="../model/argocd/argocdbackend.cpp" line="225"/>
        <source>managed resources of %1</source>
        <translation>verwaltete Ressourcen von %1</translation>
    </message>
</context>
<context>
    <name>sextant::argocd::ArgoCdHttp</name>
    <message>
        <location filename="../model/argocd/argocdhttp.cpp" line="59"/>
        <source>The server address &quot;%1&quot; of the Argo CD instance %2 is not a valid URL.</source>
        <translation>Die Serveradresse „%1“ der Argo-CD-Instanz %2 ist keine gültige URL.</translation>
    </message>
    <message>
        <location filename="../model/argocd/argocdhttp.cpp" line="63"/>
        <source>Refusing plain HTTP to %1: the token would travel unencrypted. Use https://, or mark the instance plain-text if you really mean it.</source>
        <translation>Unverschlüsseltes HTTP zu %1 wird abgelehnt: Das Token würde unverschlüsselt übertragen. Verwenden Sie https:// oder markieren Sie die Instanz als Klartext, wenn Sie das wirklich wollen.</translation>
    </message>
    <message>
        <location filename="../model/argocd/argocdhttp.cpp" line="75"/>
        <source>Cannot read the CA file %1 of the Argo CD instance %2: %3</source>
        <translation>Die CA-Datei %1 der Argo-CD-Instanz %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <location filename="../model/argocd/argocdhttp.cpp" line="82"/>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>Die CA-Datei %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <location filename="../model/argocd/argocdhttp.cpp" line="89"/>
        <source>The certificate authority data of the Argo CD instance %1 holds no PEM certificate.</source>
        <translation>Die Zertifizierungsstellendaten der Argo-CD-Instanz %1 enthalten kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <location filename="../model/argocd/argocdhttp.cpp" line="99"/>
        <source>The server address %1 of the Argo CD instance %2 must start with https:// (or http:// for a plain-text server).</source>
        <translation>Die Serveradresse %1 der Argo-CD-Instanz %2 muss mit https:// beginnen (oder mit http:// für einen Klartext-Server).</translation>
    </message>
    <message>
        <location filename="../model/argocd/argocdhttp.cpp" line="165"/>
        <source>The Argo CD server refused the token: the session expired or the token is wrong. Log in again.</source>
        <translation>Der Argo-CD-Server hat das Token abgelehnt: Die Sitzung ist abgelaufen oder das Token ist falsch. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location filename="../model/argocd/argocdhttp.cpp" line="182"/>
        <source>no details given</source>
        <translation>keine Details angegeben</translation>
    </message>
    <message>
        <location filename="../model/argocd/argocdhttp.cpp" line="187"/>
        <source>The Argo CD server denied this (403 Forbidden): %1. Your account lacks the permission for it; ask an Argo CD admin to grant it (RBAC).</source>
        <translation>Der Argo-CD-Server hat dies verweigert (403 Forbidden): %1. Ihrem Konto fehlt die Berechtigung dafür; bitten Sie einen Argo-CD-Administrator, sie zu erteilen (RBAC).</translation>
    </message>
    <message>
        <location filename="../model/argocd/argocdhttp.cpp" line="191"/>
        <source>The Argo CD server has no %1 (404 Not Found: %2). Check the server address and root path, and that the object still exists.</source>
        <translation>Der Argo-CD-Server kennt %1 nicht (404 Not Found: %2). Prüfen Sie die Serveradresse und den Stammpfad und ob das Objekt noch existiert.</translation>
    </message>
    <message>
        <location filename="../model/argocd/argocdhttp.cpp" line="195"/>
        <source>The Argo CD server refused the request&apos;s content type (415 Unsupported Media Type: %1).</source>
        <translation>Der Argo-CD-Server hat den Inhaltstyp der Anfrage abgelehnt (415 Unsupported Media Type: %1).</translation>
    </message>
    <message>
        <location filename="../model/argocd/argocdhttp.cpp" line="199"/>
        <source>The Argo CD server failed (%1): %2</source>
        <translation>Beim Argo-CD-Server ist ein Fehler aufgetreten (%1): %2</translation>
    </message>
    <message>
        <location filename="../model/argocd/argocdhttp.cpp" line="201"/>
        <source>The Argo CD server answered %1: %2</source>
        <translation>Der Argo-CD-Server hat mit %1 geantwortet: %2</translation>
    </message>
    <message>
        <location filename="../model/argocd/argocdhttp.cpp" line="209"/>
        <source>The TLS certificate of the Argo CD server at %1 was not accepted: %2. If the server uses a private or self-signed CA, trust that CA (certificate-authority-data in the argocd config, or a CA file for this instance); to skip verification, which is unsafe, use --insecure.</source>
        <translation>Das TLS-Zertifikat des Argo-CD-Servers unter %1 wurde nicht akzeptiert: %2. Wenn der Server eine private oder selbstsignierte CA verwendet, vertrauen Sie dieser CA (certificate-authority-data in der argocd-Konfiguration oder eine CA-Datei für diese Instanz); um die Prüfung zu überspringen, was unsicher ist, verwenden Sie --insecure.</translation>
    </message>
    <message>
        <location filename="../model/argocd/argocdhttp.cpp" line="214"/>
        <source>The TLS handshake with the Argo CD server at %1 failed: %2. Check that the server speaks HTTPS on this port (for a plain-HTTP server use plain-text), or trust its CA; --insecure skips verification.</source>
        <translation>Der TLS-Handshake mit dem Argo-CD-Server unter %1 ist fehlgeschlagen: %2. Prüfen Sie, ob der Server auf diesem Port HTTPS spricht (für einen Server mit unverschlüsseltem HTTP verwenden Sie plain-text), oder vertrauen Sie seiner CA; --insecure überspringt die Prüfung.</translation>
    </message>
    <message>
        <location filename="../model/argocd/argocdhttp.cpp" line="229"/>
        <source>Cannot connect to the Argo CD server at %1: the connection was refused. Check that the server is running and that the address and port are right.</source>
        <translation>Keine Verbindung zum Argo-CD-Server unter %1: Die Verbindung wurde abgelehnt. Prüfen Sie, ob der Server läuft und ob Adresse und Port stimmen.</translation>
    </message>
    <message>
        <location filename="../model/argocd/argocdhttp.cpp" line="233"/>
        <source>The host %1 was not found. Check the server address (and your DNS or VPN).</source>
        <translation>Der Host %1 wurde nicht gefunden. Prüfen Sie die Serveradresse (und Ihr DNS oder VPN).</translation>
    </message>
    <message>
        <location filename="../model/argocd/argocdhttp.cpp" line="238"/>
        <source>The connection to the Argo CD server at %1 timed out.</source>
        <translation>Die Verbindung zum Argo-CD-Server unter %1 hat das Zeitlimit überschritten.</translation>
    </message>
    <message>
        <location filename="../model/argocd/argocdhttp.cpp" line="239"/>
        <source>The Argo CD server at %1 did not answer within %2 seconds.</source>
        <translation>Der Argo-CD-Server unter %1 hat nicht innerhalb von %2 Sekunden geantwortet.</translation>
    </message>
    <message>
        <location filename="../model/argocd/argocdhttp.cpp" line="244"/>
        <source>The Argo CD server at %1 closed the connection unexpectedly.</source>
        <translation>Der Argo-CD-Server unter %1 hat die Verbindung unerwartet geschlossen.</translation>
    </message>
    <message>
        <location filename="../model/argocd/argocdhttp.cpp" line="248"/>
        <source>The Argo CD server at %1 answered without an HTTP status.</source>
        <translation>Der Argo-CD-Server unter %1 hat ohne HTTP-Status geantwortet.</translation>
    </message>
    <message>
        <location filename="../model/argocd/argocdhttp.cpp" line="249"/>
        <source>Cannot reach the Argo CD server at %1: %2</source>
        <translation>Der Argo-CD-Server unter %1 ist nicht erreichbar: %2</translation>
    </message>
</context>
<context>
    <name>sextant::argocd::ArgoCdTreeWatch</name>
    <message>
        <location filename="../model/argocd/argocdtreewatch.cpp" line="46"/>
        <source>The Argo CD server sent a resource tree update that cannot be read (%1).</source>
        <translation>Der Argo-CD-Server hat eine Aktualisierung des Ressourcenbaums gesendet, die nicht gelesen werden kann (%1).</translation>
    </message>
</context>
<context>
    <name>sextant::argocd::StreamReader</name>
    <message>
        <location filename="../model/argocd/streamreader.cpp" line="97"/>
        <source>The Argo CD server at %1 sent a stream line longer than %2 MiB.</source>
        <translation>Der Argo-CD-Server unter %1 hat eine Stream-Zeile gesendet, die länger als %2 MiB ist.</translation>
    </message>
    <message>
        <location filename="../model/argocd/streamreader.cpp" line="135"/>
        <source>The Argo CD server at %1 closed the stream.</source>
        <translation>Der Argo-CD-Server unter %1 hat den Stream geschlossen.</translation>
    </message>
    <message>
        <location filename="../model/argocd/streamreader.cpp" line="136"/>
        <source>The stream from the Argo CD server at %1 broke: %2</source>
        <translation>Der Stream vom Argo-CD-Server unter %1 ist abgebrochen: %2</translation>
    </message>
</context>
<context>
    <name>sextant::rollout::RolloutRunner</name>
    <message>
        <location filename="../model/rollout/rolloutrunner.cpp" line="170"/>
        <source>The rollouts cannot be read: %1</source>
        <translation>Die Rollouts können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner.cpp" line="187"/>
        <source>no runner</source>
        <translation>kein Runner</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner.cpp" line="195"/>
        <source>paused: its runner (%1) stopped without pausing it</source>
        <translation>pausiert: sein Runner (%1) endete, ohne ihn zu pausieren</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner.cpp" line="200"/>
        <source>its runner (%1) is gone</source>
        <translation>sein Runner (%1) ist weg</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner.cpp" line="275"/>
        <location filename="../model/rollout/rolloutrunner_rollback.cpp" line="44"/>
        <source>There is no rollout %1.</source>
        <translation>Es gibt keinen Rollout %1.</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner_steering.cpp" line="32"/>
        <source>The plan does not resolve against the fleet: %1</source>
        <translation>Der Plan lässt sich nicht auf die Flotte auflösen: %1</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner_steering.cpp" line="38"/>
        <source>Wave %1 promotes: the runner runs sync waves only so far. Promote the change with the Git tab, then run the plan with action: sync.</source>
        <translation>Welle %1 befördert: der Runner führt bisher nur Sync-Wellen aus. Befördern Sie die Änderung im Git-Reiter und führen Sie den Plan dann mit action: sync aus.</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner_steering.cpp" line="44"/>
        <source>onFailure: repromoteLastGood needs promote waves, which the runner does not run yet: use halt or revertWave.</source>
        <translation>onFailure: repromoteLastGood braucht Promote-Wellen, die der Runner noch nicht ausführt: Verwenden Sie halt oder revertWave.</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner_steering.cpp" line="51"/>
        <source>The plan %1 is already %2 (run %3, started by %4): resume or abort it first.</source>
        <translation>Der Plan %1 ist bereits %2 (Lauf %3, gestartet von %4): zuerst fortsetzen oder abbrechen.</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner_steering.cpp" line="76"/>
        <source>The rollout is %1, not running.</source>
        <translation>Der Rollout ist %1, er läuft nicht.</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner_steering.cpp" line="111"/>
        <source>The rollout is being run by %1.</source>
        <translation>Der Rollout wird von %1 gesteuert.</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner_steering.cpp" line="113"/>
        <source>The rollout is %1: start the plan again instead.</source>
        <translation>Der Rollout ist %1: starten Sie den Plan stattdessen neu.</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner_steering.cpp" line="116"/>
        <source>Wave %1 was rolled back: the target is reverted there. Start a plan with a fixed target instead.</source>
        <translation>Welle %1 wurde zurückgerollt: Das Ziel ist dort zurückgenommen. Starten Sie stattdessen einen Plan mit einem korrigierten Ziel.</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner_steering.cpp" line="152"/>
        <location filename="../model/rollout/rolloutrunner_steering.cpp" line="182"/>
        <source>The plan has no wave %1.</source>
        <translation>Der Plan hat keine Welle %1.</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner_steering.cpp" line="154"/>
        <source>An approval needs a reason.</source>
        <translation>Eine Genehmigung braucht einen Grund.</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner_steering.cpp" line="158"/>
        <source>%1 is not an approver of wave %2 (approvers: %3).</source>
        <translation>%1 darf Welle %2 nicht genehmigen (Genehmigende: %3).</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner_steering.cpp" line="162"/>
        <source>Wave %1 is %2: there is nothing to approve.</source>
        <translation>Welle %1 ist %2: es gibt nichts zu genehmigen.</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner_steering.cpp" line="164"/>
        <source>The rollout is %1.</source>
        <translation>Der Rollout ist %1.</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner_steering.cpp" line="185"/>
        <source>Wave %1 is %2, not awaiting sign-off.</source>
        <translation>Welle %1 ist %2 und wartet nicht auf Abnahme.</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner_steering.cpp" line="203"/>
        <source>Skipping an app needs a reason.</source>
        <translation>Eine App zu überspringen braucht einen Grund.</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner_steering.cpp" line="206"/>
        <source>%1 is not in the plan.</source>
        <translation>%1 ist nicht im Plan.</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner_steering.cpp" line="208"/>
        <source>%1 is %2: only apps not released yet can be skipped.</source>
        <translation>%1 ist %2: nur noch nicht freigegebene Apps können übersprungen werden.</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner_steering.cpp" line="211"/>
        <source>skipped: %1 (its auto-sync stays paused)</source>
        <translation>übersprungen: %1 (ihr Auto-Sync bleibt pausiert)</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner_steering.cpp" line="212"/>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner_steering.cpp" line="225"/>
        <source>The rollout is already %1.</source>
        <translation>Der Rollout ist bereits %1.</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner_steering.cpp" line="231"/>
        <source>%1 (%2 apps of waves not released keep auto-sync paused: resume them from the pause banner when Git is safe)</source>
        <translation>%1 (%2 Apps nicht freigegebener Wellen behalten pausierten Auto-Sync: setzen Sie sie über das Pausenbanner fort, wenn Git sicher ist)</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner_steering.cpp" line="252"/>
        <source>held by rollout %1 until its wave is released</source>
        <translation>angehalten durch Rollout %1, bis ihre Welle freigegeben ist</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner_steering.cpp" line="272"/>
        <source>already Synced at the target: nothing to sync</source>
        <translation>bereits Synced auf dem Ziel: nichts zu synchronisieren</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner_steering.cpp" line="298"/>
        <source>rollout %1, wave %2</source>
        <translation>Rollout %1, Welle %2</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner_steering.cpp" line="299"/>
        <source>rollout %1, wave %2 approved by %3: %4</source>
        <translation>Rollout %1, Welle %2 genehmigt von %3: %4</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner_steering.cpp" line="302"/>
        <source>wave plan %1 (target %2), dry run reviewed at start</source>
        <translation>Wellenplan %1 (Ziel %2), Probelauf beim Start geprüft</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner_steering.cpp" line="330"/>
        <source>released by rollout %1</source>
        <translation>freigegeben durch Rollout %1</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner_steering.cpp" line="363"/>
        <source>could not hold %1: auto-sync would deploy them before their wave</source>
        <translation>konnte %1 nicht anhalten: Auto-Sync würde sie vor ihrer Welle ausrollen</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/rollout/rolloutrunner_steering.cpp" line="372"/>
        <source>held %n app(s) of later waves</source>
        <translation>
            <numerusform>%n App späterer Wellen angehalten</numerusform>
            <numerusform>%n Apps späterer Wellen angehalten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner_steering.cpp" line="372"/>
        <location filename="../model/rollout/rolloutrunner_steering.cpp" line="463"/>
        <source>halted</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner_steering.cpp" line="373"/>
        <source>their auto-sync is paused through the pause ledger until their wave</source>
        <translation>ihr Auto-Sync pausiert über das Pausenbuch bis zu ihrer Welle</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner_steering.cpp" line="374"/>
        <source>could not hold %1</source>
        <translation>konnte %1 nicht anhalten</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner_steering.cpp" line="388"/>
        <source>its auto-sync could not be restored (%1): resume it from the pause banner</source>
        <translation>ihr Auto-Sync konnte nicht wiederhergestellt werden (%1): über das Pausenbanner fortsetzen</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner_steering.cpp" line="393"/>
        <source>auto-sync of %1 not restored</source>
        <translation>Auto-Sync von %1 nicht wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner_steering.cpp" line="421"/>
        <source>an operation was already running</source>
        <translation>eine Operation lief bereits</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner_steering.cpp" line="421"/>
        <source>synced by the runner</source>
        <translation>vom Runner synchronisiert</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner_steering.cpp" line="442"/>
        <source>the server refused: a sync window blocks it</source>
        <translation>der Server lehnte ab: ein Sync-Fenster verhindert es</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner_steering.cpp" line="443"/>
        <source>%1 waits for its sync window</source>
        <translation>%1 wartet auf sein Sync-Fenster</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner_steering.cpp" line="453"/>
        <source>sync refused: %1</source>
        <translation>Sync abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner_steering.cpp" line="458"/>
        <location filename="../model/rollout/rolloutrunner_steering.cpp" line="463"/>
        <source>the sync of %1 was refused: %2</source>
        <translation>der Sync von %1 wurde abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner_rollback.cpp" line="46"/>
        <location filename="../model/rollout/rolloutrunner_rollback.cpp" line="123"/>
        <source>The rollout has no wave %1.</source>
        <translation>Der Rollout hat keine Welle %1.</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner_rollback.cpp" line="51"/>
        <source>Wave %1 is rolled back already (%2).</source>
        <translation>Welle %1 ist bereits zurückgerollt (%2).</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner_rollback.cpp" line="52"/>
        <source>under way</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner_rollback.cpp" line="55"/>
        <source>Nothing of wave %1 was released: there is nothing to roll back.</source>
        <translation>Von Welle %1 wurde nichts freigegeben: Es gibt nichts zurückzurollen.</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner_rollback.cpp" line="57"/>
        <location filename="../model/rollout/rolloutrunner_rollback.cpp" line="94"/>
        <source>wave %1</source>
        <translation>Welle %1</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner_rollback.cpp" line="77"/>
        <source>conflicts in %1</source>
        <translation>Konflikte in %1</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner_rollback.cpp" line="80"/>
        <source>wave %1 not rolled back</source>
        <translation>Welle %1 nicht zurückgerollt</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner_rollback.cpp" line="81"/>
        <source>onFailure: revertWave cannot revert it: %1</source>
        <translation>onFailure: revertWave kann sie nicht zurücknehmen: %1</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner_rollback.cpp" line="85"/>
        <source>onFailure: revertWave (%1)</source>
        <translation>onFailure: revertWave (%1)</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner_rollback.cpp" line="108"/>
        <source>A reason is required: it goes into the revert commit and the journal.</source>
        <translation>Ein Grund ist nötig: Er kommt in den Revert-Commit und ins Journal.</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner_rollback.cpp" line="112"/>
        <source>The revert has conflicts and cannot be committed.</source>
        <translation>Der Revert hat Konflikte und kann nicht committet werden.</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner_rollback.cpp" line="127"/>
        <source>Wave %1 is rolled back already.</source>
        <translation>Welle %1 ist bereits zurückgerollt.</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner_rollback.cpp" line="131"/>
        <source>rolling back wave %1: %2</source>
        <translation>Welle %1 wird zurückgerollt: %2</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner_rollback.cpp" line="136"/>
        <source>rolling back wave %1</source>
        <translation>Welle %1 wird zurückgerollt</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner_rollback.cpp" line="143"/>
        <location filename="../model/rollout/rolloutrunner_rollback.cpp" line="197"/>
        <source>rollout %1, wave %2 rolled back: %3</source>
        <translation>Rollout %1, Welle %2 zurückgerollt: %3</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner_rollback.cpp" line="160"/>
        <source>the rollback of wave %1 failed: %2</source>
        <translation>das Zurückrollen von Welle %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner_rollback.cpp" line="163"/>
        <source>rollback of wave %1 failed</source>
        <translation>Zurückrollen von Welle %1 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner_rollback.cpp" line="175"/>
        <source>wave %1 rolled back by commit %2: %3</source>
        <translation>Welle %1 durch Commit %2 zurückgerollt: %3</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner_rollback.cpp" line="180"/>
        <source>wave %1 rolled back</source>
        <translation>Welle %1 zurückgerollt</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner_rollback.cpp" line="199"/>
        <source>revert %1 of the target %2 in the wave&apos;s paths, previewed</source>
        <translation>Revert %1 des Ziels %2 in den Pfaden der Welle, mit Vorschau</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner_rollback.cpp" line="213"/>
        <source>synced to the rollback</source>
        <translation>auf den Rollback synchronisiert</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner_rollback.cpp" line="214"/>
        <source>not synced to the rollback: %1</source>
        <translation>nicht auf den Rollback synchronisiert: %1</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner_rollback.cpp" line="218"/>
        <source>%1 synced to the rollback</source>
        <translation>%1 auf den Rollback synchronisiert</translation>
    </message>
    <message>
        <location filename="../model/rollout/rolloutrunner_rollback.cpp" line="219"/>
        <source>%1 not synced to the rollback</source>
        <translation>%1 nicht auf den Rollback synchronisiert</translation>
    </message>
</context>
<context>
    <name>sextant::views::AboutDialog</name>
    <message>
        <location filename="../views/aboutdialog.cpp" line="16"/>
        <source>About Sextant</source>
        <translation>Über Sextant</translation>
    </message>
    <message>
        <location filename="../views/aboutdialog.cpp" line="25"/>
        <source>&lt;h2&gt;Sextant %1&lt;/h2&gt;&lt;p&gt;A native desktop console for GitOps fleets: every controller, cluster, repository and application in one window, with the guardrails an incident needs.&lt;/p&gt;&lt;p&gt;Built with %2.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Sextant %1&lt;/h2&gt;&lt;p&gt;Eine native Desktop-Konsole für GitOps-Flotten: jeder Controller, jeder Cluster, jedes Repository und jede Anwendung in einem Fenster – mit den Schutzmechanismen, die ein Störfall braucht.&lt;/p&gt;&lt;p&gt;Gebaut mit %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>sextant::views::ActivityPage</name>
    <message>
        <location filename="../views/activitypage.cpp" line="47"/>
        <source>Failures &amp;only</source>
        <translation>Nur &amp;Fehlschläge</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="60"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="62"/>
        <source>Every action sent from this workstation, newest first: who did what to which target, why, and how it ended.</source>
        <translation>Jede von dieser Arbeitsstation gesendete Aktion, neueste zuerst: wer was an welchem Ziel getan hat, warum und wie es ausging.</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="67"/>
        <source>Filter by app, user, reason, error…</source>
        <translation>Nach Anwendung, Benutzer, Grund, Fehler filtern…</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="70"/>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="78"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="79"/>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="81"/>
        <source>Export &amp;JSON…</source>
        <translation>&amp;JSON exportieren…</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="151"/>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="152"/>
        <source>Could not export to %1: %2</source>
        <translation>Export nach %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="191"/>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="204"/>
        <source>Export the activity as CSV</source>
        <translation>Aktivität als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="204"/>
        <source>Export the activity as JSON</source>
        <translation>Aktivität als JSON exportieren</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="205"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="205"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="214"/>
        <source>The journal could not be read: %1</source>
        <translation>Das Aktionsjournal konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/activitypage.cpp" line="217"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n Aktion</numerusform>
            <numerusform>%n Aktionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/activitypage.cpp" line="219"/>
        <source>%1 of %n action(s) shown</source>
        <translation>
            <numerusform>%1 von %n Aktion angezeigt</numerusform>
            <numerusform>%1 von %n Aktionen angezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sextant::views::ApplicationActionBar</name>
    <message>
        <location filename="../views/applicationactionbar.cpp" line="20"/>
        <source>&amp;Sync…</source>
        <translation>&amp;Synchronisieren…</translation>
    </message>
    <message>
        <location filename="../views/applicationactionbar.cpp" line="22"/>
        <source>Pause auto-sync…</source>
        <translation>Auto-Sync pausieren…</translation>
    </message>
    <message>
        <location filename="../views/applicationactionbar.cpp" line="23"/>
        <location filename="../views/applicationactionbar.cpp" line="28"/>
        <source>Resume auto-sync…</source>
        <translation>Auto-Sync fortsetzen…</translation>
    </message>
    <message>
        <location filename="../views/applicationactionbar.cpp" line="24"/>
        <source>Terminate operation…</source>
        <translation>Operation beenden…</translation>
    </message>
    <message>
        <location filename="../views/applicationactionbar.cpp" line="25"/>
        <source>Roll back…</source>
        <translation>Zurücksetzen…</translation>
    </message>
    <message>
        <location filename="../views/applicationactionbar.cpp" line="29"/>
        <source>Make &amp;Git agree…</source>
        <translation>&amp;Git angleichen…</translation>
    </message>
    <message>
        <location filename="../views/applicationactionbar.cpp" line="33"/>
        <source>Preview the change with a dry run, then sync</source>
        <translation>Änderung per Probelauf prüfen, dann synchronisieren</translation>
    </message>
    <message>
        <location filename="../views/applicationactionbar.cpp" line="35"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../views/applicationactionbar.cpp" line="36"/>
        <source>Ask the controller to compare with Git again</source>
        <translation>Den Controller erneut mit Git vergleichen lassen</translation>
    </message>
    <message>
        <location filename="../views/applicationactionbar.cpp" line="39"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../views/applicationactionbar.cpp" line="40"/>
        <source>&amp;Hard refresh (regenerate manifests)</source>
        <translation>&amp;Vollständig aktualisieren (Manifeste neu erzeugen)</translation>
    </message>
    <message>
        <location filename="../views/applicationactionbar.cpp" line="47"/>
        <source>Choose the deployment to roll back to in the History tab</source>
        <translation>Die Bereitstellung, auf die zurückgesetzt werden soll, auf der Registerkarte Verlauf auswählen</translation>
    </message>
    <message>
        <location filename="../views/applicationactionbar.cpp" line="59"/>
        <source>Revert in Git the commits after what runs now, so that resuming auto-sync keeps the rollback</source>
        <translation>Die Commits nach dem, was jetzt läuft, in Git rückgängig machen, damit das Fortsetzen von Auto-Sync den Rollback beibehält</translation>
    </message>
    <message>
        <location filename="../views/applicationactionbar.cpp" line="107"/>
        <source>Stop the controller from applying Git to this app, keeping its policy</source>
        <translation>Verhindern, dass der Controller Git auf diese Anwendung anwendet; ihre Richtlinie bleibt erhalten</translation>
    </message>
    <message>
        <location filename="../views/applicationactionbar.cpp" line="108"/>
        <source>Auto-sync is not on for this app</source>
        <translation>Auto-Sync ist für diese Anwendung nicht aktiv</translation>
    </message>
    <message>
        <location filename="../views/applicationactionbar.cpp" line="111"/>
        <source>Stop the running sync operation</source>
        <translation>Die laufende Sync-Operation beenden</translation>
    </message>
    <message>
        <location filename="../views/applicationactionbar.cpp" line="112"/>
        <source>No operation is running</source>
        <translation>Es läuft keine Operation</translation>
    </message>
    <message>
        <location filename="../views/applicationactionbar.cpp" line="118"/>
        <source>This app is %1. Auto-sync stays paused until you resume it (which deploys Git again) or change Git.</source>
        <translation>Diese Anwendung ist %1. Auto-Sync bleibt pausiert, bis Sie es fortsetzen (dann wird Git erneut bereitgestellt) oder Git ändern.</translation>
    </message>
</context>
<context>
    <name>sextant::views::ApplicationActions</name>
    <message>
        <location filename="../views/applicationactions.cpp" line="33"/>
        <location filename="../views/applicationactions.cpp" line="149"/>
        <location filename="../views/applicationactions.cpp" line="214"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../views/applicationactions.cpp" line="33"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location filename="../views/applicationactions.cpp" line="34"/>
        <location filename="../views/applicationactions.cpp" line="49"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../views/applicationactions.cpp" line="48"/>
        <source>%1: done</source>
        <translation>%1: erledigt</translation>
    </message>
    <message>
        <location filename="../views/applicationactions.cpp" line="64"/>
        <source>Sync of %1 started: %2</source>
        <translation>Sync von %1 gestartet: %2</translation>
    </message>
    <message>
        <location filename="../views/applicationactions.cpp" line="84"/>
        <source>Hard refresh of %1</source>
        <translation>Vollständige Aktualisierung von %1</translation>
    </message>
    <message>
        <location filename="../views/applicationactions.cpp" line="84"/>
        <source>Refresh of %1</source>
        <translation>Aktualisierung von %1</translation>
    </message>
    <message>
        <location filename="../views/applicationactions.cpp" line="91"/>
        <source>Terminate the operation on %1</source>
        <translation>Operation auf %1 beenden</translation>
    </message>
    <message>
        <location filename="../views/applicationactions.cpp" line="93"/>
        <source>The controller stops the running operation where it is. Resources it already applied stay as they are; the app may be left half-synced.</source>
        <translation>Der Controller hält die laufende Operation an der aktuellen Stelle an. Bereits angewendete Ressourcen bleiben unverändert; die Anwendung kann teilweise synchronisiert zurückbleiben.</translation>
    </message>
    <message>
        <location filename="../views/applicationactions.cpp" line="95"/>
        <source>&amp;Terminate operation</source>
        <translation>Operation &amp;beenden</translation>
    </message>
    <message>
        <location filename="../views/applicationactions.cpp" line="100"/>
        <source>Terminate on %1</source>
        <translation>Beenden der Operation auf %1</translation>
    </message>
    <message>
        <location filename="../views/applicationactions.cpp" line="107"/>
        <source>Pause auto-sync of %1</source>
        <translation>Auto-Sync von %1 pausieren</translation>
    </message>
    <message>
        <location filename="../views/applicationactions.cpp" line="110"/>
        <source>The controller stops applying Git to this app until you resume. Its sync policy (prune, self-heal, options) is kept in the ledger and on the app, and comes back exactly on resume.</source>
        <translation>Der Controller wendet Git nicht mehr auf diese Anwendung an, bis Sie fortsetzen. Ihre Sync-Richtlinie (Prune, Self-Heal, Optionen) wird im Pausenregister und an der Anwendung aufbewahrt und beim Fortsetzen exakt wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../views/applicationactions.cpp" line="113"/>
        <source>&amp;Pause auto-sync</source>
        <translation>Auto-Sync &amp;pausieren</translation>
    </message>
    <message>
        <location filename="../views/applicationactions.cpp" line="117"/>
        <source>Pause of %1</source>
        <translation>Pausieren von %1</translation>
    </message>
    <message>
        <location filename="../views/applicationactions.cpp" line="124"/>
        <source>Resume auto-sync of %1</source>
        <translation>Auto-Sync von %1 fortsetzen</translation>
    </message>
    <message>
        <location filename="../views/applicationactions.cpp" line="129"/>
        <source>The app&apos;s sync policy from before the pause is restored; the controller then applies Git again.</source>
        <translation>Die Sync-Richtlinie der Anwendung von vor der Pause wird wiederhergestellt; danach wendet der Controller Git wieder an.</translation>
    </message>
    <message>
        <location filename="../views/applicationactions.cpp" line="131"/>
        <source>This app is %1. Resuming auto-sync lets the controller deploy what Git wants again, undoing the rollback.</source>
        <translation>Diese Anwendung ist %1. Wenn Sie Auto-Sync fortsetzen, stellt der Controller wieder bereit, was Git vorsieht, und macht das Zurücksetzen rückgängig.</translation>
    </message>
    <message>
        <location filename="../views/applicationactions.cpp" line="135"/>
        <source>&amp;Resume auto-sync</source>
        <translation>Auto-Sync &amp;fortsetzen</translation>
    </message>
    <message>
        <location filename="../views/applicationactions.cpp" line="140"/>
        <source>Resume of %1</source>
        <translation>Fortsetzen von %1</translation>
    </message>
    <message>
        <location filename="../views/applicationactions.cpp" line="172"/>
        <source>Cannot read what Git wants: %1</source>
        <translation>Was Git erwartet, kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../views/applicationactions.cpp" line="174"/>
        <source>Git already wants what runs: there is nothing to revert.</source>
        <translation>Git erwartet bereits, was läuft: Es gibt nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <location filename="../views/applicationactions.cpp" line="197"/>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/applicationactions.cpp" line="265"/>
        <source>&amp;Sync %n applications…</source>
        <translation>
            <numerusform>%n Anwendung &amp;synchronisieren…</numerusform>
            <numerusform>%n Anwendungen &amp;synchronisieren…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/applicationactions.cpp" line="267"/>
        <source>&amp;Pause auto-sync of %n applications…</source>
        <translation>
            <numerusform>Auto-Sync von %n Anwendung &amp;pausieren…</numerusform>
            <numerusform>Auto-Sync von %n Anwendungen &amp;pausieren…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/applicationactions.cpp" line="272"/>
        <source>&amp;Sync…</source>
        <translation>&amp;Synchronisieren…</translation>
    </message>
    <message>
        <location filename="../views/applicationactions.cpp" line="273"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../views/applicationactions.cpp" line="274"/>
        <source>&amp;Hard refresh (regenerate manifests)</source>
        <translation>&amp;Hart aktualisieren (Manifeste neu erzeugen)</translation>
    </message>
    <message>
        <location filename="../views/applicationactions.cpp" line="276"/>
        <source>&amp;Pause auto-sync…</source>
        <translation>Auto-Sync &amp;pausieren…</translation>
    </message>
    <message>
        <location filename="../views/applicationactions.cpp" line="278"/>
        <source>Res&amp;ume auto-sync…</source>
        <translation>Auto-Sync &amp;fortsetzen…</translation>
    </message>
    <message>
        <location filename="../views/applicationactions.cpp" line="280"/>
        <source>&amp;Terminate operation…</source>
        <translation>Operation &amp;beenden…</translation>
    </message>
</context>
<context>
    <name>sextant::views::ApplicationDiffTab</name>
    <message>
        <location filename="../views/applicationdifftab.cpp" line="63"/>
        <location filename="../views/applicationdifftab.cpp" line="64"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../views/applicationdifftab.cpp" line="65"/>
        <source>%1 &lt;b&gt;%2&lt;/b&gt; → &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>%1 &lt;b&gt;%2&lt;/b&gt; → &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../views/applicationdifftab.cpp" line="77"/>
        <source>Show all resources</source>
        <translation>Alle Ressourcen anzeigen</translation>
    </message>
    <message>
        <location filename="../views/applicationdifftab.cpp" line="94"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../views/applicationdifftab.cpp" line="108"/>
        <source>Also list the resources whose live state matches Git</source>
        <translation>Auch die Ressourcen auflisten, deren Live-Stand mit Git übereinstimmt</translation>
    </message>
    <message>
        <location filename="../views/applicationdifftab.cpp" line="112"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location filename="../views/applicationdifftab.cpp" line="112"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../views/applicationdifftab.cpp" line="203"/>
        <source>The diff is not available here.</source>
        <translation>Der Diff ist hier nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../views/applicationdifftab.cpp" line="213"/>
        <source>Loading the diff of %1…</source>
        <translation>Diff von %1 wird geladen…</translation>
    </message>
    <message>
        <location filename="../views/applicationdifftab.cpp" line="257"/>
        <source>No diff to show.</source>
        <translation>Kein Diff zum Anzeigen.</translation>
    </message>
    <message>
        <location filename="../views/applicationdifftab.cpp" line="266"/>
        <source>Refreshing the diff…</source>
        <translation>Diff wird aktualisiert…</translation>
    </message>
    <message>
        <location filename="../views/applicationdifftab.cpp" line="335"/>
        <source>core</source>
        <translation>core</translation>
    </message>
    <message>
        <location filename="../views/applicationdifftab.cpp" line="338"/>
        <source>%1 (%2), cluster-scoped</source>
        <translation>%1 (%2), clusterweit</translation>
    </message>
    <message>
        <location filename="../views/applicationdifftab.cpp" line="339"/>
        <source>%1 (%2) in namespace %3</source>
        <translation>%1 (%2) im Namespace %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/applicationdifftab.cpp" line="361"/>
        <source>Live matches Git: none of the %n resource(s) differ.</source>
        <translation>
            <numerusform>Live stimmt mit Git überein: %n Ressource, keine Abweichung.</numerusform>
            <numerusform>Live stimmt mit Git überein: Keine der %n Ressourcen weicht ab.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/applicationdifftab.cpp" line="363"/>
        <source>Select a resource to see its diff.</source>
        <translation>Wählen Sie eine Ressource aus, um ihren Diff zu sehen.</translation>
    </message>
    <message>
        <location filename="../views/applicationdifftab.cpp" line="367"/>
        <source>Live (cluster)</source>
        <translation>Live (Cluster)</translation>
    </message>
    <message>
        <location filename="../views/applicationdifftab.cpp" line="368"/>
        <source>Desired (Git)</source>
        <translation>Soll (Git)</translation>
    </message>
    <message>
        <location filename="../views/applicationdifftab.cpp" line="371"/>
        <source>Live (cluster), values masked</source>
        <translation>Live (Cluster), Werte maskiert</translation>
    </message>
    <message>
        <location filename="../views/applicationdifftab.cpp" line="372"/>
        <source>Desired (Git), values masked</source>
        <translation>Soll (Git), Werte maskiert</translation>
    </message>
    <message>
        <location filename="../views/applicationdifftab.cpp" line="375"/>
        <source>Live: does not exist yet</source>
        <translation>Live: existiert noch nicht</translation>
    </message>
    <message>
        <location filename="../views/applicationdifftab.cpp" line="377"/>
        <source>Desired: not in Git, will be pruned</source>
        <translation>Soll: nicht in Git, wird entfernt</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/applicationdifftab.cpp" line="393"/>
        <source>&lt;b&gt;%n&lt;/b&gt; modified</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; geändert</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/applicationdifftab.cpp" line="395"/>
        <source>&lt;b&gt;%n&lt;/b&gt; to create</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; zu erstellen</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; zu erstellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/applicationdifftab.cpp" line="397"/>
        <source>&lt;b&gt;%n&lt;/b&gt; to prune</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; zu entfernen</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; zu entfernen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/applicationdifftab.cpp" line="399"/>
        <source>No differences</source>
        <translation>Keine Unterschiede</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/applicationdifftab.cpp" line="400"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/applicationdifftab.cpp" line="409"/>
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/applicationdifftab.cpp" line="410"/>
        <source>Images: %1</source>
        <translation>Images: %1</translation>
    </message>
    <message>
        <location filename="../views/applicationdifftab.cpp" line="417"/>
        <source>Diff (%1)</source>
        <translation>Diff (%1)</translation>
    </message>
    <message>
        <location filename="../views/applicationdifftab.cpp" line="417"/>
        <source>Diff</source>
        <translation>Diff</translation>
    </message>
</context>
<context>
    <name>sextant::views::ApplicationEventsTab</name>
    <message>
        <location filename="../views/applicationeventstab.cpp" line="31"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../views/applicationeventstab.cpp" line="31"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../views/applicationeventstab.cpp" line="31"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../views/applicationeventstab.cpp" line="31"/>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <location filename="../views/applicationeventstab.cpp" line="31"/>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../views/applicationeventstab.cpp" line="53"/>
        <source>Loading events…</source>
        <translation>Ereignisse werden geladen…</translation>
    </message>
    <message>
        <location filename="../views/applicationeventstab.cpp" line="63"/>
        <source>No events reported for this application.</source>
        <translation>Für diese Anwendung wurden keine Ereignisse gemeldet.</translation>
    </message>
    <message>
        <location filename="../views/applicationeventstab.cpp" line="82"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../views/applicationeventstab.cpp" line="88"/>
        <source>%1

%2 %3, reported by %4</source>
        <translation>%1

%2 %3, gemeldet von %4</translation>
    </message>
    <message>
        <location filename="../views/applicationeventstab.cpp" line="91"/>
        <source>First seen %1</source>
        <translation>Zuerst gesehen am %1</translation>
    </message>
    <message>
        <location filename="../views/applicationeventstab.cpp" line="114"/>
        <source>Could not update the events; showing the last ones received. %1</source>
        <translation>Die Ereignisse konnten nicht aktualisiert werden; die zuletzt empfangenen werden angezeigt. %1</translation>
    </message>
    <message>
        <location filename="../views/applicationeventstab.cpp" line="115"/>
        <source>Could not load the events. %1</source>
        <translation>Die Ereignisse konnten nicht geladen werden. %1</translation>
    </message>
</context>
<context>
    <name>sextant::views::ApplicationGitTab</name>
    <message>
        <location filename="../views/applicationgittab.cpp" line="68"/>
        <location filename="../views/applicationgittab.cpp" line="207"/>
        <source>Show what deploys &amp;next</source>
        <translation>Zeigen, was als &amp;Nächstes bereitgestellt wird</translation>
    </message>
    <message>
        <location filename="../views/applicationgittab.cpp" line="69"/>
        <location filename="../views/applicationgittab.cpp" line="202"/>
        <source>&amp;Fetch</source>
        <translation>&amp;Abrufen</translation>
    </message>
    <message>
        <location filename="../views/applicationgittab.cpp" line="70"/>
        <source>&amp;Credentials…</source>
        <translation>&amp;Zugangsdaten…</translation>
    </message>
    <message>
        <location filename="../views/applicationgittab.cpp" line="71"/>
        <source>&amp;Promote…</source>
        <translation>&amp;Promoten…</translation>
    </message>
    <message>
        <location filename="../views/applicationgittab.cpp" line="81"/>
        <source>Write what this environment deploys into other environments&apos; overlays, as a reviewed commit.</source>
        <translation>Das, was diese Umgebung bereitstellt, als geprüften Commit in die Overlays anderer Umgebungen schreiben.</translation>
    </message>
    <message>
        <location filename="../views/applicationgittab.cpp" line="85"/>
        <source>Enter a user name and token for this repository&apos;s server.</source>
        <translation>Benutzername und Token für den Server dieses Repositorys eingeben.</translation>
    </message>
    <message>
        <location filename="../views/applicationgittab.cpp" line="87"/>
        <source>Fetch the repository now (it is also fetched every few minutes).</source>
        <translation>Das Repository jetzt abrufen (es wird auch alle paar Minuten abgerufen).</translation>
    </message>
    <message>
        <location filename="../views/applicationgittab.cpp" line="176"/>
        <source>%1 does not deploy from a Git repository (a Helm chart or an OCI artifact): there is no Git history to show.</source>
        <translation>%1 stellt nicht aus einem Git-Repository bereit (ein Helm-Chart oder ein OCI-Artefakt): Es gibt keinen Git-Verlauf anzuzeigen.</translation>
    </message>
    <message>
        <location filename="../views/applicationgittab.cpp" line="194"/>
        <source>Git (%1 pending)</source>
        <translation>Git (%1 ausstehend)</translation>
    </message>
    <message>
        <location filename="../views/applicationgittab.cpp" line="194"/>
        <source>Git</source>
        <translation>Git</translation>
    </message>
    <message>
        <location filename="../views/applicationgittab.cpp" line="202"/>
        <source>&amp;Cancel fetch</source>
        <translation>Abruf a&amp;bbrechen</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/applicationgittab.cpp" line="206"/>
        <source>Show what deploys &amp;next (%n commit(s))</source>
        <translation>
            <numerusform>Zeigen, was als &amp;Nächstes bereitgestellt wird (%n Commit)</numerusform>
            <numerusform>Zeigen, was als &amp;Nächstes bereitgestellt wird (%n Commits)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/applicationgittab.cpp" line="210"/>
        <source>No Git source.</source>
        <translation>Keine Git-Quelle.</translation>
    </message>
    <message>
        <location filename="../views/applicationgittab.cpp" line="212"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location filename="../views/applicationgittab.cpp" line="217"/>
        <source>%1 · %2 at %3 · path %4</source>
        <translation>%1 · %2 auf %3 · Pfad %4</translation>
    </message>
    <message>
        <location filename="../views/applicationgittab.cpp" line="221"/>
        <source> · deployed %1: nothing pending</source>
        <translation> · bereitgestellt %1: nichts ausstehend</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/applicationgittab.cpp" line="224"/>
        <source> · deployed %1: %n commit(s) pending</source>
        <translation>
            <numerusform> · bereitgestellt %1: %n Commit ausstehend</numerusform>
            <numerusform> · bereitgestellt %1: %n Commits ausstehend</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/applicationgittab.cpp" line="226"/>
        <source> · deployed %1: not in the mirror yet</source>
        <translation> · bereitgestellt %1: noch nicht im Mirror</translation>
    </message>
    <message>
        <location filename="../views/applicationgittab.cpp" line="228"/>
        <source> · not deployed yet</source>
        <translation> · noch nicht bereitgestellt</translation>
    </message>
    <message>
        <location filename="../views/applicationgittab.cpp" line="243"/>
        <source>Fetching %1: %2 of %3 objects…</source>
        <translation>%1 wird abgerufen: %2 von %3 Objekten…</translation>
    </message>
    <message>
        <location filename="../views/applicationgittab.cpp" line="249"/>
        <source>Fetching %1…</source>
        <translation>%1 wird abgerufen…</translation>
    </message>
    <message>
        <location filename="../views/applicationgittab.cpp" line="256"/>
        <source>The last fetch failed, so this may be out of date (fetched %1): %2</source>
        <translation>Der letzte Abruf ist fehlgeschlagen, daher ist dies möglicherweise veraltet (abgerufen %1): %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/applicationgittab.cpp" line="274"/>
        <source>What deploys next: the combined change of %n commit(s) between %1 (deployed) and %2.</source>
        <translation>
            <numerusform>Was als Nächstes bereitgestellt wird: die zusammengefasste Änderung von %n Commit zwischen %1 (bereitgestellt) und %2.</numerusform>
            <numerusform>Was als Nächstes bereitgestellt wird: die zusammengefasste Änderung von %n Commits zwischen %1 (bereitgestellt) und %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/applicationgittab.cpp" line="307"/>
        <source>&amp;Revert %1…</source>
        <translation>%1 &amp;rückgängig machen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/applicationgittab.cpp" line="311"/>
        <source>Roll &amp;back to %1 (revert the %n newer commit(s))…</source>
        <translation>
            <numerusform>Auf %1 &amp;zurücksetzen (den %n neueren Commit rückgängig machen)…</numerusform>
            <numerusform>Auf %1 &amp;zurücksetzen (die %n neueren Commits rückgängig machen)…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/applicationgittab.cpp" line="314"/>
        <source>&amp;Copy commit id</source>
        <translation>Commit-ID &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>sextant::views::ApplicationHeader</name>
    <message>
        <location filename="../views/applicationheader.cpp" line="50"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../views/applicationheader.cpp" line="51"/>
        <source>Terminating</source>
        <translation>Wird beendet</translation>
    </message>
    <message>
        <location filename="../views/applicationheader.cpp" line="52"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location filename="../views/applicationheader.cpp" line="53"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../views/applicationheader.cpp" line="54"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../views/applicationheader.cpp" line="60"/>
        <source>%1 since %2</source>
        <translation>%1 seit %2</translation>
    </message>
    <message>
        <location filename="../views/applicationheader.cpp" line="61"/>
        <source>%1 at %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <location filename="../views/applicationheader.cpp" line="63"/>
        <source>, automated sync</source>
        <translation>, automatische Synchronisierung</translation>
    </message>
    <message>
        <location filename="../views/applicationheader.cpp" line="66"/>
        <source>, started by %1</source>
        <translation>, gestartet von %1</translation>
    </message>
    <message>
        <location filename="../views/applicationheader.cpp" line="67"/>
        <source>an unknown user</source>
        <translation>einem unbekannten Benutzer</translation>
    </message>
    <message>
        <location filename="../views/applicationheader.cpp" line="69"/>
        <source> (dry run)</source>
        <translation> (Probelauf)</translation>
    </message>
    <message>
        <location filename="../views/applicationheader.cpp" line="135"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../views/applicationheader.cpp" line="137"/>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../views/applicationheader.cpp" line="139"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../views/applicationheader.cpp" line="141"/>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../views/applicationheader.cpp" line="143"/>
        <source>Last operation</source>
        <translation>Letzte Operation</translation>
    </message>
    <message>
        <location filename="../views/applicationheader.cpp" line="146"/>
        <source>Rollout</source>
        <translation>Rollout</translation>
    </message>
    <message>
        <location filename="../views/applicationheader.cpp" line="176"/>
        <source>%1 no longer exists on %2: it was deleted, or you may no longer see it. What is shown is its last known state.</source>
        <translation>%1 existiert auf %2 nicht mehr: Die Anwendung wurde gelöscht, oder Sie dürfen sie nicht mehr sehen. Angezeigt wird ihr letzter bekannter Stand.</translation>
    </message>
    <message>
        <location filename="../views/applicationheader.cpp" line="186"/>
        <source>instance %1</source>
        <translation>Instanz %1</translation>
    </message>
    <message>
        <location filename="../views/applicationheader.cpp" line="188"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../views/applicationheader.cpp" line="198"/>
        <source>instance %1 · Application namespace %2</source>
        <translation>Instanz %1 · Anwendungs-Namespace %2</translation>
    </message>
    <message>
        <location filename="../views/applicationheader.cpp" line="205"/>
        <location filename="../views/applicationheader.cpp" line="293"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../views/applicationheader.cpp" line="208"/>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <location filename="../views/applicationheader.cpp" line="208"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../views/applicationheader.cpp" line="211"/>
        <source>Auto-sync on (prune %1, self-heal %2)</source>
        <translation>Auto-Sync an (Prune %1, Self-Heal %2)</translation>
    </message>
    <message>
        <location filename="../views/applicationheader.cpp" line="215"/>
        <source>Auto-sync paused (resumes with prune %1, self-heal %2)</source>
        <translation>Auto-Sync pausiert (wird fortgesetzt mit Prune %1, Self-Heal %2)</translation>
    </message>
    <message>
        <location filename="../views/applicationheader.cpp" line="218"/>
        <source>Auto-sync off: syncs are manual</source>
        <translation>Auto-Sync aus: Synchronisierungen erfolgen manuell</translation>
    </message>
    <message>
        <location filename="../views/applicationheader.cpp" line="227"/>
        <source>%1 · namespace %2</source>
        <translation>%1 · Namespace %2</translation>
    </message>
    <message>
        <location filename="../views/applicationheader.cpp" line="235"/>
        <source>%1 · chart %2 · version %3</source>
        <translation>%1 · Chart %2 · Version %3</translation>
    </message>
    <message>
        <location filename="../views/applicationheader.cpp" line="237"/>
        <source>%1 · path %2 · target %3</source>
        <translation>%1 · Pfad %2 · Ziel %3</translation>
    </message>
    <message>
        <location filename="../views/applicationheader.cpp" line="241"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../views/applicationheader.cpp" line="254"/>
        <source>not deployed yet</source>
        <translation>noch nicht bereitgestellt</translation>
    </message>
    <message>
        <location filename="../views/applicationheader.cpp" line="256"/>
        <source>not deployed yet · Git is at %1</source>
        <translation>noch nicht bereitgestellt · Git steht auf %1</translation>
    </message>
    <message>
        <location filename="../views/applicationheader.cpp" line="258"/>
        <source>%1 deployed</source>
        <translation>%1 bereitgestellt</translation>
    </message>
    <message>
        <location filename="../views/applicationheader.cpp" line="260"/>
        <source>%1 deployed · Git is at %2</source>
        <translation>%1 bereitgestellt · Git steht auf %2</translation>
    </message>
    <message>
        <location filename="../views/applicationheader.cpp" line="262"/>
        <source>Deployed: %1
Git (compared to): %2</source>
        <translation>Bereitgestellt: %1
Git (Vergleichsstand): %2</translation>
    </message>
    <message>
        <location filename="../views/applicationheader.cpp" line="269"/>
        <source>an operation was requested and waits to start</source>
        <translation>eine Operation wurde angefordert und wartet auf den Start</translation>
    </message>
    <message>
        <location filename="../views/applicationheader.cpp" line="270"/>
        <source>none recorded</source>
        <translation>keine aufgezeichnet</translation>
    </message>
    <message>
        <location filename="../views/applicationheader.cpp" line="282"/>
        <source>Released by the wave rollout %1 (run %2), at %3</source>
        <translation>Freigegeben durch den Wellen-Rollout %1 (Lauf %2), auf %3</translation>
    </message>
</context>
<context>
    <name>sextant::views::ApplicationHistoryTab</name>
    <message>
        <location filename="../views/applicationhistorytab.cpp" line="33"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../views/applicationhistorytab.cpp" line="33"/>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../views/applicationhistorytab.cpp" line="33"/>
        <source>Deployed at</source>
        <translation>Bereitgestellt am</translation>
    </message>
    <message>
        <location filename="../views/applicationhistorytab.cpp" line="33"/>
        <source>Initiated by</source>
        <translation>Ausgelöst von</translation>
    </message>
    <message>
        <location filename="../views/applicationhistorytab.cpp" line="33"/>
        <source>Source path</source>
        <translation>Quellpfad</translation>
    </message>
    <message>
        <location filename="../views/applicationhistorytab.cpp" line="49"/>
        <source>&amp;Roll back to deployment #%1…</source>
        <translation>Auf Bereitstellung #%1 &amp;zurücksetzen…</translation>
    </message>
    <message>
        <location filename="../views/applicationhistorytab.cpp" line="79"/>
        <source>automated</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location filename="../views/applicationhistorytab.cpp" line="80"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../views/applicationhistorytab.cpp" line="100"/>
        <source>No deployments recorded yet: an entry is added after each successful sync.</source>
        <translation>Noch keine Bereitstellungen aufgezeichnet: Nach jeder erfolgreichen Synchronisierung wird ein Eintrag hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../views/applicationhistorytab.cpp" line="120"/>
        <source>Choose the deployment to roll back to: right-click it and pick “Roll back”.</source>
        <translation>Wählen Sie die Bereitstellung, auf die zurückgesetzt werden soll: Klicken Sie sie mit der rechten Maustaste an und wählen Sie „Zurücksetzen“.</translation>
    </message>
</context>
<context>
    <name>sextant::views::ApplicationManifestTab</name>
    <message>
        <location filename="../views/applicationmanifesttab.cpp" line="49"/>
        <source>Loading the manifest…</source>
        <translation>Manifest wird geladen…</translation>
    </message>
    <message>
        <location filename="../views/applicationmanifesttab.cpp" line="68"/>
        <source>Could not load the manifest. %1</source>
        <translation>Das Manifest konnte nicht geladen werden. %1</translation>
    </message>
    <message>
        <location filename="../views/applicationmanifesttab.cpp" line="69"/>
        <source>Could not update the manifest; showing the last one received. %1</source>
        <translation>Das Manifest konnte nicht aktualisiert werden; das zuletzt empfangene wird angezeigt. %1</translation>
    </message>
</context>
<context>
    <name>sextant::views::ApplicationResourcesTab</name>
    <message>
        <location filename="../views/applicationresourcestab.cpp" line="35"/>
        <source>Tree</source>
        <translation>Baum</translation>
    </message>
    <message>
        <location filename="../views/applicationresourcestab.cpp" line="37"/>
        <source>Show each resource under the one that owns it (Deployment → ReplicaSet → Pod)</source>
        <translation>Jede Ressource unter der Ressource zeigen, der sie gehört (Deployment → ReplicaSet → Pod)</translation>
    </message>
    <message>
        <location filename="../views/applicationresourcestab.cpp" line="39"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../views/applicationresourcestab.cpp" line="40"/>
        <source>Show all resources in one flat list, sorted by kind and name</source>
        <translation>Alle Ressourcen in einer flachen Liste zeigen, sortiert nach Art und Name</translation>
    </message>
    <message>
        <location filename="../views/applicationresourcestab.cpp" line="116"/>
        <source>Loading the resource tree…</source>
        <translation>Ressourcenbaum wird geladen…</translation>
    </message>
    <message>
        <location filename="../views/applicationresourcestab.cpp" line="128"/>
        <source>The application has no resources.</source>
        <translation>Die Anwendung hat keine Ressourcen.</translation>
    </message>
    <message>
        <location filename="../views/applicationresourcestab.cpp" line="160"/>
        <source>Live: changes appear as the controller reports them.</source>
        <translation>Live: Änderungen erscheinen, sobald der Controller sie meldet.</translation>
    </message>
    <message>
        <location filename="../views/applicationresourcestab.cpp" line="166"/>
        <source>Not live: live updates start once the resource tree has loaded.</source>
        <translation>Nicht live: Live-Aktualisierungen beginnen, sobald der Ressourcenbaum geladen ist.</translation>
    </message>
    <message>
        <location filename="../views/applicationresourcestab.cpp" line="169"/>
        <source>Connecting for live updates…</source>
        <translation>Verbindung für Live-Aktualisierungen wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../views/applicationresourcestab.cpp" line="190"/>
        <source>Could not update the resource tree; showing the last one received. %1</source>
        <translation>Der Ressourcenbaum konnte nicht aktualisiert werden; der zuletzt empfangene wird angezeigt. %1</translation>
    </message>
    <message>
        <location filename="../views/applicationresourcestab.cpp" line="191"/>
        <source>Could not load the resource tree. %1</source>
        <translation>Der Ressourcenbaum konnte nicht geladen werden. %1</translation>
    </message>
</context>
<context>
    <name>sextant::views::ApplicationView</name>
    <message>
        <location filename="../views/applicationview.cpp" line="109"/>
        <source>Select an application on the left</source>
        <translation>Wählen Sie links eine Anwendung aus</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="116"/>
        <source>Its resources, deployment history, events and manifest appear here.</source>
        <translation>Hier erscheinen ihre Ressourcen, ihr Bereitstellungsverlauf, ihre Ereignisse und ihr Manifest.</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="282"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="285"/>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="286"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="287"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="288"/>
        <source>Manifest</source>
        <translation>Manifest</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="291"/>
        <source>Some events are warnings</source>
        <translation>Einige Ereignisse sind Warnungen</translation>
    </message>
</context>
<context>
    <name>sextant::views::ApprovalDialog</name>
    <message>
        <location filename="../views/approvaldialog.cpp" line="25"/>
        <source>Approve: %1 %2</source>
        <translation>Freigeben: %1 %2</translation>
    </message>
    <message>
        <location filename="../views/approvaldialog.cpp" line="27"/>
        <source>%1 a protected target</source>
        <translation>%1: geschütztes Ziel</translation>
    </message>
    <message>
        <location filename="../views/approvaldialog.cpp" line="36"/>
        <source>instance · cluster · namespace · application — project %1</source>
        <translation>Instanz · Cluster · Namespace · Anwendung — Projekt %1</translation>
    </message>
    <message>
        <location filename="../views/approvaldialog.cpp" line="42"/>
        <source>This target is protected: the action needs a reason and the application&apos;s name.</source>
        <translation>Dieses Ziel ist geschützt: Die Aktion erfordert einen Grund und den Namen der Anwendung.</translation>
    </message>
    <message>
        <location filename="../views/approvaldialog.cpp" line="43"/>
        <source>Protected because it matches: %1. The action needs a reason and the application&apos;s name, and leaves a deployment record.</source>
        <translation>Geschützt, weil es auf Folgendes zutrifft: %1. Die Aktion erfordert einen Grund und den Namen der Anwendung und hinterlässt ein Bereitstellungsprotokoll.</translation>
    </message>
    <message>
        <location filename="../views/approvaldialog.cpp" line="55"/>
        <source>(no change summary)</source>
        <translation>(keine Änderungsübersicht)</translation>
    </message>
    <message>
        <location filename="../views/approvaldialog.cpp" line="58"/>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location filename="../views/approvaldialog.cpp" line="64"/>
        <source>e.g. CHG-1234: release 2.4 after review</source>
        <translation>z. B. CHG-1234: Version 2.4 nach Prüfung</translation>
    </message>
    <message>
        <location filename="../views/approvaldialog.cpp" line="68"/>
        <source>Reviewed change:</source>
        <translation>Geprüfte Änderung:</translation>
    </message>
    <message>
        <location filename="../views/approvaldialog.cpp" line="69"/>
        <source>Sync window:</source>
        <translation>Sync window:</translation>
    </message>
    <message>
        <location filename="../views/approvaldialog.cpp" line="70"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location filename="../views/approvaldialog.cpp" line="74"/>
        <source>Approve and %1</source>
        <translation>Freigeben und %1</translation>
    </message>
    <message>
        <location filename="../views/approvaldialog.cpp" line="108"/>
        <source>Give a reason first</source>
        <translation>Geben Sie zuerst einen Grund an</translation>
    </message>
    <message>
        <location filename="../views/approvaldialog.cpp" line="109"/>
        <source>Type the application&apos;s name first</source>
        <translation>Geben Sie zuerst den Namen der Anwendung ein</translation>
    </message>
</context>
<context>
    <name>sextant::views::BatchProgressPanel</name>
    <message>
        <location filename="../views/batchprogresspanel.cpp" line="26"/>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <location filename="../views/batchprogresspanel.cpp" line="26"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../views/batchprogresspanel.cpp" line="26"/>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/batchprogresspanel.cpp" line="44"/>
        <source>%1 %n app(s)…</source>
        <translation>
            <numerusform>%1 %n Anwendung…</numerusform>
            <numerusform>%1 %n Anwendungen…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/batchprogresspanel.cpp" line="53"/>
        <source>%1: %2 of %3 done</source>
        <translation>%1: %2 von %3 erledigt</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/batchprogresspanel.cpp" line="55"/>
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n fehlgeschlagen</numerusform>
            <numerusform>, %n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/batchprogresspanel.cpp" line="57"/>
        <source> — last: %1</source>
        <translation> — zuletzt: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/batchprogresspanel.cpp" line="66"/>
        <source>%1 of %n app(s) done in %2 s.</source>
        <translation>
            <numerusform>%1 von %n Anwendung in %2 s erledigt.</numerusform>
            <numerusform>%1 von %n Anwendungen in %2 s erledigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/batchprogresspanel.cpp" line="70"/>
        <source>%n failed.</source>
        <translation>
            <numerusform>%n fehlgeschlagen.</numerusform>
            <numerusform>%n fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/batchprogresspanel.cpp" line="78"/>
        <source>%n skipped: %1.</source>
        <translation>
            <numerusform>%n übersprungen: %1.</numerusform>
            <numerusform>%n übersprungen: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/batchprogresspanel.cpp" line="80"/>
        <source>%n skipped.</source>
        <translation>
            <numerusform>%n übersprungen.</numerusform>
            <numerusform>%n übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/batchprogresspanel.cpp" line="93"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../views/batchprogresspanel.cpp" line="99"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
</context>
<context>
    <name>sextant::views::ConnectDialog</name>
    <message>
        <location filename="../views/connectdialog.cpp" line="20"/>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="21"/>
        <source>User name and password</source>
        <translation>Benutzername und Passwort</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="26"/>
        <source>Do not verify the server&apos;s certificate (insecure)</source>
        <translation>Zertifikat des Servers nicht prüfen (unsicher)</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="30"/>
        <source>Connect to an Argo CD server</source>
        <translation>Mit einem Argo-CD-Server verbinden</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="31"/>
        <source>https://argocd.example.org</source>
        <translation>https://argocd.example.org</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="32"/>
        <source>optional: a short name shown in the fleet tree</source>
        <translation>optional: ein kurzer Name, der im Flottenbaum angezeigt wird</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="34"/>
        <source>argocd account generate-token, or ARGOCD_AUTH_TOKEN</source>
        <translation>argocd account generate-token oder ARGOCD_AUTH_TOKEN</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="38"/>
        <source>optional: PEM file of the CA that signed the server&apos;s certificate</source>
        <translation>optional: PEM-Datei der CA, die das Zertifikat des Servers signiert hat</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="39"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="41"/>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="42"/>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="53"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="54"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="56"/>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="58"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="59"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="60"/>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="67"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="106"/>
        <source>added in Sextant</source>
        <translation>in Sextant hinzugefügt</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="125"/>
        <source>Enter the server&apos;s address, for example https://argocd.example.org.</source>
        <translation>Geben Sie die Adresse des Servers ein, zum Beispiel https://argocd.example.org.</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="127"/>
        <source>Plain http:// is only allowed for this computer (localhost); use https://.</source>
        <translation>Unverschlüsseltes http:// ist nur für diesen Computer (localhost) erlaubt; verwenden Sie https://.</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="129"/>
        <source>Enter an API token, or log in with a user name and password.</source>
        <translation>Geben Sie ein API-Token ein oder melden Sie sich mit Benutzername und Passwort an.</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="131"/>
        <source>Enter the user name and the password.</source>
        <translation>Geben Sie den Benutzernamen und das Passwort ein.</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="134"/>
        <source>Warning: without certificate checks anyone between you and the server can read the token.</source>
        <translation>Warnung: Ohne Zertifikatsprüfung kann jeder zwischen Ihnen und dem Server das Token mitlesen.</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="137"/>
        <source>Warning:</source>
        <translation>Warnung:</translation>
    </message>
</context>
<context>
    <name>sextant::views::DeploymentRecordDialog</name>
    <message>
        <location filename="../views/deploymentrecorddialog.cpp" line="26"/>
        <source>Deployment record — %1 · %2 · %3 · %4</source>
        <translation>Bereitstellungsprotokoll — %1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <location filename="../views/deploymentrecorddialog.cpp" line="34"/>
        <source>&amp;Export as Markdown…</source>
        <translation>Als Markdown &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../views/deploymentrecorddialog.cpp" line="41"/>
        <source>Export the deployment record</source>
        <translation>Bereitstellungsprotokoll exportieren</translation>
    </message>
    <message>
        <location filename="../views/deploymentrecorddialog.cpp" line="42"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../views/deploymentrecorddialog.cpp" line="50"/>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
    <message>
        <location filename="../views/deploymentrecorddialog.cpp" line="51"/>
        <source>Could not save: %1</source>
        <translation>Speichern nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../views/deploymentrecorddialog.cpp" line="64"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>sextant::views::DiffPane</name>
    <message numerus="yes">
        <location filename="../views/diffpane.cpp" line="358"/>
        <source>⋯ %n unchanged line(s) — click to show</source>
        <translation>
            <numerusform>⋯ %n unveränderte Zeile — zum Anzeigen klicken</numerusform>
            <numerusform>⋯ %n unveränderte Zeilen — zum Anzeigen klicken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sextant::views::DiffView</name>
    <message>
        <location filename="../views/diffview.cpp" line="69"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location filename="../views/diffview.cpp" line="70"/>
        <source>Desired</source>
        <translation>Soll</translation>
    </message>
    <message>
        <location filename="../views/diffview.cpp" line="72"/>
        <source>Next change</source>
        <translation>Nächste Änderung</translation>
    </message>
    <message>
        <location filename="../views/diffview.cpp" line="77"/>
        <source>Next change (F7)</source>
        <translation>Nächste Änderung (F7)</translation>
    </message>
    <message>
        <location filename="../views/diffview.cpp" line="79"/>
        <source>Previous change</source>
        <translation>Vorherige Änderung</translation>
    </message>
    <message>
        <location filename="../views/diffview.cpp" line="84"/>
        <source>Previous change (Shift+F7)</source>
        <translation>Vorherige Änderung (Shift+F7)</translation>
    </message>
    <message>
        <location filename="../views/diffview.cpp" line="90"/>
        <source>Show unchanged lines</source>
        <translation>Unveränderte Zeilen anzeigen</translation>
    </message>
    <message>
        <location filename="../views/diffview.cpp" line="91"/>
        <source>Show the unchanged lines that are folded away</source>
        <translation>Die ausgeblendeten unveränderten Zeilen anzeigen</translation>
    </message>
    <message>
        <location filename="../views/diffview.cpp" line="96"/>
        <source>Unified</source>
        <translation>Einspaltig</translation>
    </message>
    <message>
        <location filename="../views/diffview.cpp" line="97"/>
        <source>Show both sides in one column</source>
        <translation>Beide Seiten in einer Spalte anzeigen</translation>
    </message>
    <message>
        <location filename="../views/diffview.cpp" line="184"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../views/diffview.cpp" line="337"/>
        <source>No differences</source>
        <translation>Keine Unterschiede</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/diffview.cpp" line="339"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/diffview.cpp" line="340"/>
        <source>%1 of %n change(s)</source>
        <translation>
            <numerusform>%1 von %n Änderung</numerusform>
            <numerusform>%1 von %n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/diffview.cpp" line="357"/>
        <source>&lt;span style=&apos;color:%1&apos;&gt;+%2&lt;/span&gt;&amp;nbsp;&amp;nbsp;&lt;span style=&apos;color:%3&apos;&gt;−%4&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;+%2&lt;/span&gt;&amp;nbsp;&amp;nbsp;&lt;span style=&apos;color:%3&apos;&gt;−%4&lt;/span&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/diffview.cpp" line="363"/>
        <source>%n line(s) added or changed on the desired side</source>
        <translation>
            <numerusform>%n Zeile auf der Soll-Seite hinzugefügt oder geändert</numerusform>
            <numerusform>%n Zeilen auf der Soll-Seite hinzugefügt oder geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/diffview.cpp" line="365"/>
        <source>%n line(s) removed or changed on the live side</source>
        <translation>
            <numerusform>%n Zeile auf der Live-Seite entfernt oder geändert</numerusform>
            <numerusform>%n Zeilen auf der Live-Seite entfernt oder geändert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sextant::views::DriftView</name>
    <message>
        <location filename="../views/driftview.cpp" line="109"/>
        <source>Drift across the fleet</source>
        <translation>Drift in der gesamten Flotte</translation>
    </message>
    <message>
        <location filename="../views/driftview.cpp" line="125"/>
        <source>Filter: app, cluster, kind, name, origin…</source>
        <translation>Filter: Anwendung, Cluster, Art, Name, Ursprung…</translation>
    </message>
    <message>
        <location filename="../views/driftview.cpp" line="127"/>
        <source>Scan again</source>
        <translation>Erneut scannen</translation>
    </message>
    <message>
        <location filename="../views/driftview.cpp" line="128"/>
        <source>Fetch the managed resources of every out-of-sync application again</source>
        <translation>Die verwalteten Ressourcen aller nicht synchronen Anwendungen erneut abrufen</translation>
    </message>
    <message>
        <location filename="../views/driftview.cpp" line="130"/>
        <source>Bring into &amp;Git…</source>
        <translation>Nach &amp;Git übernehmen…</translation>
    </message>
    <message>
        <location filename="../views/driftview.cpp" line="131"/>
        <source>Write the live values of a person&apos;s edit into the file that defines the resource, as a previewed commit, so the next sync keeps them</source>
        <translation>Die Live-Werte einer manuellen Änderung als geprüften Commit in die Datei schreiben, die die Ressource definiert, damit die nächste Synchronisierung sie behält</translation>
    </message>
    <message>
        <location filename="../views/driftview.cpp" line="186"/>
        <source>Open the diff</source>
        <translation>Diff öffnen</translation>
    </message>
    <message>
        <location filename="../views/driftview.cpp" line="209"/>
        <source>in Git on branch %1</source>
        <translation>in Git auf Branch %1</translation>
    </message>
    <message>
        <location filename="../views/driftview.cpp" line="280"/>
        <source>Not scanned yet</source>
        <translation>Noch nicht gescannt</translation>
    </message>
    <message>
        <location filename="../views/driftview.cpp" line="286"/>
        <source>No application is out of sync</source>
        <translation>Alle Anwendungen sind synchron</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/driftview.cpp" line="289"/>
        <source>%n out-of-sync application(s) scanned</source>
        <translation>
            <numerusform>%n nicht synchrone Anwendung gescannt</numerusform>
            <numerusform>%n nicht synchrone Anwendungen gescannt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/driftview.cpp" line="291"/>
        <source>Scanning: %1 of %n out-of-sync application(s)</source>
        <translation>
            <numerusform>Wird gescannt: %1 von %n nicht synchronen Anwendung</numerusform>
            <numerusform>Wird gescannt: %1 von %n nicht synchronen Anwendungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/driftview.cpp" line="293"/>
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n Ressource</numerusform>
            <numerusform>%n Ressourcen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/driftview.cpp" line="295"/>
        <source>%n shown</source>
        <translation>
            <numerusform>%n angezeigt</numerusform>
            <numerusform>%n angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/driftview.cpp" line="297"/>
        <source>%n could not be read (hover the rows for why)</source>
        <translation>
            <numerusform>%n konnte nicht gelesen werden (Grund: Maus über die Zeilen halten)</numerusform>
            <numerusform>%n konnten nicht gelesen werden (Grund: Maus über die Zeilen halten)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sextant::views::EmergencyPauseDialog</name>
    <message>
        <location filename="../views/emergencypausedialog.cpp" line="34"/>
        <source>%1 (on %2)</source>
        <translation>%1 (auf %2)</translation>
    </message>
    <message>
        <location filename="../views/emergencypausedialog.cpp" line="48"/>
        <source>The whole &amp;fleet</source>
        <translation>Die gesamte &amp;Flotte</translation>
    </message>
    <message>
        <location filename="../views/emergencypausedialog.cpp" line="49"/>
        <source>An &amp;instance:</source>
        <translation>Eine &amp;Instanz:</translation>
    </message>
    <message>
        <location filename="../views/emergencypausedialog.cpp" line="50"/>
        <source>A &amp;cluster:</source>
        <translation>Ein &amp;Cluster:</translation>
    </message>
    <message>
        <location filename="../views/emergencypausedialog.cpp" line="51"/>
        <source>A &amp;project:</source>
        <translation>Ein &amp;Projekt:</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/emergencypausedialog.cpp" line="52"/>
        <location filename="../views/emergencypausedialog.cpp" line="254"/>
        <source>The &amp;selection (%n app(s))</source>
        <translation>
            <numerusform>Die &amp;Auswahl (%n Anwendung)</numerusform>
            <numerusform>Die &amp;Auswahl (%n Anwendungen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/emergencypausedialog.cpp" line="59"/>
        <source>Also &amp;freeze the affected projects (a deny sync window, removed on resume)</source>
        <translation>Betroffene Projekte zusätzlich &amp;einfrieren (ein sync window vom Typ deny, wird beim Fortsetzen entfernt)</translation>
    </message>
    <message>
        <location filename="../views/emergencypausedialog.cpp" line="64"/>
        <source>Emergency pause — stop auto-sync</source>
        <translation>Notfall-Pause — Auto-Sync stoppen</translation>
    </message>
    <message>
        <location filename="../views/emergencypausedialog.cpp" line="68"/>
        <source>Stop the controllers from applying Git</source>
        <translation>Verhindern, dass die Controller Git anwenden</translation>
    </message>
    <message>
        <location filename="../views/emergencypausedialog.cpp" line="70"/>
        <source>Auto-sync is paused on every app of the scope that has it on. Before each app is paused its exact sync policy is written to the local ledger and onto the app itself, so Resume restores precisely what was there — from this or any other workstation. Manual syncs still work.</source>
        <translation>Auto-Sync wird für jede Anwendung im Geltungsbereich pausiert, bei der es eingeschaltet ist. Bevor eine Anwendung pausiert wird, wird ihre genaue Sync-Richtlinie in das Pausenregister und in die Anwendung selbst geschrieben, sodass „Fortsetzen“ genau den vorherigen Zustand wiederherstellt – von diesem oder jedem anderen Arbeitsplatz aus. Manuelle Syncs funktionieren weiterhin.</translation>
    </message>
    <message>
        <location filename="../views/emergencypausedialog.cpp" line="75"/>
        <source>What to pause</source>
        <translation>Was pausiert werden soll</translation>
    </message>
    <message>
        <location filename="../views/emergencypausedialog.cpp" line="111"/>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <location filename="../views/emergencypausedialog.cpp" line="111"/>
        <source>Apps in scope</source>
        <translation>Anwendungen im Geltungsbereich</translation>
    </message>
    <message>
        <location filename="../views/emergencypausedialog.cpp" line="111"/>
        <source>Auto-sync on: will be paused</source>
        <translation>Auto-Sync an: wird pausiert</translation>
    </message>
    <message>
        <location filename="../views/emergencypausedialog.cpp" line="111"/>
        <source>Already paused</source>
        <translation>Bereits pausiert</translation>
    </message>
    <message>
        <location filename="../views/emergencypausedialog.cpp" line="125"/>
        <source>e.g. INC-4711: bad config rolling out to prod</source>
        <translation>z. B. INC-4711: fehlerhafte Konfiguration wird nach prod ausgerollt</translation>
    </message>
    <message>
        <location filename="../views/emergencypausedialog.cpp" line="128"/>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Grund (erforderlich):</translation>
    </message>
    <message>
        <location filename="../views/emergencypausedialog.cpp" line="148"/>
        <source>S&amp;top after the apps in flight</source>
        <translation>Nach den gerade bearbeiteten Anwendungen &amp;stoppen</translation>
    </message>
    <message>
        <location filename="../views/emergencypausedialog.cpp" line="151"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location filename="../views/emergencypausedialog.cpp" line="177"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../views/emergencypausedialog.cpp" line="286"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../views/emergencypausedialog.cpp" line="302"/>
        <source>%1 holds no applications.</source>
        <translation>%1 enthält keine Anwendungen.</translation>
    </message>
    <message>
        <location filename="../views/emergencypausedialog.cpp" line="303"/>
        <source>Nothing to pause in %1: no app there has auto-sync on.</source>
        <translation>In %1 gibt es nichts zu pausieren: Keine Anwendung dort hat Auto-Sync an.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/emergencypausedialog.cpp" line="305"/>
        <source>%n app(s) will be paused</source>
        <translation>
            <numerusform>%n Anwendung wird pausiert</numerusform>
            <numerusform>%n Anwendungen werden pausiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/emergencypausedialog.cpp" line="306"/>
        <source> on %n instance(s)</source>
        <translation>
            <numerusform> auf %n Instanz</numerusform>
            <numerusform> auf %n Instanzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/emergencypausedialog.cpp" line="308"/>
        <source>&amp;Pause %n app(s)</source>
        <translation>
            <numerusform>%n Anwendung &amp;pausieren</numerusform>
            <numerusform>%n Anwendungen &amp;pausieren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/emergencypausedialog.cpp" line="320"/>
        <source>Nothing in this scope has auto-sync on</source>
        <translation>Keine Anwendung in diesem Geltungsbereich hat Auto-Sync an</translation>
    </message>
    <message>
        <location filename="../views/emergencypausedialog.cpp" line="321"/>
        <source>Give a reason first</source>
        <translation>Geben Sie zuerst einen Grund an</translation>
    </message>
    <message>
        <location filename="../views/emergencypausedialog.cpp" line="333"/>
        <source>Pausing</source>
        <translation>Wird pausiert</translation>
    </message>
</context>
<context>
    <name>sextant::views::FleetTreeDelegate</name>
    <message>
        <location filename="../views/fleettreedelegate.cpp" line="137"/>
        <source>%1
%2 · %3 · %4
%5 · %6/%7</source>
        <translation>%1
%2 · %3 · %4
%5 · %6/%7</translation>
    </message>
    <message>
        <location filename="../views/fleettreedelegate.cpp" line="149"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../views/fleettreedelegate.cpp" line="154"/>
        <source>Last heard from the controller at %1</source>
        <translation>Letzte Meldung vom Controller: %1</translation>
    </message>
    <message>
        <location filename="../views/fleettreedelegate.cpp" line="159"/>
        <source>Applications: %1</source>
        <translation>Anwendungen: %1</translation>
    </message>
    <message>
        <location filename="../views/fleettreedelegate.cpp" line="164"/>
        <location filename="../views/fleettreedelegate.cpp" line="259"/>
        <source>%1 out of sync</source>
        <translation>%1 nicht synchron</translation>
    </message>
    <message>
        <location filename="../views/fleettreedelegate.cpp" line="165"/>
        <location filename="../views/fleettreedelegate.cpp" line="261"/>
        <source>%1 degraded</source>
        <translation>%1 beeinträchtigt</translation>
    </message>
    <message>
        <location filename="../views/fleettreedelegate.cpp" line="166"/>
        <source>%1 progressing</source>
        <translation>%1 in Arbeit</translation>
    </message>
    <message>
        <location filename="../views/fleettreedelegate.cpp" line="167"/>
        <source>%1 with auto-sync paused</source>
        <translation>%1 mit pausiertem Auto-Sync</translation>
    </message>
    <message>
        <location filename="../views/fleettreedelegate.cpp" line="190"/>
        <source>%1 pending</source>
        <translation>%1 ausstehend</translation>
    </message>
    <message>
        <location filename="../views/fleettreedelegate.cpp" line="263"/>
        <source>%1 paused</source>
        <translation>%1 pausiert</translation>
    </message>
    <message>
        <location filename="../views/fleettreedelegate.cpp" line="270"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>sextant::views::FleetTreeView</name>
    <message>
        <location filename="../views/fleettreeview.cpp" line="120"/>
        <source>Filter: name, env=prod, project=…  (Ctrl+F or /)</source>
        <translation>Filter: Name, env=prod, project=…  (Ctrl+F oder /)</translation>
    </message>
    <message>
        <location filename="../views/fleettreeview.cpp" line="121"/>
        <source>All terms must match. Plain words match the application name; key=value and key!=value match labels, and project=, cluster=, namespace=, instance= match those fields. A trailing * matches a prefix.</source>
        <translation>Alle Begriffe müssen zutreffen. Einfache Wörter werden mit dem Anwendungsnamen verglichen; Schlüssel=Wert und Schlüssel!=Wert prüfen Labels, und project=, cluster=, namespace=, instance= prüfen die entsprechenden Felder. Ein * am Ende passt auf ein Präfix.</translation>
    </message>
    <message>
        <location filename="../views/fleettreeview.cpp" line="124"/>
        <source>Filter applications</source>
        <translation>Anwendungen filtern</translation>
    </message>
    <message>
        <location filename="../views/fleettreeview.cpp" line="125"/>
        <source>By cluster</source>
        <translation>Nach Cluster</translation>
    </message>
    <message>
        <location filename="../views/fleettreeview.cpp" line="126"/>
        <source>By project</source>
        <translation>Nach Projekt</translation>
    </message>
    <message>
        <location filename="../views/fleettreeview.cpp" line="127"/>
        <source>By repository</source>
        <translation>Nach Repository</translation>
    </message>
    <message>
        <location filename="../views/fleettreeview.cpp" line="128"/>
        <source>Group applications by cluster and namespace, by project or by repository</source>
        <translation>Anwendungen nach Cluster und Namespace, nach Projekt oder nach Repository gruppieren</translation>
    </message>
    <message>
        <location filename="../views/fleettreeview.cpp" line="129"/>
        <source>Group by</source>
        <translation>Gruppieren nach</translation>
    </message>
    <message>
        <location filename="../views/fleettreeview.cpp" line="130"/>
        <source>Fleet</source>
        <translation>Flotte</translation>
    </message>
    <message>
        <location filename="../views/fleettreeview.cpp" line="225"/>
        <source>No application matches.</source>
        <translation>Keine passende Anwendung.</translation>
    </message>
    <message>
        <location filename="../views/fleettreeview.cpp" line="227"/>
        <source>Escape in the filter clears the text.</source>
        <translation>Escape im Filter löscht den Text.</translation>
    </message>
    <message>
        <location filename="../views/fleettreeview.cpp" line="229"/>
        <source>Uncheck the status buttons to see the rest.</source>
        <translation>Deaktivieren Sie die Status-Schaltflächen, um die übrigen zu sehen.</translation>
    </message>
</context>
<context>
    <name>sextant::views::GitChangeDialog</name>
    <message>
        <location filename="../views/gitchangedialog.cpp" line="36"/>
        <source>On a &amp;new branch, for a pull request:</source>
        <translation>Auf einem &amp;neuen Branch, für einen Pull Request:</translation>
    </message>
    <message>
        <location filename="../views/gitchangedialog.cpp" line="38"/>
        <source>On the &amp;tracked branch (deploys with the next sync)</source>
        <translation>Auf dem ver&amp;folgten Branch (wird mit dem nächsten Sync bereitgestellt)</translation>
    </message>
    <message>
        <location filename="../views/gitchangedialog.cpp" line="45"/>
        <source>Revert in Git — %1</source>
        <translation>In Git rückgängig machen — %1</translation>
    </message>
    <message>
        <location filename="../views/gitchangedialog.cpp" line="46"/>
        <source>Bring into Git — %1</source>
        <translation>Nach Git übernehmen — %1</translation>
    </message>
    <message>
        <location filename="../views/gitchangedialog.cpp" line="47"/>
        <source>Promote in Git — %1</source>
        <translation>In Git promoten — %1</translation>
    </message>
    <message>
        <location filename="../views/gitchangedialog.cpp" line="52"/>
        <source>e.g. INC-4711: 2.4 breaks checkout</source>
        <translation>z. B. INC-4711: 2.4 macht den Checkout kaputt</translation>
    </message>
    <message>
        <location filename="../views/gitchangedialog.cpp" line="53"/>
        <source>e.g. INC-4711: hotfix of the memory limit, keep it</source>
        <translation>z. B. INC-4711: Hotfix des Speicherlimits, beibehalten</translation>
    </message>
    <message>
        <location filename="../views/gitchangedialog.cpp" line="54"/>
        <source>e.g. CHG-815: 4.3.0 baked a day in staging</source>
        <translation>z. B. CHG-815: 4.3.0 lief einen Tag lang in Staging</translation>
    </message>
    <message>
        <location filename="../views/gitchangedialog.cpp" line="68"/>
        <source>&amp;Commit and push</source>
        <translation>&amp;Committen und pushen</translation>
    </message>
    <message>
        <location filename="../views/gitchangedialog.cpp" line="75"/>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Grund (erforderlich):</translation>
    </message>
    <message>
        <location filename="../views/gitchangedialog.cpp" line="82"/>
        <source>Commit:</source>
        <translation>Commit:</translation>
    </message>
    <message>
        <location filename="../views/gitchangedialog.cpp" line="88"/>
        <source>A revert commit makes Git want what ran before, so the next sync deploys it and no later sync brings the change back.</source>
        <translation>Ein Revert-Commit sorgt dafür, dass Git wieder vorsieht, was vorher lief: Der nächste Sync stellt es bereit, und kein späterer Sync bringt die Änderung zurück.</translation>
    </message>
    <message>
        <location filename="../views/gitchangedialog.cpp" line="91"/>
        <source>An emergency edit made live is lost at the next sync unless Git holds it too: this commit writes the live values into the file that defines them, in place.</source>
        <translation>Eine live gemachte Notfalländerung geht bei der nächsten Synchronisierung verloren, wenn Git sie nicht auch enthält: dieser Commit schreibt die Live-Werte an Ort und Stelle in die Datei, die sie definiert.</translation>
    </message>
    <message>
        <location filename="../views/gitchangedialog.cpp" line="93"/>
        <source>A promotion commit writes what this environment deploys into other environments&apos; overlays: the same images, pinned, reviewed as a diff before the commit.</source>
        <translation>Ein Promotion-Commit schreibt, was diese Umgebung bereitstellt, in die Overlays anderer Umgebungen: dieselben Images, fest gepinnt, vor dem Commit als Diff geprüft.</translation>
    </message>
    <message>
        <location filename="../views/gitchangedialog.cpp" line="114"/>
        <source>Not done: %1</source>
        <translation>Nicht ausgeführt: %1</translation>
    </message>
    <message>
        <location filename="../views/gitchangedialog.cpp" line="142"/>
        <source>Protected target (%1): committing on the tracked branch needs the application&apos;s name typed.</source>
        <translation>Geschütztes Ziel (%1): Ein Commit auf den verfolgten Branch erfordert die Eingabe des Namens der Anwendung.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/gitchangedialog.cpp" line="159"/>
        <source>Preparing the revert of %n commit(s)…</source>
        <translation>
            <numerusform>Revert von %n Commit wird vorbereitet…</numerusform>
            <numerusform>Revert von %n Commits wird vorbereitet…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/gitchangedialog.cpp" line="187"/>
        <source>Copy the &amp;whole overlay directory, not only the image references</source>
        <translation>Das &amp;gesamte Overlay-Verzeichnis kopieren, nicht nur die Image-Referenzen</translation>
    </message>
    <message>
        <location filename="../views/gitchangedialog.cpp" line="189"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location filename="../views/gitchangedialog.cpp" line="195"/>
        <source>Promote to:</source>
        <translation>Promoten nach:</translation>
    </message>
    <message>
        <location filename="../views/gitchangedialog.cpp" line="199"/>
        <source>No other application deploys an overlay of this repository and branch.</source>
        <translation>Keine andere Anwendung stellt ein Overlay dieses Repositorys und Branches bereit.</translation>
    </message>
    <message>
        <location filename="../views/gitchangedialog.cpp" line="200"/>
        <source>Choose the environments to promote to, then Preview.</source>
        <translation>Wählen Sie die Umgebungen, in die promotet werden soll, dann „Vorschau“.</translation>
    </message>
    <message>
        <location filename="../views/gitchangedialog.cpp" line="216"/>
        <source>Not written in place — add this YAML by hand (as a patch in the overlay, or in the manifest):</source>
        <translation>Nicht an Ort und Stelle geschrieben — fügen Sie dieses YAML von Hand hinzu (als Patch im Overlay oder im Manifest):</translation>
    </message>
    <message>
        <location filename="../views/gitchangedialog.cpp" line="229"/>
        <source>Reading the live values of %1 %2…</source>
        <translation>Die Live-Werte von %1 %2 werden gelesen…</translation>
    </message>
    <message>
        <location filename="../views/gitchangedialog.cpp" line="249"/>
        <source>Preparing the promotion…</source>
        <translation>Promotion wird vorbereitet…</translation>
    </message>
    <message>
        <location filename="../views/gitchangedialog.cpp" line="257"/>
        <source>the tracked revision</source>
        <translation>die verfolgte Revision</translation>
    </message>
    <message>
        <location filename="../views/gitchangedialog.cpp" line="262"/>
        <source>Writes the live values of %1 &lt;b&gt;%2&lt;/b&gt; into %3 at &lt;tt&gt;%4&lt;/tt&gt;, where %5 deploys from.</source>
        <translation>Schreibt die Live-Werte von %1 &lt;b&gt;%2&lt;/b&gt; nach %3 bei &lt;tt&gt;%4&lt;/tt&gt;, woraus %5 ausgerollt wird.</translation>
    </message>
    <message>
        <location filename="../views/gitchangedialog.cpp" line="269"/>
        <source>Promotes what %1 deploys, onto %2 at &lt;tt&gt;%3&lt;/tt&gt;, to:</source>
        <translation>Promotet, was %1 bereitstellt, auf %2 in &lt;tt&gt;%3&lt;/tt&gt;, nach:</translation>
    </message>
    <message>
        <location filename="../views/gitchangedialog.cpp" line="276"/>
        <source>Reverts, onto %1 at &lt;tt&gt;%2&lt;/tt&gt;:</source>
        <translation>Macht auf %1 in &lt;tt&gt;%2&lt;/tt&gt; rückgängig:</translation>
    </message>
    <message>
        <location filename="../views/gitchangedialog.cpp" line="289"/>
        <source>On the &amp;tracked branch %1 (deploys with the next sync)</source>
        <translation>Auf dem ver&amp;folgten Branch %1 (wird mit dem nächsten Sync bereitgestellt)</translation>
    </message>
    <message>
        <location filename="../views/gitchangedialog.cpp" line="290"/>
        <source>On the tracked branch (the app tracks a tag or a commit)</source>
        <translation>Auf dem verfolgten Branch (die Anwendung verfolgt einen Tag oder einen Commit)</translation>
    </message>
    <message>
        <location filename="../views/gitchangedialog.cpp" line="307"/>
        <source>Not brought into Git:
%1</source>
        <translation>Nicht nach Git übernommen:
%1</translation>
    </message>
    <message>
        <location filename="../views/gitchangedialog.cpp" line="323"/>
        <source>The revert conflicts with later changes in %1. Sextant does not resolve conflicts: revert these commits by hand, or choose fewer or newer ones.</source>
        <translation>Der Revert steht in Konflikt mit späteren Änderungen in %1. Sextant löst keine Konflikte auf: Machen Sie diese Commits von Hand rückgängig, oder wählen Sie weniger oder neuere.</translation>
    </message>
    <message>
        <location filename="../views/gitchangedialog.cpp" line="329"/>
        <source>Look at these before committing:
%1</source>
        <translation>Prüfen Sie Folgendes vor dem Commit:
%1</translation>
    </message>
    <message>
        <location filename="../views/gitchangedialog.cpp" line="332"/>
        <source>The change also touches files outside this application&apos;s path, so it reaches other applications: %1</source>
        <translation>Die Änderung betrifft auch Dateien außerhalb des Pfads dieser Anwendung und wirkt sich damit auf andere Anwendungen aus: %1</translation>
    </message>
    <message>
        <location filename="../views/gitchangedialog.cpp" line="357"/>
        <source>New branches go under sextant/, so that fetching never moves them.</source>
        <translation>Neue Branches werden unter sextant/ angelegt, damit das Abrufen sie nie verschiebt.</translation>
    </message>
    <message>
        <location filename="../views/gitchangedialog.cpp" line="369"/>
        <source>Committing and pushing…</source>
        <translation>Wird committet und gepusht…</translation>
    </message>
</context>
<context>
    <name>sextant::views::GitChangeView</name>
    <message>
        <location filename="../views/gitchangeview.cpp" line="46"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../views/gitchangeview.cpp" line="46"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location filename="../views/gitchangeview.cpp" line="75"/>
        <source>Outside this application&apos;s path: the change reaches other applications too.</source>
        <translation>Außerhalb des Pfads dieser Anwendung: Die Änderung wirkt sich auch auf andere Anwendungen aus.</translation>
    </message>
    <message>
        <location filename="../views/gitchangeview.cpp" line="77"/>
        <source>Holds a Secret: its values are masked.</source>
        <translation>Enthält ein Secret: Seine Werte sind maskiert.</translation>
    </message>
    <message>
        <location filename="../views/gitchangeview.cpp" line="87"/>
        <source>No file of this application&apos;s paths changed.</source>
        <translation>Keine Datei in den Pfaden dieser Anwendung wurde geändert.</translation>
    </message>
</context>
<context>
    <name>sextant::views::GitCredentialsDialog</name>
    <message>
        <location filename="../views/gitcredentialsdialog.cpp" line="23"/>
        <source>&amp;Remember in the system keychain</source>
        <translation>Im System-Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <location filename="../views/gitcredentialsdialog.cpp" line="26"/>
        <source>Git credentials</source>
        <translation>Git-Zugangsdaten</translation>
    </message>
    <message>
        <location filename="../views/gitcredentialsdialog.cpp" line="28"/>
        <source>%1 refused the credentials Sextant has (or it has none). Enter a user name and a token or password for it; they are used for every repository whose URL starts with the prefix below.</source>
        <translation>%1 hat die Zugangsdaten von Sextant abgelehnt (oder Sextant hat keine). Geben Sie dafür einen Benutzernamen und ein Token oder Passwort ein; sie werden für jedes Repository verwendet, dessen URL mit dem unten stehenden Präfix beginnt.</translation>
    </message>
    <message>
        <location filename="../views/gitcredentialsdialog.cpp" line="36"/>
        <source>e.g. git, or your account name</source>
        <translation>z. B. git oder Ihr Kontoname</translation>
    </message>
    <message>
        <location filename="../views/gitcredentialsdialog.cpp" line="41"/>
        <source>For URLs starting with:</source>
        <translation>Für URLs, die beginnen mit:</translation>
    </message>
    <message>
        <location filename="../views/gitcredentialsdialog.cpp" line="42"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location filename="../views/gitcredentialsdialog.cpp" line="43"/>
        <source>&amp;Token or password:</source>
        <translation>&amp;Token oder Passwort:</translation>
    </message>
    <message>
        <location filename="../views/gitcredentialsdialog.cpp" line="46"/>
        <source>Kept in the system keychain when remembered, else for this session only; never in a settings file or the log.</source>
        <translation>Im System-Schlüsselbund aufbewahrt, wenn gemerkt, sonst nur für diese Sitzung; niemals in einer Einstellungsdatei oder im Protokoll.</translation>
    </message>
    <message>
        <location filename="../views/gitcredentialsdialog.cpp" line="52"/>
        <source>Use and &amp;fetch</source>
        <translation>Verwenden und &amp;abrufen</translation>
    </message>
</context>
<context>
    <name>sextant::views::LoginDialog</name>
    <message>
        <location filename="../views/logindialog.cpp" line="19"/>
        <source>Log in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <location filename="../views/logindialog.cpp" line="20"/>
        <source>Log in to %1.</source>
        <translation>Bei %1 anmelden.</translation>
    </message>
    <message>
        <location filename="../views/logindialog.cpp" line="27"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../views/logindialog.cpp" line="28"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../views/logindialog.cpp" line="31"/>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <location filename="../views/logindialog.cpp" line="32"/>
        <source>User and password</source>
        <translation>Benutzer und Passwort</translation>
    </message>
    <message>
        <location filename="../views/logindialog.cpp" line="33"/>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
</context>
<context>
    <name>sextant::views::PausedFleetBanner</name>
    <message>
        <location filename="../views/pausedfleetbanner.cpp" line="21"/>
        <source>&amp;Complete the pause</source>
        <translation>Pause &amp;abschließen</translation>
    </message>
    <message>
        <location filename="../views/pausedfleetbanner.cpp" line="22"/>
        <location filename="../views/pausedfleetbanner.cpp" line="94"/>
        <source>&amp;Resume all</source>
        <translation>Alle &amp;fortsetzen</translation>
    </message>
    <message>
        <location filename="../views/pausedfleetbanner.cpp" line="33"/>
        <source>Pause the apps the interrupted pause had not reached yet</source>
        <translation>Die Anwendungen pausieren, die die unterbrochene Pause noch nicht erreicht hatte</translation>
    </message>
    <message>
        <location filename="../views/pausedfleetbanner.cpp" line="35"/>
        <source>Restore every paused app&apos;s auto-sync policy exactly as it was before</source>
        <translation>Die Auto-Sync-Richtlinie jeder pausierten Anwendung genau so wiederherstellen, wie sie vorher war</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/pausedfleetbanner.cpp" line="73"/>
        <source>An emergency pause was interrupted: %n app(s) paused</source>
        <translation>
            <numerusform>Eine Notfall-Pause wurde unterbrochen: %n Anwendung pausiert</numerusform>
            <numerusform>Eine Notfall-Pause wurde unterbrochen: %n Anwendungen pausiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/pausedfleetbanner.cpp" line="74"/>
        <source>, %n not reached yet</source>
        <translation>
            <numerusform>, %n noch nicht erreicht</numerusform>
            <numerusform>, %n noch nicht erreicht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/pausedfleetbanner.cpp" line="76"/>
        <source>Emergency pause: auto-sync is paused on %n app(s)</source>
        <translation>
            <numerusform>Notfall-Pause: Auto-Sync ist für %n Anwendung pausiert</numerusform>
            <numerusform>Notfall-Pause: Auto-Sync ist für %n Anwendungen pausiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/pausedfleetbanner.cpp" line="79"/>
        <source>on %1</source>
        <translation>auf %1</translation>
    </message>
    <message>
        <location filename="../views/pausedfleetbanner.cpp" line="81"/>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <location filename="../views/pausedfleetbanner.cpp" line="83"/>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/pausedfleetbanner.cpp" line="85"/>
        <source>%n app(s) could not be paused</source>
        <translation>
            <numerusform>%n Anwendung konnte nicht pausiert werden</numerusform>
            <numerusform>%n Anwendungen konnten nicht pausiert werden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/pausedfleetbanner.cpp" line="90"/>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <location filename="../views/pausedfleetbanner.cpp" line="94"/>
        <source>&amp;Resume what was paused</source>
        <translation>Pausierte Anwendungen &amp;fortsetzen</translation>
    </message>
    <message>
        <location filename="../views/pausedfleetbanner.cpp" line="112"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>sextant::views::QuickSwitcher</name>
    <message>
        <location filename="../views/quickswitcher.cpp" line="281"/>
        <source>Go to application…</source>
        <translation>Gehe zu Anwendung…</translation>
    </message>
    <message>
        <location filename="../views/quickswitcher.cpp" line="282"/>
        <source>Application name</source>
        <translation>Anwendungsname</translation>
    </message>
    <message>
        <location filename="../views/quickswitcher.cpp" line="283"/>
        <source>Matching applications</source>
        <translation>Passende Anwendungen</translation>
    </message>
    <message>
        <location filename="../views/quickswitcher.cpp" line="284"/>
        <source>Go to Application</source>
        <translation>Gehe zu Anwendung</translation>
    </message>
    <message>
        <location filename="../views/quickswitcher.cpp" line="306"/>
        <source>%1 · app in %2 · %3/%4</source>
        <translation>%1 · App in %2 · %3/%4</translation>
    </message>
    <message>
        <location filename="../views/quickswitcher.cpp" line="365"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../views/quickswitcher.cpp" line="373"/>
        <source>%1
%2 · %3 · %4</source>
        <translation>%1
%2 · %3 · %4</translation>
    </message>
    <message>
        <location filename="../views/quickswitcher.cpp" line="384"/>
        <source>No applications loaded yet.</source>
        <translation>Noch keine Anwendungen geladen.</translation>
    </message>
    <message>
        <location filename="../views/quickswitcher.cpp" line="386"/>
        <source>No application matches. Escape closes.</source>
        <translation>Keine passende Anwendung. Escape schließt.</translation>
    </message>
    <message>
        <location filename="../views/quickswitcher.cpp" line="389"/>
        <source>Best %1 of %2 matches · Enter opens · Escape closes</source>
        <translation>Beste %1 von %2 Treffern · Enter öffnet · Escape schließt</translation>
    </message>
    <message>
        <location filename="../views/quickswitcher.cpp" line="393"/>
        <source>Matches: %1 · Enter opens · Escape closes</source>
        <translation>Treffer: %1 · Enter öffnet · Escape schließt</translation>
    </message>
</context>
<context>
    <name>sextant::views::ReasonDialog</name>
    <message>
        <location filename="../views/reasondialog.cpp" line="25"/>
        <source>instance · cluster · namespace · application</source>
        <translation>Instanz · Cluster · Namespace · Anwendung</translation>
    </message>
    <message>
        <location filename="../views/reasondialog.cpp" line="30"/>
        <source>required, written to the journal</source>
        <translation>erforderlich, wird ins Aktionsjournal geschrieben</translation>
    </message>
    <message>
        <location filename="../views/reasondialog.cpp" line="31"/>
        <source>optional, written to the journal</source>
        <translation>optional, wird ins Aktionsjournal geschrieben</translation>
    </message>
    <message>
        <location filename="../views/reasondialog.cpp" line="33"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
</context>
<context>
    <name>sextant::views::ResourceChange</name>
    <message>
        <location filename="../views/resourcechangestyle.cpp" line="113"/>
        <source>To create</source>
        <translation>Zu erstellen</translation>
    </message>
    <message>
        <location filename="../views/resourcechangestyle.cpp" line="115"/>
        <source>To prune</source>
        <translation>Zu entfernen</translation>
    </message>
    <message>
        <location filename="../views/resourcechangestyle.cpp" line="117"/>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../views/resourcechangestyle.cpp" line="120"/>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
</context>
<context>
    <name>sextant::views::ResumeDialog</name>
    <message>
        <location filename="../views/resumedialog.cpp" line="24"/>
        <source>not confirmed (interrupted)</source>
        <translation>nicht bestätigt (unterbrochen)</translation>
    </message>
    <message>
        <location filename="../views/resumedialog.cpp" line="25"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location filename="../views/resumedialog.cpp" line="26"/>
        <source>resume interrupted</source>
        <translation>Fortsetzen unterbrochen</translation>
    </message>
    <message>
        <location filename="../views/resumedialog.cpp" line="27"/>
        <source>resumed</source>
        <translation>fortgesetzt</translation>
    </message>
    <message>
        <location filename="../views/resumedialog.cpp" line="28"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../views/resumedialog.cpp" line="46"/>
        <source>Complete the interrupted pause</source>
        <translation>Unterbrochene Pause abschließen</translation>
    </message>
    <message>
        <location filename="../views/resumedialog.cpp" line="46"/>
        <source>Resume auto-sync</source>
        <translation>Auto-Sync fortsetzen</translation>
    </message>
    <message>
        <location filename="../views/resumedialog.cpp" line="56"/>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <location filename="../views/resumedialog.cpp" line="56"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../views/resumedialog.cpp" line="56"/>
        <source>Paused at</source>
        <translation>Pausiert am</translation>
    </message>
    <message>
        <location filename="../views/resumedialog.cpp" line="56"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../views/resumedialog.cpp" line="56"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/resumedialog.cpp" line="62"/>
        <source>%1 — %n app(s)</source>
        <translation>
            <numerusform>%1 — %n Anwendung</numerusform>
            <numerusform>%1 — %n Anwendungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/resumedialog.cpp" line="70"/>
        <source>resumed elsewhere</source>
        <translation>anderswo fortgesetzt</translation>
    </message>
    <message>
        <location filename="../views/resumedialog.cpp" line="71"/>
        <source>app no longer exists</source>
        <translation>Anwendung existiert nicht mehr</translation>
    </message>
    <message>
        <location filename="../views/resumedialog.cpp" line="74"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../views/resumedialog.cpp" line="87"/>
        <source>Finish pausing what the interrupted pause had not reached</source>
        <translation>Die Anwendungen pausieren, die die unterbrochene Pause noch nicht erreicht hatte</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/resumedialog.cpp" line="88"/>
        <source>Restore auto-sync on %n app(s) on %1</source>
        <translation>
            <numerusform>Auto-Sync für %n Anwendung auf %1 wiederherstellen</numerusform>
            <numerusform>Auto-Sync für %n Anwendungen auf %1 wiederherstellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/resumedialog.cpp" line="89"/>
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n Instanz</numerusform>
            <numerusform>%n Instanzen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/resumedialog.cpp" line="93"/>
        <source>Apps already paused stay paused; each remaining app&apos;s policy is recorded before its pause, as before.</source>
        <translation>Bereits pausierte Anwendungen bleiben pausiert; wie zuvor wird die Richtlinie jeder verbleibenden Anwendung vor ihrer Pause aufgezeichnet.</translation>
    </message>
    <message>
        <location filename="../views/resumedialog.cpp" line="95"/>
        <source>Each app gets back exactly the sync policy it had before the pause (prune, self-heal, options). Apps someone changed since are left as they are and reported.</source>
        <translation>Jede Anwendung erhält genau die Sync-Richtlinie zurück, die sie vor der Pause hatte (Prune, Self-Heal, Optionen). Anwendungen, die seitdem jemand geändert hat, bleiben unverändert und werden gemeldet.</translation>
    </message>
    <message>
        <location filename="../views/resumedialog.cpp" line="100"/>
        <source>e.g. INC-4711 resolved</source>
        <translation>z. B. INC-4711 behoben</translation>
    </message>
    <message>
        <location filename="../views/resumedialog.cpp" line="102"/>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Grund (erforderlich):</translation>
    </message>
    <message>
        <location filename="../views/resumedialog.cpp" line="115"/>
        <source>&amp;Complete the pause</source>
        <translation>Pause &amp;abschließen</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/resumedialog.cpp" line="115"/>
        <source>&amp;Resume %n app(s)</source>
        <translation>
            <numerusform>%n Anwendung &amp;fortsetzen</numerusform>
            <numerusform>%n Anwendungen &amp;fortsetzen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/resumedialog.cpp" line="131"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../views/resumedialog.cpp" line="158"/>
        <source>Pausing</source>
        <translation>Wird pausiert</translation>
    </message>
    <message>
        <location filename="../views/resumedialog.cpp" line="158"/>
        <source>Resuming</source>
        <translation>Wird fortgesetzt</translation>
    </message>
</context>
<context>
    <name>sextant::views::RollbackDialog</name>
    <message>
        <location filename="../views/rollbackdialog.cpp" line="29"/>
        <source>Roll back %1</source>
        <translation>%1 zurücksetzen</translation>
    </message>
    <message>
        <location filename="../views/rollbackdialog.cpp" line="33"/>
        <source>instance · cluster · namespace · application</source>
        <translation>Instanz · Cluster · Namespace · Anwendung</translation>
    </message>
    <message>
        <location filename="../views/rollbackdialog.cpp" line="39"/>
        <source>Roll back to deployment &lt;b&gt;#%1&lt;/b&gt;, revision &lt;b&gt;%2&lt;/b&gt;%3.</source>
        <translation>Zurücksetzen auf Bereitstellung &lt;b&gt;#%1&lt;/b&gt;, Revision &lt;b&gt;%2&lt;/b&gt;%3.</translation>
    </message>
    <message>
        <location filename="../views/rollbackdialog.cpp" line="43"/>
        <source>, deployed %1</source>
        <translation>, bereitgestellt am %1</translation>
    </message>
    <message>
        <location filename="../views/rollbackdialog.cpp" line="51"/>
        <source>Afterwards Git still wants &lt;b&gt;%1&lt;/b&gt;: the app shows “rolled back — Git still wants %1” and stays paused until you resume auto-sync (which would deploy Git again) or change Git.</source>
        <translation>Danach verlangt Git weiterhin &lt;b&gt;%1&lt;/b&gt;: Die Anwendung zeigt „zurückgesetzt — Git verlangt weiterhin %1“ und bleibt pausiert, bis Sie Auto-Sync fortsetzen (wodurch wieder der Stand aus Git bereitgestellt würde) oder Git ändern.</translation>
    </message>
    <message>
        <location filename="../views/rollbackdialog.cpp" line="57"/>
        <source>This rollback cannot run: %1</source>
        <translation>Dieses Zurücksetzen kann nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <location filename="../views/rollbackdialog.cpp" line="66"/>
        <source>e.g. INC-4711: 2.4 breaks checkout</source>
        <translation>z. B. INC-4711: 2.4 macht den Checkout kaputt</translation>
    </message>
    <message>
        <location filename="../views/rollbackdialog.cpp" line="68"/>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Grund (erforderlich):</translation>
    </message>
    <message>
        <location filename="../views/rollbackdialog.cpp" line="77"/>
        <source>&amp;Roll back to #%1</source>
        <translation>Auf #%1 &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../views/rollbackdialog.cpp" line="89"/>
        <source>Protected target (%1).</source>
        <translation>Geschütztes Ziel (%1).</translation>
    </message>
    <message>
        <location filename="../views/rollbackdialog.cpp" line="110"/>
        <source>The rollback failed: %1</source>
        <translation>Das Zurücksetzen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../views/rollbackdialog.cpp" line="144"/>
        <source>Pausing auto-sync, then rolling back…</source>
        <translation>Auto-Sync wird pausiert, dann wird zurückgesetzt…</translation>
    </message>
    <message>
        <location filename="../views/rollbackdialog.cpp" line="144"/>
        <source>Rolling back…</source>
        <translation>Wird zurückgesetzt…</translation>
    </message>
</context>
<context>
    <name>sextant::views::RolloutDashboard</name>
    <message>
        <location filename="../views/rolloutdashboard.cpp" line="80"/>
        <source>Wave / application</source>
        <translation>Welle / Anwendung</translation>
    </message>
    <message>
        <location filename="../views/rolloutdashboard.cpp" line="80"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../views/rolloutdashboard.cpp" line="80"/>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <location filename="../views/rolloutdashboard.cpp" line="80"/>
        <source>Gate</source>
        <translation>Schranke</translation>
    </message>
    <message>
        <location filename="../views/rolloutdashboard.cpp" line="80"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../views/rolloutdashboard.cpp" line="80"/>
        <source>Healthy over time</source>
        <translation>Healthy im Verlauf</translation>
    </message>
    <message>
        <location filename="../views/rolloutdashboard.cpp" line="99"/>
        <source>&amp;Pause…</source>
        <translation>&amp;Pausieren…</translation>
    </message>
    <message>
        <location filename="../views/rolloutdashboard.cpp" line="100"/>
        <source>&amp;Resume…</source>
        <translation>&amp;Fortsetzen…</translation>
    </message>
    <message>
        <location filename="../views/rolloutdashboard.cpp" line="101"/>
        <location filename="../views/rolloutdashboard.cpp" line="435"/>
        <source>&amp;Approve…</source>
        <translation>&amp;Genehmigen…</translation>
    </message>
    <message>
        <location filename="../views/rolloutdashboard.cpp" line="102"/>
        <source>S&amp;kip app…</source>
        <translation>App &amp;überspringen…</translation>
    </message>
    <message>
        <location filename="../views/rolloutdashboard.cpp" line="103"/>
        <source>Roll back &amp;wave…</source>
        <translation>&amp;Welle zurückrollen…</translation>
    </message>
    <message>
        <location filename="../views/rolloutdashboard.cpp" line="105"/>
        <source>Revert the target in the selected wave&apos;s overlays with a previewed Git commit, and sync its apps to it</source>
        <translation>Das Ziel in den Overlays der gewählten Welle mit einem Git-Commit (mit Vorschau) zurücknehmen und ihre Apps darauf synchronisieren</translation>
    </message>
    <message>
        <location filename="../views/rolloutdashboard.cpp" line="107"/>
        <source>A&amp;bort…</source>
        <translation>&amp;Abbrechen…</translation>
    </message>
    <message>
        <location filename="../views/rolloutdashboard.cpp" line="111"/>
        <source>Wave rollouts</source>
        <translation>Wellen-Rollouts</translation>
    </message>
    <message>
        <location filename="../views/rolloutdashboard.cpp" line="122"/>
        <source>Timeline, newest first</source>
        <translation>Verlauf, neueste zuerst</translation>
    </message>
    <message>
        <location filename="../views/rolloutdashboard.cpp" line="185"/>
        <source>The ApplicationSets of %1 cannot be read: %2</source>
        <translation>Die ApplicationSets von %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../views/rolloutdashboard.cpp" line="203"/>
        <source>%1 · ApplicationSet RollingSync · %2</source>
        <translation>%1 · ApplicationSet RollingSync · %2</translation>
    </message>
    <message>
        <location filename="../views/rolloutdashboard.cpp" line="217"/>
        <location filename="../views/rolloutdashboard.cpp" line="220"/>
        <source>approval by %1</source>
        <translation>Genehmigung durch %1</translation>
    </message>
    <message>
        <location filename="../views/rolloutdashboard.cpp" line="219"/>
        <source>approval</source>
        <translation>Genehmigung</translation>
    </message>
    <message>
        <location filename="../views/rolloutdashboard.cpp" line="223"/>
        <source>settle %1</source>
        <translation>Beruhigung %1</translation>
    </message>
    <message>
        <location filename="../views/rolloutdashboard.cpp" line="224"/>
        <source>all Healthy at %1</source>
        <translation>alle Healthy auf %1</translation>
    </message>
    <message>
        <location filename="../views/rolloutdashboard.cpp" line="225"/>
        <source>bake %1</source>
        <translation>Beobachtung %1</translation>
    </message>
    <message>
        <location filename="../views/rolloutdashboard.cpp" line="226"/>
        <source>sign-off</source>
        <translation>Abnahme</translation>
    </message>
    <message>
        <location filename="../views/rolloutdashboard.cpp" line="228"/>
        <source>signed off by %1</source>
        <translation>abgenommen von %1</translation>
    </message>
    <message>
        <location filename="../views/rolloutdashboard.cpp" line="286"/>
        <source>%1 of %2 released apps Healthy at the target since %3</source>
        <translation>%1 von %2 freigegebenen Apps Healthy auf dem Ziel seit %3</translation>
    </message>
    <message>
        <location filename="../views/rolloutdashboard.cpp" line="295"/>
        <source>rolling back (%1): %2</source>
        <translation>wird zurückgerollt (%1): %2</translation>
    </message>
    <message>
        <location filename="../views/rolloutdashboard.cpp" line="297"/>
        <source>rolled back by commit %1 (%2): %3 — %4</source>
        <translation>zurückgerollt durch Commit %1 (%2): %3 — %4</translation>
    </message>
    <message>
        <location filename="../views/rolloutdashboard.cpp" line="300"/>
        <source>rollback failed: %1</source>
        <translation>Zurückrollen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../views/rolloutdashboard.cpp" line="320"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../views/rolloutdashboard.cpp" line="321"/>
        <source>running now → target</source>
        <translation>läuft jetzt → Ziel</translation>
    </message>
    <message>
        <location filename="../views/rolloutdashboard.cpp" line="339"/>
        <source>The ApplicationSet %1 is no longer served by %2.</source>
        <translation>Das ApplicationSet %1 wird von %2 nicht mehr angeboten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/rolloutdashboard.cpp" line="345"/>
        <source>ApplicationSet %1 · project %2 · %n app(s) in %3 steps</source>
        <translation>
            <numerusform>ApplicationSet %1 · Projekt %2 · %n App in %3 Schritten</numerusform>
            <numerusform>ApplicationSet %1 · Projekt %2 · %n Apps in %3 Schritten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/rolloutdashboard.cpp" line="349"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — read-only: Argo CD&apos;s ApplicationSet controller runs this RollingSync (no pause, bake time or approval; a Degraded app stalls it for good)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — nur lesend: Der ApplicationSet-Controller von Argo CD führt dieses RollingSync aus (keine Pause, Beobachtungszeit oder Freigabe; eine Degraded-App hält es dauerhaft auf)</translation>
    </message>
    <message>
        <location filename="../views/rolloutdashboard.cpp" line="351"/>
        <source>no rollout status yet</source>
        <translation>noch kein Rollout-Status</translation>
    </message>
    <message>
        <location filename="../views/rolloutdashboard.cpp" line="371"/>
        <source>No rollout has been started here. Start one from the wave plan page (Ctrl+Shift+W).</source>
        <translation>Hier wurde noch kein Rollout gestartet. Starten Sie einen auf der Seite Wellenplan (Strg+Umschalt+W).</translation>
    </message>
    <message>
        <location filename="../views/rolloutdashboard.cpp" line="373"/>
        <source>Reading the rollouts…</source>
        <translation>Rollouts werden gelesen…</translation>
    </message>
    <message>
        <location filename="../views/rolloutdashboard.cpp" line="384"/>
        <source>target %1 · started by %2 · %3 apps in %4 waves</source>
        <translation>Ziel %1 · gestartet von %2 · %3 Apps in %4 Wellen</translation>
    </message>
    <message>
        <location filename="../views/rolloutdashboard.cpp" line="395"/>
        <source> — not run from this window%1</source>
        <translation> — nicht aus diesem Fenster gesteuert%1</translation>
    </message>
    <message>
        <location filename="../views/rolloutdashboard.cpp" line="396"/>
        <source> (run by %1)</source>
        <translation> (gesteuert von %1)</translation>
    </message>
    <message>
        <location filename="../views/rolloutdashboard.cpp" line="435"/>
        <source>Sign &amp;off…</source>
        <translation>&amp;Abnehmen…</translation>
    </message>
    <message>
        <location filename="../views/rolloutdashboard.cpp" line="489"/>
        <source>Pause the rollout</source>
        <translation>Rollout pausieren</translation>
    </message>
    <message>
        <location filename="../views/rolloutdashboard.cpp" line="491"/>
        <source>Nothing not yet released moves until it is resumed. Apps already released keep being verified.</source>
        <translation>Nichts noch nicht Freigegebenes bewegt sich, bis er fortgesetzt wird. Bereits freigegebene Apps werden weiter geprüft.</translation>
    </message>
    <message>
        <location filename="../views/rolloutdashboard.cpp" line="493"/>
        <source>Pause rollout</source>
        <translation>Rollout pausieren</translation>
    </message>
    <message>
        <location filename="../views/rolloutdashboard.cpp" line="507"/>
        <source>Resume the rollout</source>
        <translation>Rollout fortsetzen</translation>
    </message>
    <message>
        <location filename="../views/rolloutdashboard.cpp" line="509"/>
        <source>The halted wave is verified again, its timeout counted afresh: resume only once what halted it is fixed.</source>
        <translation>Die angehaltene Welle wird erneut geprüft, ihr Zeitlimit beginnt neu: erst fortsetzen, wenn die Ursache behoben ist.</translation>
    </message>
    <message>
        <location filename="../views/rolloutdashboard.cpp" line="511"/>
        <source>This window runs the rollout from now on: releases continue where they stopped.</source>
        <translation>Dieses Fenster steuert den Rollout ab jetzt: Freigaben gehen dort weiter, wo sie stehen blieben.</translation>
    </message>
    <message>
        <location filename="../views/rolloutdashboard.cpp" line="513"/>
        <source>Resume rollout</source>
        <translation>Rollout fortsetzen</translation>
    </message>
    <message>
        <location filename="../views/rolloutdashboard.cpp" line="520"/>
        <source>resumed from the dashboard</source>
        <translation>fortgesetzt im Dashboard</translation>
    </message>
    <message>
        <location filename="../views/rolloutdashboard.cpp" line="536"/>
        <source>Wave %1 baked: %2. Signing it off lets the next wave start.</source>
        <translation>Welle %1 ist beobachtet: %2. Die Abnahme lässt die nächste Welle starten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/rolloutdashboard.cpp" line="537"/>
        <source>Releases %n app(s) of wave %1 to %2: %3.</source>
        <translation>
            <numerusform>Gibt %n App der Welle %1 auf %2 frei: %3.</numerusform>
            <numerusform>Gibt %n Apps der Welle %1 auf %2 frei: %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/rolloutdashboard.cpp" line="541"/>
        <source>Sign off wave %1</source>
        <translation>Welle %1 abnehmen</translation>
    </message>
    <message>
        <location filename="../views/rolloutdashboard.cpp" line="541"/>
        <source>Approve wave %1</source>
        <translation>Welle %1 genehmigen</translation>
    </message>
    <message>
        <location filename="../views/rolloutdashboard.cpp" line="542"/>
        <source>Sign off</source>
        <translation>Abnehmen</translation>
    </message>
    <message>
        <location filename="../views/rolloutdashboard.cpp" line="542"/>
        <source>Approve wave</source>
        <translation>Welle genehmigen</translation>
    </message>
    <message>
        <location filename="../views/rolloutdashboard.cpp" line="558"/>
        <source>Skip an app</source>
        <translation>Eine App überspringen</translation>
    </message>
    <message>
        <location filename="../views/rolloutdashboard.cpp" line="560"/>
        <source>The app stays on what it runs now and is left out of its wave&apos;s verdict. If its auto-sync is held, it stays paused.</source>
        <translation>Die App bleibt auf dem, was sie jetzt ausführt, und zählt nicht zum Urteil ihrer Welle. Ist ihr Auto-Sync angehalten, bleibt er pausiert.</translation>
    </message>
    <message>
        <location filename="../views/rolloutdashboard.cpp" line="562"/>
        <source>Skip app</source>
        <translation>App überspringen</translation>
    </message>
    <message>
        <location filename="../views/rolloutdashboard.cpp" line="577"/>
        <source>Abort the rollout</source>
        <translation>Rollout abbrechen</translation>
    </message>
    <message>
        <location filename="../views/rolloutdashboard.cpp" line="578"/>
        <source>Nothing more is released. Waves already released stay as they are; apps of later waves keep their auto-sync paused until you resume them from the pause banner.</source>
        <translation>Es wird nichts mehr freigegeben. Bereits freigegebene Wellen bleiben, wie sie sind; Apps späterer Wellen behalten ihren pausierten Auto-Sync, bis Sie sie über das Pausenbanner fortsetzen.</translation>
    </message>
    <message>
        <location filename="../views/rolloutdashboard.cpp" line="580"/>
        <source>Abort rollout</source>
        <translation>Rollout abbrechen</translation>
    </message>
</context>
<context>
    <name>sextant::views::RolloutPlanView</name>
    <message>
        <location filename="../views/rolloutplanview.cpp" line="71"/>
        <source>&amp;Start rollout…</source>
        <translation>Rollout &amp;starten…</translation>
    </message>
    <message>
        <location filename="../views/rolloutplanview.cpp" line="77"/>
        <source>apiVersion: sextant.io/v1
kind: WavePlan
…  (or Open plan…)</source>
        <translation>apiVersion: sextant.io/v1
kind: WavePlan
…  (oder „Plan öffnen…“)</translation>
    </message>
    <message>
        <location filename="../views/rolloutplanview.cpp" line="88"/>
        <source>Wave / application</source>
        <translation>Welle / Anwendung</translation>
    </message>
    <message>
        <location filename="../views/rolloutplanview.cpp" line="88"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../views/rolloutplanview.cpp" line="88"/>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <location filename="../views/rolloutplanview.cpp" line="88"/>
        <source>Earliest</source>
        <translation>Frühestens</translation>
    </message>
    <message>
        <location filename="../views/rolloutplanview.cpp" line="95"/>
        <source>&amp;Open plan…</source>
        <translation>Plan ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../views/rolloutplanview.cpp" line="99"/>
        <source>Wave rollout plan</source>
        <translation>Wellen-Rollout-Plan</translation>
    </message>
    <message>
        <location filename="../views/rolloutplanview.cpp" line="105"/>
        <source>Holds the later waves, then releases the first; the dashboard (Ctrl+Shift+R) follows it</source>
        <translation>Hält die späteren Wellen an und gibt dann die erste frei; das Dashboard (Strg+Umschalt+R) verfolgt ihn</translation>
    </message>
    <message>
        <location filename="../views/rolloutplanview.cpp" line="134"/>
        <source>A dry run against the fleet as loaded now: nothing is synced, paused or committed. Later waves take only the apps no earlier wave took.</source>
        <translation>Ein Probelauf gegen die Flotte, wie sie jetzt geladen ist: nichts wird synchronisiert, pausiert oder committet. Spätere Wellen nehmen nur die Anwendungen, die keine frühere Welle genommen hat.</translation>
    </message>
    <message>
        <location filename="../views/rolloutplanview.cpp" line="155"/>
        <location filename="../views/rolloutplanview.cpp" line="204"/>
        <source>Write or open a plan to see its waves.</source>
        <translation>Schreiben oder öffnen Sie einen Plan, um seine Wellen zu sehen.</translation>
    </message>
    <message>
        <location filename="../views/rolloutplanview.cpp" line="174"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../views/rolloutplanview.cpp" line="187"/>
        <source>Open a wave plan</source>
        <translation>Einen Wellenplan öffnen</translation>
    </message>
    <message>
        <location filename="../views/rolloutplanview.cpp" line="188"/>
        <source>YAML files (*.yaml *.yml);;All files (*)</source>
        <translation>YAML-Dateien (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../views/rolloutplanview.cpp" line="210"/>
        <source>The plan does not validate: fix the problems listed under it.</source>
        <translation>Der Plan ist ungültig: beheben Sie die darunter aufgeführten Probleme.</translation>
    </message>
    <message>
        <location filename="../views/rolloutplanview.cpp" line="235"/>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location filename="../views/rolloutplanview.cpp" line="276"/>
        <source>Roll back: not possible — %1</source>
        <translation>Zurückrollen: nicht möglich — %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/rolloutplanview.cpp" line="278"/>
        <source>Roll back: refused, %n file(s) changed since the target: %1</source>
        <translation>
            <numerusform>Zurückrollen: abgelehnt, %n Datei seit dem Ziel geändert: %1</numerusform>
            <numerusform>Zurückrollen: abgelehnt, %n Dateien seit dem Ziel geändert: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/rolloutplanview.cpp" line="281"/>
        <source>Roll back: a revert commit on %1 would change %n file(s) in %2</source>
        <translation>
            <numerusform>Zurückrollen: Ein Revert-Commit auf %1 würde %n Datei in %2 ändern</numerusform>
            <numerusform>Zurückrollen: Ein Revert-Commit auf %1 würde %n Dateien in %2 ändern</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/rolloutplanview.cpp" line="305"/>
        <source>Roll back: previewing the revert of %1 in this wave&apos;s overlays…</source>
        <translation>Zurückrollen: Vorschau des Reverts von %1 in den Overlays dieser Welle…</translation>
    </message>
    <message>
        <location filename="../views/rolloutplanview.cpp" line="307"/>
        <source>wave %1</source>
        <translation>Welle %1</translation>
    </message>
    <message>
        <location filename="../views/rolloutplanview.cpp" line="351"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: target &lt;tt&gt;%2&lt;/tt&gt; · %3 apps in %4 waves · earliest finish %5 after the start, if every gate passes at once</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: Ziel &lt;tt&gt;%2&lt;/tt&gt; · %3 Anwendungen in %4 Wellen · frühestes Ende %5 nach dem Start, wenn jedes Gate sofort passiert</translation>
    </message>
    <message>
        <location filename="../views/rolloutplanview.cpp" line="358"/>
        <source>Fix the problems first: a plan with problems cannot run.</source>
        <translation>Beheben Sie zuerst die Probleme: ein Plan mit Problemen kann nicht laufen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/rolloutplanview.cpp" line="364"/>
        <source>%1 · %2 — %n app(s), %3 at a time</source>
        <translation>
            <numerusform>%1 · %2 — %n Anwendung, %3 gleichzeitig</numerusform>
            <numerusform>%1 · %2 — %n Anwendungen, %3 gleichzeitig</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/rolloutplanview.cpp" line="374"/>
        <source>Gates: %1</source>
        <translation>Gates: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/rolloutplanview.cpp" line="389"/>
        <source>In no wave — %n app(s) the selection covers</source>
        <translation>
            <numerusform>In keiner Welle — %n Anwendung der Auswahl</numerusform>
            <numerusform>In keiner Welle — %n Anwendungen der Auswahl</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sextant::views::ShortcutsDialog</name>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="13"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="15"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="15"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
</context>
<context>
    <name>sextant::views::StatusChipBar</name>
    <message>
        <location filename="../views/statuschipbar.cpp" line="99"/>
        <source>Out of sync</source>
        <translation>Nicht synchron</translation>
    </message>
    <message>
        <location filename="../views/statuschipbar.cpp" line="101"/>
        <source>Show only applications that differ from Git (%1 in the fleet)</source>
        <translation>Nur Anwendungen zeigen, die von Git abweichen (%1 in der Flotte)</translation>
    </message>
    <message>
        <location filename="../views/statuschipbar.cpp" line="104"/>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <location filename="../views/statuschipbar.cpp" line="106"/>
        <source>Show only degraded applications (%1 in the fleet)</source>
        <translation>Nur beeinträchtigte Anwendungen zeigen (%1 in der Flotte)</translation>
    </message>
    <message>
        <location filename="../views/statuschipbar.cpp" line="109"/>
        <source>Progressing</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location filename="../views/statuschipbar.cpp" line="111"/>
        <source>Show only applications still rolling out (%1 in the fleet)</source>
        <translation>Nur Anwendungen zeigen, deren Rollout noch läuft (%1 in der Flotte)</translation>
    </message>
    <message>
        <location filename="../views/statuschipbar.cpp" line="114"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../views/statuschipbar.cpp" line="116"/>
        <source>Show only applications with auto-sync paused (%1 in the fleet)</source>
        <translation>Nur Anwendungen mit pausiertem Auto-Sync zeigen (%1 in der Flotte)</translation>
    </message>
    <message>
        <location filename="../views/statuschipbar.cpp" line="122"/>
        <source>Checked chips combine: any of them matches.</source>
        <translation>Aktivierte Chips werden kombiniert: Es genügt, wenn einer davon zutrifft.</translation>
    </message>
    <message>
        <location filename="../views/statuschipbar.cpp" line="137"/>
        <location filename="../views/statuschipbar.cpp" line="154"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>sextant::views::SyncDialog</name>
    <message>
        <location filename="../views/syncdialog.cpp" line="58"/>
        <source>&amp;Prune: delete resources that are no longer in Git</source>
        <translation>&amp;Prune: Ressourcen löschen, die nicht mehr in Git sind</translation>
    </message>
    <message>
        <location filename="../views/syncdialog.cpp" line="59"/>
        <source>&amp;Apply only: skip the sync hooks</source>
        <translation>Nur &amp;anwenden: Sync-Hooks überspringen</translation>
    </message>
    <message>
        <location filename="../views/syncdialog.cpp" line="60"/>
        <source>&amp;Force: replace resources that cannot be patched</source>
        <translation>&amp;Erzwingen: Ressourcen ersetzen, die nicht gepatcht werden können</translation>
    </message>
    <message>
        <location filename="../views/syncdialog.cpp" line="61"/>
        <source>Only the &amp;selected resources:</source>
        <translation>Nur die aus&amp;gewählten Ressourcen:</translation>
    </message>
    <message>
        <location filename="../views/syncdialog.cpp" line="67"/>
        <source>Run the &amp;dry run again</source>
        <translation>Probelauf er&amp;neut ausführen</translation>
    </message>
    <message>
        <location filename="../views/syncdialog.cpp" line="72"/>
        <source>Sync %1</source>
        <translation>%1 synchronisieren</translation>
    </message>
    <message>
        <location filename="../views/syncdialog.cpp" line="78"/>
        <source>instance · cluster · namespace · application — project %1</source>
        <translation>Instanz · Cluster · Namespace · Anwendung — Projekt %1</translation>
    </message>
    <message>
        <location filename="../views/syncdialog.cpp" line="89"/>
        <source>optional, written to the journal</source>
        <translation>optional, wird ins Aktionsjournal geschrieben</translation>
    </message>
    <message>
        <location filename="../views/syncdialog.cpp" line="94"/>
        <source>the app&apos;s target: %1</source>
        <translation>Ziel der Anwendung: %1</translation>
    </message>
    <message>
        <location filename="../views/syncdialog.cpp" line="98"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../views/syncdialog.cpp" line="99"/>
        <source>%1 %2 (namespace %3)</source>
        <translation>%1 %2 (Namespace %3)</translation>
    </message>
    <message>
        <location filename="../views/syncdialog.cpp" line="110"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location filename="../views/syncdialog.cpp" line="115"/>
        <source>Re&amp;vision:</source>
        <translation>Re&amp;vision:</translation>
    </message>
    <message>
        <location filename="../views/syncdialog.cpp" line="118"/>
        <source>R&amp;eason:</source>
        <translation>Gr&amp;und:</translation>
    </message>
    <message>
        <location filename="../views/syncdialog.cpp" line="120"/>
        <source>Preview (dry run on the controller)</source>
        <translation>Vorschau (Probelauf auf dem Controller)</translation>
    </message>
    <message>
        <location filename="../views/syncdialog.cpp" line="136"/>
        <source>Review and &amp;approve…</source>
        <translation>Prüfen und &amp;freigeben…</translation>
    </message>
    <message>
        <location filename="../views/syncdialog.cpp" line="136"/>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisieren</translation>
    </message>
    <message>
        <location filename="../views/syncdialog.cpp" line="224"/>
        <source>&amp;Terminate operation…</source>
        <translation>Operation &amp;beenden…</translation>
    </message>
    <message>
        <location filename="../views/syncdialog.cpp" line="236"/>
        <source>Protected target (%1): after the preview you give a reason and type the application&apos;s name, and a deployment record is kept.</source>
        <translation>Geschütztes Ziel (%1): Nach der Vorschau geben Sie einen Grund und den Namen der Anwendung ein, und ein Bereitstellungsprotokoll wird aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../views/syncdialog.cpp" line="245"/>
        <source>This application is being deleted: it cannot be synced.</source>
        <translation>Diese Anwendung wird gerade gelöscht: Sie kann nicht synchronisiert werden.</translation>
    </message>
    <message>
        <location filename="../views/syncdialog.cpp" line="247"/>
        <source>A sync window blocks manual syncs right now: %1. The controller would refuse the sync; try again when the window closes, or ask the project&apos;s owner to allow manual syncs in it.</source>
        <translation>Ein sync window blockiert derzeit manuelle Syncs: %1. Der Controller würde den Sync ablehnen; versuchen Sie es erneut, wenn sich das Fenster schließt, oder bitten Sie den Eigentümer des Projekts, darin manuelle Syncs zu erlauben.</translation>
    </message>
    <message>
        <location filename="../views/syncdialog.cpp" line="258"/>
        <source>An operation is running on this application%1. The controller refuses a new sync until it ends; you can wait, or terminate it.</source>
        <translation>Für diese Anwendung läuft eine Operation%1. Der Controller lehnt einen neuen Sync ab, bis sie beendet ist; Sie können warten oder sie abbrechen.</translation>
    </message>
    <message>
        <location filename="../views/syncdialog.cpp" line="311"/>
        <source>Running the dry run…</source>
        <translation>Probelauf wird ausgeführt…</translation>
    </message>
    <message>
        <location filename="../views/syncdialog.cpp" line="313"/>
        <source>Syncing…</source>
        <translation>Wird synchronisiert…</translation>
    </message>
    <message>
        <location filename="../views/syncdialog.cpp" line="315"/>
        <source>The options changed: run the dry run again before syncing.</source>
        <translation>Die Optionen wurden geändert: Führen Sie den Probelauf vor dem Synchronisieren erneut aus.</translation>
    </message>
    <message>
        <location filename="../views/syncdialog.cpp" line="317"/>
        <source>Preview is current.</source>
        <translation>Die Vorschau ist aktuell.</translation>
    </message>
    <message>
        <location filename="../views/syncdialog.cpp" line="323"/>
        <source>The application is being deleted</source>
        <translation>Die Anwendung wird gerade gelöscht</translation>
    </message>
    <message>
        <location filename="../views/syncdialog.cpp" line="325"/>
        <source>A sync window blocks manual syncs</source>
        <translation>Ein sync window blockiert manuelle Syncs</translation>
    </message>
    <message>
        <location filename="../views/syncdialog.cpp" line="327"/>
        <source>An operation is running</source>
        <translation>Eine Operation läuft</translation>
    </message>
    <message>
        <location filename="../views/syncdialog.cpp" line="329"/>
        <source>Run the dry run first</source>
        <translation>Führen Sie zuerst den Probelauf aus</translation>
    </message>
    <message>
        <location filename="../views/syncdialog.cpp" line="331"/>
        <source>Select at least one resource</source>
        <translation>Wählen Sie mindestens eine Ressource aus</translation>
    </message>
    <message>
        <location filename="../views/syncdialog.cpp" line="346"/>
        <source>Asking the controller for a dry run of %1…</source>
        <translation>Probelauf von %1 wird beim Controller angefordert…</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/syncdialog.cpp" line="377"/>
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/syncdialog.cpp" line="378"/>
        <source>&lt;b&gt;What deploys next from Git&lt;/b&gt;: %n commit(s) between %1 (deployed) and %2:</source>
        <translation>
            <numerusform>&lt;b&gt;Was als Nächstes aus Git bereitgestellt wird&lt;/b&gt;: %n Commit zwischen %1 (bereitgestellt) und %2:</numerusform>
            <numerusform>&lt;b&gt;Was als Nächstes aus Git bereitgestellt wird&lt;/b&gt;: %n Commits zwischen %1 (bereitgestellt) und %2:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/syncdialog.cpp" line="385"/>
        <source>Git: %n commit(s) from %1 to %2: %3</source>
        <translation>
            <numerusform>Git: %n Commit von %1 bis %2: %3</numerusform>
            <numerusform>Git: %n Commits von %1 bis %2: %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/syncdialog.cpp" line="399"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../views/syncdialog.cpp" line="415"/>
        <source>Terminate operation</source>
        <translation>Operation beenden</translation>
    </message>
    <message>
        <location filename="../views/syncdialog.cpp" line="416"/>
        <source>Terminate the operation running on %1?

The controller stops it where it is; resources already applied stay as they are.</source>
        <translation>Die auf %1 laufende Operation beenden?

Der Controller stoppt sie an der aktuellen Stelle; bereits angewendete Ressourcen bleiben unverändert.</translation>
    </message>
    <message>
        <location filename="../views/syncdialog.cpp" line="431"/>
        <source>Could not terminate the operation: %1</source>
        <translation>Die Operation konnte nicht beendet werden: %1</translation>
    </message>
    <message>
        <location filename="../views/syncdialog.cpp" line="441"/>
        <source>The sync of %1 failed: %2</source>
        <translation>Der Sync von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../views/syncdialog.cpp" line="455"/>
        <source>Synced. Loading the deployment record…</source>
        <translation>Synchronisiert. Bereitstellungsprotokoll wird geladen…</translation>
    </message>
</context>
<context>
    <name>sextant::views::SyncPreviewView</name>
    <message>
        <location filename="../views/syncpreviewview.cpp" line="23"/>
        <source>create</source>
        <translation>erstellen</translation>
    </message>
    <message>
        <location filename="../views/syncpreviewview.cpp" line="24"/>
        <source>update</source>
        <translation>aktualisieren</translation>
    </message>
    <message>
        <location filename="../views/syncpreviewview.cpp" line="25"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location filename="../views/syncpreviewview.cpp" line="26"/>
        <source>prune (delete)</source>
        <translation>entfernen (löschen)</translation>
    </message>
    <message>
        <location filename="../views/syncpreviewview.cpp" line="27"/>
        <source>not in Git, kept (prune is off)</source>
        <translation>nicht in Git, behalten (Prune ist aus)</translation>
    </message>
    <message>
        <location filename="../views/syncpreviewview.cpp" line="28"/>
        <source>would fail</source>
        <translation>würde fehlschlagen</translation>
    </message>
    <message>
        <location filename="../views/syncpreviewview.cpp" line="70"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../views/syncpreviewview.cpp" line="70"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../views/syncpreviewview.cpp" line="70"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../views/syncpreviewview.cpp" line="70"/>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <location filename="../views/syncpreviewview.cpp" line="70"/>
        <source>Controller says</source>
        <translation>Meldung des Controllers</translation>
    </message>
    <message>
        <location filename="../views/syncpreviewview.cpp" line="71"/>
        <location filename="../views/syncpreviewview.cpp" line="217"/>
        <source>Images that change</source>
        <translation>Geänderte Images</translation>
    </message>
    <message>
        <location filename="../views/syncpreviewview.cpp" line="73"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location filename="../views/syncpreviewview.cpp" line="73"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location filename="../views/syncpreviewview.cpp" line="73"/>
        <source>After the sync</source>
        <translation>Nach dem Sync</translation>
    </message>
    <message>
        <location filename="../views/syncpreviewview.cpp" line="134"/>
        <source>The dry run failed: %1</source>
        <translation>Der Probelauf ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/syncpreviewview.cpp" line="154"/>
        <source>%n to update</source>
        <translation>
            <numerusform>%n zu aktualisieren</numerusform>
            <numerusform>%n zu aktualisieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/syncpreviewview.cpp" line="156"/>
        <source>%n to create</source>
        <translation>
            <numerusform>%n zu erstellen</numerusform>
            <numerusform>%n zu erstellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/syncpreviewview.cpp" line="158"/>
        <source>%n to prune</source>
        <translation>
            <numerusform>%n zu entfernen</numerusform>
            <numerusform>%n zu entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/syncpreviewview.cpp" line="160"/>
        <source>%n not in Git but kept</source>
        <translation>
            <numerusform>%n nicht in Git, aber behalten</numerusform>
            <numerusform>%n nicht in Git, aber behalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/syncpreviewview.cpp" line="162"/>
        <source>%n would fail</source>
        <translation>
            <numerusform>%n würde fehlschlagen</numerusform>
            <numerusform>%n würden fehlschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/syncpreviewview.cpp" line="164"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/syncpreviewview.cpp" line="166"/>
        <source>Nothing would change.</source>
        <translation>Es würde sich nichts ändern.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/syncpreviewview.cpp" line="167"/>
        <source>The sync would change %n resource(s).</source>
        <translation>
            <numerusform>Der Sync würde %n Ressource ändern.</numerusform>
            <numerusform>Der Sync würde %n Ressourcen ändern.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/syncpreviewview.cpp" line="171"/>
        <source>Revision %1.</source>
        <translation>Revision %1.</translation>
    </message>
    <message>
        <location filename="../views/syncpreviewview.cpp" line="211"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../views/syncpreviewview.cpp" line="213"/>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <location filename="../views/syncpreviewview.cpp" line="217"/>
        <source>No image changes.</source>
        <translation>Keine Änderungen an Images.</translation>
    </message>
</context>
<context>
    <name>sextant::views::SyncSelectionDialog</name>
    <message>
        <location filename="../views/syncselectiondialog.cpp" line="30"/>
        <source>&amp;Prune resources that are no longer in Git</source>
        <translation>&amp;Prune: Ressourcen entfernen, die nicht mehr in Git sind</translation>
    </message>
    <message>
        <location filename="../views/syncselectiondialog.cpp" line="31"/>
        <source>&amp;Apply only: skip the sync hooks</source>
        <translation>Nur &amp;anwenden: Sync-Hooks überspringen</translation>
    </message>
    <message>
        <location filename="../views/syncselectiondialog.cpp" line="32"/>
        <source>&amp;Continue with the next app when one fails</source>
        <translation>Bei einem Fehler mit der nächsten Anwendung &amp;fortfahren</translation>
    </message>
    <message>
        <location filename="../views/syncselectiondialog.cpp" line="39"/>
        <source>Application (instance · cluster · namespace · app)</source>
        <translation>Anwendung (Instanz · Cluster · Namespace · Anwendung)</translation>
    </message>
    <message>
        <location filename="../views/syncselectiondialog.cpp" line="39"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../views/syncselectiondialog.cpp" line="39"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../views/syncselectiondialog.cpp" line="50"/>
        <source>left out</source>
        <translation>ausgelassen</translation>
    </message>
    <message>
        <location filename="../views/syncselectiondialog.cpp" line="51"/>
        <source>protected (%1): sync it on its own, with an approval</source>
        <translation>geschützt (%1): einzeln und mit Freigabe synchronisieren</translation>
    </message>
    <message>
        <location filename="../views/syncselectiondialog.cpp" line="56"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location filename="../views/syncselectiondialog.cpp" line="58"/>
        <source>an operation is running: this sync will likely fail</source>
        <translation>eine Operation läuft: Dieser Sync wird wahrscheinlich fehlschlagen</translation>
    </message>
    <message>
        <location filename="../views/syncselectiondialog.cpp" line="60"/>
        <source>blocked by a sync window: %1</source>
        <translation>durch ein sync window blockiert: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/syncselectiondialog.cpp" line="63"/>
        <source>Sync %n selected application(s)</source>
        <translation>
            <numerusform>%n ausgewählte Anwendung synchronisieren</numerusform>
            <numerusform>%n ausgewählte Anwendungen synchronisieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/syncselectiondialog.cpp" line="66"/>
        <source>Sync %n application(s), one after another</source>
        <translation>
            <numerusform>%n Anwendung synchronisieren</numerusform>
            <numerusform>%n Anwendungen nacheinander synchronisieren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/syncselectiondialog.cpp" line="68"/>
        <source>Each app is synced to its target revision and waited for before the next starts. The first failure stops the run unless you tick “continue”.</source>
        <translation>Jede Anwendung wird auf ihre Zielrevision synchronisiert, und die nächste beginnt erst, wenn sie fertig ist. Der erste Fehler stoppt den Lauf, sofern Sie nicht „fortfahren“ ankreuzen.</translation>
    </message>
    <message>
        <location filename="../views/syncselectiondialog.cpp" line="75"/>
        <source>optional, written to the journal</source>
        <translation>optional, wird ins Aktionsjournal geschrieben</translation>
    </message>
    <message>
        <location filename="../views/syncselectiondialog.cpp" line="80"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location filename="../views/syncselectiondialog.cpp" line="84"/>
        <source>S&amp;top after the current app</source>
        <translation>Nach der aktuellen Anwendung s&amp;toppen</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/syncselectiondialog.cpp" line="87"/>
        <source>&amp;Sync %n app(s)</source>
        <translation>
            <numerusform>%n Anwendung &amp;synchronisieren</numerusform>
            <numerusform>%n Anwendungen &amp;synchronisieren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/syncselectiondialog.cpp" line="102"/>
        <location filename="../views/syncselectiondialog.cpp" line="160"/>
        <source>syncing…</source>
        <translation>wird synchronisiert…</translation>
    </message>
    <message>
        <location filename="../views/syncselectiondialog.cpp" line="109"/>
        <source>synced</source>
        <translation>synchronisiert</translation>
    </message>
    <message>
        <location filename="../views/syncselectiondialog.cpp" line="111"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../views/syncselectiondialog.cpp" line="113"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location filename="../views/syncselectiondialog.cpp" line="116"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../views/syncselectiondialog.cpp" line="157"/>
        <source>Syncing</source>
        <translation>Wird synchronisiert</translation>
    </message>
</context>
<context>
    <name>sextant::views::TypedConfirmation</name>
    <message>
        <location filename="../views/typedconfirmation.cpp" line="36"/>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Geben Sie zur Bestätigung &lt;b&gt;%1&lt;/b&gt; ein:</translation>
    </message>
    <message>
        <location filename="../views/typedconfirmation.cpp" line="53"/>
        <source>Keep typing…</source>
        <translation>Weiter tippen…</translation>
    </message>
    <message>
        <location filename="../views/typedconfirmation.cpp" line="55"/>
        <source>This is not the name: it must be typed exactly, including case.</source>
        <translation>Das ist nicht der Name: Er muss exakt eingegeben werden, einschließlich Groß-/Kleinschreibung.</translation>
    </message>
</context>
<context>
    <name>sextant::views::WaveRollbackDialog</name>
    <message>
        <location filename="../views/waverollbackdialog.cpp" line="35"/>
        <source>Roll back wave %1</source>
        <translation>Welle %1 zurückrollen</translation>
    </message>
    <message>
        <location filename="../views/waverollbackdialog.cpp" line="38"/>
        <source>Preparing the revert of %1 in the overlays of wave %2…</source>
        <translation>Revert von %1 in den Overlays von Welle %2 wird vorbereitet…</translation>
    </message>
    <message>
        <location filename="../views/waverollbackdialog.cpp" line="46"/>
        <source>Why, for the commit and the journal (required)</source>
        <translation>Warum, für den Commit und das Journal (Pflicht)</translation>
    </message>
    <message>
        <location filename="../views/waverollbackdialog.cpp" line="51"/>
        <source>Revert and sync wave</source>
        <translation>Zurücknehmen und Welle synchronisieren</translation>
    </message>
    <message>
        <location filename="../views/waverollbackdialog.cpp" line="58"/>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <location filename="../views/waverollbackdialog.cpp" line="61"/>
        <source>Roll back wave %1 of %2</source>
        <translation>Welle %1 von %2 zurückrollen</translation>
    </message>
    <message>
        <location filename="../views/waverollbackdialog.cpp" line="62"/>
        <source>The rollout halts, a commit on the branch the wave&apos;s apps track reverts the target in their overlays only, and each released app is synced to it. Later waves stay held; earlier waves keep the change.</source>
        <translation>Der Rollout hält an, ein Commit auf dem Branch, dem die Apps der Welle folgen, nimmt das Ziel nur in ihren Overlays zurück, und jede freigegebene App wird darauf synchronisiert. Spätere Wellen bleiben angehalten; frühere Wellen behalten die Änderung.</translation>
    </message>
    <message>
        <location filename="../views/waverollbackdialog.cpp" line="92"/>
        <source>Cannot roll back: %1</source>
        <translation>Zurückrollen nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/waverollbackdialog.cpp" line="95"/>
        <source>Refused: %n file(s) changed again since the target: %1. Revert them by hand from the app&apos;s Git tab.</source>
        <translation>
            <numerusform>Abgelehnt: %n Datei wurde seit dem Ziel erneut geändert: %1. Nehmen Sie sie von Hand über den Git-Tab der App zurück.</numerusform>
            <numerusform>Abgelehnt: %n Dateien wurden seit dem Ziel erneut geändert: %1. Nehmen Sie sie von Hand über den Git-Tab der App zurück.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/waverollbackdialog.cpp" line="102"/>
        <source>The wave&apos;s apps track a tag or a commit, not a branch: a revert commit would not deploy. Point them at the previous release instead.</source>
        <translation>Die Apps der Welle folgen einem Tag oder Commit, keinem Branch: Ein Revert-Commit würde nicht ausgerollt. Richten Sie sie stattdessen auf das vorige Release.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/waverollbackdialog.cpp" line="109"/>
        <source>A commit on %1 (at %2) changes %n file(s) in %3; then %4 app(s) are synced to it.</source>
        <translation>
            <numerusform>Ein Commit auf %1 (bei %2) ändert %n Datei in %3; danach werden %4 App(s) darauf synchronisiert.</numerusform>
            <numerusform>Ein Commit auf %1 (bei %2) ändert %n Dateien in %3; danach werden %4 App(s) darauf synchronisiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sextant::views::WelcomePanel</name>
    <message>
        <location filename="../views/welcomepanel.cpp" line="23"/>
        <source>No controller connected</source>
        <translation>Kein Controller verbunden</translation>
    </message>
    <message>
        <location filename="../views/welcomepanel.cpp" line="28"/>
        <source>&lt;p&gt;Start with the built-in demo fleet: &lt;code&gt;sextant --demo&lt;/code&gt;&lt;/p&gt;&lt;p&gt;or point Sextant at an Argo CD server: &lt;code&gt;sextant --server https://argocd.example.org&lt;/code&gt; (the token comes from &lt;code&gt;ARGOCD_AUTH_TOKEN&lt;/code&gt; or the argocd CLI config).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Beginnen Sie mit der eingebauten Demo-Flotte: &lt;code&gt;sextant --demo&lt;/code&gt;&lt;/p&gt;&lt;p&gt;oder verbinden Sie Sextant mit einem Argo-CD-Server: &lt;code&gt;sextant --server https://argocd.example.org&lt;/code&gt; (das Token kommt aus &lt;code&gt;ARGOCD_AUTH_TOKEN&lt;/code&gt; oder der argocd-CLI-Konfiguration).&lt;/p&gt;</translation>
    </message>
</context>
</TS>
